#include "cells.h"
#include "core/alloc.h"
#include "core/datafile.h"
#include "core/error.h"
#include "core/utf8.h"

#include <stdlib.h>
#include <string.h>

enum { CELLS_IDLE, CELLS_HEAD, CELLS_BODY };
enum { COL_SERIAL = 1, COL_LABEL, COL_TEXT, COL_VALUE, COL_UNIT, COL_AGENCY, COL_TIME };
/* What a cell is, from its own text. */
enum { CELL_TEXT, CELL_NUM, CELL_AGENCY };

/* A header cell has at most this many characters; a body line more than
 * CELL_MAX is a paragraph, and the table has ended above it. */
enum { HEAD_MAX = 16, CELL_MAX = 100 };
/* A label before the first column (a merged cell naming a group of
 * rows: 宏观调控, 公共服务) is at most this long. */
enum { GROUP_MAX = 8 };

struct gw_cell {
	size_t off, len;          /* in ctext */
	size_t first, last;       /* held lines */
	size_t cps;
	int kind, empty;
	long serial;              /* the number it is, or -1 */
};

void gw_cells_init(struct gw_cells *t, gw_cells_fn out, void *arg)
{
	memset(t, 0, sizeof *t);
	t->out = out;
	t->arg = arg;
}

static const struct { const char *name; int kind; } col_kinds[] = {
	{ "serial", COL_SERIAL }, { "label", COL_LABEL }, { "text", COL_TEXT },
	{ "value", COL_VALUE }, { "unit", COL_UNIT }, { "agency", COL_AGENCY },
	{ "time", COL_TIME }, { NULL, 0 }
};

/* The last two bytes of a word, as a key of the bitmap last2: a line
 * whose key is not marked ends with no header word, and most lines are
 * ruled out by this one look-up. */
static unsigned last2(const char *s, size_t n)
{
	return ((unsigned char)s[n - 2] & 0x3F) << 6 | ((unsigned char)s[n - 1] & 0x3F);
}

static int add_word(const struct gw_row *row, void *arg, struct gw_error *err)
{
	struct gw_cells *t = arg;
	if (row->n == 2 && !strcmp(row->f[1], "agency-end")) {
		gw_buf_add(&t->ends, row->f[0], row->len[0] + 1);
		return 0;
	}
	for (int i = 0; row->n == 2 && col_kinds[i].name; i++)
		if (!strcmp(row->f[1], col_kinds[i].name)) {
			gw_buf_addc(&t->heads, (char)col_kinds[i].kind);
			gw_buf_add(&t->heads, row->f[0], row->len[0] + 1);
			if (row->len[0] >= 2) {
				unsigned k = last2(row->f[0], row->len[0]);
				t->last2[k >> 6] |= 1ULL << (k & 63);
			}
			return 0;
		}
	return gw_error_at(err, row->path, row->line,
	    "expected WORD<TAB>KIND (serial, label, text, value, unit, agency, time, agency-end)");
}

int gw_cells_load(struct gw_cells *t, const char *path, struct gw_error *err)
{
	return gw_data_each(path, add_word, t, err);
}

/* ---- one cell's text ---- */

static void trim(const char **s, size_t *n)
{
	while (*n && ((*s)[0] == ' ' || (*s)[0] == '\t'))
		(*s)++, (*n)--;
	while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
		(*n)--;
}

/* The line without the "|" a crawler put before a cell, trimmed. */
static void unbar(const char **s, size_t *n)
{
	trim(s, n);
	if (*n && (*s)[0] == '|')
		(*s)++, (*n)--;
	trim(s, n);
}

static int ends_with(const char *s, size_t n, const char *w, size_t k)
{
	return n >= k && memcmp(s + n - k, w, k) == 0;
}

/* The kind of the column a header cell names (the longest header word
 * it ends with), 0 if it is no header cell. Spaces inside (项 目) do not
 * count. */
