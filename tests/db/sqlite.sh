# SQLite: the stream decoded by Miller (mlr --itsv --ocsv), loaded with
# sqlite3 .import --csv (the header names the columns), selected back as
# CSV and written as TSV by Miller: equal to the stream. A query shows a
# real TAB, LF, CR and backslash inside a field.
. tests/db/lib.sh
cd "$t"
for n in "${NAMES[@]}"; do
	sh -c "${CMD[$n]}" 2>/dev/null | mlr --itsv --ocsv cat > "$n.csv"
	sqlite3 gw.db ".import --csv $n.csv $n"
	sqlite3 -header -csv gw.db "SELECT * FROM $n" | mlr --icsv --otsv cat | tail -n +2 > "rows.$n"
	same "$n" "rows.$n"
done
sqlite3 gw.db "SELECT doc, instr(text, char(10)) > 0, instr(text, char(13)) > 0, instr(text, char(9)) > 0, instr(text, '\') > 0 FROM esc_sections WHERE par = '2'"
