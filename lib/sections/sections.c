#include "sections.h"
#include "core/datafile.h"
#include "core/utf8.h"

#include <string.h>

/* The class of the last paragraph handed on: an unnumbered heading line
 * must follow running text or another heading. */
enum { PREV_NONE, PREV_BODY, PREV_HEAD, PREV_OTHER };
/* What is held: one unnumbered heading candidate, or an annex marker
 * with words after it, each decided by the paragraph after it; or the
 * first paragraphs of a run of lead sentences, which are headings once
 * SECTIONS_LEAD_RUN paragraphs in a row open alike. */
enum { HOLD_NONE, HOLD_PLAIN, HOLD_ANNEX, HOLD_ITEM, HOLD_LEAD };
/* A run of lead sentences shares its two opening characters (着力…), or
 * all its sentences are this short (推动现代农业更优更旺。). */
enum { LEAD_SHORT = 12 };

void gw_sections_init(struct gw_sections *s, size_t max_title, int find,
    gw_sections_fn *fn, void *arg)
{
	memset(s, 0, sizeof *s);
	s->max_title = max_title;
	s->find = find;
	s->fn = fn;
	s->arg = arg;
	gw_outline_reset(&s->ol);
	gw_strset_init(&s->appendix);
	gw_strset_init(&s->words);
}

/* A word list: its set, its longest word's length, its name for errors. */
struct wordlist { struct gw_strset *set; size_t *max; uint64_t *lens; const char *what; };

/* Whether a word of k bytes is in the list: the suffixes of a line are
 * looked up only at the lengths its words have. */
static int has_len(const uint64_t *lens, size_t k)
{
	return k < 256 && (lens[k / 64] >> (k % 64) & 1);
}

static int word_row(const struct gw_row *row, void *arg, struct gw_error *err)
{
	struct wordlist *l = arg;
	if (gw_strset_add(l->set, row->f[0], row->len[0]) < 0)
		return gw_error_at(err, row->path, row->line, "too many %s", l->what);
	if (row->len[0] > *l->max)
		*l->max = row->len[0];
	if (row->len[0] < 256)
		l->lens[row->len[0] / 64] |= (uint64_t)1 << (row->len[0] % 64);
	return 0;
}

int gw_sections_load_appendix(struct gw_sections *s, const char *path, struct gw_error *err)
{
	struct wordlist l = { &s->appendix, &s->appendix_max, s->appendix_lens, "appendix titles" };
	return gw_data_each(path, word_row, &l, err);
}

int gw_sections_load_words(struct gw_sections *s, const char *path, struct gw_error *err)
{
	struct wordlist l = { &s->words, &s->words_max, s->words_lens, "section words" };
	return gw_data_each(path, word_row, &l, err);
}

/* The first line of a document is its title (政府工作报告, …会议开幕),
 * unless it ends with a section word (过去五年工作回顾): then it may head
 * what follows, as any unnumbered heading line. */
static int names_a_part(const struct gw_sections *s, const struct gw_head *h, const char *text)
{
	for (size_t k = 1; k <= s->words_max && k <= h->title_end - h->title; k++)
		if (has_len(s->words_lens, k) && gw_strset_has(&s->words, text + h->title_end - k, k))
			return 1;
	return 0;
}

static void hold_par(struct gw_sections *s, const struct gw_par *p, const struct gw_head *h)
{
	struct gw_held *q = &s->held[s->nheld++];
	gw_buf_clear(&q->doc);
	gw_buf_add(&q->doc, p->doc, p->doclen);
	q->doc_escaped = p->doc_escaped;
	gw_buf_clear(&q->par);
	gw_buf_add(&q->par, p->par, p->parlen);
	gw_buf_clear(&q->text);
	gw_buf_add(&q->text, p->text, p->textlen);
	q->h = *h;
}

/* Decide what is held. next_body: the paragraph after a held heading
 * candidate is running text (0 at the document's end). lead: a held run
 * of lead sentences is long enough to be headings. */
