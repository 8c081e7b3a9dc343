# Plot benchmark: rendering time and SVG size of 100,000-point figures (a 100k-point line
# must render in under 50 ms into under 200 KB). Included by the main Makefile; also
# usable alone: make -f bench/plot.mk bench-plot

.PHONY: bench-plot
BENCH_TARGETS += bench-plot

bench-plot:
	swift build -c release --product plot-bench
	"$$(swift build -c release --show-bin-path)/plot-bench"
