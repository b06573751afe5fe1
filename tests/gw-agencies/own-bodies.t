# Bodies named without a place stand for the document's own (人大, 政协,
# 工商联; 人大及其常委会 is two), at the level of the first government the
# document names, else other; not inside a longer word (华人大游行, 人大都).
# A small prefix before a core organ whatever stands before it (以区政府为
# 被告), not in 各区人民政府 or 社区委员会; CPPCC committees by their full
# name; international bodies (other) and central short forms (national).
printf '%s\n' \
    '我代表区人民政府向大会报告工作。' \
    '自觉接受人大及其常委会的监督，主动向人民政协通报情况，听取工商联意见。' \
    '全年以区政府为被告的案件下降，对区委区政府决策负责。' \
    '各区人民政府要抓好落实，社区委员会换届完成。' \
    '政协嘉祥县第十届委员会第三次会议开幕。' \
    '争取联合国开发计划署、世界银行和中央编办支持。' \
    '海外华人大游行，他们大都支持，有些人大概不知道。' | gw-agencies -N --doc a
printf '%s\n' '坚持向人大报告工作。' | gw-agencies -N --doc b
# Before 提案, 议案 or 建议案 an own body's name makes the kind of a
# document (政协提案, 人大议案), not the body; a place before it still
# names the body.
printf '%s\n' '认真办理人大议案和政协提案，征求人大、政协的意见，省政协提案办结。' | gw-agencies -N --doc e
# 新区, a new district, is a prefix like 区 (county level), not in 高新区;
# institutions after a prefix are listed names (区中医院, 新区妇幼保健院).
printf '%s\n' '我代表新区管委会报告工作，新区党工委统一领导。' '年内，区图书馆、新区妇幼保健院建成，高新区管委会迁址。' | gw-agencies -N --doc c
# A Party congress named by its session (市第四次党代会, 党代会) is a
# meeting, as is a session of another body (第二次会议): none is an agency.
printf '%s\n' '县委召开第二次会议，贯彻市第四次党代会和县第三次党代会精神，党代会闭幕。' | gw-agencies -N --doc d
# A Party committee right before its government's office is one joint
# office of both, named without the government (区委区政府督查室: 督查室);
# not with a mark between them, nor before the government alone.
printf '%s\n' '区委区政府督查室牵头，县委县政府办公室配合。' '区委、区政府督查室。' '县委县政府高度重视。' | gw-agencies -N --doc f
# A government, Party committee, congress, CPPCC committee, court or
# procuratorate written bare right after 、 and a body named with its place
# shares that place and level (shares-place in agency-context.txt):
# 自治区党委、政府, 区人大、政府、政协, 龙岗区人民法院、人民检察院; not after a
# body with no place (联合国、政府), nor alone.
printf '%s\n' '自治区党委、政府认真贯彻，区人大、政府、政协领导挂点。' '与龙岗区人民法院、人民检察院建立机制。' '联合国、政府和企业，政府高度重视。' | gw-agencies -N --doc g
# A development zone written without its committee (成都高新区, 市经开区) is
# its committee in a role list or before a role verb, but the place in
# running text; 市高新区管委会 is the committee everywhere.
printf '%s\n' '1.推进园区建设。（责任单位：市高新区、市发改委）' '由市高新区牵头，市经开区配合。' '成都高新区、锦江区加快发展，达到市高新区的水平，市高新区管委会迁址。' | gw-agencies -N --doc z
# An own body before 各位委员 or 各位代表 names the people, not the body
# (not-after-own). A congress's special committee right after it is one
# name with it (全国人民代表大会财政经济委员会); not 及其常委会, which is two.
printf '%s\n' '请政协各位委员提出意见。' '同意全国人民代表大会财政经济委员会的报告，省人民代表大会法制委员会审议。' | gw-agencies -N --doc sp
