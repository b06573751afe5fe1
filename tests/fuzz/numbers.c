/* gw-numbers' number grammar (lib/numbers/numeral.c, lib/core/decimal.c,
 * lib/numbers/quantity.c), with the tables the tool loads (units, qualifiers,
 * not-numbers from share/gongwen). Byte 0 picks --all and a decimal
 * exponent; the rest, repaired to valid UTF-8 as the reader would, is
 * text whose lines are paragraphs.
 * Properties: every row's span is non-empty, inside the paragraph, on
 * character boundaries and inside its clause; value, low and high are
 * plain decimals (or empty); gw_numeral_parse at any character reads a
 * whole number of characters and never past the end; exact decimals
 * agree with 128-bit integer arithmetic where that can hold the result,
 * and format the way the design asks (no exponent, no trailing zeros). */
#include "fuzz.h"
#include "core/buf.h"
#include "core/decimal.h"
#include "numbers/numeral.h"
#include "core/patterns.h"
#include "stream/fatal.h"
#include "numbers/quantity.h"
#include "core/utf8.h"

static struct gw_qty_tables tab;
static int loaded;

static int plain_decimal(const char *s, size_t n)
{
	size_t i = 0, d = 0;
	if (n == 0) return 1;
	if (s[0] == '-') i++;
	while (i < n && s[i] >= '0' && s[i] <= '9') i++, d++;
	if (!d) return 0;
	if (i == n) return 1;
	if (s[i++] != '.' || i == n) return 0;
	while (i < n && s[i] >= '0' && s[i] <= '9') i++;
	return i == n && s[n - 1] != '0';
}

static int iso(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || s[i] == '-' || s[i] == ':' || s[i] == 'T'))
			return 0;
	return 1;
}

static void row(void *arg, const struct gw_qty *q, const char *text, size_t n)
{
	(void)arg;
	CHECK(q->b0 < q->b1 && q->b1 <= n, "span %zu..%zu of %zu", q->b0, q->b1, n);
	CHECK(q->c0 <= q->b0 && q->b1 <= q->c1 && q->c1 <= n, "clause %zu..%zu around span %zu..%zu of %zu",
	    q->c0, q->c1, q->b0, q->b1, n);
	CHECK(gw_utf8_valid(text + q->b0, q->b1 - q->b0), "span cut inside a character");
	CHECK(gw_utf8_valid(text + q->c0, q->c1 - q->c0), "clause cut inside a character");
	CHECK(q->kind && *q->kind, "no kind");
	/* Dates and times are written as ISO 8601 (2022-01-30, 14:30,
	 * 2021-01-21T08:50). */
	int when = !strcmp(q->kind, "date") || !strcmp(q->kind, "time");
	CHECK(when ? iso(q->value.p, q->value.len) : plain_decimal(q->value.p, q->value.len),
	    "%s value '%.*s'", q->kind, (int)q->value.len, q->value.p);
	CHECK(when ? iso(q->low.p, q->low.len) : plain_decimal(q->low.p, q->low.len), "low '%.*s'", (int)q->low.len, q->low.p);
	CHECK(when ? iso(q->high.p, q->high.len) : plain_decimal(q->high.p, q->high.len), "high '%.*s'", (int)q->high.len, q->high.p);
	CHECK(q->unitlen == 0 || gw_utf8_valid(q->unit, q->unitlen), "unit not UTF-8");
}

static void fmt128(unsigned __int128 v, struct gw_buf *o)
{
	char t[48];
	int i = sizeof t;
	do { t[--i] = (char)('0' + (int)(v % 10)); v /= 10; } while (v);
	gw_buf_add(o, t + i, sizeof t - (size_t)i);
}

/* The design's plain notation of digits d * 10^exp. */
static void ref_format(const char *d, size_t n, long exp, struct gw_buf *o)
{
	while (n && *d == '0') d++, n--;
	if (!n) { gw_buf_adds(o, "0"); return; }
	if (exp >= 0) {
		gw_buf_add(o, d, n);
		for (long i = 0; i < exp; i++) gw_buf_addc(o, '0');
		return;
	}
	size_t frac = (size_t)-exp;
	if (frac >= n) {
		gw_buf_adds(o, "0.");
		for (size_t i = n; i < frac; i++) gw_buf_addc(o, '0');
		gw_buf_add(o, d, n);
	} else {
		gw_buf_add(o, d, n - frac);
		gw_buf_addc(o, '.');
		gw_buf_add(o, d + n - frac, frac);
	}
	if (memchr(o->p, '.', o->len)) {
		while (o->p[o->len - 1] == '0') o->len--;
		if (o->p[o->len - 1] == '.') o->len--;
		o->p[o->len] = 0;
	}
}

