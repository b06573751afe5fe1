/* gw-agencies: one row per government agency in the paragraphs, with its
 * standard name, level and role; or, with --tasks, one row per task of a
 * task list and each agency assigned to it. See gw-agencies(1). */
#include "agencies/agency.h"
#include "sections/outline.h"
#include "core/buf.h"
#include "core/utf8.h"
#include "stream/die.h"
#include "stream/filter.h"
#include "stream/tsv.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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

static struct agencies ag;
static int tasks;

/* --tasks: rows of the current task are held until it ends, because an
 * assignment list (牵头单位：…) anywhere in the task overrides the roles
 * read from its sentences (由…牵头). Rows are kept escaped in one buffer. */
static struct gw_buf trow, tkeys, tkey, tnum, ttitle;
static int in_task, task_has_block;
/* the paragraph before was a heading without an assignment: its text */
static struct gw_buf hpar;
static int last_heading;

/* The keys (source, level, role, name) of the current task's rows, each
 * stored in tkeys as its length then its bytes, and an open-addressing
 * table of their offsets: a task that names tens of thousands of
 * agencies costs one probe a mention, not a scan of every key before. */
static struct {
	size_t *off;        /* offset + 1 into tkeys; 0 = empty */
	uint64_t *hash;
	size_t cap, used;   /* cap: 0 or a power of two */
} tset;

static uint64_t key_hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

static void key_grow(void)
{
	size_t cap = tset.cap ? 2 * tset.cap : 64;
	size_t *off = gw_xmalloc(cap * sizeof *off);
	uint64_t *hash = gw_xmalloc(cap * sizeof *hash);
	memset(off, 0, cap * sizeof *off);
	for (size_t i = 0; i < tset.cap; i++) {
		if (!tset.off[i])
			continue;
		size_t j = tset.hash[i] & (cap - 1);
		while (off[j])
			j = (j + 1) & (cap - 1);
		off[j] = tset.off[i], hash[j] = tset.hash[i];
	}
	free(tset.off);
	free(tset.hash);
	tset.off = off, tset.hash = hash, tset.cap = cap;
}

/* 1 if the key k[0..n) is already in the task; else add it, 0. */
static int key_seen(const char *k, size_t n)
{
	if (2 * (tset.used + 1) > tset.cap)
		key_grow();
	uint64_t h = key_hash(k, n);
	size_t j = h & (tset.cap - 1);
	for (; tset.off[j]; j = (j + 1) & (tset.cap - 1)) {
		const char *e = tkeys.p + tset.off[j] - 1;
		size_t len;
		memcpy(&len, e, sizeof len);
		if (tset.hash[j] == h && len == n && memcmp(e + sizeof len, k, n) == 0)
			return 1;
	}
	tset.off[j] = tkeys.len + 1, tset.hash[j] = h;
	tset.used++;
	gw_buf_add(&tkeys, (const char *)&n, sizeof n);
	gw_buf_add(&tkeys, k, n);
	return 0;
}

/* Emptied per task at the cost of what the task used. */
static void key_reset(void)
{
	if (tset.cap > 4 * tset.used + 64) {
		free(tset.off);
		free(tset.hash);
		tset.off = NULL, tset.hash = NULL, tset.cap = 0;
	} else if (tset.used)
		memset(tset.off, 0, tset.cap * sizeof *tset.off);
	tset.used = 0;
	gw_buf_clear(&tkeys);
}

static void task_flush(void)
{
	/* each row: source byte, then the line */
	for (size_t i = 0; i < trow.len;) {
		char src = trow.p[i++];
		char *nl = memchr(trow.p + i, '\n', trow.len - i);
		size_t len = (size_t)(nl - (trow.p + i)) + 1;
		if ((src == AG_SRC_BLOCK) == task_has_block)
			gw_out_write(trow.p + i, len);
		i += len;
	}
	gw_buf_clear(&trow);
	key_reset();
	in_task = task_has_block = 0;
}

static void task_row(const struct gw_par *p, const struct gw_ag_hit *h)
{
	const char *name = ag.names_buf.p + h->name;
	/* one row per agency and role in a task */
	char tag[3] = { (char)('0' + h->source), (char)('0' + h->level), (char)('0' + h->role) };
	gw_buf_clear(&tkey);
	gw_buf_add(&tkey, tag, 3);
	gw_buf_add(&tkey, name, h->namelen);
	if (key_seen(tkey.p, tkey.len))
		return;
	if (h->source == AG_SRC_BLOCK)
		task_has_block = 1;
	gw_buf_addc(&trow, (char)h->source);
	if (p->doc_escaped)
		gw_buf_add(&trow, p->doc, p->doclen);
	else
		gw_tsv_escape(&trow, p->doc, p->doclen);
	gw_buf_addc(&trow, '\t');
	gw_buf_add(&trow, p->par, p->parlen);
	gw_buf_addc(&trow, '\t');
	if (p->sec)
		gw_buf_add(&trow, p->sec, p->seclen);
	else
		gw_buf_addc(&trow, '0');
	gw_buf_addc(&trow, '\t');
	gw_buf_add(&trow, tnum.p, tnum.len);
	gw_buf_addc(&trow, '\t');
	gw_tsv_escape(&trow, ttitle.p, ttitle.len);
	gw_buf_addc(&trow, '\t');
	gw_tsv_escape(&trow, p->text + h->s, h->e - h->s);
	gw_buf_addc(&trow, '\t');
	gw_tsv_escape(&trow, name, h->namelen);
	gw_buf_addc(&trow, '\t');
	gw_buf_adds(&trow, gw_ag_level_name[h->level]);
	gw_buf_addc(&trow, '\t');
	gw_buf_adds(&trow, gw_ag_role_name[h->role]);
	gw_buf_addc(&trow, '\n');
}

