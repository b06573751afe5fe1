#include "cli.h"
#include "die.h"
#include "lines.h"
#include "core/buf.h"
#include "core/patterns.h"
#include "core/utf8.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef GW_VERSION
#define GW_VERSION "0"
#endif

void gw_usage_error(const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "%s: ", gw_prog);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry '%s --help' for more information.\n", gw_prog);
	exit(GW_USAGE);
}

int gw_common_opt(int c, const char *arg, struct gw_common *co, const char *usage)
{
	switch (c) {
	case 'N':
		co->no_header = 1;
		return 1;
	case GW_OPT_DOC:
		co->doc = arg;
		return 1;
	case GW_OPT_PLAIN:
		co->plain = 1;
		return 1;
	case GW_OPT_DATADIR:
		gw_set_datadir(arg);
		return 1;
	case GW_OPT_MAXREC:
		if (!(gw_max_record = gw_parse_size(arg)))
			gw_usage_error("invalid --max-record size '%s'", arg);
		return 1;
	case GW_OPT_FILES0:
		co->files0 = arg;
		return 1;
	case 'h':
		fputs(usage, stdout);
		gw_exit();
	case 'V':
		printf("%s (gongwen) %s\n", gw_prog, GW_VERSION);
		gw_exit();
	case '?':
		fprintf(stderr, "Try '%s --help' for more information.\n", gw_prog);
		exit(GW_USAGE);
	}
	return 0;
}

/* Several inputs under one doc id would be one document: an outline
 * running on across files, (doc, par) keys repeated. */
#define ONE_DOC "--doc names one document: give it one input, not several"

void gw_inputs_init(struct gw_inputs *in, int argc, char **argv, const struct gw_common *co)
{
	memset(in, 0, sizeof *in);
	in->argc = argc;
	in->argv = argv;
	in->i = optind;
	in->files0 = co->files0;
	in->one_doc = co->doc != NULL;
	if (in->files0 && in->i < argc)
		gw_usage_error("file operands cannot be combined with --files0-from");
	if (in->one_doc && argc - in->i > 1)
		gw_usage_error(ONE_DOC);
}

const char *gw_inputs_next(struct gw_inputs *in)
{
	if (in->files0) {
		if (!in->f0) {
			in->f0 = strcmp(in->files0, "-") ? fopen(in->files0, "r") : stdin;
			if (!in->f0)
				gw_die(GW_USAGE, "cannot open '%s' for reading: %s", in->files0, strerror(errno));
		}
		for (;;) {
			ssize_t n = getdelim(&in->name, &in->cap, 0, in->f0);
			if (n < 0) {
				if (in->f0 != stdin)
					fclose(in->f0);
				free(in->name);
				in->name = NULL;
				in->files0 = NULL;
				in->started = 1;
				in->i = in->argc;
				return NULL;
			}
			if (n > 0 && in->name[n - 1] == 0)
				n--;
			if (n == 0) {
				gw_warn_input(in->files0, 0, "invalid zero-length file name");
				continue;
			}
			in->name[n] = 0;
			if (in->one_doc && ++in->count > 1)
				gw_usage_error(ONE_DOC);
			return in->name;
		}
	}
	if (in->i < in->argc)
		return in->started = 1, in->argv[in->i++];
	if (!in->started) {
		in->started = 1;
		return "-";
	}
	return NULL;
}

const char *gw_doc_id(const char *doc, const char *path, struct gw_buf *fix)
{
	size_t bad;
	const char *id = gw_utf8_name(doc ? doc : path, fix, &bad);
	if (bad)
		gw_warn_input(path, 0, "invalid UTF-8 in the document id: %zu byte%s replaced by U+FFFD",
		    bad, bad == 1 ? "" : "s");
	return id;
}
