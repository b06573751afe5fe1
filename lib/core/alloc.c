#include "alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void oom_default(size_t n)
{
	fprintf(stderr, "gongwen: out of memory (%zu bytes)\n", n);
	abort();
}

static void (*oom)(size_t) = oom_default;

void gw_set_oom_handler(void (*fn)(size_t n)) { oom = fn ? fn : oom_default; }

void *gw_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom(n);
	return p;
}

void *gw_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom(n);
	return p;
}

void *gw_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom(n * size);
	return p;
}

char *gw_xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(gw_xmalloc(n), s, n);
}
