# A title and the meeting line on one physical line (the page lost the
# line break between them) are given as the two lines they are; a title
# with a dash and a subtitle, and a sentence with a dash, stay whole.
p='现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。'
{
	echo '政府工作报告——2024年1月10日在某县第五届人民代表大会第三次会议上'
	echo ''
	echo '县长 张三'
	echo "$p"
} | gw-strip --doc glued | cut -f2-
{
	echo '关于印发实施方案的通知——以改革促发展'
	echo "$p"
	echo '全年工作——我们在县委的领导下，在县人民代表大会第三次会议上提出的目标全部完成，经济稳步增长。'
} | gw-strip --doc dash | cut -f2-