static int head_kind(const struct gw_cells *t, const char *s, size_t n)
{
	char buf[4 * HEAD_MAX];
	size_t k = 0;
	if (n > 4 * HEAD_MAX + 8)
		return 0;
	while (n && s[n - 1] == ' ')
		n--;
	if (n < 2 || !(t->last2[last2(s, n) >> 6] >> (last2(s, n) & 63) & 1))
		return 0;
	unbar(&s, &n);
	if (!n || n > 4 * HEAD_MAX)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ')
			buf[k++] = s[i];
	/* Chinese characters only: a numbered heading (一、工作目标) or a
	 * heading with marks is no header cell */
	for (size_t i = 0; i < k; i += 3)
		if ((unsigned char)buf[i] < 0xE4 || (unsigned char)buf[i] > 0xE9 || i + 3 > k)
			return 0;
	if (k / 3 > HEAD_MAX)
		return 0;
	int kind = 0;
	size_t best = 0;
	for (size_t o = 0; o < t->heads.len; ) {
		const char *w = t->heads.p + o + 1;
		size_t m = strlen(w);
		if (m > best && ends_with(buf, k, w, m))
			kind = (unsigned char)t->heads.p[o], best = m;
		o += m + 2;
	}
	return kind;
}

static int agency_end(const struct gw_cells *t, const char *s, size_t n)
{
	for (size_t o = 0; o < t->ends.len; ) {
		const char *w = t->ends.p + o;
		size_t m = strlen(w);
		if (ends_with(s, n, w, m))
			return 1;
		o += m + 1;
	}
	return 0;
}

/* A number, maybe with a few words around it (186, 18.4, 低于 4.1,
 * 95%以上); an agency or a list of them (区发改局区统计局, 省科技厅、省统计局);
 * else text. */
static void classify(const struct gw_cells *t, struct gw_cell *c, const char *s)
{
	size_t n = c->len, digits = 0, words = 0, marks = 0;
	long v = 0;
	for (size_t i = 0; i < n; ) {
		unsigned char ch = (unsigned char)s[i];
		uint32_t cp;
		int k = ch < 0x80 ? 1 : gw_utf8_decode((const unsigned char *)s + i, &cp);
		if (ch >= '0' && ch <= '9')
			digits++, v = v < 100000 ? v * 10 + (ch - '0') : v;
		else if (ch < 0x80 && strchr(" .,%-~+/<>=", ch))
			;
		else
			words++;
		if (ch < 0x80 ? strchr(",;:!?", ch) != NULL :
		    (cp == 0xFF0C || cp == 0x3002 || cp == 0xFF1B || cp == 0xFF1A || cp == 0xFF01 || cp == 0xFF1F))
			marks++;
		i += k > 0 ? (size_t)k : 1;
	}
	c->cps = gw_utf8_count(s, n);
	c->serial = digits && digits == n && digits <= 4 ? v : -1;
	if (digits && words <= 4 && c->cps <= HEAD_MAX)
		c->kind = CELL_NUM;
	else if (!digits && !marks && c->cps <= 40 && agency_end(t, s, n))
		c->kind = CELL_AGENCY;
	else
		c->kind = CELL_TEXT;
}

/* ---- holding the lines ---- */

static void hold(struct gw_cells *t, size_t lineno, const char *s, size_t n)
{
	if (t->nline == t->capline) {
		t->capline = t->capline ? 2 * t->capline : 64;
		t->no = gw_xrealloc(t->no, t->capline * sizeof *t->no);
		t->off = gw_xrealloc(t->off, t->capline * sizeof *t->off);
		t->len = gw_xrealloc(t->len, t->capline * sizeof *t->len);
	}
	t->no[t->nline] = lineno;
	t->off[t->nline] = t->text.len;
	t->len[t->nline] = n;
	t->nline++;
	gw_buf_add(&t->text, s, n);
}

static void give_lines(struct gw_cells *t, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		t->out(t->arg, t->no[i], t->text.p + t->off[i], t->len[i]);
}

static void reset(struct gw_cells *t)
{
	t->state = CELLS_IDLE;
	t->nline = t->nhead = 0;
	t->ncol = t->bar = 0;
	gw_buf_clear(&t->text);
}

