# A text hard-wrapped by an aggregator, each paragraph ended with the same
# junk mark (k3Q): the mark is taken off and the lines up to it are one
# paragraph; the teaser (the title, a space, the first words, long) is
# dropped. Lines before the first marked one stand alone.
{
	echo '（某省）2024年某县人民政府工作报告（全文）'
	echo '某某搜 2024-07-28 08:33:25 政府报告'
	echo '（某省）2024年某县人民政府工作报告（全文） 政府工作报告k3Q 2024年1月5日在某县第十八届人民代表大会k3Q 第三次会议上k3Q 各位代表'
	echo '政府工作报告k3Q'
	echo '县长 张某某k3Q'
	echo '各位代表：k3Q'
	echo '现在，我代表县人民政府，向大会报告政府工作，请予审议，并请政协委员和其'
	echo '他列席人员提出意见。k3Q'
	echo '一、2023年工作回顾k3Q'
	echo '过去一年，全县地区生产总值达到235亿元，增长6.2%；一般公共预算收入23'
	echo '418万元，增长8.1%，主要经济指标增速均高于全市平均水平。k3Q'
} | gw-strip --doc marks | cut -f2-3
# Lines that end with a word or a number in Latin letters are no marks.
{
	echo '全县数字经济规模持续扩大，新建5G基站1200个，数字经济核心产业增加值占GDP'
	echo '比重达到8%，比上年提高1个百分点，全年新增规上企业56家，完成年度任务2023'
	echo '年度目标任务全面完成，各项工作取得新成效，人民群众获得感幸福感明显增强。GDP'
	echo '增速保持在合理区间。'
} | gw-strip --doc plain | cut -f2-3
