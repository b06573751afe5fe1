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

/* The key columns a row starts with: doc, par and (with_sec) sec, 0
 * when the input has no outline. */
void gw_out_keys(const struct gw_par *p, int with_sec);
/* Only the doc column and its TAB. */
void gw_out_doc(const struct gw_par *p);
#endif
