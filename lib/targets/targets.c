#include "targets.h"
#include "words.h"
#include "core/alloc.h"
#include "core/buf.h"
#include "core/utf8.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

enum { HEADER_PARS = 15 };   /* the first lines that may name the government */

/* ---- the figures of a paragraph, from the quantity engine ---- */

static size_t stash(struct targets *e, const char *s, size_t n)
{
	size_t off = e->arena.len;
	gw_buf_add(&e->arena, s ? s : "", n);
	return off;
}

static int usable_kind(const char *k)
{
	return !strcmp(k, "percent") || !strcmp(k, "ppoint") || !strcmp(k, "quantity") || !strcmp(k, "range");
}

static void collect(void *arg, const struct gw_qty *q, const char *text, size_t n)
{
	struct targets *e = arg;
	(void)text; (void)n;
	int year = 0;
	if (!strcmp(q->kind, "year") || !strcmp(q->kind, "date")) {
		const char *v = q->value.p;
		if (q->value.len >= 4 && v[0] >= '1' && v[0] <= '2' && (q->value.len == 4 || v[4] == '-'))
			year = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
		if (!year)
			return;
	} else if (!usable_kind(q->kind)) {
		return;
	}
	if (e->nf == e->capf) {
		e->capf = e->capf ? 2 * e->capf : 32;
		e->f = gw_xrealloc(e->f, e->capf * sizeof *e->f);
	}
	struct gw_targets_fig *f = &e->f[e->nf++];
	f->b0 = q->b0; f->b1 = q->b1;
	f->kind = q->kind;
	f->year = year;
	f->value = stash(e, q->value.p, q->value.len); f->valuelen = q->value.len;
	f->low = stash(e, q->low.p, q->low.len); f->lowlen = q->low.len;
	f->high = stash(e, q->high.p, q->high.len); f->highlen = q->high.len;
	f->qual = stash(e, q->qual.p, q->qual.len); f->quallen = q->qual.len;
	f->unit = stash(e, q->unit, q->unitlen); f->unitlen = q->unitlen;
}

/* Figures in order of their start (the engine gives them nearly so),
 * and the list of the years among them. */
static void index_figures(struct targets *e)
{
	for (size_t k = 1; k < e->nf; k++)
		for (size_t j = k; j > 0 && e->f[j - 1].b0 > e->f[j].b0; j--) {
			struct gw_targets_fig t = e->f[j];
			e->f[j] = e->f[j - 1];
			e->f[j - 1] = t;
		}
	e->ny = 0;
	for (size_t k = 0; k < e->nf; k++) {
		if (!e->f[k].year)
			continue;
		if (e->ny == e->capy) {
			e->capy = e->capy ? 2 * e->capy : 16;
			e->yf = gw_xrealloc(e->yf, e->capy * sizeof *e->yf);
		}
		e->yf[e->ny++] = k;
	}
}

void gw_targets_init(struct targets *e, const struct gw_targets_tables *t)
{
	memset(e, 0, sizeof *e);
	e->t = t;
	gw_qty_scan_init(&e->sc, t->qt, 0);
	e->sc.emit = collect;
	e->sc.arg = e;
}

void gw_targets_free(struct targets *e)
{
	gw_qty_scan_free(&e->sc);
	free(e->f);
	free(e->yf);
	free(e->sep);
	free(e->m);
	free(e->arena.p);
	free(e->clean.p);
	memset(e, 0, sizeof *e);
}

int gw_targets_header_open(const struct targets *e)
{
	return !e->given_place && !e->placelen && e->npar <= HEADER_PARS;
}

int gw_targets_new_doc(struct targets *e, const char *place, const char *year)
{
	e->placelen = 0;
	e->level = TL_NONE;
	e->year = e->date_year = 0;
	e->prevlen = 0;
	e->given_place = e->given_year = 0;
	e->phase = 0;
	e->review_year = 0;
	e->npar = 0;
	e->passage = e->passage_colon = e->passage_list = 0;
	if (place && *place) {
		size_t n = strlen(place);
		if (n >= sizeof e->place)
			n = sizeof e->place - 1;
		memcpy(e->place, place, n);
		e->placelen = n;
		int32_t lv = gw_wordtrie_get(&e->t->places, place, n);
		e->level = lv > 0 ? lv : TL_NONE;
		e->given_place = 1;
	}
	if (year && *year) {
		char *end;
		long y = strtol(year, &end, 10);
		if (*end || y < 1000 || y > 9999)
			return -1;
		e->year = (int)y;
		e->given_year = 1;
	}
	return 0;
}

/* ---- words in a text ---- */

static int class_word_at(const struct gw_targets_tables *t, const char *s, size_t n, int cls);

static int starts_word(const struct gw_targets_tables *t, const char *s, size_t n, uint32_t *cp, int *len)
{
	*len = gw_utf8_decode((const unsigned char *)s, cp);
	if (*len <= 0)
		*len = 1;
	(void)n;
	return *cp < 0x10000 && (t->first[*cp >> 3] >> (*cp & 7) & 1);
}

static struct gw_targets_match *add_match(struct targets *e)
{
	if (e->nm == e->capm) {
		e->capm = e->capm ? 2 * e->capm : 64;
		e->m = gw_xrealloc(e->m, e->capm * sizeof *e->m);
	}
	return &e->m[e->nm++];
}

static int word_class(const struct targets *e, const struct gw_targets_match *m)
{
	return m->name ? -1 : e->t->w[m->v].cls;
}

static inline int bit(const uint8_t *bits, uint32_t cp)
{
	return cp < 0x10000 && (bits[cp >> 3] >> (cp & 7) & 1);
}

/* An indicator name starts at s[i] (its first code point cp, l bytes),
 * within s[..b1). The pair hash keeps the trie for the few places where
 * a name's first two code points stand. */
static int name_at(const struct gw_targets_tables *t, const char *s, size_t i, size_t l, uint32_t cp, size_t b1)
{
	uint32_t cp2 = 0;
	if (i + l < b1)
		gw_utf8_decode((const unsigned char *)s + i + l, &cp2);
	unsigned h = pair_hash(cp, cp2), h0 = pair_hash(cp, 0);
	int32_t v;
	return ((t->npair[h >> 3] >> (h & 7) & 1) || (t->npair[h0 >> 3] >> (h0 & 7) & 1)) &&
	    gw_wordtrie_longest(&t->names, s + i, b1 - i, &v);
}

/* Whether s[b0..b1) names an indicator at all: most sentences with
 * figures in a report name none, and need no closer look. */
static int names_any(const struct gw_targets_tables *t, const char *s, size_t b0, size_t b1)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = b0; i < b1; ) {
		uint32_t cp;
		size_t l = (size_t)gw_utf8_decode(u + i, &cp);
		if (bit(t->nfirst, cp) && name_at(t, s, i, l, cp, b1))
			return 1;
		i += l;
	}
	return 0;
}

/* What a paragraph holds, in one pass over its code points (it is
 * valid UTF-8, so a word found by code points is the word found by
 * bytes): G_NAME an indicator name, G_ANCHOR, G_REVIEW and G_HEADER
 * (congress or report) a word of those classes. Most paragraphs hold
 * none and are read no further. */
