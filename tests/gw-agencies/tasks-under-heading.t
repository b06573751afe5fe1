# --tasks: a role list on its own line right after a heading is that
# heading's assignment (task numbered as written); a heading whose own
# text assigns (…负责) is a task; text after a plain heading that is no
# role list still belongs to no task. In a bracketed list the clause
# closed by 等部门 takes the next verb too; an item cut off after its
# prefix (责任单位：区) is no agency.
printf '%s\n' '（一）地区生产总值增长7%以上' '责任单位：区发展和改革局' \
	'三、加强督导。市发展改革委负责统一督导调度。' '（二）优化环境' '由县财政局负责。' \
	'1. 加大力度。(区发改局牵头,区财政局、区水务局等部门,区国投公司配合)' | gw-agencies --tasks
printf '%s\n' '责任单位：区' '（牵头单位：市发' '牵头单位：各镇街' | gw-agencies
