#include "paragraphs.h"
#include "cli.h"
#include "die.h"
#include "core/utf8.h"

#include <stdlib.h>
#include <string.h>

enum { REPORT_LINES = 5 };  /* per file, then only the summary */

static void getfields(struct gw_reader *r, char *line, size_t n, size_t *nf)
{
	if (r->fcap) {
		/* one pass when the fields fit: fewer than fcap fields means
		 * the last one holds no TAB */
		size_t k = gw_tsv_split(line, n, r->f, r->fcap);
		if (k < r->fcap) {
			*nf = k;
			return;
		}
	}
	size_t tabs = 0;
	for (const char *p = line; (p = memchr(p, '\t', (size_t)(line + n - p))); p++)
		tabs++;
	if (tabs + 1 > r->fcap) {
		r->fcap = tabs + 1 + 8;
		r->f = gw_xrealloc(r->f, r->fcap * sizeof *r->f);
	}
	*nf = gw_tsv_split(line, n, r->f, tabs + 1);
}

int gw_reader_open(struct gw_reader *r, const char *path, const char *docname)
{
	memset(r, 0, sizeof *r);
	if (gw_lines_open(&r->L, path, 0) < 0)
		return -1;
	struct gw_buf fix = { 0 };
	r->docname = gw_doc_id(docname, path, &fix);
	r->docfix = fix.p;   /* NULL unless repaired */
	r->c_doc = r->c_par = r->c_sec = r->c_text = r->c_heading = -1;
	r->header = -1;  /* not yet known */
	r->open = 1;
	return 0;
}

int gw_reader_has_sec(const struct gw_reader *r) { return r->header == 1 && r->c_sec >= 0; }

/* White space a paragraph may start with: ASCII blanks, NBSP, the
 * U+2000..U+200B spaces (em-spaces pad scraped paragraphs), U+3000. */
static int is_space_at(const char *s, size_t n, size_t *w)
{
	const unsigned char *u = (const unsigned char *)s;
	if (n >= 1 && (u[0] == ' ' || u[0] == '\t' || u[0] == '\r' || u[0] == '\f' || u[0] == '\v')) { *w = 1; return 1; }
	if (n >= 2 && u[0] == 0xC2 && u[1] == 0xA0) { *w = 2; return 1; }
	if (n >= 3 && u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80) { *w = 3; return 1; }
	/* 80..8B only: a byte below 80 is no continuation byte but the
	 * next character, which a broken E2 80 must not take with it */
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x80 && u[2] <= 0x8B) { *w = 3; return 1; }
	return 0;
}

static void trim(char **s, size_t *n)
{
	size_t w;
	while (*n && is_space_at(*s, *n, &w)) { *s += w; *n -= w; }
	for (;;) {
		/* Not strchr: it would match a NUL byte (its terminator) and
		 * silently drop trailing NULs that are part of the text. */
		if (*n && is_space_at(*s + *n - 1, 1, &w)) { (*n)--; continue; }
		if (*n >= 2 && !memcmp(*s + *n - 2, "\xC2\xA0", 2)) { *n -= 2; continue; }
		if (*n >= 3 && is_space_at(*s + *n - 3, 3, &w) && w == 3) { *n -= 3; continue; }
		break;
	}
}

/* Make the text valid UTF-8 in r->text, reporting what was replaced
 * there and in the key columns (keybad bytes, repaired by fix_keys):
 * one message for the line. */
static void settext(struct gw_reader *r, struct gw_par *p, const char *s, size_t n, size_t keybad)
{
	gw_buf_clear(&r->text);
	size_t bad = keybad;
	if (gw_utf8_valid(s, n))
		gw_buf_add(&r->text, s, n);
	else
		bad += gw_utf8_repair(s, n, &r->text);
	if (bad) {
		r->badbytes += bad;
		if (r->badlines++ < REPORT_LINES)
			gw_warn_input(r->L.name, r->L.lineno,
			    "invalid UTF-8: %zu byte%s replaced by U+FFFD", bad, bad == 1 ? "" : "s");
	}
	p->text = r->text.p;
	p->textlen = r->text.len;
}

/* The doc, par and sec columns of a stream are written on as they came:
 * invalid UTF-8 there is repaired like the text's (into r->keys), so no
 * tool writes it on. Returns the bytes replaced. */
static size_t fix_keys(struct gw_reader *r, struct gw_par *p)
{
	const char **f[3] = { &p->doc, &p->par, &p->sec };
	size_t *len[3] = { &p->doclen, &p->parlen, &p->seclen };
	size_t off[3] = { 0 }, total = 0, bad = 0;
	int fix[3];
	for (int i = 0; i < 3; i++) {
		fix[i] = *f[i] && !gw_utf8_valid(*f[i], *len[i]);
		total += fix[i] ? *len[i] : 0;
	}
	if (!total)
		return 0;
	gw_buf_clear(&r->keys);
	for (int i = 0; i < 3; i++) {
		if (!fix[i])
			continue;
		off[i] = r->keys.len;
		bad += gw_utf8_repair(*f[i], *len[i], &r->keys);
		*len[i] = r->keys.len - off[i];
	}
	/* pointers only now: the buffer may have moved while it grew */
	for (int i = 0; i < 3; i++)
		if (fix[i])
			*f[i] = r->keys.p + off[i];
	return bad;
}

