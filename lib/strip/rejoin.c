#include "rejoin.h"
#include "core/datafile.h"
#include "core/hanzi.h"
#include "core/utf8.h"

#include <string.h>

enum { REJOIN_HOLDING, REJOIN_MARKED, REJOIN_PLAIN };
/* Lines that must end with the same mark before it is taken for one. */
enum { MARK_LINES = 3 };

static void wrap_line(struct gw_rejoin *rj, size_t lineno, const char *s, size_t n);

/* Lines and table rows out of the cells stage go on to the last one. */
static void from_cells(void *arg, size_t lineno, const char *s, size_t n)
{
	wrap_line(arg, lineno, s, n);
}

void gw_rejoin_init(struct gw_rejoin *rj, gw_rejoin_fn out, void *arg)
{
	memset(rj, 0, sizeof *rj);
	rj->out = out;
	rj->arg = arg;
	gw_cells_init(&rj->cells, from_cells, rj);
}

void gw_rejoin_begin(struct gw_rejoin *rj)
{
	rj->mode = REJOIN_HOLDING;
	rj->mark[0] = 0;
	rj->nheld = 0;
	gw_buf_clear(&rj->held);
	gw_buf_clear(&rj->acc);
	rj->acc_lines = 0;
	rj->started = 0;
	rj->nwrap = rj->nwrapped = 0;
	gw_buf_clear(&rj->wrap);
}

static int add_end(const struct gw_row *row, void *arg, struct gw_error *err)
{
	struct gw_rejoin *rj = arg;
	if (row->n > 2 || (row->n == 2 && strcmp(row->f[1], "table") != 0))
		return gw_error_at(err, row->path, row->line, "expected: WORD, or WORD<TAB>table");
	gw_buf_add(&rj->ends, row->f[0], row->len[0] + 1);
	if (row->n == 2)
		gw_buf_add(&rj->tables, row->f[0], row->len[0] + 1);
	return 0;
}

int gw_rejoin_load_ends(struct gw_rejoin *rj, const char *path, struct gw_error *err)
{
	return gw_data_each(path, add_end, rj, err);
}

static int add_label(const struct gw_row *row, void *arg, struct gw_error *err)
{
	struct gw_rejoin *rj = arg;
	if (row->n != 1)
		return gw_error_at(err, row->path, row->line, "expected: WORD");
	gw_buf_add(&rj->labels, row->f[0], row->len[0] + 1);
	unsigned char b = (unsigned char)row->f[0][0];
	rj->label_first[b >> 6] |= 1ULL << (b & 63);
	return 0;
}

int gw_rejoin_load_labels(struct gw_rejoin *rj, const char *path, struct gw_error *err)
{
	return gw_data_each(path, add_label, rj, err);
}

/* "文档介绍:——2009年…": a site's label glued before the document's first
 * words. The length of the label and its colon, else 0. */
static size_t glued_label(const struct gw_rejoin *rj, const char *s, size_t n)
{
	for (size_t o = 0; o < rj->labels.len; ) {
		const char *w = rj->labels.p + o;
		size_t k = strlen(w);
		o += k + 1;
		if (n <= k || memcmp(s, w, k) != 0)
			continue;
		while (k < n && s[k] == ' ')
			k++;
		if (k < n && s[k] == ':')
			k++;
		else if (n - k >= 3 && !memcmp(s + k, "\xEF\xBC\x9A", 3))   /* ： */
			k += 3;
		else
			continue;
		size_t m = k;
		while (m < n && s[m] == ' ')
			m++;
		return m < n ? k : 0;
	}
	return 0;
}

/* ---- titles and meeting lines wrapped over short lines ---- */

enum { WRAP_TITLE = 1, WRAP_MEETING };

static int ends_with(const char *s, size_t n, const char *w, size_t k)
{
	return n >= k && memcmp(s + n - k, w, k) == 0;
}

/* No sentence or clause mark and no space: a line of a title, not text.
 * bare_spaced: spaces allowed (a scrape that spaced the numbers out). */
static int bare_as(const char *s, size_t n, int spaces);
static int bare(const char *s, size_t n)
{
	return bare_as(s, n, 0);
}

