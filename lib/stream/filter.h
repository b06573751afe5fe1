/* The one filter driver: what every gongwen tool does around its engine.
 * A tool fills a struct gw_filter with its usage text, its own options,
 * its header line and its callbacks, and calls gw_filter_main, which
 * parses the options (the common ones of cli.h too), lets the tool load
 * its tables, writes the header (unless -N), reads every input (files,
 * --files0-from or stdin) paragraph by paragraph, and exits with the
 * status of gongwen(7). A new filter writes only what is its own. */
#ifndef GW_FILTER_H
#define GW_FILTER_H
#include <getopt.h>
#include "cli.h"
#include "paragraphs.h"
#include "core/error.h"

struct gw_filter {
	const char *usage;              /* --help text */
	const char *shortopts;          /* the tool's own short options */
	const struct option *longopts;  /* the tool's own, ended by {0} (may be NULL) */
	/* One of the tool's options; returns 0, or -1 for an unknown one. */
	int (*option)(struct gw_filter *f, int c, const char *arg);
	/* After the options: load tables, choose the header. */
	void (*start)(struct gw_filter *f);
	const char *header;             /* the header line, '\n' included */
	/* Called at the first paragraph of each document (its doc differs
	 * from the paragraph before), then for every paragraph. */
	void (*doc_start)(struct gw_filter *f, const struct gw_par *p);
	void (*paragraph)(struct gw_filter *f, const struct gw_par *p);
	void (*input_end)(struct gw_filter *f);   /* after each input */
	void (*end)(struct gw_filter *f);         /* after the last input */
	/* Instead of the paragraph reader (gw-strip reads pages): the whole
	 * input by name. */
	void (*input)(struct gw_filter *f, const char *name);
	struct gw_common co;            /* the common options, after parsing */
	void *arg;                      /* the tool's state */
};

_Noreturn void gw_filter_main(struct gw_filter *f, int argc, char **argv);

/* A repeatable option's values (-u FILE -u FILE ...). */
struct gw_optlist { const char *v[64]; int n; };
/* Add arg, at most max (up to 64) of them: past that a usage error
 * "too many NAME". */
void gw_optlist_add(struct gw_optlist *l, const char *arg, int max, const char *name);

/* Stop the run where an engine call failed (rc < 0) with its message
 * and exit status (2 when it has none). */
void gw_check(int rc, const struct gw_error *err);
/* The same for a table loaded from path, where rc -2 means the file
 * could not be read: the engine's message, then "cannot load WHAT from
 * PATH". */
void gw_check_load(int rc, const struct gw_error *err, const char *what, const char *path);

/* The key columns a row starts with: doc, par and (with_sec) sec, 0
 * when the input has no outline. */
void gw_out_keys(const struct gw_par *p, int with_sec);
/* Only the doc column and its TAB. */
void gw_out_doc(const struct gw_par *p);
#endif