static void release(struct gw_sections *s, int next_body, int lead)
{
	for (int i = 0; i < s->nheld; i++) {
		struct gw_held *q = &s->held[i];
		struct gw_par p = {
			.doc = q->doc.p, .doclen = q->doc.len, .doc_escaped = q->doc_escaped,
			.par = q->par.p, .parlen = q->par.len,
			.text = q->text.p, .textlen = q->text.len,
		};
		int level = 0;
		if ((s->hold == HOLD_PLAIN || s->hold == HOLD_ANNEX || s->hold == HOLD_ITEM) &&
		    next_body)
			level = gw_outline_place(&s->ol, q->h.style, q->h.num);
		if (s->hold == HOLD_ITEM && !level)
			gw_outline_note(&s->ol, q->h.style, q->h.num);
		if (s->hold == HOLD_ITEM)
			s->item_body = level ? 0 : q->h.style + 1;
		else if (s->hold == HOLD_LEAD && lead)
			level = gw_outline_place(&s->ol, ST_LEAD, 0);
		if (level) {
			s->fn(&p, &q->h, &s->ol, s->arg);
			s->prev = PREV_HEAD;
		} else {
			s->fn(&p, NULL, &s->ol, s->arg);
			s->prev = gw_para_is_body(p.text, p.textlen) ? PREV_BODY : PREV_OTHER;
		}
	}
	s->nheld = 0;
	s->hold = HOLD_NONE;
}

/* At a document's end a held running item is a heading unless the
 * item before it was a list item, or it is an entry of a glossary. */
static void release_last(struct gw_sections *s)
{
	if (s->hold == HOLD_ITEM)
		release(s, !s->glossary && s->item_body != s->held[0].h.style + 1, 0);
	else
		release(s, 0, 0);
}

/* Under an appendix title (名词解释) a numbered line that names a term
 * and goes on with its definition (1.新质生产力：指…) is an entry of the
 * glossary, a list item like any item with nothing under it. */
static int glossary_entry(const struct gw_sections *s, const struct gw_par *p,
    const struct gw_head *h)
{
	if (!s->glossary || h->end < 1 || h->running || h->title == h->title_end)
		return 0;
	unsigned char c = (unsigned char)p->text[h->end - 1];
	return c == ':' || (h->end >= 3 && !memcmp(p->text + h->end - 3, "\xef\xbc\x9a", 3));
}

/* A numbered item of one long running sentence (一、各责任单位要高度重视,
 * …,确保各项工作落到实处。): a list item, not a heading, when nothing is
 * under it. */
static int running_item(const struct gw_sections *s, const struct gw_par *p,
    const struct gw_head *h)
{
	if (h->style == ST_ANNEX || h->end >= p->textlen)
		return 0;
	return (h->running && gw_one_sentence(p->text, p->textlen, h->end)) ||
	    glossary_entry(s, p, h);
}

/* Whether something stands under the held running item: not when the
 * next paragraph is its next sibling, nor when it is a short line (the
 * signature, an annex list) after a sibling that was a list item too; a
 * task's 责任单位 line under the first item is. */
static int item_has_body(const struct gw_sections *s, int marked, const struct gw_head *h,
    int body)
{
	const struct gw_head *q = &s->held[0].h;
	if (marked && h->style == q->style && h->num > q->num && h->num <= q->num + 3)
		return 0;
	return body || s->item_body != q->style + 1;
}

/* 《政府工作报告》名词解释: a short heading line that ends with an
 * appendix title is one too. */
static int ends_in_appendix(const struct gw_sections *s, const struct gw_par *p, size_t i, size_t e)
{
	struct gw_head h;
	/* the ending first: a few lookups, where the candidate test walks
	 * the line */
	for (size_t k = 1; k <= s->appendix_max && k < e - i; k++)
		if (has_len(s->appendix_lens, k) && gw_strset_has(&s->appendix, p->text + e - k, k))
			return gw_plain_candidate(p->text + i, e - i, s->max_title, &h);
	return 0;
}

/* 1．附件1：名词解释.doc: a numbered line whose title opens with an annex
 * marker is an entry of the notice's list of annexes, not a part of its
 * outline (一、附件正文 is a heading). */
static int annex_entry(const struct gw_sections *s, const struct gw_par *p,
    const struct gw_head *h)
{
	struct gw_head a;
	return h->style != ST_ANNEX && h->title < h->title_end &&
	    gw_head_parse(p->text + h->title, p->textlen - h->title, s->max_title, &a) &&
	    a.style == ST_ANNEX;
}

/* An appendix title line (名词解释) is a heading wherever it stands and,
 * as an annex, goes back to the top of the outline. */
