# The targets and results of the samples with a targets passage (000: a
# county's 2022 work plan, 001: 利津县 2020 report, 004: a news summary of
# 桓台县's 2022 report), checked by hand: CHECKED.md.
gw-strip $S/000_*.txt $S/001_*.txt $S/004_*.txt | gw-targets
