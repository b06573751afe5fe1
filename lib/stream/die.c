#include "die.h"
#include "core/alloc.h"
#include "core/datafile.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static void oom_exit(size_t n);

const char *gw_prog = "gongwen";
const char *gw_argv0;
int gw_status = GW_OK;

void gw_init(const char *argv0)
{
	const char *s = argv0 ? strrchr(argv0, '/') : NULL;
	gw_argv0 = argv0;
	gw_set_program(argv0);
	gw_set_oom_handler(oom_exit);
	gw_prog = s ? s + 1 : (argv0 ? argv0 : gw_prog);
	/* A closed pipe (| head) must end us quietly, whatever the parent set. */
	signal(SIGPIPE, SIG_DFL);
}

/* A file name on standard error, escaped as the doc column is (\t \n
 * \r \\) and other control bytes as \xHH: a name holding a LF must
 * not end the message and start a line that looks like another one. */
static void put_name(const char *file)
{
	for (const unsigned char *c = (const unsigned char *)file; *c; c++) {
		switch (*c) {
		case '\t': fputs("\\t", stderr); break;
		case '\n': fputs("\\n", stderr); break;
		case '\r': fputs("\\r", stderr); break;
		case '\\': fputs("\\\\", stderr); break;
		default:
			if (*c < 0x20 || *c == 0x7F)
				fprintf(stderr, "\\x%02X", *c);
			else
				fputc(*c, stderr);
		}
	}
}

static void vwarn(const char *file, size_t line, const char *fmt, va_list ap)
{
	fflush(stdout);
	fprintf(stderr, "%s: ", gw_prog);
	if (file) {
		put_name(file);
		if (line)
			fprintf(stderr, ":%zu", line);
		fputs(": ", stderr);
	}
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void gw_warn(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vwarn(NULL, 0, fmt, ap);
	va_end(ap);
}

void gw_warn_input(const char *file, size_t line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vwarn(file, line, fmt, ap);
	va_end(ap);
	if (gw_status < GW_SOMEBAD)
		gw_status = GW_SOMEBAD;
}

void gw_die(int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vwarn(NULL, 0, fmt, ap);
	va_end(ap);
	exit(status);
}

/* Out of memory ends a tool as any fatal error does (exit 2). */
static void oom_exit(size_t n)
{
	gw_die(GW_USAGE, "out of memory (%zu bytes)", n);
}

size_t gw_parse_size(const char *s)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s)
		return 0;
	unsigned shift = 0;
	switch (*end) {
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	}
	if (*end == 'B' || *end == 'b')
		end++;
	if (*end || v == 0 || v > (~0ULL >> (shift + 1)))
		return 0;
	return (size_t)(v << shift);
}

static void (*exit_flush)(void);

void gw_set_exit_flush(void (*fn)(void)) { exit_flush = fn; }

void gw_exit(void)
{
	if (exit_flush)
		exit_flush();  /* rows first: a tool's last act is this call */
	if (fflush(stdout) != 0 || ferror(stdout)) {
		int e = errno;
		if (e == EPIPE)
			exit(gw_status);
		fprintf(stderr, "%s: write error: %s\n", gw_prog, strerror(e));
		exit(GW_USAGE);
	}
	exit(gw_status);
}
