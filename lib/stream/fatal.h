/* The fatal forms of core calls that return errors as values, for the
 * tools and for engine code that does not yet pass errors up: each
 * reports "gw-x: message" and exits 2 where the core call fails. */
#ifndef GW_FATAL_H
#define GW_FATAL_H
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stddef.h>

struct gw_patset;

/* gw_datafile_path, or exit 2 saying where the file was looked for. The
 * string is static until the next call. */
const char *gw_datafile(const char *name);

/* Calls fn(entry, len, lineno, path, arg) for each non-comment,
 * non-blank line (trailing CR and spaces removed), the whole line with
 * its TABs. Returns -1 (reported, exit status 1 not set) if the file
 * cannot be read. */
int gw_datafile_each(const char *path,
    void (*fn)(const char *s, size_t n, size_t lineno, const char *path, void *arg), void *arg);

/* gw_pattern_compile, or exit 2 naming path:line and the offset. */
pcre2_code *gw_compile(const char *pat, size_t n, unsigned flags, const char *path, size_t line);

/* gw_patset_add_file, or exit 2. */
void gw_patset_load(struct gw_patset *ps, const char *path, unsigned flags);
#endif
