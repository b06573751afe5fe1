# Each tool links only the engines it uses: gw-sections, gw-numbers and
# gw-agencies need neither libxml2 nor uchardet nor ICU (gw-strip does).
for t in gw-sections gw-numbers gw-agencies gw-targets gw-strip; do
	n=$(readelf -d "$(command -v $t)" | grep NEEDED | grep -c -e libxml2 -e uchardet -e libicu)
	echo "$t: $n of libxml2, uchardet, ICU"
done
echo "## gw-sections holds no libxml2 symbol"
nm "$(command -v gw-sections)" | grep -c -i xml || true
