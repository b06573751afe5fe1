/* Reading paragraphs for the downstream tools (gw-sections, gw-numbers,
 * gw-agencies): either a gongwen stream with a header naming doc, par,
 * sec and text, or plain UTF-8 text where each non-blank line is one
 * paragraph of one document. The text handed out is unescaped, valid
 * UTF-8 (invalid bytes repaired to U+FFFD, counted and reported), so
 * patterns can run with PCRE2_NO_UTF_CHECK. */
#ifndef GW_PARAGRAPHS_H
#define GW_PARAGRAPHS_H
#include <stddef.h>
#include "core/buf.h"
#include "lines.h"
#include "tsv.h"

struct gw_par {
	const char *doc; size_t doclen;  /* document id */
	int doc_escaped;                 /* doc came from a stream, escapes kept */
	const char *par; size_t parlen;  /* paragraph number as text */
	const char *sec; size_t seclen;  /* NULL when the input has no sec */
	int outlined;                    /* the input has gw-sections' heading column */
	size_t headlen;                  /* bytes of text from it (0: a body row) */
	char *text; size_t textlen;      /* unescaped, valid UTF-8, NUL-ended */
	size_t lineno;                   /* input line, for messages */
	const char *file;                /* input name, for messages */
};

struct gw_reader {
	struct gw_lines L;
	int header;                  /* input has a gongwen header */
	int plain;                   /* set after gw_reader_open: plain text, never a header (--plain) */
	int c_doc, c_par, c_sec, c_text, c_heading;
	size_t ncols;
	const char *docname;
	char parbuf[24];
	size_t parno;
	struct gw_tsv_view *f;
	size_t fcap;
	struct gw_buf text, fix;
	struct gw_buf keys;          /* doc, par, sec repaired (fix_keys) */
	char *docfix;                /* docname repaired (gw_utf8_name) */
	size_t badbytes, badlines;
	int open;
};

/* docname: the id for plain-text input (NULL: the path as given). A
 * failure to open is reported; returns -1. A first line with TABs that
 * is not a header (a stream whose header -N left out) is reported and
 * ends the input, unless r->plain. */
int gw_reader_open(struct gw_reader *r, const char *path, const char *docname);
/* 1 = a paragraph in *p (valid until the next call), 0 = end of input. */
int gw_reader_next(struct gw_reader *r, struct gw_par *p);
/* Reports the invalid UTF-8 summary for the file and frees it. */
void gw_reader_close(struct gw_reader *r);
/* 1 if this input carries a sec column (valid after the first
 * gw_reader_next, or after open for a headed input). */
int gw_reader_has_sec(const struct gw_reader *r);
#endif
