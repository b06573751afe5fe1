# Chrome of aggregators and portals around a document: a site name with
# a timestamp, a newspaper's name and date, metadata rows without a
# table, a labelled date with its source, a font-size widget cut short,
# a bare address, a teaser. The document number above the metadata row
# stays, and so does a longer title above the headline it contains.
p='今年以来，全县上下认真贯彻落实各项决策部署，经济社会发展保持稳中有进的良好态势。'
{
	echo '2024年某县政府工作报告'
	echo '某某搜 2024-07-28 08:33:25 政府报告'
	echo '导读：今年以来，全县上下认真贯彻落实各项决策部署'
	echo '某州日报 2024年01月17日'
	echo 'https://www.example.gov.cn/'
	echo '某政办发〔2024〕3号'
	echo '索 引 号 MB0000000/2024-00001 发文日期 2024-01-03'
	echo '【字体：'
	echo '时间：2024-03-16 来源：本站'
	echo '2024年01月23日06:05:59'
	echo '政府工作报告'
	echo "$p"
} | gw-strip --label --doc agg | cut -f2-5
