# Offsets and clauses agree with the text on the five samples (all rows of --all).
python3 tests/gw-numbers/offsets.py "$S"/00[0-4]_*.txt
