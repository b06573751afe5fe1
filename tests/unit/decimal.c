/* Property: exact decimal arithmetic agrees with integer arithmetic on
 * random operands (add, multiply, shift, divide), and formatting gives
 * plain decimals without exponent or trailing zeros; and gw_numeral_parse
 * reads a table of Chinese numerals to the right values. */
#include "core/decimal.h"
#include "numbers/numeral.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fails;

static void check(const char *what, const char *got, const char *want)
{
	if (strcmp(got, want)) {
		fprintf(stderr, "%s: got %s, want %s\n", what, got, want);
		fails++;
	}
}

static void set_ll(struct gw_dec *x, long long v, long exp)
{
	char t[32];
	snprintf(t, sizeof t, "%lld", v);
	gw_dec_set_digits(x, t, strlen(t), exp);
}

static const char *fmt(const struct gw_dec *x)
{
	static struct gw_buf b;
	gw_buf_clear(&b);
	gw_dec_format(x, &b);
	return b.p;
}

int main(void)
{
	struct gw_dec a = {0}, b = {0}, r = {0};
	char want[64], what[96];
	unsigned seed = 42;
	for (int k = 0; k < 20000; k++) {
		seed = seed * 1103515245u + 12345u;
		long long x = (seed >> 8) % 1000000;
		seed = seed * 1103515245u + 12345u;
		long long y = (seed >> 8) % 1000000 + 1;
		set_ll(&a, x, 0);
		set_ll(&b, y, 0);
		gw_dec_copy(&r, &a);
		gw_dec_add(&r, &b);
		snprintf(want, sizeof want, "%lld", x + y);
		snprintf(what, sizeof what, "%lld+%lld", x, y);
		check(what, fmt(&r), want);
		gw_dec_mul(&r, &a, &b);
		snprintf(want, sizeof want, "%lld", x * y);
		snprintf(what, sizeof what, "%lld*%lld", x, y);
		check(what, fmt(&r), want);
		/* x/y as 6 decimals when exact (y a power of 2 or 5 times) */
		if (gw_dec_div(&r, &a, &b, 30) == 1) {
			gw_dec_set_u(&b, 0); /* reuse: compare r*y == x */
			set_ll(&b, y, 0);
			struct gw_dec back = {0};
			gw_dec_mul(&back, &r, &b);
			snprintf(want, sizeof want, "%lld", x);
			snprintf(what, sizeof what, "(%lld/%lld)*%lld", x, y, y);
			check(what, fmt(&back), want);
			gw_dec_free(&back);
		}
	}
	/* formatting and shifts */
	set_ll(&a, 2078, -1); gw_dec_shift(&a, 8); check("207.8e8", fmt(&a), "20780000000");
	set_ll(&a, 15, -1); gw_dec_shift(&a, 4); check("1.5e4", fmt(&a), "15000");
	set_ll(&a, 1, -3); check("0.001", fmt(&a), "0.001");
	set_ll(&a, 1200, -2); check("12.00", fmt(&a), "12");
	set_ll(&a, 0, 5); check("0", fmt(&a), "0");
	set_ll(&a, 1, 0); set_ll(&b, 3, 0); gw_dec_div(&r, &a, &b, 5); check("1/3", fmt(&r), "0.33333");
	set_ll(&a, 1, 0); set_ll(&b, 0, 0); check("1/0", gw_dec_div(&r, &a, &b, 5) < 0 ? "refused" : "divided", "refused");
	set_ll(&a, 1, 0); set_ll(&b, 1, 1); gw_dec_add(&a, &b); check("1+10", fmt(&a), "11");
	set_ll(&a, 1, -20); set_ll(&b, 1, 20); gw_dec_add(&a, &b);
	check("1e20+1e-20", fmt(&a), "100000000000000000000.00000000000000000001");

	static const struct { const char *in, *want; } tab[] = {
		{"一百二十", "120"}, {"三千五百", "3500"}, {"十万", "100000"}, {"一千零五", "1005"},
		{"二〇二二", "2022"}, {"三点一四", "3.14"}, {"1.5万", "15000"}, {"207.8亿", "20780000000"},
		{"3千万亿", "3000000000000000"}, {"一万亿", "1000000000000"}, {"三万五", "35000"},
		{"一千五", "1500"}, {"壹仟贰佰叁拾肆", "1234"}, {"１２，３４５", "12345"}, {"1,234.5", "1234.5"},
		{"负四十五亿零四百零四万", "-4504040000"}, {"十一", "11"}, {"一百十一", "111"},
	};
	struct gw_numeral nm;
	memset(&nm, 0, sizeof nm);
	for (size_t k = 0; k < sizeof tab / sizeof tab[0]; k++) {
		const char *in = tab[k].in;
		int neg = !strncmp(in, "负", 3);
		size_t l = gw_numeral_parse(in + (neg ? 3 : 0), strlen(in) - (neg ? 3 : 0), &nm, NULL, NULL);
		nm.val.neg = neg;
		check(in, l == strlen(in) - (neg ? 3 : 0) ? fmt(&nm.val) : "(not all read)", tab[k].want);
	}
	gw_numeral_free(&nm);
	gw_dec_free(&a); gw_dec_free(&b); gw_dec_free(&r);
	if (fails)
		fprintf(stderr, "%d failures\n", fails);
	return fails != 0;
}
