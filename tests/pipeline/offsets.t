# gw-strip | gw-sections | gw-numbers and | gw-agencies: offsets and spans
# refer to the paragraph as gw-strip wrote it, headings included.
# (offsets.py fails on a wrong span and on no rows at all.)
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
for f in $S/00*.txt; do
	gw-strip "$f" > $t/strip
	gw-strip "$f" | gw-sections | gw-numbers --all > $t/num
	gw-strip "$f" | gw-sections | gw-agencies > $t/ag
	for k in num ag; do
		if python3 tests/pipeline/offsets.py $t/strip $t/$k > $t/out; then
			echo "${f##*/} $k: ok"
		else
			echo "${f##*/} $k: FAILED"; cat $t/out
		fi
	done
done
