#include "docmeta.h"
#include "die.h"
#include "lines.h"
#include "tsv.h"
#include "core/alloc.h"

#include <stdlib.h>
#include <string.h>

static long find(const struct gw_docmeta *m, const char *doc, size_t n)
{
	for (size_t k = 0; k < m->n; k++)
		if (strlen(m->doc[k]) == n && !memcmp(m->doc[k], doc, n))
			return (long)k;
	return -1;
}

static long key_index(const struct gw_docmeta *m, const struct gw_tsv_view *k)
{
	for (size_t i = 0; i < m->nkeys; i++)
		if (strlen(m->keys[i]) == k->n && !memcmp(m->keys[i], k->p, k->n))
			return (long)i;
	return -1;
}

static size_t add_doc(struct gw_docmeta *m, const char *doc)
{
	if (m->n == m->cap) {
		m->cap = m->cap ? 2 * m->cap : 16;
		m->doc = gw_xrealloc(m->doc, m->cap * sizeof *m->doc);
		m->val = gw_xrealloc(m->val, m->cap * m->nkeys * sizeof *m->val);
	}
	m->doc[m->n] = gw_xstrdup(doc);
	for (size_t i = 0; i < m->nkeys; i++)
		m->val[m->n * m->nkeys + i] = NULL;
	return m->n++;
}

/* One row: kept when its key is asked for and the document has none yet
 * (the first value of a key wins, as in gw-strip --meta). */
static void add_row(struct gw_docmeta *m, struct gw_tsv_view *f, size_t nf, int cd, int ck, int cv)
{
	long key;
	if ((size_t)cd >= nf || (size_t)ck >= nf || (size_t)cv >= nf || (key = key_index(m, &f[ck])) < 0)
		return;
	f[cd].p[f[cd].n] = 0;   /* doc stays escaped, as the reader keeps it */
	f[cv].n = gw_tsv_unescape(f[cv].p, f[cv].n);
	f[cv].p[f[cv].n] = 0;
	long k = find(m, f[cd].p, f[cd].n);
	size_t d = k < 0 ? add_doc(m, f[cd].p) : (size_t)k;   /* may move m->val */
	char **slot = &m->val[d * m->nkeys + (size_t)key];
	if (!*slot)
		*slot = gw_xstrdup(f[cv].p);
}

void gw_docmeta_load(struct gw_docmeta *m, const char *const *keys, const char *path, const char *opt)
{
	struct gw_lines L;
	if (gw_lines_open(&L, path, gw_max_record) < 0)
		gw_die(GW_USAGE, "cannot read %s %s", opt, path);
	m->keys = keys;
	for (m->nkeys = 0; keys[m->nkeys]; m->nkeys++)
		;
	const char *line;
	size_t len;
	int cd = -1, ck = -1, cv = -1;
	struct gw_tsv_view f[16];
	while (gw_lines_next(&L, &line, &len)) {
		char *l = gw_xmalloc(len + 1);   /* once per metadata row, not per paragraph */
		memcpy(l, line, len);
		l[len] = 0;
		size_t nf = gw_tsv_split(l, len, f, 16);
		if (cd >= 0)
			add_row(m, f, nf, cd, ck, cv);
		else {
			cd = gw_tsv_column(f, nf, "doc"); ck = gw_tsv_column(f, nf, "key"); cv = gw_tsv_column(f, nf, "value");
			if (cd < 0 || ck < 0 || cv < 0)
				gw_die(GW_USAGE, "%s:1: %s wants a header with doc, key and value", path, opt);
		}
		free(l);
	}
	gw_lines_close(&L);
}

const char *gw_docmeta_get(const struct gw_docmeta *m, const char *doc, size_t n, size_t key)
{
	long k = find(m, doc, n);
	return k < 0 || key >= m->nkeys ? NULL : m->val[(size_t)k * m->nkeys + key];
}
