# stdin, --doc, --files0-from, -N
head -n 4 $S/000_*.txt | gw-strip | cut -c1-40
head -n 4 $S/000_*.txt | gw-strip --doc report -N - | cut -c1-40
printf '%s\0' $S/000_*.txt $S/004_*.txt | gw-strip -N --files0-from=- | cut -f1 | uniq -c
gw-strip --files0-from=/nonexistent; echo "exit $?"
gw-strip --type=xml x; echo "exit $?"
gw-strip -f no-such-encoding x; echo "exit $?"
gw-strip --label --meta x; echo "exit $?"
