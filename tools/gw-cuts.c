/* gw-cuts: where a gongwen stream may be cut for parallel runs, found at
 * C speed. Every tool's state is per document (gongwen(7)), so a piece
 * that starts where doc changes, given the stream's header, runs alone
 * and gives the rows the whole stream would. Only a change of doc between
 * two well-formed records (as many fields as the header) counts: a raw LF
 * inside a field makes a line whose first field looks like a new doc, and
 * cutting there would split that document. Not cutting is always safe. */
#include "stream/die.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const char usage[] =
    "Usage: gw-cuts [-n PIECES | -b SIZE] FILE\n"
    "  or:  gw-cuts --mark [FILE]\n"
    "  or:  gw-cuts --run [-j N] [-n PIECES | -b SIZE] [-N] -a FILE COMMAND [ARG]...\n"
    "  or:  gw-cuts --run [-j N] [-n PIECES] [-N] COMMAND [ARG]... ::: FILE...\n"
    "Find where a gongwen stream may be cut: only where doc changes between\n"
    "two well-formed records. Prints one line per piece: START LENGTH LINE\n"
    "(byte offset, byte count, line number of its first record), TAB-separated;\n"
    "the first piece starts after the header (at 0 if there is no doc column).\n"
    "\n"
    "  -n, --pieces=N   about N pieces of equal size (default 2)\n"
    "  -b, --block=SIZE pieces of about SIZE bytes (k, M, G suffixes)\n"
    "  -m, --mark       copy the stream (FILE or stdin) to stdout with a line of one\n"
    "                   RS byte (octal 036) before each record where doc changes\n"
    "  -r, --run        run COMMAND on each piece, N at a time, and write the outputs\n"
    "                   in order: the header and the piece on its stdin (-a FILE), or\n"
    "                   the piece's files as its last operands (::: FILE...)\n"
    "  -j, --jobs=N     with --run: N at a time (default: the number of cores)\n"
    "  -a FILE          with --run: the stream, a regular file (- : stdin, read\n"
    "                   from its start); default pieces: one a job\n"
    "  -N, --no-header  with --run: write no header line\n"
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

static int list_fd;   /* the listing's file, for its LINE column */

static size_t count_lines(int fd, unsigned long long to);

static void print_piece(unsigned long long start, unsigned long long len, size_t line)
{
	(void)line;
	printf("%llu\t%llu\t%zu\n", start, len, count_lines(list_fd, start) + 1);
}

/* --run collects the pieces instead of printing them. */
struct piece {
	unsigned long long start, len;
	size_t line;
	char **files;     /* files mode: this piece's operands */
	int nfiles;
};
static struct piece *pieces;
static size_t npieces, cappieces;
static int collecting;

static struct piece *add_piece(void)
{
	if (npieces == cappieces) {
		cappieces = cappieces ? 2 * cappieces : 64;
		pieces = gw_xrealloc(pieces, cappieces * sizeof *pieces);
	}
	struct piece *p = &pieces[npieces++];
	memset(p, 0, sizeof *p);
	return p;
}

static void on_piece(unsigned long long start, unsigned long long len, size_t line)
{
	if (!collecting) {
		print_piece(start, len, line);
		return;
	}
	struct piece *p = add_piece();
	p->start = start;
	p->len = len;
	p->line = line;
}

/* Put the scanner at byte offset `at` of the file, its buffer empty: the
 * cuts are looked for near evenly spaced offsets, never by reading all
 * that comes before them. */
static void seek_to(struct scan *s, unsigned long long at)
{
	if (lseek(s->fd, (off_t)at, SEEK_SET) < 0)
		gw_die(2, "%s: cannot seek: %s", s->name, strerror(errno));
	s->pos = s->end = 0;
	s->off = at;
}

/* The first cut at or after offset `from`: the start of the first record
 * whose doc differs from the well-formed record before it, the line at
 * `from` itself left out (it may be the tail of a line). `size` if none. */
static unsigned long long next_cut(struct scan *s, unsigned long long from, unsigned long long size)
{
	static struct rec a, b;
	struct rec *prev = &a, *cur = &b;
	seek_to(s, from);
	skip_line(s);
	if (!next_rec(s, prev, NULL))
		return size;
	unsigned long long at = s->off;
	while (next_rec(s, cur, NULL)) {
		if (doc_changes(s, prev, cur))
			return at;
		struct rec *t = prev;
		prev = cur;
		cur = t;
		at = s->off;
	}
	return size;
}

