# 100,000 paragraphs that each open one level deeper, round after round
# through every style: the level is bounded by the number of styles, so
# memory stays flat; a stream of 1,000,000 headings runs through.
awk 'BEGIN { split("第一部分 甲|第一篇 乙|第一章 丙|第一节 丁|一、戊|（一）己|1. 庚|(1)辛|1)壬|①癸|第一条 子", m, "|");
	print "正文。"; for (i = 0; i < 100000; i++) print m[i % 11 + 1] }' |
	gw-sections --toc | awk -F'\t' 'NR > 1 { n++; if ($3 > max) max = $3 } END { print n " headings, deepest level " max; print $2 }'
awk 'BEGIN { print "一、总"; for (i = 1; i <= 1000000; i++) print i ". 标题" i "。正文。" }' |
	gw-sections --toc | awk -F'\t' 'NR > 1 { n++ } END { print n " headings, last " $2 " " $4 " " $5 }'
awk 'BEGIN { for (i = 1; i <= 300000; i++) print "一、" }' | gw-sections -N | tail -1
