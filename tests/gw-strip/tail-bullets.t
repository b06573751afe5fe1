# A summary set as a bullet list with one long item: after that item the
# items that open with the document's own bullet are the rest of its list
# (item), not the page's tail; a bullet the document never used is not.
{
	echo '县政府工作报告要点'
	echo '■ 去年成绩'
	echo '●全县地区生产总值增长6.5%左右'
	echo '●规上工业增加值、固定资产投资、社会消费品零售总额增速均高于全市平均水平，位居前列'
	echo '●粮食总产达到35万吨'
	echo '■ 今年目标'
	echo '●城乡居民收入稳步增长'
	echo '◆ 热点推荐'
} | gw-strip --label --doc bullets | cut -f2-5
