/* PCRE2 patterns from data files under share/gongwen/ (or a user's own):
 * one pattern a line, read with gw_data_each (a line's TABs belong to the
 * pattern). Patterns are compiled once with JIT and matched with one
 * reused match data block, without re-checking UTF-8 the caller already
 * validated. Errors are values: nothing here prints or exits. */
#ifndef GW_PATTERNS_H
#define GW_PATTERNS_H
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stddef.h>
#include "datafile.h"
#include "error.h"

/* Compile one PCRE2 pattern with UTF and JIT (no JIT when the
 * environment has GONGWEN_NO_JIT, for valgrind). A bad pattern is NULL
 * with err naming path:line and the offset. */
pcre2_code *gw_pattern_compile(const char *pat, size_t n, unsigned flags,
    const char *path, unsigned long line, struct gw_error *err);

struct gw_patset {
	pcre2_code **re;
	char **src;        /* the pattern as written, for --label reasons */
	size_t n, cap;
	pcre2_match_data *md;
};
/* Add every pattern in the file at path to the set; -1 with err set on
 * the first line that does not compile or a file that cannot be read. */
int gw_patset_add_file(struct gw_patset *ps, const char *path, unsigned flags, struct gw_error *err);
/* Index of the first pattern that matches s[0..n), or -1. */
long gw_patset_match(struct gw_patset *ps, const char *s, size_t n);
void gw_patset_free(struct gw_patset *ps);
#endif
