# Kinds of quantity met in real documents, each with sentences written
# for the test: one section a kind, rows as span value unit low high qual
# kind.
q() { printf '%s\n' "$1" | gw-numbers -N | cut -f6-12; }
echo "## session ordinals: a term, its meetings, the plenary sessions"
q '县十八届人大二次会议听取了报告，市五屆政協三次會議闭幕。'
q '学习十九届五中、六中全会精神，落实三中全会部署。'
q '推进土地二次开发，两次会议都开了。'
echo "## 一年 naming a period is no quantity; measuring one it is"
q '今年是攻坚的关键一年。一年来，我们用一年时间建成新馆，过去的一年很不平凡，五年来成效明显。'
echo "## a list marker and the sectors are no ordinals; a rank is"
q '第一，加快发展；第二、落实责任。第三产业增长快，第一要务是发展，增速居全省第一，第二次会议。'
echo "## names: a quoted list of slogans, a numbered institution, 八项规定"
q '落实“三个定位、两个率先”要求，建成第九高级中学和第三人民医院，严格落实八项规定，新增3个、5个“双创”基地。'
printf '%s\n' '建成第九高级中学，落实“三个定位、两个率先”' | gw-numbers -N --all | cut -f6,12
echo "## ratios: with ∶ or ：, or three numbers, or a point; 8:30 stays a time"
q '三次产业比例由20.4∶36.7∶42.9调整为1:36.3:32.7，城乡收入比由2.8∶1缩小到2.5：1，比值1.5:1，上午8:30开会。'
echo "## times of day with 时 or 点; 3点要求 and 3时期 are none"
q '上午8时30分开幕，9時召开，下午2点30分闭幕，晚上8点半，8點多到达，提出3点要求，分3时期推进。'
echo "## rate and visit units, containers, parts; ordinals of stages and quarters"
q '抽检1000批次，开展活动46场次，服务企业5900家次，吞吐量1366万标箱，报告分三部分，第二阶段，第一季度，第四屆，开展两轮评查，启动新一轮改革。'
echo "## people counted without a unit word; 负 ending a word is no minus"
q '肩负2300多万各族人民重托，组织11万渔民出海，参保人数增长1.07万，为群众减负1436万元，增长负3%，11万元，全市3万户。'
echo "## a scale word alone after a qualifier; 千家万户 and 百姓 are none"
q '产值超过百亿元，逾百家企业，市场主体超过万户，游客超过千万人次，走进千家万户，服务百姓。'
echo "## a period that names a plan is part of the name; one that measures time is a quantity"
q '全面实施城市更新三年行动计划，编制第十二个五年规划纲要和新十年发展规划，用三年时间完成改造，五年攻坚克难。'
printf '%s\n' '落实农业现代化五年规划。' | gw-numbers -N --all | cut -f6-12
echo "## a scale word alone before a unit and a bound, or after 超"
q '新开工亿元以上项目300个，千万元以下的项目减少，营收超千亿元的企业5家，超10亿元的12家。'
echo "## measure words: medals, satellites, trains, pairs, electricity"
q '运动员夺得23枚金牌、7金，发射9颗卫星，开行班列2.1万列、600班次，处理好三对关系，发电80亿度。'
echo "## 番 counts doublings after 翻; 一对一 and 一番 are words"
q '村集体收入翻了一番，产值翻两番多，经过一番努力，开展一对一帮扶。'
echo "## years and dates typed apart from 年 月 日"
q '2019 年全县生产总值增长8%，2021 年 3 月 15 日召开大会。'
echo "## a list marker glued to a year"
q '附件：1.2019年重点任务分解表'
q '2.2020年民生实事清单'
q '增长1.2019%'
echo "## numerals inside words and place names"
q '建设一支过硬队伍，完善收支两条线管理，破除二元结构，支持三门峡发展。'
echo "## a qualifier is not read from inside a word"
q '签约亿元以上项目6个，节约用水15%，就近3公里，约5个，赶超2家。'
