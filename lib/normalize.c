#include "normalize.h"
#include "utf8.h"

#include <stdint.h>
#include <string.h>

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
	buf_add(out, s, n);
}

void trim_line(const char *s, size_t n, struct gw_buf *out)
{
	trim_into(s, n, out);
}

/* Lead bytes of every character the map can change: C2 (NBSP), E1
 * (U+1680), E2 (U+2000-U+206F), E3 (U+3000), EF (U+FEFF, U+FF01-FF5E).
 * Everything else, ASCII and the CJK ideographs (E4-E9) above all, is
 * copied in runs without decoding. */
static unsigned char special[256];

static void init_special(void)
{
	special[0xC2] = special[0xE1] = special[0xE2] = special[0xE3] = special[0xEF] = 1;
	special[0] = 2;   /* marks the table as built */
}

/* The first byte from p on that may start a character the map changes
 * (e if none). The input is valid UTF-8, so the ideographs' lead bytes
 * E4-E9 skip their whole sequence and ASCII goes eight bytes at a time. */
static const unsigned char *next_special(const unsigned char *p, const unsigned char *e)
{
	while (p < e) {
		unsigned c = *p;
		if (c < 0x80) {
			while (p + 8 <= e) {
				uint64_t w;
				memcpy(&w, p, 8);
				if (w & 0x8080808080808080ULL)
					break;
				p += 8;
			}
			while (p < e && *p < 0x80)
				p++;
			continue;
		}
		if (c >= 0xE4 && c <= 0xE9 && p + 3 <= e) {
			p += 3;
			continue;
		}
		if (special[c] == 1)
			return p;
		p++;
	}
	return e;
}

long norm_same(const char *s, size_t n)
{
	if (!special[0])
		init_special();
	if (n && (s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t'))
		return -1;
	const unsigned char *p = (const unsigned char *)s;
	return next_special(p, p + n) == p + n ? (long)n : -1;
}

void norm_line(const char *s, size_t n, struct gw_buf *out)
{
	if (!special[0])
		init_special();
	size_t start = out->len;
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	buf_reserve(out, n);
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
		int k = utf8_decode(p, &cp);
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
