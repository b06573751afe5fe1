// Peer for gw-strip on HTML: Mozilla Readability on jsdom, one page at a
// time, timed inside node (decode + parse + extract), as the boilerplate
// README's peer table measures it. Prints: page, bytes, ms, chars of text.
// Usage: NODE_PATH=build/peers/node_modules node peer-readability.js PAGE...
'use strict';
const fs = require('fs');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

// The decoding rule of the boilerplate set: valid UTF-8 is UTF-8, else the
// <meta> charset (GB2312/GBK read as GB18030), else GB18030.
function decode(bytes) {
	try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch (e) { /* not UTF-8 */ }
	const head = bytes.subarray(0, 4096).toString('latin1');
	const m = head.match(/charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)/i);
	let cs = m ? m[1].toLowerCase() : 'gb18030';
	if (cs === 'gb2312' || cs === 'gbk' || cs === 'x-gbk') cs = 'gb18030';
	try { return new TextDecoder(cs).decode(bytes); } catch (e) { return new TextDecoder('gb18030').decode(bytes); }
}

const quiet = new VirtualConsole();   // page scripts and CSS errors are not ours
process.stdout.write('page\tbytes\tms\tchars\n');
for (const path of process.argv.slice(2)) {
	const bytes = fs.readFileSync(path);
	const t0 = process.hrtime.bigint();
	const dom = new JSDOM(decode(bytes), { url: 'https://example.org/', virtualConsole: quiet });
	const art = new Readability(dom.window.document).parse();
	const text = art && art.textContent ? art.textContent : '';
	const ms = Number(process.hrtime.bigint() - t0) / 1e6;
	dom.window.close();
	process.stdout.write(`${path}\t${bytes.length}\t${ms.toFixed(3)}\t${text.length}\n`);
}
