#include "numeral.h"
#include "core/hanzi.h"

#include <string.h>

/* The code points of core/hanzi.h's table as bits, set once when the
 * program starts: most characters a number is tested against are none,
 * and one bit says so without the table's binary search. */
static uint64_t han_bits[0x10000 / 64];

__attribute__((constructor)) static void han_bits_init(void)
{
	uint32_t cp;
	for (size_t k = 0; (cp = gw_han_cp(k)); k++)
		if (cp >= 0x800 && cp < 0x10000)
			han_bits[cp >> 6] |= 1ull << (cp & 63);
}

uint32_t gw_numeral_han_next(uint32_t cp)
{
	for (; cp < 0x10000; cp++) {
		uint64_t w = han_bits[cp >> 6] >> (cp & 63);
		if (w & 1)
			return cp;
		if (!w)
			cp |= 63;  /* none left in this word */
	}
	return 0x10000;
}

/* The code points of the grammar; callers test a cheap lead-byte table
 * first. */
int gw_numeral_class(const unsigned char *s, size_t n, int *len, int *v, int *arabic)
{
	*arabic = 0;
	if (!n)
		return NC_NONE;
	if (s[0] >= '0' && s[0] <= '9') {
		*len = 1; *v = s[0] - '0'; *arabic = 1;
		return NC_DIGIT;
	}
	if (s[0] < 0xE2 || s[0] > 0xEF || n < 3)
		return NC_NONE;
	*len = 3;
	uint32_t cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
	if (cp >= 0xFF10 && cp <= 0xFF19) { *v = (int)(cp - 0xFF10); *arabic = 1; return NC_DIGIT; }
	if (!(han_bits[cp >> 6] >> (cp & 63) & 1))
		return NC_NONE;
	/* Only 兆 after a Chinese digit is a scale word; the caller checks. */
	switch (gw_han_class(cp, 1, v)) {
	case GW_HAN_DIGIT: return NC_DIGIT;
	case GW_HAN_SMALL: return NC_SMALL;
	case GW_HAN_BIG: return NC_BIG;
	case GW_HAN_POINT: *v = 0; return NC_POINT;
	}
	return NC_NONE;
}

static int arabic_digit(const unsigned char *s, size_t n, int *len)
{
	if (n && s[0] >= '0' && s[0] <= '9') { *len = 1; return s[0] - '0'; }
	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBC && s[2] >= 0x90 && s[2] <= 0x99) { *len = 3; return s[2] - 0x90; }
	return -1;
}

/* A thousands separator: , or ， */
static int thousands_sep(const unsigned char *s, size_t n)
{
	if (n && s[0] == ',') return 1;
	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBC && s[2] == 0x8C) return 3;
	return 0;
}
static int point_char(const unsigned char *s, size_t n)
{
	if (n && s[0] == '.') return 1;
	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBC && s[2] == 0x8E) return 3;
	return 0;
}

/* Exactly three digits at s, then no further digit. */
static int three_digits(const unsigned char *s, size_t n)
{
	size_t i = 0;
	int l, k;
	for (k = 0; k < 3; k++) {
		if (arabic_digit(s + i, n - i, &l) < 0)
			return 0;
		i += (size_t)l;
	}
	return arabic_digit(s + i, n - i, &l) < 0;
}

/* Arabic number into x: digits, separators, point. Returns bytes used. */
static size_t read_arabic(const unsigned char *s, size_t n, struct gw_dec *x, struct gw_buf *tmp,
    int *plain, int *ndigits, int *point)
{
	size_t i = 0;
	int l, d, group = 0, first = 1;
	long frac = 0;
	gw_buf_clear(tmp);
	*plain = 1; *point = 0;
	for (;;) {
		d = arabic_digit(s + i, n - i, &l);
		if (d >= 0) {
			gw_buf_addc(tmp, (char)('0' + d));
			i += (size_t)l;
			group++;
			continue;
		}
		int w = thousands_sep(s + i, n - i);
		/* 1,234 and 82，225: a group of 1-3 digits first, then groups of 3 */
		if (w && (first ? group >= 1 && group <= 3 : group == 3) && three_digits(s + i + w, n - i - w)) {
			i += (size_t)w;
			first = 0; group = 0;
			*plain = 0;
			continue;
		}
		break;
	}
	*ndigits = (int)tmp->len;
	int w = point_char(s + i, n - i);
	if (w && arabic_digit(s + i + w, n - i - w, &l) >= 0) {
		i += (size_t)w;
		*plain = 0; *point = 1;
		while ((d = arabic_digit(s + i, n - i, &l)) >= 0) {
			gw_buf_addc(tmp, (char)('0' + d));
			i += (size_t)l;
			frac++;
		}
	}
	gw_dec_set_digits(x, tmp->p, tmp->len, -frac);
	return i;
}

