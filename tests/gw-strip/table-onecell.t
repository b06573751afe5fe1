# Tables scraped one cell a line come back as rows, each row's cells
# joined by one space, where the kinds of the columns leave only one way
# to cut the cells into rows; anything else stays as it was.
p='全县上下认真贯彻落实各项决策部署，经济社会发展保持稳中有进的良好态势，现将目标任务分解如下。'
q='各单位要对照目标任务细化工作措施，明确时间节点，确保各项任务按时保质完成，年终统一考核。'
strip() { gw-strip -N --doc "$1" | cut -f1,3; }
# numbered rows; a row without its 配合单位 or its time limit (the page
# dropped the empty cells)
printf '%s\n' "$p" '序号' '重点任务' '牵头单位' '配合单位' '完成时限' \
	'1' '新建改造农村公路120公里' '县交通运输局' '各乡镇人民政府' '2024年底前' \
	'2' '新增城镇就业2000人' '县人社局' '2024年12月' \
	'3' '完成造林绿化1.5万亩' '县林业局' '县自然资源局' \
	'本通知自印发之日起施行，请各单位认真组织实施，确保各项任务按时完成。' | strip numbered
# rows named by their first cell, a group label above some (a merged
# cell), scores and targets, agencies glued together
printf '%s\n' "$p" '项 目' '分值' '目标任务' '考核单位' \
	'经济发展' '地区生产总值增长率' '3' '年终根据全省平均水平综合考核' '县发改局县统计局' \
	'社会消费品零售总额增长率' '3' \
	'全社会固定资产投资额' '3' '186' '县发改局' \
	'民生保障' '城镇登记失业率' '1' '低于 4.1' '县人社局' | strip labelled
# a crawler's "| " before every cell but the first, empty cells, a cell
# broken over two lines inside its list of agencies
printf '%s\n' "$p" '序号' '| 考评指标' '| 权 重' '| 数据来源' \
	'| 1' '| 地区生产总值' '| 10' '| 县统计局' \
	'| 2' '| 土地税收产出率' '|' '| 县自然资源局、县财政局、' '县税务局' \
	'| 3' '| 城镇化率' '| 8' '| 县住建局' '|' | strip barred
# not tables: header words followed by a paragraph; a list whose first
# cells are not the numbers in order; cells that cut two ways with as
# few rows (乙项 ends the first row, or names the group of the second)
printf '%s\n' "$p" '重点任务' '牵头单位' '完成时限' "$q" | strip paragraph
printf '%s\n' "$p" '序号' '名称' '责任单位' '一、' '农村公路' '县交通运输局' '二、' '城镇就业' '县人社局' "$q" | strip unnumbered
printf '%s\n' "$p" '项目' '分值' '目标任务' '责任单位' \
	'甲指标' '3' '乙项' '丙指标' '2' '县统计局' "$q" | strip two-ways
# headings that end with header words are no header row: numbered ones,
# and a run whose first is no row number or name (工作目标 ...)
printf '%s\n' "$p" '一、工作目标' '二、重点任务' '三、责任单位' '（一）总体目标' '县发改局' '（二）具体目标' '县财政局' "$q" | strip numbered-headings
printf '%s\n' "$p" '工作目标' '重点任务' '责任单位' '总体目标' '县发改局' '具体目标' '县财政局' "$q" | strip heading-run
# a title that ends with a header word, right above the header row
printf '%s\n' "$p" '年度工作目标' '序号' '重点任务' '牵头单位' \
	'1' '新建改造农村公路120公里' '县交通运输局' '2' '新增城镇就业2000人' '县人社局' "$q" | strip title-above
