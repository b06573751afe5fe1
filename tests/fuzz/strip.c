/* gw-strip's input path (lib/strip/encoding.c, lib/strip/pagein.c, lib/strip/htmlmain.c,
 * lib/strip/normalize.c). Byte 0 steers: an encoding to force or detection, and
 * the block size for streamed conversion; the rest is the page.
 * Properties: detection always names an encoding and a BOM inside the
 * input; converting in small blocks gives exactly what converting in one
 * piece gives (a sequence cut at a block edge is carried, never lost or
 * doubled) with the same count of invalid bytes; the UTF-8 that comes out
 * is valid; the HTML main text and title, the normalised lines and every
 * line gw_page_next hands out are valid UTF-8 without LF; a tentative
 * decoder (gw-strip's detection) decides the same whatever the blocks;
 * dropping the declarations keeps every LF and valid UTF-8; an
 * extraction over its memory budget ends cleanly (-2), and never without
 * a budget. */
#include "fuzz.h"
#include "core/buf.h"
#include "strip/encoding.h"
#include "strip/htmlmain.h"
#include "strip/normalize.h"
#include "strip/pagein.h"
#include "core/utf8.h"

static const char *forced[8] = {NULL, "UTF-8", "GB18030", "UTF-16LE", "UTF-16BE", "BIG5-HKSCS", "HZ", NULL};

