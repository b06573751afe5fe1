# An attached table scraped one cell a line, after the signature: its
# header words look like a menu and its figures like page numbers, yet
# every cell is content, given back as the table's rows (cells joined by
# one space); the page's copyright line after it is still chrome.
printf '%s\n' '各镇人民政府，县级各部门：' \
	'现将全县2024年度重点工作目标任务分解下达你们，请认真抓好落实，确保按时完成全年各项目标任务。' \
	'某县人民政府' \
	'2024年3月1日' \
	'附件' \
	'某县2024年度重点工作目标任务分解表' \
	'序号' '指标' '目标' '责任单位' \
	'1' '地区生产总值增长' '6' '县发改局' \
	'2' '新增城镇就业' '2000' '县人社局' \
	'版权所有 © 2024 某县人民政府' | gw-strip --label --doc t
echo "exit $?"
