#include "patterns.h"
#include "datafile.h"
#include "stream/die.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *gw_datafile(const char *name)
{
	struct gw_error err;
	const char *path = gw_datafile_path(name, &err);
	if (!path)
		gw_die(GW_USAGE, "%s", err.msg);
	return path;
}

int gw_datafile_each(const char *path,
    void (*fn)(const char *s, size_t n, size_t lineno, const char *path, void *arg), void *arg)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		gw_warn("%s: %s", path, strerror(errno));
		return -1;
	}
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t len;
	while ((len = getline(&line, &cap, f)) >= 0) {
		lineno++;
		size_t n = (size_t)len;
		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' '))
			n--;
		line[n] = 0;
		if (n == 0 || line[0] == '#')
			continue;
		fn(line, n, lineno, path, arg);
	}
	free(line);
	fclose(f);
	return 0;
}

pcre2_code *gw_compile(const char *pat, size_t n, unsigned flags, const char *path, size_t line)
{
	int err;
	PCRE2_SIZE off;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, n, PCRE2_UTF | flags, &err, &off, NULL);
	if (!re) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(err, msg, sizeof msg);
		gw_die(GW_USAGE, "%s:%zu: bad pattern at offset %zu: %s", path, line, (size_t)off, msg);
	}
	/* JIT is an optimisation: where the platform lacks it, interpret.
	 * GONGWEN_NO_JIT turns it off: valgrind cannot follow JIT code and
	 * reports false errors in it (scripts/valgrind-check sets it). */
	if (!getenv("GONGWEN_NO_JIT"))
		pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	return re;
}

struct loadarg { struct gw_patset *ps; unsigned flags; };

static void add_pattern(const char *s, size_t n, size_t lineno, const char *path, void *arg)
{
	struct loadarg *a = arg;
	struct gw_patset *ps = a->ps;
	if (ps->n == ps->cap) {
		ps->cap = ps->cap ? ps->cap * 2 : 32;
		ps->re = gw_xrealloc(ps->re, ps->cap * sizeof *ps->re);
		ps->src = gw_xrealloc(ps->src, ps->cap * sizeof *ps->src);
	}
	ps->re[ps->n] = gw_compile(s, n, a->flags, path, lineno);
	ps->src[ps->n] = gw_xstrdup(s);
	ps->n++;
}

void patset_load(struct gw_patset *ps, const char *path, unsigned flags)
{
	struct loadarg a = {ps, flags};
	if (gw_datafile_each(path, add_pattern, &a) < 0)
		gw_die(GW_USAGE, "cannot load patterns from %s", path);
	if (!ps->md)
		ps->md = pcre2_match_data_create(16, NULL);
}

long patset_match(struct gw_patset *ps, const char *s, size_t n)
{
	for (size_t i = 0; i < ps->n; i++)
		if (pcre2_match(ps->re[i], (PCRE2_SPTR)s, n, 0, PCRE2_NO_UTF_CHECK, ps->md, NULL) >= 0)
			return (long)i;
	return -1;
}

void patset_free(struct gw_patset *ps)
{
	for (size_t i = 0; i < ps->n; i++) {
		pcre2_code_free(ps->re[i]);
		free(ps->src[i]);
	}
	free(ps->re);
	free(ps->src);
	pcre2_match_data_free(ps->md);
	memset(ps, 0, sizeof *ps);
}
