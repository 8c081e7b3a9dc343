# Engine benchmark: the engine against NumPy, same machine, same run, 1 and 2 threads.
# Included by the main Makefile (`bench` depends on `bench-engine`); also usable alone:
#     make -f bench/engine.mk bench-engine
# Writes bench/results/engine.json and prints the table with engine/NumPy time ratios.

ENGINE_BENCH_VENV    ?= bench/.venv
ENGINE_BENCH_THREADS ?= 1,2
ENGINE_BENCH_JSON    ?= bench/results/engine.json

# Debian's OpenBLAS 0.3.21 misdetects AVX-512 Xeons (slow generic kernels) unless
# OPENBLAS_CORETYPE is set before the process starts; an existing value is kept.
ENGINE_CORETYPE := $(or $(OPENBLAS_CORETYPE),$(shell grep -qw avx512f /proc/cpuinfo && echo SkylakeX || (grep -qw avx2 /proc/cpuinfo && echo Haswell)))

.PHONY: bench-engine
BENCH_TARGETS += bench-engine

$(ENGINE_BENCH_VENV)/bin/python:
	python3 -m venv $(ENGINE_BENCH_VENV) && $(ENGINE_BENCH_VENV)/bin/pip install --quiet numpy

bench-engine: $(ENGINE_BENCH_VENV)/bin/python
	swift build -c release --product engine-bench
	OPENBLAS_CORETYPE=$(ENGINE_CORETYPE) "$$(swift build -c release --show-bin-path)/engine-bench" \
		--threads $(ENGINE_BENCH_THREADS) --peer $(ENGINE_BENCH_VENV)/bin/python \
		--peer-script bench/engine_peer.py --json $(ENGINE_BENCH_JSON)
