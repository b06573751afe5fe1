/* Rows assembled in one buffer and written with one call (gw_out_write),
 * for tools whose rows are many or are held back. The caller reserves
 * the row's room first (gw_buf_reserve, escaped fields counted twice):
 * the plain copies do not check. */
#ifndef GW_ROW_H
#define GW_ROW_H
#include <string.h>
#include "core/buf.h"
#include "paragraphs.h"
#include "tsv.h"

/* s[0..n) and sep. */
static inline void gw_row_put(struct gw_buf *b, const char *s, size_t n, char sep)
{
	if (n)  /* an empty field's pointer may be NULL */
		memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len++] = sep;
}

/* A field that may hold TAB, LF, CR or backslash, escaped (clean: known
 * not to), and sep. */
static inline void gw_row_field(struct gw_buf *b, int clean, const char *s, size_t n, char sep)
{
	if (clean || !gw_tsv_needs_escape(s, n))
		gw_row_put(b, s, n, sep);
	else {
		gw_tsv_escape(b, s, n);
		gw_buf_reserve(b, 256);
		b->p[b->len++] = sep;
	}
}

/* The room the key columns of p take at the most. */
static inline size_t gw_row_keys_room(const struct gw_par *p)
{
	return 2 * p->doclen + p->parlen + p->seclen + 8;
}

/* The key columns doc, par and sec (0 when the input has no outline),
 * each with its TAB; doc_clean: the doc is known to need no escape. */
static inline void gw_row_keys(struct gw_buf *b, const struct gw_par *p, int doc_clean)
{
	gw_row_field(b, doc_clean || p->doc_escaped, p->doc, p->doclen, '\t');
	gw_row_put(b, p->par, p->parlen, '\t');
	gw_row_put(b, p->sec ? p->sec : "0", p->sec ? p->seclen : 1, '\t');
}
#endif