/* ---- the held body lines as cells ---- */

static struct gw_cell *new_cell(struct gw_cells *t, size_t line)
{
	if (t->ncell == t->capcell) {
		t->capcell = t->capcell ? 2 * t->capcell : 64;
		t->cell = gw_xrealloc(t->cell, t->capcell * sizeof *t->cell);
	}
	struct gw_cell *c = &t->cell[t->ncell++];
	memset(c, 0, sizeof *c);
	c->off = t->ctext.len;
	c->first = c->last = line;
	return c;
}

/* A cell broken over two lines (its second line has no "|"): the break
 * came inside a list of names or a clause. */
static int unfinished(const char *s, size_t n)
{
	static const char *const ends[] = { "\xE3\x80\x81", "\xEF\xBC\x8C", "\xEF\xBC\x9B", ",", ";", NULL };
	for (int i = 0; ends[i]; i++)
		if (ends_with(s, n, ends[i], strlen(ends[i])))
			return 1;
	return 0;
}

/* The held lines from the first under the header as cells: one a line,
 * or, when the cells open with "|", one a "|" and the lines without one
 * joined to the cell before. Blank lines and a lone "|" are empty cells. */
static void make_cells(struct gw_cells *t)
{
	t->ncell = 0;
	gw_buf_clear(&t->ctext);
	for (size_t i = t->nhead; i < t->nline; i++) {
		const char *s = t->text.p + t->off[i];
		size_t n = t->len[i];
		int barred = n && s[0] == '|';
		unbar(&s, &n);
		if (t->bar && !barred && t->ncell) {
			struct gw_cell *c = &t->cell[t->ncell - 1];
			gw_buf_add(&t->ctext, s, n);
			c->len += n, c->last = i;
			continue;
		}
		struct gw_cell *c = new_cell(t, i);
		gw_buf_add(&t->ctext, s, n);
		c->len = n;
		c->empty = n == 0;
	}
	for (size_t k = 0; k < t->ncell; k++)
		if (!t->cell[k].empty)
			classify(t, &t->cell[k], t->ctext.p + t->cell[k].off);
}

/* ---- cutting the cells into rows ---- */

static int fits(int col, const struct gw_cell *c)
{
	switch (col) {
	case COL_LABEL: return c->kind == CELL_TEXT;
	case COL_TEXT: return c->kind != CELL_AGENCY;
	case COL_VALUE: return c->kind == CELL_NUM;
	case COL_UNIT: return c->kind == CELL_NUM || (c->kind == CELL_TEXT && c->cps <= 6);
	case COL_AGENCY: return c->kind == CELL_AGENCY;
	case COL_TIME: return c->kind == CELL_NUM || (c->kind == CELL_TEXT && c->cps <= HEAD_MAX);
	}
	return 0;
}

/* The cells from col on fill later columns in order (each the first
 * column that takes it: if any order fits, this one does). */
static int rest_fits(const struct gw_cells *t, const struct gw_cell *const *c, size_t n, int col)
{
	for (size_t k = 0; k < n; k++, col++) {
		while (col < t->ncol && !fits(t->col[col], c[k]))
			col++;
		if (col >= t->ncol)
			return 0;
	}
	return 1;
}

/* Cells c[0..n) are one row: the first column (a serial number must be
 * the one expected), or a group label and then the first column, and the
 * rest in later columns. */
static int row_ok(const struct gw_cells *t, const struct gw_cell *const *c, size_t n, long expect)
{
	if (t->col[0] == COL_SERIAL)
		return c[0]->serial >= 0 && c[0]->serial == expect && rest_fits(t, c + 1, n - 1, 1);
	if (fits(t->col[0], c[0]) && rest_fits(t, c + 1, n - 1, 1))
		return 1;
	return n >= 2 && c[0]->kind == CELL_TEXT && c[0]->cps <= GROUP_MAX &&
	    fits(t->col[0], c[1]) && rest_fits(t, c + 2, n - 2, 1);
}

