// Peer for gw-numbers: Microsoft Recognizers-Text 1.3.1, Chinese models for
// numbers, percentages, ordinals, currency, dimensions, age and
// temperature: together about what one gw-numbers pass finds. The models
// are built first (not timed); then every non-blank line of FILE goes
// through all of them. Prints: seconds entities
// Usage: NODE_PATH=build/peers/node_modules node peer-recognizers.js FILE
'use strict';
const fs = require('fs');
const { Culture } = require('@microsoft/recognizers-text');
const NumberRecognizer = require('@microsoft/recognizers-text-number').NumberRecognizer;
const NumberWithUnitRecognizer = require('@microsoft/recognizers-text-number-with-unit').NumberWithUnitRecognizer;

const n = new NumberRecognizer(Culture.Chinese);
const u = new NumberWithUnitRecognizer(Culture.Chinese);
const models = [n.getNumberModel(), n.getPercentageModel(), n.getOrdinalModel(),
	u.getCurrencyModel(), u.getDimensionModel(), u.getAgeModel(), u.getTemperatureModel()];
const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').map(s => s.trim()).filter(s => s);
models.forEach(m => m.parse('预热1.5亿元'));   // first-call set-up out of the timing
let ents = 0;
const t0 = process.hrtime.bigint();
for (const line of lines) for (const m of models) ents += m.parse(line).length;
const s = Number(process.hrtime.bigint() - t0) / 1e9;
process.stdout.write(`${s.toFixed(3)} ${ents}\n`);
