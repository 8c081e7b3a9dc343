#!/usr/bin/env bash
# Checks the printed book (book pdf) with poppler-utils: enough pages, every chapter's title
# and a sample of computed numbers in the text, all fonts embedded, and an outline.
# Usage: Tests/pdf-check.sh [output/book.pdf] [chapters directory] [output directory]
set -euo pipefail
pdf=${1:-output/book.pdf}
chapters=${2:-chapters}
output=${3:-$(dirname "$pdf")}
fail() { echo "pdf-check: $*" >&2; exit 1; }
[ -s "$pdf" ] || fail "no PDF at $pdf"

text=$(mktemp); trap 'rm -f "$text"' EXIT
pdftotext -enc UTF-8 "$pdf" "$text" 2>/dev/null
# Compare text with line breaks and hyphenation removed.
flat=$(tr '\n' ' ' < "$text" | tr -s ' ')

pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
count=$(ls "$chapters"/[0-9A-Z]*.md 2>/dev/null | wc -l)
[ "$pages" -ge $((count * 5)) ] || fail "$pages pages for $count chapters: expected at least $((count * 5))"

for md in "$chapters"/[0-9A-Z]*.md; do
    title=$(grep -m1 '^# ' "$md" | sed 's/^# //; s/ *{[^}]*}$//')
    grep -qF -- "$title" <<< "$flat" || fail "the title of $md, '$title', is not in the PDF's text"
done

# Numbers the chapters computed: the first number printed by each chapter's cells, as the
# HTML book shows it (cell output is escaped text in <pre class="output">).
sampled=0
for page in "$output"/[0-9]*.html; do
    number=$(sed -n '/<pre class="output"/,/<\/pre>/p' "$page" | sed 's/<[^>]*>//g' \
             | grep -oE '[0-9]+\.[0-9]{3,}' | head -1 || true)
    [ -n "$number" ] || continue
    grep -qF -- "$number" <<< "$flat" || fail "the computed number $number from $(basename "$page") is not in the PDF"
    sampled=$((sampled + 1))
done
[ "$sampled" -ge 3 ] || fail "found only $sampled computed numbers to look for"

if pdffonts "$pdf" | awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit !bad }'; then
    fail "some fonts are not embedded: $(pdffonts "$pdf" | awk 'NR > 2 && $(NF-4) != "yes"')"
fi
grep -aq '/Outlines' "$pdf" || fail "the PDF has no outline (bookmarks)"
echo "pdf-check: $pdf: $pages pages, $count chapter titles, $sampled computed numbers, fonts embedded, outline present"