size_t gw_numeral_arabic(const char *s, size_t n, struct gw_numeral *nm)
{
	int plain, nd, pt;
	struct gw_buf *tmp = &nm->t[3].d;
	size_t len = read_arabic((const unsigned char *)s, n, &nm->val, tmp, &plain, &nd, &pt);
	nm->len = len; nm->arabic = 1; nm->chinese = 0; nm->direct = 0;
	nm->plain = plain; nm->ndigits = nd; nm->point = pt; nm->scaled = 0; nm->midqlen = 0; nm->tail = 0;
	return len;
}

/* 两 兩 倆: a count word, never a digit of a digit-by-digit reading (二两 is 2 两) */
static int is_liang(const unsigned char *s)
{
	return (s[0] == 0xE4 && s[1] == 0xB8 && s[2] == 0xA4) || (s[0] == 0xE5 && s[1] == 0x85 && s[2] == 0xA9) ||
	       (s[0] == 0xE5 && s[1] == 0x80 && s[2] == 0x86);
}

/* ASCII blanks at s: at most four, the spacing of typeset numbers */
static size_t blanks(const unsigned char *s, size_t n)
{
	size_t k = 0;
	while (k < n && k < 4 && s[k] == ' ')
		k++;
	return k < n && s[k] == ' ' ? 0 : k;
}

/* 余 or 多 */
static int mid_qual(const unsigned char *s, size_t n)
{
	return n >= 3 && ((s[0] == 0xE4 && s[1] == 0xBD && s[2] == 0x99) ||
	                  (s[0] == 0xE5 && s[1] == 0xA4 && s[2] == 0x9A));
}

/* ---- the grammar: a lexer of numeral tokens and an evaluator ----
 *
 * The lexer cuts the text into tokens: digits (Chinese, or an Arabic
 * number read whole with its separators and point), scale words (十 百
 * 千, 万 亿 兆), 点, and the glue that may sit inside a numeral: 余/多
 * (8500余万), 个 (两个亿) and blanks (三千 九百). The evaluator reads the
 * tokens in order, adding each section (below a 万/亿) to the total. */

enum { TK_NONE, TK_DIGIT, TK_SMALL, TK_BIG, TK_POINT, TK_MORE, TK_GE, TK_BLANK };

struct ntok {
	int kind;
	int v;          /* digit, or power of ten of a scale word */
	int arabic;     /* an Arabic digit */
	size_t len;
};

/* The token at s[i]; lead: a point there starts an Arabic number (.5). */
static void lex(const unsigned char *s, size_t n, size_t i, int lead, struct ntok *t)
{
	int len = 0, v = 0, ar = 0;
	int c = gw_numeral_class(s + i, n - i, &len, &v, &ar);
	t->v = v; t->arabic = ar; t->len = (size_t)len;
	if (lead) {
		t->kind = TK_DIGIT;  /* .5: read_arabic takes the point and digits */
		t->arabic = 1;
		return;
	}
	switch (c) {
	case NC_DIGIT: t->kind = TK_DIGIT; return;
	case NC_SMALL: t->kind = TK_SMALL; return;
	case NC_BIG: t->kind = TK_BIG; return;
	case NC_POINT: t->kind = TK_POINT; return;
	}
	t->kind = TK_NONE;
	if (mid_qual(s + i, n - i)) {
		t->kind = TK_MORE; t->len = 3;
	} else if (n - i >= 3 && !memcmp(s + i, "\xE4\xB8\xAA", 3)) {
		t->kind = TK_GE; t->len = 3;
	} else if (i < n && s[i] == ' ' && (t->len = blanks(s + i, n - i))) {
		t->kind = TK_BLANK;
	}
}