/* Lines that end before byte offset `to`: the line number of a piece's
 * first record, minus one. Only asked for when it is shown (the listing,
 * or a message from a piece), so a run never reads the whole file for it. */
static size_t count_lines(int fd, unsigned long long to)
{
	static char buf[BLOCK];
	static unsigned long long off;   /* counted so far: asked in order */
	static size_t n;
	if (to < off)
		off = n = 0;
	while (off < to) {
		ssize_t r = pread(fd, buf, to - off < BLOCK ? (size_t)(to - off) : BLOCK, (off_t)off);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		for (const char *p = buf, *e = buf + r; (p = memchr(p, '\n', (size_t)(e - p))) != NULL; p++)
			n++;
		off += (unsigned long long)r;
	}
	return n;
}

/* The pieces of a file of `size` bytes, each cut a short scan forward
 * from a seek: from every `block` bytes of the file (even: -n, pieces of
 * about equal size), or from `block` bytes after the last cut (-b, no
 * piece shorter than block but the last). */
static void cuts(struct scan *s, unsigned long long size, unsigned long long block, int even)
{
	static struct rec hdr;
	read_header(s, &hdr, NULL);
	unsigned long long start = s->off, from = start;
	if (s->col >= 0) {
		for (;;) {
			from = even ? from + block : start + block;
			if (from >= size)
				break;
			unsigned long long at = next_cut(s, from, size);
			if (at >= size)
				break;
			on_piece(start, at - start, 0);
			start = at;
			while (even && from + block <= at)
				from += block;   /* a long document took the next offsets */
		}
	}
	on_piece(start, size - start, 0);
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

/* ---- --run: the pieces run here, at most `jobs` at a time, outputs
 * written in order. GNU parallel does the same for the pipe and spends
 * about half a CPU-second of Perl starting; on a stream that one core
 * reads in a second that start-up is the whole gain of a second core. */

struct job {
	pid_t tool, feeder;
	int out, err;          /* temporary files, or -1 */
	int status;            /* the tool's, once ended */
	int ended;             /* the tool has been waited for */
	off_t sent;            /* bytes of out already copied to stdout */
	unsigned long long mem;   /* input bytes counted in mem_held */
};

/* A piece's output that waits while the pieces before it are written
 * goes to memory (memfd: no file system, no write-back to a disk) while
 * the pieces so held have at most MEM_OUTPUT bytes of input in all,
 * else to a file in TMPDIR. */
#define MEM_OUTPUT (1ull << 30)
static unsigned long long mem_held;

static int tmpfd(void)
{
	const char *dir = getenv("TMPDIR");
	char path[4096];
	snprintf(path, sizeof path, "%s/gw-cuts.XXXXXX", dir && *dir ? dir : "/tmp");
	int fd = mkostemp(path, O_CLOEXEC);
	if (fd < 0)
		gw_die(2, "%s: %s", path, strerror(errno));
	unlink(path);
	return fd;
}

static void write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return;   /* the reader went away: the caller finds out */
		p += w;
		n -= (size_t)w;
	}
}

/* The feeder: the header, then the piece's bytes of the file, into fd. */
static void feed(int fd, int src, const char *hdr, size_t hdrlen, const struct piece *p)
{
	static char buf[BLOCK];
	write_all(fd, hdr, hdrlen);
	unsigned long long off = p->start, left = p->len;
	/* in the kernel where it can (no copy through this process) */
	while (left > 0) {
		off_t o = (off_t)off;
		ssize_t r = sendfile(fd, src, &o, left < (1u << 30) ? left : (1u << 30));
		if (r <= 0)
			break;
		off += (unsigned long long)r;
		left -= (unsigned long long)r;
	}
	while (left > 0) {
		ssize_t r = pread(src, buf, left < BLOCK ? left : BLOCK, (off_t)off);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		write_all(fd, buf, (size_t)r);
		off += (unsigned long long)r;
		left -= (unsigned long long)r;
	}
	_exit(0);
}

struct runspec {
	char **cmd; int ncmd;
	int gw;                /* the command is a gongwen tool: give it -N */
	int inplace;           /* ... that reads stdin with the stream reader */
	int nohdr;             /* -N: no header line in the output */
	const char *file;      /* range mode: the stream */
	int src;
	char *hdr; size_t hdrlen;
};