static void valid_lines(const char *s, size_t n, const char *what)
{
	CHECK(gw_utf8_valid(s, n), "%s: invalid UTF-8 out", what);
	(void)s;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	unsigned ctl = data[0];
	const char *in = (const char *)data + 1;
	size_t n = size - 1;

	const char *how = NULL;
	size_t bom = 99;
	const char *enc = gw_enc_detect(in, n, 1, &how, &bom);
	CHECK(enc && how && bom <= n, "detect gave %s by %s, bom %zu of %zu", enc ? enc : "NULL", how ? how : "NULL", bom, n);
	/* enc may point into gw_enc_canonical's static buffer, which the next
	 * detection overwrites: keep a copy. */
	char encbuf[64];
	snprintf(encbuf, sizeof encbuf, "%s", enc);
	enc = encbuf;
	size_t bom2;
	const char *how2;
	CHECK(gw_enc_detect(in, n / 2, 0, &how2, &bom2) != NULL, "detect on a prefix gave NULL");

	/* 7: as gw-strip reads a page without a BOM, a tentative decoder
	 * that decides on the first non-ASCII text: the decision must not
	 * depend on the blocks the input comes in */
	int tent = (ctl & 7) == 7 && strcmp(how, "bom") != 0 && strcmp(how, "utf-16-nul") != 0;
	const char *from = tent ? "UTF-8" : forced[ctl & 7] ? forced[ctl & 7] : enc;
	size_t skip = forced[ctl & 7] || tent ? 0 : bom;
	size_t block = (ctl >> 3) + 1;
	struct gw_decoder d1, d2;
	if (gw_decoder_open(&d1, from) < 0)
		return 0;
	CHECK(gw_decoder_open(&d2, from) == 0, "second open of %s failed", from);
	if (tent) {
		d1.tentative = d2.tentative = 1;
		gw_decoder_label(&d1, gw_enc_label(in, n));
		gw_decoder_label(&d2, gw_enc_label(in, n));
	}
	struct gw_buf whole = {0}, parts = {0};
	gw_decoder_feed(&d1, in + skip, n - skip, 1, &whole);
	for (size_t at = skip; ; ) {
		size_t k = n - at < block ? n - at : block;
		gw_decoder_feed(&d2, in + at, k, at + k == n, &parts);
		at += k;
		if (at == n)
			break;
	}
	CHECK(whole.len == parts.len && (whole.len == 0 || !memcmp(whole.p, parts.p, whole.len)),
	    "%s: %zu bytes converted whole, %zu in blocks of %zu", from, whole.len, parts.len, block);
	CHECK(d1.invalid == d2.invalid, "%s: %zu invalid whole, %zu in blocks", from, d1.invalid, d2.invalid);
	CHECK(strcmp(d1.from, d2.from) == 0, "decided %s whole, %s in blocks", d1.from, d2.from);
	CHECK(whole.len == 0 || gw_utf8_valid(whole.p, whole.len), "%s: conversion gave invalid UTF-8", from);
	CHECK(d1.invalid <= n, "more invalid bytes than input");
	gw_decoder_close(&d1);
	gw_decoder_close(&d2);

	if (whole.len) {
		struct gw_buf text = {0}, title = {0}, headline = {0}, norm = {0};
		if (gw_html_sniff(whole.p, whole.len) || (ctl & 0x80)) {
			/* declarations dropped in place: never longer, every LF
			 * kept, still valid UTF-8 (htmlmain.h) */
			size_t lfs = 0, lfs2 = 0;
			for (size_t i = 0; i < whole.len; i++) lfs += whole.p[i] == '\n';
			size_t dl = gw_html_drop_declarations(whole.p, whole.len);
			CHECK(dl <= whole.len, "gw_html_drop_declarations grew the page");
			for (size_t i = 0; i < dl; i++) lfs2 += whole.p[i] == '\n';
			CHECK(lfs2 == lfs, "gw_html_drop_declarations: %zu LFs of %zu kept", lfs2, lfs);
			CHECK(gw_utf8_valid(whole.p, dl), "gw_html_drop_declarations broke UTF-8");
			whole.len = dl;
			/* a small budget (bit 6) must stop the extraction cleanly:
			 * -2 and nothing else wrong; without one, never -2 */
			gw_html_budget(ctl & 0x40 ? 4096 + 64 * dl : (size_t)-1);
			int r = gw_html_main_text(whole.p, whole.len, &text, &title, &headline);
			CHECK(r != -2 || (ctl & 0x40), "gw_html_main_text out of budget without one");
			gw_html_budget((size_t)-1);
			if (r == -2)
				text.len = title.len = headline.len = 0;
			if (headline.len) valid_lines(headline.p, headline.len, "html headline");
			if (text.len) valid_lines(text.p, text.len, "html text");
			if (title.len) valid_lines(title.p, title.len, "html title");
		}
		/* Normalise each line of the converted text. */
		for (size_t at = 0; at < whole.len;) {
			const char *nl = memchr(whole.p + at, '\n', whole.len - at);
			size_t l = nl ? (size_t)(nl - (whole.p + at)) : whole.len - at;
			gw_buf_clear(&norm);
			gw_norm_line(whole.p + at, l, &norm);
			if (norm.len) {
				valid_lines(norm.p, norm.len, "gw_norm_line");
				CHECK(!memchr(norm.p, '\n', norm.len), "gw_norm_line made a LF");
			}
			gw_buf_clear(&norm);
			gw_trim_line(whole.p + at, l, &norm);
			CHECK(norm.len <= l, "gw_trim_line grew the line");
			at += l + 1;
		}
		gw_buf_free(&text); gw_buf_free(&title); gw_buf_free(&headline); gw_buf_free(&norm);
	}
	gw_buf_free(&whole);
	gw_buf_free(&parts);

	/* The whole input path: open, sniff, decode, hand out lines. */
	int fd = fz_memfd(in, n);
	char path[64];
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	struct gw_page pg;
	if (gw_page_open(&pg, path, forced[ctl & 7], (ctl >> 6) == 1 ? PAGE_TEXT : (ctl >> 6) == 2 ? PAGE_HTML : PAGE_AUTO, ctl & 0x20) == 0) {
		const char *s;
		size_t l;
		while (gw_page_next(&pg, &s, &l)) {
			CHECK(!memchr(s, '\n', l), "page line holds a LF");
			if (l) valid_lines(s, l, "gw_page_next");
		}
		gw_page_close(&pg);
	}
	close(fd);
	return 0;
}
