# Data files are found without configuration: --datadir, then
# $GONGWEN_DATADIR, then <bindir>/../share/gongwen next to the program
# (an installed prefix, wherever it was moved; the build tree links it).
# A missing data file says where it looked and how to point elsewhere.
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
echo "## the build tree, no configuration"
echo 增长6%以上 | env -u GONGWEN_DATADIR gw-numbers -N | cut -f4-11
echo 县发改局牵头 | env -u GONGWEN_DATADIR gw-agencies -N | cut -f4-
env -u GONGWEN_DATADIR gw-strip -N tests/man/strip-page.txt | head -n 1
echo "## --datadir, \$GONGWEN_DATADIR"
mkdir -p "$t/data"; cp share/gongwen/*.txt "$t/data"
printf '标箱\t标准箱\t1\n' >> "$t/data/units.txt"
echo 120万标箱 | gw-numbers -N --datadir "$t/data" | cut -f6-8
echo 120万标箱 | GONGWEN_DATADIR="$t/data" gw-numbers -N | cut -f6-8
echo 120万标箱 | GONGWEN_DATADIR=/nonexistent gw-numbers -N --datadir="$t/data" | cut -f6-8
echo "## missing"
echo x | gw-numbers --datadir "$t/none" 2>&1 | sed "s|$t|T|"; echo "exit ${PIPESTATUS[1]}"
echo x | GONGWEN_DATADIR="$t/none" gw-agencies 2>&1 | sed "s|$t|T|"; echo "exit ${PIPESTATUS[1]}"
# a copy of the program with no data beside it (the real binary, not
# scripts/valgrind-check's wrapper, which runs it where it is)
real=$(command -v gw-strip)
[ "$(head -c 2 "$real")" = "#!" ] && real=$(sed -n 's/.* PATH=\([^:]*\):.*/\1/p' "$real")/gw-strip
mkdir -p "$t/bin"; cp "$real" "$t/bin/"
echo x | env -u GONGWEN_DATADIR "$t/bin/gw-strip" 2>&1 | sed "s|$t|T|"; echo "exit ${PIPESTATUS[1]}"
echo "## a link to the program: the data beside the program it links to"
ln -s "$(command -v gw-numbers)" "$t/bin/gw-numbers"
echo 增长6%以上 | env -u GONGWEN_DATADIR "$t/bin/gw-numbers" -N | cut -f4-11
