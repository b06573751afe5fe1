# --tasks: task numbers in full-width digits and with a half bracket; a
# paragraph that starts with a decimal (1.5万亩) is not a task, and its
# sentence roles are overridden by the task's own list.
printf '%s\n' '１２．全角任务。（牵头单位：县科技局）' '1.5万亩高标准农田由县农业农村局负责。' | gw-agencies --tasks
printf '%s\n' '3）半括号任务。（牵头单位：县商务局）' | gw-agencies -N --tasks
# Markers of another style below a numbered task are its own items (（1）
# under 1., ① under 2.); 附件 ends the last task; the same read from
# gw-sections' outline.
printf '%s\n' '一、总体要求' '1. 建设平台。（牵头单位：县科技局）' '（1）建设园区。（配合单位：县商务局）' \
    '2. 培育主体。' '①壮大企业。（牵头单位：县工信局）' '②引育人才。（牵头单位：县委组织部）' \
    '附件' '名单由县统计局汇总（牵头单位：县统计局）' >/tmp/gwag-forms.$$
gw-agencies -N --tasks /tmp/gwag-forms.$$ | cut -f2-
gw-sections /tmp/gwag-forms.$$ | gw-agencies -N --tasks | cut -f2-
rm -f /tmp/gwag-forms.$$
# Circled numbers as the tasks themselves
printf '%s\n' '①壮大企业。（牵头单位：县工信局）' '②引育人才。（牵头单位：县委组织部）' | gw-agencies -N --tasks
