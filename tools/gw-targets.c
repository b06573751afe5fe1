/* gw-targets: the targets and reported results of work reports, one row
 * per indicator and figure. See man/gw-targets.1. */
#include "cli.h"
#include "die.h"
#include "lines.h"
#include "paragraphs.h"
#include "patterns.h"
#include "quantity.h"
#include "targets.h"
#include "tsv.h"

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
"      --meta FILE         gw-strip --meta rows: titles of the documents\n"
GW_COMMON_HELP
"\n"
"Columns: doc place level year indicator name measure value unit low high\n"
"         qual role par sec clause\n";

static const char header[] =
	"doc\tplace\tlevel\tyear\tindicator\tname\tmeasure\tvalue\tunit\tlow\thigh\tqual\trole\tpar\tsec\tclause\n";

struct state {
	const struct gw_par *par;
};

static void row(void *arg, const struct targets_row *r)
{
	const struct state *st = arg;
	const struct gw_par *p = st->par;
	if (p->doc_escaped)
		out_write(p->doc, p->doclen);
	else
		out_field(p->doc, p->doclen);
	out_tab();
	out_field(r->place, r->placelen); out_tab();
	out_str(r->level); out_tab();
	if (r->year)
		out_long(r->year);
	out_tab();
	out_str(r->indicator); out_tab();
	out_field(r->name, r->namelen); out_tab();
	out_str(r->measure); out_tab();
	out_write(r->value, r->valuelen); out_tab();
	out_field(r->unit, r->unitlen); out_tab();
	out_write(r->low, r->lowlen); out_tab();
	out_write(r->high, r->highlen); out_tab();
	out_field(r->qual, r->quallen); out_tab();
	out_str(r->role); out_tab();
	out_write(p->par, p->parlen); out_tab();
	if (p->sec)
		out_write(p->sec, p->seclen);
	else
		out_char('0');
	out_tab();
	out_field(r->clause, r->clauselen);
	out_nl();
}

/* --meta: the title of each document, kept whole (a line per document). */
struct meta { char **doc, **title; size_t n, cap; };

static void meta_load(struct meta *m, const char *path)
{
	struct gw_lines L;
	if (lines_open(&L, path, gw_max_record) < 0)
		gw_die(GW_USAGE, "cannot read --meta %s", path);
	const char *line;
	size_t len;
	int cd = -1, ck = -1, cv = -1;
	struct tsv_view f[16];
	while (lines_next(&L, &line, &len)) {
		char *l = xmalloc(len + 1);   /* once per metadata row, not per paragraph */
		memcpy(l, line, len);
		l[len] = 0;
		size_t nf = tsv_split(l, len, f, 16);
		if (cd < 0) {
			cd = tsv_column(f, nf, "doc"); ck = tsv_column(f, nf, "key"); cv = tsv_column(f, nf, "value");
			free(l);
			if (cd < 0 || ck < 0 || cv < 0)
				gw_die(GW_USAGE, "%s:1: --meta wants a header with doc, key and value", path);
			continue;
		}
		if ((size_t)cd >= nf || (size_t)ck >= nf || (size_t)cv >= nf || f[ck].n != 5 || memcmp(f[ck].p, "title", 5)) {
			free(l);
			continue;
		}
		if (m->n == m->cap) {
			m->cap = m->cap ? 2 * m->cap : 16;
			m->doc = xrealloc(m->doc, m->cap * sizeof *m->doc);
			m->title = xrealloc(m->title, m->cap * sizeof *m->title);
		}
		f[cd].p[f[cd].n] = 0;   /* doc stays escaped, as the reader keeps it */
		f[cv].n = tsv_unescape(f[cv].p, f[cv].n);
		f[cv].p[f[cv].n] = 0;
		m->doc[m->n] = xstrdup(f[cd].p);
		m->title[m->n] = xstrdup(f[cv].p);
		m->n++;
		free(l);
	}
	lines_close(&L);
}

