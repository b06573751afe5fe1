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
	gw_buf_add(b, s ? s : "", n);
	gw_buf_addc(b, 0);
	return off;
}

/* ---- numbers ---- */
enum { Q_SPAN, Q_VALUE, Q_UNIT, Q_LOW, Q_HIGH, Q_QUAL, Q_KIND, Q_CLAUSE, Q_N };
struct qrow { size_t start, end, s[Q_N]; };

/* What every handle keeps: the paragraph, NUL-ended as the engines take
 * it, and the results of the last call, rows of size bytes whose
 * strings are offsets into str. */
struct results {
	struct gw_buf text, str;
	char *row; size_t n, cap, size;
};

static const char *nul_ended(struct results *r, const char *text, size_t len)
{
	gw_buf_clear(&r->text);
	gw_buf_add(&r->text, text, len);
	return r->text.p ? r->text.p : "";
}

static void *new_row(struct results *r)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 16;
		r->row = gw_xrealloc(r->row, r->cap * r->size);
	}
	return r->row + r->n++ * r->size;
}

static const void *get_row(const struct results *r, size_t i)
{
	return i < r->n ? r->row + i * r->size : NULL;
}

static void results_clear(struct results *r)
{
	r->n = 0;
	gw_buf_clear(&r->str);
}

static void results_free(struct results *r)
{
	gw_buf_free(&r->text);
	gw_buf_free(&r->str);
	free(r->row);
}

struct gw_numbers {
	struct results res;
	struct gw_qty_tables tab;
	struct gw_qty_scan sc;
	struct gw_cpcursor cur;
};

static void quantity(void *arg, const struct gw_qty *q, const char *text, size_t n)
{
	struct gw_numbers *h = arg;
	struct gw_buf *str = &h->res.str;
	(void)n;
	struct qrow *r = new_row(&h->res);
	r->start = gw_cpcursor_at(&h->cur, text, q->b0);
	r->end = gw_cpcursor_at(&h->cur, text, q->b1);
	r->s[Q_SPAN] = keep(str, text + q->b0, q->b1 - q->b0);
	r->s[Q_VALUE] = keep(str, q->value.p, q->value.len);
	r->s[Q_UNIT] = keep(str, q->unit, q->unitlen);
	r->s[Q_LOW] = keep(str, q->low.p, q->low.len);
	r->s[Q_HIGH] = keep(str, q->high.p, q->high.len);
	r->s[Q_QUAL] = keep(str, q->qual.p, q->qual.len);
	r->s[Q_KIND] = keep(str, q->kind, strlen(q->kind));
	r->s[Q_CLAUSE] = keep(str, text + q->c0, q->c1 - q->c0);
}

gw_numbers *gw_numbers_new(int all, gw_error *err)
{
	static const char *const files[] = {"units.txt", "qualifiers.txt", "not-numbers.txt",
		"number-words.txt", NULL};
	static int (*const load[])(struct gw_qty_tables *, const char *, struct gw_error *) = {
		gw_qty_load_units, gw_qty_load_quals, gw_qty_load_nots, gw_qty_load_words};
	if (have_files(files, err) < 0)
		return NULL;
	gw_numbers *h = gw_xcalloc(1, sizeof *h);
	h->res.size = sizeof(struct qrow);
	for (int i = 0; files[i]; i++) {
		char path[4096];
		snprintf(path, sizeof path, "%s", gw_datafile_path(files[i], NULL));
		if (load[i](&h->tab, path, err ? &err->e : NULL) < 0) {
			gw_numbers_free(h);
			return NULL;
		}
	}
	gw_qty_tables_ready(&h->tab);
	gw_qty_scan_init(&h->sc, &h->tab, all);
	h->sc.emit = quantity;
	h->sc.arg = h;
	return h;
}

long gw_numbers_scan(gw_numbers *h, const char *text, size_t len)
{
	results_clear(&h->res);
	h->cur = (struct gw_cpcursor){0};
	if (!gw_utf8_valid(text, len))
		return -1;
	gw_qty_scan_text(&h->sc, nul_ended(&h->res, text, len), len);
	return (long)h->res.n;
}

int gw_numbers_get(const gw_numbers *h, size_t i, struct gw_quantity *q)
{
	const struct qrow *r = get_row(&h->res, i);
	const char *s = h->res.str.p;
	if (!r)
		return -1;
	*q = (struct gw_quantity){ r->start, r->end, s + r->s[Q_SPAN], s + r->s[Q_VALUE], s + r->s[Q_UNIT],
		s + r->s[Q_LOW], s + r->s[Q_HIGH], s + r->s[Q_QUAL], s + r->s[Q_KIND], s + r->s[Q_CLAUSE] };
	return 0;
}

/* Numbers are found paragraph by paragraph: nothing carries over. */
void gw_numbers_new_document(gw_numbers *h) { results_clear(&h->res); }

void gw_numbers_free(gw_numbers *h)
{
	if (!h)
		return;
	gw_qty_scan_free(&h->sc);
	gw_qty_tables_free(&h->tab);
	results_free(&h->res);
	free(h);
}

/* ---- agencies ---- */
struct arow { size_t start, end, span, name; int level, role; };

struct gw_agencies {
	struct results res;
	struct agencies ag;
};

