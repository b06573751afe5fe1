# Agencies named in a county work report: the reviewed list (every row
# checked against the text: 40 rows, all agencies; offsets checked; the
# congress with its term, 利津县第十八届人民代表大会, is one).
# Deliberately not rows: hospitals and schools in running text (县中心医院,
# 县特殊学校), companies (省土发集团, 山东特检集团, 县首家出租汽车公司),
# places and bodies without an agency name (市直部门, 县委十三届五次全会
# gives only 县委), the government in the report's own name
# (利津县政府工作报告).
gw-agencies $S/001_ad147ba315cb1764.txt