static int bare_as(const char *s, size_t n, int spaces)
{
	static const char *const marks[] = { "\xEF\xBC\x8C", "\xE3\x80\x82", "\xE3\x80\x81",
		"\xEF\xBC\x9B", "\xEF\xBC\x81", "\xEF\xBC\x9F", "\xEF\xBC\x9A", NULL };
	for (size_t i = 0; i < n; i++)
		if (s[i] == ',' || s[i] == ';' || s[i] == ':' || s[i] == '!' || s[i] == '?' ||
		    (s[i] == ' ' && !spaces) || s[i] == '|' || s[i] == '\t')
			return 0;
	for (int i = 0; marks[i]; i++)
		if (memmem(s, n, marks[i], 3))
			return 0;
	return 1;
}

/* Opens with a number or a bracket: an item or a heading of its own. */
static int numbered(const char *s, size_t n)
{
	uint32_t cp;
	int v;
	if (!n)
		return 0;
	gw_utf8_decode((const unsigned char *)s, &cp);
	return (cp >= '0' && cp <= '9') || cp == '(' || cp == 0xFF08 || cp == 0x3010 ||
	    cp == 0x7B2C || gw_han_class(cp, 0, &v) == GW_HAN_DIGIT;   /* （ 【 第 */
}

static int ends_with_any(const struct gw_buf *words, const char *s, size_t n)
{
	for (size_t o = 0; o < words->len; ) {
		const char *w = words->p + o;
		size_t k = strlen(w);
		if (ends_with(s, n, w, k))
			return 1;
		o += k + 1;
	}
	return 0;
}

int gw_rejoin_title_end(const struct gw_rejoin *rj, const char *s, size_t n)
{
	return ends_with_any(&rj->ends, s, n);
}

int gw_rejoin_table_title(const struct gw_rejoin *rj, const char *s, size_t n)
{
	return ends_with_any(&rj->tables, s, n);
}

/* The characters of s when it is short enough to be a line of a title
 * or a meeting line (at most WRAP_CPS), else WRAP_CPS + 1: no rule here
 * looks at a longer count, and a character is at most four bytes, so
 * the body's paragraphs are not counted at all. */
enum { WRAP_CPS = 40 };
static size_t short_count(const char *s, size_t n)
{
	return n > 4 * WRAP_CPS ? WRAP_CPS + 1 : gw_utf8_count(s, n);
}

/* Digits, then the character c (年, 月, 日: three bytes), spaces
 * allowed around both; the length, else 0. */
static size_t date_part(const char *s, size_t n, const char *c)
{
	size_t i = 0, d = 0;
	while (i < n && s[i] == ' ')
		i++;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++, d++;
	while (i < n && s[i] == ' ')
		i++;
	return d && d <= 4 && n - i >= 3 && memcmp(s + i, c, 3) == 0 ? i + 3 : 0;
}

/* Opens with a date and 在 ("2021 年 2 月 4 日在…"): the meeting line
 * without its dash. */
static int dated_at(const char *s, size_t n)
{
	static const char *const parts[] = { "\xE5\xB9\xB4", "\xE6\x9C\x88", "\xE6\x97\xA5" };   /* 年 月 日 */
	size_t i = 0;
	for (int k = 0; k < 3; k++) {
		size_t m = date_part(s + i, n - i, parts[k]);
		if (!m)
			return 0;
		i += m;
	}
	while (i < n && s[i] == ' ')
		i++;
	return n - i >= 3 && memcmp(s + i, "\xE5\x9C\xA8", 3) == 0;   /* 在 */
}

/* "——2023年1月5日在…人民代表大会" without the "…会议上" that ends it;
 * or the same without the dash, its numbers maybe spaced out. */
static int meeting_open(const char *s, size_t n, size_t cps)
{
	int dash = n >= 3 && (memcmp(s, "\xE2\x80\x94", 3) == 0 || memcmp(s, "\xE2\x94\x80", 3) == 0);
	if (!dash && (cps > WRAP_CPS || !dated_at(s, n)))
		return 0;
	return cps <= WRAP_CPS && memmem(s, n, "\xE5\x9C\xA8", 3) && bare_as(s, n, !dash) &&
	    !ends_with(s, n, "\xE4\xB8\x8A", 3);                          /* 在, 上 */
}

static int meeting_close(const char *s, size_t n, size_t cps)
{
	while (n && (s[n - 1] == ')' || ends_with(s, n, "\xEF\xBC\x89", 3)))
		n -= s[n - 1] == ')' ? 1 : 3;
	return cps <= 20 && bare(s, n) && ends_with(s, n, "\xE4\xB8\x8A", 3);
}

