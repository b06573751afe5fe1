# Each tool links only the engines it uses: gw-sections, gw-numbers and
# gw-agencies need neither libxml2 nor uchardet nor ICU (gw-strip does).
# (GW_REALBIN: the binaries themselves where the suite runs wrappers,
# as scripts/valgrind-check does)
bin() { if [ -n "${GW_REALBIN:-}" ]; then echo "$GW_REALBIN/$1"; else command -v "$1"; fi; }
for t in gw-sections gw-numbers gw-agencies gw-targets gw-strip; do
	n=$(readelf -d "$(bin $t)" | grep NEEDED | grep -c -e libxml2 -e uchardet -e libicu)
	echo "$t: $n of libxml2, uchardet, ICU"
done
echo "## gw-sections holds no libxml2 symbol"
nm "$(bin gw-sections)" | grep -c -i xml || true
