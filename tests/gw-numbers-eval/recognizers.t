# gw-numbers --all on Microsoft Recognizers-Text's Chinese spec cases (and
# JioNLP's money extractor cases): the pass rate per model file, and exit 1
# when the total falls below the floor. After an improvement, raise the
# floor and regenerate: make regen T=gw-numbers-eval/recognizers
tests/gw-numbers-eval/score-recognizers --floor 85