/* "（一）地区生产总值增长7%以上" then "责任单位：区发改局" on a line of its
 * own: a role list right after a heading with none is that heading's
 * assignment, and the heading the task (its marker and title in hmark,
 * offsets into hpar). */
static struct gw_ag_mark hmark;
static struct gw_outline outline;
static int task_level;   /* a numbered task's level: marks below it are its own items */

static int heading_list(size_t n)
{
	return last_heading && n > 0 && ag.hit[0].source == AG_SRC_BLOCK;
}

static int has_assignment(size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (ag.hit[i].role != AG_RO_MENTIONED)
			return 1;
	return 0;
}

/* The heading of the paragraph, if any, as --tasks reads it: a marker
 * below an open numbered task is one of that task's own items. */
static int task_mark(const struct gw_par *p, struct gw_ag_mark *m)
{
	struct gw_ag_outlined in = { p->headlen, p->sec ? p->sec : "0", p->sec ? p->seclen : 1 };
	if (!gw_ag_mark(&outline, p->text, p->textlen, p->outlined ? &in : NULL, m))
		return 0;
	return !(in_task && task_level && m->level > task_level);
}

/* A task ends where the next begins, and at the end of its document
 * (doc_start) or input. */
static void task_begin(const char *src, const struct gw_ag_mark *m)
{
	task_flush();
	in_task = 1;
	task_level = m->kind == AG_MARK_TASK ? m->level : 0;
	gw_buf_clear(&tnum);
	gw_buf_add(&tnum, src + m->num_s, m->num_e - m->num_s);
	gw_buf_clear(&ttitle);
	gw_buf_add(&ttitle, src + m->title_s, m->title_e - m->title_s);
}

static void tasks_paragraph(const struct gw_par *p, size_t n)
{
	struct gw_ag_mark m;
	int is = task_mark(p, &m);
	int heading = is && m.kind == AG_MARK_HEADING;
	/* "（三）标题。…（牵头单位：…）", "三、加强督导。市发改委负责…": a
	 * heading with its own assignment is a task of its own */
	int start = is && (!heading || has_assignment(n));
	int under = !is && heading_list(n);
	last_heading = heading && !start;
	if (last_heading) {
		/* kept for a role list in the next paragraph */
		gw_buf_clear(&hpar);
		gw_buf_add(&hpar, p->text, p->textlen);
		hmark = m;
	}
	if (start || under)
		task_begin(under ? hpar.p : p->text, under ? &hmark : &m);
	else if (heading)
		task_flush();
	if (!in_task)
		return;
	for (size_t i = 0; i < n; i++)
		if (ag.hit[i].role != AG_RO_MENTIONED)
			task_row(p, &ag.hit[i]);
}

static void paragraph(struct gw_filter *f, const struct gw_par *p)
{
	(void)f;
	struct gw_error err;
	if (gw_ag_scan(&ag, p->text, p->textlen, &err) < 0)
		gw_die(err.status, "%s", err.msg);
	size_t n = ag.nhit;
	if (tasks) {
		tasks_paragraph(p, n);
		return;
	}
	size_t pos = 0, cps = 0;
	for (size_t i = 0; i < n; i++) {
		const struct gw_ag_hit *h = &ag.hit[i];
		cps += gw_utf8_count(p->text + pos, h->s - pos);
		size_t len = gw_utf8_count(p->text + h->s, h->e - h->s);
		gw_out_keys(p, 1);
		gw_out_size(cps);
		gw_out_tab();
		gw_out_size(cps + len);
		gw_out_tab();
		gw_out_field(p->text + h->s, h->e - h->s);
		gw_out_tab();
		gw_out_field(ag.names_buf.p + h->name, h->namelen);
		gw_out_tab();
		gw_out_str(gw_ag_level_name[h->level]);
		gw_out_tab();
		gw_out_str(gw_ag_role_name[h->role]);
		gw_out_nl();
		pos = h->s;
	}
}

static const char *extra[4][16];
static size_t nextra[4];

static int option(struct gw_filter *f, int c, const char *arg)
{
	(void)f;
	int k = c == 'n' ? 0 : c == 'p' ? 1 : c == 'r' ? 2 : c == 'H' ? 3 : -1;
	if (c == 'T')
		return tasks = 1, 0;
	if (k < 0)
		return -1;
	if (nextra[k] == 16)
		gw_usage_error("too many -%c files", c);
	extra[k][nextra[k]++] = arg;
	return 0;
}

static void start(struct gw_filter *f)
{
	static int (*const load[4])(struct agencies *, const char *, struct gw_error *) = {
		gw_ag_load_names, gw_ag_load_places, gw_ag_load_roles, gw_ag_load_heads };
	struct gw_error err = { 0 };
	f->header = tasks ? "doc\tpar\tsec\ttask\ttitle\tspan\tname\tlevel\trole\n"
	    : "doc\tpar\tsec\tstart\tend\tspan\tname\tlevel\trole\n";
	if (gw_ag_init(&ag, &err) < 0)
		gw_die(err.status, "%s", err.msg);
	for (int k = 0; k < 4; k++)
		for (size_t i = 0; i < nextra[k]; i++)
			if (load[k](&ag, extra[k][i], &err) < 0)
				gw_die(err.status, "%s", err.msg);
}

/* A task ends with its document and with its input. */
static void doc_start(struct gw_filter *f, const struct gw_par *p)
{
	(void)f, (void)p;
	if (in_task)
		task_flush();
	gw_outline_reset(&outline);
	gw_ag_new_document(&ag);
}
static void input_end(struct gw_filter *f) { (void)f; if (tasks) task_flush(); }

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
