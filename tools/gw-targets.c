/* gw-targets: the targets and reported results of work reports, one row
 * per indicator and figure. See man/gw-targets.1. */
#include "stream/docmeta.h"
#include "stream/filter.h"
#include "stream/row.h"
#include "stream/tsv.h"
#include "targets/setup.h"

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

static struct {
	const char *place, *year;      /* -P, -Y */
	struct gw_optlist ind, places; /* -i, -p */
	struct gw_docmeta meta;        /* --meta */
	struct gw_qty_tables qt;
	struct gw_targets_tables tt;
	struct targets e;
	const struct gw_par *par;
	struct gw_buf doc;         /* the document being read, as the reader gives it */
	int doc_escaped;
	struct gw_buf line;        /* one row from the year on */
	struct gw_buf pend;        /* rows held back until the place is known */
} st;

/* --meta: the title and date of each document. */
enum { META_TITLE, META_DATE };
static const char *const meta_keys[] = {"title", "date", NULL};

static int option(struct gw_filter *f, int c, const char *arg)
{
	(void)f;
	switch (c) {
	case 'P': st.place = arg; return 0;
	case 'Y': st.year = arg; return 0;
	case 'i': gw_optlist_add(&st.ind, arg, 64, "--indicators"); return 0;
	case 'p': gw_optlist_add(&st.places, arg, 64, "--places"); return 0;
	case 'm' + 0x200: gw_docmeta_load(&st.meta, meta_keys, arg, "--meta"); return 0;
	}
	return -1;
}

/* The row from its year to its clause, with the line end. */
static void format_tail(struct gw_buf *b, const struct gw_targets_row *r, const struct gw_par *p)
{
	char y[24];
	b->len = 0;
	gw_buf_reserve(b, 2 * (r->namelen + r->unitlen + r->quallen + r->clauselen) + strlen(r->indicator) +
	    strlen(r->measure) + r->valuelen + r->lowlen + r->highlen + strlen(r->role) + p->parlen + p->seclen + 64);
	gw_row_put(b, y, r->year ? gw_fmt_size(y, (size_t)r->year) : 0, '\t');
	gw_row_put(b, r->indicator, strlen(r->indicator), '\t');
	gw_row_field(b, 0, r->name, r->namelen, '\t');
	gw_row_put(b, r->measure, strlen(r->measure), '\t');
	gw_row_put(b, r->value, r->valuelen, '\t');
	gw_row_field(b, 0, r->unit, r->unitlen, '\t');
	gw_row_put(b, r->low, r->lowlen, '\t');
	gw_row_put(b, r->high, r->highlen, '\t');
	gw_row_field(b, 0, r->qual, r->quallen, '\t');
	gw_row_put(b, r->role, strlen(r->role), '\t');
	gw_row_put(b, p->par, p->parlen, '\t');
	gw_row_put(b, p->sec ? p->sec : "0", p->sec ? p->seclen : 1, '\t');
	gw_row_field(b, 0, r->clause, r->clauselen, '\n');
}

/* doc place level, then the rest of the row */
static void write_row(const char *place, size_t placelen, const char *level, const char *tail, size_t n)
{
	if (st.doc_escaped)
		gw_out_write(st.doc.p, st.doc.len);
	else
		gw_out_field(st.doc.p, st.doc.len);
	gw_out_tab();
	gw_out_field(place, placelen);
	gw_out_tab();
	gw_out_str(level);
	gw_out_tab();
	gw_out_write(tail, n);
}

/* The rows held back, with the place the document named meanwhile. */
static void flush_pending(void)
{
	const char *level = gw_targets_level_name(st.e.level);
	for (size_t i = 0; i < st.pend.len; ) {
		const char *nl = memchr(st.pend.p + i, '\n', st.pend.len - i);
		size_t end = (size_t)(nl - st.pend.p) + 1;
		write_row(st.e.place, st.e.placelen, level, st.pend.p + i, end - i);
		i = end;
	}
	st.pend.len = 0;
}

static void row(void *arg, const struct gw_targets_row *r)
{
	(void)arg;
	format_tail(&st.line, r, st.par);
	if (gw_targets_header_open(&st.e)) {
		gw_buf_add(&st.pend, st.line.p, st.line.len);
		return;
	}
	flush_pending();
	write_row(r->place, r->placelen, r->level, st.line.p, st.line.len);
}

static void start(struct gw_filter *f)
{
	struct gw_targets_user user = {st.ind.v, st.ind.n, st.places.v, st.places.n};
	const char *what = NULL, *path = NULL;
	struct gw_error err = {0};
	(void)f;
	int rc = gw_targets_load_all(&st.tt, &st.qt, &user, &what, &path, &err);
	gw_check_load(rc, &err, what, path);
	gw_targets_init(&st.e, &st.tt);
	st.e.emit = row;
	if (gw_targets_new_doc(&st.e, st.place, st.year) < 0)
		gw_usage_error("--year wants a year such as 2023, not '%s'", st.year);
}

/* A new document: its own place, year and held rows; its page's title
 * and date from --meta. */
static void doc_start(struct gw_filter *f, const struct gw_par *p)
{
	(void)f;
	flush_pending();
	gw_targets_new_doc(&st.e, st.place, st.year);
	st.doc.len = 0;
	gw_buf_add(&st.doc, p->doc, p->doclen);
	st.doc_escaped = p->doc_escaped;
	const char *date = gw_docmeta_get(&st.meta, p->doc, p->doclen, META_DATE);
	const char *title = gw_docmeta_get(&st.meta, p->doc, p->doclen, META_TITLE);
	if (date)
		gw_targets_date(&st.e, date, strlen(date));
	if (title)
		gw_targets_title(&st.e, title, strlen(title));
}

static void paragraph(struct gw_filter *f, const struct gw_par *p)
{
	(void)f;
	st.par = p;
	gw_targets_par(&st.e, p->text, p->textlen);
	if (st.pend.len && !gw_targets_header_open(&st.e))
		flush_pending();
}

static void end(struct gw_filter *f) { (void)f; flush_pending(); }

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
