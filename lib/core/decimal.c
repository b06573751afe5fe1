#include "decimal.h"
#include "alloc.h"

#include <stdlib.h>
#include <string.h>

/* Keep the canonical form so that comparison and formatting stay simple. */
static void norm(struct gw_dec *x)
{
	size_t i = 0;
	while (i < x->d.len && x->d.p[i] == '0')
		i++;
	if (i) {
		memmove(x->d.p, x->d.p + i, x->d.len - i);
		x->d.len -= i;
	}
	while (x->d.len && x->d.p[x->d.len - 1] == '0') {
		x->d.len--;
		x->exp++;
	}
	if (x->d.p)
		x->d.p[x->d.len] = 0;
	if (!x->d.len) {
		x->exp = 0;
		x->neg = 0;
	}
}

void gw_dec_zero(struct gw_dec *x) { gw_buf_clear(&x->d); x->exp = 0; x->neg = 0; }

void gw_dec_set_digits(struct gw_dec *x, const char *s, size_t n, long exp)
{
	gw_buf_clear(&x->d);
	gw_buf_add(&x->d, s, n);
	x->exp = exp;
	x->neg = 0;
	norm(x);
}

void gw_dec_set_u(struct gw_dec *x, unsigned v)
{
	char t[16];
	int n = 0;
	do t[15 - n++] = (char)('0' + v % 10); while ((v /= 10));
	gw_dec_set_digits(x, t + 16 - n, (size_t)n, 0);
}

void gw_dec_copy(struct gw_dec *dst, const struct gw_dec *src)
{
	gw_buf_clear(&dst->d);
	if (src->d.len)
		gw_buf_add(&dst->d, src->d.p, src->d.len);
	dst->exp = src->exp;
	dst->neg = src->neg;
}

/* Digit of x at power 10^k (0 outside its digits). */
static inline int digit_at(const struct gw_dec *x, long k)
{
	long i = (long)x->d.len - 1 - (k - x->exp);
	return (i >= 0 && i < (long)x->d.len) ? x->d.p[i] - '0' : 0;
}

void gw_dec_add(struct gw_dec *acc, const struct gw_dec *b)
{
	if (!b->d.len)
		return;
	if (!acc->d.len) {
		int neg = acc->neg;
		gw_dec_copy(acc, b);
		acc->neg = neg;
		return;
	}
	long lo = acc->exp < b->exp ? acc->exp : b->exp;
	long hia = acc->exp + (long)acc->d.len, hib = b->exp + (long)b->d.len;
	long hi = (hia > hib ? hia : hib) + 1;   /* one more for the carry */
	size_t n = (size_t)(hi - lo);
	char *t = gw_xmalloc(n + 1);
	int carry = 0;
	for (long k = lo; k < hi; k++) {
		int s = digit_at(acc, k) + digit_at(b, k) + carry;
		carry = s / 10;
		t[n - 1 - (size_t)(k - lo)] = (char)('0' + s % 10);
	}
	int neg = acc->neg;
	gw_dec_set_digits(acc, t, n, lo);
	acc->neg = neg;
	free(t);
}

void gw_dec_mul(struct gw_dec *r, const struct gw_dec *a, const struct gw_dec *b)
{
	if (!a->d.len || !b->d.len) {
		gw_dec_zero(r);
		return;
	}
	size_t la = a->d.len, lb = b->d.len, n = la + lb;
	unsigned *acc = gw_xmalloc(n * sizeof *acc);
	memset(acc, 0, n * sizeof *acc);
	for (size_t i = 0; i < la; i++) {
		unsigned da = (unsigned)(a->d.p[la - 1 - i] - '0');
		if (!da)
			continue;
		for (size_t j = 0; j < lb; j++)
			acc[i + j] += da * (unsigned)(b->d.p[lb - 1 - j] - '0');
		/* fold carries now and then so the sums never overflow */
		if ((i & 0xFFFFF) == 0xFFFFF)
			for (size_t k = 0; k + 1 < n; k++) { acc[k + 1] += acc[k] / 10; acc[k] %= 10; }
	}
	char *t = gw_xmalloc(n + 1);
	unsigned long long carry = 0;
	for (size_t k = 0; k < n; k++) {
		unsigned long long s = acc[k] + carry;
		t[n - 1 - k] = (char)('0' + s % 10);
		carry = s / 10;
	}
	gw_dec_set_digits(r, t, n, a->exp + b->exp);
	r->neg = a->neg != b->neg;
	if (!r->d.len) r->neg = 0;
	free(t);
	free(acc);
}

