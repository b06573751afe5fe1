/* Encoding detection and streaming conversion for gw-strip: feeding a
 * document in pieces of any size (a character cut at a block boundary)
 * gives the same UTF-8 and the same invalid-byte count as feeding it
 * whole; detection follows the documented order; normalisation keeps
 * Chinese punctuation. */
#include "strip/encoding.h"
#include "strip/normalize.h"
#include "core/buf.h"

#include <stdio.h>
#include <string.h>

static int fails;
#define CHECK(c, ...) do { if (!(c)) { fails++; printf("FAIL %s:%d: ", __FILE__, __LINE__); \
	printf(__VA_ARGS__); printf("\n"); } } while (0)

static void convert(const char *enc, const char *s, size_t n, size_t piece,
    struct gw_buf *out, size_t *invalid)
{
	struct gw_decoder d;
	gw_buf_clear(out);
	if (gw_decoder_open(&d, enc) < 0) {
		CHECK(0, "gw_decoder_open %s", enc);
		return;
	}
	for (size_t i = 0; i < n || i == 0; i += piece) {
		size_t k = n - i < piece ? n - i : piece;
		gw_decoder_feed(&d, s + i, k, i + k >= n, out);
		if (i + k >= n)
			break;
	}
	*invalid = d.invalid;
	gw_decoder_close(&d);
}

static void pieces(const char *enc, const char *s, size_t n, const char *want, size_t want_bad)
{
	struct gw_buf out = { 0 };
	for (size_t piece = 1; piece <= n + 1; piece++) {
		size_t bad = 0;
		convert(enc, s, n, piece, &out, &bad);
		CHECK(out.len == strlen(want) && memcmp(out.p, want, out.len) == 0,
		    "%s piece %zu: got '%.*s' want '%s'", enc, piece, (int)out.len, out.p, want);
		CHECK(bad == want_bad, "%s piece %zu: %zu invalid, want %zu", enc, piece, bad, want_bad);
	}
	gw_buf_free(&out);
}

/* A decoder that chose UTF-8 on ASCII alone decides again at the first
 * non-ASCII bytes, however the input is cut into pieces. */
static void tentative(const char *s, size_t n, const char *want, const char *want_from)
{
	struct gw_buf out = { 0 };
	for (size_t piece = 1; piece <= n + 1; piece++) {
		struct gw_decoder d;
		gw_buf_clear(&out);
		gw_decoder_open(&d, "UTF-8");
		d.tentative = 1;
		for (size_t i = 0;; i += piece) {
			size_t k = n - i < piece ? n - i : piece;
			gw_decoder_feed(&d, s + i, k, i + k >= n, &out);
			if (i + k >= n)
				break;
		}
		CHECK(out.len == strlen(want) && memcmp(out.p, want, out.len) == 0,
		    "tentative piece %zu: got '%.*s' want '%s'", piece, (int)out.len, out.p, want);
		CHECK(d.invalid == 0, "tentative piece %zu: %zu invalid", piece, d.invalid);
		CHECK(strcmp(d.from, want_from) == 0, "tentative piece %zu: read as %s, want %s",
		    piece, d.from, want_from);
		gw_decoder_close(&d);
	}
	gw_buf_free(&out);
}

static void detect(const char *s, size_t n, const char *want, const char *want_how)
{
	const char *how;
	size_t bom;
	const char *e = gw_enc_detect(s, n, 1, &how, &bom);
	CHECK(strcmp(e, want) == 0 && strcmp(how, want_how) == 0,
	    "detect: got %s by %s, want %s by %s", e, how, want, want_how);
}

static void norm(const char *in, const char *want)
{
	struct gw_buf out = { 0 };
	gw_norm_line(in, strlen(in), &out);
	CHECK(out.len == strlen(want) && memcmp(out.p, want, out.len) == 0,
	    "norm '%s': got '%s' want '%s'", in, out.p, want);
	gw_buf_free(&out);
}

