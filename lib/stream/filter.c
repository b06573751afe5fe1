#include "filter.h"
#include "die.h"
#include "tsv.h"
#include "core/alloc.h"
#include "core/buf.h"

#include <stdlib.h>
#include <string.h>

/* The tool's options, then the common ones. */
static struct option *all_longopts(const struct option *own)
{
	static const struct option common[] = { GW_COMMON_LONGOPTS, {NULL, 0, NULL, 0} };
	size_t n = 0, m = sizeof common / sizeof *common;
	while (own && own[n].name)
		n++;
	struct option *o = gw_xmalloc((n + m) * sizeof *o);
	if (n)
		memcpy(o, own, n * sizeof *o);
	memcpy(o + n, common, m * sizeof *o);
	return o;
}

static void parse_options(struct gw_filter *f, int argc, char **argv)
{
	struct option *lo = all_longopts(f->longopts);
	struct gw_buf so = {0};
	gw_buf_adds(&so, f->shortopts ? f->shortopts : "");
	gw_buf_adds(&so, GW_COMMON_SHORTOPTS);
	int c;
	while ((c = getopt_long(argc, argv, so.p, lo, NULL)) != -1) {
		if (gw_common_opt(c, optarg, &f->co, f->usage))
			continue;
		if (!f->option || f->option(f, c, optarg) < 0)
			gw_usage_error("unknown option");
	}
	gw_buf_free(&so);
	free(lo);
}

/* Paragraphs of one input, with the start of each document told. */
static void read_input(struct gw_filter *f, const char *name, struct gw_buf *doc, int *started)
{
	struct gw_reader r;
	struct gw_par p;
	if (gw_reader_open(&r, name, f->co.doc) < 0)
		return;
	r.plain = f->co.plain;
	while (gw_reader_next(&r, &p)) {
		if (f->doc_start && (!*started || doc->len != p.doclen || memcmp(doc->p, p.doc, p.doclen))) {
			gw_buf_clear(doc);
			gw_buf_add(doc, p.doc, p.doclen);
			*started = 1;
			f->doc_start(f, &p);
		}
		f->paragraph(f, &p);
	}
	if (f->input_end)
		f->input_end(f);
	gw_reader_close(&r);
}

void gw_filter_main(struct gw_filter *f, int argc, char **argv)
{
	gw_init(argv[0]);
	parse_options(f, argc, argv);
	if (f->start)
		f->start(f);
	gw_out_init();
	struct gw_inputs in;
	gw_inputs_init(&in, argc, argv, &f->co);
	/* the same columns whatever the input: -N changes only this line */
	if (!f->co.no_header && f->header)
		gw_out_str(f->header);
	struct gw_buf doc = {0};
	int started = 0;
	const char *name;
	while ((name = gw_inputs_next(&in))) {
		if (f->input)
			f->input(f, name);
		else
			read_input(f, name, &doc, &started);
	}
	if (f->end)
		f->end(f);
	gw_buf_free(&doc);
	gw_out_flush();
	gw_exit();
}

void gw_out_doc(const struct gw_par *p)
{
	if (p->doc_escaped)
		gw_out_write(p->doc, p->doclen);
	else
		gw_out_field(p->doc, p->doclen);
	gw_out_tab();
}

void gw_out_keys(const struct gw_par *p, int with_sec)
{
	gw_out_doc(p);
	gw_out_write(p->par, p->parlen);
	gw_out_tab();
	if (with_sec) {
		if (p->sec)
			gw_out_write(p->sec, p->seclen);
		else
			gw_out_char('0');
		gw_out_tab();
	}
}

void gw_optlist_add(struct gw_optlist *l, const char *arg, int max, const char *name)
{
	if (l->n == max || l->n == (int)(sizeof l->v / sizeof *l->v))
		gw_usage_error("too many %s", name);
	l->v[l->n++] = arg;
}

void gw_check(int rc, const struct gw_error *err)
{
	if (rc < 0)
		gw_die(err->status ? err->status : GW_USAGE, "%s", err->msg);
}

void gw_check_load(int rc, const struct gw_error *err, const char *what, const char *path)
{
	if (rc == -2) {
		gw_warn("%s", err->msg);
		gw_die(GW_USAGE, "cannot load %s from %s", what, path);
	}
	gw_check(rc, err);
}