static int appendix_title(const struct gw_sections *s, const struct gw_par *p, struct gw_head *h)
{
	size_t i = 0, e = p->textlen;
	while (i < e && (p->text[i] == ' ' || p->text[i] == '\t'))
		i++;
	while (e > i && (p->text[e - 1] == ' ' || p->text[e - 1] == '\t'))
		e--;
	if (e == i)
		return 0;
	if (!(has_len(s->appendix_lens, e - i) && gw_strset_has(&s->appendix, p->text + i, e - i)) &&
	    !ends_in_appendix(s, p, i, e))
		return 0;
	*h = (struct gw_head){ .style = ST_ANNEX, .start = i, .num_end = i, .title = i,
	    .title_end = e, .end = p->textlen };
	return 1;
}

/* 附件：名单 with its words on the marker's line is either the annex
 * itself or the notice's list of annexes above the signature (附件：1.…);
 * only text or a first heading after it makes it the annex. 附件 alone
 * on its line opens the annex at once. */
static int annex_note(const struct gw_head *h)
{
	return h->style == ST_ANNEX && h->title_end > h->title;
}

/* A paragraph that opens with two headings, the second a new style one
 * level under the first ((三)供水工程 1.农村饮水工程 新建水厂3座。): both
 * are placed, and the first goes in h->up. The first may break its
 * sequence (an excerpt) when the second starts a list at 1. */
static int two_headings(struct gw_sections *s, const struct gw_par *p, struct gw_head *h)
{
	struct gw_head in;
	/* only a title cut at white space: after (一)…。 a marker opens body */
	if (h->end == 0 || h->end >= p->textlen || !(p->text[h->end - 1] == ' ' ||
	    p->text[h->end - 1] == '\t' || (h->end >= 3 && !memcmp(p->text + h->end - 3, "\xe3\x80\x80", 3))))
		return 0;
	if (h->style == ST_ANNEX || h->glued || h->running || h->title == h->title_end ||
	    !gw_head_parse(p->text + h->end, p->textlen - h->end, s->max_title, &in) ||
	    in.glued || in.style == ST_ANNEX || in.style == h->style)
		return 0;
	struct gw_outline keep = s->ol;
	int fits = gw_outline_fits(&s->ol, h->style, h->num);
	if (!fits && in.num != 1)
		return 0;
	int lv = gw_outline_place_any(&s->ol, h->style, h->num);
	if (!gw_outline_fits(&s->ol, in.style, in.num) ||
	    gw_outline_place(&s->ol, in.style, in.num) != lv + 1) {
		s->ol = keep;
		return 0;
	}
	size_t o = h->end;
	in.up = 1;
	in.up_start = h->start;
	in.up_num_end = h->num_end;
	in.up_title = h->title;
	in.up_title_end = h->title_end;
	in.start += o;
	in.num_end += o;
	in.title += o;
	in.title_end += o;
	in.end += o;
	*h = in;
	return 1;
}

/* A paragraph that opens with a marker: held (an annex note, a running
 * item), placed as one or two headings, or handed on as an annex-list
 * entry. 0 when its number breaks the sequence: then it is body text. */
static int place_marked(struct gw_sections *s, const struct gw_par *p, struct gw_head *h, int body)
{
	if (annex_note(h)) {
		s->hold = HOLD_ANNEX;
		hold_par(s, p, h);
		return 1;
	}
	if (two_headings(s, p, h)) {
		s->fn(p, h, &s->ol, s->arg);
		s->prev = PREV_HEAD;
		return 1;
	}
	if (annex_entry(s, p, h)) {
		gw_outline_note(&s->ol, h->style, h->num);
		s->fn(p, NULL, &s->ol, s->arg);
		s->prev = body ? PREV_BODY : PREV_OTHER;
		return 1;
	}
	if (h->style == ST_ANNEX)
		s->glossary = 0;  /* 附件: a document of its own, not a glossary */
	if (running_item(s, p, h) && gw_outline_fits(&s->ol, h->style, h->num)) {
		s->hold = HOLD_ITEM;
		hold_par(s, p, h);
		return 1;
	}
	if (gw_outline_place(&s->ol, h->style, h->num)) {
		s->fn(p, h, &s->ol, s->arg);
		s->prev = PREV_HEAD;
		return 1;
	}
	return 0;
}