/* The class of the numeral character at s[k] (NC_NONE past the end) */
static int class_at(const unsigned char *s, size_t n, size_t k)
{
	int l, v, a;
	return gw_numeral_class(s + k, n - k, &l, &v, &a);
}

enum { T_NONE, T_DIGIT, T_ZERO, T_SMALL, T_BIG, T_ARABIC, T_FRAC };

struct ev {
	const unsigned char *s; size_t n;
	const char *str;
	gw_numeral_unit_fn atomic; void *arg;
	struct gw_numeral *nm;
	struct gw_dec *total, *section, *pending, *tmp;
	struct gw_buf *dig;        /* the Chinese digits of the pending number */
	size_t i, end;             /* next token; end of the numeral so far */
	int prev;                  /* T_*: the last token read */
	int have_pending, pending_cn;
	int last_small, last_big, last_unit;
	int arabic, chinese, direct, point, scaled, plain, ndigits, wanwan;
	int lead_scale;            /* a scale word may start the numeral */
	size_t tok_start, tok_len; /* the last Arabic number */
};

static int is_scale(int c) { return c == NC_SMALL || c == NC_BIG; }
static int atomic_at(const struct ev *e, size_t k)
{
	return e->atomic && e->atomic(e->arg, e->str + k, e->n - k);
}

/* Glue inside a numeral: where reading goes on past it, or 0 if the
 * numeral ends there. */
static size_t glue(struct ev *e, const struct ntok *t)
{
	const unsigned char *s = e->s;
	size_t n = e->n, i = e->i, k;
	int p = e->prev;
	switch (t->kind) {
	case TK_MORE:
		/* 8500余万, 壹千多萬, 十 余 万: only when a scale word follows */
		if (i == 0 || e->nm->midqlen || !(p == T_ARABIC || p == T_SMALL || p == T_BIG || p == T_DIGIT))
			return 0;
		k = i + 3 + blanks(s + i + 3, n - i - 3);
		if (!is_scale(class_at(s, n, k)) || atomic_at(e, k))
			return 0;
		e->nm->midq = i; e->nm->midqlen = 3;
		return k;
	case TK_GE:
		/* 两个亿, 三个万: colloquial 个 before the scale word */
		if (e->have_pending && e->pending_cn && p == T_DIGIT && n - i >= 6 && class_at(s, n, i + 3) == NC_BIG)
			return i + 3;
		return 0;
	case TK_BLANK:
		k = i + t->len;
		if (i == e->end && !e->direct && p != T_NONE && p != T_ARABIC && p != T_FRAC && mid_qual(s + k, n - k) &&
		    is_scale(class_at(s, n, k + 3 + blanks(s + k + 3, n - k - 3))))
			return k;  /* 十 余 万: blanks before 余 or 多 and a scale word */
		if (i == e->end && p != T_NONE && p != T_FRAC && !e->direct && n - i > 1) {
			/* 三千 九百 六十五, 7 万5 千4 百, 四百 点 五: blanks inside a
			 * numeral before a scale word or 点, or after a scale word;
			 * never between two digits (1 2 is two numbers) */
			int c2 = class_at(s, n, k);
			if (is_scale(c2) || (c2 == NC_DIGIT && (p == T_SMALL || p == T_BIG)) ||
			    (c2 == NC_POINT && !e->point && p != T_ARABIC))
				return k;
		}
		if (p == T_ARABIC && n - i > 1 && class_at(s, n, k) == NC_BIG)
			return k;  /* 177.1 亿元, 1000  万: blanks before the scale word */
		return 0;
	}
	return 0;
}

