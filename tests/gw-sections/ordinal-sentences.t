# 一是…。 / 第一，…。 standing alone on its line, one short sentence, with
# body text after it, is a heading (one level below the heading it stands
# under); inside a paragraph, before a short line, or as the first of two
# sentences it is body text.
printf '%s\n' '（一）抓好项目建设' '今年以来,我们坚持项目为王。' '一是强化项目谋划。' '全年谋划储备项目120个,总投资500亿元。' \
	'二是加快项目建设。' '新开工项目45个。' '三是优化服务保障。实行全程代办。' \
	'（二）推进改革创新' '第一，深化放管服改革。' '全面推行一网通办。' '第二，优化营商环境。' '2024年1月5日' | gw-sections --toc
echo '--- 二是 with no 一是 before it'
printf '%s\n' '正文。' '二是做好民生保障。' '新增就业5000人。' | gw-sections --toc -N
