# --tasks: a numbered heading with its own role list is a task (number as
# written: 一); one without ends the task before it; text after a plain
# heading belongs to no task.
printf '%s\n' '（一）优化营商环境。深化放管服改革。（牵头单位：县行政审批服务局；配合单位：县市场监管局）' '（二）扩大有效投资' '1. 抓好项目。（牵头单位：县发改局）' '三、保障措施' '由县财政局负责。' | gw-agencies --tasks
