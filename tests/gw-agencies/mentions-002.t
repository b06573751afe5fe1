# Agencies named in a work report summary: the reviewed list (6 rows,
# with the hospitals named with a place: 省针灸医院, 清源镇卫生院).
# Deliberately not rows: 中央 alone (too common a word to take without a
# name after it), hospitals without a name after the place (县二院, 县中医院),
# 县级平台公司, 园区特勤消防站 (a station, no prefix), 中国食品发酵工业研究院.
gw-agencies $S/002_d679a0d87a186134.txt
