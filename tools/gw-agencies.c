/* gw-agencies: one row per government agency in the paragraphs, with its
 * standard name, level and role; or, with --tasks, one row per task of a
 * task list and each agency assigned to it. See gw-agencies(1). */
#include "agencies/agency.h"
#include "sections/outline.h"
#include "core/buf.h"
#include "stream/cli.h"
#include "stream/die.h"
#include "stream/paragraphs.h"
#include "stream/tsv.h"
#include "core/utf8.h"

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
static struct gw_common co;

/* --tasks: rows of the current task are held until it ends, because an
 * assignment list (牵头单位：…) anywhere in the task overrides the roles
 * read from its sentences (由…牵头). Rows are kept escaped in one buffer. */
static struct gw_buf trow, tkeys, tkey, tdoc, tnum, ttitle;
static int in_task, task_has_block;
/* the paragraph before was a heading without an assignment: its text */
static struct gw_buf hpar;
static int last_heading;

static void esc_add(struct gw_buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		const char *e = c == '\\' ? "\\\\" : c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : NULL;
		if (e)
			buf_add(b, e, 2);
		else
			buf_addc(b, c);
	}
}

static void header(void)
{
	if (co.no_header)
		return;
	out_keys_header(1);
	out_str(tasks ? "task\ttitle\tspan\tname\tlevel\trole\n" : "start\tend\tspan\tname\tlevel\trole\n");
}

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
	buf_add(&tkeys, (const char *)&n, sizeof n);
	buf_add(&tkeys, k, n);
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
	buf_clear(&tkeys);
}

static void task_flush(void)
{
	/* each row: source byte, then the line */
	for (size_t i = 0; i < trow.len;) {
		char src = trow.p[i++];
		char *nl = memchr(trow.p + i, '\n', trow.len - i);
		size_t len = (size_t)(nl - (trow.p + i)) + 1;
		if ((src == AG_SRC_BLOCK) == task_has_block)
			out_write(trow.p + i, len);
		i += len;
	}
	buf_clear(&trow);
	key_reset();
	in_task = task_has_block = 0;
}

static void task_row(const struct gw_par *p, const struct ag_hit *h)
{
	const char *name = ag.names_buf.p + h->name;
	/* one row per agency and role in a task */
	char tag[3] = { (char)('0' + h->source), (char)('0' + h->level), (char)('0' + h->role) };
	buf_clear(&tkey);
	buf_add(&tkey, tag, 3);
	buf_add(&tkey, name, h->namelen);
	if (key_seen(tkey.p, tkey.len))
		return;
	if (h->source == AG_SRC_BLOCK)
		task_has_block = 1;
	buf_addc(&trow, (char)h->source);
	if (p->doc_escaped)
		buf_add(&trow, p->doc, p->doclen);
	else
		esc_add(&trow, p->doc, p->doclen);
	buf_addc(&trow, '\t');
	buf_add(&trow, p->par, p->parlen);
	buf_addc(&trow, '\t');
	if (p->sec)
		buf_add(&trow, p->sec, p->seclen);
	else
		buf_addc(&trow, '0');
	buf_addc(&trow, '\t');
	buf_add(&trow, tnum.p, tnum.len);
	buf_addc(&trow, '\t');
	esc_add(&trow, ttitle.p, ttitle.len);
	buf_addc(&trow, '\t');
	esc_add(&trow, p->text + h->s, h->e - h->s);
	buf_addc(&trow, '\t');
	esc_add(&trow, name, h->namelen);
	buf_addc(&trow, '\t');
	buf_adds(&trow, ag_level_name[h->level]);
	buf_addc(&trow, '\t');
	buf_adds(&trow, ag_role_name[h->role]);
	buf_addc(&trow, '\n');
}

/* Code points in valid UTF-8: the bytes that are not continuation bytes
 * (10xxxxxx), eight at a time; the offsets of every row cost a count. */
static size_t cp_count(const char *s, size_t n)
{
	size_t cont = 0, i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		/* one bit per continuation byte, at bit 7; the multiply adds
		 * the eight bytes into the top one (no popcount instruction
		 * in the baseline x86-64 set) */
		uint64_t x = (w & ~(w << 1) & 0x8080808080808080ull) >> 7;
		cont += (size_t)((x * 0x0101010101010101ull) >> 56);
	}
	for (; i < n; i++)
		cont += ((unsigned char)s[i] & 0xC0) == 0x80;
	return n - cont;
}

/* "（一）地区生产总值增长7%以上" then "责任单位：区发改局" on a line of its
 * own: a role list right after a heading with none is that heading's
 * assignment, and the heading the task (its marker and title in hmark,
 * offsets into hpar). */
static struct ag_mark hmark;
static struct gw_outline outline;
static struct gw_buf curdoc;
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
static int task_mark(const struct gw_par *p, struct ag_mark *m)
{
	struct ag_outlined in = { p->headlen, p->sec ? p->sec : "0", p->sec ? p->seclen : 1 };
	if (!ag_mark(&outline, p->text, p->textlen, p->outlined ? &in : NULL, m))
		return 0;
	return !(in_task && task_level && m->level > task_level);
}

