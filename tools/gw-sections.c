/* gw-sections: where each paragraph sits in its document's outline. */
#include "buf.h"
#include "cli.h"
#include "die.h"
#include "outline.h"
#include "paragraphs.h"
#include "tsv.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "Usage: gw-sections [OPTION]... [FILE]...\n"
    "Find the headings of Chinese official documents (一、 (一) 1. (1) ① 第一章 附件\n"
    "unnumbered heading lines, runs of lead sentences) and give each paragraph\nits section.\n"
    "Input: a gongwen stream (header with doc, par, text) or plain UTF-8 text,\n"
    "each non-blank line a paragraph. With no FILE, or FILE -, read stdin.\n"
    "Output: doc par sec level heading text\n"
    "\n"
    "  -t, --toc             only the headings: doc sec level num title par\n"
    "  -w, --max-title=N     longest heading title in characters (default 40)\n"
    "  -k, --keep-text       text is the whole paragraph, heading included\n"
    "  -U, --no-unnumbered   only numbered headings: no heading lines or lead sentences\n"
    "  -N, --no-header       do not write the header line\n"
    "      --doc=NAME        document id for plain-text input (default: the file name)\n"
    "      --max-record=SIZE longest input line (default 64M)\n"
    "      --files0-from=F   read NUL-separated input names from F\n"
    "  -h, --help            this help\n"
    "  -V, --version         version\n"
    "See gw-sections(1).\n";

static int toc, unnumbered = 1, keep_text;
static size_t max_title = 40;

/* The document whose outline is being built, and the class of its last
 * paragraph: an unnumbered heading must follow running text or another
 * heading. */
enum { PREV_NONE, PREV_BODY, PREV_HEAD, PREV_OTHER };
static struct gw_buf curdoc;
static int have_doc, prev;
static struct gw_outline ol;

/* Paragraphs waiting for what follows them, copied because the
 * reader's views do not outlive the next read. Either one unnumbered
 * heading candidate, decided by the paragraph after it, or the first
 * paragraphs of a run of lead sentences, which are headings once
 * LEAD_RUN paragraphs in a row open alike. Never more than LEAD_RUN - 1
 * paragraphs, and never across a document boundary. */
enum { HOLD_NONE, HOLD_PLAIN, HOLD_LEAD };
enum { LEAD_RUN = 3 };
struct held_par {
	struct gw_buf doc, par, text;
	int doc_escaped;
	struct gw_head h;
};
static struct held_par held[LEAD_RUN - 1];
static int nheld, hold;
/* The current run of lead sentences: its length so far, and what its
 * paragraphs have in common: the same two opening characters (着力…),
 * or all short sentences (推动现代农业更优更旺。), LEAD_SHORT characters at
 * most. */
enum { LEAD_SHORT = 12 };
static char lead_prefix[8];
static size_t lead_prefixlen;
static int lead_len, lead_same, lead_short;

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

static void hold_par(const struct gw_par *p, const struct gw_head *h)
{
	struct held_par *q = &held[nheld++];
	buf_clear(&q->doc);
	buf_add(&q->doc, p->doc, p->doclen);
	q->doc_escaped = p->doc_escaped;
	buf_clear(&q->par);
	buf_add(&q->par, p->par, p->parlen);
	buf_clear(&q->text);
	buf_add(&q->text, p->text, p->textlen);
	q->h = *h;
}

static struct gw_par held_view(const struct held_par *q)
{
	struct gw_par p = {
		.doc = q->doc.p, .doclen = q->doc.len, .doc_escaped = q->doc_escaped,
		.par = q->par.p, .parlen = q->par.len,
		.text = q->text.p, .textlen = q->text.len,
	};
	return p;
}

/* Decide what is held. next_body: the paragraph after a held unnumbered
 * candidate is running text (0 at the document's end). lead: a held run
 * of lead sentences is long enough to be headings. */
