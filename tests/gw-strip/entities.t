# A page's space entities left in a text dump become a space, also one a
# hard wrap cut in two that the joining of the paragraph makes whole
# again; other entities (&amp;) stay as written.
p='全县上下认真贯彻落实各项决策部署，&nbsp;经济社会发展保持稳中有进的良好态势，主要指标好于预期。'
strip() { gw-strip -N --doc "$1" | cut -f1,3; }
printf '%s\n' '政府工作报告' "$p" '研发投入R&amp;D经费增长12%，高新技术企业达到120家，创新能力进一步增强。' | strip plain
printf '%s\n' '政府工作报告' \
	'各位代表：过去一年，全县上下守望相助v7R' \
	'医护人员冲锋在前，&ens' 'p;社会各界踊跃参与。v7R' \
	'党员干部闻令而动，群众积极配合，疫情防控取得重大成果。v7R' | strip wrapped
