# A number glued to a list marker (5.300亩示范基地) is the next item of
# the list when the style's last number was 4; a decimal that opens a
# paragraph (1.5亿元, or 7.5 after item 5) stays body text, and 3、4月 is
# never a marker.
printf '%s\n' '主要任务:' '1.建设高标准农田。新建2万亩。' '2.发展特色产业。扩大种植。' '3、4月份完成春播。' \
	'3.推进农业机械化。综合机械化率达到80%。' '4.培育新型经营主体。新增合作社20家。' '5.300亩示范基地。建成投产。' \
	'7.5亿元用于基础设施。' '1.5亿元投资。' | gw-sections --toc