enum { G_NAME = 1, G_ANCHOR = 2, G_REVIEW = 4, G_HEADER = 8 };
static unsigned gates(const struct gw_targets_tables *t, const char *s, size_t n, unsigned want)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned got = 0;
	for (size_t i = 0; i < n && got != want; ) {
		uint32_t cp;
		size_t l;
		if (u[i] >= 0xE0 && u[i] < 0xF0 && i + 2 < n) {
			/* a three-byte character (nearly all of the text): its
			 * bit straight from its bytes, decoded only when set */
			if (!(t->gfirst[(u[i] & 0x0F) << 6 | (u[i + 1] & 0x3F)] >> (u[i + 2] & 0x3F) & 1)) {
				i += 3;
				continue;
			}
			l = (size_t)gw_utf8_decode(u + i, &cp);
		} else {
			l = (size_t)gw_utf8_decode(u + i, &cp);
			if (cp >= 0x10000 || !(t->gfirst[cp >> 6] >> (cp & 63) & 1)) {
				i += l;
				continue;
			}
		}
		{
			unsigned need = want & ~got;
			if ((need & G_NAME) && bit(t->nfirst, cp) && name_at(t, s, i, l, cp, n))
				got |= G_NAME;
			if ((need & G_ANCHOR) && bit(t->afirst, cp) && class_word_at(t, s + i, n - i, W_ANCHOR))
				got |= G_ANCHOR;
			if ((need & G_REVIEW) && bit(t->rfirst, cp) && class_word_at(t, s + i, n - i, W_REVIEW))
				got |= G_REVIEW;
			if ((need & G_HEADER) && bit(t->hfirst, cp) && (class_word_at(t, s + i, n - i, W_CONGRESS)
			    || class_word_at(t, s + i, n - i, W_REPORT)))
				got |= G_HEADER;
		}
		i += l;
	}
	return got;
}

/* At most two characters of CJK text from b0 to b1: the place in
 * 占新区地区生产总值的45%, 占全市GDP比重. */
static int few_hanzi(const char *s, size_t b0, size_t b1)
{
	if (b1 - b0 > 6)
		return 0;
	for (size_t k = b0; k < b1; k += 3)
		if ((unsigned char)s[k] < 0xE4 || (unsigned char)s[k] > 0xE9)
			return 0;
	return 1;
}

/* Names and cue words in s[b0..b1), longest first, into e->m. A name
 * right after a ref or share word (占地区生产总值, 与经济增长) is marked. */
static void match_range(struct targets *e, const char *s, size_t b0, size_t b1)
{
	const struct gw_targets_tables *t = e->t;
	size_t i = b0;
	while (i < b1) {
		uint32_t cp;
		int l;
		if (!starts_word(t, s + i, b1 - i, &cp, &l)) {
			i += (size_t)l;
			continue;
		}
		int32_t vn = -1, vw = -1;
		size_t ln = gw_wordtrie_longest(&t->names, s + i, b1 - i, &vn);
		size_t lw = gw_wordtrie_longest(&t->words, s + i, b1 - i, &vw);
		if (!ln && !lw) {
			i += (size_t)l;
			continue;
		}
		struct gw_targets_match *m = add_match(e);
		m->b0 = i;
		m->name = ln && ln >= lw;
		m->b1 = i + (m->name ? ln : lw);
		m->v = m->name ? vn : vw;
		m->ref = 0;
		if (m->name && e->nm > 1) {
			const struct gw_targets_match *p = m - 1;
			int c = word_class(e, p);
			m->ref = ((c == W_REF || c == W_SHARE) && few_hanzi(s, p->b1, i))
			    || (c == W_PART && p->b1 == i);   /* 海洋生产总值: another indicator */
		}
		if (!m->name && e->t->w[m->v].cls == W_RATIO && e->nm > 1 && m[-1].name && m[-1].b1 == m->b0)
			m[-1].ref = 1;   /* 经济增长贡献率: the rate is the subject, not GDP */
		i = m->b1;
	}
}

/* A three-byte character w in s[0..n): memchr on its last byte, which
 * is the rarest of the three in CJK text, then a compare. */
static const char *find3(const char *s, size_t n, const char *w)
{
	const char *p = s + 2, *end = s + n;
	while (p < end && (p = memchr(p, w[2], (size_t)(end - p)))) {
		if (p[-2] == w[0] && p[-1] == w[1])
			return p - 2;
		p++;
	}
	return NULL;
}

/* The first w[0..wl) in s[0..n): memmem, whose setup outweighs the
 * search in the short spans of a clause, only for long ones. */
static const char *findw(const char *s, size_t n, const char *w, size_t wl)
{
	if (n >= 96)
		return memmem(s, n, w, wl);
	for (const char *p = s, *end = s + n; p && (size_t)(end - p) >= wl; p++) {
		if (!(p = memchr(p, w[0], (size_t)(end - p - (ptrdiff_t)wl + 1))))
			return NULL;
		if (!memcmp(p, w, wl))
			return p;
	}
	return NULL;
}

/* Byte offset of the first occurrence of a word of class cls in
 * s[0..n), or (size_t)-1. */
static size_t find_class(const struct gw_targets_tables *t, const char *s, size_t n, int cls, size_t *wl)
{
	size_t best = (size_t)-1;
	for (size_t j = t->clsoff[cls]; j < t->clsoff[cls + 1]; j++) {
		size_t k = t->bycls[j];
		const char *p = t->wlen[k] == 3 ? find3(s, n, t->wtext[k]) : findw(s, n, t->wtext[k], t->wlen[k]);
		if (p && (size_t)(p - s) < best) {
			best = (size_t)(p - s);
			*wl = t->wlen[k];
		}
	}
	return best;
}


/* A word of class cls written at s[0..n)? (By the list, not the trie:
 * a word may be in two classes, 为 both a level word and an intro.) */
static int class_word_at(const struct gw_targets_tables *t, const char *s, size_t n, int cls)
{
	for (size_t j = t->clsoff[cls]; j < t->clsoff[cls + 1]; j++) {
		size_t k = t->bycls[j];
		if (t->wlen[k] <= n && !memcmp(s, t->wtext[k], t->wlen[k]))
			return 1;
	}
	return 0;
}

static const char *degloss(struct targets *e, const char *s, size_t *n);

/* ---- the document's government and year ---- */

/* The place named last before s[p], ending at most 8 characters before
 * it (利津县第十八届人民代表大会, 2020年利津县政府工作报告). */
static void place_before(struct targets *e, const char *s, size_t p)
{
	size_t i = 0, best = 0, bestl = 0;
	int32_t lv = 0, bestlv = 0;
	while (i < p) {
		size_t l = gw_wordtrie_longest(&e->t->places, s + i, p - i, &lv);
		if (l && i + l + 24 >= p && (!bestl || i + l > best + bestl)) {
			best = i;
			bestl = l;
			bestlv = lv;
		}
		uint32_t cp;
		int cl = gw_utf8_decode((const unsigned char *)s + i, &cp);
		i += cl > 0 ? (size_t)cl : 1;
	}
	if (!bestl || bestl >= sizeof e->place)
		return;
	memcpy(e->place, s + best, bestl);
	e->placelen = bestl;
	e->level = bestlv;
}

