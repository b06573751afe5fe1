/* Options every tool shares (documented once in gongwen(7)), and the list
 * of inputs: files named on the command line, --files0-from, or stdin. */
#ifndef GW_CLI_H
#define GW_CLI_H
#include <getopt.h>
#include <stddef.h>

enum { GW_OPT_DOC = 0x100, GW_OPT_MAXREC, GW_OPT_FILES0 };

/* Spliced into each tool's struct option table. */
#define GW_COMMON_LONGOPTS \
	{"no-header", no_argument, NULL, 'N'}, \
	{"doc", required_argument, NULL, GW_OPT_DOC}, \
	{"max-record", required_argument, NULL, GW_OPT_MAXREC}, \
	{"files0-from", required_argument, NULL, GW_OPT_FILES0}, \
	{"help", no_argument, NULL, 'h'}, \
	{"version", no_argument, NULL, 'V'}
#define GW_COMMON_SHORTOPTS "NhV"
/* The --help lines for them, the same in every tool (gongwen(7)). */
#define GW_COMMON_HELP \
	"  -N, --no-header       do not write the header line\n" \
	"      --doc=NAME        doc id to write (default: the path as given, - for stdin)\n" \
	"      --max-record=SIZE longest record (for gw-strip also HTML page); default 64M\n" \
	"      --files0-from=F   read input names, NUL-separated, from F (- for stdin)\n" \
	"  -h, --help            display this help and exit\n" \
	"  -V, --version         output version information and exit\n"

struct gw_common {
	int no_header;
	const char *doc;       /* --doc NAME */
	const char *files0;    /* --files0-from FILE */
};

/* Handle one of the common options: 1 if it was one (--help and
 * --version print and exit 0), 0 if the tool must handle it. A '?' from
 * getopt_long is a usage error: exits 2 with a hint. */
int gw_common_opt(int c, const char *arg, struct gw_common *co, const char *usage);
_Noreturn void gw_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Iterate over inputs: argv[optind..], else the NUL-separated names in
 * --files0-from, else "-". Returns the next name or NULL at the end. */
struct gw_inputs {
	char **argv; int argc, i;
	const char *files0;
	void *f0;            /* FILE * of --files0-from */
	char *name; size_t cap;
	int started;
};
void inputs_init(struct gw_inputs *in, int argc, char **argv, const struct gw_common *co);
const char *inputs_next(struct gw_inputs *in);
#endif
