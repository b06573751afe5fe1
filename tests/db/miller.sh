# Miller reads the stream as TSV (mlr --tsv decodes \t \n \r \\ as COPY
# does): each field decoded, then written back, equals the stream; and a
# decoded field holds the real character.
. tests/db/lib.sh
cd "$t"
for n in "${NAMES[@]}"; do
	sh -c "${CMD[$n]}" 2>/dev/null | mlr --tsv cat | tail -n +2 > "rows.$n"
	same "$n" "rows.$n"
done
# Decoded: the text field of esc.tsv's second paragraph, as JSON.
mlr --itsv --ojson filter '$par == "2"' then cut -f doc,text out/esc_sections.tsv | sed -n '/"doc"\|"text"/p'