/* A sentence ends in s[0, n): a year before it is not the meeting's
 * (2013年是…之年。在省人大…监督下: the year reviewed, not the report's). */
static inline int maybe_sep(unsigned char c);
static int sep_at(const char *s, size_t n, size_t i, size_t *len);
static int sentence_ends(const char *s, size_t n)
{
	size_t len;
	for (size_t i = 0; i < n; i++)
		if (maybe_sep((unsigned char)s[i]) && sep_at(s, n, i, &len) == 2)
			return 1;
	return 0;
}

/* A figure that is no date between b0 and b1: 2004年达到3423亿元，提前两年
 *实现市三届人大一次会议确定的目标 is a result, not a meeting line. */
static int amount_between(const struct targets *e, size_t b0, size_t b1)
{
	for (size_t k = 0; k < e->nf; k++)
		if (!e->f[k].year && e->f[k].b0 >= b0 && e->f[k].b1 <= b1)
			return 1;
	return 0;
}

/* A meeting (会议) follows the congress word closely: 第十八届人民代表大会
 * 第四次会议, 十三届人大七次会议. */
static int names_meeting(const struct gw_targets_tables *t, const char *s, size_t n)
{
	size_t wl;
	return find_class(t, s, n < 60 ? n : 60, W_MEETING, &wl) != (size_t)-1;
}

/* The first lines: 2020年利津县政府工作报告, —— 2020年5月20日在利津县第
 * 十八届人民代表大会第四次会议上. A title gives its year even without
 * those words (2022年重点工作安排). */
static void read_header(struct targets *e, const char *s, size_t n, int title, int *scanned, unsigned g)
{
	const struct gw_targets_tables *t = e->t;
	size_t wl, pc = (size_t)-1, pr = (size_t)-1;
	if (g & G_HEADER) {   /* (most lines name neither) */
		pc = find_class(t, s, n, W_CONGRESS, &wl);
		if (pc != (size_t)-1 && !names_meeting(t, s + pc, n - pc))
			pc = (size_t)-1;   /* 得益于龙岗区人大的监督: not the meeting */
		pr = find_class(t, s, n, W_REPORT, &wl);
	}
	size_t p = pc < pr ? pc : pr;
	if (p == (size_t)-1) {
		if (!title || (g & G_REVIEW))
			return;   /* 一、2013年工作回顾: the year reviewed */
		p = n;
	} else if (!e->given_place && !e->placelen) {
		/* 西安市莲湖区第十七届人民代表大会 after 政府工作报告——: the
		 * place may be before either word */
		if (pc != (size_t)-1)
			place_before(e, s, pc);
		if (!e->placelen && pr != (size_t)-1)
			place_before(e, s, pr);
		if (!e->placelen && pc != (size_t)-1 && pc < 24 && e->prevlen)
			/* a meeting line wrapped before 人民代表大会 */
			place_before(e, e->prev, e->prevlen);
	}
	if (e->given_year || e->year)
		return;
	if (!*scanned) {   /* the figures, only for a line that may give the year */
		gw_qty_scan_text(&e->sc, s, n);
		index_figures(e);
		*scanned = 1;
	}
	for (size_t k = 0; k < e->nf; k++)
		if (e->f[k].year && e->f[k].b1 <= p && !sentence_ends(s + e->f[k].b1, p - e->f[k].b1)
		    && !amount_between(e, e->f[k].b1, p)) {
			e->year = e->f[k].year;
			break;
		}
}

/* The end of a first paragraph, for a meeting line wrapped across two. */
static void keep_tail(struct targets *e, const char *s, size_t n)
{
	size_t from = n > sizeof e->prev ? n - sizeof e->prev : 0;
	while (from < n && ((unsigned char)s[from] & 0xC0) == 0x80)
		from++;   /* whole characters only */
	e->prevlen = n - from;
	memcpy(e->prev, s + from, e->prevlen);
}

void gw_targets_title(struct targets *e, const char *s, size_t n)
{
	s = degloss(e, s, &n);
	e->nf = e->ny = 0;
	e->arena.len = 0;
	int scanned = 0;
	read_header(e, s, n, 1, &scanned, gates(e->t, s, n, G_HEADER | G_REVIEW));
}

void gw_targets_date(struct targets *e, const char *s, size_t n)
{
	int y = 0;
	for (size_t i = 0; i < 4; i++) {
		if (i >= n || s[i] < '0' || s[i] > '9')
			return;
		y = y * 10 + (s[i] - '0');
	}
	if (y >= 1000 && (n == 4 || s[4] == '-' || s[4] == '/' || s[4] == '.'))
		e->date_year = y;
}

/* ---- sentences and clauses ---- */

/* Bytes that may start a separator: ; ! ? , : LF and the lead bytes of
 * 。(E3) and ；！？，：(EF), both rare in CJK text. */
static inline int maybe_sep(unsigned char c)
{
	return c == 0xE3 || c == 0xEF || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n';
}

/* 2: a sentence ends at s[i] (。；！？;!?), 1: a clause (，,：:), 0: neither. */
static int sep_at(const char *s, size_t n, size_t i, size_t *len)
{
	unsigned char c = (unsigned char)s[i];
	*len = 1;
	if (c == ';' || c == '!' || c == '?')
		return 2;
	if (c == ',' || c == ':' || c == '\n')
		return 1;
	if (c < 0xE3 || i + 3 > n)
		return 0;
	*len = 3;
	const unsigned char *u = (const unsigned char *)s + i;
	if (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x82)   /* 。 */
		return 2;
	if (u[0] == 0xEF && u[1] == 0xBC) {
		if (u[2] == 0x9B || u[2] == 0x81 || u[2] == 0x9F)   /* ；！？ */
			return 2;
		if (u[2] == 0x8C || u[2] == 0x9A)                   /* ，： */
			return 1;
	}
	return 0;
}

/* A sentence stop or comma in s[0, n): the paragraph is prose, not a
 * heading. */
static int has_stop(const char *s, size_t n)
{
	for (size_t i = 0; i + 3 <= n; i++)
		if (!memcmp(s + i, "\xE3\x80\x82", 3) || !memcmp(s + i, "\xEF\xBC\x8C", 3) || !memcmp(s + i, "\xEF\xBC\x9B", 3))
			return 1;   /* 。，； */
	return memchr(s, ',', n) || memchr(s, ';', n);
}

/* Only a sentence stop and spaces from s[j] to the end. */
static int ends_paragraph(const char *s, size_t n, size_t j)
{
	while (n > j && s[n - 1] == ' ')
		n--;
	return (n == j + 3 && !memcmp(s + j, "\xE3\x80\x82", 3)) || (n == j + 1 && s[j] == '.');
}

/* A targets passage starts: a target word followed closely by an intro
 * (主要预期目标是:, 预期目标为) or ending a heading, not a target merely
 * named in the review (完成了年初确定的目标任务). */
