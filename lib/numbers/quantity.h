/* Quantities in a paragraph: numerals (numeral.h) with the unit after
 * them, the qualifiers around them, ranges, years, dates, ordinals and
 * percentages; and what is not a quantity (slogans, road numbers,
 * idioms). The unit, qualifier and not-a-number tables are data files
 * (share/gongwen/units.txt, qualifiers.txt, not-numbers.txt). */
#ifndef GW_QUANTITY_H
#define GW_QUANTITY_H
#include <stddef.h>
#include <stdint.h>
#include "core/buf.h"
#include "core/decimal.h"
#include "core/error.h"
#include "numeral.h"

struct gw_qty_unit {
	char *w; size_t wl;        /* as written */
	char *canon;               /* canonical unit */
	struct gw_dec scale;          /* value in canon = number * scale */
	char *kind;                /* kind of the row: quantity, percent, ppoint */
	int atomic;                /* starts with a scale word it keeps (千瓦) */
	int currency;              /* kind currency in the file: named before the number too */
	uint32_t cp0;
	uint64_t head, headmask;   /* its first eight bytes (fewer: the mask), a
	                              word compare before memcmp */
	size_t seq;                /* load order: a later file's unit wins (-u) */
};
struct gw_qty_qual {
	char *w; size_t wl;
	int before;                /* written before the number */
	int bound;                 /* QB_* */
	uint32_t first3, last3;    /* cheap key before memcmp */
};
enum { QB_NONE, QB_LOW, QB_HIGH, QB_APPROX, QB_NOT };  /* QB_NOT: a word that ends (starts) like one and is none (签约) */
struct gw_qty_not {               /* a word whose numeral is not a number */
	char *w; size_t wl;
	uint64_t head, headmask;   /* as gw_qty_unit's */
	int name;                  /* kind name (slogan, 十四五) rather than idiom */
};
/* A candidate start inside a not-number word: its code point, the code
 * point after it in the word (0 at the end), where it is in the word. */
struct gw_qty_notref { uint32_t cp, next; size_t off; size_t ent; };

/* The word lists of number-words.txt, by class */
enum { QW_MEASURE, QW_ORDINAL, QW_MONTH_PART, QW_YEAR_PART, QW_ROAD, QW_CONGRESS, QW_BOUND_JOIN, QW_SESSION,
       QW_MEETING, QW_YEAR_NAME_BEFORE, QW_YEAR_NAME_AFTER,
       QW_INSTITUTION, QW_NOT_CLOCK, QW_PM, QW_PEOPLE, QW_PEOPLE_COUNT, QW_PLAN, QW_NCLASS };
struct gw_qty_word { const char *w; size_t l; };
struct gw_qty_words {
	struct gw_qty_word *w; size_t n, cap;  /* longest first once ready */
	uint64_t first, last;               /* bits of the last byte of each word's
	                                       first / last character, & 63 */
};

struct gw_qty_tables {
	struct gw_qty_unit *u; size_t nu, capu;
	size_t *ubucket;           /* first index per hash bucket, units sorted */
	struct gw_qty_qual *q; size_t nq, capq;
	size_t *qa, qa_start[65];  /* after-qualifiers by first code point % 64 */
	size_t *qb, qb_start[65];  /* before-qualifiers by last code point % 64 */
	size_t *qf, qf_start[65];  /* before-qualifiers by first code point % 64 */
	uint64_t qkey_a[64], qkey_b[64]; /* bits of the first two bytes of the
	                               after-qualifiers, of the last two of the
	                               before-qualifiers, (b0 & 63) << 6 | (b1 & 63):
	                               a text that has none there has no qualifier */
	int qkey_a_off, qkey_b_off;  /* a qualifier of one byte: no such test */
	struct gw_qty_not *x; size_t nx, capx;
	struct gw_qty_notref *xr; size_t nxr, capxr;
	struct gw_qty_notgroup { uint32_t cp, next; size_t from, to; } *xg;  /* hash of xr runs */
	size_t xgmask;
	struct gw_qty_words words[QW_NCLASS];
	const struct gw_qty_unit **cur; size_t ncur;  /* the currencies, longest first */
	uint8_t start[0x10000 / 8]; /* BMP code points that may start a candidate */
	uint64_t start3[0x4000];    /* the same for 3-byte sequences, by their bits:
	                               [lead | (2nd & 0x3F) << 8] >> (3rd & 0x3F), an
	                               index the first two bytes give with one mask;
	                               all bits set where lead is not E0-EF, so that a
	                               scan stops there too */
	uint8_t nib[2][3][2][16];   /* the wide scan's filter, two sets of eight
	                               buckets: for the 1st, 2nd and 3rd byte of a
	                               character, by its low and high nibble, the
	                               buckets of starts that may have it */
};

/* Load a units / qualifiers / not-numbers file (TAB-separated fields,
 * core/datafile.h). Returns 0; -1 with err naming FILE:LINE for a line
 * refused; -2 with err for a file that cannot be read. */
int gw_qty_load_units(struct gw_qty_tables *t, const char *path, struct gw_error *err);
int gw_qty_load_quals(struct gw_qty_tables *t, const char *path, struct gw_error *err);
int gw_qty_load_nots(struct gw_qty_tables *t, const char *path, struct gw_error *err);
/* number-words.txt: word TAB class (measure, ordinal, month-part, ...) */
int gw_qty_load_words(struct gw_qty_tables *t, const char *path, struct gw_error *err);
/* Call once after loading. */
void gw_qty_tables_ready(struct gw_qty_tables *t);
/* Free what the loaders and gw_qty_tables_ready allocated. */
void gw_qty_tables_free(struct gw_qty_tables *t);

/* One row. Offsets are bytes into the paragraph; the caller turns them
 * into code points. */
struct gw_qty {
	size_t b0, b1;             /* span */
	size_t c0, c1;             /* clause */
	struct gw_buf value, low, high, qual;
	const char *unit; size_t unitlen;
	const char *kind;
	const char *rule;           /* the rule that made the row (gw-numbers --label) */
};

struct gw_qty_scan {
	const struct gw_qty_tables *t;
	int all;                   /* --all: bare numerals and names too */
	struct gw_numeral a, b;
	struct gw_dec v, w;
	struct gw_qty q;
	char unitbuf[64];
	struct gw_buf tmp;         /* scratch for one part of a row's value */
	struct gw_qty_qual qv; char qvbuf[64];  /* a qualifier with a copula: 至少为 */
	/* the last clause found, reused by the rows after it in the same
	 * clause: its raw ends, the end of the span it was found for */
	const char *cl_s; size_t cl_c0, cl_c1, cl_b1; int cl_ok;
	const char *rule;          /* the rule being tried */
	void (*emit)(void *arg, const struct gw_qty *q, const char *text, size_t n);
	void *arg;
};
void gw_qty_scan_init(struct gw_qty_scan *sc, const struct gw_qty_tables *t, int all);
void gw_qty_scan_text(struct gw_qty_scan *sc, const char *s, size_t n);
void gw_qty_scan_free(struct gw_qty_scan *sc);
#endif
