/* UTF-8 validation and repair (lib/core/utf8.c), checked against a plain
 * reference decoder written from the Unicode table of well-formed byte
 * sequences (Unicode 15, table 3-7).
 * Properties: gw_utf8_valid agrees with the reference; repair output is
 * always valid; valid input comes back unchanged with nothing counted;
 * every replaced byte becomes exactly one U+FFFD and every valid sequence
 * is kept; gw_utf8_count, gw_utf8_decode and gw_utf8_encode agree on the result. */
#include "fuzz.h"
#include "core/utf8.h"
#include "core/buf.h"

/* Length of the well-formed sequence at s, 0 if none. */
static size_t ref_seq(const uint8_t *s, size_t n)
{
	uint8_t c = s[0];
	uint8_t lo = 0x80, hi = 0xBF;
	size_t len;
	if (c <= 0x7F) return 1;
	else if (c >= 0xC2 && c <= 0xDF) len = 2;
	else if (c == 0xE0) { len = 3; lo = 0xA0; }
	else if (c >= 0xE1 && c <= 0xEC) len = 3;
	else if (c == 0xED) { len = 3; hi = 0x9F; }
	else if (c >= 0xEE && c <= 0xEF) len = 3;
	else if (c == 0xF0) { len = 4; lo = 0x90; }
	else if (c >= 0xF1 && c <= 0xF3) len = 4;
	else if (c == 0xF4) { len = 4; hi = 0x8F; }
	else return 0;
	if (n < len || s[1] < lo || s[1] > hi) return 0;
	for (size_t i = 2; i < len; i++)
		if (s[i] < 0x80 || s[i] > 0xBF) return 0;
	return len;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	const char *in = (const char *)data;
	/* The reference repair, and whether the input is valid. */
	struct gw_buf want = {0};
	size_t wbad = 0, cps = 0;
	for (size_t i = 0; i < n;) {
		size_t k = ref_seq(data + i, n - i);
		if (k) { gw_buf_add(&want, data + i, k); i += k; }
		else { gw_buf_add(&want, "\xEF\xBF\xBD", 3); wbad++; i++; }
		cps++;
	}
	int valid = gw_utf8_valid(in, n);
	CHECK(valid == (wbad == 0), "gw_utf8_valid says %d, reference finds %zu bad bytes", valid, wbad);

	struct gw_buf got = {0};
	/* Append after a prefix: repair must add to what the buffer holds. */
	gw_buf_adds(&got, "x");
	size_t bad = gw_utf8_repair(in, n, &got);
	CHECK(bad == wbad, "repair counted %zu, reference %zu", bad, wbad);
	CHECK(got.len == want.len + 1 && got.p[0] == 'x' &&
	    memcmp(got.p + 1, want.p ? want.p : "", want.len) == 0, "repair output differs from reference");
	CHECK(got.p[got.len] == 0, "repair output not NUL-terminated");
	const char *out = got.p + 1;
	size_t olen = got.len - 1;
	CHECK(gw_utf8_valid(out, olen), "repair output not valid");
	if (valid)
		CHECK(olen == n && memcmp(out, in, n) == 0 && bad == 0, "valid input changed by repair");
	CHECK(olen == n + 2 * bad, "length %zu for %zu bytes with %zu replaced", olen, n, bad);

	/* Code points: count, and decode/encode give the bytes back. */
	CHECK(gw_utf8_count(out, olen) == cps, "gw_utf8_count %zu, expected %zu", gw_utf8_count(out, olen), cps);
	size_t k = 0;
	for (size_t i = 0; i < olen; k++) {
		uint32_t cp;
		int l = gw_utf8_decode((const unsigned char *)out + i, &cp);
		CHECK(l >= 1 && l <= 4 && (size_t)l <= olen - i, "decode length %d", l);
		CHECK(cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF), "decoded U+%X", (unsigned)cp);
		char e[4];
		int m = gw_utf8_encode(cp, e);
		CHECK(m == l && memcmp(e, out + i, (size_t)l) == 0, "encode(decode) differs at %zu", i);
		i += (size_t)l;
	}
	CHECK(k == cps, "walked %zu code points, expected %zu", k, cps);
	gw_buf_free(&want);
	gw_buf_free(&got);
	return 0;
}