static const char *meta_title(const struct meta *m, const char *doc, size_t n)
{
	for (size_t k = 0; k < m->n; k++)
		if (strlen(m->doc[k]) == n && !memcmp(m->doc[k], doc, n))
			return m->title[k];
	return NULL;
}

static void load(struct targets_tables *t, int (*fn)(struct targets_tables *, const char *), const char *path)
{
	if (fn(t, path) < 0)
		gw_die(GW_USAGE, "%s", t->err);
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"place", required_argument, NULL, 'P'},
		{"year", required_argument, NULL, 'Y'},
		{"indicators", required_argument, NULL, 'i'},
		{"places", required_argument, NULL, 'p'},
		{"meta", required_argument, NULL, 'm' + 0x200},
		GW_COMMON_LONGOPTS,
		{NULL, 0, NULL, 0}
	};
	struct gw_common co = {0};
	static struct qty_tables qt;
	static struct targets_tables tt;
	static struct meta meta;
	const char *place = NULL, *year = NULL, *more_ind[64], *more_pl[64];
	int ni = 0, np = 0, c;

	gw_init(argv[0]);
	while ((c = getopt_long(argc, argv, "P:Y:i:p:" GW_COMMON_SHORTOPTS, longopts, NULL)) != -1) {
		if (gw_common_opt(c, optarg, &co, usage))
			continue;
		switch (c) {
		case 'P': place = optarg; break;
		case 'Y': year = optarg; break;
		case 'i': if (ni == 64) gw_usage_error("too many --indicators"); more_ind[ni++] = optarg; break;
		case 'p': if (np == 64) gw_usage_error("too many --places"); more_pl[np++] = optarg; break;
		case 'm' + 0x200: meta_load(&meta, optarg); break;
		default: gw_usage_error("unknown option");
		}
	}
	qty_load_units(&qt, gw_datafile("units.txt"));
	qty_load_quals(&qt, gw_datafile("qualifiers.txt"));
	qty_load_nots(&qt, gw_datafile("not-numbers.txt"));
	qty_tables_ready(&qt);
	targets_tables_init(&tt, &qt);
	load(&tt, targets_load_indicators, gw_datafile("indicators.txt"));
	for (int k = 0; k < ni; k++) load(&tt, targets_load_indicators, more_ind[k]);
	load(&tt, targets_load_words, gw_datafile("target-words.txt"));
	load(&tt, targets_load_places, gw_datafile("places.txt"));
	for (int k = 0; k < np; k++) load(&tt, targets_load_places, more_pl[k]);
	if (targets_tables_ready(&tt) < 0)
		gw_die(GW_USAGE, "%s", tt.err);

	static struct targets e;
	struct state st = {0};
	targets_init(&e, &tt);
	e.emit = row;
	e.arg = &st;
	if (targets_new_doc(&e, place, year) < 0)
		gw_usage_error("--year wants a year such as 2023, not '%s'", year);

	out_init();
	if (!co.no_header)
		out_str(header);
	struct gw_inputs in;
	inputs_init(&in, argc, argv, &co);
	const char *name;
	static struct gw_buf lastdoc;
	int started = 0;
	while ((name = inputs_next(&in))) {
		struct gw_reader r;
		struct gw_par par;
		if (reader_open(&r, name, co.doc) < 0)
			continue;
		while (reader_next(&r, &par)) {
			if (!started || lastdoc.len != par.doclen || memcmp(lastdoc.p, par.doc, par.doclen)) {
				/* a new document: its own place, year and outline */
				targets_new_doc(&e, place, year);
				lastdoc.len = 0;
				buf_add(&lastdoc, par.doc, par.doclen);
				started = 1;
				const char *title = meta_title(&meta, par.doc, par.doclen);
				if (title)
					targets_title(&e, title, strlen(title));
			}
			st.par = &par;
			targets_par(&e, par.text, par.textlen);
		}
		reader_close(&r);
	}
	targets_free(&e);
	out_flush();
	gw_exit();
}
