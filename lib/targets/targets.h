/* Targets and reported results in government work reports: which
 * indicator (share/gongwen/indicators.txt) a figure found by the
 * quantity engine (quantity.h) belongs to, what it measures, whether it
 * is this year's target, last year's result or a plan's goal, and the
 * government and year of the document. Words the engine reads around
 * the figures are in share/gongwen/target-words.txt.
 *
 * The engine keeps no process-wide state and never ends the process:
 * loading functions return -1 with the error in a struct gw_error, and all
 * state of a document is in struct targets. */
#ifndef GW_TARGETS_H
#define GW_TARGETS_H
#include <stddef.h>
#include <stdint.h>
#include "core/buf.h"
#include "numbers/quantity.h"
#include "core/wordtrie.h"
#include "core/error.h"

enum { TM_GROWTH = 1, TM_LEVEL = 2, TM_RATE = 4, TM_SHARE = 8, TM_POINTS = 16 };

struct gw_targets_ind {           /* one line of indicators.txt */
	char *id;
	int measures;              /* TM_* allowed */
	int deflt;                 /* the usual one */
	int parts[4], nparts;      /* line indexes of the parts' ids */
	char *partids;             /* as written, resolved by gw_targets_tables_ready */
};
struct gw_targets_word { int cls; int year; int rel; };

struct gw_targets_tables {
	struct gw_wordtrie names;     /* indicator names -> line index */
	struct gw_targets_ind *ind; size_t nind, capind;
	struct gw_wordtrie words;     /* cue words -> index into w */
	struct gw_targets_word *w; size_t nw, capw;
	char **wtext; size_t *wlen;  /* the words, for whole-paragraph searches */
	struct gw_wordtrie places;    /* place -> level (TL_*) */
	const struct gw_qty_tables *qt;
	uint8_t first[0x10000 / 8];  /* BMP code points that start a name or word */
	uint8_t tfirst[0x10000 / 8]; /* ... that start a target word */
	uint8_t nfirst[0x10000 / 8]; /* ... that start an indicator name */
	uint8_t npair[0x10000 / 8];  /* hashes of the names' first two code points */
	uint64_t gfirst[0x10000 / 64]; /* ... that start a name or any of the next three (bit cp % 64 of word cp / 64) */
	uint8_t afirst[0x10000 / 8]; /* ... that start an anchor word */
	uint8_t rfirst[0x10000 / 8]; /* ... that start a review word */
	uint8_t hfirst[0x10000 / 8]; /* ... that start a congress or report word */
	size_t tpre;                 /* the furthest an anchor word stands in a target word */
	size_t *bycls;               /* word indexes by class, from clsoff[class] */
	size_t clsoff[33];
};

/* Levels of governments, as places.txt writes them. */
enum { TL_NONE, TL_PROVINCE, TL_CITY, TL_COUNTY };
const char *gw_targets_level_name(int level);

/* qt: the quantity engine's loaded tables (units, qualifiers, ...). */
void gw_targets_tables_init(struct gw_targets_tables *t, const struct gw_qty_tables *qt);
/* Each reads a TAB-separated data file (core/datafile.h) and returns 0,
 * or -1 with "path:line: message" in err. */
int gw_targets_load_indicators(struct gw_targets_tables *t, const char *path, struct gw_error *err);
int gw_targets_load_words(struct gw_targets_tables *t, const char *path, struct gw_error *err);
int gw_targets_load_places(struct gw_targets_tables *t, const char *path, struct gw_error *err);
/* After loading: resolves the parts ids; -1 with err if one is unknown. */
int gw_targets_tables_ready(struct gw_targets_tables *t, struct gw_error *err);
void gw_targets_tables_free(struct gw_targets_tables *t);

/* One row. Strings are valid until the callback returns; offsets and
 * lengths are bytes. year 0: not known. */
struct gw_targets_row {
	const char *place; size_t placelen;
	const char *level;
	int year;
	const char *indicator;
	const char *name; size_t namelen;
	const char *measure;
	const char *value, *low, *high; size_t valuelen, lowlen, highlen;
	const char *unit; size_t unitlen;
	const char *qual; size_t quallen;
	const char *role;
	const char *clause; size_t clauselen;
};

struct gw_targets_fig {           /* a figure of the paragraph being read */
	size_t b0, b1;
	const char *kind;
	size_t value, low, high, qual, unit;   /* offsets into the arena */
	size_t valuelen, lowlen, highlen, quallen, unitlen;
	int year;                  /* for kind year/date: its year, else 0 */
};
struct gw_targets_match {         /* a name or cue word in a clause */
	size_t b0, b1;
	int name;                  /* 1: an indicator name (v its line) */
	int32_t v;                 /* line or word index */
	int ref;                   /* a name after a ref word */
};

struct targets {
	const struct gw_targets_tables *t;
	struct gw_qty_scan sc;
	/* the document */
	char place[128]; size_t placelen; int level;
	int year, given_place, given_year;
	int date_year;             /* from the page's date: what 今年 means */
	char prev[96]; size_t prevlen;  /* the end of the paragraph before (first lines) */
	int phase;                 /* 0 review (results), 1 targets */
	int review_year;           /* 2013年工作回顾: the results' year */
	size_t npar;
	int passage, passage_colon, passage_list;
	/* the paragraph */
	struct gw_targets_fig *f; size_t nf, capf;   /* in order of b0 */
	size_t *yf; size_t ny, capy;               /* which of them are years */
	struct gw_targets_sep { size_t at; unsigned char len, kind; } *sep;
	size_t nsep, capsep;                       /* clause and sentence marks */
	struct gw_buf arena;
	struct gw_buf clean;       /* the paragraph without pinyin glosses */
	struct gw_targets_match *m; size_t nm, capm;
	char num[3][64];           /* negated figures */
	char qualbuf[64];          /* 年均 and the figure's qualifier */
	void (*emit)(void *arg, const struct gw_targets_row *r);
	void *arg;
};

void gw_targets_init(struct targets *e, const struct gw_targets_tables *t);
void gw_targets_free(struct targets *e);
/* A new document; place and year as given by the user (NULL: read them
 * from the document). Returns -1 if year is not a year. */
int gw_targets_new_doc(struct targets *e, const char *place, const char *year);
/* A title from the page's metadata: read like a first line. */
void gw_targets_title(struct targets *e, const char *s, size_t n);
/* The page's date (YYYY-MM-DD...): its year is the document's year when
 * the text names none (今年 in a news page of 2022-01-23 is 2022). */
void gw_targets_date(struct targets *e, const char *s, size_t n);
/* 1 while the first lines may still name the document's government:
 * a caller that wants every row with its place holds rows back until
 * this is 0 (or the document ends), then gives them e->place. */
int gw_targets_header_open(const struct targets *e);
/* The next paragraph of the document: rows go to e->emit. */
void gw_targets_par(struct targets *e, const char *s, size_t n);
#endif
