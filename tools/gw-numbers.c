/* gw-numbers: every number in each paragraph with its unit, normalised.
 * See man/gw-numbers.1. */
#include "core/utf8.h"
#include "numbers/load.h"
#include "stream/filter.h"
#include "stream/row.h"
#include "stream/tsv.h"

#include <string.h>

static const char usage[] =
"Usage: gw-numbers [OPTION]... [FILE]...\n"
"Write one row per quantity (a number with its unit, a percentage, a year,\n"
"a date, an ordinal) found in each paragraph of FILEs (gongwen stream or\n"
"plain UTF-8 text; none or - means stdin).\n"
"\n"
"  -a, --all               also bare numerals without a unit, and names\n"
"                          such as \"1357\" or G20 (kind name)\n"
"  -u, --units FILE        add the units in FILE to the unit table\n"
"  -q, --qualifiers FILE   add the qualifiers in FILE\n"
"  -x, --not-numbers FILE  add the words in FILE to the words whose\n"
"                          numerals are not numbers (一流, 十四五)\n"
"      --label             add a column rule before clause: the rule that\n"
"                          made the row (year, range, value ...)\n"
GW_COMMON_HELP
"\n"
"Columns: doc par sec start end span value unit low high qual kind clause\n"
"(with --label: ... kind rule clause)\n"
"(sec 0 when the input has no outline)\n";

enum { OPT_LABEL = 0x200 };  /* long option only */

static struct {
	struct gw_optlist more[GW_QTY_NKINDS];  /* -u, -q, -x */
	int all;                   /* -a */
	int label;                 /* --label: the rule column */
	struct gw_qty_tables tab;
	struct gw_qty_scan sc;
	const struct gw_par *par;
	int plain;                 /* the paragraph has nothing to escape (-1: not yet known) */
	int doc_plain;             /* nor has the doc name */
	struct gw_cpcursor cur;    /* rows come in text order */
	struct gw_buf rb;          /* the row */
	struct gw_buf keys;        /* the paragraph's doc, par and sec, each with its TAB */
} st;

static int option(struct gw_filter *f, int c, const char *arg)
{
	static const char *const name[GW_QTY_NKINDS] = {"--units", "--qualifiers", "--not-numbers"};
	const char *opt = "uqx", *k = c ? strchr(opt, c) : NULL;
	(void)f;
	if (c == 'a')
		return st.all = 1, 0;
	if (c == OPT_LABEL)
		return st.label = 1, 0;
	if (!k)
		return -1;
	gw_optlist_add(&st.more[k - opt], arg, 64, name[k - opt]);
	return 0;
}

/* s[0..n) at o, then sep; returns the end */
static inline char *put(char *o, const char *s, size_t n, char sep)
{
	if (n)  /* an empty field's pointer may be NULL */
		memcpy(o, s, n);
	o[n] = sep;
	return o + n + 1;
}

/* The row written in place at the end of the output buffer, where none
 * of its fields needs an escape (nearly always): no row buffer to copy
 * from, the key columns copied as one. Returns 0 where a field needs
 * one. */
static int row_in_place(const struct gw_qty *q, const char *text, size_t c0, size_t c1, size_t kl, size_t rl)
{
	if (!st.plain || (q->unitlen && gw_tsv_needs_escape(q->unit, q->unitlen)) ||
	    (q->qual.len && gw_tsv_needs_escape(q->qual.p, q->qual.len)))  /* most have none */
		return 0;
	char *o0 = gw_out_room(st.keys.len + (q->b1 - q->b0) + q->value.len + q->unitlen + q->low.len + q->high.len +
	    q->qual.len + kl + rl + (q->c1 - q->c0) + 2 * 24 + 16);
	if (!o0)
		return 0;
	char *o = o0;
	memcpy(o, st.keys.p, st.keys.len);
	o += st.keys.len;
	o += gw_fmt_size(o, c0);
	*o++ = '\t';
	o += gw_fmt_size(o, c1);
	*o++ = '\t';
	o = put(o, text + q->b0, q->b1 - q->b0, '\t');
	o = put(o, q->value.p, q->value.len, '\t');
	o = put(o, q->unit, q->unitlen, '\t');
	o = put(o, q->low.p, q->low.len, '\t');
	o = put(o, q->high.p, q->high.len, '\t');
	o = put(o, q->qual.p, q->qual.len, '\t');
	o = put(o, q->kind, kl, '\t');
	if (st.label)
		o = put(o, q->rule, rl, '\t');
	o = put(o, text + q->c0, q->c1 - q->c0, '\n');
	gw_out_commit((size_t)(o - o0));
	return 1;
}

