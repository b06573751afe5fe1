/* gw-cuts: where a gongwen stream may be cut for parallel runs, found at
 * C speed. Every tool's state is per document (gongwen(7)), so a piece
 * that starts where doc changes, given the stream's header, runs alone
 * and gives the rows the whole stream would. Only a change of doc between
 * two well-formed records (as many fields as the header) counts: a raw LF
 * inside a field makes a line whose first field looks like a new doc, and
 * cutting there would split that document. Not cutting is always safe. */
#include "die.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char usage[] =
    "Usage: gw-cuts [-n PIECES | -b SIZE] FILE\n"
    "  or:  gw-cuts --mark [FILE]\n"
    "Find where a gongwen stream may be cut: only where doc changes between\n"
    "two well-formed records. Prints one line per piece: START LENGTH LINE\n"
    "(byte offset, byte count, line number of its first record), TAB-separated;\n"
    "the first piece starts after the header (at 0 if there is no doc column).\n"
    "\n"
    "  -n, --pieces=N   about N pieces of equal size (default 2)\n"
    "  -b, --block=SIZE pieces of about SIZE bytes (k, M, G suffixes)\n"
    "  -m, --mark       copy the stream (FILE or stdin) to stdout with a line of one\n"
    "                   RS byte (octal 036) before each record where doc changes\n"
    "  -h, --help       display this help and exit\n"
    "  -V, --version    output version information and exit\n"
    "See gw-parallel(1).\n";

#define DOC_MAX 4096   /* longer doc ids compare equal: no cut, still safe */
#define BLOCK (1 << 20)

/* One line as the scanner sees it: field count and the doc field. */
struct rec {
	size_t tabs;
	size_t doclen;     /* bytes of doc seen (may exceed DOC_MAX) */
	char doc[DOC_MAX];
};

struct scan {
	const char *name;
	int fd;
	char *buf;
	size_t pos, end;
	unsigned long long off;   /* offset of buf[pos] in the input */
	size_t lineno;            /* lines ended before buf[pos] */
	int col;                  /* doc column from 0, -1 if none */
	size_t htabs;             /* TABs in the header */
};

static int fill(struct scan *s)
{
	if (s->pos < s->end)
		return 1;
	ssize_t n;
	do
		n = read(s->fd, s->buf, BLOCK);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		gw_die(1, "%s: read error: %s", s->name, strerror(errno));
	s->pos = 0;
	s->end = (size_t)n;
	return n > 0;
}

/* Read one line into r (doc field and TAB count only); the bytes are also
 * handed to emit if set. 0 at end of input. */
static int next_rec(struct scan *s, struct rec *r, void (*emit)(const char *, size_t))
{
	size_t field = 0;
	int any = 0;
	r->tabs = 0;
	r->doclen = 0;
	while (fill(s)) {
		any = 1;
		const char *p = s->buf + s->pos, *e = s->buf + s->end;
		const char *nl = memchr(p, '\n', (size_t)(e - p));
		const char *stop = nl ? nl : e;
		for (const char *q = p; q < stop;) {
			const char *t = memchr(q, '\t', (size_t)(stop - q));
			const char *fe = t ? t : stop;
			if ((int)field == s->col) {
				size_t n = (size_t)(fe - q);
				if (r->doclen < DOC_MAX)
					memcpy(r->doc + r->doclen, q, n < DOC_MAX - r->doclen ? n : DOC_MAX - r->doclen);
				r->doclen += n;
			}
			if (!t)
				break;
			r->tabs++;
			field++;
			q = t + 1;
		}
		size_t used = (size_t)(stop - p) + (nl != NULL);
		if (emit)
			emit(p, used);
		s->pos += used;
		s->off += used;
		if (nl) {
			s->lineno++;
			return 1;
		}
	}
	return any;
}

