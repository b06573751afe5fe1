/* gw-strip: scraped pages (HTML or text dumps, any Chinese encoding) to
 * the clean paragraphs of the document, one row per paragraph. */
#include "stream/die.h"
#include "stream/fatal.h"
#include "stream/filter.h"
#include "stream/tsv.h"
#include "strip/encoding.h"
#include "strip/feed.h"

#include <stdlib.h>
#include <string.h>

static const char usage[] =
"Usage: gw-strip [OPTION]... [FILE]...\n"
"Write the document text of each scraped page (HTML or a text dump) as\n"
"doc par text rows: page chrome dropped, text normalised, UTF-8.\n"
"With no FILE, or when FILE is -, read standard input.\n"
"\n"
"  -f, --from-code=ENC   read input in encoding ENC (no detection)\n"
"      --type=TYPE       input is 'html', 'text' or 'auto' (default)\n"
"  -b, --boilerplate=FILE\n"
"                        also drop lines matching the patterns in FILE\n"
"                        (--patterns is the old name)\n"
"      --no-normalize    keep characters as written (only trim spaces)\n"
"      --no-title        leave the page's title (headline) out\n"
"      --label           every line, with class (keep/drop) and reason\n"
"      --meta            doc key value rows: title, date, source ...\n"
GW_HELP_NOHEADER GW_HELP_DOC
"      --max-record=SIZE longest line, and largest HTML page; default 64M\n"
GW_HELP_FILES0 GW_HELP_DATADIR GW_HELP_END
"\n"
"Exit status: 0 all input read, 1 some input bad (reported), 2 usage.\n"
"Full documentation: man gw-strip\n";

enum { OPT_NONORM = 0x200, OPT_LABEL, OPT_META, OPT_NOTITLE, OPT_TYPE };

static struct {
	int label, meta, normalize, type, title;
	const char *from, *doc;
	const char **pats;
	size_t npats, par;
	struct gw_buf line, docfix;
	struct gw_chrome ch;
} st = { .normalize = 1, .type = PAGE_AUTO, .title = 1 };

static void emit(void *arg, size_t lineno, const char *s, size_t n, int keep, const char *reason)
{
	(void)arg, (void)lineno;
	if (keep)
		st.par++;
	if (st.meta) {
		if (!keep || !strcmp(reason, "title"))
			gw_meta_scan(s, n);
		return;
	}
	if (!keep && !st.label)
		return;
	gw_out_field(st.doc, strlen(st.doc));
	gw_out_tab();
	if (keep)
		gw_out_size(st.par);
	if (st.label) {
		gw_out_tab();
		gw_out_str(keep ? "keep" : "drop");
		gw_out_tab();
		gw_out_str(reason);
	}
	gw_out_tab();
	gw_out_field(s, n);
	gw_out_nl();
}

/* Bad input, reported by the reader: exit status 1, the rest goes on. */
static void report_input(void *arg, const char *file, size_t line, const struct gw_error *e)
{
	(void)arg;
	gw_warn_input(file, line, "%s", e->msg);
}

static int option(struct gw_filter *f, int c, const char *arg)
{
	(void)f;
	switch (c) {
	case 'f':
		if (!(st.from = gw_enc_canonical(arg, strlen(arg))))
			gw_usage_error("unknown encoding '%s'", arg);
		st.from = gw_xstrdup(st.from);
		return 0;
	case OPT_TYPE:
		if (!strcmp(arg, "html")) st.type = PAGE_HTML;
		else if (!strcmp(arg, "text")) st.type = PAGE_TEXT;
		else if (!strcmp(arg, "auto")) st.type = PAGE_AUTO;
		else gw_usage_error("--type must be html, text or auto, not '%s'", arg);
		return 0;
	case 'b':
		st.pats = gw_xrealloc(st.pats, (st.npats + 1) * sizeof *st.pats);
		st.pats[st.npats++] = arg;
		return 0;
	case OPT_NONORM: st.normalize = 0; return 0;
	case OPT_NOTITLE: st.title = 0; return 0;
	case OPT_LABEL: st.label = 1; return 0;
	case OPT_META: st.meta = 1; return 0;
	}
	return -1;
}

static void start(struct gw_filter *f)
{
	if (st.label && st.meta)
		gw_usage_error("--label and --meta cannot be combined");
	gw_page_set_warn(report_input, NULL);
	gw_chrome_init(&st.ch, emit, NULL);
	st.ch.no_title = !st.title;
	struct gw_error err = { 0 };
	gw_check(gw_chrome_load(&st.ch, gw_datafile("boilerplate.txt"), &err), &err);
	gw_check(gw_chrome_load_labels(&st.ch, gw_datafile("agency-roles.txt"), &err), &err);
	gw_check(gw_rejoin_load_ends(&st.ch.rejoin, gw_datafile("title-ends.txt"), &err), &err);
	gw_check(gw_rejoin_load_labels(&st.ch.rejoin, gw_datafile("page-labels.txt"), &err), &err);
	gw_check(gw_cells_load(&st.ch.rejoin.cells, gw_datafile("table-words.txt"), &err), &err);
	for (size_t i = 0; i < st.npats; i++)
		gw_check(gw_chrome_load(&st.ch, st.pats[i], &err), &err);
	if (st.meta)
		gw_check(gw_meta_load(gw_datafile("meta.txt"), &err), &err);
	f->header = st.meta ? "doc\tkey\tvalue\n" : st.label ? "doc\tpar\tclass\treason\ttext\n" : "doc\tpar\ttext\n";
}

/* --meta: doc key value */
static void meta_row(const char *key, const char *value, size_t len, void *arg)
{
	(void)arg;
	gw_out_field(st.doc, strlen(st.doc));
	gw_out_tab();
	gw_out_str(key);
	gw_out_tab();
	gw_out_field(value, len);
	gw_out_nl();
}

/* One page, read as lines: the driver's paragraph reader is for streams. */
static void page(struct gw_filter *f, const char *name)
{
	struct gw_page pg;
	if (gw_page_open(&pg, name, st.from, st.type, st.title) < 0)
		return;
	st.doc = gw_doc_id(f->co.doc, name, &st.docfix);
	st.par = 0;
	if (st.meta)
		gw_meta_begin();
	gw_chrome_page(&st.ch, &pg, st.normalize, &st.line);
	if (st.meta)
		gw_meta_page_end(&st.ch, &pg, meta_row, NULL);
	gw_page_close(&pg);
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"from-code", required_argument, NULL, 'f'},
		{"type", required_argument, NULL, OPT_TYPE},
		{"boilerplate", required_argument, NULL, 'b'},
		{"patterns", required_argument, NULL, 'b'},
		{"no-normalize", no_argument, NULL, OPT_NONORM},
		{"no-title", no_argument, NULL, OPT_NOTITLE},
		{"label", no_argument, NULL, OPT_LABEL},
		{"meta", no_argument, NULL, OPT_META},
		{NULL, 0, NULL, 0}
	};
	struct gw_filter f = {
		.usage = usage, .shortopts = "f:b:", .longopts = longopts, .option = option,
		.start = start, .input = page,
	};
	gw_filter_main(&f, argc, argv);
}
