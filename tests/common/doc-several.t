# --doc names one document: with several inputs it is a usage error
# (issue 11: gw-sections nested the second file's outline under the
# first's, gw-strip repeated (doc, par) keys).
f=tests/man/sections-plan.txt g=tests/man/sections-report.txt
for tool in gw-strip gw-sections gw-numbers gw-agencies; do
	$tool --doc x $f $g; echo "exit $?"
done
printf '%s\0' $f $g | gw-sections --doc x --files0-from=-; echo "exit $?"
echo "## one input: fine"
gw-sections --doc x $f | head -n 2
gw-numbers --doc x < tests/man/numbers-teu.txt | cut -f1-3
