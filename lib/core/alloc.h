/* Checked allocation for every layer. A library cannot recover from an
 * allocation that fails in the middle of a row, and must not exit the
 * program that called it: out of memory goes to a handler that a program
 * may replace (the tools print "out of memory" and exit 2); the default
 * prints the same and aborts. */
#ifndef GW_ALLOC_H
#define GW_ALLOC_H
#include <stddef.h>

void *gw_xmalloc(size_t n);
void *gw_xrealloc(void *p, size_t n);
/* n zeroed elements of size bytes (the tables of open addressing). */
void *gw_xcalloc(size_t n, size_t size);
char *gw_xstrdup(const char *s);
/* Called with the size that could not be had; must not return. */
void gw_set_oom_handler(void (*fn)(size_t n));
#endif
