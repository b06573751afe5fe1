/* A growable byte buffer, reused across records so the hot loop does
 * not allocate. */
#ifndef GW_BUF_H
#define GW_BUF_H
#include <stddef.h>
#include <string.h>

struct gw_buf {
	char *p;
	size_t len, cap;
};

void gw_buf_grow(struct gw_buf *b, size_t need);
static inline void gw_buf_reserve(struct gw_buf *b, size_t extra)
{
	if (b->len + extra + 1 > b->cap)
		gw_buf_grow(b, b->len + extra + 1);
}
static inline void gw_buf_add(struct gw_buf *b, const void *s, size_t n)
{
	gw_buf_reserve(b, n);
	if (n)  /* s may be NULL when n is 0 (an empty gw_buf's p) */
		memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = 0;
}
static inline void gw_buf_addc(struct gw_buf *b, char c)
{
	gw_buf_reserve(b, 1);
	b->p[b->len++] = c;
	b->p[b->len] = 0;
}
static inline void gw_buf_adds(struct gw_buf *b, const char *s) { gw_buf_add(b, s, strlen(s)); }
static inline void gw_buf_clear(struct gw_buf *b) { b->len = 0; if (b->p) b->p[0] = 0; }
void gw_buf_free(struct gw_buf *b);
/* v in decimal into buf (room for 20); returns the length. No snprintf:
 * this runs once a row, a paragraph or a heading. */
size_t gw_fmt_size(char *buf, size_t v);
#endif
