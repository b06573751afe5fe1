/* The data files under share/gongwen (and a user's own lists given with
 * an option): found at run time, read by one reader. Every file has the
 * same form: one entry a line, fields separated by TAB, '#' at the start
 * of a line makes it a comment, blank lines are ignored, a trailing CR or
 * spaces are dropped. */
#ifndef GW_DATAFILE_H
#define GW_DATAFILE_H
#include "error.h"
#include <stddef.h>

/* Directory of the data files, the first of: gw_set_datadir (--datadir),
 * $GONGWEN_DATADIR, <bindir>/../share/gongwen beside the running program
 * (an installed prefix wherever it is; the build tree links its
 * $(O)/share/gongwen to the source's share/gongwen). Nothing is compiled
 * in, so an install moved elsewhere still finds its data. */
const char *gw_datadir(void);
void gw_set_datadir(const char *dir);
/* argv[0], to find the program where /proc/self/exe is missing. */
void gw_set_program(const char *argv0);

/* "dir/name" for a data file (static until the next call), or NULL with
 * err saying where it was looked for and how to point elsewhere. */
const char *gw_datafile_path(const char *name, struct gw_error *err);

enum { GW_DATA_MAXF = 16 };
struct gw_row {
	char *f[GW_DATA_MAXF];      /* the fields, each NUL-terminated */
	size_t len[GW_DATA_MAXF];
	size_t n;                   /* how many (more than MAXF: the rest stay in the last) */
	const char *path;
	unsigned long line;
};
/* Call fn for each entry of the file at path. fn returns 0, or -1 with
 * err set (gw_error_at(err, row->path, row->line, ...) names the line);
 * the first -1 stops the reading and is returned. A file that cannot be
 * read is -1 with err set. */
typedef int (*gw_row_fn)(const struct gw_row *row, void *arg, struct gw_error *err);
int gw_data_each(const char *path, gw_row_fn fn, void *arg, struct gw_error *err);
#endif
