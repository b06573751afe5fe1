# Bad input through gw-agencies (cases and expected outcomes: lib.sh).
. tests/badinput/lib.sh
cases gw-agencies