/* An Arabic number: first, or after a 万/亿 (3亿5000万) */
static int ev_arabic(struct ev *e)
{
	int p = e->prev;
	if (e->have_pending || (p != T_NONE && p != T_BIG && p != T_ZERO && p != T_SMALL) || e->direct)
		return 0;
	int pl, nd, pt;
	size_t l = read_arabic(e->s + e->i, e->n - e->i, e->pending, &e->nm->t[3].d, &pl, &nd, &pt);
	e->tok_start = e->i; e->tok_len = l;
	if (p == T_NONE) { e->plain = pl; e->ndigits = nd; }
	else e->plain = 0;
	e->point |= pt;
	e->have_pending = 1; e->pending_cn = 0; e->arabic = 1;
	e->i += l; e->end = e->i; e->prev = T_ARABIC;
	return 1;
}

/* A Chinese digit */
static int ev_digit(struct ev *e, const struct ntok *t)
{
	const unsigned char *s = e->s;
	size_t i = e->i;
	int v = t->v;
	if (e->direct) {
		gw_buf_addc(e->dig, (char)('0' + v));
		e->i += t->len; e->end = e->i; e->chinese = 1;
		return 1;
	}
	/* 三十两, 两万两: a 2 after a scale word is written 二, so a 两 there
	 * that no scale word follows is the unit liang */
	if (!e->have_pending && is_liang(s + i) && (e->prev == T_SMALL || e->prev == T_BIG) &&
	    !is_scale(class_at(s, e->n, i + t->len)))
		return 0;
	if (e->have_pending) {
		/* 二〇…: digit after digit is a digit-by-digit reading, possible
		 * only while nothing else was read */
		if (e->pending_cn && e->prev == T_DIGIT && e->last_unit == 0 && gw_dec_is_zero(e->section) &&
		    gw_dec_is_zero(e->total) && !e->point && e->dig->len == 1 && !is_liang(s + i) && !is_liang(s + i - 3)) {
			e->direct = 1;
			gw_buf_addc(e->dig, (char)('0' + v));
			e->i += t->len; e->end = e->i;
			return 1;
		}
		return 0;
	}
	if (v == 0 && (e->prev == T_SMALL || e->prev == T_BIG || e->prev == T_ZERO)) {
		/* 一千零五: 零 only marks a gap */
		e->prev = T_ZERO; e->i += t->len;
		return 1;
	}
	gw_dec_set_u(e->pending, (unsigned)v);
	e->have_pending = 1; e->pending_cn = 1; e->chinese = 1;
	gw_buf_clear(e->dig); gw_buf_addc(e->dig, (char)('0' + v));
	e->i += t->len; e->end = e->i; e->prev = T_DIGIT;
	return 1;
}

/* 八九亿, 三五百, 四五千: about d1 to d2 times the scale; the numeral
 * ends with its scale words. Returns its length. */
static size_t ev_approx(struct ev *e)
{
	struct gw_numeral *nm = e->nm;
	long pw = 0;
	int lastv = 99;
	size_t j = e->i;
	for (;;) {
		int l2, v2, a2;
		int c2 = gw_numeral_class(e->s + j, e->n - j, &l2, &v2, &a2);
		if (!is_scale(c2) || (c2 == NC_SMALL && v2 >= lastv) || atomic_at(e, j))
			break;
		pw += v2;
		lastv = c2 == NC_SMALL ? v2 : 99;
		j += (size_t)l2;
	}
	gw_dec_set_digits(&nm->lo, e->dig->p, 1, pw);
	gw_dec_set_digits(e->total, e->dig->p + 1, 1, pw);
	nm->len = j;
	nm->arabic = 0; nm->chinese = 1; nm->direct = 0; nm->point = 0;
	nm->scaled = 1; nm->plain = 0; nm->ndigits = 0; nm->tail = lastv == 99 ? 8 : lastv;
	nm->approx = 1;
	return j;
}

