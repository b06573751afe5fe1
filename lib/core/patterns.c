#include "patterns.h"
#include "stream/die.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *datadir_opt;  /* --datadir */
static const char *datadir_from; /* how gw_datadir() chose, for messages */

void gw_set_datadir(const char *dir) { datadir_opt = dir; }

/* The running program's path: /proc/self/exe where there is one (it
 * follows symbolic links to the real install), else argv[0] when it
 * names a path, else argv[0] looked up in $PATH. */
static int program_path(char *out, size_t cap)
{
	ssize_t n = readlink("/proc/self/exe", out, cap - 1);
	if (n > 0) {
		out[n] = 0;
		return 0;
	}
	if (!gw_argv0)
		return -1;
	if (strchr(gw_argv0, '/'))
		return realpath(gw_argv0, out) && strlen(out) < cap ? 0 : -1;
	const char *path = getenv("PATH");
	for (const char *p = path; p && *p;) {
		size_t len = strcspn(p, ":");
		char cand[4096];
		snprintf(cand, sizeof cand, "%.*s/%s", (int)len, p, gw_argv0);
		if (access(cand, X_OK) == 0 && realpath(cand, out))
			return 0;
		p += len + (p[len] == ':');
	}
	return -1;
}

const char *gw_datadir(void)
{
	static char dir[4096];
	if (datadir_from)
		return dir;
	const char *env = getenv("GONGWEN_DATADIR");
	if (datadir_opt) {
		snprintf(dir, sizeof dir, "%s", datadir_opt);
		datadir_from = "--datadir";
	} else if (env && *env) {
		snprintf(dir, sizeof dir, "%s", env);
		datadir_from = "GONGWEN_DATADIR";
	} else {
		char exe[4096];
		char *slash;
		datadir_from = "beside the program";
		if (program_path(exe, sizeof exe) < 0 || !(slash = strrchr(exe, '/'))) {
			snprintf(dir, sizeof dir, "%s", "(the program's own path is unknown)");
			return dir;
		}
		*slash = 0;  /* <bindir> */
		if (snprintf(dir, sizeof dir, "%s/../share/gongwen", exe) >= (int)sizeof dir)
			gw_die(GW_USAGE, "program path too long: %s", exe);
	}
	return dir;
}

const char *gw_datafile(const char *name)
{
	static char path[4096];
	const char *dir = gw_datadir();
	if (snprintf(path, sizeof path, "%s/%s", dir, name) >= (int)sizeof path)
		gw_die(GW_USAGE, "data directory path too long: %s", dir);
	if (access(path, R_OK) != 0)
		gw_die(GW_USAGE, "data file %s not found: looked in %s (%s); "
		    "give the data directory (share/gongwen) with --datadir=DIR or GONGWEN_DATADIR=DIR",
		    name, dir, datadir_from);
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
		ps->re = xrealloc(ps->re, ps->cap * sizeof *ps->re);
		ps->src = xrealloc(ps->src, ps->cap * sizeof *ps->src);
	}
	ps->re[ps->n] = gw_compile(s, n, a->flags, path, lineno);
	ps->src[ps->n] = xstrdup(s);
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