/* Skip to the start of the next line without looking at fields. */
static void skip_line(struct scan *s)
{
	while (fill(s)) {
		const char *p = s->buf + s->pos;
		const char *nl = memchr(p, '\n', s->end - s->pos);
		size_t used = nl ? (size_t)(nl - p) + 1 : s->end - s->pos;
		s->pos += used;
		s->off += used;
		if (nl) {
			s->lineno++;
			return;
		}
	}
}

/* Advance to offset target (or the end), counting lines on the way. */
static void skip_to(struct scan *s, unsigned long long target)
{
	while (s->off < target && fill(s)) {
		size_t avail = s->end - s->pos;
		if (target - s->off < avail)
			avail = (size_t)(target - s->off);
		const char *p = s->buf + s->pos, *e = p + avail;
		while ((p = memchr(p, '\n', (size_t)(e - p))) != NULL) {
			s->lineno++;
			p++;
		}
		s->pos += avail;
		s->off += avail;
	}
}

static int wellformed(const struct scan *s, const struct rec *r)
{
	return r->tabs == s->htabs && r->doclen <= DOC_MAX;
}

static int doc_changes(const struct scan *s, const struct rec *a, const struct rec *b)
{
	return wellformed(s, a) && wellformed(s, b) &&
	       (a->doclen != b->doclen || memcmp(a->doc, b->doc, a->doclen) != 0);
}

/* The header: its doc column and field count. Plain text (no header with
 * a doc column) is one document: col stays -1. */
static void read_header(struct scan *s, struct rec *r, void (*emit)(const char *, size_t))
{
	static char line[4096];
	size_t n = 0, tabs = 0;
	int col = -1, field = 0, bad = 0;
	char *start = line;
	if (!fill(s))
		return;
	/* Peek without consuming: a header fits in the first block. */
	const char *p = s->buf + s->pos;
	const char *nl = memchr(p, '\n', s->end - s->pos);
	if (!nl || (size_t)(nl - p) >= sizeof line)
		return;
	n = (size_t)(nl - p);
	memcpy(line, p, n);
	line[n] = '\0';
	for (char *q = line;; q++) {
		if (*q == '\t' || *q == '\0' || *q == '\r') {
			if (q - start == 3 && memcmp(start, "doc", 3) == 0)
				col = field;
			if (*q != '\t')
				break;
			tabs++;
			field++;
			start = q + 1;
		} else if (!((*q >= 'a' && *q <= 'z') || (*q >= '0' && *q <= '9') || *q == '_'))
			bad = 1;
	}
	if (bad || col < 0)
		return;
	s->col = col;
	s->htabs = tabs;
	next_rec(s, r, emit);
}

static void print_piece(unsigned long long start, unsigned long long len, size_t line)
{
	printf("%llu\t%llu\t%zu\n", start, len, line);
}

static void cuts(struct scan *s, unsigned long long size, unsigned long long block)
{
	static struct rec a, b;
	struct rec *prev = &a, *cur = &b;
	read_header(s, prev, NULL);
	unsigned long long start = s->off;
	size_t startline = s->lineno + 1;
	if (s->col >= 0) {
		for (;;) {
			skip_to(s, start + block);
			if (s->off >= size)
				break;
			skip_line(s);
			if (!next_rec(s, prev, NULL))
				break;
			unsigned long long at = s->off;
			size_t atline = s->lineno + 1;
			int found = 0;
			while (next_rec(s, cur, NULL)) {
				if (doc_changes(s, prev, cur)) {
					found = 1;
					break;
				}
				struct rec *t = prev;
				prev = cur;
				cur = t;
				at = s->off;
				atline = s->lineno + 1;
			}
			if (!found)
				break;
			print_piece(start, at - start, startline);
			start = at;
			startline = atline;
			/* cur is the first record of the new piece: scan from there */
			struct rec *t = prev;
			prev = cur;
			cur = t;
		}
	}
	print_piece(start, size - start, startline);
}

static void emit_out(const char *p, size_t n)
{
	if (fwrite(p, 1, n, stdout) != n)
		gw_exit();
}

/* Make the line at s->pos whole in the buffer (moving a partial line to
 * the front and reading more). Returns its length with the LF, 0 at the
 * end, or -1 if it is longer than the buffer. */
