/* UTF-8: validate once, repair invalid bytes to U+FFFD, walk code points.
 * After validation the tools match with PCRE2_NO_UTF_CHECK. */
#ifndef GW_UTF8_H
#define GW_UTF8_H
#include <stddef.h>
#include <stdint.h>
#include "buf.h"

/* 1 if s[0..n) is well-formed UTF-8 (no overlongs, surrogates or values
 * past U+10FFFF). */
int gw_utf8_valid(const char *s, size_t n);
/* Append s to out with every invalid byte replaced by U+FFFD (EF BF BD);
 * returns the number of bytes replaced. */
size_t gw_utf8_repair(const char *s, size_t n, struct gw_buf *out);
/* A document id from a file name or --doc: name itself when it is valid
 * UTF-8, else a copy repaired in fix (NUL-ended); *bad gets the bytes
 * replaced, which the caller reports (output is UTF-8, names too). */
const char *gw_utf8_name(const char *name, struct gw_buf *fix, size_t *bad);
/* Decode one code point at s (which must be valid); returns its length. */
static inline int gw_utf8_decode(const unsigned char *s, uint32_t *cp)
{
	unsigned c = s[0];
	if (c < 0x80) { *cp = c; return 1; }
	if (c < 0xE0) { *cp = ((c & 0x1F) << 6) | (s[1] & 0x3F); return 2; }
	if (c < 0xF0) { *cp = ((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F); return 3; }
	*cp = ((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
	return 4;
}
/* Encode cp at out (room for 4); returns its length. */
int gw_utf8_encode(uint32_t cp, char *out);
/* Number of code points in valid s[0..n): the offsets DESIGN.md asks for. */
size_t gw_utf8_count(const char *s, size_t n);

/* 1 when the machine runs AVX2 (asked once): the wide loops of core
 * and of the engines are chosen with it at run time, the portable ones
 * otherwise. Always 0 where the build is not for x86-64 with GCC or Clang. */
int gw_have_avx2(void);

/* Code-point offsets of byte offsets asked mostly in text order (rows of
 * a paragraph): each is counted from the one before, from the start only
 * when an offset goes back. Reset it for each new text. */
struct gw_cpcursor { size_t b, c; };
size_t gw_cpcursor_at(struct gw_cpcursor *k, const char *text, size_t b);
#endif
