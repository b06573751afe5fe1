#include "fatal.h"
#include "die.h"
#include "core/buf.h"
#include "core/datafile.h"
#include "core/patterns.h"

#include <errno.h>
#include <string.h>

const char *gw_datafile(const char *name)
{
	struct gw_error err;
	const char *path = gw_datafile_path(name, &err);
	if (!path)
		gw_die(GW_USAGE, "%s", err.msg);
	return path;
}

struct eacharg {
	void (*fn)(const char *s, size_t n, size_t lineno, const char *path, void *arg);
	void *arg;
	struct gw_buf line;
};

static int each_line(const struct gw_row *row, void *arg, struct gw_error *err)
{
	struct eacharg *a = arg;
	(void)err;
	gw_buf_clear(&a->line);
	for (size_t i = 0; i < row->n; i++) {
		if (i)
			gw_buf_addc(&a->line, '\t');
		gw_buf_add(&a->line, row->f[i], row->len[i]);
	}
	a->fn(a->line.p, a->line.len, row->line, row->path, a->arg);
	return 0;
}

int gw_datafile_each(const char *path,
    void (*fn)(const char *s, size_t n, size_t lineno, const char *path, void *arg), void *arg)
{
	struct eacharg a = {fn, arg, {0}};
	struct gw_error err;
	int rc = gw_data_each(path, each_line, &a, &err);
	gw_buf_free(&a.line);
	if (rc < 0)
		gw_warn("%s", err.msg);
	return rc;
}

pcre2_code *gw_compile(const char *pat, size_t n, unsigned flags, const char *path, size_t line)
{
	struct gw_error err;
	pcre2_code *re = gw_pattern_compile(pat, n, flags, path, line, &err);
	if (!re)
		gw_die(GW_USAGE, "%s", err.msg);
	return re;
}

void gw_patset_load(struct gw_patset *ps, const char *path, unsigned flags)
{
	struct gw_error err;
	if (gw_patset_add_file(ps, path, flags, &err) < 0)
		gw_die(GW_USAGE, "%s", err.msg);
}
