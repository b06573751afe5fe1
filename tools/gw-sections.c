/* gw-sections: where each paragraph sits in its document's outline. */
#include "core/buf.h"
#include "stream/cli.h"
#include "stream/die.h"
#include "stream/paragraphs.h"
#include "core/patterns.h"
#include "sections/sections.h"
#include "stream/tsv.h"

#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "Usage: gw-sections [OPTION]... [FILE]...\n"
    "Find the headings of Chinese official documents (一、 (一) 1. (1) ① 第一章 附件\n"
    "unnumbered heading lines) and give each paragraph\nits section.\n"
    "Input: a gongwen stream (header with doc, par, text) or plain UTF-8 text,\n"
    "each non-blank line a paragraph. With no FILE, or FILE -, read stdin.\n"
    "Output: doc par sec level heading text\n"
    "\n"
    "  -t, --toc             only the headings: doc sec level num title par\n"
    "  -w, --max-title=N     longest heading title in characters (default 40)\n"
    "  -k, --keep-text       text is the whole paragraph, heading included\n"
    "                        (the heading column is then named head)\n"
    "  -L, --leads           runs of lead sentences that open paragraphs are headings\n"
    "  -U, --no-unnumbered   only numbered headings: no heading lines or lead sentences\n"
    GW_HELP_NOHEADER GW_HELP_DOC GW_HELP_PLAIN GW_HELP_MAXREC GW_HELP_FILES0 GW_HELP_END
    "See gw-sections(1).\n";

static int toc, find = SECTIONS_PLAIN, leads, keep_text;
static size_t max_title = 40;

static void out_doc(const char *doc, size_t n, int escaped)
{
	if (escaped)
		out_write(doc, n);
	else
		out_field(doc, n);
}

/* One output row per paragraph (with --toc, per heading). */
static void row(const struct gw_par *p, const struct gw_head *h, const struct gw_outline *ol, void *arg)
{
	(void)arg;
	if (toc) {
		if (!h)
			return;
		out_doc(p->doc, p->doclen, p->doc_escaped);
		out_tab();
		out_write(ol->sec, ol->seclen);
		out_tab();
		out_long(ol->depth);
		out_tab();
		out_field(p->text + h->start, h->num_end - h->start);
		out_tab();
		out_field(p->text + h->title, h->title_end - h->title);
		out_tab();
		out_write(p->par, p->parlen);
		out_nl();
		return;
	}
	out_keys(p, 0);
	out_write(ol->sec, ol->seclen);
	out_tab();
	out_long(ol->depth);
	out_tab();
	if (h) {
		/* from the paragraph's start: heading then text is the
		 * paragraph, white space before the marker included */
		out_field(p->text, h->end);
		out_tab();
		if (keep_text)
			out_field(p->text, p->textlen);
		else
			out_field(p->text + h->end, p->textlen - h->end);
	} else {
		out_tab();
		out_field(p->text, p->textlen);
	}
	out_nl();
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{"toc", no_argument, NULL, 't'},
		{"max-title", required_argument, NULL, 'w'},
		{"no-unnumbered", no_argument, NULL, 'U'},
		{"leads", no_argument, NULL, 'L'},
		{"keep-text", no_argument, NULL, 'k'},
		GW_COMMON_LONGOPTS,
		{NULL, 0, NULL, 0}
	};
	struct gw_common co = {0};
	int c;
	gw_init(argv[0]);
	while ((c = getopt_long(argc, argv, "tw:ULk" GW_COMMON_SHORTOPTS, opts, NULL)) != -1) {
		if (gw_common_opt(c, optarg, &co, usage))
			continue;
		switch (c) {
		case 't':
			toc = 1;
			break;
		case 'w': {
			char *end;
			long v = strtol(optarg, &end, 10);
			if (*end || end == optarg || v < 1 || v > 1000)
				gw_usage_error("invalid --max-title '%s' (1 to 1000 characters)", optarg);
			max_title = (size_t)v;
			break;
		}
		case 'U':
			find = 0;
			break;
		case 'L':
			leads = 1;
			break;
		case 'k':
			keep_text = 1;
			break;
		}
	}
	out_init();
	struct gw_inputs in;
	inputs_init(&in, argc, argv, &co);
	if (!co.no_header)
		out_str(toc ? "doc\tsec\tlevel\tnum\ttitle\tpar\n" :
		    /* with -k the heading is in text too: a column named
		     * heading would be joined to it again downstream */
		    keep_text ? "doc\tpar\tsec\tlevel\thead\ttext\n" :
		    "doc\tpar\tsec\tlevel\theading\ttext\n");
	struct gw_sections sec;
	/* -U wins over -L, in any order. */
	sections_init(&sec, max_title, find ? find | (leads ? SECTIONS_LEADS : 0) : 0, row, NULL);
	const char *apx = gw_datafile("appendix-titles.txt");
	if (sections_load_appendix(&sec, apx) < 0)
		gw_die(GW_USAGE, "cannot load appendix titles from %s", apx);
	const char *name;
	while ((name = inputs_next(&in))) {
		struct gw_reader r;
		struct gw_par p;
		if (reader_open(&r, name, co.doc) < 0)
			continue;
		r.plain = co.plain;
		while (reader_next(&r, &p))
			sections_add(&sec, &p);
		/* Held paragraphs are copies; the reader may go. */
		reader_close(&r);
	}
	sections_end(&sec);
	sections_free(&sec);
	out_flush();
	gw_exit();
}
