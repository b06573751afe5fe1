/* The gongwen stream (gongwen(7)): TAB-separated fields, one record a
 * line, a header of lower-case column names, and the PostgreSQL COPY text
 * escapes \\ \t \n \r inside fields. Output goes through one large
 * buffer: many small writes were what profiles showed first. */
#ifndef GW_TSV_H
#define GW_TSV_H
#include <stddef.h>
#include <stdio.h>
#include "core/buf.h"

/* Buffered stdout. */
void gw_out_init(void);
void gw_out_write(const void *s, size_t n);
static inline void gw_out_str(const char *s);
/* Room for n more bytes at the end of the output buffer (flushed first
 * if it has not that much; NULL if n is more than it holds), to write a
 * row there in place; gw_out_commit(k) then adds the k bytes written.
 * For rows that are many: no copy from a row buffer. */
char *gw_out_room(size_t n);
void gw_out_commit(size_t n);
void gw_out_char(char c);
void gw_out_long(long v);
void gw_out_size(size_t v);
void gw_out_flush(void);
/* Write s[0..n) with \\ \t \n \r escaped. */
void gw_out_field(const char *s, size_t n);
/* Append s[0..n) escaped to b, for rows assembled before they are
 * written; 1 if s[0..n) holds something to escape. */
void gw_tsv_escape(struct gw_buf *b, const char *s, size_t n);
int gw_tsv_needs_escape(const char *s, size_t n);
static inline void gw_out_tab(void) { gw_out_char('\t'); }
static inline void gw_out_nl(void) { gw_out_char('\n'); }

/* Undo the escapes in place; returns the new length. A backslash before
 * any other character, or at the end, is kept as written. */
size_t gw_tsv_unescape(char *s, size_t n);

/* Split line[0..n) at TABs into at most max views; returns the count.
 * The views point into line. */
struct gw_tsv_view { char *p; size_t n; };
size_t gw_tsv_split(char *line, size_t n, struct gw_tsv_view *f, size_t max);

/* A header is one line of names made of [a-z0-9_], the first a letter. */
int gw_tsv_is_header(const char *line, size_t n);
/* Index of column name in the header views, or -1. */
int gw_tsv_column(const struct gw_tsv_view *f, size_t nf, const char *name);

#include <string.h>
static inline void gw_out_str(const char *s) { gw_out_write(s, strlen(s)); }
#endif
