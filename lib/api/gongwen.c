/* The public API (gongwen.h): thin wrappers over the engines' own
 * headers. Each handle owns its engine and an arena of NUL-ended result
 * strings, refilled on every call; a result keeps offsets into the
 * arena, turned into pointers by get. */
#include "gongwen.h"
#include "agencies/agency.h"
#include "core/alloc.h"
#include "core/datafile.h"
#include "core/error.h"
#include "core/utf8.h"
#include "numbers/quantity.h"
#include "sections/sections.h"
#include "stream/paragraphs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct gw_api_error { struct gw_error e; };

gw_error *gw_error_new(void) { return gw_xcalloc(1, sizeof(gw_error)); }
const char *gw_error_message(const gw_error *err) { return err ? err->e.msg : ""; }
void gw_error_free(gw_error *err) { free(err); }

void gw_set_data_dir(const char *dir) { gw_set_datadir(dir); }

/* The engines still read some files by name and stop the program when
 * one is missing: every file is looked for first, so that a wrong data
 * directory is an error returned. */
static int have_files(const char *const *names, gw_error *err)
{
	for (size_t i = 0; names[i]; i++)
		if (!gw_datafile_path(names[i], err ? &err->e : NULL))
			return -1;
	return 0;
}

/* An arena of strings; each added string's offset. */
static size_t keep(struct gw_buf *b, const char *s, size_t n)
{
	size_t off = b->len;
	buf_add(b, s ? s : "", n);
	buf_addc(b, 0);
	return off;
}

/* ---- numbers ---- */
enum { Q_SPAN, Q_VALUE, Q_UNIT, Q_LOW, Q_HIGH, Q_QUAL, Q_KIND, Q_CLAUSE, Q_N };
struct qrow { size_t start, end, s[Q_N]; };

/* The engines take NUL-ended text, as the paragraph reader gives it. */
static const char *nul_ended(struct gw_buf *b, const char *text, size_t len)
{
	buf_clear(b);
	buf_add(b, text, len);
	return b->p ? b->p : "";
}

struct gw_numbers {
	struct gw_buf text;
	struct qty_tables tab;
	struct qty_scan sc;
	struct qrow *row; size_t n, cap;
	struct gw_buf str;
	size_t cur_b, cur_c;
};

static size_t cp_at(struct gw_numbers *h, const char *text, size_t b)
{
	if (b < h->cur_b)
		h->cur_b = h->cur_c = 0;
	h->cur_c += utf8_count(text + h->cur_b, b - h->cur_b);
	h->cur_b = b;
	return h->cur_c;
}

static void quantity(void *arg, const struct qty *q, const char *text, size_t n)
{
	struct gw_numbers *h = arg;
	(void)n;
	if (h->n == h->cap) {
		h->cap = h->cap ? 2 * h->cap : 16;
		h->row = gw_xrealloc(h->row, h->cap * sizeof *h->row);
	}
	struct qrow *r = &h->row[h->n++];
	r->start = cp_at(h, text, q->b0);
	r->end = cp_at(h, text, q->b1);
	r->s[Q_SPAN] = keep(&h->str, text + q->b0, q->b1 - q->b0);
	r->s[Q_VALUE] = keep(&h->str, q->value.p, q->value.len);
	r->s[Q_UNIT] = keep(&h->str, q->unit, q->unitlen);
	r->s[Q_LOW] = keep(&h->str, q->low.p, q->low.len);
	r->s[Q_HIGH] = keep(&h->str, q->high.p, q->high.len);
	r->s[Q_QUAL] = keep(&h->str, q->qual.p, q->qual.len);
	r->s[Q_KIND] = keep(&h->str, q->kind, strlen(q->kind));
	r->s[Q_CLAUSE] = keep(&h->str, text + q->c0, q->c1 - q->c0);
}

