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
