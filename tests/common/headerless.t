# A stream whose header was left out (gw-strip -N | gw-numbers) is not
# plain text: a first line with TABs that is not a header is an error
# (exit 1, the input skipped, other inputs still read), unless --plain
# says the input is plain text (issue 11: it was read as text, with doc
# "-" and offsets counting the "doc<TAB>par<TAB>" prefix).
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
f=tests/man/agencies-lijin.txt
gw-strip -N --doc a $f > "$t/noheader"
for tool in gw-sections gw-numbers gw-agencies; do
	echo "## $tool"
	$tool < "$t/noheader"; echo "exit $?"
	$tool "$t/noheader" $f 2>&1 | sed "s|$t/||" | cut -f1-4 | head -n 4; echo "exit ${PIPESTATUS[0]}"
done
echo "## --plain: read as text, TABs and all"
gw-numbers --plain < "$t/noheader" | cut -f1-7
echo "## --plain: even a header line is text"
printf 'doc\tpar\ttext\n增长6%%\n' | gw-numbers --plain | cut -f1-7
echo "## plain text whose first line has no TAB: as before"
printf '标题\n投资\t10亿元\n' | gw-numbers | cut -f1-8
echo "## --plain in gw-targets as in the other filters (one driver reads for all)"
printf 'doc\tpar\ttext\n主要预期目标是：地区生产总值增长8%%以上。\n' | gw-targets --plain -N | cut -f1,5-9,15; echo "exit ${PIPESTATUS[1]}"
