/* gw-numbers: every number in each paragraph with its unit, normalised.
 * See man/gw-numbers.1. */
#include "core/patterns.h"
#include "core/utf8.h"
#include "numbers/quantity.h"
#include "stream/die.h"
#include "stream/fatal.h"
#include "stream/filter.h"
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

struct state {
	struct gw_qty_tables tab;
	struct gw_qty_scan sc;
	const char *more[3][64];   /* --units, --qualifiers, --not-numbers */
	int nmore[3], all;
	int label;            /* --label: the rule column */
	const struct gw_par *par;
	int plain;            /* the paragraph has nothing to escape (-1: not yet known) */
	int doc_plain;        /* nor has the doc name */
	struct gw_cpcursor cur; /* rows come in text order */
};

/* Room is reserved once a row: the usual field is a copy and a TAB. */
static inline void put(struct gw_buf *b, const char *s, size_t n, char sep)
{
	if (n)  /* an empty field's pointer may be NULL */
		memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len++] = sep;
}

/* A field that may hold TAB, LF, CR or backslash (clean: known not to). */
static inline void put_field(struct gw_buf *b, int clean, const char *s, size_t n, char sep)
{
	if (clean || !gw_tsv_needs_escape(s, n))
		put(b, s, n, sep);
	else {
		gw_tsv_escape(b, s, n);
		gw_buf_reserve(b, 256);
		b->p[b->len++] = sep;
	}
}

/* One row, assembled in one buffer and written with one call. */
static void row(void *arg, const struct gw_qty *q, const char *text, size_t n)
{
	struct state *st = arg;
	const struct gw_par *p = st->par;
	static struct gw_buf rb;
	char num[24];
	if (st->plain < 0) {  /* once a paragraph with rows */
		st->plain = !gw_tsv_needs_escape(text, n);
		st->doc_plain = p->doc_escaped || !gw_tsv_needs_escape(p->doc, p->doclen);
	}
	size_t c0 = gw_cpcursor_at(&st->cur, text, q->b0), c1 = gw_cpcursor_at(&st->cur, text, q->b1);
	gw_buf_clear(&rb);
	/* escaped fields may double; the rest is copied as it is */
	gw_buf_reserve(&rb, 2 * (p->doclen + (q->b1 - q->b0) + q->unitlen + q->qual.len + (q->c1 - q->c0)) +
	    p->parlen + p->seclen + q->value.len + q->low.len + q->high.len + strlen(q->kind) + (st->label ? strlen(q->rule) + 1 : 0) + 2 * 24 + 16);
	put_field(&rb, st->doc_plain, p->doc, p->doclen, '\t');
	put(&rb, p->par, p->parlen, '\t');
	put(&rb, p->sec ? p->sec : "0", p->sec ? p->seclen : 1, '\t');
	put(&rb, num, gw_fmt_size(num, c0), '\t');
	put(&rb, num, gw_fmt_size(num, c1), '\t');
	put_field(&rb, st->plain, text + q->b0, q->b1 - q->b0, '\t');
	/* values are digits, sign, point, and the - : T of dates */
	put(&rb, q->value.p, q->value.len, '\t');
	put_field(&rb, 0, q->unit, q->unitlen, '\t');
	put(&rb, q->low.p, q->low.len, '\t');
	put(&rb, q->high.p, q->high.len, '\t');
	put_field(&rb, 0, q->qual.p, q->qual.len, '\t');
	put(&rb, q->kind, strlen(q->kind), '\t');
	if (st->label)
		put(&rb, q->rule, strlen(q->rule), '\t');
	put_field(&rb, st->plain, text + q->c0, q->c1 - q->c0, '\n');
	gw_out_write(rb.p, rb.len);
}

static int option(struct gw_filter *f, int c, const char *arg)
{
	struct state *st = f->arg;
	static const char *const name[3] = {"--units", "--qualifiers", "--not-numbers"};
	const char *opt = "uqx", *k = c ? strchr(opt, c) : NULL;
	if (c == 'a')
		return st->all = 1, 0;
	if (c == OPT_LABEL)
		return st->label = 1, 0;
	if (!k)
		return -1;
	if (st->nmore[k - opt] == 64)
		gw_usage_error("too many %s", name[k - opt]);
	st->more[k - opt][st->nmore[k - opt]++] = arg;
	return 0;
}

/* The data files, each followed by the user's own of its kind. */
typedef int (*load_fn)(struct gw_qty_tables *t, const char *path, struct gw_error *err);

/* A table file loaded, or the run stopped with the engine's message */
static void load(load_fn fn, struct gw_qty_tables *t, const char *path, const char *what)
{
	struct gw_error err = {0};
	int rc = fn(t, path, &err);
	if (rc == -2) {
		gw_warn("%s", err.msg);
		gw_die(GW_USAGE, "cannot load %s from %s", what, path);
	}
	if (rc < 0)
		gw_die(GW_USAGE, "%s", err.msg);
}

/* The data files, each followed by the user's own of its kind (the
 * number words before the user's not-numbers, which may undo them). */
static void start(struct gw_filter *f)
{
	struct state *st = f->arg;
	static const char *const file[3] = {"units.txt", "qualifiers.txt", "not-numbers.txt"};
	static const char *const what[3] = {"units", "qualifiers", "not-numbers"};
	static const load_fn fn[3] = {gw_qty_load_units, gw_qty_load_quals, gw_qty_load_nots};
	for (int i = 0; i < 3; i++) {
		load(fn[i], &st->tab, gw_datafile(file[i]), what[i]);
		if (i == 2)
			load(gw_qty_load_words, &st->tab, gw_datafile("number-words.txt"), "number words");
		for (int k = 0; k < st->nmore[i]; k++)
			load(fn[i], &st->tab, st->more[i][k], what[i]);
	}
	gw_qty_tables_ready(&st->tab);
	gw_qty_scan_init(&st->sc, &st->tab, st->all);
	st->sc.emit = row;
	st->sc.arg = st;
	if (st->label)
		f->header = "doc\tpar\tsec\tstart\tend\tspan\tvalue\tunit\tlow\thigh\tqual\tkind\trule\tclause\n";
}

static void paragraph(struct gw_filter *f, const struct gw_par *p)
{
	struct state *st = f->arg;
	st->par = p;
	st->cur = (struct gw_cpcursor){0};
	st->plain = -1;
	gw_qty_scan_text(&st->sc, p->text, p->textlen);
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
	static struct state st;
	struct gw_filter f = {
		.usage = usage, .shortopts = "au:q:x:", .longopts = longopts,
		.option = option, .start = start, .paragraph = paragraph, .arg = &st,
		.header = "doc\tpar\tsec\tstart\tend\tspan\tvalue\tunit\tlow\thigh\tqual\tkind\tclause\n",
	};
	gw_filter_main(&f, argc, argv);
}
