"""NumPy peer of engine-bench: the same operations, sizes and timing method.

Prints one JSON object: {"blas": <OpenBLAS config of numpy's bundled library>,
"results": {<operation>: <median seconds per call>}}. Thread counts come from the
environment (OPENBLAS_NUM_THREADS / OMP_NUM_THREADS), set by engine-bench before start-up.
"""
import ctypes
import glob
import json
import os
import time

import numpy as np

MINIMUM_SAMPLE = 0.02


def median_time(body):
    """One warm-up call, then samples of enough calls to last MINIMUM_SAMPLE seconds;
    returns the median time per call (same rule as Sources/engine-bench/Timing.swift)."""
    start = time.perf_counter()
    body()
    first = max(time.perf_counter() - start, 1e-9)
    per_sample = max(1, int(np.ceil(MINIMUM_SAMPLE / first)))
    samples = 5 if first > 0.25 else (7 if first > 0.05 else 15)
    times = []
    for _ in range(samples):
        t0 = time.perf_counter()
        for _ in range(per_sample):
            body()
        times.append((time.perf_counter() - t0) / per_sample)
    times.sort()
    return times[len(times) // 2]


def blas_config():
    """The config string of the OpenBLAS bundled in numpy's wheel, if it can be found."""
    base = os.path.dirname(os.path.dirname(np.__file__))
    for path in glob.glob(os.path.join(base, "numpy.libs", "*openblas*.so*")):
        lib = ctypes.CDLL(path)
        for name in ("scipy_openblas_get_config64_", "openblas_get_config64_", "openblas_get_config"):
            if hasattr(lib, name):
                fn = getattr(lib, name)
                fn.restype = ctypes.c_char_p
                return fn().decode()
    return "numpy " + np.__version__


def spd(rng, n):
    g = rng.standard_normal((n, n))
    return g.T @ g / n + np.eye(n)


def main():
    rng = np.random.default_rng(2024)
    results = {}
    a, b = rng.standard_normal(1000), rng.standard_normal(1000)
    results["add_1000"] = median_time(lambda: a + b)
    for n in (64, 256, 1024):
        A, B = rng.standard_normal((n, n)), rng.standard_normal((n, n))
        results[f"dgemm_{n}"] = median_time(lambda: A @ B)
    for n in (256, 1024):
        S = spd(rng, n)
        results[f"eigh_{n}"] = median_time(lambda: np.linalg.eigh(S))
    S = spd(rng, 1024)
    results["cholesky_1024"] = median_time(lambda: np.linalg.cholesky(S))
    M = rng.standard_normal((1024, 1024)) + 32 * np.eye(1024)
    rhs = rng.standard_normal(1024)
    results["solve_1024"] = median_time(lambda: np.linalg.solve(M, rhs))
    X, y = rng.standard_normal((4096, 256)), rng.standard_normal(4096)
    v, r = rng.standard_normal(256), rng.standard_normal(4096)
    results["gemv_4096x256"] = median_time(lambda: X @ v)
    results["gemv_t_4096x256"] = median_time(lambda: X.T @ r)
    w = np.zeros(256)
    lr, n = 0.01, 4096.0

    def gd_step():
        nonlocal w
        w -= lr * (X.T @ (X @ w - y)) / n

    results["gd_step_4096x256"] = median_time(gd_step)
    generator = np.random.default_rng(2024)
    results["normal_1e6"] = median_time(lambda: generator.standard_normal(1_000_000))
    print(json.dumps({"blas": blas_config(), "results": results}))


if __name__ == "__main__":
    main()
