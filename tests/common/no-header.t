# -N changes only the header line: the rows are those written without it,
# for plain text and for streams with and without sec (issue 11: -N
# dropped gw-numbers' sec column).
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
f=$S/003_1b2eeb0ada89c1ec.txt
gw-strip $f > "$t/strip"
gw-sections "$t/strip" > "$t/sec"
for in in "$f" "$t/strip" "$t/sec"; do
	for tool in gw-numbers gw-agencies "gw-agencies --tasks" gw-sections "gw-sections --toc"; do
		if cmp -s <($tool -N "$in") <($tool "$in" | tail -n +2); then r=same; else r=DIFFERENT; fi
		echo "$tool -N on ${in##*/}: $r, $($tool -N "$in" | awk -F'\t' '{ print NF }' | sort -u | tr '\n' ' ')fields"
	done
done
