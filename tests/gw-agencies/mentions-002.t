# Agencies named in a work report summary (reviewed list).
gw-agencies $S/002_d679a0d87a186134.txt
