/* One input document for gw-strip, whatever its form: a text dump is
 * decoded block by block and handed out line by line (memory flat); an
 * HTML page is read whole (up to the record limit, --max-record),
 * decoded, and its main text extracted (htmlmain.h) and handed out the
 * same way. Binary inputs are reported and give no lines; empty ones
 * just give none. */
#ifndef GW_PAGEIN_H
#define GW_PAGEIN_H
#include <stddef.h>
#include "core/buf.h"
#include "encoding.h"

enum { PAGE_AUTO, PAGE_TEXT, PAGE_HTML };

struct gw_page {
	const char *name;
	int fd, eof, err, html;
	const char *enc, *how;      /* encoding used and the rule that chose it */
	struct gw_decoder dec;
	char *raw;                  /* one read block */
	struct gw_buf utf;          /* decoded text not yet handed out */
	size_t pos, scan;
	size_t lineno;              /* of the line last handed out */
	int skipping;               /* inside an over-long line */
	int unended;                /* the last line handed out had no line end */
	struct gw_buf title;        /* HTML <title> */
	struct gw_buf headline;     /* HTML: the article's headline (htmlmain.h) */
	struct gw_buf fix;          /* a line with NULs replaced */
};

struct gw_error;
/* Where the messages about bad input go (none until set): file, the
 * line (0: the whole input) and the message, status GW_ERR_INPUT. The
 * reading goes on after each (or the input is skipped, gw_page_open -1). */
typedef void (*gw_page_warn_fn)(void *arg, const char *file, size_t line, const struct gw_error *e);
void gw_page_set_warn(gw_page_warn_fn fn, void *arg);

/* Open and sniff. from: an encoding to force, or NULL. headline: an
 * HTML page's text starts with its headline (unless the main text
 * already does). -1 (reported through gw_page_set_warn's function) if the input
 * cannot be opened or is binary; -1 without a message (exit status unchanged) if
 * it is empty. */
int gw_page_open(struct gw_page *p, const char *path, const char *from, int type, int headline);
/* The next line of UTF-8 text without its LF: 1, or 0 at the end. */
int gw_page_next(struct gw_page *p, const char **s, size_t *n);
/* Report invalid bytes replaced, if any, and free. */
void gw_page_close(struct gw_page *p);
#endif
