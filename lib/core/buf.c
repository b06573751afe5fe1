#include "buf.h"
#include "alloc.h"

#include <stdlib.h>

void gw_buf_grow(struct gw_buf *b, size_t need)
{
	size_t cap = b->cap ? b->cap : 256;
	while (cap < need)
		cap *= 2;
	b->p = gw_xrealloc(b->p, cap);
	b->cap = cap;
}

void gw_buf_free(struct gw_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

/* Written in place from its last digit, two digits a step: every row
 * of gw-numbers formats two offsets with it. */
size_t gw_fmt_size(char *buf, size_t v)
{
	static const char pairs[201] =
	    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	    "8081828384858687888990919293949596979899";
	size_t len = 1;
	for (size_t x = v; x >= 10; x /= 10)
		len++;
	char *p = buf + len;
	while (v >= 10) {
		p -= 2;
		memcpy(p, pairs + 2 * (v % 100), 2);
		v /= 100;
	}
	if (p > buf)  /* one digit left */
		*--p = (char)('0' + v);
	return len;
}
