# A national body that agency-abbrev.txt does not list, named after 国家,
# 中央 or 中国 and ending in a national head word of agency-heads.txt
# (中心, 实验室): level national, named without the prefix; its branch
# named by a place after it (深圳分中心) is one row at the place's level.
# A kind of national centre (国家医学中心, 国家技术创新中心: institution-kind)
# is no name, nor is 国家 before a word that is no head (国家标准).
printf '%s\n' '加快国家碳计量中心建设，推进国家高原病医学中心建设。' \
    '加快国家商用密码检测中心深圳分中心建设。' \
    '创建国家医学中心和国家技术创新中心，执行国家标准。' | gw-agencies -N --doc n
