# The literal prefilter must never keep a pattern from a line it matches:
# patterns whose first literal is optional, quantified, escaped, in a
# class, after ^ or anywhere, and those whose second needed item (a line
# must have both) is all these; each line below matches the pattern named
# in its text, the lines marked "keep" match none.
t=${TMPDIR:-/tmp}/gw-strip-pf.$$
printf '%s\n' \
	't-opt	^a?b编印' \
	't-class	[编]印测' \
	't-quant	^(甲|乙)?丙丁' \
	't-plus	戊+己' \
	't-esc	\(庚\)辛' \
	't-alt	壬癸|^子丑' \
	't-group	^(?:寅|卯)辰' \
	't-dot	^.{0,3}巳午' \
	't-first	^未申' \
	't-ci	(?i)^XYZ' \
	't-look	(?=酉)酉戌' \
	't-nest	^#*\s*(金木(水|火)|土天)' \
	't-ingroup	^(日\s*月|星)地' \
	't-pair-opt	春夏?秋' \
	't-pair-plus	东南+西' \
	't-pair-first	^北冬' \
	't-class2	^甲\S{0,2}[乙丙]丁' \
	't-class-dash	^[·+-]\s*壬辰' \
	't-escmark	角\|亢' \
	't-second	^氐\d{1,2}:\d{2}\s*-\s*房' \
	't-second-opt	^心\d(尾)?箕' \
	't-second-quant	^斗.{0,5}牛{0,1}女' \
	't-second-class	^虚\d+[危室]' \
	't-second-group	^壁.{0,9}(奎|娄)' \
	't-second-same	^胃:昴:毕' >$t.pat
printf '%s\n' '政府工作报告，第一部分，这是一个足够长的正文段落，用于确定正文区域的开始位置。' \
	'b编印 t-opt' '编印测 t-class' '丙丁 t-quant' '乙丙丁 t-quant' '戊戊己 t-plus' \
	'(庚)辛 t-esc' '子丑 t-alt' 'x壬癸 t-alt' '卯辰 t-group' 'xy巳午 t-dot' \
	'未申 t-first' 'x未申 keep' 'xyz t-ci' '酉戌 t-look' '戌酉 keep' \
	'#  金木火 t-nest' '土天 t-nest' '日 月地 t-ingroup' '星地 t-ingroup' 'x星地 keep' \
	'春秋 t-pair-opt' '东南南西 t-pair-plus' '北冬 t-pair-first' 'x北冬 keep' '北 冬 keep' \
	'甲x丙丁 t-class2' '甲乙丁 t-class2' '甲xyz乙丁 keep' '-壬辰 t-class-dash' '· 壬辰 t-class-dash' \
	'x角|亢 t-escmark' '氐12:30 - 房 t-second' '氐12:30房 keep' '心1箕 t-second-opt' \
	'斗xx女 t-second-quant' '虚3室 t-second-class' '壁xx娄 t-second-group' '胃:昴:毕 t-second-same' \
	'政府工作报告，第二部分，这是另一个足够长的正文段落，用于确定正文区域的结束位置。' >$t.txt
gw-strip --label -b $t.pat $t.txt | cut -f3,4,5 | sed "s/gw-strip-pf\.[0-9]*/T/"
rm -f $t.*
