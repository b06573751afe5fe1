/* Line reader: big read(2) blocks, record ends found with memchr, lines
 * handed out as views into one buffer. Memory is bounded by the record
 * limit whatever the input size; a longer record is reported with its
 * location and skipped, never buffered whole. */
#ifndef GW_LINES_H
#define GW_LINES_H
#include <stddef.h>

#define GW_MAX_RECORD_DEFAULT ((size_t)64 << 20)

#define GW_LINES_RANGES 4

struct gw_lines {
	const char *name;   /* for messages: the path as given, or "-" */
	int fd;
	char *buf;
	size_t cap, pos, end;
	size_t lineno;      /* number of the line last returned, from 1 */
	size_t max;         /* record limit in bytes */
	size_t skipped;     /* records dropped for being too long */
	int eof, err;
	int noeol;          /* last line returned had no final LF */
	/* stdin read as byte ranges of a file (GW_INPUT_RANGES, set by
	 * gw-cuts --run): [start, end) each, in order */
	int ranged;
	size_t nranges, cur;
	unsigned long long range[GW_LINES_RANGES][2];
};

/* Open path ("-" is stdin). On failure reports "prog: path: reason",
 * sets the exit status to 1 and returns -1. */
int gw_lines_open(struct gw_lines *r, const char *path, size_t max);
/* Read the whole of an already open descriptor. */
void gw_lines_fdopen(struct gw_lines *r, int fd, const char *name, size_t max);
/* Next line without its LF (a CR before the LF is kept: the caller
 * decides). 1 = a line, 0 = end of input (or a read error, reported). */
int gw_lines_next(struct gw_lines *r, const char **line, size_t *len);
void gw_lines_close(struct gw_lines *r);

/* Set from --max-record; shared by every tool. */
extern size_t gw_max_record;
#endif