static int outfd(const struct piece *p, unsigned long long *mem)
{
	int fd = mem_held + p->len <= MEM_OUTPUT ? memfd_create("gw-cuts", MFD_CLOEXEC) : -1;
	if (fd < 0)
		return tmpfd();
	mem_held += p->len;
	*mem = p->len;
	return fd;
}

/* A child's end wakes the loop through a pipe: the SIGCHLD handler writes
 * a byte to it, and a byte written before the loop polls stays there, so
 * no end is missed. (A pidfd would do the same, but only on newer kernels,
 * and valgrind does not know the call.) */
static int chld[2] = {-1, -1};

static void on_chld(int sig)
{
	int e = errno;
	(void)sig;
	if (write(chld[1], "", 1) < 0) {
		/* the pipe is full: a wake-up is pending anyway */
	}
	errno = e;
}

static void watch_children(int on)
{
	struct sigaction sa = {.sa_handler = on ? on_chld : SIG_DFL, .sa_flags = SA_RESTART | SA_NOCLDSTOP};
	if (on && chld[0] < 0 && pipe2(chld, O_CLOEXEC | O_NONBLOCK) < 0)
		gw_die(2, "pipe: %s", strerror(errno));
	sigemptyset(&sa.sa_mask);
	sigaction(SIGCHLD, &sa, NULL);
}

/* Start piece i: the tool with its stdout (and stderr) in temporary
 * files, its stdin a pipe from a feeder (range mode) or /dev/null. */
static struct job start_piece(const struct runspec *rs, size_t i)
{
	const struct piece *p = &pieces[i];
	/* The first piece, when its output needs no cut, writes straight
	 * to stdout: half the copying saved, and its rows come at once. */
	int direct = i == 0 && (rs->gw || !rs->nohdr);
	struct job j = {.out = -1, .err = tmpfd()};
	if (!direct)
		j.out = outfd(p, &j.mem);
	int in[2] = {-1, -1};
	/* A gongwen tool reads its ranges of the file itself (pread, see
	 * GW_INPUT_RANGES in lines.c): no feeder, no pipe. */
	int ranged = rs->file && rs->inplace;
	if (rs->file && !ranged && pipe2(in, O_CLOEXEC) != 0)
		gw_die(2, "pipe: %s", strerror(errno));
	/* A big pipe: fewer switches between feeder and tool, which on a
	 * fast tool cost as much CPU as the tool's own work. */
	if (rs->file && !ranged)
		(void)fcntl(in[1], F_SETPIPE_SZ, 1 << 20);
	char **argv = gw_xmalloc((size_t)(rs->ncmd + p->nfiles + 2) * sizeof *argv);
	int n = 0;
	argv[n++] = rs->cmd[0];
	if (rs->gw && (i > 0 || rs->nohdr))
		argv[n++] = "-N";
	for (int k = 1; k < rs->ncmd; k++)
		argv[n++] = rs->cmd[k];
	for (int k = 0; k < p->nfiles; k++)
		argv[n++] = p->files[k];
	argv[n] = NULL;
	fflush(NULL);
	if ((j.tool = fork()) < 0)
		gw_die(2, "fork: %s", strerror(errno));
	if (j.tool == 0) {
		signal(SIGPIPE, SIG_DFL);
		if (ranged) {
			char v[128];
			int fd = rs->src == 0 ? 0 : open(rs->file, O_RDONLY);
			snprintf(v, sizeof v, "0:%zu,%llu:%llu", rs->hdrlen, p->start, p->start + p->len);
			setenv("GW_INPUT_RANGES", v, 1);
			if (fd < 0 || dup2(fd, 0) < 0) {
				free(argv);
				_exit(127);
			}
		} else if (rs->file)
			dup2(in[0], 0);
		else {
			int nul = open("/dev/null", O_RDONLY);
			dup2(nul, 0);
		}
		if (j.out >= 0)
			dup2(j.out, 1);
		dup2(j.err, 2);
		execvp(argv[0], argv);
		dprintf(2, "%s: %s: %s\n", gw_prog, argv[0], strerror(errno));
		free(argv);  /* the child's copy: leak checkers see this exit */
		_exit(127);
	}
	free(argv);
	if (rs->file && !ranged) {
		if ((j.feeder = fork()) < 0)
			gw_die(2, "fork: %s", strerror(errno));
		if (j.feeder == 0) {
			close(in[0]);
			feed(in[1], rs->src, rs->hdr, rs->hdrlen, p);
		}
		close(in[0]);
		close(in[1]);
	}
	return j;
}

