# Sentences with schools, hospitals, companies, 全县/各县/推动县, 市场,
# 区域, 城镇, 格局 ...: not one agency (only the header).
gw-agencies tests/gw-agencies/tricky.txt
