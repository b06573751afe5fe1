#include "numeral.h"
#include "core/hanzi.h"

#include <string.h>

/* The code points of the grammar. A switch compiles to a jump table or
 * a binary search; callers test a cheap lead-byte table first. */
int numeral_class(const unsigned char *s, size_t n, int *len, int *v, int *arabic)
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
static size_t read_arabic(const unsigned char *s, size_t n, struct dec *x, struct gw_buf *tmp,
    int *plain, int *ndigits, int *point)
{
	size_t i = 0;
	int l, d, group = 0, first = 1;
	long frac = 0;
	buf_clear(tmp);
	*plain = 1; *point = 0;
	for (;;) {
		d = arabic_digit(s + i, n - i, &l);
		if (d >= 0) {
			buf_addc(tmp, (char)('0' + d));
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
			buf_addc(tmp, (char)('0' + d));
			i += (size_t)l;
			frac++;
		}
	}
	dec_set_digits(x, tmp->p, tmp->len, -frac);
	return i;
}

size_t numeral_arabic(const char *s, size_t n, struct numeral *nm)
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

enum { T_NONE, T_DIGIT, T_ZERO, T_SMALL, T_BIG, T_ARABIC, T_FRAC };

size_t numeral_parse(const char *str, size_t n, struct numeral *nm, numeral_unit_fn atomic, void *arg)
{
	const unsigned char *s = (const unsigned char *)str;
	struct dec *total = &nm->val, *section = &nm->t[0], *pending = &nm->t[1], *tmp = &nm->t[2];
	struct gw_buf *dig = &nm->t[3].d;
	int have_pending = 0, pending_cn = 0, prev = T_NONE, last_small = 99, last_big = 0;
	int last_unit = 0, arabic_seen = 0, chinese = 0, direct = 0, point = 0, scaled = 0;
	int plain = 0, ndigits = 0, wanwan = 0;
	size_t tok_start = 0, tok_len = 0;
	size_t i = 0, end = 0;
	int lead_point = nm->lead_point && n >= 2 && s[0] == '.' && s[1] >= '0' && s[1] <= '9';
	nm->lead_point = 0;
	if (n && s[0] >= '0' && s[0] <= '9') {
		/* Most numerals in documents are plain ASCII integers (2022, 15)
		 * that nothing continues: read them without the grammar. What
		 * might continue one is a separator, point or blank, anything
		 * full-width, 余/多, or a scale word. */
		size_t j = 1;
		while (j < n && s[j] >= '0' && s[j] <= '9')
			j++;
		int l2, v2, a2, c2 = NC_NONE;
		if (j < n && s[j] >= 0x80)
			c2 = numeral_class(s + j, n - j, &l2, &v2, &a2);
		if (j == n || (s[j] < 0x80 ? s[j] != ',' && s[j] != '.' && s[j] != ' '
		                           : s[j] != 0xEF && c2 != NC_SMALL && c2 != NC_BIG && !mid_qual(s + j, n - j))) {
			dec_set_digits(total, str, j, 0);
			nm->len = j;
			nm->midqlen = 0; nm->approx = 0;
			nm->arabic = 1; nm->chinese = 0; nm->direct = 0; nm->point = 0; nm->scaled = 0;
			nm->tail = 0; nm->plain = 1; nm->ndigits = (int)j;
			return j;
		}
	} else if (n >= 3 && s[0] >= 0xE2) {
		/* Likewise a lone Chinese digit (一是, 三项): what follows is
		 * no numeral character, blank, 余/多 or 个 (两个亿) */
		int l1, v1, a1, l2, v2, a2;
		if (numeral_class(s, n, &l1, &v1, &a1) == NC_DIGIT && !a1) {
			int c2 = n == 3 ? NC_NONE : numeral_class(s + 3, n - 3, &l2, &v2, &a2);
			if (n == 3 || ((c2 == NC_NONE || (c2 == NC_DIGIT && a2)) && s[3] != ' ' && !mid_qual(s + 3, n - 3) &&
			    !(n >= 6 && !memcmp(s + 3, "\xE4\xB8\xAA", 3)))) {
				char d = (char)('0' + v1);
				dec_set_digits(total, &d, 1, 0);
				buf_clear(dig); buf_addc(dig, d);
				nm->len = 3;
				nm->midqlen = 0; nm->approx = 0;
				nm->arabic = 0; nm->chinese = 1; nm->direct = 0; nm->point = 0; nm->scaled = 0;
				nm->tail = 0; nm->plain = 0; nm->ndigits = 0;
				return 3;
			}
		}
	}
	dec_zero(total); dec_zero(section); dec_zero(pending);
	nm->midqlen = 0;
	nm->approx = 0;
	buf_clear(dig);
	for (;;) {
		int len, v, ar;
		int c = numeral_class(s + i, n - i, &len, &v, &ar);
		if (i == 0 && lead_point) {
			c = NC_DIGIT;  /* .5: read_arabic takes the point and digits */
			ar = 1;
		}
		if (c == NC_NONE && i > 0 && mid_qual(s + i, n - i) && !nm->midqlen &&
		    (prev == T_ARABIC || prev == T_SMALL || prev == T_BIG || prev == T_DIGIT)) {
			/* 8500余万, 壹千多萬, 十 余 万: only when a scale word follows */
			int l2, v2, a2;
			size_t k = i + 3 + blanks(s + i + 3, n - i - 3);
			int c2 = numeral_class(s + k, n - k, &l2, &v2, &a2);
			if ((c2 == NC_SMALL || c2 == NC_BIG) && !(atomic && atomic(arg, str + k, n - k))) {
				nm->midq = i; nm->midqlen = 3;
				i = k;
				continue;
			}
		}
		if (c == NC_NONE && s[i] == ' ' && i == end && !direct && prev != T_NONE && prev != T_ARABIC &&
		    prev != T_FRAC) {
			/* 十 余 万: blanks before 余 or 多 and a scale word */
			size_t k = i + blanks(s + i, n - i);
			if (mid_qual(s + k, n - k)) {
				int l2, v2, a2;
				size_t k2 = k + 3 + blanks(s + k + 3, n - k - 3);
				int c2 = numeral_class(s + k2, n - k2, &l2, &v2, &a2);
				if (c2 == NC_SMALL || c2 == NC_BIG) {
					i = k;
					continue;
				}
			}
		}
		if (c == NC_NONE && have_pending && pending_cn && prev == T_DIGIT && n - i >= 6 &&
		    !memcmp(s + i, "\xE4\xB8\xAA", 3)) {
			/* 两个亿, 三个万: colloquial 个 before the scale word */
			int l2, v2, a2;
			if (numeral_class(s + i + 3, n - i - 3, &l2, &v2, &a2) == NC_BIG) {
				i += 3;
				continue;
			}
		}
		if (c == NC_NONE && s[i] == ' ' && i == end && prev != T_NONE && prev != T_FRAC && !direct && n - i > 1) {
			/* 三千 九百 六十五, 7 万5 千4 百, 四百 点 五: blanks inside a
			 * numeral before a scale word or 点, or after a scale word;
			 * never between two digits (1 2 is two numbers) */
			int l2, v2, a2;
			size_t k = i + blanks(s + i, n - i);
			int c2 = numeral_class(s + k, n - k, &l2, &v2, &a2);
			if (c2 == NC_SMALL || c2 == NC_BIG) {
				i = k;
				continue;
			}
			if (c2 == NC_DIGIT && (prev == T_SMALL || prev == T_BIG)) {
				i = k;
				continue;
			}
			if (c2 == NC_POINT && !point && prev != T_ARABIC) {
				i = k;
				continue;
			}
		}
		if (c == NC_NONE && prev == T_ARABIC && s[i] == ' ' && n - i > 1) {
			/* 177.1 亿元, 1000  万: blanks before the scale word */
			int l2, v2, a2;
			size_t k = i + blanks(s + i, n - i);
			if (numeral_class(s + k, n - k, &l2, &v2, &a2) == NC_BIG) {
				i = k;
				continue;
			}
		}
		if (c == NC_DIGIT && ar) {
			/* Arabic number: first, or after a 万/亿 (3亿5000万) */
			if (have_pending || (prev != T_NONE && prev != T_BIG && prev != T_ZERO && prev != T_SMALL) || direct)
				break;
			int pl, nd, pt;
			size_t l = read_arabic(s + i, n - i, pending, &nm->t[3].d, &pl, &nd, &pt);
			tok_start = i; tok_len = l;
			if (prev == T_NONE) { plain = pl; ndigits = nd; }
			else plain = 0;
			point |= pt;
			have_pending = 1; pending_cn = 0; arabic_seen = 1;
			i += l; end = i; prev = T_ARABIC;
			continue;
		}
		if (c == NC_DIGIT) {
			if (direct) {
				buf_addc(dig, (char)('0' + v));
				i += (size_t)len; end = i; chinese = 1;
				continue;
			}
			if (!have_pending && is_liang(s + i) && (prev == T_SMALL || prev == T_BIG)) {
				/* 三十两, 两万两: a 2 after a scale word is written 二, so a
				 * 两 there that no scale word follows is the unit liang */
				int l2, v2, a2;
				int c2 = numeral_class(s + i + len, n - i - (size_t)len, &l2, &v2, &a2);
				if (c2 != NC_SMALL && c2 != NC_BIG)
					break;
			}
			if (have_pending) {
				/* 二〇…: digit after digit is a digit-by-digit reading,
				 * possible only while nothing else was read */
				if (pending_cn && prev == T_DIGIT && last_unit == 0 && dec_is_zero(section) &&
				    dec_is_zero(total) && !point && dig->len == 1 && !is_liang(s + i) && !is_liang(s + i - 3)) {
					direct = 1;
					buf_addc(dig, (char)('0' + v));
					i += (size_t)len; end = i;
					continue;
				}
				break;
			}
			if (v == 0 && (prev == T_SMALL || prev == T_BIG)) {
				/* 一千零五: 零 only marks a gap */
				prev = T_ZERO; i += (size_t)len;
				continue;
			}
			if (v == 0 && prev == T_ZERO) { i += (size_t)len; continue; }
			dec_set_u(pending, (unsigned)v);
			have_pending = 1; pending_cn = 1; chinese = 1;
			buf_clear(dig); buf_addc(dig, (char)('0' + v));
			i += (size_t)len; end = i; prev = T_DIGIT;
			continue;
		}
		if ((c == NC_SMALL || c == NC_BIG) && direct && dig->len == 2 && dig->p[0] > '0' &&
		    dig->p[0] < dig->p[1] && !(atomic && atomic(arg, str + i, n - i))) {
			/* 八九亿, 三五百, 四五千: about d1 to d2 times the scale */
			long pw = 0;
			int lastv = 99;
			size_t j = i;
			for (;;) {
				int l2, v2, a2;
				int c2 = numeral_class(s + j, n - j, &l2, &v2, &a2);
				if ((c2 != NC_SMALL && c2 != NC_BIG) || (c2 == NC_SMALL && v2 >= lastv) ||
				    (atomic && atomic(arg, str + j, n - j)))
					break;
				pw += v2;
				lastv = c2 == NC_SMALL ? v2 : 99;
				j += (size_t)l2;
			}
			dec_set_digits(&nm->lo, dig->p, 1, pw);
			dec_set_digits(total, dig->p + 1, 1, pw);
			nm->len = j;
			nm->arabic = 0; nm->chinese = 1; nm->direct = 0; nm->point = 0;
			nm->scaled = 1; nm->plain = 0; nm->ndigits = 0; nm->tail = lastv == 99 ? 8 : lastv;
			nm->approx = 1;
			return j;
		}
		if (c == NC_SMALL || c == NC_BIG) {
			if (atomic && i > 0 && atomic(arg, str + i, n - i))
				break;
			if (point == 2 && c == NC_SMALL)
				break;  /* 三点五万, never 三点五十 */
		}
		if (c == NC_SMALL) {
			if (!have_pending) {
				/* 十 may stand for 一十 at the start or after 万/亿 */
				if (v != 1 || !(prev == T_NONE || prev == T_BIG || prev == T_ZERO || (prev == T_SMALL && last_small > 1)))
					break;
				dec_set_u(pending, 1);
				have_pending = 1;
			}
			if (last_small != 99 && v >= last_small)
				break;
			dec_shift(pending, v);
			dec_add(section, pending);
			dec_zero(pending);
			have_pending = 0; pending_cn = 0;
			last_small = v; last_unit = v; chinese = 1; scaled = 1;
			i += (size_t)len; end = i; prev = T_SMALL;
			continue;
		}
		if (c == NC_BIG && v == 12 && !(have_pending && pending_cn && prev == T_DIGIT))
			break;  /* 五兆 is 5×10¹², but 100兆 and 千兆 (宽带) are mega and giga */
		if (c == NC_BIG) {
			if (!have_pending && dec_is_zero(section) && !(last_big && v > last_big) &&
			    !(v == 4 && last_big == 4 && prev == T_BIG && !wanwan))
				break;  /* 亿亿: nothing to multiply */
			dec_copy(tmp, section);
			if (have_pending)
				dec_add(tmp, pending);
			if (last_big && v > last_big) {
				/* 一万亿, 3千万亿: the scale applies to all read so far */
				dec_add(total, tmp);
				dec_shift(total, v);
			} else if (last_big && v == last_big) {
				/* 四万万 (an old way to write 4亿), once; 亿亿 stops */
				if (v != 4 || prev != T_BIG || wanwan)
					break;
				dec_shift(total, 4);
				wanwan = 1;
				v = 8;
			} else {
				dec_shift(tmp, v);
				dec_add(total, tmp);
			}
			dec_zero(section); dec_zero(pending);
			have_pending = 0; pending_cn = 0;
			last_big = v; last_unit = v; last_small = 99; chinese = 1; scaled = 1;
			i += (size_t)len; end = i; prev = T_BIG;
			continue;
		}
		if (c == NC_POINT && !point && (prev == T_DIGIT || prev == T_SMALL || prev == T_BIG)) {
			/* 三点一四, 十点五, 一七二零点一, 一百点123: the digits after
			 * 点 are read one by one */
			size_t j = i + (size_t)len;
			long frac = 0;
			int fa = -1;
			j += blanks(s + j, n - j);  /* 四百 点 五 */
			struct gw_buf *fd = &nm->t[4].d;
			buf_clear(fd);
			for (;;) {
				int l2, v2, a2;
				int c2 = numeral_class(s + j, n - j, &l2, &v2, &a2);
				if (c2 != NC_DIGIT || (fa >= 0 && a2 != fa))
					break;
				fa = a2;
				buf_addc(fd, (char)('0' + v2));
				j += (size_t)l2; frac++;
			}
			if (!frac)
				break;
			if (direct) {
				dec_set_digits(pending, dig->p, dig->len, 0);
				direct = 0;
				have_pending = 1;
			} else if (have_pending && pending_cn && prev == T_DIGIT && dig->len == 1 && last_unit > 0 &&
			    last_small != 99 && last_unit == last_small && i >= 6 &&
			    numeral_class(s + i - 6, 3, &(int){0}, &(int){0}, &(int){0}) == NC_SMALL) {
				/* 两千三点一 = 2300.1 */
				dec_shift(pending, last_unit - 1);
			}
			dec_set_digits(tmp, fd->p, fd->len, -frac);
			if (!have_pending)
				dec_zero(pending);
			dec_add(pending, section);
			dec_zero(section);
			dec_add(pending, tmp);
			have_pending = 1; pending_cn = 0; point = 2; chinese = 1;
			last_small = 99;
			i = j; end = i; prev = T_FRAC;
			continue;
		}
		break;
	}
	if (!end)
		return 0;
	nm->len = end;
	if (nm->midqlen && nm->midq >= end)
		nm->midqlen = 0;
	nm->arabic = arabic_seen; nm->chinese = chinese; nm->direct = direct;
	nm->point = point != 0; nm->scaled = scaled;
	nm->tail = prev == T_BIG ? last_big : prev == T_SMALL ? last_small : 0;
	nm->plain = plain && !scaled && !chinese;
	nm->ndigits = direct ? (int)dig->len : ndigits;
	if (direct) {
		dec_set_digits(total, dig->p, dig->len, 0);
		return end;
	}
	if (have_pending) {
		/* 一千五 = 1500, 三万五 = 35000: a lone digit right after a
		 * scale word counts in the next lower place */
		int lone_cn = pending_cn && prev == T_DIGIT && dig->len == 1 && end >= 6 &&
		    numeral_class(s + end - 6, 3, &(int){0}, &(int){0}, &(int){0}) != NC_DIGIT;
		int l0 = 0, v0, a0;
		/* 3千5: an Arabic digit straight after the scale word */
		int lone_ar = prev == T_ARABIC && tok_len >= 1 && tok_len <= 3 && tok_start >= 3 &&
		    numeral_class(s + tok_start, tok_len, &l0, &v0, &a0) == NC_DIGIT && (size_t)l0 == tok_len &&
		    (l0 = numeral_class(s + tok_start - 3, 3, &(int){0}, &(int){0}, &(int){0})) != NC_NONE &&
		    l0 != NC_DIGIT && l0 != NC_POINT;
		if ((lone_cn || lone_ar) && last_unit > 0 &&
		    ((last_big && last_small == 99 && last_unit == last_big) || (last_small != 99 && last_unit == last_small))) {
			/* the char before the digit is the scale word itself (no 零) */
			dec_shift(pending, last_unit - 1);
		}
		dec_add(section, pending);
	}
	dec_add(total, section);
	return end;
}

void numeral_free(struct numeral *nm)
{
	dec_free(&nm->val);
	dec_free(&nm->lo);
	for (int k = 0; k < 5; k++)
		dec_free(&nm->t[k]);
}