static void dp_room(struct gw_cells *t, size_t m)
{
	if (m + 1 <= t->capdp)
		return;
	t->capdp = 2 * (m + 1);
	t->best = gw_xrealloc(t->best, t->capdp * sizeof *t->best);
	t->from = gw_xrealloc(t->from, t->capdp * sizeof *t->from);
	t->ways = gw_xrealloc(t->ways, t->capdp);
}

/* Over the non-empty cells c[0..m): best[j] the fewest rows that cut
 * c[0..j), ways[j] how many cuts reach it (1 or 2: more), from[j] where
 * the last row of the best begins. Returns the longest j that only one
 * best cut reaches. */
static size_t cut(struct gw_cells *t, const struct gw_cell *const *c, size_t m)
{
	dp_room(t, m);
	for (size_t j = 0; j <= m; j++)
		t->best[j] = -1, t->ways[j] = 0;
	t->best[0] = 0, t->ways[0] = 1;
	long first = m ? c[0]->serial : -1;
	size_t e = 0;
	for (size_t i = 0; i < m; i++) {
		if (t->best[i] < 0)
			continue;
		if (t->ways[i] == 1 && i)
			e = i;
		for (size_t j = i + 1; j <= m && j - i <= (size_t)t->ncol + 1; j++) {
			if (!row_ok(t, c + i, j - i, first + t->best[i]))
				continue;
			int b = t->best[i] + 1;
			if (t->best[j] < 0 || b < t->best[j])
				t->best[j] = b, t->ways[j] = t->ways[i], t->from[j] = (int)i;
			else if (b == t->best[j])
				t->ways[j] = t->ways[j] + t->ways[i] > 2 ? 2 : (unsigned char)(t->ways[j] + t->ways[i]);
		}
	}
	if (m && t->best[m] >= 0 && t->ways[m] == 1)
		e = m;
	return e;
}

/* ---- giving the table ---- */

static void give_row(struct gw_cells *t, const struct gw_cell *const *c, size_t n)
{
	gw_buf_clear(&t->row);
	for (size_t k = 0; k < n; k++) {
		if (k)
			gw_buf_addc(&t->row, ' ');
		gw_buf_add(&t->row, t->ctext.p + c[k]->off, c[k]->len);
	}
	t->giving_row = 1;
	t->out(t->arg, t->no[c[0]->first], t->row.p, t->row.len);
	t->giving_row = 0;
}

static void give_header(struct gw_cells *t)
{
	gw_buf_clear(&t->row);
	for (size_t i = 0; i < t->nhead; i++) {
		const char *s = t->text.p + t->off[i];
		size_t n = t->len[i];
		unbar(&s, &n);
		if (i)
			gw_buf_addc(&t->row, ' ');
		gw_buf_add(&t->row, s, n);
	}
	t->giving_row = 1;
	t->out(t->arg, t->no[0], t->row.p, t->row.len);
	t->giving_row = 0;
}

/* The rows of a best cut of c[0..e), in order, if at least two of them
 * have two cells or more; 0 if not. */
static int give_rows(struct gw_cells *t, const struct gw_cell *const *c, size_t e)
{
	size_t rows = 0, full = 0;
	for (size_t j = e; j; j = (size_t)t->from[j])
		rows++, full += j - (size_t)t->from[j] >= 2;
	if (rows < 2 || full < 2)
		return 0;
	size_t *start = gw_xmalloc((rows + 1) * sizeof *start), r = rows;
	start[rows] = e;
	for (size_t j = e; j; j = (size_t)t->from[j])
		start[--r] = (size_t)t->from[j];
	give_header(t);
	for (r = 0; r < rows; r++)
		give_row(t, c + start[r], start[r + 1] - start[r]);
	free(start);
	return 1;
}

