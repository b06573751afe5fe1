#include "outline.h"
#include "core/buf.h"
#include "core/hanzi.h"
#include "core/utf8.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Text handed to these functions is valid UTF-8 (lib/stream/paragraphs.h). */
static size_t cp_at(const char *s, size_t n, size_t i, uint32_t *cp)
{
	if (i >= n) { *cp = 0; return 0; }
	return (size_t)gw_utf8_decode((const unsigned char *)s + i, cp);
}

static int is_ws(uint32_t c)
{
	return c == ' ' || c == '\t' || c == 0xA0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200B) ||
	    c == 0xFEFF;
}

static size_t skip_ws(const char *s, size_t n, size_t i)
{
	uint32_t c;
	size_t l;
	while ((l = cp_at(s, n, i, &c)) && is_ws(c))
		i += l;
	return i;
}

/* End of s[from..to) with trailing white space left out. */
static size_t trim_end(const char *s, size_t from, size_t to)
{
	while (to > from) {
		size_t k = to - 1;
		while (k > from && ((unsigned char)s[k] & 0xC0) == 0x80)
			k--;
		uint32_t c;
		gw_utf8_decode((const unsigned char *)s + k, &c);
		if (!is_ws(c))
			break;
		to = k;
	}
	return to;
}

/* Value of a Chinese numeral character, -1 if it is none. Units (十 百
 * 千) return their value. */
static int han_value(uint32_t c)
{
	static const int pow10[] = {1, 10, 100, 1000};
	int v;
	switch (gw_han_class(c, 0, &v)) {
	case GW_HAN_DIGIT: return v;
	case GW_HAN_SMALL: return pow10[v];
	}
	return -1;
}

/* A Chinese numeral at s+i (一, 十一, 二十, 一百零五, 二〇二二): returns the
 * index after it, or i if there is none. */
static size_t parse_han(const char *s, size_t n, size_t i, long *val)
{
	long total = 0, cur = 0;
	int digits = 0, k = 0, lastdigit = 0;
	uint32_t c;
	size_t l, j = i;
	while (k < 8 && (l = cp_at(s, n, j, &c))) {
		int v = han_value(c);
		if (v < 0)
			break;
		if (v >= 10) {
			total += (cur ? cur : 1) * v;
			cur = 0;
			lastdigit = 0;
		} else {
			cur = lastdigit ? cur * 10 + v : v;  /* 二〇二二: positional */
			lastdigit = 1;
			digits++;
		}
		j += l;
		k++;
	}
	if (j == i)
		return i;
	*val = total + cur;
	return j;
}

static int digit_value(uint32_t c)
{
	if (c >= '0' && c <= '9')
		return (int)(c - '0');
	if (c >= 0xFF10 && c <= 0xFF19)  /* full-width digits */
		return (int)(c - 0xFF10);
	return -1;
}

/* Arabic digits (ASCII or full-width), at most 9 of them: a longer run
 * is no heading number. Returns the index after them, or i. */
static size_t parse_arabic(const char *s, size_t n, size_t i, long *val)
{
	long v = 0;
	int k = 0, d;
	uint32_t c;
	size_t l, j = i;
	while ((l = cp_at(s, n, j, &c)) && (d = digit_value(c)) >= 0) {
		if (++k > 9)
			return i;
		v = v * 10 + d;
		j += l;
	}
	if (j != i)
		*val = v;
	return j;
}

static int is_close_paren(uint32_t c) { return c == ')' || c == 0xFF09; }

static int is_terminator(uint32_t c)
{
	return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B || c == 0xFF1A ||
	    c == ':' || c == '!' || c == '?' || c == ';';
}

