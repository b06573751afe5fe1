# Agencies in running text and role lists that must be found. Township
# organs by known township names (townships.txt); a national agency's
# local office is one row at the office's level; city short names;
# 各镇(街道)人民政府(办事处) as one item of a role list; an agency in a
# note of a list; congresses with their term (省十一届人大, 十三届人大,
# 十一届全国人大); 自治区/自治旗/旗/州 as prefixes, also right after
# another agency (州委州政府) and after 代表; whole names longer than a
# prefix (国务院办公厅); hospitals with a place; traditional script
# (縣人民政府辦公室); a place repeating its prefix (新安县县委), a term
# after 了区, 报区, and 菏泽市市场监督管理局 kept whole; short forms
# such as 经信局, 投促局; 第十届全国人民代表大会常务委员会 with its 第.
gw-agencies tests/gw-agencies/true.txt