static void finish(struct gw_cells *t)
{
	if (t->state != CELLS_BODY) {
		give_lines(t, 0, t->nline);
		reset(t);
		return;
	}
	make_cells(t);
	const struct gw_cell **c = gw_xmalloc((t->ncell + 1) * sizeof *c);
	size_t m = 0;
	for (size_t k = 0; k < t->ncell; k++)
		if (!t->cell[k].empty)
			c[m++] = &t->cell[k];
	size_t e = cut(t, c, m);
	if (e && give_rows(t, c, e))
		give_lines(t, e < m ? c[e]->first : t->nline, t->nline);
	else
		give_lines(t, 0, t->nline);
	free(c);
	reset(t);
}

/* ---- the lines ---- */

/* A line under the header that may still be a cell. */
static int body_line(const struct gw_cells *t, const char *s, size_t n)
{
	if (n > 4 * CELL_MAX || gw_utf8_count(s, n) > CELL_MAX)
		return 0;
	if (n >= 6 && !memcmp(s, "\xE9\x99\x84\xE4\xBB\xB6", 6))   /* 附件: the next attachment */
		return 0;
	if (!t->bar || !n || s[0] == '|')
		return 1;
	/* without "|": the rest of the cell above, if that was cut short */
	const char *p = t->text.p + t->off[t->nline - 1];
	size_t k = t->len[t->nline - 1];
	trim(&p, &k);
	return unfinished(p, k);
}

static void head_line(struct gw_cells *t, size_t lineno, const char *s, size_t n, int kind)
{
	t->col[t->ncol++] = (unsigned char)kind;
	hold(t, lineno, s, n);
	t->nhead = t->nline;
	t->state = CELLS_HEAD;
}

/* The header row opens with its row number or its name: header words
 * above that (a title ending with 工作目标) are given as lines. */
static void head_start(struct gw_cells *t)
{
	int f = 0;
	while (f < t->ncol && t->col[f] != COL_SERIAL && t->col[f] != COL_LABEL)
		f++;
	if (!f)
		return;
	give_lines(t, 0, (size_t)f);
	size_t k = (size_t)f;
	memmove(t->no, t->no + k, (t->nline - k) * sizeof *t->no);
	memmove(t->off, t->off + k, (t->nline - k) * sizeof *t->off);
	memmove(t->len, t->len + k, (t->nline - k) * sizeof *t->len);
	memmove(t->col, t->col + k, (size_t)t->ncol - k);
	t->nline -= k, t->nhead -= k, t->ncol -= f;
	if (!t->ncol)
		reset(t);
}

/* The header is whole: its cells after the first open with "|" when
 * the crawler wrote one before every cell. */
static void body_begins(struct gw_cells *t)
{
	t->state = CELLS_BODY;
	t->bar = 1;
	for (size_t i = 1; i < t->nhead; i++)
		if (!t->len[i] || t->text.p[t->off[i]] != '|')
			t->bar = 0;
}

void gw_cells_line(struct gw_cells *t, size_t lineno, const char *s, size_t n)
{
	if (t->state == CELLS_BODY) {
		if (t->nline < CELLS_MAX_LINES && body_line(t, s, n)) {
			hold(t, lineno, s, n);
			return;
		}
		finish(t);
	}
	int kind = t->heads.len && n ? head_kind(t, s, n) : 0;
	if (kind && t->ncol < CELLS_MAX_COLS) {
		head_line(t, lineno, s, n, kind);
		return;
	}
	if (t->state == CELLS_HEAD)
		head_start(t);
	if (t->state == CELLS_HEAD && t->ncol >= CELLS_MIN_COLS) {
		body_begins(t);
		gw_cells_line(t, lineno, s, n);
		return;
	}
	if (t->state == CELLS_HEAD)
		finish(t);
	t->out(t->arg, lineno, s, n);
}

void gw_cells_end(struct gw_cells *t)
{
	finish(t);
}

void gw_cells_free(struct gw_cells *t)
{
	gw_buf_free(&t->heads);
	gw_buf_free(&t->ends);
	gw_buf_free(&t->text);
	gw_buf_free(&t->ctext);
	gw_buf_free(&t->row);
	free(t->no);
	free(t->off);
	free(t->len);
	free(t->cell);
	free(t->best);
	free(t->from);
	free(t->ways);
}
