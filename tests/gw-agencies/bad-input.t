# Invalid UTF-8 is repaired and reported (exit 1), the rest still done;
# a header without a text column is an error (exit 1); a missing file too.
printf '\xff县发改局牵头\n（牵头单位：县财政局）\n' | gw-agencies; echo "exit $?"
printf 'doc\tpar\tfoo\nx\t1\ty\n' | gw-agencies; echo "exit $?"
gw-agencies /nonexistent/file.txt; echo "exit $?"