static void task_begin(const struct gw_par *p, const char *src, const struct ag_mark *m)
{
	task_flush();
	in_task = 1;
	task_level = m->kind == AG_MARK_TASK ? m->level : 0;
	buf_clear(&tdoc);
	buf_add(&tdoc, p->doc, p->doclen);
	buf_clear(&tnum);
	buf_add(&tnum, src + m->num_s, m->num_e - m->num_s);
	buf_clear(&ttitle);
	buf_add(&ttitle, src + m->title_s, m->title_e - m->title_s);
}

static void tasks_paragraph(const struct gw_par *p, size_t n)
{
	if (in_task && (tdoc.len != p->doclen || memcmp(tdoc.p, p->doc, p->doclen) != 0))
		task_flush();
	struct ag_mark m;
	int is = task_mark(p, &m);
	int heading = is && m.kind == AG_MARK_HEADING;
	/* "（三）标题。…（牵头单位：…）", "三、加强督导。市发改委负责…": a
	 * heading with its own assignment is a task of its own */
	int start = is && (!heading || has_assignment(n));
	int under = !is && heading_list(n);
	last_heading = heading && !start;
	if (last_heading) {
		/* kept for a role list in the next paragraph */
		buf_clear(&hpar);
		buf_add(&hpar, p->text, p->textlen);
		hmark = m;
	}
	if (start || under)
		task_begin(p, under ? hpar.p : p->text, under ? &hmark : &m);
	else if (heading)
		task_flush();
	if (!in_task)
		return;
	for (size_t i = 0; i < n; i++)
		if (ag.hit[i].role != AG_RO_MENTIONED)
			task_row(p, &ag.hit[i]);
}

static void paragraph(const struct gw_par *p)
{
	if (curdoc.len != p->doclen || memcmp(curdoc.p, p->doc, p->doclen) != 0) {
		outline_reset(&outline);
		ag_new_document(&ag);
		buf_clear(&curdoc);
		buf_add(&curdoc, p->doc, p->doclen);
	}
	struct gw_error err;
	if (ag_scan(&ag, p->text, p->textlen, &err) < 0)
		gw_die(err.status, "%s", err.msg);
	size_t n = ag.nhit;
	if (tasks) {
		tasks_paragraph(p, n);
		return;
	}
	size_t pos = 0, cps = 0;
	for (size_t i = 0; i < n; i++) {
		const struct ag_hit *h = &ag.hit[i];
		cps += cp_count(p->text + pos, h->s - pos);
		size_t len = cp_count(p->text + h->s, h->e - h->s);
		out_keys(p, 1);
		out_size(cps);
		out_tab();
		out_size(cps + len);
		out_tab();
		out_field(p->text + h->s, h->e - h->s);
		out_tab();
		out_field(ag.names_buf.p + h->name, h->namelen);
		out_tab();
		out_str(ag_level_name[h->level]);
		out_tab();
		out_str(ag_role_name[h->role]);
		out_nl();
		pos = h->s;
	}
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"tasks", no_argument, NULL, 'T'},
		{"names", required_argument, NULL, 'n'},
		{"places", required_argument, NULL, 'p'},
		{"roles", required_argument, NULL, 'r'},
		{"heads", required_argument, NULL, 'H'},
		GW_COMMON_LONGOPTS,
		{NULL, 0, NULL, 0}
	};
	const char *extra[4][16];
	size_t nextra[4] = { 0 };
	int c;
	gw_init(argv[0]);
	while ((c = getopt_long(argc, argv, "Tn:p:r:H:" GW_COMMON_SHORTOPTS, longopts, NULL)) != -1) {
		if (gw_common_opt(c, optarg, &co, usage))
			continue;
		int k = c == 'n' ? 0 : c == 'p' ? 1 : c == 'r' ? 2 : c == 'H' ? 3 : -1;
		if (c == 'T') {
			tasks = 1;
		} else if (k >= 0) {
			if (nextra[k] == 16)
				gw_usage_error("too many -%c files", c);
			extra[k][nextra[k]++] = optarg;
		} else {
			gw_usage_error("unknown option");
		}
	}
	out_init();
	struct gw_error err = { 0 };
	if (ag_init(&ag, &err) < 0)
		gw_die(err.status, "%s", err.msg);
	int (*load[4])(struct agencies *, const char *, struct gw_error *) = {
		ag_load_names, ag_load_places, ag_load_roles, ag_load_heads };
	for (int k = 0; k < 4; k++)
		for (size_t i = 0; i < nextra[k]; i++)
			if (load[k](&ag, extra[k][i], &err) < 0)
				gw_die(err.status, "%s", err.msg);

	struct gw_inputs in;
	inputs_init(&in, argc, argv, &co);
	header();  /* the same columns whatever the input: -N changes only this */
	const char *name;
	while ((name = inputs_next(&in))) {
		struct gw_reader r;
		if (reader_open(&r, name, co.doc) < 0)
			continue;
		r.plain = co.plain;
		struct gw_par p;
		while (reader_next(&r, &p))
			paragraph(&p);
		if (tasks)
			task_flush();
		reader_close(&r);
	}
	ag_free(&ag);
	out_flush();
	gw_exit();
}
