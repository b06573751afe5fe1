/* gw-targets: the targets and reported results of work reports, one row
 * per indicator and figure. See man/gw-targets.1. */
#include "core/patterns.h"
#include "numbers/quantity.h"
#include "stream/die.h"
#include "stream/docmeta.h"
#include "stream/fatal.h"
#include "stream/filter.h"
#include "stream/lines.h"
#include "stream/tsv.h"
#include "targets/targets.h"

#include <stdlib.h>
#include <string.h>

static const char usage[] =
"Usage: gw-targets [OPTION]... [FILE]...\n"
"Write one row per target or reported result (地区生产总值增长6%左右) found in\n"
"FILEs (gongwen stream or plain UTF-8 text; none or - means stdin), with the\n"
"indicator, its measure, whether it is a target, an actual or a plan, and\n"
"the place and year of the document.\n"
"\n"
"  -P, --place NAME        the documents' government (default: read it)\n"
"  -Y, --year YEAR         the year their targets are for (default: read it)\n"
"  -i, --indicators FILE   add the indicators in FILE (ID<TAB>NAMES<TAB>MEASURES)\n"
"  -p, --places FILE       add the places in FILE (NAME<TAB>LEVEL)\n"
"      --meta FILE         gw-strip --meta rows: the documents' titles and dates\n"
GW_COMMON_HELP
"\n"
"Columns: doc place level year indicator name measure value unit low high\n"
"         qual role par sec clause\n";

static const char header[] =
	"doc\tplace\tlevel\tyear\tindicator\tname\tmeasure\tvalue\tunit\tlow\thigh\tqual\trole\tpar\tsec\tclause\n";

struct state {
	const struct gw_par *par;
	const struct targets *e;
	struct gw_buf doc;         /* the document being read, as the reader gives it */
	int doc_escaped;
	struct gw_buf line;        /* one row from the year on */
	struct gw_buf pend;        /* rows held back until the place is known */
};

static void put_str(struct gw_buf *b, const char *s, size_t n) { gw_buf_add(b, s, n); }

/* The row from its year to its clause, with the line end. */
static void format_tail(struct gw_buf *b, const struct gw_targets_row *r, const struct gw_par *p)
{
	char y[24];
	b->len = 0;
	put_str(b, y, r->year ? gw_fmt_size(y, (size_t)r->year) : 0); gw_buf_addc(b, '\t');
	put_str(b, r->indicator, strlen(r->indicator)); gw_buf_addc(b, '\t');
	gw_tsv_escape(b, r->name, r->namelen); gw_buf_addc(b, '\t');
	put_str(b, r->measure, strlen(r->measure)); gw_buf_addc(b, '\t');
	put_str(b, r->value, r->valuelen); gw_buf_addc(b, '\t');
	gw_tsv_escape(b, r->unit, r->unitlen); gw_buf_addc(b, '\t');
	put_str(b, r->low, r->lowlen); gw_buf_addc(b, '\t');
	put_str(b, r->high, r->highlen); gw_buf_addc(b, '\t');
	gw_tsv_escape(b, r->qual, r->quallen); gw_buf_addc(b, '\t');
	put_str(b, r->role, strlen(r->role)); gw_buf_addc(b, '\t');
	put_str(b, p->par, p->parlen); gw_buf_addc(b, '\t');
	if (p->sec)
		put_str(b, p->sec, p->seclen);
	else
		gw_buf_addc(b, '0');
	gw_buf_addc(b, '\t');
	gw_tsv_escape(b, r->clause, r->clauselen);
	gw_buf_addc(b, '\n');
}

static void write_head(const struct state *st, const char *place, size_t placelen, const char *level)
{
	if (st->doc_escaped)
		gw_out_write(st->doc.p, st->doc.len);
	else
		gw_out_field(st->doc.p, st->doc.len);
	gw_out_tab();
	gw_out_field(place, placelen); gw_out_tab();
	gw_out_str(level); gw_out_tab();
}

/* The rows held back, with the place the document named meanwhile. */
static void flush_pending(struct state *st)
{
	const struct targets *e = st->e;
	const char *level = gw_targets_level_name(e->level);
	for (size_t i = 0; i < st->pend.len; ) {
		const char *nl = memchr(st->pend.p + i, '\n', st->pend.len - i);
		size_t end = (size_t)(nl - st->pend.p) + 1;
		write_head(st, e->place, e->placelen, level);
		gw_out_write(st->pend.p + i, end - i);
		i = end;
	}
	st->pend.len = 0;
}

static void row(void *arg, const struct gw_targets_row *r)
{
	struct state *st = arg;
	format_tail(&st->line, r, st->par);
	if (gw_targets_header_open(st->e)) {
		gw_buf_add(&st->pend, st->line.p, st->line.len);
		return;
	}
	flush_pending(st);
	write_head(st, r->place, r->placelen, r->level);
	gw_out_write(st->line.p, st->line.len);
}

/* --meta: the title and date of each document. */
enum { META_TITLE, META_DATE };
static const char *const gw_meta_keys[] = {"title", "date", NULL};

