# An appendix title line (share/gongwen/appendix-titles.txt: 名词解释, 附表)
# goes back to level 1 wherever it stands, as 附件 does, and numbering
# starts again under it; a longer line holding the word is no appendix.
printf '%s\n' '政府工作报告' '一、工作回顾' '过去一年成绩显著。' '（一）经济发展' '地区生产总值增长6%。' \
	'名词解释' '1.新质生产力:是指创新起主导作用的生产力。' '2.两重:国家重大战略实施和重点领域安全能力建设。' \
	'附表' '表格正文。' | gw-sections --toc
echo '--- 名词解释 in a longer line, and -U'
printf '%s\n' '正文。' '有关名词解释如下' '正文。' '名词解释' '正文。' | gw-sections --toc -N
printf '%s\n' '正文。' '名词解释' '正文。' | gw-sections --toc -N -U
