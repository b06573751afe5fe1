/* Pattern and word-list files under share/gongwen/ (or a user's own):
 * one entry a line, '#' starts a comment line, blank lines ignored.
 * Patterns are compiled once with JIT and matched with one reused match
 * data block, without re-checking UTF-8 the caller already validated. */
#ifndef GW_PATTERNS_H
#define GW_PATTERNS_H
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stddef.h>
#include "datafile.h"

/* Until every caller takes errors as values (core/datafile.h): the
 * same as gw_datafile_path and gw_datafile_each's line reader, fatal on
 * error. "dir/name" for a data file; the string is static until the next call.
 * A file that is not there is fatal (exit 2), with where it was looked
 * for and how to point elsewhere. */
const char *gw_datafile(const char *name);

/* Read a data file's entries: calls fn(entry, len, lineno, arg) for each
 * non-comment, non-blank line (trailing CR and spaces removed). Returns
 * -1 (reported) if the file cannot be read. */
int gw_datafile_each(const char *path,
    void (*fn)(const char *s, size_t n, size_t lineno, const char *path, void *arg), void *arg);

/* Compile one PCRE2 pattern with UTF and JIT (no JIT when the
 * environment has GONGWEN_NO_JIT, for valgrind); a bad pattern is a fatal
 * error naming path:line and the offset. */
pcre2_code *gw_compile(const char *pat, size_t n, unsigned flags, const char *path, size_t line);

struct gw_patset {
	pcre2_code **re;
	char **src;        /* the pattern as written, for --label reasons */
	size_t n, cap;
	pcre2_match_data *md;
};
/* Add every pattern in path to the set (fatal on errors). */
void patset_load(struct gw_patset *ps, const char *path, unsigned flags);
/* Index of the first pattern that matches s[0..n), or -1. */
long patset_match(struct gw_patset *ps, const char *s, size_t n);
void patset_free(struct gw_patset *ps);
#endif
