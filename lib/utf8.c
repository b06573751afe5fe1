#include "utf8.h"

#include <string.h>

/* Length of the valid sequence at s (at most n bytes), 0 if invalid. */
static size_t seqlen(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	if (c < 0x80)
		return 1;
	if (c < 0xC2)
		return 0;
	if (c < 0xE0)
		return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c < 0xF0) {
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE0 && s[1] < 0xA0)
			return 0; /* overlong */
		if (c == 0xED && s[1] >= 0xA0)
			return 0; /* surrogate */
		return 3;
	}
	if (c < 0xF5) {
		if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
		    (s[3] & 0xC0) != 0x80)
			return 0;
		if (c == 0xF0 && s[1] < 0x90)
			return 0;
		if (c == 0xF4 && s[1] >= 0x90)
			return 0;
		return 4;
	}
	return 0;
}

/* w as read from memory in little-endian order */
static inline uint64_t le64(uint64_t w)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return __builtin_bswap64(w);
#else
	return w;
#endif
}

/* Skip ASCII eight bytes at a time: most of a line's bytes in mixed text. */
static size_t ascii_run(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i + 8 <= n) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if (w & 0x8080808080808080ULL)
			break;
		i += 8;
	}
	while (i < n && s[i] < 0x80)
		i++;
	return i;
}

/* Eight bytes of w (little-endian order) hold only three-byte sequences
 * without special cases, placed as mask m and pattern p say (F0/E0 at a
 * lead, C0/80 at a continuation byte); lead bytes' low nibbles are at
 * nib, and one is the 01 bytes there. A lead's nibble must be neither 0
 * (E0) nor D (ED): a zero byte in x or in x ^ D shows as a borrow into
 * that byte's top bit (a borrow also marks the bytes above it, which
 * only matters when a sequence was bad anyway). */
static inline int plain3(uint64_t w, uint64_t m, uint64_t p, uint64_t nib, uint64_t one)
{
	uint64_t x = w & nib, y = x ^ (one * 0x0D);
	return (w & m) == p && !(((x - one) | (y - one)) & (one << 7));
}

int utf8_valid(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	while (i < n) {
		unsigned c = s[i];
		if (c < 0x80) {
			i += ascii_run(s + i, n - i);
			continue;
		}
		/* Chinese text is mostly three-byte sequences with no special
		 * cases: take those without the general checks, two at a
		 * time while they last (lead E1..EC or EE..EF -- full-width
		 * punctuation is EF --, then two 10xxxxxx). */
		while (i + 24 <= n) {
			/* eight characters: three words, leads at 0 3 6 | 1 4 7 | 2 5 */
			uint64_t w0, w1, w2;
			memcpy(&w0, s + i, 8);
			memcpy(&w1, s + i + 8, 8);
			memcpy(&w2, s + i + 16, 8);
			if (!plain3(le64(w0), 0xC0F0C0C0F0C0C0F0ULL, 0x80E08080E08080E0ULL,
			        0x000F00000F00000FULL, 0x0001000001000001ULL) ||
			    !plain3(le64(w1), 0xF0C0C0F0C0C0F0C0ULL, 0xE08080E08080E080ULL,
			        0x0F00000F00000F00ULL, 0x0100000100000100ULL) ||
			    !plain3(le64(w2), 0xC0C0F0C0C0F0C0C0ULL, 0x8080E08080E08080ULL,
			        0x00000F00000F0000ULL, 0x0000010000010000ULL))
				break;
			i += 24;
		}
		while (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if (!plain3(le64(w), 0xC0C0F0C0C0F0ULL, 0x8080E08080E0ULL, 0x0F00000FULL, 0x01000001ULL))
				break;
			i += 6;
		}
		if (i >= n)
			break;
		c = s[i];
		if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 2 < n &&
		    ((s[i + 1] & 0xC0) | ((s[i + 2] & 0xC0) >> 2)) == 0xA0) {
			i += 3;
			continue;
		}
		size_t k = seqlen(s + i, n - i);
		if (!k)
			return 0;
		i += k;
	}
	return 1;
}

size_t utf8_repair(const char *str, size_t n, struct gw_buf *out)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, bad = 0;
	buf_reserve(out, n + 16);
	while (i < n) {
		size_t a = ascii_run(s + i, n - i);
		size_t k = a ? a : seqlen(s + i, n - i);
		if (k) {
			buf_add(out, s + i, k);
			i += k;
		} else {
			buf_add(out, "\xEF\xBF\xBD", 3);
			bad++;
			i++;
		}
	}
	return bad;
}

int utf8_encode(uint32_t cp, char *o)
{
	if (cp < 0x80) { o[0] = (char)cp; return 1; }
	if (cp < 0x800) {
		o[0] = (char)(0xC0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (char)(0xE0 | (cp >> 12));
		o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (char)(0xF0 | (cp >> 18));
	o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t utf8_count(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += (s[i] & 0xC0) != 0x80;
	return c;
}