/* Copy fd from offset off to out; skip its first line if asked. 0 when
 * out cannot be written. */
static int copy_out(int fd, int out, int skip_first, off_t off)
{
	static char buf[BLOCK];
	ssize_t r;
	if (fd < 0)
		return 1;   /* written straight to stdout */
	while (!skip_first && (r = sendfile(out, fd, &off, 1u << 30)) != 0) {
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0 && errno == EPIPE)
			return 0;
		if (r < 0)
			break;   /* not on this kind of file: copy below */
	}
	while ((r = pread(fd, buf, BLOCK, off)) > 0) {
		off += r;
		char *p = buf;
		size_t n = (size_t)r;
		if (skip_first) {
			char *nl = memchr(p, '\n', n);
			if (!nl)
				continue;
			skip_first = 0;
			n -= (size_t)(nl + 1 - p);
			p = nl + 1;
		}
		while (n > 0) {
			ssize_t w = write(out, p, n);
			if (w < 0 && errno == EINTR)
				continue;
			if (w < 0)
				return 0;
			p += w;
			n -= (size_t)w;
		}
	}
	return 1;
}

/* Copy to stdout what a running piece has written since the last call,
 * at most `most` bytes: its rows reach the reader while it still works,
 * and when it ends only its last bytes are left to copy. 1: copied all
 * there was or `most`; 0: stdout cannot be written; -1: stdout is of a
 * kind sendfile cannot write (then the piece is copied when it ends). */
static int follow(struct job *j, size_t most)
{
	while (most > 0) {
		ssize_t r = sendfile(1, j->out, &j->sent, most < (1u << 30) ? most : (1u << 30));
		if (r > 0) {
			most -= (size_t)r;
			continue;
		}
		if (r == 0)
			return 1;
		if (errno == EINTR)
			continue;
		return errno == EPIPE ? 0 : -1;
	}
	return 1;
}

/* The piece's messages, "-:K:" made "FILE:N:" with N the line in the
 * whole file (K = 1 is the header, line 1). */
static void copy_messages(const struct runspec *rs, const struct piece *p, int fd)
{
	FILE *f = fdopen(fd, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	if (!f)
		return;
	rewind(f);
	while ((n = getline(&line, &cap, f)) > 0) {
		char *at = rs->file ? strstr(line, ": -:") : NULL;
		char *end;
		unsigned long k = at ? strtoul(at + 4, &end, 10) : 0;
		if (at && k > 0 && *end == ':' && !memchr(line, ' ', (size_t)(at - line))) {
			size_t h = rs->hdrlen > 0;
			if (p->line == 0)
				((struct piece *)p)->line = count_lines(rs->src, p->start) + 1;
			size_t lineno = h && k == 1 ? 1 : p->line + k - 1 - h;
			fprintf(stderr, "%.*s: %s:%zu%s", (int)(at - line), line, rs->file, lineno, end);
		} else
			fputs(line, stderr);
	}
	free(line);
	fclose(f);
	fflush(stderr);
}

static int job_status(pid_t pid)
{
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return 2;
	if (WIFEXITED(st))
		return WEXITSTATUS(st) > 2 ? 2 : WEXITSTATUS(st);
	return 2;
}

static void stop_jobs(struct job *jobs, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++) {
		if (!jobs[i].ended)
			kill(jobs[i].tool, SIGTERM);
		if (jobs[i].feeder > 0)
			kill(jobs[i].feeder, SIGTERM);
	}
}

/* Wait until a running piece ends or `ms` milliseconds pass (-1: no
 * limit); mark the ended ones. Returns how many ended. */
static size_t reap(struct job *jobs, size_t from, size_t to, int ms)
{
	struct pollfd fd = {.fd = chld[0], .events = POLLIN};
	size_t ended = 0;
	char drain[64];
	(void)poll(&fd, 1, ms);   /* EINTR or a failure: the waitpid below tells */
	while (read(chld[0], drain, sizeof drain) > 0)
		;
	for (size_t i = from; i < to; i++) {
		int st;
		if (jobs[i].ended || waitpid(jobs[i].tool, &st, WNOHANG) != jobs[i].tool)
			continue;
		jobs[i].ended = 1;
		jobs[i].status = WIFEXITED(st) ? (WEXITSTATUS(st) > 2 ? 2 : WEXITSTATUS(st)) : 2;
		ended++;
	}
	return ended;
}

