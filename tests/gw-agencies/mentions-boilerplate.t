# Agencies in the gold texts of the boilerplate test pages (news, law and
# government pages from many provinces): the reviewed list, 144 rows, no
# false agency. Deliberately not rows: 人民法院/人民检察院/监察委员会
# without a place (a law's generic bodies), foreign agencies (美国宇航局,
# 圣保罗投促局), 公安局 with no place.
. tests/lib.sh; need_boilerplate
for f in "$B"/*/*/gold.txt; do
	c=${f#"$B"/}
	gw-agencies -N --doc "${c%/gold.txt}" "$f"
done
