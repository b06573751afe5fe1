# A line over --max-record is reported with its place and skipped; the
# lines after it are still read (exit 1).
{ printf '县发改局'; head -c 300 /dev/zero | tr '\0' 'x'; printf '\n由县财政局负责\n'; } | gw-agencies --max-record 100; echo "exit $?"
