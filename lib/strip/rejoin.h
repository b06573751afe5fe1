/* Paragraphs a scrape broke over several lines, joined back before the
 * chrome rules see them. Some aggregators hard-wrap the text at a fixed
 * width and end each paragraph with the same few letters of junk
 * ("...提出意见。v7R"): once three lines end with the same mark, it is
 * the paragraph end; it is taken off and the lines up to it are one
 * paragraph. To know the mark the first lines are held back, at most
 * REJOIN_HOLD of them; a document with no such mark in them is passed
 * on line by line, unchanged. */
#ifndef GW_REJOIN_H
#define GW_REJOIN_H
#include <stddef.h>
#include "core/buf.h"

#define REJOIN_HOLD 64
/* A paragraph joined from more lines than this is no paragraph: it is
 * given as it stands and a new one begins. */
#define REJOIN_MAX_LINES 40

typedef void (*rejoin_fn)(void *arg, size_t lineno, const char *s, size_t n);

struct gw_rejoin {
	rejoin_fn out;
	void *arg;
	int mode;                    /* REJOIN_HOLDING, _MARKED, _PLAIN */
	char mark[4];                /* the paragraph-end mark, NUL-ended */
	struct gw_buf held;          /* held lines' text */
	size_t held_line[REJOIN_HOLD], held_off[REJOIN_HOLD], held_len[REJOIN_HOLD];
	size_t nheld;
	struct gw_buf acc;           /* the paragraph being joined */
	size_t acc_line, acc_lines;
	int started;                 /* a line ending with the mark was seen */
};

void rejoin_init(struct gw_rejoin *rj, rejoin_fn out, void *arg);
void rejoin_begin(struct gw_rejoin *rj);
/* One line (no LF); out() is called for each line or joined paragraph
 * that is ready, in order. */
void rejoin_line(struct gw_rejoin *rj, size_t lineno, const char *s, size_t n);
/* End of document: give what is held. */
void rejoin_end(struct gw_rejoin *rj);
void rejoin_free(struct gw_rejoin *rj);
#endif
