/* gw-numbers: every number in each paragraph with its unit, normalised.
 * See man/gw-numbers.1. */
#include "stream/cli.h"
#include "stream/die.h"
#include "stream/paragraphs.h"
#include "core/patterns.h"
#include "numbers/quantity.h"
#include "stream/tsv.h"
#include "core/utf8.h"

#include <stdint.h>
#include <stdlib.h>
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
	const struct gw_par *par;
	int plain;            /* the paragraph has nothing out_field escapes (-1: not yet known) */
	int doc_plain;        /* nor has the doc name */
	size_t cur_b, cur_c;  /* code point count at byte cur_b */
	int label;            /* --label: the rule column */
};

/* Code points in s[0..n): bytes that are not continuation bytes
 * (10xxxxxx), eight at a time. */
static size_t count_cp(const unsigned char *s, size_t n)
{
	size_t c = 0, i = 0;
	const uint64_t H = 0x8080808080808080ull;
	for (; i + 32 <= n; i += 32) {
		/* four words: each byte's count (0-4) summed once */
		uint64_t x0, x1, x2, x3;
		memcpy(&x0, s + i, 8); memcpy(&x1, s + i + 8, 8);
		memcpy(&x2, s + i + 16, 8); memcpy(&x3, s + i + 24, 8);
		uint64_t cont = ((x0 & ~(x0 << 1) & H) >> 7) + ((x1 & ~(x1 << 1) & H) >> 7) +
		                ((x2 & ~(x2 << 1) & H) >> 7) + ((x3 & ~(x3 << 1) & H) >> 7);
		c += 32 - (size_t)((cont * 0x0101010101010101ull) >> 56);
	}
	for (; i + 8 <= n; i += 8) {
		uint64_t x;
		memcpy(&x, s + i, 8);
		uint64_t cont = (x & ~(x << 1) & 0x8080808080808080ull) >> 7;
		c += 8 - (size_t)((cont * 0x0101010101010101ull) >> 56);  /* sum of the bytes */
	}
	for (; i < n; i++)
		c += (s[i] & 0xC0) != 0x80;
	return c;
}

static size_t cp_offset(struct state *st, const char *text, size_t b)
{
	if (b < st->cur_b) {
		st->cur_b = 0;
		st->cur_c = 0;
	}
	st->cur_c += count_cp((const unsigned char *)text + st->cur_b, b - st->cur_b);
	st->cur_b = b;
	return st->cur_c;
}

static int needs_escape(const char *s, size_t n)
{
	return memchr(s, '\\', n) || memchr(s, '\t', n) || memchr(s, '\r', n) || memchr(s, '\n', n);
}

/* out_keys, with the doc name's escape scan done once a paragraph */
static void keys(const struct state *st)
{
	const struct gw_par *p = st->par;
	if (p->doc_escaped || st->doc_plain) {
		out_write(p->doc, p->doclen);
		out_tab();
		out_write(p->par, p->parlen);
		out_tab();
		if (p->sec)
			out_write(p->sec, p->seclen);
		else
			out_char('0');
		out_tab();
	} else {
		out_keys(p, 1);
	}
}

/* Span and clause are slices of the paragraph: written as they are when
 * the paragraph holds nothing to escape. */
static void text_field(const struct state *st, const char *s, size_t n)
{
	if (st->plain)
		out_write(s, n);
	else
		out_field(s, n);
}