static void wrap_hold(struct gw_rejoin *rj, int kind, size_t lineno, const char *s, size_t n)
{
	int i = rj->nwrap++;
	rj->wrap_kind = kind;
	rj->wrap_at[i] = rj->wrap.len;
	rj->wrap_len[i] = n;
	rj->wrap_no[i] = lineno;
	gw_buf_add(&rj->wrap, s, n);
	if (n)
		rj->nwrapped++, rj->wrap_last = gw_utf8_count(s, n);
}

/* Give the held lines: as one line (then the blank lines that were
 * between them), or each as it was. */
static void wrap_give(struct gw_rejoin *rj, int joined)
{
	if (joined && rj->nwrap)
		rj->out(rj->arg, rj->wrap_no[0], rj->wrap.p, rj->wrap.len);
	for (int i = 0; i < rj->nwrap; i++)
		if (!joined || !rj->wrap_len[i])
			rj->out(rj->arg, rj->wrap_no[i], rj->wrap.p + rj->wrap_at[i], rj->wrap_len[i]);
	rj->nwrap = rj->nwrapped = 0;
	gw_buf_clear(&rj->wrap);
}

/* A line that goes on what is held: 1 it ends it, 2 it may go on. */
static int wrap_goes_on(struct gw_rejoin *rj, const char *s, size_t n, size_t cps)
{
	if (rj->wrap_kind == WRAP_MEETING)
		return meeting_close(s, n, cps) ? 1 : 0;
	if (cps < 2 || cps > rj->wrap_last || !bare(s, n) || numbered(s, n))
		return 0;
	return gw_rejoin_title_end(rj, s, n) ? 1 : rj->nwrapped + 1 < WRAP_MAX ? 2 : 0;
}

/* The last stage: a title that a page wrapped (a line of 12 characters
 * or more without marks, then shorter ones, the last ending with a
 * title word such as 通知 or 方案) and a meeting line cut before its
 * "会议上" become one line each. */
static size_t glued_title(const struct gw_rejoin *rj, const char *s, size_t n);

/* A page's space entities left in a text dump (&nbsp; &ensp; &emsp;
 * &thinsp;), also one that a hard wrap cut in two and the joining made
 * whole again ("&ens⏎p;"), become a space; s itself if it has none,
 * else a copy in rj->ent. */
static size_t space_entity(const char *s, size_t n)
{
	static const char *const names[] = { "&nbsp;", "&ensp;", "&emsp;", "&thinsp;", NULL };
	for (int k = 0; names[k]; k++) {
		size_t m = strlen(names[k]);
		if (n >= m && !memcmp(s, names[k], m))
			return m;
	}
	return 0;
}

static const char *space_entities(struct gw_rejoin *rj, const char *s, size_t *n)
{
	const char *amp = s;
	size_t m = 0;
	while ((amp = memchr(amp, '&', *n - (size_t)(amp - s))) && !(m = space_entity(amp, *n - (size_t)(amp - s))))
		amp++;
	if (!amp)
		return s;
	/* s is never inside rj->ent here: what comes from it has none left */
	gw_buf_clear(&rj->ent);
	size_t from = 0;
	for (size_t i = (size_t)(amp - s); i < *n; i++) {
		if (s[i] == '&' && (m = space_entity(s + i, *n - i))) {
			gw_buf_add(&rj->ent, s + from, i - from);
			gw_buf_addc(&rj->ent, ' ');
			from = i + m;
			i = from - 1;
		}
	}
	gw_buf_add(&rj->ent, s + from, *n - from);
	*n = rj->ent.len;
	return rj->ent.p;
}

