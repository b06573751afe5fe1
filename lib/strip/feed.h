/* What gw-strip does between the page reader and the classifier: each
 * line of a page normalised and split at CRs into gw_chrome, and, for
 * --meta, the rows of the page's title at its end. */
#ifndef GW_STRIP_FEED_H
#define GW_STRIP_FEED_H
#include <stddef.h>
#include "core/buf.h"
#include "strip/chrome.h"
#include "strip/pagein.h"
#include "strip/pagemeta.h"

/* Every line of the open page pg through the classifier c, from
 * gw_chrome_begin to gw_chrome_end. normalize: else lines are only
 * trimmed. scratch: a buffer kept across calls. */
void gw_chrome_page(struct gw_chrome *c, struct gw_page *pg, int normalize, struct gw_buf *scratch);
/* --meta at the end of a page: the rows of the title the classifier
 * found, else of the page's <title>, normalised. */
void gw_meta_page_end(const struct gw_chrome *c, const struct gw_page *pg, gw_meta_row_fn *fn, void *arg);
#endif