/* Nothing in s[0..n) that out_field escapes (for short fields) */
static int clean(const char *s, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (s[k] == '\\' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r')
			return 0;
	return 1;
}

static inline void put(struct gw_buf *b, const char *s, size_t n)
{
	if (n)  /* an empty buffer's pointer may be NULL */
		memcpy(b->p + b->len, s, n);
	b->len += n;
}
static inline void put_tab(struct gw_buf *b) { b->p[b->len++] = '\t'; }

static void row(void *arg, const struct qty *q, const char *text, size_t n)
{
	struct state *st = arg;
	const struct gw_par *p = st->par;
	if (st->plain < 0) {
		/* once a paragraph, and only for paragraphs with rows */
		st->plain = !needs_escape(text, n);
		st->doc_plain = p->doc_escaped || !needs_escape(p->doc, p->doclen);
	}
	size_t c0 = cp_offset(st, text, q->b0);
	size_t c1 = cp_offset(st, text, q->b1);
	const char *qual = q->qual.p ? q->qual.p : "";
	if (st->plain && st->doc_plain && clean(q->unit, q->unitlen) && clean(qual, q->qual.len)) {
		/* the usual row: every field as it is, assembled in one buffer
		 * and written with one call */
		static struct gw_buf rb;
		size_t kl = strlen(q->kind), rl = st->label ? strlen(q->rule) + 1 : 0;
		rb.len = 0;
		buf_reserve(&rb, p->doclen + p->parlen + p->seclen + 2 * 24 + (q->b1 - q->b0) + q->value.len +
		    q->unitlen + q->low.len + q->high.len + q->qual.len + kl + rl + (q->c1 - q->c0) + 16);
		put(&rb, p->doc, p->doclen); put_tab(&rb);
		put(&rb, p->par, p->parlen); put_tab(&rb);
		if (p->sec)
			put(&rb, p->sec, p->seclen);
		else
			rb.p[rb.len++] = '0';
		put_tab(&rb);
		rb.len += fmt_size(rb.p + rb.len, c0); put_tab(&rb);
		rb.len += fmt_size(rb.p + rb.len, c1); put_tab(&rb);
		put(&rb, text + q->b0, q->b1 - q->b0); put_tab(&rb);
		put(&rb, q->value.p, q->value.len); put_tab(&rb);
		put(&rb, q->unit, q->unitlen); put_tab(&rb);
		put(&rb, q->low.p, q->low.len); put_tab(&rb);
		put(&rb, q->high.p, q->high.len); put_tab(&rb);
		put(&rb, qual, q->qual.len); put_tab(&rb);
		put(&rb, q->kind, kl); put_tab(&rb);
		if (rl) { put(&rb, q->rule, rl - 1); put_tab(&rb); }
		put(&rb, text + q->c0, q->c1 - q->c0);
		rb.p[rb.len++] = '\n';
		out_write(rb.p, rb.len);
		return;
	}
	keys(st);
	out_size(c0); out_tab();
	out_size(c1); out_tab();
	text_field(st, text + q->b0, q->b1 - q->b0); out_tab();
	/* values are digits, sign, point, and the - : T of dates */
	out_write(q->value.p ? q->value.p : "", q->value.len); out_tab();
	out_field(q->unit, q->unitlen); out_tab();
	out_write(q->low.p ? q->low.p : "", q->low.len); out_tab();
	out_write(q->high.p ? q->high.p : "", q->high.len); out_tab();
	out_field(q->qual.p ? q->qual.p : "", q->qual.len); out_tab();
	out_str(q->kind); out_tab();
	if (st->label) { out_str(q->rule); out_tab(); }
	text_field(st, text + q->c0, q->c1 - q->c0);
	out_nl();
}

typedef int (*load_fn)(struct qty_tables *t, const char *path, struct gw_error *err);

/* A table file loaded, or the run stopped with the engine's message */
static void load(load_fn fn, struct qty_tables *t, const char *path, const char *what)
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

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"all", no_argument, NULL, 'a'},
		{"units", required_argument, NULL, 'u'},
		{"qualifiers", required_argument, NULL, 'q'},
		{"not-numbers", required_argument, NULL, 'x'},
		{"label", no_argument, NULL, OPT_LABEL},
		GW_COMMON_LONGOPTS,
		{NULL, 0, NULL, 0}
	};
	struct gw_common co = {0};
	static struct qty_tables tab;
	const char *more_units[64], *more_quals[64], *more_nots[64];
	int nmu = 0, nmq = 0, nmx = 0, all = 0, label = 0, c;

	gw_init(argv[0]);
	while ((c = getopt_long(argc, argv, "au:q:x:" GW_COMMON_SHORTOPTS, longopts, NULL)) != -1) {
		if (gw_common_opt(c, optarg, &co, usage))
			continue;
		switch (c) {
		case 'a': all = 1; break;
		case OPT_LABEL: label = 1; break;
		case 'u': if (nmu == 64) gw_usage_error("too many --units"); more_units[nmu++] = optarg; break;
		case 'q': if (nmq == 64) gw_usage_error("too many --qualifiers"); more_quals[nmq++] = optarg; break;
		case 'x': if (nmx == 64) gw_usage_error("too many --not-numbers"); more_nots[nmx++] = optarg; break;
		default: gw_usage_error("unknown option");
		}
	}
	load(qty_load_units, &tab, gw_datafile("units.txt"), "units");
	for (int k = 0; k < nmu; k++) load(qty_load_units, &tab, more_units[k], "units");
	load(qty_load_quals, &tab, gw_datafile("qualifiers.txt"), "qualifiers");
	for (int k = 0; k < nmq; k++) load(qty_load_quals, &tab, more_quals[k], "qualifiers");
	load(qty_load_nots, &tab, gw_datafile("not-numbers.txt"), "not-numbers");
	load(qty_load_words, &tab, gw_datafile("number-words.txt"), "number words");
	for (int k = 0; k < nmx; k++) load(qty_load_nots, &tab, more_nots[k], "not-numbers");
	qty_tables_ready(&tab);

	out_init();
	struct qty_scan sc;
	struct state st = {0};
	st.label = label;
	qty_scan_init(&sc, &tab, all);
	sc.emit = row;
	sc.arg = &st;

	struct gw_inputs in;
	inputs_init(&in, argc, argv, &co);
	const char *name;
	/* the same columns whatever the input: -N changes only this line */
	if (!co.no_header) {
		out_keys_header(1);
		out_str(label ? "start\tend\tspan\tvalue\tunit\tlow\thigh\tqual\tkind\trule\tclause\n"
		              : "start\tend\tspan\tvalue\tunit\tlow\thigh\tqual\tkind\tclause\n");
	}
	while ((name = inputs_next(&in))) {
		struct gw_reader r;
		struct gw_par par;
		if (reader_open(&r, name, co.doc) < 0)
			continue;
		r.plain = co.plain;
		while (reader_next(&r, &par)) {
			st.par = &par;
			st.cur_b = st.cur_c = 0;
			st.plain = -1;
			qty_scan_text(&sc, par.text, par.textlen);
		}
		reader_close(&r);
	}
	qty_scan_free(&sc);
	out_flush();
	gw_exit();
}
