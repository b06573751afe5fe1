/* Task lists (gw-agencies --tasks): each task of a list, found by its
 * heading (gw_ag_mark), and the agencies assigned to it. An assignment
 * list (牵头单位：…) anywhere in a task overrides the roles read from its
 * sentences (由…牵头), so a task's rows are held until it ends and are
 * then handed to the caller's function, one agency and role once a task.
 * No printing, no exit: the caller writes the rows. */
#ifndef GW_AG_TASKS_H
#define GW_AG_TASKS_H
#include <stddef.h>
#include <stdint.h>
#include "agencies/agency.h"
#include "core/buf.h"
#include "sections/outline.h"

/* One agency assigned to a task. keys are the bytes the caller gave with
 * the paragraph that named it (gw-agencies: its doc, par, sec columns). */
struct gw_ag_task_row {
	const char *keys; size_t keyslen;
	const char *num; size_t numlen;       /* the task's marker as written */
	const char *title; size_t titlelen;   /* the task's title */
	const char *span; size_t spanlen;     /* the agency as written */
	const char *name; size_t namelen;     /* its standard name */
	int level, role;
};
typedef void (*gw_ag_task_fn)(void *arg, const struct gw_ag_task_row *r);

/* A held row: offsets into bytes. */
struct gw_ag_held {
	size_t keys, keyslen, span, spanlen, name, namelen;
	int level, role, source;
};

struct gw_ag_tasks {
	gw_ag_task_fn emit;
	void *arg;
	struct gw_ag_held *row; size_t nrow, caprow;
	struct gw_buf bytes;       /* keys, spans and names of the held rows */
	struct gw_buf num, title;  /* the current task's marker and title */
	int in_task, has_block;    /* has_block: an assignment list: only its rows */
	int task_level;            /* a numbered task's level: marks below it are its own items */
	struct gw_outline outline;
	/* the paragraph before was a heading without an assignment: its text
	 * and marker, for a role list in the next paragraph */
	struct gw_buf hpar;
	struct gw_ag_mark hmark;
	int last_heading;
	/* the (source, level, role, name) keys of the current task, each as
	 * its length then its bytes, and an open-addressing table of their
	 * offsets: a task that names tens of thousands of agencies costs one
	 * probe a mention, not a scan of every key before */
	struct gw_buf keyset, key;
	size_t *off;               /* offset + 1 into keyset; 0 = empty */
	uint64_t *hash;
	size_t cap, used;          /* cap: 0 or a power of two */
};

void gw_ag_tasks_init(struct gw_ag_tasks *t, gw_ag_task_fn emit, void *arg);
/* The paragraph text[0..n) after gw_ag_scan(ag) (its hits are read).
 * in: the outline gw-sections wrote for it, or NULL to parse markers.
 * keys: handed back with every row of this paragraph (copied). */
void gw_ag_tasks_paragraph(struct gw_ag_tasks *t, const struct agencies *ag, const char *text, size_t n,
    const struct gw_ag_outlined *in, const char *keys, size_t keyslen);
/* The end of an input: the open task ends (its rows are handed over). */
void gw_ag_tasks_end(struct gw_ag_tasks *t);
/* A new document: the open task ends, the outline starts again. */
void gw_ag_tasks_new_document(struct gw_ag_tasks *t);
void gw_ag_tasks_free(struct gw_ag_tasks *t);
#endif