gw_agencies *gw_agencies_new(gw_error *err)
{
	static const char *const files[] = {"agency-context.txt", "places.txt", "agency-abbrev.txt", "agency-roles.txt",
		"agency-heads.txt", "agency-script.txt", "townships.txt", NULL};
	if (have_files(files, err) < 0)
		return NULL;
	gw_agencies *h = gw_xcalloc(1, sizeof *h);
	h->res.size = sizeof(struct arow);
	if (gw_ag_init(&h->ag, err ? &err->e : NULL) < 0) {
		gw_agencies_free(h);
		return NULL;
	}
	return h;
}

long gw_agencies_scan(gw_agencies *h, const char *text, size_t len)
{
	results_clear(&h->res);
	if (!gw_utf8_valid(text, len))
		return -1;
	text = nul_ended(&h->res, text, len);
	if (gw_ag_scan(&h->ag, text, len, NULL) < 0)
		return -1;
	size_t n = h->ag.nhit, pos = 0, cps = 0;
	for (size_t i = 0; i < n; i++) {
		const struct gw_ag_hit *a = &h->ag.hit[i];
		struct arow *r = new_row(&h->res);
		cps += gw_utf8_count(text + pos, a->s - pos);
		pos = a->s;
		r->start = cps;
		r->end = cps + gw_utf8_count(text + a->s, a->e - a->s);
		r->span = keep(&h->res.str, text + a->s, a->e - a->s);
		r->name = keep(&h->res.str, h->ag.names_buf.p + a->name, a->namelen);
		r->level = a->level;
		r->role = a->role;
	}
	return (long)n;
}

int gw_agencies_get(const gw_agencies *h, size_t i, struct gw_agency *a)
{
	const struct arow *r = get_row(&h->res, i);
	if (!r)
		return -1;
	*a = (struct gw_agency){ r->start, r->end, h->res.str.p + r->span, h->res.str.p + r->name,
		gw_ag_level_name[r->level], gw_ag_role_name[r->role] };
	return 0;
}

void gw_agencies_new_document(gw_agencies *h)
{
	results_clear(&h->res);
	gw_ag_new_document(&h->ag);
}

void gw_agencies_free(gw_agencies *h)
{
	if (!h)
		return;
	gw_ag_free(&h->ag);
	results_free(&h->res);
	free(h);
}

/* ---- sections ---- */
struct srow { size_t par, sec, heading, text; int level; };

struct gw_outliner {
	struct results res;
	struct gw_sections s;
	size_t doc, par;           /* document and paragraph numbers given to the engine */
	char docid[24], parid[24];
};

static void section(const struct gw_par *p, const struct gw_head *hd, const struct gw_outline *ol, void *arg)
{
	struct gw_outliner *h = arg;
	struct gw_buf *str = &h->res.str;
	struct srow *r = new_row(&h->res);
	size_t body = hd ? hd->end : 0;
	r->par = strtoul(p->par, NULL, 10);
	r->sec = keep(str, ol->sec, ol->seclen);
	r->level = ol->depth;
	r->heading = keep(str, p->text, body);
	r->text = keep(str, p->text + body, p->textlen - body);
}

gw_outliner *gw_outliner_new(size_t max_title, int find, gw_error *err)
{
	const char *path = gw_datafile_path("appendix-titles.txt", err ? &err->e : NULL);
	if (!path)
		return NULL;
	gw_outliner *h = gw_xcalloc(1, sizeof *h);
	h->res.size = sizeof(struct srow);
	gw_sections_init(&h->s, max_title ? max_title : 40, find, section, h);
	if (gw_sections_load_appendix(&h->s, path, err ? &err->e : NULL) < 0) {
		gw_outliner_free(h);
		return NULL;
	}
	h->doc = 1;
	return h;
}

long gw_outliner_add(gw_outliner *h, const char *text, size_t len)
{
	results_clear(&h->res);
	if (!gw_utf8_valid(text, len))
		return -1;
	struct gw_par p = {0};
	p.doclen = (size_t)snprintf(h->docid, sizeof h->docid, "%zu", h->doc);
	p.doc = h->docid;
	p.doc_escaped = 1;
	p.parlen = (size_t)snprintf(h->parid, sizeof h->parid, "%zu", ++h->par);
	p.par = h->parid;
	/* the engine copies what it holds */
	p.text = (char *)nul_ended(&h->res, text, len);
	p.textlen = len;
	gw_sections_add(&h->s, &p);
	return (long)h->res.n;
}

int gw_outliner_get(const gw_outliner *h, size_t i, struct gw_section *s)
{
	const struct srow *r = get_row(&h->res, i);
	const char *str = h->res.str.p;
	if (!r)
		return -1;
	*s = (struct gw_section){ r->par, str + r->sec, r->level, str + r->heading, str + r->text };
	return 0;
}

long gw_outliner_new_document(gw_outliner *h)
{
	results_clear(&h->res);
	gw_sections_end(&h->s);
	h->doc++;
	h->par = 0;
	return (long)h->res.n;
}

void gw_outliner_free(gw_outliner *h)
{
	if (!h)
		return;
	gw_sections_free(&h->s);
	results_free(&h->res);
	free(h);
}