long long gw_dec_small_int(const struct gw_dec *x)
{
	if (!x->d.len)
		return 0;
	if (x->exp < 0 || (long)x->d.len + x->exp > 18)
		return -1;
	long long v = 0;
	for (size_t i = 0; i < x->d.len; i++)
		v = v * 10 + (x->d.p[i] - '0');
	for (long k = 0; k < x->exp; k++)
		v *= 10;
	return v;
}

int gw_dec_div(struct gw_dec *r, const struct gw_dec *a, const struct gw_dec *b, int maxfrac)
{
	long long den = gw_dec_small_int(b);
	if (den <= 0)
		return -1;
	/* Long division from a's highest power down: stop once a's digits
	 * and the integer part are used up and the remainder is 0 or the
	 * fraction has maxfrac digits. */
	struct gw_buf q = {0};
	unsigned long long rem = 0, d = (unsigned long long)den;
	long k = (long)a->d.len + a->exp - 1;
	if (k < 0)
		k = 0;
	for (;; k--) {
		rem = rem * 10 + (unsigned long long)digit_at(a, k);
		gw_buf_addc(&q, (char)('0' + rem / d));
		rem %= d;
		if (k <= a->exp && k <= 0 && (rem == 0 || -k >= maxfrac))
			break;
	}
	gw_dec_set_digits(r, q.p, q.len, k);
	r->neg = a->neg;
	if (!r->d.len) r->neg = 0;
	gw_buf_free(&q);
	return rem == 0;
}

int gw_dec_cmp(const struct gw_dec *a, const struct gw_dec *b)
{
	if (!a->d.len || !b->d.len)
		return (a->d.len != 0) - (b->d.len != 0);
	long ma = a->exp + (long)a->d.len, mb = b->exp + (long)b->d.len;
	if (ma != mb)
		return ma < mb ? -1 : 1;
	long lo = a->exp < b->exp ? a->exp : b->exp;
	for (long k = ma - 1; k >= lo; k--) {
		int x = digit_at(a, k), y = digit_at(b, k);
		if (x != y)
			return x < y ? -1 : 1;
	}
	return 0;
}

void gw_dec_format(const struct gw_dec *x, struct gw_buf *out)
{
	if (!x->d.len) {
		gw_buf_addc(out, '0');
		return;
	}
	if (x->neg)
		gw_buf_addc(out, '-');
	long n = (long)x->d.len;
	if (x->exp >= 0) {
		gw_buf_add(out, x->d.p, (size_t)n);
		gw_buf_reserve(out, (size_t)x->exp);
		for (long i = 0; i < x->exp; i++)
			out->p[out->len++] = '0';
		out->p[out->len] = 0;
	} else if (n + x->exp > 0) {
		gw_buf_add(out, x->d.p, (size_t)(n + x->exp));
		gw_buf_addc(out, '.');
		gw_buf_add(out, x->d.p + n + x->exp, (size_t)(-x->exp));
	} else {
		gw_buf_adds(out, "0.");
		gw_buf_reserve(out, (size_t)(-x->exp - n));
		for (long i = 0; i < -x->exp - n; i++)
			out->p[out->len++] = '0';
		out->p[out->len] = 0;
		gw_buf_add(out, x->d.p, (size_t)n);
	}
}

void gw_dec_free(struct gw_dec *x) { gw_buf_free(&x->d); }
