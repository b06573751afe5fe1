#include "pagein.h"
#include "core/alloc.h"
#include "core/error.h"
#include "htmlmain.h"
#include "stream/lines.h"   /* gw_max_record, the --max-record limit */

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { BLOCK = 64 << 10 };

static int gw_page_line(struct gw_page *p, const char **s, size_t *n);

static gw_page_warn_fn warn_fn;
static void *warn_arg;

void gw_page_set_warn(gw_page_warn_fn fn, void *arg)
{
	warn_fn = fn;
	warn_arg = arg;
}

/* An input that cannot be read in full: the message goes to the
 * caller, which reports it (and gives exit status 1). */
__attribute__((format(printf, 3, 4)))
static void gw_page_warn(const char *file, size_t line, const char *fmt, ...)
{
	struct gw_error e = { .status = GW_ERR_INPUT };
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(e.msg, sizeof e.msg, fmt, ap);
	va_end(ap);
	if (warn_fn)
		warn_fn(warn_arg, file, line, &e);
}

/* The line a read error stops in: the lines handed out, plus those
 * decoded but not yet handed out (an HTML page is read whole first). */
static size_t reading_line(const struct gw_page *p)
{
	size_t line = p->lineno + 1;
	if (!p->utf.len)
		return line;   /* nothing decoded yet: utf.p may be NULL */
	const char *s = p->utf.p + p->pos, *e = p->utf.p + p->utf.len;
	while ((s = memchr(s, '\n', (size_t)(e - s))))
		line++, s++;
	return line;
}

/* Read up to n bytes, retrying short reads (pipes): 0 only at the end. */
static size_t readfull(struct gw_page *p, char *b, size_t n)
{
	size_t got = 0;
	while (got < n && !p->eof) {
		ssize_t r = read(p->fd, b + got, n - got);
		if (r > 0)
			got += (size_t)r;
		else if (r < 0 && errno == EINTR)
			continue;
		else {
			if (r < 0) {
				gw_page_warn(p->name, reading_line(p), "read error: %s", strerror(errno));
				p->err = 1;
			}
			p->eof = 1;
		}
	}
	return got;
}

/* Text with NUL bytes that is not UTF-16 is not text: say so rather than
 * write garbage rows (grep's "binary file" rule). */
static int binary(const char *s, size_t n)
{
	return memchr(s, 0, n) != NULL;
}

/* 1 if one of the first few lines of text is the headline or holds it. */
static int has_headline(const struct gw_buf *text, const struct gw_buf *h)
{
	if (!text->len)
		return 0;  /* p may be NULL: no arithmetic on it */
	const char *s = text->p, *e = s + text->len;
	for (int k = 0; k < 5 && s < e; k++) {
		const char *nl = memchr(s, '\n', (size_t)(e - s));
		size_t n = nl ? (size_t)(nl - s) : (size_t)(e - s);
		if (memmem(s, n, h->p, h->len))
			return 1;
		s += n + 1;
	}
	return 0;
}

/* A directory opens fine and fails at the first read: say so up front,
 * in one message, as gw_lines_open does for the other tools. */
static int open_file(struct gw_page *p, const char *path)
{
	struct stat st;
	if ((p->fd = open(path, O_RDONLY)) >= 0 && fstat(p->fd, &st) == 0 &&
	    S_ISDIR(st.st_mode)) {
		close(p->fd);
		p->fd = -1;
		errno = EISDIR;
	}
	return p->fd;
}

/* The encoding of the first block: forced, or a BOM, UTF-16, or
 * tentatively UTF-8 until the text decides. -1 (reported) if the input
 * is binary or cannot be converted; *bom: the bytes to skip. */
static int gw_page_encoding(struct gw_page *p, const char *path, const char *from, size_t n,
    size_t *bom)
{
	if (from) {
		p->enc = from, p->how = "--from-code";
	} else {
		/* Short of a BOM or UTF-16, the first non-ASCII text
		 * decides, wherever it starts (gw_decoder_feed). */
		p->enc = gw_enc_fixed(p->raw, n, &p->how, bom);
		if (!p->enc)
			p->enc = "UTF-8", p->how = NULL;
		if (strncmp(p->enc, "UTF-16", 6) != 0 && binary(p->raw, n)) {
			gw_page_warn(path, 0, "binary input (NUL bytes), skipped");
			return -1;
		}
	}
	if (gw_decoder_open(&p->dec, p->enc) < 0) {
		gw_page_warn(path, 0, "cannot convert from %s", p->enc);
		return -1;
	}
	if (!p->how) {
		p->dec.tentative = 1;
		gw_decoder_label(&p->dec, gw_enc_label(p->raw, n));
	}
	return 0;
}

/* An HTML page is parsed whole: read it all, within the record limit,
 * and keep its main text (after its headline, if asked and not in it).
 * -1 (reported) if it is too large. */
