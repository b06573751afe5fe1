/* gw-agencies: one row per government agency in the paragraphs, with its
 * standard name, level and role; or, with --tasks, one row per task of a
 * task list and each agency assigned to it. See gw-agencies(1). */
#include "agencies/agency.h"
#include "agencies/tasks.h"
#include "core/utf8.h"
#include "stream/die.h"
#include "stream/filter.h"
#include "stream/row.h"
#include "stream/tsv.h"

static const char usage[] =
    "Usage: gw-agencies [OPTION]... [FILE]...\n"
    "Write one row per government agency named in the paragraphs of FILEs\n"
    "(a gongwen stream or plain text; stdin when none):\n"
    "  doc par sec start end span name level role   (sec 0 without an outline)\n"
    "\n"
    "  -T, --tasks           one row per task and assigned agency:\n"
    "                        doc par sec task title span name level role\n"
    "  -n, --names=FILE      more agency names (NAME or ALIAS<TAB>NAME lines)\n"
    "  -p, --places=FILE     more places (NAME<TAB>LEVEL lines)\n"
    "  -r, --roles=FILE      more role words (WORD<TAB>ROLE<TAB>FORM lines)\n"
    "  -H, --heads=FILE      more head words (WORD<TAB>KIND lines)\n"
    GW_COMMON_HELP;

static struct {
	int tasks;                   /* -T */
	struct gw_optlist extra[4];  /* -n, -p, -r, -H: at most 16 each */
	struct agencies ag;
	struct gw_ag_tasks tk;
	struct gw_buf keys;          /* the paragraph's doc, par, sec columns */
} st;

static int option(struct gw_filter *f, int c, const char *arg)
{
	static const char *const name[4] = {"-n files", "-p files", "-r files", "-H files"};
	(void)f;
	int k = c == 'n' ? 0 : c == 'p' ? 1 : c == 'r' ? 2 : c == 'H' ? 3 : -1;
	if (c == 'T')
		return st.tasks = 1, 0;
	if (k < 0)
		return -1;
	gw_optlist_add(&st.extra[k], arg, 16, name[k]);
	return 0;
}

/* doc par sec task title span name level role */
static void task_row(void *arg, const struct gw_ag_task_row *r)
{
	(void)arg;
	gw_out_write(r->keys, r->keyslen);
	gw_out_write(r->num, r->numlen);
	gw_out_tab();
	gw_out_field(r->title, r->titlelen);
	gw_out_tab();
	gw_out_field(r->span, r->spanlen);
	gw_out_tab();
	gw_out_field(r->name, r->namelen);
	gw_out_tab();
	gw_out_str(gw_ag_level_name[r->level]);
	gw_out_tab();
	gw_out_str(gw_ag_role_name[r->role]);
	gw_out_nl();
}

static void start(struct gw_filter *f)
{
	static int (*const load[4])(struct agencies *, const char *, struct gw_error *) = {
		gw_ag_load_names, gw_ag_load_places, gw_ag_load_roles, gw_ag_load_heads };
	struct gw_error err = { 0 };
	f->header = st.tasks ? "doc\tpar\tsec\ttask\ttitle\tspan\tname\tlevel\trole\n"
	    : "doc\tpar\tsec\tstart\tend\tspan\tname\tlevel\trole\n";
	gw_check(gw_ag_init(&st.ag, &err), &err);
	for (int k = 0; k < 4; k++)
		for (int i = 0; i < st.extra[k].n; i++)
			gw_check(load[k](&st.ag, st.extra[k].v[i], &err), &err);
	gw_ag_tasks_init(&st.tk, task_row, NULL);
}

/* --tasks: the paragraph's keys are kept with the rows it gives. */
static void tasks_paragraph(const struct gw_par *p)
{
	struct gw_ag_outlined in = { p->headlen, p->sec ? p->sec : "0", p->sec ? p->seclen : 1 };
	gw_buf_clear(&st.keys);
	if (st.ag.nhit) {
		gw_buf_reserve(&st.keys, gw_row_keys_room(p));
		gw_row_keys(&st.keys, p, 0);
	}
	gw_ag_tasks_paragraph(&st.tk, &st.ag, p->text, p->textlen, p->outlined ? &in : NULL, st.keys.p, st.keys.len);
}

/* doc par sec start end span name level role */
static void paragraph(struct gw_filter *f, const struct gw_par *p)
{
	(void)f;
	struct gw_error err;
	gw_check(gw_ag_scan(&st.ag, p->text, p->textlen, &err), &err);
	if (st.tasks) {
		tasks_paragraph(p);
		return;
	}
	struct gw_cpcursor cur = {0};
	for (size_t i = 0; i < st.ag.nhit; i++) {
		const struct gw_ag_hit *h = &st.ag.hit[i];
		gw_out_keys(p, 1);
		gw_out_size(gw_cpcursor_at(&cur, p->text, h->s));
		gw_out_tab();
		gw_out_size(gw_cpcursor_at(&cur, p->text, h->e));
		gw_out_tab();
		gw_out_field(p->text + h->s, h->e - h->s);
		gw_out_tab();
		gw_out_field(st.ag.names_buf.p + h->name, h->namelen);
		gw_out_tab();
		gw_out_str(gw_ag_level_name[h->level]);
		gw_out_tab();
		gw_out_str(gw_ag_role_name[h->role]);
		gw_out_nl();
	}
}

/* A task ends with its document and with its input. */
static void doc_start(struct gw_filter *f, const struct gw_par *p)
{
	(void)f, (void)p;
	gw_ag_tasks_new_document(&st.tk);
	gw_ag_new_document(&st.ag);
}
static void input_end(struct gw_filter *f) { (void)f; if (st.tasks) gw_ag_tasks_end(&st.tk); }

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"tasks", no_argument, NULL, 'T'},
		{"names", required_argument, NULL, 'n'},
		{"places", required_argument, NULL, 'p'},
		{"roles", required_argument, NULL, 'r'},
		{"heads", required_argument, NULL, 'H'},
		{NULL, 0, NULL, 0}
	};
	struct gw_filter f = {
		.usage = usage, .shortopts = "Tn:p:r:H:", .longopts = longopts, .option = option,
		.start = start, .doc_start = doc_start, .paragraph = paragraph, .input_end = input_end,
	};
	gw_filter_main(&f, argc, argv);
}