/* Where the marker at s+i ends and which style it is; 0 if none. */
static size_t parse_marker(const char *s, size_t n, size_t i, int *style, long *num, int *glued)
{
	*glued = 0;
	uint32_t c, d;
	size_t l = cp_at(s, n, i, &c), j, k, m;
	long v = 0;
	if (!l)
		return 0;
	if (c == '(' || c == 0xFF08) {
		j = i + l;
		if ((k = parse_han(s, n, j, &v)) != j)
			*style = ST_HAN_PAREN;
		else if ((k = parse_arabic(s, n, j, &v)) != j)
			*style = ST_ARABIC_PAREN;
		else
			return 0;
		m = cp_at(s, n, k, &d);
		if (!m || !is_close_paren(d))
			return 0;
		k += m;
		/* (2)、 (一). : the mark after the parenthesis is the marker's */
		if ((m = cp_at(s, n, k, &d)) && (d == 0x3001 || d == '.' || d == 0xFF0E))
			k += m;
		*num = v;
		return k;
	}
	if (digit_value(c) >= 0) {
		j = parse_arabic(s, n, i, &v);
		if (j == i)
			return 0;
		k = j;
		if (k + 1 < n && s[k] == ' ' && s[k + 1] == '.')  /* "1 ." */
			k++;
		m = cp_at(s, n, k, &d);
		if (m && (d == '.' || d == 0xFF0E || d == 0x3001))
			*style = ST_ARABIC_DOT;
		else if (m && k == j && is_close_paren(d))
			*style = ST_ARABIC_RPAREN;
		else
			return 0;
		k += m;
		/* 1.5亿, 3、4月, 2022.1.5: a number goes on, no marker; but
		 * 5.300亩 may be item 5 of a list (the caller decides) */
		uint32_t sep = d;
		if (cp_at(s, n, k, &d) && digit_value(d) >= 0) {
			if (sep == 0x3001 || *style != ST_ARABIC_DOT)
				return 0;
			*glued = 1;
		}
		*num = v;
		return k;
	}
	if (han_value(c) >= 0) {
		j = parse_han(s, n, i, &v);
		m = cp_at(s, n, j, &d);
		if (!m || !(d == 0x3001 || d == '.' || d == 0xFF0E))
			return 0;
		k = j + m;
		/* 一、二、三产业: an enumeration of numerals, not a heading */
		size_t m2 = cp_at(s, n, k, &d);
		if (m2 && (d == 0x3001 || d == 0xFF0C || d == ','))
			return 0;
		if (m2 && han_value(d) >= 0) {
			size_t e = parse_han(s, n, k, &(long){0});
			uint32_t f;
			if (cp_at(s, n, e, &f) && (f == 0x3001 || f == 0xFF0C || f == ','))
				return 0;
		}
		*style = ST_HAN_DUN;
		*num = v;
		return k;
	}
	if (c == 0x7B2C) {  /* 第 */
		j = i + l;
		k = parse_han(s, n, j, &v);
		if (k == j)
			k = parse_arabic(s, n, j, &v);
		if (k == j)
			return 0;
		m = cp_at(s, n, k, &d);
		switch (d) {
		case 0x7AE0: *style = ST_CHAPTER; break;   /* 章 */
		case 0x8282: *style = ST_SECTION; break;   /* 节 */
		case 0x7BC7: *style = ST_VOLUME; break;    /* 篇 */
		case 0x6761: *style = ST_ARTICLE; break;   /* 条 */
		case 0x90E8:                               /* 部分 */
			if (!cp_at(s, n, k + m, &d) || d != 0x5206)
				return 0;
			m += 3;
			*style = ST_PART;
			break;
		default:
			return 0;
		}
		*num = v;
		return k + m;
	}
	if (c == 0x9644) {  /* 附件 */
		j = i + l;
		m = cp_at(s, n, j, &d);
		if (!m || d != 0x4EF6)
			return 0;
		j += m;
		k = parse_arabic(s, n, j, &v);
		if (k == j)
			k = parse_han(s, n, j, &v);
		if (k == j)
			v = 0;  /* unnumbered: the next annex */
		m = cp_at(s, n, k, &d);
		if (m && !is_ws(d) && d != ':' && d != 0xFF1A)
			return 0;  /* 附件中所列…: a sentence about annexes */
		*style = ST_ANNEX;
		*num = v;
		return k;
	}
	if (c >= 0x2460 && c <= 0x2473) { *style = ST_CIRCLED; *num = c - 0x2460 + 1; return i + l; }
	if (c >= 0x3251 && c <= 0x325F) { *style = ST_CIRCLED; *num = c - 0x3251 + 21; return i + l; }
	if (c >= 0x32B1 && c <= 0x32BF) { *style = ST_CIRCLED; *num = c - 0x32B1 + 36; return i + l; }
	if (c >= 0x2474 && c <= 0x2487) { *style = ST_ARABIC_PAREN; *num = c - 0x2474 + 1; return i + l; }
	if (c >= 0x2488 && c <= 0x249B) { *style = ST_ARABIC_DOT; *num = c - 0x2488 + 1; return i + l; }
	if (c >= 0x3220 && c <= 0x3229) { *style = ST_HAN_PAREN; *num = c - 0x3220 + 1; return i + l; }
	return 0;
}

