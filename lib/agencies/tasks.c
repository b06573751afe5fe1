#include "tasks.h"
#include "core/alloc.h"

#include <stdlib.h>
#include <string.h>

void gw_ag_tasks_init(struct gw_ag_tasks *t, gw_ag_task_fn emit, void *arg)
{
	memset(t, 0, sizeof *t);
	t->emit = emit;
	t->arg = arg;
	gw_outline_reset(&t->outline);
}

static uint64_t key_hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

static void key_grow(struct gw_ag_tasks *t)
{
	size_t cap = t->cap ? 2 * t->cap : 64;
	size_t *off = gw_xmalloc(cap * sizeof *off);
	uint64_t *hash = gw_xmalloc(cap * sizeof *hash);
	memset(off, 0, cap * sizeof *off);
	for (size_t i = 0; i < t->cap; i++) {
		if (!t->off[i])
			continue;
		size_t j = t->hash[i] & (cap - 1);
		while (off[j])
			j = (j + 1) & (cap - 1);
		off[j] = t->off[i], hash[j] = t->hash[i];
	}
	free(t->off);
	free(t->hash);
	t->off = off, t->hash = hash, t->cap = cap;
}

/* 1 if the key k[0..n) is already in the task; else add it, 0. */
static int key_seen(struct gw_ag_tasks *t, const char *k, size_t n)
{
	if (2 * (t->used + 1) > t->cap)
		key_grow(t);
	uint64_t h = key_hash(k, n);
	size_t j = h & (t->cap - 1);
	for (; t->off[j]; j = (j + 1) & (t->cap - 1)) {
		const char *e = t->keyset.p + t->off[j] - 1;
		size_t len;
		memcpy(&len, e, sizeof len);
		if (t->hash[j] == h && len == n && memcmp(e + sizeof len, k, n) == 0)
			return 1;
	}
	t->off[j] = t->keyset.len + 1, t->hash[j] = h;
	t->used++;
	gw_buf_add(&t->keyset, (const char *)&n, sizeof n);
	gw_buf_add(&t->keyset, k, n);
	return 0;
}

/* Emptied per task at the cost of what the task used. */
static void key_reset(struct gw_ag_tasks *t)
{
	if (t->cap > 4 * t->used + 64) {
		free(t->off);
		free(t->hash);
		t->off = NULL, t->hash = NULL, t->cap = 0;
	} else if (t->used)
		memset(t->off, 0, t->cap * sizeof *t->off);
	t->used = 0;
	gw_buf_clear(&t->keyset);
}

/* The task's rows to the caller: with an assignment list, only its. */
static void task_flush(struct gw_ag_tasks *t)
{
	struct gw_ag_task_row r = { .num = t->num.p, .numlen = t->num.len, .title = t->title.p, .titlelen = t->title.len };
	for (size_t i = 0; i < t->nrow; i++) {
		const struct gw_ag_held *h = &t->row[i];
		if ((h->source == AG_SRC_BLOCK) != t->has_block)
			continue;
		r.keys = t->bytes.p + h->keys, r.keyslen = h->keyslen;
		r.span = t->bytes.p + h->span, r.spanlen = h->spanlen;
		r.name = t->bytes.p + h->name, r.namelen = h->namelen;
		r.level = h->level, r.role = h->role;
		t->emit(t->arg, &r);
	}
	t->nrow = 0;
	gw_buf_clear(&t->bytes);
	key_reset(t);
	t->in_task = t->has_block = 0;
}

/* One row per agency and role in a task. *keys: where this paragraph's
 * keys are in bytes, (size_t)-1 until its first row copies them. */
