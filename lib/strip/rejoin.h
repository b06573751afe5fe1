/* Paragraphs a scrape broke over several lines, joined back before the
 * chrome rules see them. Some aggregators hard-wrap the text at a fixed
 * width and end each paragraph with the same few letters of junk
 * ("...提出意见。v7R"): once three lines end with the same mark, it is
 * the paragraph end; it is taken off and the lines up to it are one
 * paragraph. To know the mark the first lines are held back, at most
 * REJOIN_HOLD of them; a document with no such mark in them is passed
 * on line by line, unchanged.
 * A table scraped one cell a line is given as its rows (cells.h).
 * A row of a markdown table ("| a | b |") is given as its cells joined
 * by one space, the way the row reads.
 * Titles and meeting lines that a page wrapped over two or three short
 * lines are joined too (see wrap_line in rejoin.c). */
#ifndef GW_REJOIN_H
#define GW_REJOIN_H
#include <stddef.h>
#include <stdint.h>
#include "core/buf.h"
#include "strip/cells.h"

#define REJOIN_HOLD 64
/* A paragraph joined from more lines than this is no paragraph: it is
 * given as it stands and a new one begins. */
#define REJOIN_MAX_LINES 40

typedef void (*gw_rejoin_fn)(void *arg, size_t lineno, const char *s, size_t n);

/* The lines of a title or a meeting line wrapped by the page, held until
 * the next line shows whether it continues them. */
enum { WRAP_MAX = 3 };

struct gw_rejoin {
	gw_rejoin_fn out;
	void *arg;
	int mode;                    /* REJOIN_HOLDING, _MARKED, _PLAIN */
	char mark[4];                /* the paragraph-end mark, NUL-ended */
	struct gw_buf held;          /* held lines' text */
	size_t held_line[REJOIN_HOLD], held_off[REJOIN_HOLD], held_len[REJOIN_HOLD];
	size_t nheld;
	struct gw_buf acc;           /* the paragraph being joined */
	size_t acc_line, acc_lines;
	int started;                 /* a line ending with the mark was seen */
	struct gw_buf ends;          /* title-ends.txt words, each NUL-ended */
	struct gw_buf tables;        /* those that name a table (分解表, 清单) */
	struct gw_buf labels;        /* page-labels.txt words, each NUL-ended */
	uint64_t label_first[4];     /* the first bytes of those words */
	struct gw_buf ent;           /* a line with its space entities replaced */
	struct gw_buf row;           /* a table row, its cells joined */
	struct gw_buf wrap;          /* held lines of a wrapped title */
	/* the held lines, and the blank lines between them (length 0) */
	size_t wrap_at[2 * WRAP_MAX], wrap_len[2 * WRAP_MAX], wrap_no[2 * WRAP_MAX];
	int nwrap, nwrapped, wrap_kind;   /* entries; lines of text among them */
	size_t wrap_last;                 /* characters of the last line held */
	struct gw_cells cells;            /* tables one cell a line, as rows */
};

void gw_rejoin_init(struct gw_rejoin *rj, gw_rejoin_fn out, void *arg);
/* The words a title ends with (title-ends.txt). 0, or -1 with err set. */
struct gw_error;
int gw_rejoin_load_ends(struct gw_rejoin *rj, const char *path, struct gw_error *err);
void gw_rejoin_begin(struct gw_rejoin *rj);
/* The labels a site glues before the document's first words
 * (page-labels.txt: 文档介绍): "LABEL:" is given as a line of its own.
 * 0, or -1 with err set. */
int gw_rejoin_load_labels(struct gw_rejoin *rj, const char *path, struct gw_error *err);
/* 1 if s[0..n) ends with one of the title words. */
int gw_rejoin_title_end(const struct gw_rejoin *rj, const char *s, size_t n);
/* 1 if s[0..n) ends with a word that names a table (title-ends.txt,
 * second field "table"): what follows it is the table's cells. */
int gw_rejoin_table_title(const struct gw_rejoin *rj, const char *s, size_t n);
/* One line (no LF); out() is called for each line or joined paragraph
 * that is ready, in order. */
void gw_rejoin_line(struct gw_rejoin *rj, size_t lineno, const char *s, size_t n);
/* End of document: give what is held. */
void gw_rejoin_end(struct gw_rejoin *rj);
void gw_rejoin_free(struct gw_rejoin *rj);
#endif