static int header_line(struct gw_reader *r, char *line, size_t n)
{
	size_t nf;
	if (!gw_tsv_is_header(line, n)) {
		if (!memchr(line, '\t', n))
			return 0;
		gw_warn_input(r->L.name, r->L.lineno, "first line has TABs but is not a header: "
		    "a stream written with -N? (--plain reads it as plain text)");
		return -1;
	}
	getfields(r, line, n, &nf);
	int t = gw_tsv_column(r->f, nf, "text");
	if (t < 0) {
		if (nf < 2)
			return 0;  /* one plain word: a text line like any other */
		gw_warn_input(r->L.name, r->L.lineno, "header has no 'text' column");
		return -1;
	}
	r->c_text = t;
	r->c_doc = gw_tsv_column(r->f, nf, "doc");
	r->c_par = gw_tsv_column(r->f, nf, "par");
	r->c_sec = gw_tsv_column(r->f, nf, "sec");
	r->c_heading = gw_tsv_column(r->f, nf, "heading");
	r->ncols = nf;
	return 1;
}

int gw_reader_next(struct gw_reader *r, struct gw_par *p)
{
	const char *cl;
	size_t n;
	if (!r->open)
		return 0;
	while (gw_lines_next(&r->L, &cl, &n)) {
		char *line = (char *)cl;
		if (n && line[n - 1] == '\r')
			n--;
		p->lineno = r->L.lineno;
		p->file = r->L.name;
		if (r->header < 0) {
			/* A UTF-8 BOM (Notepad, Excel) is a signature, not text: left
			 * in, it hides the header and the first heading marker. */
			if (n >= 3 && !memcmp(line, "\xEF\xBB\xBF", 3)) {
				line += 3;
				n -= 3;
			}
			int h = r->plain ? 0 : header_line(r, line, n);
			if (h < 0) {
				r->header = 0;
				r->open = 0;
				return 0;
			}
			r->header = h;
			if (h)
				continue;
		}
		if (r->header) {
			size_t nf;
			getfields(r, line, n, &nf);
			if (nf != r->ncols) {
				gw_warn_input(r->L.name, r->L.lineno,
				    "%zu fields where the header has %zu; record skipped", nf, r->ncols);
				r->parno++;  /* the rows after it keep their numbers */
				continue;
			}
			struct gw_tsv_view *t = &r->f[r->c_text];
			t->n = gw_tsv_unescape(t->p, t->n);
			struct gw_tsv_view *h = r->c_heading >= 0 ? &r->f[r->c_heading] : NULL;
			p->outlined = h != NULL;
			p->headlen = 0;
			if (h && h->n) {
				/* gw-sections splits a paragraph into heading and
				 * body; the paragraph is both, so that nothing in a
				 * heading is lost and offsets count from its start.
				 * Always both: a body may well start with the heading
				 * again (gw-sections -k names the column head, as
				 * its text holds the heading already). */
				h->n = gw_tsv_unescape(h->p, h->n);
				gw_buf_clear(&r->fix);
				gw_buf_add(&r->fix, h->p, h->n);
				gw_buf_add(&r->fix, t->p, t->n);
				t->p = r->fix.p;
				t->n = r->fix.len;
				p->headlen = h->n;
			}
			if (r->c_doc >= 0) {
				p->doc = r->f[r->c_doc].p;
				p->doclen = r->f[r->c_doc].n;
				p->doc_escaped = 1;
			} else {
				p->doc_escaped = 0;
				p->doc = r->docname;
				p->doclen = strlen(r->docname);
			}
			if (r->c_par >= 0) {
				p->par = r->f[r->c_par].p;
				p->parlen = r->f[r->c_par].n;
			} else {
				p->par = r->parbuf;
				p->parlen = gw_fmt_size(r->parbuf, ++r->parno + r->L.skipped);
			}
			p->sec = r->c_sec >= 0 ? r->f[r->c_sec].p : NULL;
			p->seclen = r->c_sec >= 0 ? r->f[r->c_sec].n : 0;
			settext(r, p, t->p, t->n, fix_keys(r, p));
			return 1;
		}
		trim(&line, &n);
		if (n == 0)
			continue;
		settext(r, p, line, n, 0);
		p->doc = r->docname;
		p->doclen = strlen(r->docname);
		p->doc_escaped = 0;
		/* A record skipped as too long was a paragraph: the ones
		 * after it keep their numbers (docs/guarantees.md). */
		p->par = r->parbuf;
		p->parlen = gw_fmt_size(r->parbuf, ++r->parno + r->L.skipped);
		p->sec = NULL;
		p->seclen = 0;
		p->outlined = 0;
		p->headlen = 0;
		return 1;
	}
	return 0;
}

void gw_reader_close(struct gw_reader *r)
{
	if (r->badlines > REPORT_LINES)
		gw_warn_input(r->L.name, 0, "invalid UTF-8: %zu bytes on %zu lines replaced by U+FFFD",
		    r->badbytes, r->badlines);
	if (r->L.buf)
		gw_lines_close(&r->L);
	free(r->f);
	gw_buf_free(&r->text);
	gw_buf_free(&r->fix);
	gw_buf_free(&r->keys);
	free(r->docfix);
	r->docfix = NULL;
	r->open = 0;
}
