# Bad input through gw-strip (cases and expected outcomes: lib.sh).
. tests/badinput/lib.sh
cases gw-strip
