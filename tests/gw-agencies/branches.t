# A branch named by a place right after its agency is one agency at the
# place's level, named by the agency and the branch word (agency-heads.txt
# sub): the statistics bureau's survey corps of a province and survey team
# of a county, a bureau's county branch.
printf '%s\n' '城镇居民人均可支配收入 9 5 国家统计局安徽调查总队' \
    '由国家统计局嘉祥调查队负责，市生态环境局嘉祥县分局配合。' | gw-agencies -N --doc b