gw_numbers *gw_numbers_new(int all, gw_error *err)
{
	static const char *const files[] = {"units.txt", "qualifiers.txt", "not-numbers.txt", NULL};
	if (have_files(files, err) < 0)
		return NULL;
	gw_numbers *h = gw_xcalloc(1, sizeof *h);
	char path[4096];
	snprintf(path, sizeof path, "%s", gw_datafile_path(files[0], NULL));
	qty_load_units(&h->tab, path);
	snprintf(path, sizeof path, "%s", gw_datafile_path(files[1], NULL));
	qty_load_quals(&h->tab, path);
	snprintf(path, sizeof path, "%s", gw_datafile_path(files[2], NULL));
	qty_load_nots(&h->tab, path);
	qty_tables_ready(&h->tab);
	qty_scan_init(&h->sc, &h->tab, all);
	h->sc.emit = quantity;
	h->sc.arg = h;
	return h;
}

long gw_numbers_scan(gw_numbers *h, const char *text, size_t len)
{
	h->n = 0;
	h->cur_b = h->cur_c = 0;
	buf_clear(&h->str);
	if (!utf8_valid(text, len))
		return -1;
	qty_scan_text(&h->sc, nul_ended(&h->text, text, len), len);
	return (long)h->n;
}

int gw_numbers_get(const gw_numbers *h, size_t i, struct gw_quantity *q)
{
	if (i >= h->n)
		return -1;
	const struct qrow *r = &h->row[i];
	const char *s = h->str.p;
	*q = (struct gw_quantity){ r->start, r->end, s + r->s[Q_SPAN], s + r->s[Q_VALUE], s + r->s[Q_UNIT],
		s + r->s[Q_LOW], s + r->s[Q_HIGH], s + r->s[Q_QUAL], s + r->s[Q_KIND], s + r->s[Q_CLAUSE] };
	return 0;
}

/* Numbers are found paragraph by paragraph: nothing carries over. */
void gw_numbers_new_document(gw_numbers *h) { h->n = 0; }

void gw_numbers_free(gw_numbers *h)
{
	if (!h)
		return;
	qty_scan_free(&h->sc);
	buf_free(&h->text);
	free(h->row);
	buf_free(&h->str);
	free(h);
}

/* ---- agencies ---- */
struct arow { size_t start, end, span, name; int level, role; };

struct gw_agencies {
	struct gw_buf text;
	struct agencies ag;
	struct arow *row; size_t n, cap;
	struct gw_buf str;
};

gw_agencies *gw_agencies_new(gw_error *err)
{
	static const char *const files[] = {"places.txt", "agency-abbrev.txt", "agency-roles.txt",
		"agency-heads.txt", "agency-script.txt", "townships.txt", NULL};
	if (have_files(files, err) < 0)
		return NULL;
	gw_agencies *h = gw_xcalloc(1, sizeof *h);
	ag_init(&h->ag);
	return h;
}

long gw_agencies_scan(gw_agencies *h, const char *text, size_t len)
{
	h->n = 0;
	buf_clear(&h->str);
	if (!utf8_valid(text, len))
		return -1;
	text = nul_ended(&h->text, text, len);
	size_t n = ag_scan(&h->ag, text, len), pos = 0, cps = 0;
	if (n > h->cap) {
		h->cap = n;
		h->row = gw_xrealloc(h->row, n * sizeof *h->row);
	}
	for (size_t i = 0; i < n; i++) {
		const struct ag_hit *a = &h->ag.hit[i];
		struct arow *r = &h->row[i];
		cps += utf8_count(text + pos, a->s - pos);
		pos = a->s;
		r->start = cps;
		r->end = cps + utf8_count(text + a->s, a->e - a->s);
		r->span = keep(&h->str, text + a->s, a->e - a->s);
		r->name = keep(&h->str, h->ag.names_buf.p + a->name, a->namelen);
		r->level = a->level;
		r->role = a->role;
	}
	h->n = n;
	return (long)n;
}

