#include "lines.h"
#include "die.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

size_t gw_max_record = GW_MAX_RECORD_DEFAULT;

/* The read size: 256 kB, half the system calls of 128 kB (each dear on
 * a paravirtual machine), and still in a core's L2 cache. The fuzz
 * targets build with a tiny block so that short inputs cross every
 * refill, move and grow path of the buffer. */
#ifndef GW_LINES_BLOCK
#define GW_LINES_BLOCK (256 << 10)
#endif
enum { BLOCK = GW_LINES_BLOCK };

/* Byte ranges of a regular file on stdin, given by gw-cuts --run in
 * GW_INPUT_RANGES ("START:END,..."): the stream's header and one piece,
 * read here with pread instead of through a feeder's pipe, which on a
 * fast tool costs about as much CPU as the tool's own work. Taken once,
 * by the first reader of stdin, and removed from the environment. */
static int take_ranges(struct gw_lines *r)
{
	const char *v = getenv("GW_INPUT_RANGES");
	struct stat st;
	if (!v || fstat(r->fd, &st) != 0 || !S_ISREG(st.st_mode))
		return 0;
	size_t n = 0;
	for (const char *p = v; *p;) {
		char *e;
		unsigned long long a = strtoull(p, &e, 10), b;
		if (*e != ':' || n == GW_LINES_RANGES)
			return 0;
		b = strtoull(e + 1, &e, 10);
		if ((*e != ',' && *e != '\0') || b < a)
			return 0;
		r->range[n][0] = a;
		r->range[n][1] = b;
		n++;
		p = *e ? e + 1 : e;
	}
	r->nranges = n;
	r->ranged = 1;
	unsetenv("GW_INPUT_RANGES");
	return 1;
}

void gw_lines_fdopen(struct gw_lines *r, int fd, const char *name, size_t max)
{
	memset(r, 0, sizeof *r);
	r->fd = fd;
	r->name = name;
	r->max = max ? max : gw_max_record;
	r->cap = BLOCK * 2;
	r->buf = gw_xmalloc(r->cap);
	if (fd == 0)
		take_ranges(r);
}

/* read(2), or the next bytes of the ranges. */
static ssize_t read_some(struct gw_lines *r, char *to, size_t n)
{
	if (!r->ranged)
		return read(r->fd, to, n);
	while (r->cur < r->nranges && r->range[r->cur][0] >= r->range[r->cur][1])
		r->cur++;
	if (r->cur == r->nranges)
		return 0;
	unsigned long long *g = r->range[r->cur];
	if (n > g[1] - g[0])
		n = (size_t)(g[1] - g[0]);
	ssize_t got = pread(r->fd, to, n, (off_t)g[0]);
	if (got > 0)
		g[0] += (unsigned long long)got;
	else if (got == 0)
		g[0] = g[1];   /* the file is shorter than said: the range ends */
	return got;
}

int gw_lines_open(struct gw_lines *r, const char *path, size_t max)
{
	int fd = 0;
	if (strcmp(path, "-") != 0) {
		fd = open(path, O_RDONLY);
		/* A directory opens fine and fails at the first read; say so
		 * up front, as cat and grep do, not as a read error at line 1. */
		struct stat st;
		if (fd >= 0 && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
			close(fd);
			fd = -1;
			errno = EISDIR;
		}
		if (fd < 0) {
			memset(r, 0, sizeof *r);
			gw_warn_input(path, 0, "%s", strerror(errno));
			return -1;
		}
	}
	gw_lines_fdopen(r, fd, path, max);
	return 0;
}

void gw_lines_close(struct gw_lines *r)
{
	if (r->fd > 0)
		close(r->fd);
	free(r->buf);
	r->buf = NULL;
	r->fd = -1;
}

/* Read more after end; returns bytes read, 0 at EOF or error. */
static size_t fill(struct gw_lines *r)
{
	if (r->eof)
		return 0;
	if (r->cap - r->end < BLOCK) {
		if (r->pos > 0) {
			memmove(r->buf, r->buf + r->pos, r->end - r->pos);
			r->end -= r->pos;
			r->pos = 0;
		}
		if (r->cap - r->end < BLOCK) {
			r->cap *= 2;
			r->buf = gw_xrealloc(r->buf, r->cap);
		}
	}
	for (;;) {
		ssize_t n = read_some(r, r->buf + r->end, r->cap - r->end);
		if (n > 0) {
			r->end += (size_t)n;
			return (size_t)n;
		}
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			gw_warn_input(r->name, r->lineno + 1, "read error: %s", strerror(errno));
			r->err = 1;
		}
		r->eof = 1;
		return 0;
	}
}

/* Drop the rest of an over-long record without keeping it. */
static void skip_record(struct gw_lines *r)
{
	for (;;) {
		char *nl = memchr(r->buf + r->pos, '\n', r->end - r->pos);
		if (nl) {
			r->pos = (size_t)(nl - r->buf) + 1;
			return;
		}
		r->pos = r->end = 0;
		if (!fill(r))
			return;
	}
}

int gw_lines_next(struct gw_lines *r, const char **line, size_t *len)
{
	size_t scanned = r->pos;
	for (;;) {
		char *nl = memchr(r->buf + scanned, '\n', r->end - scanned);
		if (nl) {
			*line = r->buf + r->pos;
			*len = (size_t)(nl - *line);
			r->pos = (size_t)(nl - r->buf) + 1;
			r->lineno++;
			r->noeol = 0;
			if (*len <= r->max)
				return 1;
			r->skipped++;
			gw_warn_input(r->name, r->lineno,
			    "record longer than %zu bytes skipped (raise --max-record)", r->max);
			scanned = r->pos;
			continue;
		}
		scanned = r->end;
		if (r->end - r->pos > r->max) {
			r->lineno++;
			skip_record(r);
			r->skipped++;
			gw_warn_input(r->name, r->lineno,
			    "record longer than %zu bytes skipped (raise --max-record)", r->max);
			scanned = r->pos;
			continue;
		}
		size_t off = r->pos;
		if (!fill(r)) {
			if (r->end > r->pos) {
				*line = r->buf + r->pos;
				*len = r->end - r->pos;
				r->pos = r->end;
				r->lineno++;
				r->noeol = 1;
				return 1;
			}
			return 0;
		}
		/* fill() may have moved the data to the front. */
		scanned -= off - r->pos;
	}
}