/* A target word at s[i] that opens the targets: 2 when it ends a
 * heading, 1 when an intro follows it closely, else 0. */
static int target_at(const struct gw_targets_tables *t, const char *s, size_t n, size_t i, uint32_t cp)
{
	const unsigned char *u = (const unsigned char *)s;
	int32_t v;
	size_t wl;
	if (!bit(t->tfirst, cp) || !(wl = gw_wordtrie_longest(&t->words, s + i, n - i, &v)) || t->w[v].cls != W_TARGET)
		return 0;
	size_t j = i + wl;
	/* a heading that ends with the target word (■ 2025年…的主要预期目标)
	 * opens the lines below it */
	size_t e0 = j;
	while (e0 < n && s[e0] == ' ')
		e0++;
	if (e0 == n && !has_stop(s, i))
		return 2;
	if (ends_paragraph(s, n, j))
		return 3;
	for (int c = 0; c < 3 && j < n; c++) {
		if (class_word_at(t, s + j, n - j, W_INTRO))
			return 1;
		int k = gw_utf8_decode(u + j, &cp);
		j += k > 0 ? (size_t)k : 1;
	}
	return 0;
}

/* A paragraph that ends with a target word (…阐述了北京市2025年经济社会
 * 发展的主要预期目标。) announces the targets that the next paragraphs
 * list, when its last sentence names the document's year or 今年; a
 * review's 完成了年初确定的目标任务。 names neither. */
static int announces(const struct targets *e, const char *s, size_t i)
{
	size_t s0 = i, len, wl;
	while (s0 > 0 && !(maybe_sep((unsigned char)s[s0 - 1]) && sep_at(s, i, s0 - 1, &len) == 2))
		s0--;
	if (find_class(e->t, s + s0, i - s0, W_NOW, &wl) != (size_t)-1)
		return 1;
	int y = e->year ? e->year : e->date_year;
	char yr[16];
	if (y < 1000 || y > 9999)
		return 0;
	gw_fmt_size(yr, (size_t)y);
	memcpy(yr + 4, "\xE5\xB9\xB4", 3);   /* 年 */
	return findw(s + s0, i - s0, yr, 7) != NULL;
}

static int opens_targets(const struct targets *e, const char *s, size_t n, unsigned g)
{
	const struct gw_targets_tables *t = e->t;
	const unsigned char *u = (const unsigned char *)s;
	size_t wl, done = 0;
	if (!(g & G_ANCHOR))
		return 0;   /* most paragraphs: no 目标 in them */
	/* a target word holds an anchor at most t->tpre bytes in: target
	 * words are looked for only in that reach before each anchor, in
	 * the order of the text */
	for (size_t a = find_class(t, s, n, W_ANCHOR, &wl); a != (size_t)-1; ) {
		size_t i = a > t->tpre ? a - t->tpre : 0;
		if (i < done)
			i = done;
		while (i < n && (u[i] & 0xC0) == 0x80)
			i++;
		/* (a target word without an anchor: the whole paragraph) */
		size_t end = t->tpre == (size_t)-1 ? n : a + 1;
		for (; i < end && i < n; ) {
			uint32_t cp;
			int l = gw_utf8_decode(u + i, &cp);
			int r = u[i] < 0x80 ? 0 : target_at(t, s, n, i, cp);
			if (r == 3)
				return announces(e, s, i) ? 1 : 0;
			if (r)
				return r;
			i += u[i] < 0x80 ? 1 : (size_t)(l > 0 ? l : 1);
		}
		done = i;
		size_t next = a + 1 < n ? find_class(t, s + a + 1, n - a - 1, W_ANCHOR, &wl) : (size_t)-1;
		a = next == (size_t)-1 ? next : a + 1 + next;
	}
	return 0;
}

static int ends_with_colon(const char *s, size_t n)
{
	while (n && s[n - 1] == ' ')
		n--;
	return (n >= 1 && s[n - 1] == ':') || (n >= 3 && !memcmp(s + n - 3, "\xEF\xBC\x9A", 3));
}

/* A word of class cls ends right before s[b] (比2002年: a base year). */
static int after_class(const struct gw_targets_tables *t, const char *s, size_t b, int cls)
{
	for (size_t k = 0; k < t->nw; k++)
		if (t->w[k].cls == cls && t->wlen[k] <= b && !memcmp(s + b - t->wlen[k], t->wtext[k], t->wlen[k]))
			return 1;
	return 0;
}

/* The sentence a clause is in: its start, for the words and years
 * before a figure. */
struct when {
	size_t s0;
	size_t f0, f1;             /* figures to look at */
};

/* A target word after byte b in its clause, before c1: the figures are
 * what it names (对地区生产总值增长5%以上、…等预期目标完成情况进行监测),
 * targets even outside a targets passage. A word after a clause mark is
 * another clause's (增长6.1%，完成了年初确定的目标任务: a result). */
static int target_follows(const struct targets *e, size_t b, size_t c1)
{
	for (size_t k = 0; k < e->nm; k++) {
		const struct gw_targets_match *m = &e->m[k];
		if (m->b0 >= c1)
			break;
		if (!m->name && m->b0 >= b && e->t->w[m->v].cls == W_TARGET)
			return 1;
	}
	return 0;
}

/* A word of intent before byte b in its clause, from c0 (北京市将致力于
 * 实现地区生产总值增长5%左右, 也将力争增长4%左右): what is to be
 * done, a target, when nothing else says when. */
static int intent_before(const struct targets *e, const char *s, size_t c0, size_t b)
{
	size_t wl;
	return b > c0 && find_class(e->t, s + c0, b - c0, W_INTENT, &wl) != (size_t)-1;
}

/* Role and year of a figure at byte b (or of a target without a number
 * ending at b) in a clause [c0, c1), from the nearest of: a year
 * written before it in the paragraph (2019年…, 到2025年), a word of its
 * sentence that says when (去年, 今年, 主要预期目标, 十四五); a target
 * word after it or a word of intent before it in its clause; else where
 * the document is (review or targets). */
