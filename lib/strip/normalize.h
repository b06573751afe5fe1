/* The small fixed normalisation gw-strip applies to every line (see
 * gw-strip(1) for why this is not NFKC): full-width ASCII letters,
 * digits and symbols to ASCII, U+3000, NBSP and the other Unicode
 * spaces (Zs) to a space, zero-width characters removed, spaces
 * trimmed at both ends. Chinese punctuation that shares the full-width block (，：；！？（）［］｛｝＂＇～) stays. */
#ifndef GW_NORMALIZE_H
#define GW_NORMALIZE_H
#include <stddef.h>
#include "core/buf.h"

/* The normalised form of valid UTF-8 s[0..n) without a copy: n (and
 * s untouched) if normalising would not change it, else -1 and the
 * caller uses gw_norm_line. Most lines are already normal. */
long gw_norm_same(const char *s, size_t n);
/* Append the normalised form of valid UTF-8 s[0..n) to out. */
void gw_norm_line(const char *s, size_t n, struct gw_buf *out);
/* Append s with only leading/trailing ASCII spaces and tabs trimmed
 * (what --no-normalize still does: it never changes a character). */
void gw_trim_line(const char *s, size_t n, struct gw_buf *out);
#endif
