# Agencies named in a county work report (reviewed list: every row is an
# agency; the report names no others with a prefix).
gw-agencies $S/001_ad147ba315cb1764.txt