static const char *role_of(struct targets *e, const char *s, size_t b, size_t c0, size_t c1, int *year)
{
	int ry = 0, horizon = 0, Y = e->year ? e->year : e->date_year, cls = -1, cy = 0, crel = 0;
	size_t py = 0, pc = 0;
	for (size_t y = 0; y < e->ny; y++) {
		const struct gw_targets_fig *f = &e->f[e->yf[y]];
		if (f->b1 <= b && !after_class(e->t, s, f->b0, W_BASE)) {   /* a year earlier in the paragraph still holds */
			ry = f->year;
			py = f->b1;
			size_t j = f->b0;
			while (j > 0 && ((unsigned char)s[--j] & 0xC0) == 0x80)
				;
			horizon = j < f->b0 && class_word_at(e->t, s + j, f->b0 - j, W_HORIZON);
		}
	}
	for (size_t k = 0; k < e->nm; k++) {
		const struct gw_targets_match *m = &e->m[k];
		if (m->name || m->b1 > b)
			continue;
		const struct gw_targets_word *tw = &e->t->w[m->v];
		if (tw->cls == W_TARGET && !e->passage)
			continue;   /* 主要经济指标保持较快增长: a target word that opens nothing */
		if (tw->cls == W_ACTUAL || tw->cls == W_TARGET || tw->cls == W_NOW || tw->cls == W_PLAN) {
			cls = tw->cls;
			pc = m->b1;
			cy = tw->year;
			crel = tw->rel;
		}
	}
	*year = ry;
	if (ry && py > pc) {
		if (Y)
			return ry < Y ? "actual" : ry > Y ? "plan" : "target";
		if (horizon || cls == W_PLAN)
			return "plan";   /* 今后五年…力争在2010年: the plan's year */
		if (cls == W_ACTUAL || (cls < 0 && !e->phase))
			return "actual";
		if (!e->given_year)
			e->year = ry;   /* 2022年…主要预期目标为: the document's year */
		return "target";
	}
	if (cls == W_PLAN) {
		*year = crel ? (Y ? Y + cy : 0) : cy;
		return "plan";
	}
	if (cls == W_ACTUAL || (cls < 0 && !e->phase && !target_follows(e, b, c1) && !intent_before(e, s, c0, b))) {
		*year = e->review_year ? e->review_year : Y ? Y - 1 : 0;
		return "actual";
	}
	if (ry && !Y && !e->given_year)
		e->year = ry;
	*year = ry ? ry : Y;
	return "target";
}

/* ---- figures to rows ---- */

/* Classes of the cue words in [g0, g1), as bits. */
static int cues_between(const struct targets *e, size_t g0, size_t g1)
{
	int bits = 0;
	for (size_t k = 0; k < e->nm; k++) {
		const struct gw_targets_match *m = &e->m[k];
		if (!m->name && m->b0 >= g0 && m->b1 <= g1)
			bits |= 1 << e->t->w[m->v].cls;
	}
	return bits;
}

static int is_percent(const struct targets *e, const struct gw_targets_fig *f)
{
	const char *u = e->arena.p + f->unit;
	return (f->unitlen == 1 && u[0] == '%') || (f->unitlen == 3 && !memcmp(u, "\xE2\x80\xB0", 3));
}

static int span_unit(const struct targets *e, const struct gw_targets_fig *f)
{
	const struct gw_targets_tables *t = e->t;
	for (size_t k = 0; k < t->nw; k++)
		if ((t->w[k].cls == W_SPAN || t->w[k].cls == W_COUNT) && t->wlen[k] == f->unitlen && !memcmp(t->wtext[k], e->arena.p + f->unit, f->unitlen))
			return 1;
	return 0;
}

/* The measure of figure f for indicator d given the cue words before it,
 * or 0 when the words say it is not a figure of d (a share is not a
 * growth; 增加200亿元 is an increment, not a level). */
static int measure_of(const struct targets *e, const struct gw_targets_fig *f, const struct gw_targets_ind *d, int cues)
{
	int m;
	int grow = cues & (1 << W_GROWTH | 1 << W_DECLINE), level = cues & (1 << W_LEVEL);
	if (!strcmp(f->kind, "ppoint"))
		m = TM_POINTS;
	else if (is_percent(e, f))
		m = cues & (1 << W_SHARE) ? TM_SHARE : grow ? TM_GROWTH : level ? TM_RATE :
		    d->deflt == TM_LEVEL ? TM_RATE : d->deflt;
	else if (grow && !level)
		return 0;
	else if (span_unit(e, f))
		return 0;   /* 5年, 三个: a duration or a count, not an amount of the indicator */
	else
		m = TM_LEVEL;
	if (m == TM_RATE && !(d->measures & TM_RATE))
		/* 经济增长保持在6.5%左右: a percent level of an indicator that is
		 * not a rate is its usual percent measure */
		m = d->deflt == TM_GROWTH || d->deflt == TM_SHARE ? d->deflt : 0;
	return d->measures & m ? m : 0;
}

static const char *measure_name(int m)
{
	return m == TM_GROWTH ? "growth" : m == TM_SHARE ? "share" : m == TM_POINTS ? "points" : "level";
}

/* -s into buf (s without its sign if it has one) */
static size_t negate(char *buf, size_t cap, const char *s, size_t n)
{
	if (!n)
		return 0;
	if (s[0] == '-') {
		memcpy(buf, s + 1, n - 1 < cap ? n - 1 : cap);
		return n - 1 < cap ? n - 1 : cap;
	}
	if (n + 1 > cap)
		n = cap - 1;
	buf[0] = '-';
	memcpy(buf + 1, s, n);
	return n + 1;
}

struct clause {
	const char *s;
	size_t c0, c1;
	const struct when *w;
};

/* 比2002年增长86.5%: a change since a base year, not a year's figure. */
static int since_base(const struct targets *e, const char *s, size_t s0, size_t from, size_t to)
{
	size_t wl;
	for (size_t y = 0; y < e->ny; y++) {
		const struct gw_targets_fig *f = &e->f[e->yf[y]];
		if (f->b0 < s0 || f->b1 > to || !after_class(e->t, s, f->b0, W_BASE))
			continue;
		if (f->b0 >= from)
			return 1;   /* 地区生产总值比2002年增长86.5% */
		if (f->b1 <= from && find_class(e->t, s + f->b1, from - f->b1, W_COMPARE, &wl) != (size_t)-1)
			return 1;   /* 与2009年相比，地区生产总值增长108.3% */
	}
	return 0;
}

/* 年均增长16.9%, 五年累计406.5亿元: a yearly average or a total over a
 * period, not the figure of one year: the word goes before the
 * qualifier, and a result loses its year (a plan keeps its horizon). */
static void qual_word(struct targets *e, struct gw_targets_row *r, const char *w, size_t wl)
{
	size_t n = 0, cap = sizeof e->qualbuf;
	if (wl + 1 + r->quallen >= cap)
		return;
	memmove(e->qualbuf + wl + (r->quallen ? 1 : 0), r->qual, r->quallen);
	memcpy(e->qualbuf, w, wl);
	n = wl;
	if (r->quallen) {
		e->qualbuf[n++] = ',';
		n += r->quallen;
	}
	r->qual = e->qualbuf;
	r->quallen = n;
}

static void period(struct targets *e, struct gw_targets_row *r, const char *w, size_t wl)
{
	qual_word(e, r, w, wl);
	if (!strcmp(r->role, "actual"))
		r->year = 0;
}

/* 先后跨越两百亿元、三百亿元台阶: a list of steps crossed, not the amount
 * reached (one step, 迈上7万元新台阶, is kept: it is all the text says). */
static int steps(const struct targets *e, const struct clause *c, const struct gw_targets_fig *f)
{
	size_t wl, at = find_class(e->t, c->s + f->b1, c->c1 - f->b1, W_STEP, &wl);
	if (at == (size_t)-1)
		return 0;
	int n = 0;
	for (size_t k = 0; k < e->nf; k++)
		n += !e->f[k].year && e->f[k].b0 >= c->c0 && e->f[k].b1 <= f->b1 + at;
	return n > 1;
}