/* 十 百 千 */
static int ev_small(struct ev *e, const struct ntok *t)
{
	int v = t->v, p = e->prev;
	if (!e->have_pending) {
		/* 十 may stand for 一十 at the start or after 万/亿; with
		 * lead_scale any scale word at the start (百亿) */
		if (!(p == T_NONE && e->lead_scale) &&
		    (v != 1 || !(p == T_NONE || p == T_BIG || p == T_ZERO || (p == T_SMALL && e->last_small > 1))))
			return 0;
		gw_dec_set_u(e->pending, 1);
		e->have_pending = 1;
	}
	if (e->last_small != 99 && v >= e->last_small)
		return 0;
	gw_dec_shift(e->pending, v);
	gw_dec_add(e->section, e->pending);
	gw_dec_zero(e->pending);
	e->have_pending = 0; e->pending_cn = 0;
	e->last_small = v; e->last_unit = v; e->chinese = 1; e->scaled = 1;
	e->i += t->len; e->end = e->i; e->prev = T_SMALL;
	return 1;
}

/* 万 亿 兆 */
static int ev_big(struct ev *e, const struct ntok *t)
{
	int v = t->v, p = e->prev;
	if (v == 12 && !(e->have_pending && e->pending_cn && p == T_DIGIT))
		return 0;  /* 五兆 is 5×10¹², but 100兆 and 千兆 (宽带) are mega and giga */
	if (p == T_NONE && e->lead_scale) {
		gw_dec_set_u(e->pending, 1);  /* 万户: one 万 */
		e->have_pending = 1;
	}
	if (!e->have_pending && gw_dec_is_zero(e->section) && !(e->last_big && v > e->last_big) &&
	    !(v == 4 && e->last_big == 4 && p == T_BIG && !e->wanwan))
		return 0;  /* 亿亿: nothing to multiply */
	gw_dec_copy(e->tmp, e->section);
	if (e->have_pending)
		gw_dec_add(e->tmp, e->pending);
	if (e->last_big && v > e->last_big) {
		/* 一万亿, 3千万亿: the scale applies to all read so far */
		gw_dec_add(e->total, e->tmp);
		gw_dec_shift(e->total, v);
	} else if (e->last_big && v == e->last_big) {
		/* 四万万 (an old way to write 4亿), once; 亿亿 stops */
		if (v != 4 || p != T_BIG || e->wanwan)
			return 0;
		gw_dec_shift(e->total, 4);
		e->wanwan = 1;
		v = 8;
	} else {
		gw_dec_shift(e->tmp, v);
		gw_dec_add(e->total, e->tmp);
	}
	gw_dec_zero(e->section); gw_dec_zero(e->pending);
	e->have_pending = 0; e->pending_cn = 0;
	e->last_big = v; e->last_unit = v; e->last_small = 99; e->chinese = 1; e->scaled = 1;
	e->i += t->len; e->end = e->i; e->prev = T_BIG;
	return 1;
}

/* 三点一四, 十点五, 一七二零点一, 一百点123: the digits after 点 are
 * read one by one */
static int ev_point(struct ev *e, const struct ntok *t)
{
	const unsigned char *s = e->s;
	size_t n = e->n, i = e->i, j = i + t->len;
	long frac = 0;
	int fa = -1;
	if (e->point || !(e->prev == T_DIGIT || e->prev == T_SMALL || e->prev == T_BIG))
		return 0;
	j += blanks(s + j, n - j);  /* 四百 点 五 */
	struct gw_buf *fd = &e->nm->t[4].d;
	gw_buf_clear(fd);
	for (;;) {
		int l2, v2, a2;
		int c2 = gw_numeral_class(s + j, n - j, &l2, &v2, &a2);
		if (c2 != NC_DIGIT || (fa >= 0 && a2 != fa))
			break;
		fa = a2;
		gw_buf_addc(fd, (char)('0' + v2));
		j += (size_t)l2; frac++;
	}
	if (!frac)
		return 0;
	if (e->direct) {
		gw_dec_set_digits(e->pending, e->dig->p, e->dig->len, 0);
		e->direct = 0;
		e->have_pending = 1;
	} else if (e->have_pending && e->pending_cn && e->prev == T_DIGIT && e->dig->len == 1 && e->last_unit > 0 &&
	    e->last_small != 99 && e->last_unit == e->last_small && i >= 6 && class_at(s, i - 3, i - 6) == NC_SMALL) {
		/* 两千三点一 = 2300.1 */
		gw_dec_shift(e->pending, e->last_unit - 1);
	}
	gw_dec_set_digits(e->tmp, fd->p, fd->len, -frac);
	if (!e->have_pending)
		gw_dec_zero(e->pending);
	gw_dec_add(e->pending, e->section);
	gw_dec_zero(e->section);
	gw_dec_add(e->pending, e->tmp);
	e->have_pending = 1; e->pending_cn = 0; e->point = 2; e->chinese = 1;
	e->last_small = 99;
	e->i = j; e->end = j; e->prev = T_FRAC;
	return 1;
}

