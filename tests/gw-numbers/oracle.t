# Numeral conversion against cn2an's and JioNLP's own test tables; the
# floors are the counts reached when this test was written (see oracle.py).
python3 tests/gw-numbers/oracle.py "$X" 136 53