static void emit_row(struct targets *e, const struct clause *c, const struct gw_targets_match *subj,
    int ind, const struct gw_targets_fig *f, int cues)
{
	const struct gw_targets_ind *d = &e->t->ind[ind];
	struct gw_targets_row r = {0};
	int m;
	if (f) {
		if (steps(e, c, f))
			return;
		if (is_percent(e, f) && after_class(e->t, c->s, f->b0, W_OF))
			cues |= 1 << W_SHARE;   /* 投资总额的四成, 纯收入的60%: a share */
		if (!(m = measure_of(e, f, d, cues)) || since_base(e, c->s, c->w->s0, subj->b1 > c->c0 ? subj->b1 : c->c0, f->b0))
			return;
	} else {
		m = cues & (1 << W_GROWTH | 1 << W_DECLINE) ? TM_GROWTH : d->deflt;
		if (!(d->measures & m))
			m = d->deflt;
	}
	r.place = e->place; r.placelen = e->placelen;
	r.level = gw_targets_level_name(e->level);
	r.role = role_of(e, c->s, f ? f->b0 : c->c1, c->c0, c->c1, &r.year);
	r.indicator = d->id;
	r.name = c->s + subj->b0; r.namelen = subj->b1 - subj->b0;
	r.measure = measure_name(m);
	r.clause = c->s + c->c0; r.clauselen = c->c1 - c->c0;
	if (f) {
		const char *a = e->arena.p;
		r.value = a + f->value; r.valuelen = f->valuelen;
		r.low = a + f->low; r.lowlen = f->lowlen;
		r.high = a + f->high; r.highlen = f->highlen;
		r.unit = a + f->unit; r.unitlen = f->unitlen;
		r.qual = a + f->qual; r.quallen = f->quallen;
		size_t wl;
		size_t av = find_class(e->t, c->s + c->c0, f->b0 - c->c0, W_PERIOD, &wl);
		if (av != (size_t)-1)
			period(e, &r, c->s + c->c0 + av, wl);
		/* 7%以上、力争达到8%: the second figure is a stretch goal */
		size_t sv = find_class(e->t, c->s + c->c0, f->b0 - c->c0, W_STRIVE, &wl);
		if (sv != (size_t)-1)
			qual_word(e, &r, c->s + c->c0 + sv, wl);
		if ((cues & (1 << W_DECLINE)) && !(cues & (1 << W_LEVEL)) && (m == TM_GROWTH || m == TM_POINTS)) {
			/* 下降3%以上: a change of -3 or less */
			r.valuelen = negate(e->num[0], sizeof e->num[0], r.value, r.valuelen); r.value = e->num[0];
			size_t hl = negate(e->num[1], sizeof e->num[1], r.low, r.lowlen);
			size_t ll = negate(e->num[2], sizeof e->num[2], r.high, r.highlen);
			r.low = e->num[2]; r.lowlen = ll;
			r.high = e->num[1]; r.highlen = hl;
		}
	} else {
		r.value = r.low = r.high = r.unit = "";
		/* the words after the name: 实现两位数增长 -> 两位数增长,
		 * 增长与经济增长同步 -> 与经济增长同步 */
		size_t q = subj->b1, q1 = c->c1;
		for (int pass = 0; pass < 2; pass++) {
			int32_t v;
			size_t l = gw_wordtrie_longest(&e->t->words, c->s + q, q1 - q, &v);
			int cls = l ? e->t->w[v].cls : -1;
			if (l && q + l < q1 && (cls == W_LEAD || cls == W_GROWTH))
				q += l;
		}
		/* a list that goes on (、主要污染物排放量进一步下降) is not this
		 * indicator's target */
		if (q >= q1 || gw_utf8_count(c->s + q, q1 - q) > 30 || memmem(c->s + q, q1 - q, "\xE3\x80\x81", 3)
		    || class_word_at(e->t, c->s + q, q1 - q, W_OF))
			return;   /* 出口的支撑作用: the name is a noun of the prose */
		r.qual = c->s + q; r.quallen = q1 - q;
	}
	e->emit(e->arg, &r);
}

/* ---- clauses ---- */

enum { MAXF = 16, MAXS = 8, NONE = (size_t)-1 };

static int subject(const struct gw_targets_match *m) { return m->name && !m->ref; }

static int inside_name(const struct targets *e, const struct gw_targets_fig *f)
{
	for (size_t k = 0; k < e->nm; k++)
		if (e->m[k].name && f->b0 < e->m[k].b1 && f->b1 > e->m[k].b0)
			return 1;
	return 0;
}

/* Between two figures of one indicator only cue words and list marks
 * (、和): more than two other characters name something else. */
static int other_words(const struct targets *e, const char *s, size_t g0, size_t g1)
{
	int other = 0;
	size_t i = g0, k = 0;
	while (i < g1) {
		while (k < e->nm && e->m[k].b1 <= i)
			k++;
		if (k < e->nm && e->m[k].b0 <= i) {
			i = e->m[k].b1;
			continue;
		}
		uint32_t cp;
		int l = gw_utf8_decode((const unsigned char *)s + i, &cp);
		other += cp >= 0x4E00 && cp <= 0x9FFF;
		i += l > 0 ? (size_t)l : 1;
	}
	return other > 2;
}

/* The clause continues the indicator of the one before: 同比增长7.9%,
 * 今年预期增长7%左右, 占地区生产总值比重52%: before its first measure
 * word only other cue words and at most two other characters. */
static int inherits(const struct targets *e, const struct clause *c, size_t mi0, size_t mi1, size_t first)
{
	for (size_t k = mi0; k < mi1 && e->m[k].b1 <= first; k++) {
		if (e->m[k].name)
			return 0;
		int cls = e->t->w[e->m[k].v].cls;
		if (cls == W_INHERIT || cls == W_GROWTH || cls == W_DECLINE || cls == W_LEVEL || cls == W_SHARE)
			return !other_words(e, c->s, c->c0, e->m[k].b0);
	}
	return 0;
}

/* 城乡居民人均可支配收入分别增长8%、9%: one row per part. */
/* 分别控制在5%和3%以内: the qualifier written once after the last figure
 * of a 分别 list is each figure's. Figure k of fi[0..nfig) with that
 * qualifier and its bounds, in *tmp, when it has none of its own. */
static const struct gw_targets_fig *shared_qual(const struct targets *e, const struct clause *c,
    const size_t *fi, size_t nfig, size_t k, struct gw_targets_fig *tmp)
{
	const struct gw_targets_fig *f = &e->f[fi[k]], *l = &e->f[fi[nfig - 1]];
	const char *a = e->arena.p;
	if (k + 1 >= nfig || f->quallen || f->lowlen || f->highlen || !l->quallen
	    || memchr(a + l->qual, ',', l->quallen) || l->b1 + l->quallen > c->c1
	    || memcmp(c->s + l->b1, a + l->qual, l->quallen))
		return f;   /* no qualifier, or not one written after the last figure */
	*tmp = *f;
	tmp->qual = l->qual;
	tmp->quallen = l->quallen;
	if (l->lowlen) {
		tmp->low = f->value;
		tmp->lowlen = f->valuelen;
	}
	if (l->highlen) {
		tmp->high = f->value;
		tmp->highlen = f->valuelen;
	}
	return tmp;
}

