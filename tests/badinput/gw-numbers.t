# Bad input through gw-numbers (cases and expected outcomes: lib.sh).
. tests/badinput/lib.sh
cases gw-numbers
