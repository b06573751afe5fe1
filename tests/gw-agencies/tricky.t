# Sentences with companies, 全县/各县/推动县, 市场, 区域, 城镇, 格局 ...:
# not one agency. Schools and hospitals without a place only in a list
# after 、 (紫林路小学, an institution of level other; not 加快推进清徐中学,
# whose name cannot be told from the verb before it). Also: a verb
# before 镇政府 (得到 is no town, but 镇政府 is the town's government), governments of countries (国家政府),
# members of a body (全国人大代表), short county names that are words
# (新建 for 新建区, 合作), 小城镇, clinics after a township's name, the
# government in a report's name (山东省人民政府工作报告), every
# township's organs in running text (各乡镇人民政府: generic), a
# government's departments in general (区政府各部门, 县政府直属单位).
gw-agencies tests/gw-agencies/tricky.txt
# A name coordinated with an item that opens with 各 is every one of them
# (各县、区人民政府; 各区（市）县政府; 各街道办事处、乡人民政府), but not
# when 各 is inside the item before (各族人民在党中央、国务院).
printf '%s\n' '各县、区人民政府，各区（市）县政府，各街道办事处、乡人民政府：' '全省各族人民在党中央、国务院领导下。' | gw-agencies -N
# No agency inside a longer word: a name whose last character starts a
# word going on after it (农业部长, 县财政局长, 市政府办公会), a national body
# that opens an institution's name (教育部职业技术教育中心研究所), a head
# word inside 中心城区; but 市委书记 and 省高级人民法院院长 name their body.
printf '%s\n' '农业部长到县调研，县财政局长、市委书记、省高级人民法院院长出席。' '教育部职业技术教育中心研究所发布报告，联合国只有一所大学。' '嘉祥县加快中心城区建设，市政府办公会审议通过。' | gw-agencies -N
