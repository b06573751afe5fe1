# Reports of four eras and levels (2006 province, 2013 city, 2019 district,
# 2026 county) and a news summary: place, level and year from the first
# lines, last year's results against this year's targets, plans with
# their horizon, 分别 lists, share against growth.
cd tests/gw-targets/docs && gw-targets *.txt
