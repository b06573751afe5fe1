# A report page: title, meeting line, then a byline that ends the page
# header. The meeting line is the document's and is not taken for the
# title: the title above it stays too.
{
	echo '某某网 首页 新闻 政务'
	echo '2024年某县政府工作报告'
	echo '2024年1月13日在某县第十八届人民代表大会第三次会议上'
	echo '来源：某县日报'
	echo '各位代表：'
	echo '现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。'
} | gw-strip --label --doc meeting | cut -f2-5