static int split_parts(struct targets *e, const struct clause *c, const struct gw_targets_match *ls,
    const size_t *fi, size_t nfig, int each)
{
	const struct gw_targets_ind *d = &e->t->ind[ls->v];
	if (d->nparts < 2 || !(((size_t)d->nparts == nfig) || (each && nfig == 1)))
		return 0;
	int cues = cues_between(e, ls->b1, e->f[fi[0]].b0);
	struct gw_targets_fig tmp;
	for (int p = 0; p < d->nparts; p++)
		emit_row(e, c, ls, d->parts[p], nfig == 1 ? &e->f[fi[0]] : shared_qual(e, c, fi, nfig, (size_t)p, &tmp), cues);
	return 1;
}

/* A clause of 分别 and figures only: the figures of the last as many
 * indicators named before it in the sentence. Words before 分别 name what
 * the figures are of (万元GDP建设用地、水耗分别下降5%、5%): not those. */
static int pair_before(struct targets *e, const struct clause *c, const size_t *fi, size_t nfig)
{
	size_t si[MAXF], ns = 0;
	for (size_t k = 0; k < e->nm && e->m[k].b0 < e->f[fi[0]].b0; k++)
		if (e->m[k].b0 >= c->c0 && !e->m[k].name && e->t->w[e->m[k].v].cls == W_EACH) {
			if (other_words(e, c->s, c->c0, e->m[k].b0))
				return 0;
			break;
		}
	for (size_t k = 0; k < e->nm && e->m[k].b1 <= c->c0; k++)
		if (subject(&e->m[k])) {
			if (ns == MAXF)
				memmove(si, si + 1, --ns * sizeof *si);
			si[ns++] = k;
		}
	if (ns < nfig)
		return 0;
	int cues = cues_between(e, c->c0, e->f[fi[0]].b0);
	struct gw_targets_fig tmp;
	for (size_t k = 0; k < nfig; k++) {
		const struct gw_targets_match *m = &e->m[si[ns - nfig + k]];
		emit_row(e, c, m, m->v, shared_qual(e, c, fi, nfig, k, &tmp), cues);
	}
	return 1;
}

static void do_clause(struct targets *e, const struct clause *c, size_t *prev)
{
	size_t mi0 = 0, mi1, fi[MAXF], si[MAXS], nfig = 0, ns = 0;
	int each = 0;
	while (mi0 < e->nm && e->m[mi0].b0 < c->c0)
		mi0++;
	for (mi1 = mi0; mi1 < e->nm && e->m[mi1].b0 < c->c1; mi1++)
		each |= !e->m[mi1].name && e->t->w[e->m[mi1].v].cls == W_EACH;
	for (size_t k = c->w->f0; k < c->w->f1 && nfig < MAXF; k++) {
		const struct gw_targets_fig *f = &e->f[k];
		if (!f->year && f->b0 >= c->c0 && f->b1 <= c->c1 && !inside_name(e, f))
			fi[nfig++] = k;
	}
	size_t first = nfig ? e->f[fi[0]].b0 : c->c1, last = NONE;
	for (size_t k = mi0; k < mi1; k++)
		if (subject(&e->m[k])) {
			last = k;
			if (e->m[k].b1 <= first && ns < MAXS)
				si[ns++] = k;
		}
	if (!nfig) {
		if (e->passage && last != NONE)
			emit_row(e, c, &e->m[last], e->m[last].v, NULL, cues_between(e, e->m[last].b1, c->c1));
	} else if (each && !ns && nfig >= 2 && pair_before(e, c, fi, nfig)) {
		/* 城镇居民人均可支配收入9107元，农民人均纯收入3482元，分别增长14.8%和10.5% */
	} else if (each && ns >= 2 && nfig == ns) {
		/* 地区生产总值、一般公共预算收入分别增长7%、8% */
		int cues = cues_between(e, e->m[si[ns - 1]].b1, first);
		struct gw_targets_fig tmp;
		for (size_t k = 0; k < ns; k++)
			emit_row(e, c, &e->m[si[k]], e->m[si[k]].v, shared_qual(e, c, fi, nfig, k, &tmp), cues);
	} else if (!(ns && split_parts(e, c, &e->m[si[ns - 1]], fi, nfig, each))) {
		size_t subj = NONE, g0 = c->c0;
		int lastcues = 0;
		for (size_t k = 0; k < nfig; k++) {
			const struct gw_targets_fig *f = &e->f[fi[k]];
			size_t s = NONE;
			for (size_t j = mi0; j < mi1; j++)
				if (subject(&e->m[j]) && e->m[j].b1 <= f->b0)
					s = j;
			if (s == NONE && *prev != NONE && inherits(e, c, mi0, mi1, f->b0))
				s = *prev;
			if (s == NONE)
				continue;
			if (s != subj) {
				subj = s;
				g0 = e->m[s].b1 > c->c0 ? e->m[s].b1 : c->c0;
				lastcues = 0;
			}
			if (g0 != e->m[s].b1 && other_words(e, c->s, g0, f->b0))
				continue;   /* 新增城镇就业6000人、城乡公益性岗位1200个 */
			int cues = cues_between(e, g0, f->b0);
			if (!cues)
				cues = lastcues;
			emit_row(e, c, &e->m[s], e->m[s].v, f, cues);
			lastcues = cues;
			g0 = f->b1;
		}
	}
	if (last != NONE)
		*prev = last;
}

/* Every clause and sentence mark of the paragraph, in one pass: a
 * table says which bytes may start one. */
static void find_seps(struct targets *e, const char *s, size_t n)
{
	static const unsigned char cand[256] = {
		['\n'] = 1, ['!'] = 1, [','] = 1, [':'] = 1, [';'] = 1, ['?'] = 1, [0xE3] = 1, [0xEF] = 1,
	};
	const unsigned char *u = (const unsigned char *)s;
	e->nsep = 0;
	/* by characters: no byte inside a multi-byte one is a candidate */
	static const unsigned char step[16] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4};
	for (size_t i = 0; i < n; i++) {
		if (!cand[u[i]]) {
			i += step[u[i] >> 4] - 1;
			continue;
		}
		size_t len;
		int k = sep_at(s, n, i, &len);
		if (!k)
			continue;
		if (e->nsep == e->capsep) {
			e->capsep = e->capsep ? 2 * e->capsep : 64;
			e->sep = gw_xrealloc(e->sep, e->capsep * sizeof *e->sep);
		}
		e->sep[e->nsep++] = (struct gw_targets_sep){i, (unsigned char)len, (unsigned char)k};
		i += len - 1;
	}
}

