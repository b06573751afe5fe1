/* The tables as gw-targets loads them: the quantity engine's, then its
 * own data files, each followed by the user's files of its kind. */
#ifndef GW_TARGETS_SETUP_H
#define GW_TARGETS_SETUP_H
#include "numbers/load.h"
#include "targets/targets.h"

struct gw_targets_user {
	const char *const *indicators; int nindicators;
	const char *const *places; int nplaces;
};

/* gw_qty_load_all(qt) with no user files; then indicators.txt,
 * target-words.txt and places.txt into tt, the user's indicators and
 * places after theirs (user may be NULL); then gw_targets_tables_ready.
 * Returns as gw_qty_load_all: 0, -1 with err set, or -2 with *what and
 * *path naming the table and file that could not be read. */
int gw_targets_load_all(struct gw_targets_tables *tt, struct gw_qty_tables *qt, const struct gw_targets_user *user,
    const char **what, const char **path, struct gw_error *err);
#endif
