# the GB18030 copies give byte-identical output to their UTF-8 originals
for f in $S/gb18030/*.txt; do
	b=${f##*/}
	if cmp -s <(gw-strip --doc d "$f") <(gw-strip --doc d "$S/$b"); then
		echo "$b identical ($(gw-strip -N "$f" | wc -l) rows)"
	else
		echo "$b DIFFERS"
	fi
	cmp -s <(gw-strip --meta --doc d "$f") <(gw-strip --meta --doc d "$S/$b") && echo "$b meta identical"
done
