# All 76 tasks of a key-task list with their lead units (hand-checked
# against the (牵头单位:…) of every task: 160 rows).
gw-agencies --tasks $S/003_1b2eeb0ada89c1ec.txt
