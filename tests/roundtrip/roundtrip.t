# The round-trip property of issue 15 (check.py): for every paragraph,
# heading+text after gw-sections is the paragraph before it, and the
# offsets of gw-numbers and gw-agencies pick out their spans, with and
# without gw-sections (and -k) in the pipeline. On the samples as gw-strip
# writes them, on their raw lines (white space and all), and on random
# multi-document streams with broken UTF-8, white space, escapes and
# repeated headings (gen.py, fixed seeds). gen.py takes more files: add
# the corpus there.
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
gw-strip $S/0*.txt > $t/samples.tsv 2>/dev/null
mkdir $t/raw && cp $S/0*.txt $t/raw/   # other doc names than gw-strip's
for seed in 15 1015; do
	echo "== seed $seed, with the samples"
	python3 tests/roundtrip/gen.py --seed $seed --docs 150 $t/samples.tsv $t/raw/0*.txt > $t/in.tsv
	python3 tests/roundtrip/check.py $t/in.tsv
done