static void decimals(const char *in, size_t n, long exp)
{
	/* The input's digits, cut into two numbers of at most 18 digits. */
	char dg[40];
	size_t k = 0;
	for (size_t i = 0; i < n && k < 36; i++)
		if (in[i] >= '0' && in[i] <= '9') dg[k++] = in[i];
	size_t ka = k / 2, kb = k - ka;
	struct gw_dec a = {0}, b = {0}, r = {0};
	struct gw_buf got = {0}, want = {0};
	gw_dec_set_digits(&a, dg, ka, exp);
	gw_dec_format(&a, &got);
	ref_format(dg, ka, exp, &want);
	CHECK(got.len == want.len && !memcmp(got.p, want.p, got.len), "format '%.*s' e%ld: '%s', expected '%s'",
	    (int)ka, dg, exp, got.p, want.p);
	unsigned __int128 va = 0, vb = 0;
	for (size_t i = 0; i < ka; i++) va = va * 10 + (unsigned)(dg[i] - '0');
	for (size_t i = 0; i < kb; i++) vb = vb * 10 + (unsigned)(dg[ka + i] - '0');
	gw_dec_set_digits(&a, dg, ka, 0);
	gw_dec_set_digits(&b, dg + ka, kb, 0);
	gw_dec_mul(&r, &a, &b);
	gw_buf_clear(&got); gw_buf_clear(&want);
	gw_dec_format(&r, &got);
	fmt128(va * vb, &want);
	CHECK(got.len == want.len && !memcmp(got.p, want.p, got.len), "mul: '%s', expected '%s'", got.p, want.p);
	gw_dec_add(&a, &b);
	gw_buf_clear(&got); gw_buf_clear(&want);
	gw_dec_format(&a, &got);
	fmt128(va + vb, &want);
	CHECK(got.len == want.len && !memcmp(got.p, want.p, got.len), "add: '%s', expected '%s'", got.p, want.p);
	gw_dec_free(&a); gw_dec_free(&b); gw_dec_free(&r);
	gw_buf_free(&got); gw_buf_free(&want);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	if (!loaded) {
		struct gw_error qerr;
		CHECK(gw_qty_load_units(&tab, gw_datafile("units.txt"), &qerr) == 0, "%s", qerr.msg);
		CHECK(gw_qty_load_quals(&tab, gw_datafile("qualifiers.txt"), &qerr) == 0, "%s", qerr.msg);
		CHECK(gw_qty_load_nots(&tab, gw_datafile("not-numbers.txt"), &qerr) == 0, "%s", qerr.msg);
		CHECK(gw_qty_load_words(&tab, gw_datafile("number-words.txt"), &qerr) == 0, "%s", qerr.msg);
		gw_qty_tables_ready(&tab);
		loaded = 1;
	}
	unsigned ctl = data[0];
	struct gw_buf text = {0};
	gw_utf8_repair((const char *)data + 1, size - 1, &text);
	decimals(text.p, text.len, (long)(ctl >> 1 & 15) - 8);

	struct gw_qty_scan sc;
	gw_qty_scan_init(&sc, &tab, ctl & 1);
	sc.emit = row;
	sc.arg = NULL;
	struct gw_numeral nm = {0};
	for (size_t at = 0; at < text.len;) {
		const char *s = text.p + at;
		const char *nl = memchr(s, '\n', text.len - at);
		size_t l = nl ? (size_t)(nl - s) : text.len - at;
		gw_qty_scan_text(&sc, s, l);
		for (size_t i = 0; i < l;) {
			size_t m = gw_numeral_parse(s + i, l - i, &nm, NULL, NULL);
			CHECK(m <= l - i, "numeral of %zu bytes with %zu left", m, l - i);
			CHECK(gw_utf8_valid(s + i, m), "numeral cut inside a character");
			if (m) {
				struct gw_buf f = {0};
				gw_dec_format(&nm.val, &f);
				CHECK(plain_decimal(f.p, f.len), "numeral value '%s'", f.p);
				gw_buf_free(&f);
			}
			uint32_t cp;
			i += (size_t)gw_utf8_decode((const unsigned char *)s + i, &cp);
		}
		at += l + 1;
	}
	gw_numeral_free(&nm);
	gw_qty_scan_free(&sc);
	gw_buf_free(&text);
	return 0;
}
