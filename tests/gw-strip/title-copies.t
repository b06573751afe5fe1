# An aggregator's page: the title, the site-and-time line (the page
# header), a teaser that starts with the title, the title again: one
# title is kept. A heading set letter-spaced is a heading, not a menu.
p='现在，我代表县人民政府，向大会报告政府工作，请予审议，并请政协委员和其他列席人员提出意见。'
{
	echo '（某省）2024年某县人民政府工作报告（全文）'
	echo '某某搜 2024-07-28 08:33:25 政府报告'
	echo '（某省）2024年某县人民政府工作报告（全文） 政府工作报告 2024年1月5日在某县'
	echo '（某省）2024年某县人民政府工作报告（全文）'
	echo '政 府 工 作 报 告'
	echo '各位代表：'
	echo "$p"
} | gw-strip --label --doc copies | cut -f2-5
