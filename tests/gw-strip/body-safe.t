# sentences that merely contain chrome words stay: patterns are anchored
printf '%s\n' '分享经济加快发展，共享单车、网约车等新业态不断涌现，带动就业10万人。' \
	'各主办单位要加强协调，确保活动安全有序。' \
	'网站访问量稳步提升，政务公开水平不断提高，群众满意度达到95%。' \
	'新能源汽车 powered by hydrogen, growing.' \
	'2023-08-08' \
	'版权所有 © 2024 某某县人民政府' | gw-strip --label --doc safe