/* A marker starts at s+i (not a number going on). */
static int marker_at(const char *s, size_t n, size_t i)
{
	int style, glued;
	long num;
	return parse_marker(s, n, i, &style, &num, &glued) && !glued;
}

/* The title of a heading ends at white space inside it when what follows
 * is a second marker ((三)供水工程 1.农村饮水工程) or a sentence of body
 * text (2.城市供水工程 改造管网20公里。, ended by 。！？ mark); then the
 * heading runs through the white space and the rest is the body. A title
 * with a space and no sentence end (坚定不移抓产业 在转型发展上攻坚提质)
 * stays whole. */
static void title_at_space(const char *s, size_t n, struct gw_head *h, uint32_t mark)
{
	uint32_t c;
	size_t j = h->title, l;
	while (j < h->title_end && (l = cp_at(s, n, j, &c)) && !is_ws(c))
		j += l;
	if (j >= h->title_end)
		return;
	size_t b = skip_ws(s, n, j);
	int sentence = mark == 0x3002 || mark == 0xFF01 || mark == 0xFF1F || mark == '!' || mark == '?';
	if (!marker_at(s, n, b) && !sentence)
		return;
	h->title_end = j;
	h->end = b;
}

/* A numbered paragraph of running text: the marker alone is its
 * heading, but its title is still its whole first sentence (1.深化…,形成
 * 一批可复制可推广的成功经验。), which names the task. */
static void long_title(const char *s, size_t n, struct gw_head *h, size_t j)
{
	uint32_t c;
	size_t l;
	while ((l = cp_at(s, n, j, &c)) && !is_terminator(c))
		j += l;
	h->running = 1;
	h->title_end = trim_end(s, h->title, j);
	h->end = h->title;
}

int gw_head_parse(const char *s, size_t n, size_t max_title, struct gw_head *h)
{
	size_t i = skip_ws(s, n, 0);
	/* Cheap test first: most paragraphs open with a character that no
	 * marker starts with. */
	unsigned char b = (unsigned char)s[i];
	if (!(b == '(' || (b >= '0' && b <= '9') || (b >= 0xE2 && b <= 0xEF)))
		return 0;
	size_t e = parse_marker(s, n, i, &h->style, &h->num, &h->glued);
	if (!e)
		return 0;
	h->start = i;
	h->num_end = e;
	size_t t = skip_ws(s, n, e), j, l;
	uint32_t c;
	if (h->style == ST_ANNEX && (l = cp_at(s, n, t, &c)) && (c == ':' || c == 0xFF1A))
		t = skip_ws(s, n, t + l);  /* 附件1：名单: the colon is no sentence end */
	j = t;
	size_t count = 0;
	h->title = t;
	h->up = 0;
	h->running = 0;
	while ((l = cp_at(s, n, j, &c))) {
		if (is_terminator(c)) {
			h->title_end = trim_end(s, t, j);
			h->end = j + l;
			if (h->style != ST_ANNEX)
				title_at_space(s, n, h, c);
			return 1;
		}
		if (++count > max_title) {
			long_title(s, n, h, j);
			return 1;
		}
		j += l;
	}
	h->title_end = trim_end(s, t, n);
	h->end = n;
	if (h->style != ST_ANNEX)
		title_at_space(s, n, h, 0);
	return 1;
}