/* doc par sec start end span value unit low high qual kind [rule] clause,
 * assembled in one buffer and written with one call */
static void row(void *arg, const struct gw_qty *q, const char *text, size_t n)
{
	const struct gw_par *p = st.par;
	struct gw_buf *b = &st.rb;
	char num[24];
	(void)arg;
	if (st.plain < 0) {  /* once a paragraph with rows */
		st.plain = !gw_tsv_needs_escape(text, n);
		st.doc_plain = p->doc_escaped || !gw_tsv_needs_escape(p->doc, p->doclen);
		gw_buf_clear(&st.keys);
		gw_buf_reserve(&st.keys, gw_row_keys_room(p));
		gw_row_keys(&st.keys, p, st.doc_plain);
	}
	size_t c0 = gw_cpcursor_at(&st.cur, text, q->b0), c1 = gw_cpcursor_at(&st.cur, text, q->b1);
	if (row_in_place(q, text, c0, c1, strlen(q->kind), st.label ? strlen(q->rule) : 0))
		return;
	gw_buf_clear(b);
	/* escaped fields may double; the rest is copied as it is */
	gw_buf_reserve(b, gw_row_keys_room(p) + 2 * ((q->b1 - q->b0) + q->unitlen + q->qual.len + (q->c1 - q->c0)) +
	    q->value.len + q->low.len + q->high.len + strlen(q->kind) + (st.label ? strlen(q->rule) + 1 : 0) + 2 * 24 + 16);
	gw_row_keys(b, p, st.doc_plain);
	gw_row_put(b, num, gw_fmt_size(num, c0), '\t');
	gw_row_put(b, num, gw_fmt_size(num, c1), '\t');
	gw_row_field(b, st.plain, text + q->b0, q->b1 - q->b0, '\t');
	/* values are digits, sign, point, and the - : T of dates */
	gw_row_put(b, q->value.p, q->value.len, '\t');
	gw_row_field(b, 0, q->unit, q->unitlen, '\t');
	gw_row_put(b, q->low.p, q->low.len, '\t');
	gw_row_put(b, q->high.p, q->high.len, '\t');
	gw_row_field(b, 0, q->qual.p, q->qual.len, '\t');
	gw_row_put(b, q->kind, strlen(q->kind), '\t');
	if (st.label)
		gw_row_put(b, q->rule, strlen(q->rule), '\t');
	gw_row_field(b, st.plain, text + q->c0, q->c1 - q->c0, '\n');
	gw_out_write(b->p, b->len);
}

static void start(struct gw_filter *f)
{
	struct gw_qty_user user = {{st.more[0].v, st.more[1].v, st.more[2].v}, {st.more[0].n, st.more[1].n, st.more[2].n}};
	const char *what = NULL, *path = NULL;
	struct gw_error err = {0};
	int rc = gw_qty_load_all(&st.tab, &user, &what, &path, &err);
	gw_check_load(rc, &err, what, path);
	gw_qty_scan_init(&st.sc, &st.tab, st.all);
	st.sc.emit = row;
	if (st.label)
		f->header = "doc\tpar\tsec\tstart\tend\tspan\tvalue\tunit\tlow\thigh\tqual\tkind\trule\tclause\n";
}

static void paragraph(struct gw_filter *f, const struct gw_par *p)
{
	(void)f;
	st.par = p;
	st.cur = (struct gw_cpcursor){0};
	st.plain = -1;
	gw_qty_scan_text(&st.sc, p->text, p->textlen);
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"all", no_argument, NULL, 'a'},
		{"units", required_argument, NULL, 'u'},
		{"qualifiers", required_argument, NULL, 'q'},
		{"not-numbers", required_argument, NULL, 'x'},
		{"label", no_argument, NULL, OPT_LABEL},
		{NULL, 0, NULL, 0}
	};
	struct gw_filter f = {
		.usage = usage, .shortopts = "au:q:x:", .longopts = longopts,
		.option = option, .start = start, .paragraph = paragraph,
		.header = "doc\tpar\tsec\tstart\tend\tspan\tvalue\tunit\tlow\thigh\tqual\tkind\tclause\n",
	};
	gw_filter_main(&f, argc, argv);
}
