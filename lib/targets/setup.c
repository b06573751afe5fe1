#include "setup.h"
#include "core/datafile.h"

typedef int (*load_fn)(struct gw_targets_tables *t, const char *path, struct gw_error *err);

/* A data file by name, then the user's files of its kind. */
static int load(load_fn fn, struct gw_targets_tables *t, const char *name, const char *const *more, int nmore,
    struct gw_error *err)
{
	const char *path = gw_datafile_path(name, err);
	if (!path || fn(t, path, err) < 0)
		return -1;
	for (int k = 0; k < nmore; k++)
		if (fn(t, more[k], err) < 0)
			return -1;
	return 0;
}

int gw_targets_load_all(struct gw_targets_tables *tt, struct gw_qty_tables *qt, const struct gw_targets_user *user,
    const char **what, const char **path, struct gw_error *err)
{
	static const struct gw_targets_user none = {0};
	int rc = gw_qty_load_all(qt, NULL, what, path, err);
	if (rc < 0)
		return rc;
	if (!user)
		user = &none;
	gw_targets_tables_init(tt, qt);
	if (load(gw_targets_load_indicators, tt, "indicators.txt", user->indicators, user->nindicators, err) < 0 ||
	    load(gw_targets_load_words, tt, "target-words.txt", NULL, 0, err) < 0 ||
	    load(gw_targets_load_places, tt, "places.txt", user->places, user->nplaces, err) < 0)
		return -1;
	return gw_targets_tables_ready(tt, err);
}