/* Bullets of list items: such a line is an item, never a heading. */
static int is_item_bullet(uint32_t c)
{
	return c == 0x25CF || c == 0x2022 || c == 0x25CB || c == 0x00B7 || c == 0x30FB;  /* ● • ○ · ・ */
}

/* A heading without a marker (an unnumbered line, a lead sentence): every
 * field set, so nothing is left from a marker tried before. */
static void unmarked(struct gw_head *h, int style, long num, size_t start, size_t title_end, size_t end)
{
	*h = (struct gw_head){ .style = style, .num = num, .start = start, .num_end = start,
		.title = start, .title_end = title_end, .end = end };
}

int gw_plain_candidate(const char *s, size_t n, size_t max_title, struct gw_head *h)
{
	if (n > max_title * 4 + 16)
		return 0;
	size_t i = skip_ws(s, n, 0), j = i, l, count = 0, lastpos = i;
	uint32_t c, last = 0;
	int digit = 0;
	if (cp_at(s, n, i, &c) && is_item_bullet(c))
		return 0;
	while ((l = cp_at(s, n, j, &c))) {
		if (is_terminator(c) || c == '|' || c == 0xFF5C)
			return 0;
		if (digit_value(c) >= 0 || c == 0x3007)
			digit = 1;
		if (!is_ws(c)) {
			last = c;
			lastpos = j;
		}
		count++;
		j += l;
	}
	(void)lastpos;
	if (count < 4 || count > max_title)
		return 0;
	switch (last) {
	case 0xFF0C: case ',': case 0x3001: case 0x2026: case 0x2014: case '-': case 0xB7:
	case '.': case 0xFF0E: case '(': case 0xFF08: case 0x300A: case 0x201C: case 0x2018:
		return 0;  /* the line goes on */
	case 0x65E5: case 0x53F7:  /* 2023年8月8日: a date line */
		if (digit)
			return 0;
	}
	unmarked(h, ST_PLAIN, 0, i, trim_end(s, i, n), n);
	return 1;
}

/* Bullets that mark a heading line (■ 2024年成绩单), as against the
 * bullets of list items (● · •), which stay body text. */
static int is_heading_bullet(uint32_t c)
{
	return c == 0x25A0 || c == 0x25A1 || c == 0x25C6 || c == 0x25C7 || c == 0x25B2 ||
	    c == 0x2605;  /* ■ □ ◆ ◇ ▲ ★ */
}

int gw_bullet_candidate(const char *s, size_t n, size_t max_title, struct gw_head *h)
{
	size_t i = skip_ws(s, n, 0);
	uint32_t c;
	size_t l = cp_at(s, n, i, &c);
	if (!l || !is_heading_bullet(c))
		return 0;
	size_t t = skip_ws(s, n, i + l);
	if (!gw_plain_candidate(s + t, n - t, max_title, h))
		return 0;
	h->num_end = h->start = i;  /* a bullet is no number: num stays empty */
	h->title += t;
	h->title_end += t;
	h->end += t;
	return 1;
}

int gw_lead_candidate(const char *s, size_t n, size_t max_title, struct gw_head *h, size_t *prefix)
{
	size_t i = skip_ws(s, n, 0), j = i, l, count = 0;
	uint32_t c;
	while ((l = cp_at(s, n, j, &c))) {
		if (count < 2 && !(c >= 0x4E00 && c <= 0x9FFF))
			return 0;
		if (count == 2)
			*prefix = j - i;
		if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F)
			break;
		if (is_terminator(c) || ++count > max_title)
			return 0;  /* 目标是：… a lead-in, not a heading */
		j += l;
	}
	if (!l || count < 6 || skip_ws(s, n, j + l) >= n)
		return 0;  /* no sentence end, too short, or nothing follows */
	unmarked(h, ST_LEAD, 0, i, trim_end(s, i, j), j + l);
	return 1;
}