int main(void)
{
	/* 政府工作报告，增长6.5%。 in GB18030, UTF-16LE, UTF-8 */
	const char utf8[] = "\xe6\x94\xbf\xe5\xba\x9c\xe5\xb7\xa5\xe4\xbd\x9c\xe6\x8a\xa5\xe5\x91\x8a"
	    "\xef\xbc\x8c\xe5\xa2\x9e\xe9\x95\xbf" "6.5%\xe3\x80\x82";
	const char gb[] = "\xd5\xfe\xb8\xae\xb9\xa4\xd7\xf7\xb1\xa8\xb8\xe6\xa3\xac\xd4\xf6\xb3\xa4"
	    "6.5%\xa1\xa3";
	pieces("GB18030", gb, sizeof gb - 1, utf8, 0);
	pieces("UTF-8", utf8, sizeof utf8 - 1, utf8, 0);
	const char u16[] = "\x3f\x65\x9c\x5e\x0c\xff" "6\0.\0";
	pieces("UTF-16LE", u16, sizeof u16 - 1, "\xe6\x94\xbf\xe5\xba\x9c\xef\xbc\x8c" "6.", 0);

	/* invalid bytes: each becomes U+FFFD and is counted */
	pieces("UTF-8", "a\xff" "b\xe6\x94", 5, "a\xef\xbf\xbd" "b\xef\xbf\xbd\xef\xbf\xbd", 3);
	pieces("GB18030", "a\xff" "b", 3, "a\xef\xbf\xbd" "b", 1);
	/* a lead byte at the very end is incomplete, not waiting forever */
	pieces("GB18030", "ab\xd5", 3, "ab\xef\xbf\xbd", 1);

	/* ASCII first, then GB18030 (or UTF-8): each read as what it is */
	{
		struct gw_buf in = { 0 }, want = { 0 };
		gw_buf_adds(&in, "ascii start\n"), gw_buf_adds(&want, "ascii start\n");
		for (int i = 0; i < 6; i++)
			gw_buf_add(&in, gb, sizeof gb - 1), gw_buf_add(&want, utf8, sizeof utf8 - 1);
		tentative(in.p, in.len, want.p, "GB18030");
		tentative(want.p, want.len, want.p, "UTF-8");
		tentative("only ascii", 10, "only ascii", "UTF-8");
		gw_buf_free(&in), gw_buf_free(&want);
	}

	/* Enough non-ASCII text decides (issue 15): the judge's sample ends
	 * at the same byte however the input is cut, GB18030 after a short
	 * UTF-8-looking start is still GB18030. */
	{
		struct gw_buf in = { 0 }, want = { 0 };
		gw_buf_adds(&in, "menu\n"), gw_buf_adds(&want, "menu\n");
		for (int i = 0; i < 60; i++)
			gw_buf_add(&in, gb, sizeof gb - 1), gw_buf_add(&want, utf8, sizeof utf8 - 1);
		tentative(in.p, in.len, want.p, "GB18030");
		gw_buf_free(&in), gw_buf_free(&want);
	}
	detect("\xcf\xd8\xb7\xa2\xb8\xc4\xbe\xd6", 8, "GB18030", "default");   /* 县发改局 */
	{
		/* UTF-8 opening with a truncated sequence: UTF-8, two bytes to repair */
		struct gw_buf in = { 0 };
		gw_buf_adds(&in, "\xe5\xa2");
		gw_buf_add(&in, utf8, sizeof utf8 - 1);
		detect(in.p, in.len, "UTF-8", "utf-8");
		gw_buf_free(&in);
	}
	/* a utf-16 label on ASCII-compatible bytes reads as UTF-8 (WHATWG);
	 * an iso-8859-1 label on bytes GB18030 reads cleanly as Chinese loses */
	const char u16label[] = "<meta charset=\"utf-16\">\xe6\x94\xbf\xe5\xba\x9c\xe5\xb7\xa5\xe4\xbd\x9c";
	detect(u16label, sizeof u16label - 1, "UTF-8", "utf-8");
	const char latin[] = "<meta charset=\"iso-8859-1\">\xd5\xfe\xb8\xae\xb9\xa4\xd7\xf7\xb1\xa8\xb8\xe6";
	{
		const char *h;
		size_t b;
		CHECK(strcmp(gw_enc_detect(latin, sizeof latin - 1, 1, &h, &b), "GB18030") == 0,
		    "GBK labelled iso-8859-1 read as %s by %s", gw_enc_detect(latin, sizeof latin - 1, 1, &h, &b), h);
	}

	detect("\xef\xbb\xbf" "abc", 6, "UTF-8", "bom");
	detect("\xff\xfe" "a\0", 4, "UTF-16LE", "bom");
	detect("\xfe\xff\0a", 4, "UTF-16BE", "bom");
	detect("a\0b\0c\0d\0e\0f\0", 12, "UTF-16LE", "utf-16-nul");
	detect("\0a\0b\0c\0d\0e\0f", 12, "UTF-16BE", "utf-16-nul");
	detect(utf8, sizeof utf8 - 1, "UTF-8", "utf-8");
	const char meta[] = "<html><head><meta charset=\"gb2312\"></head><body>\xd5\xfe\xb8\xae</body>";
	detect(meta, sizeof meta - 1, "GB18030", "meta");
	const char meta2[] = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">\xac\x46";
	detect(meta2, sizeof meta2 - 1, "BIG5-HKSCS", "meta");
	/* charset= in the text is not a declaration */
	const char nometa[] = "charset=big5 \xd5\xfe\xb8\xae\xb9\xa4\xd7\xf7\xb1\xa8\xb8\xe6";
	const char *how;
	size_t bom;
	CHECK(strcmp(gw_enc_detect(nometa, sizeof nometa - 1, 1, &how, &bom), "BIG5-HKSCS") != 0 ||
	    strcmp(how, "meta") != 0, "charset= outside a tag taken as meta");
	CHECK(strcmp(gw_enc_canonical("gbk", 3), "GB18030") == 0, "gbk -> GB18030");
	CHECK(strcmp(gw_enc_canonical("GB2312", 6), "GB18030") == 0, "GB2312 -> GB18030");
	CHECK(gw_enc_canonical("no-such-thing", 13) == NULL, "unknown encoding accepted");

	norm("\xef\xbc\x92\xef\xbc\x90\xef\xbc\x85", "20%");                  /* ２０％ */
	norm("\xef\xbc\xa7\xef\xbc\xa4\xef\xbc\xb0\xef\xbc\x8e", "GDP.");      /* ＧＤＰ． */
	norm("\xef\xbc\x8c\xef\xbc\x9a\xef\xbc\x88\xef\xbc\x89",              /* ，：（） stay */
	    "\xef\xbc\x8c\xef\xbc\x9a\xef\xbc\x88\xef\xbc\x89");
	norm("\xe2\x91\xa0", "\xe2\x91\xa0");                                   /* ① stays */
	norm("\xe3\x80\x80\xe3\x80\x80" "a\xc2\xa0" "b\xe2\x80\x8b" "c\xef\xbb\xbf ", "a bc");
	norm("", "");

	if (fails)
		printf("%d failures\n", fails);
	return fails != 0;
}
