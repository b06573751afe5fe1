# Bad input through gw-targets (cases and expected outcomes: lib.sh).
. tests/badinput/lib.sh
cases gw-targets