static void release(int next_body, int lead)
{
	for (int i = 0; i < nheld; i++) {
		struct gw_par p = held_view(&held[i]);
		int level = 0;
		if (hold == HOLD_PLAIN && next_body)
			level = outline_place(&ol, ST_PLAIN, 0);
		else if (hold == HOLD_LEAD && lead)
			level = outline_place(&ol, ST_LEAD, 0);
		if (level) {
			emit(&p, &held[i].h, level);
			prev = PREV_HEAD;
		} else {
			emit(&p, NULL, ol.depth);
			prev = para_is_body(p.text, p.textlen) ? PREV_BODY : PREV_OTHER;
		}
	}
	nheld = 0;
	hold = HOLD_NONE;
}

static void paragraph(const struct gw_par *p)
{
	if (!have_doc || curdoc.len != p->doclen || memcmp(curdoc.p, p->doc, p->doclen)) {
		release(0, 0);
		buf_clear(&curdoc);
		buf_add(&curdoc, p->doc, p->doclen);
		have_doc = 1;
		outline_reset(&ol);
		prev = PREV_NONE;
		lead_len = 0;
	}
	int body = para_is_body(p->text, p->textlen);
	struct gw_head h, lh;
	size_t pl = 0;
	int level, marked = head_parse(p->text, p->textlen, max_title, &h);
	/* A line that stops mid-sentence (hard-wrapped text) opens no run. */
	int lead = unnumbered && !marked && body && lead_candidate(p->text, p->textlen, max_title, &lh, &pl);
	if (hold == HOLD_PLAIN)
		release(body, 0);
	int same = 0, shortl = 0;
	if (lead) {
		same = lead_len && lead_same && pl == lead_prefixlen && !memcmp(p->text + lh.start, lead_prefix, pl);
		shortl = utf8_count(p->text + lh.title, lh.title_end - lh.title) <= LEAD_SHORT;
	}
	if (lead && lead_len && (same || (lead_short && shortl))) {
		/* The run goes on. */
		lead_same = same;
		lead_short = lead_short && shortl;
		if (++lead_len < LEAD_RUN) {
			hold_par(p, &lh);
			return;
		}
		if (hold == HOLD_LEAD)
			release(0, 1);
		emit(p, &lh, outline_place(&ol, ST_LEAD, 0));
		prev = PREV_HEAD;
		return;
	}
	if (hold == HOLD_LEAD)
		release(0, 0);  /* the run was too short: running text */
	lead_len = 0;
	if (marked && (level = outline_place(&ol, h.style, h.num))) {
		emit(p, &h, level);
		prev = PREV_HEAD;
		return;
	}
	if (lead && pl <= sizeof lead_prefix) {
		memcpy(lead_prefix, p->text + lh.start, pl);
		lead_prefixlen = pl;
		lead_len = 1;
		lead_same = 1;
		lead_short = shortl;
		hold = HOLD_LEAD;
		hold_par(p, &lh);
		return;
	}
	/* A marker that breaks its sequence makes body text, never an
	 * unnumbered heading. */
	if (unnumbered && !marked && (prev == PREV_BODY || prev == PREV_HEAD) &&
	    plain_candidate(p->text, p->textlen, max_title, &h)) {
		hold = HOLD_PLAIN;
		hold_par(p, &h);
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
		{"keep-text", no_argument, NULL, 'k'},
		GW_COMMON_LONGOPTS,
		{NULL, 0, NULL, 0}
	};
	struct gw_common co = {0};
	int c;
	gw_init(argv[0]);
	while ((c = getopt_long(argc, argv, "tw:Uk" GW_COMMON_SHORTOPTS, opts, NULL)) != -1) {
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
		case 'k':
			keep_text = 1;
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
		/* Held paragraphs are copies; the reader may go. */
		reader_close(&r);
	}
	release(0, 0);
	out_flush();
	gw_exit();
}
