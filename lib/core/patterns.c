#include "patterns.h"
#include "alloc.h"
#include "buf.h"

#include <stdlib.h>
#include <string.h>

pcre2_code *gw_pattern_compile(const char *pat, size_t n, unsigned flags,
    const char *path, unsigned long line, struct gw_error *err)
{
	int code;
	PCRE2_SIZE off;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, n, PCRE2_UTF | flags, &code, &off, NULL);
	if (!re) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(code, msg, sizeof msg);
		gw_error_at(err, path, line, "bad pattern at offset %zu: %s", (size_t)off, msg);
		return NULL;
	}
	/* JIT is an optimisation: where the platform lacks it, interpret.
	 * GONGWEN_NO_JIT turns it off: valgrind cannot follow JIT code and
	 * reports false errors in it (scripts/valgrind-check sets it). */
	if (!getenv("GONGWEN_NO_JIT"))
		pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	return re;
}

struct loadarg { struct gw_patset *ps; unsigned flags; struct gw_buf line; };

/* The whole line is the pattern: the reader's fields are put back
 * together with their TABs. */
static int add_pattern(const struct gw_row *row, void *arg, struct gw_error *err)
{
	struct loadarg *a = arg;
	struct gw_patset *ps = a->ps;
	gw_buf_clear(&a->line);
	for (size_t i = 0; i < row->n; i++) {
		if (i)
			gw_buf_addc(&a->line, '\t');
		gw_buf_add(&a->line, row->f[i], row->len[i]);
	}
	pcre2_code *re = gw_pattern_compile(a->line.p, a->line.len, a->flags, row->path, row->line, err);
	if (!re)
		return -1;
	if (ps->n == ps->cap) {
		ps->cap = ps->cap ? ps->cap * 2 : 32;
		ps->re = gw_xrealloc(ps->re, ps->cap * sizeof *ps->re);
		ps->src = gw_xrealloc(ps->src, ps->cap * sizeof *ps->src);
	}
	ps->re[ps->n] = re;
	ps->src[ps->n] = gw_xstrdup(a->line.p);
	ps->n++;
	return 0;
}

int gw_patset_add_file(struct gw_patset *ps, const char *path, unsigned flags, struct gw_error *err)
{
	struct loadarg a = {ps, flags, {0}};
	int rc = gw_data_each(path, add_pattern, &a, err);
	gw_buf_free(&a.line);
	if (!ps->md)
		ps->md = pcre2_match_data_create(16, NULL);
	return rc;
}

long gw_patset_match(struct gw_patset *ps, const char *s, size_t n)
{
	for (size_t i = 0; i < ps->n; i++)
		if (pcre2_match(ps->re[i], (PCRE2_SPTR)s, n, 0, PCRE2_NO_UTF_CHECK, ps->md, NULL) >= 0)
			return (long)i;
	return -1;
}

void gw_patset_free(struct gw_patset *ps)
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
