# Public institutions written without a place after a punctuation mark
# or at a paragraph's start: a name of up to six characters, whatever
# follows it; level other. A place or prefix makes them the place's (县人民医院);
# phrases are not names (新建小学, 各类学校, 中小学); a verb or time word
# that opens the clause is no part of a name (institution-lead below:
# 确保红花山小学 names 红花山小学), and a name over three characters
# opens with a place's short form (光明中心医院; not 着力整顿西园中学,
# 现任北京大学). A city's short form
# is part of the name (济宁大学); after a full prefix an institution word
# ends a name of 2 to 6 characters (县职业技术学校; not 一级学校 or
# 义务教育标准化学校).
printf '%s\n' \
    '晨光医院、育才小学、北岸外国语学校和县人民医院扩建完成。' \
    '新建小学、各类学校和中小学、幼儿园全部达标。' \
    '着力整顿西园中学周边秩序。' \
    '青石敬老院、白沙博物馆免费开放。' \
    '年内，济宁大学、县职业技术学校、市一级学校和嘉祥县义务教育标准化学校合作。' \
    '光明中心医院续建工程投入使用，坑梓敬老院升级，翠北小学张老师获奖。' \
    '确保红花山小学投入使用，年内启动梗阳敬老院。' \
    '促进医院发展，培育特色学校，切实减轻中小学负担，发展民营医院，继续实施大学计划。' \
    '现任北京大学教授，还有肿瘤专科医院，病人送到医院。' | gw-agencies -N
# A development zone's committee without a known place: after 、 and
# before a punctuation mark, up to ten characters (county level); not after 我代表; 管理处 is an
# institution word.
printf '%s\n' '各镇人民政府、青梅湾经济开发区管委会，县直各部门：' '我代表新区管委会报告工作。' '县检察院、白鹭湖管理处参加。' | gw-agencies -N
# After a word that takes an institution as its object (institution-lead:
# 建设, 支持, 推进 ...) a name of up to six characters, whatever follows it;
# after several such words, from the last (加快推进人民医院). A kind of
# institution is no name (institution-kind: 职业学校, 老年大学, 平安医院,
# 示范小学). A place and an institution word right after one name its
# branch (北京天坛医院河南医院). Where two such words overlap (组建成立), the
# name starts after the second (成立, not 建成).
printf '%s\n' '年内加快建设明德医院，支持青松中学扩建。' '加快推进人民医院三期工程，推进学校建设。' \
    '办好职业学校和老年大学，创建平安医院、示范小学。' '建成北京天坛医院河南医院等五家医院。' \
    '年内组建成立青松中学。' | gw-agencies -N --doc lead
# A first character of not-first-institution may open a place's short
# form (深圳大学, 上海交通大学), not a phrase (深化学校改革, 上半年医院).
printf '%s\n' '办好深圳大学、上海交通大学，深化学校改革，上半年医院建成。' | gw-agencies -N --doc short
# An institution numbered by an ordinal (第 and a numeral) after a prefix
# or a punctuation mark (市第十高级中学, 县第三中学, ，第三人民医院); not an
# ordinal with a measure word (ordinal-measure: 第一批学校, 第一家日间照料中心).
printf '%s\n' '完成市第十高级中学主体建设，县第三中学扩建，第三人民医院开工。' '新区第一家日间照料中心挂牌，第一批学校达标。' | gw-agencies -N --doc ord
# An institution word followed by a count (count-measure: 产业研究院55家,
# 研究院六所) names a kind, not an institution; a year or a phase after it
# does not (秋硕小学2016年, 人民医院三期). Hospitals of ethnic medicine and
# academies of sciences after a prefix (自治区藏医院, 省科学院).
printf '%s\n' '省实验室27家、产业技术研究院6家、产业研究院55家。' '确保秋硕小学2016年9月投入使用，加快人民医院三期工程。' '推进自治区藏医院改造，省科学院在先进材料领先。' | gw-agencies -N --doc cnt
# 解决, 保持 lead to an institution too.
printf '%s\n' '尽快解决第三人民医院问题，继续保持深圳职业技术学院优势。' | gw-agencies -N --doc lead2
# Where a place's short form (市中 of 市中区) and a prefix with a listed
# name (市 + 中医院) both read, the listed name wins: 市中医院 is the city's
# 中医院; 市中人民医院 stays a name as written.
printf '%s\n' '推进市中医院建设，市中人民医院开诊。' | gw-agencies -N --doc pre
