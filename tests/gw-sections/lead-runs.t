# Lead sentences (--leads): three paragraphs in a row that open with a short
# sentence and the same two characters (着力…), or with sentences of 12
# characters at most, are headings; two in a row are not; a run does
# not reach across a document boundary; a line cut mid-sentence opens none.
t=$(mktemp)
printf 'doc\tpar\ttext\n' > "$t"
printf 'A\t%s\t%s\n' 1 '着力坚持创新驱动,集聚发展潜能。优化创新生态,加速资源集聚。' \
	2 '着力推进项目攻坚,强化园区承载。抓牢项目招引建设。' \
	3 '着力筑牢基础支撑,促进区域协同。推进国土空间规划编制。' \
	4 '推动现代农业更优更旺。落实最严格的耕地保护制度。' \
	5 '推动农村活力更足更强。完善帮扶机制。' \
	6 '加快乡村面貌更美更靓。开展乡村建设行动。' \
	7 '坚持稳中求进工作总基调不动摇。全年经济运行平稳。' \
	8 '坚持以人民为中心的发展思想。办好民生实事。' \
	9 '这是一段普通的正文,没有什么特别之处。' >> "$t"
printf 'B\t%s\t%s\n' 1 '着力强化民生保障,推动共同富裕。办好人民满意教育。' \
	2 '着力加强风险防范,依法系统治理。筑牢疫情防控底线。' >> "$t"
printf 'C\t%s\t%s\n' 1 '着力强化民生保障,推动共同富裕。办好人民满意教育,' \
	2 '着力加强风险防范,依法系统治理。筑牢疫情防控底线。' \
	3 '着力巩固生态优势,推进绿色发展。推进污染综合防治。' >> "$t"
gw-sections --leads "$t" | cut -f 1-5
echo '--- without --leads a lead sentence opens a body paragraph'
gw-sections -N --toc "$t"
echo '--- -U wins over --leads'
gw-sections -N --toc -U --leads "$t"
rm -f "$t"