/* The numeral read: its flags, and the last number added to the total.
 * Returns its length. */
static size_t ev_finish(struct ev *e)
{
	struct gw_numeral *nm = e->nm;
	const unsigned char *s = e->s;
	size_t end = e->end;
	nm->len = end;
	if (nm->midqlen && nm->midq >= end)
		nm->midqlen = 0;
	nm->arabic = e->arabic; nm->chinese = e->chinese; nm->direct = e->direct;
	nm->point = e->point != 0; nm->scaled = e->scaled;
	nm->tail = e->prev == T_BIG ? e->last_big : e->prev == T_SMALL ? e->last_small : 0;
	nm->plain = e->plain && !e->scaled && !e->chinese;
	nm->ndigits = e->direct ? (int)e->dig->len : e->ndigits;
	if (e->direct) {
		gw_dec_set_digits(e->total, e->dig->p, e->dig->len, 0);
		return end;
	}
	if (e->have_pending) {
		/* 一千五 = 1500, 三万五 = 35000: a lone digit right after a
		 * scale word counts in the next lower place */
		int lone_cn = e->pending_cn && e->prev == T_DIGIT && e->dig->len == 1 && end >= 6 &&
		    class_at(s, end - 3, end - 6) != NC_DIGIT;
		int l0 = 0, v0, a0, cb;
		/* 3千5: an Arabic digit straight after the scale word */
		int lone_ar = e->prev == T_ARABIC && e->tok_len >= 1 && e->tok_len <= 3 && e->tok_start >= 3 &&
		    gw_numeral_class(s + e->tok_start, e->tok_len, &l0, &v0, &a0) == NC_DIGIT && (size_t)l0 == e->tok_len &&
		    (cb = class_at(s, e->tok_start, e->tok_start - 3)) != NC_NONE && cb != NC_DIGIT && cb != NC_POINT;
		int lu = e->last_unit;
		if ((lone_cn || lone_ar) && lu > 0 &&
		    ((e->last_big && e->last_small == 99 && lu == e->last_big) || (e->last_small != 99 && lu == e->last_small)))
			gw_dec_shift(e->pending, lu - 1);  /* the scale word is right before the digit (no 零) */
		gw_dec_add(e->section, e->pending);
	}
	gw_dec_add(e->total, e->section);
	return end;
}

/* One token read into the numeral: 1 if taken, 0 if the numeral ended
 * before it, 2 if it ended the numeral itself (nm->len set). */
static int ev_token(struct ev *e, const struct ntok *t)
{
	if (t->kind == TK_DIGIT)
		return t->arabic ? ev_arabic(e) : ev_digit(e, t);
	if (t->kind == TK_POINT)
		return ev_point(e, t);
	if (t->kind != TK_SMALL && t->kind != TK_BIG)
		return 0;
	if (e->direct && e->dig->len == 2 && e->dig->p[0] > '0' && e->dig->p[0] < e->dig->p[1] && !atomic_at(e, e->i)) {
		ev_approx(e);
		return 2;
	}
	if (e->i > 0 && atomic_at(e, e->i))
		return 0;
	if (e->point == 2 && t->kind == TK_SMALL)
		return 0;  /* 三点五万, never 三点五十 */
	return t->kind == TK_SMALL ? ev_small(e, t) : ev_big(e, t);
}

/* Most numerals in documents are plain ASCII integers (2022, 15) that
 * nothing continues: read them without the grammar. What might continue
 * one is a separator, point or blank, anything full-width, 余/多, or a
 * scale word. Returns the length, 0 if the grammar must read it. */
