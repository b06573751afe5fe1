# gw-strip | gw-sections | gw-numbers and | gw-agencies: offsets and spans
# refer to the paragraph as gw-strip wrote it, headings included. All the
# samples go through one pipeline; offsets.py says which document and
# tool failed (a wrong span, or no rows at all for a document).
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
gw-strip $S/00*.txt > $t/strip
gw-sections $t/strip > $t/sec
gw-numbers --all $t/sec > $t/num
gw-agencies $t/sec > $t/ag
python3 tests/pipeline/offsets.py $t/strip num=$t/num ag=$t/ag
