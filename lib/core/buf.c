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

size_t gw_fmt_size(char *buf, size_t v)
{
	char tmp[24];
	size_t i = sizeof tmp;
	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	memcpy(buf, tmp + i, sizeof tmp - i);
	return sizeof tmp - i;
}