int gw_one_sentence(const char *s, size_t n, size_t from)
{
	size_t j = from, l;
	uint32_t c;
	int depth = 0;  /* marks inside brackets (联系电话:8776…) end no sentence */
	while ((l = cp_at(s, n, j, &c)) && (depth > 0 || !is_terminator(c))) {
		if (c == '(' || c == 0xFF08)
			depth++;
		else if (is_close_paren(c) && depth > 0)
			depth--;
		j += l;
	}
	if (!l)
		return 1;
	for (j += l; (l = cp_at(s, n, j, &c)); j += l)
		if (!(is_ws(c) || c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F ||
		    is_close_paren(c)))
			return 0;  /* a second sentence */
	return 1;
}

long gw_ordinal_sentence(const char *s, size_t n, size_t max_title, struct gw_head *h)
{
	size_t i = skip_ws(s, n, 0), j = i, k, l;
	uint32_t c;
	long v = 0;
	int first = cp_at(s, n, j, &c) && c == 0x7B2C;  /* 第一，… */
	if (first)
		j += 3;
	k = parse_han(s, n, j, &v);
	if (k == j || v < 1 || !(l = cp_at(s, n, k, &c)))
		return 0;
	if (first ? !(c == 0xFF0C || c == ',' || c == 0x3001) : c != 0x662F)  /* ， 、 | 是 */
		return 0;
	size_t count = 0, last = k;
	for (j = k; (l = cp_at(s, n, j, &c)); j += l) {
		if (++count > max_title)
			return 0;
		if (!is_ws(c))
			last = j;
	}
	if (!cp_at(s, n, last, &c) || !(c == 0x3002 || c == 0xFF01) || !gw_one_sentence(s, n, i))
		return 0;
	unmarked(h, ST_LEAD, v, i, last, n);
	return v;
}

/* The code point that ends at s+to, and where it starts. */
static size_t cp_before(const char *s, size_t to, uint32_t *c)
{
	size_t k = to - 1;
	while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	gw_utf8_decode((const unsigned char *)s + k, c);
	return k;
}

int period_sentence(const char *s, size_t n, size_t max_title, struct gw_head *h)
{
	size_t i = skip_ws(s, n, 0), e = trim_end(s, i, n), k, count = 0, l;
	uint32_t c;
	if (e <= i || n > max_title * 4 + 16 || !gw_one_sentence(s, n, i))
		return 0;
	for (k = i; (l = cp_at(s, e, k, &c)); k += l)
		if (++count > max_title)
			return 0;
	/* ……的五年。: the frame of a report's summing-up lines */
	k = cp_before(s, e, &c);
	if (!(c == 0x3002 || c == 0xFF01) || k <= i)
		return 0;
	size_t last = k;
	k = cp_before(s, k, &c);
	if (c != 0x5E74 || k <= i)  /* 年 */
		return 0;
	size_t nums = 0;
	while (k > i) {
		size_t p = cp_before(s, k, &c);
		if (han_value(c) < 0)
			break;
		k = p;
		nums++;
	}
	if (!nums || k <= i || (cp_before(s, k, &c), c != 0x7684))  /* 的 */
		return 0;
	if (!memmem(s + i, k - i, "\xe6\x98\xaf", 3))  /* 是: it says what the years were */
		return 0;
	unmarked(h, ST_LEAD, 0, i, last, n);
	return 1;
}

/* Whether s ends a sentence (quotes, brackets and white space after
 * the mark aside). */
