# Every row of the task list: the lead lists, the notice's header, and
# 由县人民医院牵头 / 县中医院…参与配合 inside task 67.
gw-agencies $S/003_1b2eeb0ada89c1ec.txt | awk -F'\t' '$10 != "lead"'
gw-agencies -N $S/003_1b2eeb0ada89c1ec.txt | cut -f9 | sort | uniq -c
