# Agencies in running text and role lists that must be found. Township
# organs by known township names (townships.txt); a national agency's
# local office is one row at the office's level; city short names;
# 各镇(街道)人民政府(办事处) as one item; an agency in a note of a list.
gw-agencies tests/gw-agencies/true.txt
