/* Sectioning a stream of paragraphs: each paragraph is decided (numbered
 * heading, unnumbered heading line, lead sentence of a parallel run, or
 * body text) and handed on, in input order, with its place in its
 * document's outline. Some decisions need the paragraphs that follow, so
 * up to two paragraphs are held (copied) and handed on later; nothing is
 * ever held across a document boundary, so input split at document
 * boundaries is sectioned the same. */
#ifndef GW_SECTIONS_H
#define GW_SECTIONS_H
#include <stddef.h>
#include <stdint.h>
#include "core/buf.h"
#include "core/error.h"
#include "outline.h"
#include "stream/paragraphs.h"
#include "core/strset.h"
#include "core/error.h"

/* Called once per paragraph, in input order. h is NULL for body text;
 * o->sec is the paragraph's section path and o->depth the level of the
 * section it is in (its own level for a heading). */
typedef void gw_sections_fn(const struct gw_par *p, const struct gw_head *h,
    const struct gw_outline *o, void *arg);

enum { SECTIONS_LEAD_RUN = 3 };
/* What gw_sections_init's find asks for besides numbered headings. Lead
 * sentences open body paragraphs, so they are headings only on request. */
enum { SECTIONS_PLAIN = 1, SECTIONS_LEADS = 2 };

struct gw_held {
	struct gw_buf doc, par, text;
	int doc_escaped;
	struct gw_head h;
};

struct gw_sections {
	size_t max_title;
	int find;                 /* SECTIONS_PLAIN | SECTIONS_LEADS */
	gw_sections_fn *fn;
	void *arg;
	struct gw_outline ol;
	struct gw_buf doc;        /* the current document */
	int have_doc, prev;
	struct gw_held held[SECTIONS_LEAD_RUN - 1];
	int nheld, hold;
	char lead_prefix[8];
	size_t lead_prefixlen;
	int lead_len, lead_same, lead_short;
	int item_body;            /* style + 1 of the last running item found body */
	struct gw_strset appendix;   /* appendix titles (名词解释) */
	size_t appendix_max;      /* the longest appendix title, in bytes */
	uint64_t appendix_lens[4]; /* bit k: a title of k bytes (k < 256) */
	int glossary;             /* under an appendix title: entries are term：definition */
	struct gw_strset words;      /* section words a first-line heading ends with */
	size_t words_max;         /* the longest, in bytes */
	uint64_t words_lens[4];    /* bit k: a word of k bytes */
};

void gw_sections_init(struct gw_sections *s, size_t max_title, int find,
    gw_sections_fn *fn, void *arg);
/* Read the appendix titles (share/gongwen/appendix-titles.txt, one a
 * line): -1 with err set if the file cannot be read. Without it there
 * are none. */
int gw_sections_load_appendix(struct gw_sections *s, const char *path, struct gw_error *err);
/* Read the section words (share/gongwen/section-words.txt): -1 with err
 * set if the file cannot be read. Without them no first line is a
 * heading. */
int gw_sections_load_words(struct gw_sections *s, const char *path, struct gw_error *err);
void gw_sections_add(struct gw_sections *s, const struct gw_par *p);
/* End of input: decide and hand on what is held. */
void gw_sections_end(struct gw_sections *s);
void gw_sections_free(struct gw_sections *s);
#endif
