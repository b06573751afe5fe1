/* gongwen: the engines of the gongwen tools as a C library.
 *
 * Each engine is an opaque handle made with gw_X_new and freed with
 * gw_X_free. It reads the data files of share/gongwen from the directory
 * of gw_set_data_dir, else $GONGWEN_DATADIR. A paragraph is given
 * as (text, length) of valid UTF-8; gw_X_new_document says that the
 * paragraphs after it belong to another document. Results stay valid
 * until the next call on the same handle. Offsets are in code points,
 * as in the tools' start and end columns.
 *
 * A scan of text that is not valid UTF-8 returns -1. Errors are returned: a function that fails returns NULL or -1 and, when
 * err is not NULL, fills it (gw_error_message). No function exits or
 * prints. Out of memory calls the handler of gw_set_oom_handler (the
 * default prints and aborts).
 *
 * Link with `pkg-config --cflags --libs gongwen`. See gongwen(7) for the
 * meaning of the columns. */
#ifndef GONGWEN_H
#define GONGWEN_H
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* An error: made once, filled by any failing call. */
typedef struct gw_api_error gw_error;
gw_error *gw_error_new(void);
const char *gw_error_message(const gw_error *err);
void gw_error_free(gw_error *err);

/* Where the data files are, for every handle made after (NULL: the
 * environment's GONGWEN_DATADIR). */
void gw_set_data_dir(const char *dir);
void gw_set_oom_handler(void (*fn)(size_t n));

/* gw-numbers: quantities with their units. */
typedef struct gw_numbers gw_numbers;
struct gw_quantity {
	size_t start, end;         /* code points of the span in the paragraph */
	const char *span;          /* the text of the span */
	const char *value;         /* plain decimal, or a date 2023-01-30 */
	const char *unit, *low, *high, *qual;
	const char *kind;          /* quantity, percent, year, date, ordinal, ... */
	const char *clause;        /* the clause around the span */
};
/* all: also bare numerals and names (gw-numbers --all). */
gw_numbers *gw_numbers_new(int all, gw_error *err);
/* The quantities of one paragraph: their number, or -1. */
long gw_numbers_scan(gw_numbers *n, const char *text, size_t len);
/* The i-th quantity of the last scan; -1 if there is none. */
int gw_numbers_get(const gw_numbers *n, size_t i, struct gw_quantity *q);
void gw_numbers_new_document(gw_numbers *n);
void gw_numbers_free(gw_numbers *n);

/* gw-agencies: government agencies named in a paragraph. */
typedef struct gw_agencies gw_agencies;
struct gw_agency {
	size_t start, end;         /* code points */
	const char *span;
	const char *name;          /* the standard name */
	const char *level;         /* national, province, city, county, township, other, none */
	const char *role;          /* lead, responsible, cooperating, mentioned */
};
gw_agencies *gw_agencies_new(gw_error *err);
long gw_agencies_scan(gw_agencies *a, const char *text, size_t len);
int gw_agencies_get(const gw_agencies *a, size_t i, struct gw_agency *ag);
void gw_agencies_new_document(gw_agencies *a);
void gw_agencies_free(gw_agencies *a);

/* gw-sections: each paragraph's place in its document's outline. Some
 * decisions need the paragraphs that follow, so a paragraph added may be
 * decided later: add and new_document return how many paragraphs are
 * decided now (0, 1 or more), in input order, read with get. */
typedef struct gw_outliner gw_outliner;
struct gw_section {
	size_t par;                /* the paragraph's number in its document, from 1 */
	const char *sec;           /* section path: 0, 1, 1.2, ... */
	int level;
	const char *heading;       /* the heading at the paragraph's start, or "" */
	const char *text;          /* the rest of the paragraph */
};
enum { GW_SECTIONS_NUMBERED = 0, GW_SECTIONS_PLAIN = 1, GW_SECTIONS_LEADS = 2 };
/* max_title: longest heading title in characters (0: 40); find: a
 * GW_SECTIONS_* mask as gw-sections' -U (0) and -L (PLAIN | LEADS). */
gw_outliner *gw_outliner_new(size_t max_title, int find, gw_error *err);
long gw_outliner_add(gw_outliner *o, const char *text, size_t len);
int gw_outliner_get(const gw_outliner *o, size_t i, struct gw_section *s);
/* Ends the document: the paragraphs still held are decided. */
long gw_outliner_new_document(gw_outliner *o);
void gw_outliner_free(gw_outliner *o);

#ifdef __cplusplus
}
#endif
#endif
