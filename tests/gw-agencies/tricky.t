# Sentences with schools, hospitals, companies, 全县/各县/推动县, 市场,
# 区域, 城镇, 格局 ...: not one agency (only the header). Also: a verb
# before 镇政府 (得到 is no town), governments of countries (国家政府),
# members of a body (全国人大代表), short county names that are words
# (新建 for 新建区, 合作), 小城镇, clinics after a township's name.
gw-agencies tests/gw-agencies/tricky.txt