/* The piece at the head has ended: the rest of its output, its
 * messages. 0 when stdout cannot be written. */
static int finish(const struct runspec *rs, struct job *j, size_t i, int cut, int follows)
{
	if (j->feeder > 0)
		job_status(j->feeder);
	int ok = 1;
	if (j->out >= 0) {
		if (follows && !cut)
			ok = follow(j, (size_t)-1) != 0;
		if (ok)   /* what is left: all of it when not followed */
			ok = copy_out(j->out, 1, cut, j->sent);
		close(j->out);
		mem_held -= j->mem;
	}
	copy_messages(rs, &pieces[i], j->err);
	return ok;
}

/* Run the pieces, `maxjobs` at a time, a new one as soon as any ends;
 * write their outputs in order, the head piece's while it runs. */
static int run_all(const struct runspec *rs, unsigned long long maxjobs)
{
	struct job *jobs = gw_xmalloc((npieces ? npieces : 1) * sizeof *jobs);
	size_t next = 0, head = 0, running = 0;
	int worst = 0, follows = 1;
	signal(SIGPIPE, SIG_IGN);   /* a closed stdout is seen as EPIPE */
	watch_children(1);
	while (head < npieces) {
		/* no further ahead of the head than twice the jobs: the
		 * outputs that wait are held */
		while (next < npieces && running < maxjobs && next - head < 2 * maxjobs) {
			jobs[next] = start_piece(rs, next);
			next++;
			running++;
		}
		struct job *h = &jobs[head];
		int cut = !rs->gw && (head > 0 || rs->nohdr);
		if (h->ended) {
			if (h->status > worst)
				worst = h->status;
			if (!finish(rs, h, head, cut, follows))
				goto broken;
			head++;
			continue;
		}
		int ms = -1;
		if (h->out >= 0 && !cut && follows) {
			off_t was = h->sent;
			int r = follow(h, BLOCK);
			if (r == 0)
				goto broken;
			if (r < 0)
				follows = 0;
			else
				ms = h->sent - was == BLOCK ? 0 : 2;
		}
		running -= reap(jobs, head, next, ms);
	}
	watch_children(0);
	free(jobs);
	return worst;
broken:
	watch_children(0);
	stop_jobs(jobs, head + 1, next);
	free(jobs);
	signal(SIGPIPE, SIG_DFL);
	raise(SIGPIPE);
	return 2;
}

/* Files mode: the operands in order, in groups of about equal bytes. */
static void file_pieces(char **files, int n, unsigned long long groups)
{
	unsigned long long total = 0;
	struct stat st;
	for (int i = 0; i < n; i++)
		total += stat(files[i], &st) == 0 ? (unsigned long long)st.st_size : 1;
	unsigned long long want = total / (groups ? groups : 1) + 1, have = 0;
	struct piece *p = NULL;
	for (int i = 0; i < n; i++) {
		if (!p || have >= want) {
			p = add_piece();
			p->files = files + i;
			have = 0;
		}
		p->nfiles++;
		have += stat(files[i], &st) == 0 ? (unsigned long long)st.st_size : 1;
		p->len = have;   /* for the choice of where its output waits */
	}
}

