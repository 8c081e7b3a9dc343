"""PyTorch (CPU, float64) peer of training-bench: the same four cases, printed as
`name seconds` lines (median wall time). Run by training-bench with the same thread count."""
import argparse
import time

import torch
from torch.func import functional_call, jacrev, vmap

parser = argparse.ArgumentParser()
parser.add_argument("--threads", type=int, default=1)
args = parser.parse_args()
torch.set_num_threads(args.threads)
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)


def median_time(body, warmup=3, repeats=15):
    for _ in range(warmup):
        body()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        body()
        times.append(time.perf_counter() - start)
    return sorted(times)[repeats // 2]


def mlp():
    return torch.nn.Sequential(
        torch.nn.Linear(64, 256), torch.nn.Tanh(),
        torch.nn.Linear(256, 256), torch.nn.Tanh(),
        torch.nn.Linear(256, 10))


X = torch.randn(512, 64)
labels = torch.randint(0, 10, (512,))
loss_fn = torch.nn.CrossEntropyLoss()


def stepper(optimizer_class, **kw):
    model = mlp()
    opt = optimizer_class(model.parameters(), **kw)

    def step():
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(model(X), labels)
        loss.backward()
        opt.step()
    return step


print("train_step", median_time(stepper(torch.optim.SGD, lr=0.01)))
print("adam_step", median_time(stepper(torch.optim.Adam, lr=1e-3)))

model = mlp()
params = list(model.parameters())
v = [torch.randn_like(p) for p in params]


def hvp():
    loss = loss_fn(model(X), labels)
    g = torch.autograd.grad(loss, params, create_graph=True)
    gv = sum((gi * vi).sum() for gi, vi in zip(g, v))
    return torch.autograd.grad(gv, params)


print("hvp", median_time(hvp))

# Empirical NTK of a width-1024 two-layer ReLU net on 128 inputs (torch.func recipe).
net = torch.nn.Sequential(torch.nn.Linear(64, 1024), torch.nn.ReLU(), torch.nn.Linear(1024, 1))
net_params = {k: p.detach() for k, p in net.named_parameters()}
Xn = torch.randn(128, 64)


def f_single(p, x):
    return functional_call(net, p, (x.unsqueeze(0),)).squeeze(0)


def ntk():
    jac = vmap(jacrev(f_single), (None, 0))(net_params, Xn)
    J = torch.cat([j.flatten(2) for j in jac.values()], dim=2).flatten(0, 1)
    return J @ J.T


print("ntk", median_time(ntk, warmup=1, repeats=5))
