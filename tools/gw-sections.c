/* gw-sections: where each paragraph sits in its document's outline. */
#include "sections/sections.h"
#include "stream/fatal.h"
#include "stream/filter.h"
#include "stream/tsv.h"

#include <stdlib.h>

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

/* --toc: doc sec level num title par */
static void toc_row(const struct gw_par *p, const char *sec, size_t seclen, int depth, size_t num, size_t num_end,
    size_t title, size_t title_end)
{
	gw_out_doc(p);
	gw_out_write(sec, seclen);
	gw_out_tab();
	gw_out_long(depth);
	gw_out_tab();
	gw_out_field(p->text + num, num_end - num);
	gw_out_tab();
	gw_out_field(p->text + title, title_end - title);
	gw_out_tab();
	gw_out_write(p->par, p->parlen);
	gw_out_nl();
}

/* With --toc, a row per heading; the first of two headings on the line
 * one level up. */
static void toc_rows(const struct gw_par *p, const struct gw_head *h, const struct gw_outline *ol)
{
	if (h->up) {
		size_t sl = ol->seclen;
		while (sl > 0 && ol->sec[sl - 1] != '.')
			sl--;
		toc_row(p, ol->sec, sl ? sl - 1 : ol->seclen, ol->depth - 1, h->up_start, h->up_num_end, h->up_title,
		    h->up_title_end);
	}
	toc_row(p, ol->sec, ol->seclen, ol->depth, h->start, h->num_end, h->title, h->title_end);
}

/* doc par sec level heading text, a row per paragraph */
static void row(const struct gw_par *p, const struct gw_head *h, const struct gw_outline *ol, void *arg)
{
	(void)arg;
	if (toc) {
		if (h)
			toc_rows(p, h, ol);
		return;
	}
	gw_out_keys(p, 0);
	gw_out_write(ol->sec, ol->seclen);
	gw_out_tab();
	gw_out_long(ol->depth);
	gw_out_tab();
	if (h) {
		/* from the paragraph's start: heading then text is the
		 * paragraph, white space before the marker included */
		gw_out_field(p->text, h->end);
		gw_out_tab();
		if (keep_text)
			gw_out_field(p->text, p->textlen);
		else
			gw_out_field(p->text + h->end, p->textlen - h->end);
	} else {
		gw_out_tab();
		gw_out_field(p->text, p->textlen);
	}
	gw_out_nl();
}

static struct gw_sections sec;

static int option(struct gw_filter *f, int c, const char *arg)
{
	(void)f;
	char *end;
	long v;
	switch (c) {
	case 't': toc = 1; return 0;
	case 'U': find = 0; return 0;
	case 'L': leads = 1; return 0;
	case 'k': keep_text = 1; return 0;
	case 'w':
		v = strtol(arg, &end, 10);
		if (*end || end == arg || v < 1 || v > 1000)
			gw_usage_error("invalid --max-title '%s' (1 to 1000 characters)", arg);
		max_title = (size_t)v;
		return 0;
	}
	return 0;  /* getopt has refused what is not in the tables */
}

static void start(struct gw_filter *f)
{
	f->header = toc ? "doc\tsec\tlevel\tnum\ttitle\tpar\n" :
	    /* with -k the heading is in text too: a column named heading
	     * would be joined to it again downstream */
	    keep_text ? "doc\tpar\tsec\tlevel\thead\ttext\n" : "doc\tpar\tsec\tlevel\theading\ttext\n";
	/* -U wins over -L, in any order. */
	gw_sections_init(&sec, max_title, find ? find | (leads ? SECTIONS_LEADS : 0) : 0, row, NULL);
	const char *apx = gw_datafile("appendix-titles.txt");
	struct gw_error err = {0};
	/* any failure: which table, after the reason */
	gw_check_load(gw_sections_load_appendix(&sec, apx, &err) < 0 ? -2 : 0, &err, "appendix titles", apx);
	gw_check(gw_sections_load_words(&sec, gw_datafile("section-words.txt"), &err), &err);
}

/* Held paragraphs are copies: the reader may go. */
static void paragraph(struct gw_filter *f, const struct gw_par *p) { (void)f; gw_sections_add(&sec, p); }
static void end(struct gw_filter *f) { (void)f; gw_sections_end(&sec); }

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{"toc", no_argument, NULL, 't'},
		{"max-title", required_argument, NULL, 'w'},
		{"no-unnumbered", no_argument, NULL, 'U'},
		{"leads", no_argument, NULL, 'L'},
		{"keep-text", no_argument, NULL, 'k'},
		{NULL, 0, NULL, 0}
	};
	struct gw_filter f = {
		.usage = usage, .shortopts = "tw:ULk", .longopts = opts, .option = option,
		.start = start, .paragraph = paragraph, .end = end,
	};
	gw_filter_main(&f, argc, argv);
}
