# How many bad-input cases each tool's golden file records (each is run
# and compared by tests/badinput/gw-*.t), checked against the number of
# cases lib.sh defines, so a case cannot drop out unnoticed.
defined=$(grep -c '^[[:space:]]*case_ ' tests/badinput/lib.sh)
echo "cases defined: $defined"
total=0
for e in tests/badinput/gw-*.exp; do
	t=${e##*/}; t=${t%.exp}
	n=$(grep -c '^== [0-9]' "$e")
	ran=$(sed -n 's/^\([0-9]*\) cases ran$/\1/p' "$e")
	echo "$t: $n cases recorded, ${ran:-0} ran"
	[ "$n" = "$defined" ] && [ "${ran:-0}" = "$defined" ] || echo "$t: MISMATCH with lib.sh"
	total=$((total + n))
done
echo "total: $total bad-input cases"
