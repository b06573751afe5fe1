#include "datafile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *datadir_opt;  /* --datadir */
static const char *datadir_from; /* how gw_datadir() chose, for messages */
static const char *argv0;

void gw_set_datadir(const char *dir) { datadir_opt = dir; datadir_from = NULL; }
void gw_set_program(const char *a) { argv0 = a; }

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
	if (!argv0)
		return -1;
	if (strchr(argv0, '/'))
		return realpath(argv0, out) && strlen(out) < cap ? 0 : -1;
	const char *path = getenv("PATH");
	for (const char *p = path; p && *p;) {
		size_t len = strcspn(p, ":");
		char cand[4096];
		snprintf(cand, sizeof cand, "%.*s/%s", (int)len, p, argv0);
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
		if (program_path(exe, sizeof exe) < 0 || !(slash = strrchr(exe, '/'))
		    || (*slash = 0, snprintf(dir, sizeof dir, "%s/../share/gongwen", exe) >= (int)sizeof dir))
			snprintf(dir, sizeof dir, "%s", "(the program's own path is unknown)");
	}
	return dir;
}

const char *gw_datafile_path(const char *name, struct gw_error *err)
{
	static char path[4096];
	const char *dir = gw_datadir();
	if (snprintf(path, sizeof path, "%s/%s", dir, name) >= (int)sizeof path) {
		gw_error_set(err, GW_ERR_FATAL, "data directory path too long: %s", dir);
		return NULL;
	}
	if (access(path, R_OK) != 0) {
		gw_error_set(err, GW_ERR_FATAL, "data file %s not found: looked in %s (%s); "
		    "give the data directory (share/gongwen) with --datadir=DIR or GONGWEN_DATADIR=DIR",
		    name, dir, datadir_from);
		return NULL;
	}
	return path;
}

static void split_row(struct gw_row *row, char *s, size_t n)
{
	row->n = 0;
	for (;;) {
		char *tab = row->n + 1 < GW_DATA_MAXF ? memchr(s, '\t', n) : NULL;
		size_t len = tab ? (size_t)(tab - s) : n;
		row->f[row->n] = s;
		row->len[row->n++] = len;
		s[len] = 0;
		if (!tab)
			return;
		n -= len + 1;
		s = tab + 1;
	}
}

int gw_data_each(const char *path, gw_row_fn fn, void *arg, struct gw_error *err)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return gw_error_set(err, GW_ERR_FATAL, "%s: %s", path, strerror(errno));
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	struct gw_row row = { .path = path };
	int rc = 0;
	while (rc == 0 && (len = getline(&line, &cap, f)) >= 0) {
		row.line++;
		size_t n = (size_t)len;
		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' '))
			n--;
		line[n] = 0;
		if (n == 0 || line[0] == '#')
			continue;
		split_row(&row, line, n);
		rc = fn(&row, arg, err);
	}
	if (rc == 0 && ferror(f))
		rc = gw_error_set(err, GW_ERR_FATAL, "%s: %s", path, strerror(errno));
	free(line);
	fclose(f);
	return rc;
}
