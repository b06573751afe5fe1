# The speaker line with the name set letter-spaced (a post, then one
# character a part) is the document's, not a row of menu links; a row of
# short menu words still is one.
p='现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。'
{
	echo '首页 新闻 政务 互动'
	echo '2024年某县人民政府工作报告'
	echo '县长 张 三'
	echo '各位代表：'
	echo "$p"
} | gw-strip --label --doc speaker | cut -f2-5
