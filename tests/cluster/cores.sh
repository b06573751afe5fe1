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
