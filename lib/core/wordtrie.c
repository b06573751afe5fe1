#include "wordtrie.h"
#include "alloc.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

static size_t slot(uint64_t k, size_t cap)
{
	return (size_t)((k * 0x9E3779B97F4A7C15ull) >> 20) & (cap - 1);
}

static int32_t find(const struct gw_wordtrie *t, int32_t node, uint32_t cp)
{
	uint64_t k = ((uint64_t)node << 21 | cp) + 1;
	for (size_t i = slot(k, t->cap);; i = (i + 1) & (t->cap - 1)) {
		if (t->key[i] == k)
			return t->child[i];
		if (t->key[i] == 0)
			return -1;
	}
}

static void put(struct gw_wordtrie *t, uint64_t k, int32_t c)
{
	size_t i = slot(k, t->cap);
	while (t->key[i])
		i = (i + 1) & (t->cap - 1);
	t->key[i] = k;
	t->child[i] = c;
}

static void grow(struct gw_wordtrie *t)
{
	uint64_t *ok = t->key;
	int32_t *oc = t->child;
	size_t ocap = t->cap;
	t->cap = ocap ? ocap * 2 : 1024;
	t->key = gw_xcalloc(t->cap, sizeof *t->key);
	t->child = gw_xmalloc(t->cap * sizeof *t->child);
	for (size_t i = 0; i < ocap; i++)
		if (ok[i])
			put(t, ok[i], oc[i]);
	free(ok);
	free(oc);
}

static int32_t newnode(struct gw_wordtrie *t)
{
	if (t->nodes == t->valcap) {
		t->valcap = t->valcap ? t->valcap * 2 : 1024;
		t->val = gw_xrealloc(t->val, t->valcap * sizeof *t->val);
	}
	t->val[t->nodes] = -1;
	return (int32_t)t->nodes++;
}

void gw_wordtrie_init(struct gw_wordtrie *t)
{
	memset(t, 0, sizeof *t);
	grow(t);
	newnode(t);   /* the root */
}

void gw_wordtrie_free(struct gw_wordtrie *t)
{
	free(t->key);
	free(t->child);
	free(t->val);
	memset(t, 0, sizeof *t);
}

void gw_wordtrie_add(struct gw_wordtrie *t, const char *s, size_t n, int32_t v, int replace)
{
	int32_t node = 0;
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		i += gw_utf8_decode((const unsigned char *)s + i, &cp);
		int32_t c = find(t, node, cp);
		if (c < 0) {
			if ((t->used + 1) * 2 > t->cap)
				grow(t);
			c = newnode(t);
			put(t, ((uint64_t)node << 21 | cp) + 1, c);
			t->used++;
		}
		node = c;
	}
	if (t->val[node] < 0 || replace)
		t->val[node] = v;
}

size_t gw_wordtrie_longest(const struct gw_wordtrie *t, const char *s, size_t n, int32_t *v)
{
	int32_t node = 0;
	size_t best = 0;
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		i += gw_utf8_decode((const unsigned char *)s + i, &cp);
		node = find(t, node, cp);
		if (node < 0)
			break;
		if (t->val[node] >= 0) {
			best = i;
			*v = t->val[node];
		}
	}
	return best;
}

int32_t gw_wordtrie_get(const struct gw_wordtrie *t, const char *s, size_t n)
{
	int32_t node = 0;
	for (size_t i = 0; i < n && node >= 0;) {
		uint32_t cp;
		i += gw_utf8_decode((const unsigned char *)s + i, &cp);
		node = find(t, node, cp);
	}
	return node >= 0 ? t->val[node] : -1;
}
