#include "feed.h"
#include "strip/normalize.h"

#include <string.h>

/* One input line to the classifier: normalised, and split at CRs (old
 * Mac line ends; a CR before the LF is part of the line end). */
static void feed(struct gw_chrome *c, int normalize, struct gw_buf *line, size_t lineno, const char *s, size_t n)
{
	if (!normalize) {
		gw_buf_clear(line);
		gw_trim_line(s, n, line);
		gw_chrome_line(c, lineno, line->p, line->len);
		return;
	}
	for (int first = 1;; first = 0) {
		const char *cr = memchr(s, '\r', n);
		size_t k = cr ? (size_t)(cr - s) : n;
		if (cr || k || first) {
			if (gw_norm_same(s, k) >= 0)
				gw_chrome_line(c, lineno, k ? s : "", k);
			else {
				gw_buf_clear(line);
				gw_norm_line(s, k, line);
				gw_chrome_line(c, lineno, line->p ? line->p : "", line->len);
			}
		}
		if (!cr)
			return;
		s += k + 1, n -= k + 1;
	}
}

void gw_chrome_page(struct gw_chrome *c, struct gw_page *pg, int normalize, struct gw_buf *scratch)
{
	const char *s;
	size_t n;
	gw_chrome_begin(c, !pg->html);
	pg->unended = 0;
	while (gw_page_next(pg, &s, &n))
		feed(c, normalize, scratch, pg->lineno, s, n);
	c->cut = !pg->html && pg->unended;
	gw_chrome_end(c);
}

/* An HTML page's <title> is the fallback of the fallback. */
void gw_meta_page_end(const struct gw_chrome *c, const struct gw_page *pg, gw_meta_row_fn *fn, void *arg)
{
	if (c->title.len || !pg->title.len) {
		gw_meta_rows(c->title.p, c->title.len, fn, arg);
		return;
	}
	struct gw_buf t = { 0 };
	gw_norm_line(pg->title.p, pg->title.len, &t);
	gw_meta_rows(t.p, t.len, fn, arg);
	gw_buf_free(&t);
}