static void wrap_line(struct gw_rejoin *rj, size_t lineno, const char *s, size_t n)
{
	s = n ? space_entities(rj, s, &n) : s;
	unsigned char b = n ? (unsigned char)s[0] : 0;
	size_t k = rj->label_first[b >> 6] >> (b & 63) & 1 ? glued_label(rj, s, n) : 0;
	if (k) {
		rj->out(rj->arg, lineno, s, k);   /* the label: a line of its own, for the patterns */
		s += k, n -= k;
		while (n && s[0] == ' ')
			s++, n--;
	}
	k = glued_title(rj, s, n);
	if (k) {
		wrap_line(rj, lineno, s, k);
		wrap_line(rj, lineno, s + k, n - k);
		return;
	}
	size_t cps = short_count(s, n);
	if (rj->nwrap && !n && rj->nwrap < 2 * WRAP_MAX - 1) {
		wrap_hold(rj, rj->wrap_kind, lineno, s, n);    /* a blank between */
		return;
	}
	if (rj->nwrap) {
		int go = n ? wrap_goes_on(rj, s, n, cps) : 0;
		if (go) {
			wrap_hold(rj, rj->wrap_kind, lineno, s, n);
			if (go == 1)
				wrap_give(rj, 1);
			return;
		}
		wrap_give(rj, 0);
	}
	if (meeting_open(s, n, cps))
		wrap_hold(rj, WRAP_MEETING, lineno, s, n);
	else if (cps >= 12 && cps <= WRAP_CPS && bare(s, n) && !numbered(s, n) && !gw_rejoin_title_end(rj, s, n))
		wrap_hold(rj, WRAP_TITLE, lineno, s, n);
	else
		rj->out(rj->arg, lineno, s, n);
}

/* "政府工作报告——2015年1月8日在…人民代表大会第四次会议上": the title
 * and the meeting line on one physical line. The length of the title
 * (up to the first "——") if s is that, else 0: the title bare and
 * ending with a title word, the rest a bare line that ends with
 * "会议上" (a bracket after it allowed) and names the 人民代表大会. */
static size_t glued_title(const struct gw_rejoin *rj, const char *s, size_t n)
{
	static const char dash2[] = "\xE2\x80\x94\xE2\x80\x94";
	size_t m = n;   /* without the brackets after 会议上 */
	while (m && (s[m - 1] == ')' || ends_with(s, m, "\xEF\xBC\x89", 3)))
		m -= s[m - 1] == ')' ? 1 : 3;
	/* the end first: most lines are not searched at all; the title is
	 * at most WRAP_CPS characters (4 bytes or fewer each), the meeting
	 * line at most twice that */
	if (!ends_with(s, m, "\xE4\xBC\x9A\xE8\xAE\xAE\xE4\xB8\x8A", 9) ||   /* 会议上 */
	    m <= 6 || m > 4 * WRAP_CPS + 6 + 3 * 2 * WRAP_CPS)
		return 0;
	size_t last = m - 6 < 4 * WRAP_CPS ? m - 6 : 4 * WRAP_CPS;   /* where the dash may start */
	const char *d = s + 1;
	while ((d = memchr(d, 0xE2, last + 1 - (size_t)(d - s))) && memcmp(d, dash2, 6) != 0)
		if ((size_t)(++d - s) > last)
			return 0;
	if (!d)
		return 0;
	size_t k = (size_t)(d - s);
	if (short_count(s, k) > WRAP_CPS || !bare(s, k) || !gw_rejoin_title_end(rj, s, k))
		return 0;
	return bare(d, m - k) &&
	    memmem(d, m - k, "\xE4\xBA\xBA\xE6\xB0\x91\xE4\xBB\xA3\xE8\xA1\xA8\xE5\xA4\xA7\xE4\xBC\x9A", 18) ? k : 0;   /* 人民代表大会 */
}