static size_t fast_arabic(const unsigned char *s, size_t n, struct gw_numeral *nm)
{
	size_t j = 1;
	while (j < n && s[j] >= '0' && s[j] <= '9')
		j++;
	int c2 = j < n && s[j] >= 0x80 ? class_at(s, n, j) : NC_NONE;
	if (j < n && (s[j] < 0x80 ? s[j] == ',' || s[j] == '.' || s[j] == ' '
	                          : s[j] == 0xEF || is_scale(c2) || mid_qual(s + j, n - j)))
		return 0;
	gw_dec_set_digits(&nm->val, (const char *)s, j, 0);
	nm->len = j;
	nm->midqlen = 0; nm->approx = 0;
	nm->arabic = 1; nm->chinese = 0; nm->direct = 0; nm->point = 0; nm->scaled = 0;
	nm->tail = 0; nm->plain = 1; nm->ndigits = (int)j;
	return j;
}

/* Likewise a lone Chinese digit (一是, 三项): what follows is no numeral
 * character, blank, 余/多 or 个 (两个亿). Returns 3, or 0. */
static size_t fast_digit(const unsigned char *s, size_t n, struct gw_numeral *nm)
{
	int l1, v1, a1, l2, v2, a2;
	if (gw_numeral_class(s, n, &l1, &v1, &a1) != NC_DIGIT || a1)
		return 0;
	int c2 = n == 3 ? NC_NONE : gw_numeral_class(s + 3, n - 3, &l2, &v2, &a2);
	if (n != 3 && !((c2 == NC_NONE || (c2 == NC_DIGIT && a2)) && s[3] != ' ' && !mid_qual(s + 3, n - 3) &&
	    !(n >= 6 && !memcmp(s + 3, "\xE4\xB8\xAA", 3))))
		return 0;
	char d = (char)('0' + v1);
	gw_dec_set_digits(&nm->val, &d, 1, 0);
	gw_buf_clear(&nm->t[3].d); gw_buf_addc(&nm->t[3].d, d);
	nm->len = 3;
	nm->midqlen = 0; nm->approx = 0;
	nm->arabic = 0; nm->chinese = 1; nm->direct = 0; nm->point = 0; nm->scaled = 0;
	nm->tail = 0; nm->plain = 0; nm->ndigits = 0;
	return 3;
}

size_t gw_numeral_parse(const char *str, size_t n, struct gw_numeral *nm, gw_numeral_unit_fn atomic, void *arg)
{
	const unsigned char *s = (const unsigned char *)str;
	int lead_point = nm->lead_point && n >= 2 && s[0] == '.' && s[1] >= '0' && s[1] <= '9';
	int lead_scale = nm->lead_scale;
	size_t l;
	nm->lead_point = 0;
	nm->lead_scale = 0;
	if (n && s[0] >= '0' && s[0] <= '9' && (l = fast_arabic(s, n, nm)))
		return l;
	if (n >= 3 && s[0] >= 0xE2 && (l = fast_digit(s, n, nm)))
		return l;
	struct ev e = {
		.s = s, .n = n, .str = str, .atomic = atomic, .arg = arg, .nm = nm,
		.total = &nm->val, .section = &nm->t[0], .pending = &nm->t[1], .tmp = &nm->t[2],
		.dig = &nm->t[3].d, .prev = T_NONE, .last_small = 99, .lead_scale = lead_scale,
	};
	gw_dec_zero(e.total); gw_dec_zero(e.section); gw_dec_zero(e.pending);
	nm->midqlen = 0;
	nm->approx = 0;
	gw_buf_clear(e.dig);
	for (;;) {
		struct ntok t;
		lex(s, n, e.i, e.i == 0 && lead_point, &t);
		if (t.kind >= TK_MORE) {
			size_t k = glue(&e, &t);
			if (!k)
				break;
			e.i = k;
			continue;
		}
		int r = ev_token(&e, &t);
		if (r == 2)
			return nm->len;
		if (!r)
			break;
	}
	return e.end ? ev_finish(&e) : 0;
}

void gw_numeral_free(struct gw_numeral *nm)
{
	gw_dec_free(&nm->val);
	gw_dec_free(&nm->lo);
	for (int k = 0; k < 5; k++)
		gw_dec_free(&nm->t[k]);
}
