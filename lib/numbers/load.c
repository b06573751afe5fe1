#include "load.h"
#include "core/datafile.h"

typedef int (*load_fn)(struct gw_qty_tables *t, const char *path, struct gw_error *err);

/* One kind's data file (name), or its user's file (path): on failure
 * what and failed say which. */
static int load(load_fn fn, struct gw_qty_tables *t, const char *name, const char *path, const char *kind,
    const char **what, const char **failed, struct gw_error *err)
{
	if (name && !(path = gw_datafile_path(name, err)))
		return -1;
	int rc = fn(t, path, err);
	if (rc < 0)
		*what = kind, *failed = path;
	return rc;
}

int gw_qty_load_all(struct gw_qty_tables *t, const struct gw_qty_user *user, const char **what, const char **path,
    struct gw_error *err)
{
	static const char *const file[GW_QTY_NKINDS] = {"units.txt", "qualifiers.txt", "not-numbers.txt"};
	static const char *const kind[GW_QTY_NKINDS] = {"units", "qualifiers", "not-numbers"};
	static const load_fn fn[GW_QTY_NKINDS] = {gw_qty_load_units, gw_qty_load_quals, gw_qty_load_nots};
	int rc;
	for (int i = 0; i < GW_QTY_NKINDS; i++) {
		if ((rc = load(fn[i], t, file[i], NULL, kind[i], what, path, err)) < 0)
			return rc;
		if (i == GW_QTY_NOTS &&
		    (rc = load(gw_qty_load_words, t, "number-words.txt", NULL, "number words", what, path, err)) < 0)
			return rc;
		for (int k = 0; user && k < user->n[i]; k++)
			if ((rc = load(fn[i], t, NULL, user->files[i][k], kind[i], what, path, err)) < 0)
				return rc;
	}
	gw_qty_tables_ready(t);
	return 0;
}
