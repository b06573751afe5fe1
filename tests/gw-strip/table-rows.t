# Rows of a markdown table in a text dump read as their cells joined by
# one space; empty cells and the rule line give nothing.
p='全县上下认真贯彻落实各项决策部署，经济社会发展保持稳中有进的良好态势，主要指标好于预期。'
{
	echo '主要指标完成情况'
	echo "$p"
	echo '| 指标 | 目标 | 完成 |'
	echo '|---|:---:|---|'
	echo '| 地区生产总值增长 |  | 6.5% |'
	echo '| 县委书记在会上讲话。 |'
	echo "$p。"
} | gw-strip --label --doc table | cut -f2-5
