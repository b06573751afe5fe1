# gw-numbers --all on cn2an's numeral table and JioNLP's money-parser table:
# the value of each numeral or amount (score-tables' header has the rules).
# Exit 1 below the floor; raise it and regenerate after an improvement.
tests/gw-numbers-eval/score-tables --floor 85
echo "--- a tool that finds nothing is below the floor"
tests/gw-numbers-eval/score-tables --floor 1 \
	--cmd "printf 'doc\tpar\tstart\tend\tspan\tvalue\tunit\tlow\thigh\tqual\tkind\tclause\n'"
