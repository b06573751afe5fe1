# Full default output on the five samples read as plain text (hand-checked
# rows are listed in CHECKED.md).
for f in "$S"/00[0-4]_*.txt; do gw-numbers -N --doc "${f##*/}" "$f"; done
