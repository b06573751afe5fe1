# 附件 with words on its line: the list of annexes above a notice's
# signature (followed by the signature, the date, or the next entry 2.…)
# is body text; the annex itself (followed by text or by its first
# heading, numbered 1) is a heading; 附件 alone always is.
printf '%s\n' '各乡镇人民政府:' '现将任务分解表印发给你们,请认真贯彻落实。' \
	'附件:1.2024年主要目标任务分解表' '2.2024年民生实事任务分解表' \
	'某某县人民政府' '2024年2月1日' \
	'附件1' '2024年主要目标任务分解表' '一、经济发展' '地区生产总值增长6%。' \
	'附件2:民生实事任务分解表' '新建幼儿园5所。' \
	'附件3:名单' '一、第一批' '张三。' | gw-sections --toc
echo '--- the list of annexes at the end of the document'
printf '%s\n' '请认真贯彻落实。' '附件:任务分解表' | gw-sections --toc -N
