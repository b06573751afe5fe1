/* The numeral grammar shared by every mode of gw-numbers: Arabic numbers
 * (ASCII or full-width digits, thousands separators , and ，, a decimal
 * point), Chinese numerals in everyday (一百二十), financial (壹佰贰拾)
 * and digit-by-digit (二〇二二) form, 点 for the decimal point, and the
 * scale words 十 百 千 万 亿 after either kind (1.5万, 3千万亿, 8500余万).
 * Values are exact decimals (decimal.h). */
#ifndef GW_NUMERAL_H
#define GW_NUMERAL_H
#include <stddef.h>
#include <stdint.h>
#include "core/decimal.h"

/* Character classes of the grammar. */
enum { NC_NONE, NC_DIGIT, NC_SMALL, NC_BIG, NC_POINT };
/* Class of the character at s (n bytes available); *len its length,
 * *v the digit or the power of ten of a scale word. Arabic digits are
 * NC_DIGIT with *arabic set. */
int gw_numeral_class(const unsigned char *s, size_t n, int *len, int *v, int *arabic);
/* The first code point from cp on (three-byte UTF-8, below 0x10000) that
 * is a Chinese numeral character of any class, 0x10000 if none. */
uint32_t gw_numeral_han_next(uint32_t cp);

/* Called at a scale word: 1 if a unit starts there that must be taken
 * whole (千瓦, 千克), so the scale word is not a multiplier. */
typedef int (*gw_numeral_unit_fn)(void *arg, const char *s, size_t n);

struct gw_numeral {
	struct gw_dec val;
	size_t len;        /* bytes read */
	int arabic;        /* has Arabic digits */
	int chinese;       /* has Chinese numeral characters */
	int direct;        /* Chinese digits read one by one (二〇二二) */
	int plain;         /* Arabic digits only: no separator, point or scale */
	int ndigits;       /* digits of a plain or direct reading */
	int point;         /* has a decimal point */
	int lead_point;    /* set by the caller: a leading point (.5) may start
	                      the numeral (the next parse only) */
	int lead_scale;    /* set by the caller: a scale word may start the
	                      numeral as one times it (百亿, 千万; the next
	                      parse only) */
	int scaled;        /* has a scale word */
	int approx;        /* 八九亿, 三五百: two digits, a range lo..val */
	struct gw_dec lo;
	int tail;          /* power of the scale word it ends with (三十万: 4), else 0 */
	size_t midq, midqlen; /* 余/多 between number and scale word (offset, bytes) */
	struct gw_dec t[5];   /* scratch */
};

/* Read the longest numeral at s[0..n). Returns its length in bytes (also
 * nm->len), 0 if none starts there. */
size_t gw_numeral_parse(const char *s, size_t n, struct gw_numeral *nm, gw_numeral_unit_fn atomic, void *arg);
/* Read only Arabic digits with separators and point (for dates, times). */
size_t gw_numeral_arabic(const char *s, size_t n, struct gw_numeral *nm);
void gw_numeral_free(struct gw_numeral *nm);
#endif