static void load(struct gw_targets_tables *t, int (*fn)(struct gw_targets_tables *, const char *, struct gw_error *),
    const char *path)
{
	struct gw_error err = {0};
	if (fn(t, path, &err) < 0)
		gw_die(GW_USAGE, "%s", err.msg);
}

/* What the options chose. */
struct opts {
	const char *place, *year, *ind[64], *pl[64];
	int ni, np;
};

/* One of the quantity engine's tables, or the run stopped with its message */
static void load_qty(int (*fn)(struct gw_qty_tables *, const char *, struct gw_error *), struct gw_qty_tables *qt,
    const char *path, const char *what)
{
	struct gw_error err = {0};
	int rc = fn(qt, path, &err);
	if (rc == -2) {
		gw_warn("%s", err.msg);
		gw_die(GW_USAGE, "cannot load %s from %s", what, path);
	}
	if (rc < 0)
		gw_die(GW_USAGE, "%s", err.msg);
}

/* The quantity engine's tables, then ours with the user's files. */
static void load_tables(struct gw_qty_tables *qt, struct gw_targets_tables *tt, const struct opts *o)
{
	load_qty(gw_qty_load_units, qt, gw_datafile("units.txt"), "units");
	load_qty(gw_qty_load_quals, qt, gw_datafile("qualifiers.txt"), "qualifiers");
	load_qty(gw_qty_load_nots, qt, gw_datafile("not-numbers.txt"), "not-numbers");
	load_qty(gw_qty_load_words, qt, gw_datafile("number-words.txt"), "number words");
	gw_qty_tables_ready(qt);
	gw_targets_tables_init(tt, qt);
	load(tt, gw_targets_load_indicators, gw_datafile("indicators.txt"));
	for (int k = 0; k < o->ni; k++) load(tt, gw_targets_load_indicators, o->ind[k]);
	load(tt, gw_targets_load_words, gw_datafile("target-words.txt"));
	load(tt, gw_targets_load_places, gw_datafile("places.txt"));
	for (int k = 0; k < o->np; k++) load(tt, gw_targets_load_places, o->pl[k]);
	struct gw_error err = {0};
	if (gw_targets_tables_ready(tt, &err) < 0)
		gw_die(GW_USAGE, "%s", err.msg);
}

/* A new document: its own place, year and held rows; its page's title
 * and date from --meta. */
static void new_doc(struct state *st, struct targets *e, const struct opts *o,
    const struct gw_docmeta *meta, const struct gw_par *par)
{
	flush_pending(st);
	gw_targets_new_doc(e, o->place, o->year);
	st->doc.len = 0;
	gw_buf_add(&st->doc, par->doc, par->doclen);
	st->doc_escaped = par->doc_escaped;
	const char *date = gw_docmeta_get(meta, par->doc, par->doclen, META_DATE);
	const char *title = gw_docmeta_get(meta, par->doc, par->doclen, META_TITLE);
	if (date)
		gw_targets_date(e, date, strlen(date));
	if (title)
		gw_targets_title(e, title, strlen(title));
}

static struct gw_qty_tables qt;
static struct gw_targets_tables tt;
static struct gw_docmeta meta;
static struct opts o;
static struct targets e;
static struct state st;

static int option(struct gw_filter *f, int c, const char *arg)
{
	(void)f;
	switch (c) {
	case 'P': o.place = arg; return 0;
	case 'Y': o.year = arg; return 0;
	case 'i': if (o.ni == 64) gw_usage_error("too many --indicators"); o.ind[o.ni++] = arg; return 0;
	case 'p': if (o.np == 64) gw_usage_error("too many --places"); o.pl[o.np++] = arg; return 0;
	case 'm' + 0x200: gw_docmeta_load(&meta, gw_meta_keys, arg, "--meta"); return 0;
	}
	return -1;
}

static void start(struct gw_filter *f)
{
	(void)f;
	load_tables(&qt, &tt, &o);
	gw_targets_init(&e, &tt);
	st.e = &e;
	e.emit = row;
	e.arg = &st;
	if (gw_targets_new_doc(&e, o.place, o.year) < 0)
		gw_usage_error("--year wants a year such as 2023, not '%s'", o.year);
}

static void doc_start(struct gw_filter *f, const struct gw_par *p) { (void)f; new_doc(&st, &e, &o, &meta, p); }

static void paragraph(struct gw_filter *f, const struct gw_par *p)
{
	(void)f;
	st.par = p;
	gw_targets_par(&e, p->text, p->textlen);
	if (st.pend.len && !gw_targets_header_open(&e))
		flush_pending(&st);
}

static void end(struct gw_filter *f) { (void)f; flush_pending(&st); }

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"place", required_argument, NULL, 'P'},
		{"year", required_argument, NULL, 'Y'},
		{"indicators", required_argument, NULL, 'i'},
		{"places", required_argument, NULL, 'p'},
		{"meta", required_argument, NULL, 'm' + 0x200},
		{NULL, 0, NULL, 0}
	};
	struct gw_filter f = {
		.usage = usage, .shortopts = "P:Y:i:p:", .longopts = longopts, .option = option,
		.start = start, .header = header, .doc_start = doc_start, .paragraph = paragraph, .end = end,
	};
	gw_filter_main(&f, argc, argv);
}