static int gw_page_html(struct gw_page *p, const char *path, int headline)
{
	while (!p->eof) {
		size_t n = readfull(p, p->raw, BLOCK);
		gw_decoder_feed(&p->dec, p->raw, n, p->eof, &p->utf);
		if (p->utf.len > gw_max_record) {
			gw_page_warn(path, 0, "HTML page larger than %zu bytes skipped (raise --max-record)",
			    gw_max_record);
			return -1;
		}
	}
	struct gw_buf text = { 0 };
	int line;
	const char *why;
	p->utf.len = gw_html_drop_declarations(p->utf.p, p->utf.len);
	/* the page and everything made from it within twice the limit */
	size_t twice = gw_max_record > SIZE_MAX / 2 ? SIZE_MAX : 2 * gw_max_record;
	gw_html_budget(twice - p->utf.len);
	int r = gw_html_main_text(p->utf.p, p->utf.len, &text, &p->title, &p->headline);
	if (r == -2) {
		gw_page_warn(path, 0, "HTML page needs more than %zu bytes of memory, skipped "
		    "(raise --max-record)", twice);
		gw_buf_free(&text);
		return -1;
	}
	if (r < 0)
		gw_page_warn(path, 0, "HTML parser gave up, no text");
	else if ((why = gw_html_fatal(&line)))
		gw_page_warn(path, (size_t)line, "HTML parser stopped, rest of the page not read: %s", why);
	gw_buf_free(&p->utf);
	if (headline && p->headline.len && !has_headline(&text, &p->headline)) {
		gw_buf_add(&p->utf, p->headline.p, p->headline.len);
		gw_buf_addc(&p->utf, '\n');
		if (text.len)   /* no main text at all: the headline alone */
			gw_buf_add(&p->utf, text.p, text.len);
		gw_buf_free(&text);
	} else {
		p->utf = text;
		gw_buf_reserve(&p->utf, 1);  /* never a NULL p: offsets are added to it */
	}
	return 0;
}

int gw_page_open(struct gw_page *p, const char *path, const char *from, int type, int headline)
{
	memset(p, 0, sizeof *p);
	p->name = path;
	p->fd = 0;
	if (strcmp(path, "-") != 0 && open_file(p, path) < 0) {
		gw_page_warn(path, 0, "%s", strerror(errno));
		return -1;
	}
	p->raw = gw_xmalloc(BLOCK);
	size_t n = readfull(p, p->raw, BLOCK);
	size_t bom = 0;
	/* an empty input is read whole: no rows, no message */
	if (n == 0 || gw_page_encoding(p, path, from, n, &bom) < 0) {
		gw_page_close(p);
		return -1;
	}
	gw_decoder_feed(&p->dec, p->raw + bom, n - bom, p->eof, &p->utf);
	/* still undecided: the HTML tags before the text are ASCII */
	p->html = type == PAGE_HTML || (type == PAGE_AUTO && (p->dec.tentative ?
	    gw_html_sniff(p->raw, n) : gw_html_sniff(p->utf.p, p->utf.len)));
	if (p->html && gw_page_html(p, path, headline) < 0) {
		gw_page_close(p);
		return -1;
	}
	return 0;
}

/* A NUL after the sniffed start is not text and would end a C string or
 * a field downstream: it becomes U+FFFD and counts as an invalid byte. */
static void no_nul(struct gw_page *p, const char **s, size_t *n)
{
	if (!memchr(*s, 0, *n))
		return;
	gw_buf_clear(&p->fix);
	for (size_t i = 0; i < *n; i++) {
		if ((*s)[i])
			gw_buf_addc(&p->fix, (*s)[i]);
		else {
			gw_buf_add(&p->fix, "\xEF\xBF\xBD", 3);
			p->dec.invalid++;
		}
	}
	*s = p->fix.p, *n = p->fix.len;
}

int gw_page_next(struct gw_page *p, const char **s, size_t *n)
{
	int r = gw_page_line(p, s, n);
	if (r)
		no_nul(p, s, n);
	return r;
}

static void record_too_long(struct gw_page *p, size_t line)
{
	gw_page_warn(p->name, line, "record longer than %zu bytes skipped (raise --max-record)",
	    gw_max_record);
}

static int gw_page_line(struct gw_page *p, const char **s, size_t *n)
{
	for (;;) {
		char *b = p->utf.p + p->pos;
		size_t avail = p->utf.len - p->pos;
		/* bytes before scan are known to hold no LF: a long line is
		 * searched once, not once per block */
		size_t from = p->scan > p->pos ? p->scan - p->pos : 0;
		char *nl = avail > from ? memchr(b + from, '\n', avail - from) : NULL;
		if (nl) {
			size_t len = (size_t)(nl - b);
			p->pos += len + 1;
			p->scan = p->pos;
			p->lineno++;
			p->unended = 0;
			if (p->skipping) {
				p->skipping = 0;
				continue;
			}
			/* wherever the line falls in the read blocks */
			if (len > gw_max_record && !p->html) {
				record_too_long(p, p->lineno);
				continue;
			}
			*s = b, *n = len;
			return 1;
		}
		if (avail > gw_max_record || (p->skipping && avail)) {
			if (!p->skipping)
				record_too_long(p, p->lineno + 1);
			p->skipping = 1;
			p->pos = p->scan = p->utf.len;
			avail = 0;
		}
		if (p->eof || p->html) {
			if (avail == 0)
				return 0;
			p->lineno++;
			p->pos = p->scan = p->utf.len;
			p->unended = 1;
			*s = b, *n = avail;
			return 1;
		}
		if (p->pos) {   /* keep the unfinished line at the start */
			memmove(p->utf.p, b, avail);
			p->utf.len = avail;
			p->pos = 0;
		}
		p->scan = p->utf.len;
		size_t got = readfull(p, p->raw, BLOCK);
		gw_decoder_feed(&p->dec, p->raw, got, p->eof, &p->utf);
	}
}

void gw_page_close(struct gw_page *p)
{
	if (p->dec.misfit)
		gw_page_warn(p->name, 0, "the block at byte offset %zu does not read as %s, the encoding "
		    "decided on the text before it (convert with -f or iconv)", p->dec.misfit - 1, p->dec.from);
	if (p->dec.invalid)
		gw_page_warn(p->name, 0, "%zu invalid bytes replaced", p->dec.invalid);
	gw_decoder_close(&p->dec);
	if (p->fd > 0)
		close(p->fd);
	p->fd = -1;
	free(p->raw);
	p->raw = NULL;
	gw_buf_free(&p->utf);
	gw_buf_free(&p->title);
	gw_buf_free(&p->headline);
	gw_buf_free(&p->fix);
}