static int ends_sentence(const char *s, size_t n)
{
	size_t to = n;
	while (to > 0) {
		size_t k = to - 1;
		while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
			k--;
		uint32_t c;
		gw_utf8_decode((const unsigned char *)s + k, &c);
		switch (c) {
		case 0x201D: case 0x2019: case 0x300D: case 0x300F: case 0xFF09: case ')':
		case 0x3011: case '"': case '\'':
			to = k;  /* closing quotes and brackets after the full stop */
			continue;
		case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF1B: case 0x2026:
		case '!': case '?': case ';':
			return 1;
		}
		if (is_ws(c)) {
			to = k;
			continue;
		}
		return 0;
	}
	return 0;
}

int gw_para_is_body(const char *s, size_t n)
{
	/* Some 60 Chinese characters are no heading; but a long line of
	 * page chrome (© 1997-2020 … | 公司简介 | …) has no full stop. The
	 * end first: most paragraphs end with one, and the search for a
	 * full stop anywhere is then not needed. */
	return ends_sentence(s, n) || (n > 180 && memmem(s, n, "\xe3\x80\x82", 3));
}

void gw_outline_reset(struct gw_outline *o)
{
	memset(o, 0, sizeof *o);
	o->sec[0] = '0';
	o->seclen = 1;
}

static void build_sec(struct gw_outline *o)
{
	if (!o->depth) {
		o->sec[0] = '0';
		o->sec[1] = 0;
		o->seclen = 1;
		return;
	}
	/* gw_fmt_size, not sprintf: this runs for every heading placed, and
	 * printf's format parsing cost more than the rest of the outline */
	char *p = o->sec;
	for (int k = 0; k < o->depth; k++) {
		if (k)
			*p++ = '.';
		p += gw_fmt_size(p, o->count[k]);
	}
	*p = 0;   /* sec is a C string too */
	o->seclen = (size_t)(p - o->sec);
}

int gw_outline_fits(const struct gw_outline *o, int style, long num)
{
	long last = o->last[style];
	/* a new style starts at 1; a known one goes on by 1..3 */
	return num <= 0 || num == 1 || (last > 0 && num > last && num <= last + 3);
}

void gw_outline_note(struct gw_outline *o, int style, long num)
{
	if (gw_outline_fits(o, style, num))
		o->last[style] = num > 0 ? num : o->last[style] + 1;
}

int gw_outline_next(const struct gw_outline *o, int style, long num)
{
	return o->last[style] > 0 && num == o->last[style] + 1;
}

int gw_outline_place_any(struct gw_outline *o, int style, long num)
{
	if (num > 0 && !gw_outline_fits(o, style, num))
		o->last[style] = num - 1;
	return gw_outline_place(o, style, num);
}

int gw_outline_place(struct gw_outline *o, int style, long num)
{
	long last = o->last[style];
	if (num <= 0)
		num = last + 1;  /* unnumbered heading, 附件 without a number */
	else if (!gw_outline_fits(o, style, num))
		return 0;
	int i = 0;
	size_t top = 0;
	while (i < o->depth && o->style[i] != style)
		i++;
	if (i == o->depth && style < ST_PLAIN && i > 0 && o->style[i - 1] == ST_LEAD) {
		/* One-sentence headings (一是…。) head paragraphs, never a
		 * numbered part: a new numbered style closes them. */
		i = --o->depth;
		top = o->count[i];  /* the next sibling: no sec repeats */
	}
	if (style == ST_ANNEX && i == o->depth) {
		/* An annex is a document of its own: whatever outline ran
		 * before, it starts again at the top, but as the next
		 * top-level part (a sec never repeats in a document). */
		top = o->depth ? o->count[0] : 0;
		o->depth = 0;
		i = 0;
	}
	if (style == ST_ANNEX)
		for (int s = 0; s < ST_COUNT; s++)
			if (s != ST_ANNEX)
				o->last[s] = 0;
	if (i < o->depth) {
		o->depth = i + 1;
		o->count[i]++;
	} else {
		/* i == depth < OUTLINE_MAXDEPTH: a style is never on the
		 * stack twice */
		o->style[i] = style;
		o->count[i] = top + 1;
		o->depth = i + 1;
	}
	o->last[style] = num;
	build_sec(o);
	return o->depth;
}