static int is_alnum(unsigned char ch)
{
	return (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
}

/* The junk mark s ends with, if any: three letters and digits, both
 * kinds, glued to a Chinese character or a punctuation mark (1jE, v7R). A word or a
 * number at the end of a line (GDP, 2023, PM2) is not one. */
static int end_mark(const char *s, size_t n)
{
	if (n < 6)
		return 0;
	const unsigned char *p = (const unsigned char *)s + n - 3;
	if (is_alnum(p[-1]) || p[-1] == ' ')
		return 0;
	int digits = 0;
	for (int i = 0; i < 3; i++) {
		if (!is_alnum(p[i]))
			return 0;
		digits += p[i] <= '9';
	}
	return digits == 1 || digits == 2;
}

static void flush_acc(struct gw_rejoin *rj)
{
	if (rj->acc_lines)
		wrap_line(rj, rj->acc_line, rj->acc.p, rj->acc.len);
	gw_buf_clear(&rj->acc);
	rj->acc_lines = 0;
}

/* A line of a document whose paragraphs end with the mark. Lines before
 * the first marked one (the page's title and chrome) and blank lines
 * stand alone. */
static void marked_line(struct gw_rejoin *rj, size_t lineno, const char *s, size_t n)
{
	int ends = n >= 3 && end_mark(s, n) && memcmp(s + n - 3, rj->mark, 3) == 0;
	if (n == 0 || (!ends && !rj->started)) {
		flush_acc(rj);
		wrap_line(rj, lineno, s, n);
		return;
	}
	if (ends)
		n -= 3, rj->started = 1;
	if (!rj->acc_lines)
		rj->acc_line = lineno;
	gw_buf_add(&rj->acc, s, n);
	rj->acc_lines++;
	if (ends || rj->acc_lines >= REJOIN_MAX_LINES)
		flush_acc(rj);
}

/* The mark that ends MARK_LINES of the held lines, if one does. */
static int find_mark(struct gw_rejoin *rj)
{
	for (size_t i = 0; i < rj->nheld; i++) {
		const char *s = rj->held.p + rj->held_off[i];
		size_t n = rj->held_len[i], same = 0;
		if (!end_mark(s, n))
			continue;
		for (size_t j = i; j < rj->nheld; j++) {
			size_t m = rj->held_len[j];
			const char *t = rj->held.p + rj->held_off[j];
			same += m >= 3 && end_mark(t, m) && memcmp(t + m - 3, s + n - 3, 3) == 0;
		}
		if (same >= MARK_LINES) {
			memcpy(rj->mark, s + n - 3, 3);
			rj->mark[3] = 0;
			return 1;
		}
	}
	return 0;
}

static void give_held(struct gw_rejoin *rj)
{
	for (size_t i = 0; i < rj->nheld; i++) {
		const char *s = rj->held.p + rj->held_off[i];
		if (rj->mode == REJOIN_MARKED)
			marked_line(rj, rj->held_line[i], s, rj->held_len[i]);
		else
			gw_cells_line(&rj->cells, rj->held_line[i], s, rj->held_len[i]);
	}
	rj->nheld = 0;
	gw_buf_clear(&rj->held);
}

/* "| a |  | b |" (a markdown table's row): its non-empty cells, joined
 * by one space, into rj->row; 0 if s is not such a row (it must open
 * and close with '|'; a rule line "|---|" has no cell that is text). */
static int table_row(struct gw_rejoin *rj, const char *s, size_t n)
{
	if (n < 3 || s[0] != '|' || s[n - 1] != '|')
		return 0;
	gw_buf_clear(&rj->row);
	for (size_t i = 1; i < n; ) {
		const char *bar = memchr(s + i, '|', n - i);
		size_t a = i, b = (size_t)(bar - s);
		while (a < b && s[a] == ' ')
			a++;
		while (b > a && s[b - 1] == ' ')
			b--;
		if (b > a && strspn(s + a, "-: ") < b - a) {
			if (rj->row.len)
				gw_buf_addc(&rj->row, ' ');
			gw_buf_add(&rj->row, s + a, b - a);
		}
		i = (size_t)(bar - s) + 1;
	}
	return rj->row.len > 0;
}

void gw_rejoin_line(struct gw_rejoin *rj, size_t lineno, const char *s, size_t n)
{
	if (table_row(rj, s, n))
		s = rj->row.p, n = rj->row.len;
	if (rj->mode == REJOIN_PLAIN) {
		gw_cells_line(&rj->cells, lineno, s, n);
		return;
	}
	if (rj->mode == REJOIN_MARKED) {
		marked_line(rj, lineno, s, n);
		return;
	}
	rj->held_line[rj->nheld] = lineno;
	rj->held_off[rj->nheld] = rj->held.len;
	rj->held_len[rj->nheld] = n;
	rj->nheld++;
	gw_buf_add(&rj->held, s, n);
	if (end_mark(s, n) && find_mark(rj))
		rj->mode = REJOIN_MARKED;
	else if (rj->nheld < REJOIN_HOLD)
		return;
	else
		rj->mode = REJOIN_PLAIN;
	give_held(rj);
}

void gw_rejoin_end(struct gw_rejoin *rj)
{
	give_held(rj);
	flush_acc(rj);
	gw_cells_end(&rj->cells);
	wrap_give(rj, 0);
}

void gw_rejoin_free(struct gw_rejoin *rj)
{
	gw_buf_free(&rj->held);
	gw_buf_free(&rj->acc);
	gw_buf_free(&rj->wrap);
	gw_buf_free(&rj->ends);
	gw_buf_free(&rj->tables);
	gw_buf_free(&rj->labels);
	gw_buf_free(&rj->ent);
	gw_buf_free(&rj->row);
	gw_cells_free(&rj->cells);
}
