# bench-book: build speed of the real book (chapters/): a cold build, a rebuild after a
# prose-only edit and a rebuild after a one-line code edit, at --jobs 1 and --jobs 2.
# The edits are made on a temporary copy of the book; chapters/ is never touched.
# Included by the Makefile (`include bench/*.mk`); `make bench` runs it.

BENCH_BOOK_RUNS ?= 3

.PHONY: bench-book
BENCH_TARGETS += bench-book
bench-book: build
	@bench/book-bench.sh $(BOOK) $(BENCH_BOOK_RUNS)
