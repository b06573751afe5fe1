# An annex after the body is the next top-level part: its sec goes on
# from the last chapter's and never repeats one of the document.
printf '%s\n' '一、主要任务' '全年完成投资100亿元。' '二、保障措施' '加强组织领导。' \
	'附件' '名词解释' '1.两重:国家重大战略实施和重点领域安全能力建设。' | gw-sections --toc -N