/* s[s0..s1), its figures from *cur on (the figures are in order). */
static void do_sentence(struct targets *e, const char *s, size_t s0, size_t s1, size_t *cur, const size_t *sk)
{
	int any = 0;
	size_t f0 = *cur, f1;
	while (f0 < e->nf && e->f[f0].b0 < s0)
		f0++;
	for (f1 = f0; f1 < e->nf && e->f[f1].b0 < s1; f1++)
		any |= !e->f[f1].year && e->f[f1].b1 <= s1;
	*cur = f0;
	if (!any && !e->passage)
		return;
	struct when w = {0};
	w.s0 = s0;
	w.f0 = f0;
	w.f1 = f1;
	e->nm = 0;
	if (!names_any(e->t, s, s0, s1))
		return;
	match_range(e, s, s0, s1);
	size_t prev = NONE, c0 = s0, k = *sk;
	while (c0 < s1) {
		size_t c1 = s1, len = 0;
		while (k < e->nsep && e->sep[k].at < c0)
			k++;
		if (k < e->nsep && e->sep[k].at < s1) {
			c1 = e->sep[k].at;
			len = e->sep[k].len;
		}
		size_t a = c0;
		while (a < c1 && s[a] == ' ')
			a++;
		struct clause c = {s, a, c1, &w};
		if (a < c1)
			do_clause(e, &c, &prev);
		c0 = c1 + (c1 < s1 ? len : 0);
	}
}

/* A pinyin gloss at s[i] (an ASCII '(' after a CJK character): its
 * length, else 0. Mirror sites that convert reports to traditional
 * characters gloss the converted ones: 生產(chǎn)總值增長(zhǎng). */
static size_t gloss_at(const char *s, size_t n, size_t i)
{
	if (s[i] != '(' || i < 3 || (unsigned char)s[i - 3] < 0xE3)
		return 0;
	size_t j = i + 1, letters = 0;
	while (j < n && letters < 8) {
		uint32_t cp;
		int l = gw_utf8_decode((const unsigned char *)s + j, &cp);
		if (!((cp >= 'a' && cp <= 'z') || (cp >= 0xC0 && cp <= 0x24F)))
			break;
		j += l > 0 ? (size_t)l : 1;
		letters++;
	}
	return letters && j < n && s[j] == ')' ? j + 1 - i : 0;
}

/* s without its glosses, in e->clean; s itself when it has none. */
static const char *degloss(struct targets *e, const char *s, size_t *n)
{
	const char *p = memchr(s, '(', *n);
	if (!p)
		return s;
	size_t from = 0;
	for (; p; p = memchr(p + 1, '(', *n - (size_t)(p + 1 - s))) {
		size_t i = (size_t)(p - s), g = gloss_at(s, *n, i);
		if (!g)
			continue;
		if (!from)
			e->clean.len = 0;
		gw_buf_add(&e->clean, s + from, i - from);
		from = i + g;
		p = s + from - 1;
		if (from >= *n)
			break;
	}
	if (!from)
		return s;
	gw_buf_add(&e->clean, s + from, *n - from);
	*n = e->clean.len;
	return e->clean.p;
}

/* A first line that is a title: short, without a clause mark. */
static int is_title(const char *s, size_t n)
{
	size_t len;
	if (n > 200)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (maybe_sep((unsigned char)s[i]) && sep_at(s, n, i, &len))
			return 0;
	return 1;
}

/* 2013年工作回顾, 2008年政府的主要工作 (a heading, or 报告分为2023年工作
 *回顾…in a news page): the results below are that year's, whatever the
 * document's year. The review word follows the year in its clause, at
 * most REVIEW_GAP characters after it (2013年上半年工作回顾). */
enum { REVIEW_GAP = 8 };
static void review_year(struct targets *e, const char *s, size_t n)
{
	for (size_t y = 0; y < e->ny; y++) {
		size_t j = e->f[e->yf[y]].b1, len;
		for (int c = 0; c <= REVIEW_GAP && j < n; c++) {
			while (j < n && s[j] == ' ')
				j++;
			if (j == n || (maybe_sep((unsigned char)s[j]) && sep_at(s, n, j, &len)))
				break;
			if (class_word_at(e->t, s + j, n - j, W_REVIEW)) {
				e->review_year = e->f[e->yf[y]].year;
				break;
			}
			uint32_t cp;
			j += (size_t)gw_utf8_decode((const unsigned char *)s + j, &cp);
		}
	}
}

/* A heading after the review that names a later year (二、2014年工作安排,
 * 四、对2005年政府重点工作的建议): the year of the targets. */
static void next_year(struct targets *e)
{
	for (size_t y = 0; y < e->ny; y++)
		if (e->f[e->yf[y]].year > e->review_year) {
			e->year = e->f[e->yf[y]].year;
			return;
		}
}

void gw_targets_par(struct targets *e, const char *s, size_t n)
{
	s = degloss(e, s, &n);
	e->npar++;
	e->nf = e->ny = 0;
	e->arena.len = 0;
	int scanned = 0, header = e->npar <= HEADER_PARS && ((!e->placelen && !e->given_place) || (!e->year && !e->given_year));
	unsigned g = gates(e->t, s, n, G_NAME | G_ANCHOR | (e->phase && !header ? 0 : G_REVIEW) | (header ? G_HEADER : 0));
	if (header) {
		read_header(e, s, n, e->npar == 1 && is_title(s, n), &scanned, g);
		keep_tail(e, s, n);
	}
	int colon = e->passage_colon, opens = opens_targets(e, s, n, g);
	/* the short lines under a targets heading (●居民收入增长与经济增长同步)
	 * are its list, up to the first paragraph of prose */
	int listed = e->passage_list && n < 200 && !sentence_ends(s, n);
	e->passage = 0;
	if (opens)
		e->phase = e->passage = 1;
	else if (colon || listed)
		e->passage = 1;
	e->passage_colon = e->passage && ends_with_colon(s, n);
	e->passage_list = opens == 2 || listed;
	int review = !e->phase && (g & G_REVIEW);
	int after = e->review_year && !e->year && !e->given_year && n < 120 && is_title(s, n);
	if (review || after) {
		if (!scanned) {
			gw_qty_scan_text(&e->sc, s, n);
			index_figures(e);
			scanned = 1;
		}
		if (review)
			review_year(e, s, n);
		else
			next_year(e);
	}
	/* a paragraph that names no indicator has no row: the quantity
	 * engine, the costly part, need not read it */
	if (!e->passage && !(g & G_NAME))
		return;
	if (!scanned) {
		gw_qty_scan_text(&e->sc, s, n);
		index_figures(e);
	}
	if (opens == 2 && e->ny && !e->given_year)
		e->year = e->f[e->yf[e->ny - 1]].year;   /* 2025年…的主要预期目标: the targets' year */
	if (e->nf == e->ny && !e->passage)
		return;   /* no figure but years */
	find_seps(e, s, n);
	size_t i = 0, cur = 0, k = 0;
	while (i < n) {
		size_t j = n, len = 0, k0 = k;
		for (; k < e->nsep; k++)
			if (e->sep[k].kind == 2) {
				j = e->sep[k].at;
				len = e->sep[k].len;
				k++;
				break;
			}
		do_sentence(e, s, i, j, &cur, &k0);
		i = j + (j < n ? len : 0);
	}
}
