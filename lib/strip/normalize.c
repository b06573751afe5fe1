#include "normalize.h"
#include "core/utf8.h"

#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Full-width forms kept as written: they are the Chinese punctuation
 * marks themselves (，not a stand-in for ','). */
static int keep_fullwidth(uint32_t cp)
{
	switch (cp) {
	case 0xFF01: case 0xFF02: case 0xFF07: case 0xFF08: case 0xFF09:
	case 0xFF0C: case 0xFF1A: case 0xFF1B: case 0xFF1F: case 0xFF3B:
	case 0xFF3D: case 0xFF5B: case 0xFF5D: case 0xFF5E:
		return 1;
	}
	return 0;
}

static void trim_into(const char *s, size_t n, struct gw_buf *out)
{
	while (n && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	gw_buf_add(out, s, n);
}

void gw_trim_line(const char *s, size_t n, struct gw_buf *out)
{
	trim_into(s, n, out);
}

/* 1 if the map changes the character at p (valid UTF-8, a lead byte
 * that special() accepts), from its bytes: it runs for every Chinese
 * punctuation mark, nearly all of which stay. */
static inline int changes(const unsigned char *p)
{
	switch (p[0]) {
	case 0xC2:   /* U+00A0 */
		return p[1] == 0xA0;
	case 0xE1:   /* U+1680 */
		return p[1] == 0x9A && p[2] == 0x80;
	case 0xE2:   /* U+2000-U+200D, U+202F; U+205F, U+2060 */
		if (p[1] == 0x80)
			return p[2] <= 0x8D || p[2] == 0xAF;
		return p[1] == 0x81 && (p[2] == 0x9F || p[2] == 0xA0);
	case 0xE3:   /* U+3000 */
		return p[1] == 0x80 && p[2] == 0x80;
	case 0xEF:   /* U+FEFF; U+FF01-U+FF3F; U+FF40-U+FF5E */
		if (p[1] == 0xBB)
			return p[2] == 0xBF;
		if (p[1] == 0xBC)
			return p[2] != 0x80 && !keep_fullwidth(0xFF00 + (p[2] - 0x80u));
		if (p[1] == 0xBD)
			return p[2] <= 0x9E && !keep_fullwidth(0xFF40 + (p[2] - 0x80u));
		return 0;
	}
	return 0;
}

/* Lead bytes of every character the map can change: C2 (NBSP), E1
 * (U+1680), E2 (U+2000-U+206F), E3 (U+3000), EF (U+FEFF, U+FF01-FF5E).
 * None is a continuation byte, so a match is always a lead. */
static int special(unsigned c)
{
	return c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3 || c == 0xEF;
}

/* The first character from p on that the map changes (e if none). Most
 * lines have none, but nearly all have the Chinese punctuation that
 * shares those lead bytes (，。：（）are EF and E3 sequences), so the
 * leads are found sixteen bytes at a time and each one checked. */
static const unsigned char *next_special(const unsigned char *p, const unsigned char *e)
{
#ifdef __SSE2__
	const __m128i c2 = _mm_set1_epi8((char)0xC2), e1 = _mm_set1_epi8((char)0xE1),
	    e2 = _mm_set1_epi8((char)0xE2), e3 = _mm_set1_epi8((char)0xE3),
	    ef = _mm_set1_epi8((char)0xEF);
	while (e - p >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)p);
		__m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, c2), _mm_cmpeq_epi8(v, e1)),
		    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, e2), _mm_cmpeq_epi8(v, e3)),
		    _mm_cmpeq_epi8(v, ef)));
		unsigned bits = (unsigned)_mm_movemask_epi8(m);
		while (bits) {
			const unsigned char *q = p + __builtin_ctz(bits);
			if (changes(q))
				return q;
			bits &= bits - 1;
		}
		p += 16;
	}
#endif
	for (; p < e; p++)
		if (special(*p) && changes(p))
			return p;
	return e;
}

long gw_norm_same(const char *s, size_t n)
{
	if (n && (s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t'))
		return -1;
	const unsigned char *p = (const unsigned char *)s;
	return next_special(p, p + n) == p + n ? (long)n : -1;
}

void gw_norm_line(const char *s, size_t n, struct gw_buf *out)
{
	size_t start = out->len;
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	gw_buf_reserve(out, n);
	while (p < e) {
		const unsigned char *q = next_special(p, e);
		if (q > p) {
			memcpy(out->p + out->len, p, (size_t)(q - p));
			out->len += (size_t)(q - p);
			p = q;
			if (p == e)
				break;
		}
		uint32_t cp;
		int k = gw_utf8_decode(p, &cp);
		if (cp >= 0xFF01 && cp <= 0xFF5E && !keep_fullwidth(cp))
			out->p[out->len++] = (char)(cp - 0xFEE0);
		else if (cp == 0x3000 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
		    cp == 0x202F || cp == 0x205F)
			out->p[out->len++] = ' ';
		else if ((cp >= 0x200B && cp <= 0x200D) || cp == 0xFEFF || cp == 0x2060)
			;
		else {
			memcpy(out->p + out->len, p, (size_t)k);
			out->len += (size_t)k;
		}
		p += k;
	}
	out->p[out->len] = 0;
	/* trim in place */
	char *b = out->p + start;
	size_t m = out->len - start, i = 0;
	while (i < m && (b[i] == ' ' || b[i] == '\t'))
		i++;
	while (m > i && (b[m - 1] == ' ' || b[m - 1] == '\t'))
		m--;
	memmove(b, b + i, m - i);
	out->len = start + m - i;
	out->p[out->len] = 0;
}
