# Every fuzz seed and every input the fuzzer once broke (tests/fuzz/regress)
# replayed through its target's properties, built with ASan+UBSan.
scripts/fuzz --replay
