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

struct dec {
	struct gw_buf d;   /* ASCII digits, no leading or trailing zeros; empty = 0 */
	long exp;          /* value = d * 10^exp */
	int neg;
};

void dec_zero(struct dec *x);
static inline int dec_is_zero(const struct dec *x) { return x->d.len == 0; }
/* x = the digits s[0..n) (ASCII '0'-'9', leading zeros allowed) * 10^exp. */
void dec_set_digits(struct dec *x, const char *s, size_t n, long exp);
void dec_set_u(struct dec *x, unsigned v);
void dec_copy(struct dec *dst, const struct dec *src);
static inline void dec_shift(struct dec *x, long k) { if (x->d.len) x->exp += k; }
/* acc += b (both taken as non-negative magnitudes). */
void dec_add(struct dec *acc, const struct dec *b);
/* r = a * b; r must not be a or b. */
void dec_mul(struct dec *r, const struct dec *a, const struct dec *b);
/* r = a / b to at most maxfrac digits after the point; b must be a
 * non-zero integer below 10^18. Returns 1 if exact, 0 if cut, -1 if b
 * is unusable (r untouched). */
int dec_div(struct dec *r, const struct dec *a, const struct dec *b, int maxfrac);
int dec_cmp(const struct dec *a, const struct dec *b);
/* The value as an integer if it is one and fits, else -1. */
long long dec_small_int(const struct dec *x);
/* Append the value in plain notation (no exponent, no trailing zeros
 * after the point) to out. */
void dec_format(const struct dec *x, struct gw_buf *out);
void dec_free(struct dec *x);
#endif
