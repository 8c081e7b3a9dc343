# Training benchmark: the engine's autodiff (training step, Adam step, Hessian-vector
# product, empirical NTK, 2000-step RSS) against PyTorch CPU float64, same machine, same
# thread count, same run. Included by the main Makefile; also usable alone:
#     make -f bench/training.mk bench-training
# Prints one table of engine/PyTorch ratios per thread count (TRAINING_BENCH_THREADS, a
# comma-separated list; each count runs in its own process) and writes them all to
# bench/results/training.json.

TRAINING_BENCH_VENV    ?= bench/.venv
TRAINING_BENCH_THREADS ?= 1,2
TRAINING_BENCH_JSON    ?= bench/results/training.json

# Debian's OpenBLAS 0.3.21 misdetects AVX-512 Xeons (slow generic kernels) unless
# OPENBLAS_CORETYPE is set before the process starts; an existing value is kept.
TRAINING_CORETYPE := $(or $(OPENBLAS_CORETYPE),$(shell grep -qw avx512f /proc/cpuinfo && echo SkylakeX || (grep -qw avx2 /proc/cpuinfo && echo Haswell)))

.PHONY: bench-training
BENCH_TARGETS += bench-training

# Idempotent: creates the venv if missing (engine.mk may have made it with NumPy) and adds
# torch only when it cannot be imported. The CPU-only wheel index is tried first (much
# smaller); where it is unreachable, PyPI's default wheel is used.
$(TRAINING_BENCH_VENV)/.torch-installed:
	test -x $(TRAINING_BENCH_VENV)/bin/python || python3 -m venv $(TRAINING_BENCH_VENV)
	$(TRAINING_BENCH_VENV)/bin/python -c "import torch" 2>/dev/null || \
		$(TRAINING_BENCH_VENV)/bin/pip install --quiet torch --index-url https://download.pytorch.org/whl/cpu || \
		$(TRAINING_BENCH_VENV)/bin/pip install --quiet torch
	touch $@

bench-training: $(TRAINING_BENCH_VENV)/.torch-installed
	swift build -c release --product training-bench
	OPENBLAS_CORETYPE=$(TRAINING_CORETYPE) "$$(swift build -c release --show-bin-path)/training-bench" \
		--threads $(TRAINING_BENCH_THREADS) --peer $(TRAINING_BENCH_VENV)/bin/python \
		--peer-script bench/torch_peer.py --json $(TRAINING_BENCH_JSON)
