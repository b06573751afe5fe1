# All cores of this machine: gw-parallel -j2 with the pages shared out
# among the jobs, and the pages made one stream cut by gw-cuts; the rows
# equal the sequential run's (the same pages as the multi-host and Dask
# tests, so sequential = all cores = multi-host = Dask).
. tests/cluster/lib.sh
cd "$t/work"
for p in "${PIPES[@]}"; do
	# gw-parallel joins outputs by their headers: the command writes one
	gw-parallel -N -j2 sh -c "$(header "$p")" sh ::: in/* > "$t/rows.$p" 2>/dev/null
	compare "all cores, pages shared out, $p" "$p" "$t/rows.$p"
done
gw-strip in/* > "$t/stream.tsv" 2>/dev/null
gw-parallel -N -j2 -b 20k -a "$t/stream.tsv" sh -c 'gw-sections | gw-numbers' > "$t/rows.numbers"
compare "all cores, one stream cut by gw-cuts, numbers" numbers "$t/rows.numbers"
# The same stream cut for gongwen tools run directly (each reads its piece
# of the file in place): from -a FILE, and from the file on stdin, into
# pieces of about 20 kB and into 7 pieces of equal size; with its header,
# byte for byte the sequential output.
gw-sections "$t/stream.tsv" > "$t/sections.tsv" 2>/dev/null
if [ ! -s "$t/sections.tsv" ]; then echo "gw-sections: no sequential output at all"
elif gw-parallel -j2 -b 20k gw-sections < "$t/stream.tsv" 2>/dev/null | cmp -s - "$t/sections.tsv"; then
	echo "all cores, gw-sections on stdin cut every 20 kB: same bytes as the sequential run"
else echo "all cores, gw-sections on stdin cut every 20 kB: DIFFERENT"; fi
gw-parallel -N -j2 -b 20k -a "$t/sections.tsv" gw-numbers > "$t/rows.numbers" 2>/dev/null
compare "all cores, gw-numbers on a file cut every 20 kB" numbers "$t/rows.numbers"
gw-cuts --run -N -j2 -n 7 -a - gw-agencies < "$t/sections.tsv" > "$t/rows.agencies" 2>/dev/null
compare "all cores, gw-agencies on stdin in 7 pieces" agencies "$t/rows.agencies"
echo "pieces of 20 kB: $(gw-cuts -b 20k "$t/sections.tsv" | wc -l | awk '{ print ($1 > 10) ? "more than 10" : $1 }')"
