# A title the page wrapped over short lines (blank lines between them
# too), ending with a title word (方案, 通知), and a meeting line cut
# before its 会议上 are each joined back into one line. Numbered headings,
# a longer next line and a line with a sentence mark are not joined.
p='现在，我代表县人民政府，向大会报告政府工作，请予审议，并请政协委员和其他列席人员提出意见。'
q='过去一年，全县地区生产总值达到235亿元，增长6.2%，主要经济指标增速均高于全市平均水平。'
{
	echo '县人民政府办公室关于印发2024年县政府'
	echo ''
	echo '工作报告确定的主要目标任务责任分解'
	echo '方案的通知'
	echo '——2024年1月5日在某县第十八届人民代表大会'
	echo '第三次会议上'
	echo "$p"
	echo '二、强化财政金融支持政策'
	echo '三、完善配套保障措施'
	echo '全县上下凝心聚力攻坚克难奋勇争先'
	echo '推动经济社会高质量发展再上新台阶的实施方案'
	echo '坚持稳中求进工作总基调不动摇继续'
	echo '落实，确保各项措施'
	echo "$q"
} | gw-strip --doc wrap | cut -f2-3
