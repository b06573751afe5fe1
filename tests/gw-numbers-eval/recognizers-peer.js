#!/usr/bin/env node
// Recognizers-Text's own JavaScript package as a gw-numbers look-alike, so
// score-recognizers can score it on the same cases with the same rules.
//
// Reads a gongwen stream (header naming doc, par and text) on stdin and
// writes rows with gw-numbers' columns:
//   doc par start end span value unit low high qual kind clause
// The doc is score-recognizers' case id (NumberModel:17, CurrencyModel:3,
// jionlp-money:1 ...); its model name picks the Recognizers model to run,
// as Recognizers-Text's own spec runner does. Unknown names run every model.
// Mapping: number -> kind quantity; percentage -> kind percent, value
// without "%", unit "%"; ordinal -> kind ordinal; currency and dimension ->
// kind quantity with Recognizers' English unit name; end = End + 1. The JS
// package has no number-range model, so NumberRangeModel cases get no rows.
// Results without a value (a currency name alone) are dropped, as gongwen
// writes no row for them.
//
// Install the package first: tests/gw-numbers-eval/install-peer
// (the modules are looked for in build/peers/node_modules, or in
// $GW_PEER_MODULES).
'use strict';
const path = require('path');
const fs = require('fs');

const mods = process.env.GW_PEER_MODULES ||
	path.join(__dirname, '..', '..', 'build', 'peers', 'node_modules');
let N, U;
try {
	N = require(path.join(mods, '@microsoft', 'recognizers-text-number'));
	U = require(path.join(mods, '@microsoft', 'recognizers-text-number-with-unit'));
} catch (e) {
	process.stderr.write('recognizers-peer: Recognizers-Text JS not found in ' + mods +
		' (run tests/gw-numbers-eval/install-peer)\n');
	process.exit(2);
}
const zh = N.Culture.Chinese;

const MODELS = {
	NumberModel: t => N.recognizeNumber(t, zh),
	PercentModel: t => N.recognizePercentage(t, zh),
	OrdinalModel: t => N.recognizeOrdinal(t, zh),
	NumberRangeModel: () => [],
	CurrencyModel: t => U.recognizeCurrency(t, zh),
	'jionlp-money': t => U.recognizeCurrency(t, zh),
	DimensionModel: t => U.recognizeDimension(t, zh),
};
const every = t => [].concat(...['NumberModel', 'PercentModel', 'OrdinalModel',
	'CurrencyModel', 'DimensionModel'].map(m => MODELS[m](t)));

const esc = s => String(s).replace(/\\/g, '\\\\').replace(/\t/g, '\\t')
	.replace(/\n/g, '\\n').replace(/\r/g, '\\r');
const unesc = s => s.replace(/\\(.)/g, (m, c) =>
	({ '\\': '\\', t: '\t', n: '\n', r: '\r' })[c] ?? m);

// Code-point offsets (gongwen's) from the package's UTF-16 ones.
function cp(text, u16) {
	return Array.from(text.slice(0, u16)).length;
}

const lines = fs.readFileSync(0, 'utf8').split('\n');
const head = lines[0].split('\t');
const cdoc = head.indexOf('doc'), cpar = head.indexOf('par'), ctext = head.indexOf('text');
if (cdoc < 0 || cpar < 0 || ctext < 0) {
	process.stderr.write('recognizers-peer: stdin: no doc, par and text columns in the header\n');
	process.exit(2);
}
const out = ['doc\tpar\tstart\tend\tspan\tvalue\tunit\tlow\thigh\tqual\tkind\tclause'];
for (const ln of lines.slice(1)) {
	if (ln === '')
		continue;
	const f = ln.split('\t');
	const doc = f[cdoc], text = unesc(f[ctext]);
	const run = MODELS[unesc(doc).split(':')[0]] || every;
	for (const r of run(text)) {
		const res = r.resolution || {};
		// A unit word without an amount (人民币 alone) is not a number: gongwen
		// writes no row for it, and score-recognizers leaves out the cases
		// that expect one.
		if (res.value == null)
			continue;
		let value = res.value == null ? '' : String(res.value), unit = res.unit || '';
		let kind = 'quantity';
		if (r.typeName === 'percentage') {
			kind = 'percent';
			value = value.replace(/%$/, '');
			unit = '%';
		} else if (r.typeName === 'ordinal') {
			kind = 'ordinal';
		}
		const s = cp(text, r.start), e = cp(text, r.end + 1);
		out.push([doc, f[cpar], s, e, esc(Array.from(text).slice(s, e).join('')),
			esc(value), esc(unit), '', '', '', kind, ''].join('\t'));
	}
}
process.stdout.write(out.join('\n') + '\n');
