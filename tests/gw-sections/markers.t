# Every marker style and variant, markers without text, and lines that
# look numbered but are not headings (一、二、三产业, dates, decimals,
# a number that jumps, a style that does not start at 1). 一是加强领导。
# alone before body text is a one-sentence heading (ordinal-sentences.t).
printf '%s\n' '标题' '正文第一段。' '一、' '（一）' '1.' '(1)' '1)' '①' \
	'第一部分 总则' '第一篇 规划' '第一章 总体要求' '第一节 目标' \
	'第一条 为了规范工作,根据有关法律法规的规定,结合本县实际情况,制定本办法,请各单位认真遵照执行。' \
	'一是加强领导。' '一、二、三产业协调发展。' '2022.全年目标' '1.5亿元投资。' '3、4月份开工。' \
	'5. 跳号' '2. 第二项' '1 .空格点' '2．全角点' '３、全角数字' '⒋ 带点数字' \
	'二、第二章节：正文在此。' '（2）接着前面的(1)' '(1)半角括号' '（2）全角括号' '⑶ 带括号数字' '(4)、括号后带顿号' \
	'附件1：名单' '一、附件正文' '附件2' '附件中所列事项。' '㈠ 括号汉字' '（十一）跳到十一' '②' \
	'十一、不连续的十一' '第二十章 也不连续' | gw-sections
echo '--- a style seen first must start at 1'
printf '%s\n' '正文。' '三、不从一开始' '（二）也不从一开始' '1. 从一开始' '正文。' | gw-sections -N