static long whole_line(struct scan *s)
{
	for (;;) {
		const char *p = s->buf + s->pos;
		const char *nl = memchr(p, '\n', s->end - s->pos);
		if (nl)
			return (long)(nl - p) + 1;
		size_t n = s->end - s->pos;
		if (n == BLOCK)
			return -1;
		memmove(s->buf, p, n);
		s->pos = 0;
		s->end = n;
		ssize_t r;
		do
			r = read(s->fd, s->buf + n, BLOCK - n);
		while (r < 0 && errno == EINTR);
		if (r < 0)
			gw_die(1, "%s: read error: %s", s->name, strerror(errno));
		s->end = n + (size_t)r;
		if (r == 0)
			return (long)n;
	}
}

/* Pipe mode: the stream copied, an RS line before each change of doc, so
 * that GNU parallel --pipe --recstart can cut there and only there. */
static void mark(struct scan *s)
{
	static struct rec a, b;
	struct rec *prev = &a, *cur = &b;
	read_header(s, prev, emit_out);
	if (s->col < 0) {
		while (fill(s)) {
			emit_out(s->buf + s->pos, s->end - s->pos);
			s->pos = s->end;
		}
		return;
	}
	next_rec(s, prev, emit_out);
	for (;;) {
		long n = whole_line(s);
		if (n == 0)
			break;
		if (n < 0) {
			/* longer than the buffer: copied, and never a cut */
			next_rec(s, cur, emit_out);
			cur->tabs = (size_t)-1;
		} else {
			/* decide on a copy of the scanner, then write the line */
			struct scan peek = *s;
			next_rec(&peek, cur, NULL);
			if (doc_changes(s, prev, cur))
				emit_out("\036\n", 2);
			emit_out(s->buf + s->pos, (size_t)n);
			*s = peek;
		}
		struct rec *t = prev;
		prev = cur;
		cur = t;
	}
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"pieces", required_argument, NULL, 'n'},
		{"block", required_argument, NULL, 'b'},
		{"mark", no_argument, NULL, 'm'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0}};
	unsigned long long pieces = 2, block = 0;
	int c, marking = 0;
	gw_init(argv[0]);
	while ((c = getopt_long(argc, argv, "n:b:mhV", longopts, NULL)) != -1) {
		switch (c) {
		case 'n': {
			char *e;
			pieces = strtoull(optarg, &e, 10);
			if (*e || pieces == 0)
				gw_die(2, "-n: not a positive number: %s", optarg);
			break;
		}
		case 'b':
			if (!(block = gw_parse_size(optarg)))
				gw_die(2, "-b: not a size: %s", optarg);
			break;
		case 'm': marking = 1; break;
		case 'h': fputs(usage, stdout); exit(0);
		case 'V': puts("gw-cuts " GW_VERSION); exit(0);
		default: fputs("Try 'gw-cuts --help' for more information.\n", stderr); exit(2);
		}
	}
	if (argc - optind > 1 || (!marking && argc - optind != 1))
		gw_die(2, "%s", marking ? "--mark takes at most one FILE" : "one FILE is needed (a pipe cannot be cut by offsets: use --mark)");
	struct scan s = {.name = optind < argc ? argv[optind] : "-", .fd = 0, .col = -1};
	if (strcmp(s.name, "-") != 0 && (s.fd = open(s.name, O_RDONLY)) < 0)
		gw_die(1, "%s: %s", s.name, strerror(errno));
	s.buf = xmalloc(BLOCK);
	if (marking) {
		mark(&s);
	} else {
		struct stat st;
		if (fstat(s.fd, &st) != 0 || !S_ISREG(st.st_mode))
			gw_die(2, "%s: not a regular file (a pipe cannot be cut by offsets: use --mark)", s.name);
		unsigned long long size = (unsigned long long)st.st_size;
		if (!block)
			block = size / pieces + 1;
		cuts(&s, size, block);
	}
	gw_exit();
}
