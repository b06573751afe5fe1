# sentences that merely contain chrome words stay: patterns are anchored
printf '%s\n' '分享经济加快发展，共享单车、网约车等新业态不断涌现，带动就业10万人。' \
	'各主办单位要加强协调，确保活动安全有序。' \
	'网站访问量稳步提升，政务公开水平不断提高，群众满意度达到95%。' \
	'新能源汽车 powered by hydrogen, growing.' \
	'2023-08-08' \
	'音乐作品须获得版权所有者的许可。' \
	'政务网站全年访问量1200万人次，同比增长15%。' \
	'各单位严禁违规转载涉密文件，确保信息安全。' \
	'版权所有 © 2024 某某县人民政府' | gw-strip --label --doc safe
