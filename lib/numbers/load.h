/* The quantity tables as the tools load them: the data files, each kind
 * followed by the user's own files of that kind. */
#ifndef GW_QTY_LOAD_H
#define GW_QTY_LOAD_H
#include "numbers/quantity.h"

/* The user's files of each kind: units, qualifiers, not-numbers. */
enum { GW_QTY_UNITS, GW_QTY_QUALS, GW_QTY_NOTS, GW_QTY_NKINDS };
struct gw_qty_user {
	const char *const *files[GW_QTY_NKINDS];
	int n[GW_QTY_NKINDS];
};

/* Load units.txt, qualifiers.txt, not-numbers.txt and number-words.txt
 * from the data directory, each followed by user's files of its kind
 * (user may be NULL), the number words before the user's not-numbers,
 * which may undo them; then gw_qty_tables_ready. Returns 0; -1 with err
 * set (a line refused, a data file not found); or -2 when a file could
 * not be read, with err saying why and *what, *path naming the table and
 * the file. */
int gw_qty_load_all(struct gw_qty_tables *t, const struct gw_qty_user *user, const char **what, const char **path,
    struct gw_error *err);
#endif
