# The engines through the public header (examples/sections.c,
# examples/agencies.c) give what the tools give, on the paragraphs of the
# samples: the same rows, without the doc column.
E=$GW_TESTBIN/../examples
export GONGWEN_DATADIR=share/gongwen
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for f in $S/*.txt; do
	# paragraph text, one a line (lines with an escape left out: the
	# examples print raw text)
	gw-strip -N "$f" | cut -f3 | grep -v '\\' > "$tmp/p"
	gw-sections -N "$tmp/p" | cut -f2- > "$tmp/tool"
	"$E/sections" < "$tmp/p" > "$tmp/api"
	echo "$(basename "$f") sections: $(wc -l < "$tmp/api") rows, $(cmp -s "$tmp/tool" "$tmp/api" && echo same || echo DIFFERENT)"
	gw-agencies -N "$tmp/p" | cut -f2,4- > "$tmp/tool"
	"$E/agencies" < "$tmp/p" > "$tmp/api"
	echo "$(basename "$f") agencies: $(wc -l < "$tmp/api") rows, $(cmp -s "$tmp/tool" "$tmp/api" && echo same || echo DIFFERENT)"
done
echo "## a document of three paragraphs, the last decided at its end"
printf '一、总体要求\n坚持稳中求进。\n（一）主要目标\n' | "$E/sections"
echo "## no data: an error returned"
echo x | GONGWEN_DATADIR=/nonexistent "$E/agencies"; echo "exit $?"
