# Two markers on one line: each is a heading, the second one level under
# the first, and the body follows the second title after white space.
# The first may open an excerpt out of sequence ((三) with no (一)) when
# the second starts a list at 1.
printf '%s\n' '一、主要任务' '（三）供水工程 1.农村饮水工程 新建水厂3座。' '2.城市供水工程 改造管网20公里。' \
	'（四）排水工程' '1.雨污分流工程 新建管网8公里。' | gw-sections --toc
gw-sections -N <<'EOF2'
一、主要任务
（三）供水工程 1.农村饮水工程 新建水厂3座。
2.城市供水工程 改造管网20公里。
EOF2
echo '--- a title with a space and no sentence end stays whole; one marker at (三) alone is body'
printf '%s\n' '一、坚定不移抓产业 在转型发展上攻坚提质' '正文。' '（三）供水工程' '正文。' | gw-sections --toc -N
echo '--- a second marker that does not go one level down is body text'
printf '%s\n' '一、主要任务' '正文。' '二、保障措施 三、其他' '正文。' | gw-sections --toc -N
echo '--- one-sentence headings close before a numbered part'
printf '%s\n' '工作回顾' '正文。' '一是加快产业转型。' '推动传统产业升级。' '一、主要任务' '正文。' | gw-sections --toc -N
echo '--- a marker after the heading sentence opens body text'
printf '%s\n' '一、主要任务' '（一）经济平稳发展。1.农业稳定增长。' '正文。' | gw-sections --toc -N
printf '%s\n' '一、主要任务' '（一）供水工程　1.农村饮水工程　新建水厂3座。' | gw-sections --toc -N
