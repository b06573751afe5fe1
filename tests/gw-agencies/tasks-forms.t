# --tasks: task numbers in full-width digits and with a half bracket; a
# paragraph that starts with a decimal (1.5万亩) is not a task, and its
# sentence roles are overridden by the task's own list.
printf '%s\n' '１２．全角任务。（牵头单位：县科技局）' '3）半括号任务。（牵头单位：县商务局）' '1.5万亩高标准农田由县农业农村局负责。' | gw-agencies --tasks
