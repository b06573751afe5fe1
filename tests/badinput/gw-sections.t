# Bad input through gw-sections (cases and expected outcomes: lib.sh).
. tests/badinput/lib.sh
cases gw-sections
