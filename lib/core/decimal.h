/* Exact decimal numbers of any length: a digit string and a power of
 * ten. Numbers in documents are exact ("207.8亿" is 20780000000, not
 * 2.0779999e10) and may be absurdly long, so no double and no fixed
 * width integer ever holds a value. Only what numerals need is here:
 * add, multiply, shift by a power of ten, divide for fractions. */
#ifndef GW_DECIMAL_H
#define GW_DECIMAL_H
#include <stddef.h>
#include <stdint.h>
#include "buf.h"

struct gw_dec {
	struct gw_buf d;   /* ASCII digits, no leading or trailing zeros; empty = 0 */
	long exp;          /* value = d * 10^exp */
	int neg;
};

void gw_dec_zero(struct gw_dec *x);
static inline int gw_dec_is_zero(const struct gw_dec *x) { return x->d.len == 0; }
/* x = the digits s[0..n) (ASCII '0'-'9', leading zeros allowed) * 10^exp. */
void gw_dec_set_digits(struct gw_dec *x, const char *s, size_t n, long exp);
void gw_dec_set_u(struct gw_dec *x, unsigned v);
void gw_dec_copy(struct gw_dec *dst, const struct gw_dec *src);
static inline void gw_dec_shift(struct gw_dec *x, long k) { if (x->d.len) x->exp += k; }
/* acc += b (both taken as non-negative magnitudes). */
void gw_dec_add(struct gw_dec *acc, const struct gw_dec *b);
/* r = a * b; r must not be a or b. */
void gw_dec_mul(struct gw_dec *r, const struct gw_dec *a, const struct gw_dec *b);
/* r = a / b to at most maxfrac digits after the point; b must be a
 * non-zero integer below 10^18. Returns 1 if exact, 0 if cut, -1 if b
 * is unusable (r untouched). */
int gw_dec_div(struct gw_dec *r, const struct gw_dec *a, const struct gw_dec *b, int maxfrac);
int gw_dec_cmp(const struct gw_dec *a, const struct gw_dec *b);
/* The value as an integer if it is one and fits, else -1. */
long long gw_dec_small_int(const struct gw_dec *x);
/* Append the value in plain notation (no exponent, no trailing zeros
 * after the point) to out. */
void gw_dec_format(const struct gw_dec *x, struct gw_buf *out);
void gw_dec_free(struct gw_dec *x);
#endif
