#!/usr/bin/env bash
# Times `book build` on a temporary copy of chapters/: cold (--no-cache), after a
# prose-only edit (cache hits, nothing compiles) and after a one-line code edit in one
# chapter (that chapter recompiles and reruns). Prints the median and minimum of RUNS.
# Usage: bench/book-bench.sh <path to book> [runs]
set -euo pipefail

book=$(realpath "$1")
runs=${2:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/book-bench.XXXXXX")
trap 'grep -h ": error:" "$work/log" | sort -u | head -5 >&2 || true; rm -rf "$work"' EXIT
cp -r chapters "$work/chapters"
# The chapter whose code and prose get edited: the first one in build order.
target=$(ls "$work"/chapters/[0-9]*.md | head -n 1)

now() { date +%s.%N; }

# Seconds taken by one `book build` with the given options; output goes to a log.
timed_build() {
  local start end
  start=$(now)
  "$book" build --root "$work" --quiet "$@" >>"$work/log" 2>&1 || true
  end=$(now)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", e - s }'
}

# Appends a prose paragraph at the end of the chapter (outside every cell).
prose_edit() { printf '\nA prose edit, number %s.\n' "$1" >>"$target"; }

# Appends a comment to the last code line of the chapter's first cell.
code_edit() {
  awk -v n="$1" '
    /^```swift[ \t]*$/ && !done { incell = 1; print; next }
    incell && /^```/ { print last " // bench edit " n; print; incell = 0; done = 1; last = ""; next }
    incell { if (started) print last; last = $0; started = 1; next }
    { print }' "$target" >"$target.new" && mv "$target.new" "$target"
}

# median and min of the numbers on standard input
stats() { sort -n | awk '{ v[NR] = $1 } END { printf "%8.3f %8.3f", v[int((NR + 1) / 2)], v[1] }'; }

measure() { # scenario jobs
  local scenario=$1 jobs=$2 i
  "$book" build --root "$work" --quiet --jobs "$jobs" >>"$work/log" 2>&1 || true
  for ((i = 1; i <= runs; i++)); do
    case $scenario in
      cold) timed_build --jobs "$jobs" --no-cache ;;
      prose) prose_edit "$jobs-$i"; timed_build --jobs "$jobs" ;;
      code) code_edit "$jobs-$i"; timed_build --jobs "$jobs" ;;
    esac
  done | stats
}

chapters=$(ls "$work"/chapters/[0-9]*.md | wc -l)
echo "book build on $chapters chapter(s), $runs runs each, OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-unset}; seconds"
printf '%-34s %5s %8s %8s  %s\n' scenario jobs median min target
for jobs in 1 2; do
  printf '%-34s %5s %s  %s\n' "cold build (--no-cache)" "$jobs" "$(measure cold "$jobs")" ""
  printf '%-34s %5s %s  %s\n' "rebuild after a prose edit" "$jobs" "$(measure prose "$jobs")" "< 1 s"
  printf '%-34s %5s %s  %s\n' "rebuild after a one-line code edit" "$jobs" "$(measure code "$jobs")" "< 10 s"
done
