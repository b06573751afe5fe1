# Under an appendix title, numbered entries that name a term and go on
# with its definition are glossary entries, list items and not headings;
# a short line ending in an appendix title is one.
printf '%s\n' '一、主要任务' '（一）扩大有效投资' '全年完成投资100亿元。' '《2024年工作报告》名词解释' \
	'1.两新：指新一轮大规模设备更新和消费品以旧换新。' '2.一老一小：指养老和托育服务。' '3.三保：指保基本民生、保工资、保运转。' | gw-sections --toc
echo '--- under 附件, numbered headings with a colon stay headings'
printf '%s\n' '附件' '1.目标任务：' '到2025年完成改造100个。' '2.保障措施：' '加强组织领导。' | gw-sections --toc -N
