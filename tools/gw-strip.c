/* gw-strip: scraped pages (HTML or text dumps, any Chinese encoding) to
 * the clean paragraphs of the document, one row per paragraph. */
#include "strip/chrome.h"
#include "stream/cli.h"
#include "stream/die.h"
#include "strip/encoding.h"
#include "strip/normalize.h"
#include "strip/pagein.h"
#include "strip/pagemeta.h"
#include "core/error.h"
#include "core/patterns.h"
#include "stream/tsv.h"
#include "core/utf8.h"

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
	int label, meta, normalize;
	const char *doc;
	size_t par;
	struct gw_buf line;
} st = { .normalize = 1 };

static void emit(void *arg, size_t lineno, const char *s, size_t n, int keep, const char *reason)
{
	(void)arg, (void)lineno;
	if (keep)
		st.par++;
	if (st.meta) {
		if (!keep || !strcmp(reason, "title"))
			meta_scan(s, n);
		return;
	}
	if (!keep && !st.label)
		return;
	out_field(st.doc, strlen(st.doc));
	out_tab();
	if (keep)
		out_size(st.par);
	if (st.label) {
		out_tab();
		out_str(keep ? "keep" : "drop");
		out_tab();
		out_str(reason);
	}
	out_tab();
	out_field(s, n);
	out_nl();
}

/* One input line to the classifier: normalised, and split at CRs (old
 * Mac line ends; a CR before the LF is part of the line end). */
static void feed(struct gw_chrome *c, size_t lineno, const char *s, size_t n)
{
	if (!st.normalize) {
		buf_clear(&st.line);
		trim_line(s, n, &st.line);
		chrome_line(c, lineno, st.line.p, st.line.len);
		return;
	}
	for (int first = 1;; first = 0) {
		const char *cr = memchr(s, '\r', n);
		size_t k = cr ? (size_t)(cr - s) : n;
		if (cr || k || first) {
			if (norm_same(s, k) >= 0)
				chrome_line(c, lineno, k ? s : "", k);
			else {
				buf_clear(&st.line);
				norm_line(s, k, &st.line);
				chrome_line(c, lineno, st.line.p ? st.line.p : "", st.line.len);
			}
		}
		if (!cr)
			return;
		s += k + 1, n -= k + 1;
	}
}

/* Bad input, reported by the reader: exit status 1, the rest goes on. */
static void report_input(void *arg, const char *file, size_t line, const struct gw_error *e)
{
	(void)arg;
	gw_warn_input(file, line, "%s", e->msg);
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
		GW_COMMON_LONGOPTS,
		{NULL, 0, NULL, 0}
	};
	struct gw_common co = { 0 };
	const char *from = NULL;
	int type = PAGE_AUTO, c, title = 1;
	const char **pats = NULL;
	size_t npats = 0;

	gw_init(argv[0]);
	while ((c = getopt_long(argc, argv, "f:b:" GW_COMMON_SHORTOPTS, longopts, NULL)) != -1) {
		if (gw_common_opt(c, optarg, &co, usage))
			continue;
		switch (c) {
		case 'f':
			if (!(from = enc_canonical(optarg, strlen(optarg))))
				gw_usage_error("unknown encoding '%s'", optarg);
			from = gw_xstrdup(from);
			break;
		case OPT_TYPE:
			if (!strcmp(optarg, "html")) type = PAGE_HTML;
			else if (!strcmp(optarg, "text")) type = PAGE_TEXT;
			else if (!strcmp(optarg, "auto")) type = PAGE_AUTO;
			else gw_usage_error("--type must be html, text or auto, not '%s'", optarg);
			break;
		case 'b':
			pats = gw_xrealloc(pats, (npats + 1) * sizeof *pats);
			pats[npats++] = optarg;
			break;
		case OPT_NONORM: st.normalize = 0; break;
		case OPT_NOTITLE: title = 0; break;
		case OPT_LABEL: st.label = 1; break;
		case OPT_META: st.meta = 1; break;
		default: gw_usage_error("unknown option");
		}
	}
	if (st.label && st.meta)
		gw_usage_error("--label and --meta cannot be combined");

	page_set_warn(report_input, NULL);
	struct gw_chrome ch;
	chrome_init(&ch, emit, NULL);
	ch.no_title = !title;
	struct gw_error err = { 0 };
	if (chrome_load(&ch, gw_datafile("boilerplate.txt"), &err) < 0 ||
	    chrome_load_labels(&ch, gw_datafile("agency-roles.txt"), &err) < 0 ||
	    rejoin_load_ends(&ch.rejoin, gw_datafile("title-ends.txt"), &err) < 0)
		gw_die(err.status ? err.status : 2, "%s", err.msg);
	for (size_t i = 0; i < npats; i++)
		if (chrome_load(&ch, pats[i], &err) < 0)
			gw_die(err.status ? err.status : 2, "%s", err.msg);
	if (st.meta && meta_load(gw_datafile("meta.txt"), &err) < 0)
		gw_die(err.status ? err.status : 2, "%s", err.msg);

	struct gw_inputs in;
	inputs_init(&in, argc, argv, &co);
	if (!co.no_header)
		out_str(st.meta ? "doc\tkey\tvalue\n" : st.label ? "doc\tpar\tclass\treason\ttext\n"
		    : "doc\tpar\ttext\n");
	struct gw_buf docfix = { 0 };
	const char *name;
	while ((name = inputs_next(&in))) {
		struct gw_page pg;
		if (page_open(&pg, name, from, type, title) < 0)
			continue;
		size_t bad;
		st.doc = utf8_name(co.doc ? co.doc : name, &docfix, &bad);
		if (bad)
			gw_warn_input(name, 0, "invalid UTF-8 in the document id: %zu byte%s replaced by U+FFFD",
			    bad, bad == 1 ? "" : "s");
		st.par = 0;
		chrome_begin(&ch, !pg.html);
		if (st.meta)
			meta_begin();
		const char *s;
		size_t n;
		while (page_next(&pg, &s, &n))
			feed(&ch, pg.lineno, s, n);
		chrome_end(&ch);
		if (st.meta) {
			/* an HTML page's <title> is the fallback of the fallback */
			if (ch.title.len || !pg.title.len)
				meta_write(st.doc, ch.title.p, ch.title.len);
			else {
				struct gw_buf t = { 0 };
				norm_line(pg.title.p, pg.title.len, &t);
				meta_write(st.doc, t.p, t.len);
				buf_free(&t);
			}
		}
		page_close(&pg);
	}
	chrome_free(&ch);
	if (st.meta)
		meta_free();
	buf_free(&st.line);
	buf_free(&docfix);
	free(pats);
	out_flush();
	gw_exit();
}
