# --tasks: a labelled list overrides the task's sentences; without one,
# the roles read from sentences (由…牵头) are the task's; a heading ends
# a task; mentions are never task rows.
printf '%s\n' '一、总体要求' '1. 第一项任务。由县发改局牵头，县财政局配合。' '2、第二项任务。由县人民医院牵头，县中医院配合。县科技局参加。' '（牵头单位：县卫生健康局）' '二、保障措施' '县委组织部负责考核。' '（3）第三项任务。县教育和体育局负责' | gw-agencies --tasks
