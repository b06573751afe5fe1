/* Options every tool shares (documented once in gongwen(7)), and the list
 * of inputs: files named on the command line, --files0-from, or stdin. */
#ifndef GW_CLI_H
#define GW_CLI_H
#include <getopt.h>
#include <stddef.h>

enum { GW_OPT_DOC = 0x100, GW_OPT_MAXREC, GW_OPT_FILES0, GW_OPT_PLAIN, GW_OPT_DATADIR };

/* Spliced into each tool's struct option table. Every tool accepts all
 * of them, so one command line fits every tool of a pipeline; --help
 * lists only those that do something in the tool (gongwen(7)). */
#define GW_COMMON_LONGOPTS \
	{"no-header", no_argument, NULL, 'N'}, \
	{"doc", required_argument, NULL, GW_OPT_DOC}, \
	{"plain", no_argument, NULL, GW_OPT_PLAIN}, \
	{"max-record", required_argument, NULL, GW_OPT_MAXREC}, \
	{"files0-from", required_argument, NULL, GW_OPT_FILES0}, \
	{"datadir", required_argument, NULL, GW_OPT_DATADIR}, \
	{"help", no_argument, NULL, 'h'}, \
	{"version", no_argument, NULL, 'V'}
#define GW_COMMON_SHORTOPTS "NhV"
/* The --help lines for them, in pieces a tool puts together. */
#define GW_HELP_NOHEADER \
	"  -N, --no-header       do not write the header line\n"
#define GW_HELP_DOC \
	"      --doc=NAME        doc id of the one input (default: the path as given,\n" \
	"                        - for stdin)\n"
#define GW_HELP_PLAIN \
	"      --plain           input is plain text even if its first line has TABs\n"
#define GW_HELP_MAXREC \
	"      --max-record=SIZE longest record; default 64M\n"
#define GW_HELP_FILES0 \
	"      --files0-from=F   read input names, NUL-separated, from F (- for stdin)\n"
#define GW_HELP_DATADIR \
	"      --datadir=DIR     data files from DIR (default: $GONGWEN_DATADIR, else\n" \
	"                        ../share/gongwen beside the program)\n"
#define GW_HELP_END \
	"  -h, --help            display this help and exit\n" \
	"  -V, --version         output version information and exit\n"
/* A tool that reads paragraphs and data files (gw-numbers, gw-agencies). */
#define GW_COMMON_HELP GW_HELP_NOHEADER GW_HELP_DOC GW_HELP_PLAIN GW_HELP_MAXREC \
	GW_HELP_FILES0 GW_HELP_DATADIR GW_HELP_END

struct gw_common {
	int no_header;
	int plain;             /* --plain: never a stream */
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
	int one_doc;         /* --doc given: a second input is a usage error */
	size_t count;
};
/* The doc id of an input: doc (--doc) or else its path, invalid UTF-8
 * replaced by U+FFFD (reported, exit status 1); fix holds a repaired
 * copy. */
struct gw_buf;
const char *gw_doc_id(const char *doc, const char *path, struct gw_buf *fix);

void gw_inputs_init(struct gw_inputs *in, int argc, char **argv, const struct gw_common *co);
const char *gw_inputs_next(struct gw_inputs *in);
#endif