void gw_sections_add(struct gw_sections *s, const struct gw_par *p)
{
	if (!s->have_doc || s->doc.len != p->doclen || memcmp(s->doc.p, p->doc, p->doclen)) {
		release_last(s);
		gw_buf_clear(&s->doc);
		gw_buf_add(&s->doc, p->doc, p->doclen);
		s->have_doc = 1;
		gw_outline_reset(&s->ol);
		s->prev = PREV_NONE;
		s->lead_len = 0;
		s->item_body = 0;
		s->glossary = 0;
	}
	int body = gw_para_is_body(p->text, p->textlen);
	struct gw_head h, lh;
	size_t pl = 0;
	int marked = gw_head_parse(p->text, p->textlen, s->max_title, &h);
	if (marked && h.glued && !gw_outline_next(&s->ol, h.style, h.num))
		marked = 0;  /* 1.5亿元: a decimal, not item 1 */
	/* A line that stops mid-sentence (hard-wrapped text) opens no run. */
	int lead = (s->find & SECTIONS_LEADS) && !marked && body &&
	    gw_lead_candidate(p->text, p->textlen, s->max_title, &lh, &pl);
	if (s->hold == HOLD_PLAIN)
		release(s, body, 0);
	else if (s->hold == HOLD_ANNEX)
		release(s, body || (marked && h.num == 1), 0);
	else if (s->hold == HOLD_ITEM)
		release(s, item_has_body(s, marked, &h, body), 0);
	int same = 0, shortl = 0;
	if (lead) {
		same = s->lead_len && s->lead_same && pl == s->lead_prefixlen &&
		    !memcmp(p->text + lh.start, s->lead_prefix, pl);
		shortl = gw_utf8_count(p->text + lh.title, lh.title_end - lh.title) <= LEAD_SHORT;
	}
	if (lead && s->lead_len && (same || (s->lead_short && shortl))) {
		/* The run goes on. */
		s->lead_same = same;
		s->lead_short = s->lead_short && shortl;
		if (++s->lead_len < SECTIONS_LEAD_RUN) {
			hold_par(s, p, &lh);
			return;
		}
		if (s->hold == HOLD_LEAD)
			release(s, 0, 1);
		gw_outline_place(&s->ol, ST_LEAD, 0);
		s->fn(p, &lh, &s->ol, s->arg);
		s->prev = PREV_HEAD;
		return;
	}
	if (s->hold == HOLD_LEAD)
		release(s, 0, 0);  /* the run was too short: running text */
	s->lead_len = 0;
	if (marked && place_marked(s, p, &h, body))
		return;
	if (lead && pl <= sizeof s->lead_prefix) {
		memcpy(s->lead_prefix, p->text + lh.start, pl);
		s->lead_prefixlen = pl;
		s->lead_len = 1;
		s->lead_same = 1;
		s->lead_short = shortl;
		s->hold = HOLD_LEAD;
		hold_par(s, p, &lh);
		return;
	}
	if ((s->find & SECTIONS_PLAIN) && !marked && (appendix_title(s, p, &h) ||
	    gw_bullet_candidate(p->text, p->textlen, s->max_title, &h))) {
		s->glossary = h.style == ST_ANNEX;
		gw_outline_place(&s->ol, h.style, h.num);
		s->fn(p, &h, &s->ol, s->arg);
		s->prev = PREV_HEAD;
		return;
	}
	/* A marker that breaks its sequence makes body text, never an
	 * unnumbered heading. */
	if ((s->find & SECTIONS_PLAIN) && !marked && s->prev == PREV_NONE &&
	    gw_plain_candidate(p->text, p->textlen, s->max_title, &h) && names_a_part(s, &h, p->text)) {
		s->hold = HOLD_PLAIN;
		hold_par(s, p, &h);
		return;
	}
	if ((s->find & SECTIONS_PLAIN) && !marked && (s->prev == PREV_BODY || s->prev == PREV_HEAD) &&
	    (gw_plain_candidate(p->text, p->textlen, s->max_title, &h) ||
	    (gw_ordinal_sentence(p->text, p->textlen, s->max_title, &h) &&
	    gw_outline_fits(&s->ol, h.style, h.num)) ||
	    period_sentence(p->text, p->textlen, s->max_title, &h))) {
		s->hold = HOLD_PLAIN;
		hold_par(s, p, &h);
		return;
	}
	s->fn(p, NULL, &s->ol, s->arg);
	s->prev = body ? PREV_BODY : PREV_OTHER;
}

void gw_sections_end(struct gw_sections *s)
{
	release_last(s);
}

void gw_sections_free(struct gw_sections *s)
{
	gw_buf_free(&s->doc);
	gw_strset_free(&s->appendix);
	gw_strset_free(&s->words);
	for (int i = 0; i < SECTIONS_LEAD_RUN - 1; i++) {
		gw_buf_free(&s->held[i].doc);
		gw_buf_free(&s->held[i].par);
		gw_buf_free(&s->held[i].text);
	}
}