static int run_mode(const char *file, char **args, int nargs, unsigned long long pieces_wanted,
		    unsigned long long block, unsigned long long maxjobs, int nohdr)
{
	struct runspec rs = {.cmd = args, .ncmd = nargs, .nohdr = nohdr, .src = -1};
	for (int i = 0; i < nargs; i++)
		if (strcmp(args[i], ":::") == 0) {
			rs.ncmd = i;
			break;
		}
	if (rs.ncmd == 0)
		gw_die(2, "--run: no command");
	const char *base = strrchr(rs.cmd[0], '/');
	rs.gw = strncmp(base ? base + 1 : rs.cmd[0], "gw-", 3) == 0;
	/* gw-strip reads pages, not through the stream reader: it would
	 * read the whole file, so it gets its piece through a pipe */
	rs.inplace = rs.gw && strcmp(base ? base + 1 : rs.cmd[0], "gw-strip") != 0;
	collecting = 1;
	if (rs.ncmd < nargs) {
		if (nargs - rs.ncmd - 1 == 0)
			gw_die(2, "no files after :::");
		file_pieces(args + rs.ncmd + 1, nargs - rs.ncmd - 1, pieces_wanted);
		return run_all(&rs, maxjobs);
	}
	if (!file)
		gw_die(2, "--run needs -a FILE or ::: FILE...");
	struct scan s = {.name = file, .col = -1};
	struct stat st;
	/* "-": stdin, when it is a regular file read from its start (the
	 * pieces' messages then say "-", as the sequential run's do) */
	s.fd = strcmp(file, "-") == 0 ? 0 : open(file, O_RDONLY);
	if (s.fd < 0)
		gw_die(2, "%s: %s", file, strerror(errno));
	if (s.fd == 0 && lseek(0, 0, SEEK_CUR) != 0)
		gw_die(2, "-: not read from its start: give the stream on a pipe");
	if (fstat(s.fd, &st) != 0 || !S_ISREG(st.st_mode))
		gw_die(2, "%s: not a regular file (a pipe: see gw-parallel(1))", file);
	s.buf = gw_xmalloc(BLOCK);
	unsigned long long size = (unsigned long long)st.st_size;
	cuts(&s, size, block ? block : size / pieces_wanted + 1, !block);
	rs.file = file;
	rs.src = s.fd;
	rs.hdrlen = npieces ? (size_t)pieces[0].start : 0;
	rs.hdr = gw_xmalloc(rs.hdrlen + 1);
	if (pread(s.fd, rs.hdr, rs.hdrlen, 0) != (ssize_t)rs.hdrlen)
		gw_die(2, "%s: read error", file);
	int rc = run_all(&rs, maxjobs);
	free(rs.hdr);
	free(s.buf);
	close(s.fd);
	return rc;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"pieces", required_argument, NULL, 'n'},
		{"block", required_argument, NULL, 'b'},
		{"mark", no_argument, NULL, 'm'},
		{"run", no_argument, NULL, 'r'},
		{"jobs", required_argument, NULL, 'j'},
		{"no-header", no_argument, NULL, 'N'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0}};
	unsigned long long pieces = 0, block = 0, jobs = 0;
	int c, marking = 0, running = 0, nohdr = 0;
	const char *afile = NULL;
	gw_init(argv[0]);
	/* "+": options end at the first operand, so that a command's own
	 * options after it are left to the command */
	while ((c = getopt_long(argc, argv, "+n:b:mrj:Na:hV", longopts, NULL)) != -1) {
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
		case 'r': running = 1; break;
		case 'N': nohdr = 1; break;
		case 'a': afile = optarg; break;
		case 'j': {
			char *e;
			jobs = strtoull(optarg, &e, 10);
			if (*e || jobs == 0)
				gw_die(2, "-j: not a positive number: %s", optarg);
			break;
		}
		case 'h': fputs(usage, stdout); exit(0);
		case 'V': puts("gw-cuts " GW_VERSION); exit(0);
		default: fputs("Try 'gw-cuts --help' for more information.\n", stderr); exit(2);
		}
	}
	if (running) {
		if (!jobs) {
			long n = sysconf(_SC_NPROCESSORS_ONLN);
			jobs = n > 0 ? (unsigned long long)n : 2;
		}
		exit(run_mode(afile, argv + optind, argc - optind, pieces ? pieces : jobs, block, jobs, nohdr));
	}
	if (!pieces)
		pieces = 2;
	if (argc - optind > 1 || (!marking && argc - optind != 1))
		gw_die(2, "%s", marking ? "--mark takes at most one FILE" : "one FILE is needed (a pipe cannot be cut by offsets: use --mark)");
	struct scan s = {.name = optind < argc ? argv[optind] : "-", .fd = 0, .col = -1};
	if (strcmp(s.name, "-") != 0 && (s.fd = open(s.name, O_RDONLY)) < 0)
		gw_die(1, "%s: %s", s.name, strerror(errno));
	s.buf = gw_xmalloc(BLOCK);
	if (marking) {
		mark(&s);
	} else {
		struct stat st;
		if (fstat(s.fd, &st) != 0 || !S_ISREG(st.st_mode))
			gw_die(2, "%s: not a regular file (a pipe cannot be cut by offsets: use --mark)", s.name);
		unsigned long long size = (unsigned long long)st.st_size;
		int even = !block;
		if (!block)
			block = size / pieces + 1;
		list_fd = s.fd;
		cuts(&s, size, block, even);
	}
	gw_exit();
}
