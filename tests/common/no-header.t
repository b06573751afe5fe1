# -N changes only the header line: the rows are those written without it,
# for plain text and for streams with and without sec (issue 11: -N
# dropped gw-numbers' sec column).
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
f=$S/003_1b2eeb0ada89c1ec.txt
gw-strip $f > "$t/strip"
gw-sections "$t/strip" > "$t/sec"
for in in "$f" "$t/strip" "$t/sec"; do
	for tool in gw-numbers gw-agencies "gw-agencies --tasks" gw-sections "gw-sections --toc"; do
		$tool -N "$in" > "$t/n"
		$tool "$in" > "$t/h"
		# the rows with the header: the same bytes after its first line
		IFS= read -r head < "$t/h"
		if cmp -s -i "$((${#head} + 1)):0" "$t/h" "$t/n"; then r=same; else r=DIFFERENT; fi
		echo "$tool -N on ${in##*/}: $r, $(awk -F'\t' '{ print NF }' "$t/n" | sort -u | tr '\n' ' ')fields"
	done
done