int gw_agencies_get(const gw_agencies *h, size_t i, struct gw_agency *a)
{
	if (i >= h->n)
		return -1;
	const struct arow *r = &h->row[i];
	*a = (struct gw_agency){ r->start, r->end, h->str.p + r->span, h->str.p + r->name,
		ag_level_name[r->level], ag_role_name[r->role] };
	return 0;
}

void gw_agencies_new_document(gw_agencies *h) { h->n = 0; }

void gw_agencies_free(gw_agencies *h)
{
	if (!h)
		return;
	ag_free(&h->ag);
	buf_free(&h->text);
	free(h->row);
	buf_free(&h->str);
	free(h);
}

/* ---- sections ---- */
struct srow { size_t par, sec, heading, text; int level; };

struct gw_outliner {
	struct gw_buf text;
	struct gw_sections s;
	struct srow *row; size_t n, cap;
	struct gw_buf str;
	size_t doc, par;           /* document and paragraph numbers given to the engine */
	char docid[24], parid[24];
};

static void section(const struct gw_par *p, const struct gw_head *hd, const struct gw_outline *ol, void *arg)
{
	struct gw_outliner *h = arg;
	if (h->n == h->cap) {
		h->cap = h->cap ? 2 * h->cap : 4;
		h->row = gw_xrealloc(h->row, h->cap * sizeof *h->row);
	}
	struct srow *r = &h->row[h->n++];
	size_t body = hd ? hd->end : 0;
	r->par = strtoul(p->par, NULL, 10);
	r->sec = keep(&h->str, ol->sec, ol->seclen);
	r->level = ol->depth;
	r->heading = keep(&h->str, p->text, body);
	r->text = keep(&h->str, p->text + body, p->textlen - body);
}

gw_outliner *gw_outliner_new(size_t max_title, int find, gw_error *err)
{
	const char *path = gw_datafile_path("appendix-titles.txt", err ? &err->e : NULL);
	if (!path)
		return NULL;
	gw_outliner *h = gw_xcalloc(1, sizeof *h);
	sections_init(&h->s, max_title ? max_title : 40, find, section, h);
	if (sections_load_appendix(&h->s, path, err ? &err->e : NULL) < 0) {
		gw_outliner_free(h);
		return NULL;
	}
	h->doc = 1;
	return h;
}

/* Results are read before the next call: the arena starts again when
 * nothing is pending. */
static void results_clear(gw_outliner *h)
{
	h->n = 0;
	buf_clear(&h->str);
}

long gw_outliner_add(gw_outliner *h, const char *text, size_t len)
{
	results_clear(h);
	if (!utf8_valid(text, len))
		return -1;
	struct gw_par p = {0};
	p.doclen = (size_t)snprintf(h->docid, sizeof h->docid, "%zu", h->doc);
	p.doc = h->docid;
	p.doc_escaped = 1;
	p.parlen = (size_t)snprintf(h->parid, sizeof h->parid, "%zu", ++h->par);
	p.par = h->parid;
	/* the engine copies what it holds */
	p.text = (char *)nul_ended(&h->text, text, len);
	p.textlen = len;
	sections_add(&h->s, &p);
	return (long)h->n;
}

int gw_outliner_get(const gw_outliner *h, size_t i, struct gw_section *s)
{
	if (i >= h->n)
		return -1;
	const struct srow *r = &h->row[i];
	*s = (struct gw_section){ r->par, h->str.p + r->sec, r->level, h->str.p + r->heading, h->str.p + r->text };
	return 0;
}

long gw_outliner_new_document(gw_outliner *h)
{
	results_clear(h);
	sections_end(&h->s);
	h->doc++;
	h->par = 0;
	return (long)h->n;
}

void gw_outliner_free(gw_outliner *h)
{
	if (!h)
		return;
	sections_free(&h->s);
	buf_free(&h->text);
	free(h->row);
	buf_free(&h->str);
	free(h);
}
