/* gw-sections: where each paragraph sits in its document's outline. */
#include "buf.h"
#include "cli.h"
#include "die.h"
#include "outline.h"
#include "paragraphs.h"
#include "tsv.h"

#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "Usage: gw-sections [OPTION]... [FILE]...\n"
    "Find the headings of Chinese official documents (一、 (一) 1. (1) ① 第一章 附件\n"
    "and unnumbered heading lines) and give each paragraph its section.\n"
    "Input: a gongwen stream (header with doc, par, text) or plain UTF-8 text,\n"
    "each non-blank line a paragraph. With no FILE, or FILE -, read stdin.\n"
    "Output: doc par sec level heading text\n"
    "\n"
    "  -t, --toc             only the headings: doc sec level num title par\n"
    "  -w, --max-title=N     longest heading title in characters (default 40)\n"
    "  -U, --no-unnumbered   only numbered headings, no unnumbered heading lines\n"
    "  -N, --no-header       do not write the header line\n"
    "      --doc=NAME        document id for plain-text input (default: the file name)\n"
    "      --max-record=SIZE longest input line (default 64M)\n"
    "      --files0-from=F   read NUL-separated input names from F\n"
    "  -h, --help            this help\n"
    "  -V, --version         version\n"
    "See gw-sections(1).\n";

static int toc, unnumbered = 1;
static size_t max_title = 40;

/* The document whose outline is being built, and the class of its last
 * paragraph: an unnumbered heading must follow running text or another
 * heading. */
enum { PREV_NONE, PREV_BODY, PREV_HEAD, PREV_OTHER };
static struct gw_buf curdoc;
static int have_doc, prev;
static struct gw_outline ol;

/* An unnumbered heading candidate waits for the next paragraph, which
 * decides it: one paragraph of lookahead, copied because the reader's
 * views do not outlive the next read. */
static struct {
	int on;
	struct gw_buf doc, par, text;
	int doc_escaped;
	struct gw_head h;
} held;

static void out_doc(const char *doc, size_t n, int escaped)
{
	if (escaped)
		out_write(doc, n);
	else
		out_field(doc, n);
}

static void emit(const struct gw_par *p, const struct gw_head *h, int level)
{
	if (toc) {
		if (!h)
			return;
		out_doc(p->doc, p->doclen, p->doc_escaped);
		out_tab();
		out_write(ol.sec, ol.seclen);
		out_tab();
		out_long(level);
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
	out_write(ol.sec, ol.seclen);
	out_tab();
	out_long(level);
	out_tab();
	if (h) {
		out_field(p->text + h->start, h->end - h->start);
		out_tab();
		out_field(p->text + h->end, p->textlen - h->end);
	} else {
		out_tab();
		out_field(p->text, p->textlen);
	}
	out_nl();
}

/* Decide the held candidate now that the paragraph after it is known
 * (next_body: that paragraph is running text; 0 at the document's end). */
static void release(int next_body)
{
	if (!held.on)
		return;
	held.on = 0;
	struct gw_par p = {
		.doc = held.doc.p, .doclen = held.doc.len, .doc_escaped = held.doc_escaped,
		.par = held.par.p, .parlen = held.par.len,
		.text = held.text.p, .textlen = held.text.len,
	};
	int level = next_body ? outline_place(&ol, ST_PLAIN, 0) : 0;
	if (level) {
		emit(&p, &held.h, level);
		prev = PREV_HEAD;
	} else {
		emit(&p, NULL, ol.depth);
		prev = PREV_OTHER;
	}
}

static void paragraph(const struct gw_par *p)
{
	if (!have_doc || curdoc.len != p->doclen || memcmp(curdoc.p, p->doc, p->doclen)) {
		release(0);
		buf_clear(&curdoc);
		buf_add(&curdoc, p->doc, p->doclen);
		have_doc = 1;
		outline_reset(&ol);
		prev = PREV_NONE;
	}
	int body = para_is_body(p->text, p->textlen);
	release(body);
	struct gw_head h;
	int level, marked = head_parse(p->text, p->textlen, max_title, &h);
	if (marked && (level = outline_place(&ol, h.style, h.num))) {
		emit(p, &h, level);
		prev = PREV_HEAD;
		return;
	}
	/* A marker that breaks its sequence makes body text, never an
	 * unnumbered heading. */
	if (unnumbered && !marked && (prev == PREV_BODY || prev == PREV_HEAD) &&
	    plain_candidate(p->text, p->textlen, max_title, &held.h)) {
		held.on = 1;
		buf_clear(&held.doc);
		buf_add(&held.doc, p->doc, p->doclen);
		held.doc_escaped = p->doc_escaped;
		buf_clear(&held.par);
		buf_add(&held.par, p->par, p->parlen);
		buf_clear(&held.text);
		buf_add(&held.text, p->text, p->textlen);
		return;
	}
	emit(p, NULL, ol.depth);
	prev = body ? PREV_BODY : PREV_OTHER;
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{"toc", no_argument, NULL, 't'},
		{"max-title", required_argument, NULL, 'w'},
		{"no-unnumbered", no_argument, NULL, 'U'},
		GW_COMMON_LONGOPTS,
		{NULL, 0, NULL, 0}
	};
	struct gw_common co = {0};
	int c;
	gw_init(argv[0]);
	while ((c = getopt_long(argc, argv, "tw:U" GW_COMMON_SHORTOPTS, opts, NULL)) != -1) {
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
			unnumbered = 0;
			break;
		}
	}
	out_init();
	if (!co.no_header)
		out_str(toc ? "doc\tsec\tlevel\tnum\ttitle\tpar\n" : "doc\tpar\tsec\tlevel\theading\ttext\n");
	outline_reset(&ol);
	struct gw_inputs in;
	inputs_init(&in, argc, argv, &co);
	const char *name;
	while ((name = inputs_next(&in))) {
		struct gw_reader r;
		struct gw_par p;
		if (reader_open(&r, name, co.doc) < 0)
			continue;
		while (reader_next(&r, &p))
			paragraph(&p);
		/* The held paragraph's doc lives in held.doc; the reader may go. */
		reader_close(&r);
	}
	release(0);
	out_flush();
	gw_exit();
}