static void task_row(struct gw_ag_tasks *t, const struct agencies *ag, const char *text, const struct gw_ag_hit *h,
    const char *keys, size_t keyslen, size_t *at)
{
	const char *name = ag->names_buf.p + h->name;
	char tag[3] = { (char)('0' + h->source), (char)('0' + h->level), (char)('0' + h->role) };
	gw_buf_clear(&t->key);
	gw_buf_add(&t->key, tag, 3);
	gw_buf_add(&t->key, name, h->namelen);
	if (key_seen(t, t->key.p, t->key.len))
		return;
	if (h->source == AG_SRC_BLOCK)
		t->has_block = 1;
	if (*at == (size_t)-1) {
		*at = t->bytes.len;
		gw_buf_add(&t->bytes, keys, keyslen);
	}
	if (t->nrow == t->caprow) {
		t->caprow = t->caprow ? 2 * t->caprow : 64;
		t->row = gw_xrealloc(t->row, t->caprow * sizeof *t->row);
	}
	struct gw_ag_held *r = &t->row[t->nrow++];
	*r = (struct gw_ag_held){ .keys = *at, .keyslen = keyslen, .level = h->level, .role = h->role, .source = h->source };
	r->span = t->bytes.len, r->spanlen = h->e - h->s;
	gw_buf_add(&t->bytes, text + h->s, r->spanlen);
	r->name = t->bytes.len, r->namelen = h->namelen;
	gw_buf_add(&t->bytes, name, h->namelen);
}

/* "（一）地区生产总值增长7%以上" then "责任单位：区发改局" on a line of its
 * own: a role list right after a heading with none is that heading's
 * assignment, and the heading the task. */
static int heading_list(const struct gw_ag_tasks *t, const struct agencies *ag)
{
	return t->last_heading && ag->nhit > 0 && ag->hit[0].source == AG_SRC_BLOCK;
}

static int has_assignment(const struct agencies *ag)
{
	for (size_t i = 0; i < ag->nhit; i++)
		if (ag->hit[i].role != AG_RO_MENTIONED)
			return 1;
	return 0;
}

/* The heading of the paragraph, if any, as a task list reads it: a
 * marker below an open numbered task is one of that task's own items. */
static int task_mark(struct gw_ag_tasks *t, const char *text, size_t n, const struct gw_ag_outlined *in,
    struct gw_ag_mark *m)
{
	if (!gw_ag_mark(&t->outline, text, n, in, m))
		return 0;
	return !(t->in_task && t->task_level && m->level > t->task_level);
}

/* A task ends where the next begins, and at the end of its document or
 * input. */
static void task_begin(struct gw_ag_tasks *t, const char *src, const struct gw_ag_mark *m)
{
	task_flush(t);
	t->in_task = 1;
	t->task_level = m->kind == AG_MARK_TASK ? m->level : 0;
	gw_buf_clear(&t->num);
	gw_buf_add(&t->num, src + m->num_s, m->num_e - m->num_s);
	gw_buf_clear(&t->title);
	gw_buf_add(&t->title, src + m->title_s, m->title_e - m->title_s);
}

void gw_ag_tasks_paragraph(struct gw_ag_tasks *t, const struct agencies *ag, const char *text, size_t n,
    const struct gw_ag_outlined *in, const char *keys, size_t keyslen)
{
	struct gw_ag_mark m;
	int is = task_mark(t, text, n, in, &m);
	int heading = is && m.kind == AG_MARK_HEADING;
	/* "（三）标题。…（牵头单位：…）", "三、加强督导。市发改委负责…": a
	 * heading with its own assignment is a task of its own */
	int start = is && (!heading || has_assignment(ag));
	int under = !is && heading_list(t, ag);
	t->last_heading = heading && !start;
	if (t->last_heading) {
		gw_buf_clear(&t->hpar);
		gw_buf_add(&t->hpar, text, n);
		t->hmark = m;
	}
	if (start || under)
		task_begin(t, under ? t->hpar.p : text, under ? &t->hmark : &m);
	else if (heading)
		task_flush(t);
	if (!t->in_task)
		return;
	size_t at = (size_t)-1;
	for (size_t i = 0; i < ag->nhit; i++)
		if (ag->hit[i].role != AG_RO_MENTIONED)
			task_row(t, ag, text, &ag->hit[i], keys, keyslen, &at);
}

void gw_ag_tasks_end(struct gw_ag_tasks *t)
{
	task_flush(t);
}

void gw_ag_tasks_new_document(struct gw_ag_tasks *t)
{
	if (t->in_task)
		task_flush(t);
	gw_outline_reset(&t->outline);
}

void gw_ag_tasks_free(struct gw_ag_tasks *t)
{
	free(t->row);
	free(t->off);
	free(t->hash);
	gw_buf_free(&t->bytes);
	gw_buf_free(&t->num);
	gw_buf_free(&t->title);
	gw_buf_free(&t->hpar);
	gw_buf_free(&t->keyset);
	gw_buf_free(&t->key);
	memset(t, 0, sizeof *t);
}
