# The README's example commands (lines "    $ cmd"), run from the top
# directory: each must print what the README shows under it. The README
# shows TABs as spaces, so both sides are compared with runs of blanks
# made one space.
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
awk -v d="$t" '
	/^    \$ / { n++; f = sprintf("%s/%02d", d, n); print substr($0, 7) > (f ".cmd"); printf "" > (f ".want"); inb = 1; next }
	inb && /^    / { print substr($0, 5) >> (f ".want"); next }
	{ inb = 0 }' README.md
squeeze() { tr -s ' \t' ' ' < "$1" | sed 's/ $//'; }
for c in "$t"/*.cmd; do
	f=${c%.cmd}
	echo "\$ $(cat "$c")"
	bash "$c" > "$f.out" 2>&1
	cat "$f.out"
	if diff <(squeeze "$f.want") <(squeeze "$f.out") > "$f.diff"; then
		echo "(as the README shows)"
	else
		echo "README shows otherwise:"; cat "$f.diff"
	fi
done
