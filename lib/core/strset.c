#include "strset.h"
#include "alloc.h"

#include <stdlib.h>
#include <string.h>

/* Eight bytes at a time (the names are a few Chinese characters). */
static uint32_t hash(const char *p, size_t n)
{
	uint64_t h = n;
	for (; n >= 8; p += 8, n -= 8) {
		uint64_t w;
		memcpy(&w, p, 8);
		h = (h ^ w) * 0x9E3779B97F4A7C15ull;
		h ^= h >> 29;
	}
	uint64_t w = 0;
	memcpy(&w, p, n);
	h = (h ^ w) * 0x9E3779B97F4A7C15ull;
	return (uint32_t)(h >> 32);
}

static void put(struct gw_strset *s, uint32_t off, uint32_t h)
{
	size_t i = h & (s->cap - 1);
	while (s->slot[i])
		i = (i + 1) & (s->cap - 1);
	s->slot[i] = off + 1;
	s->hash[i] = h;
}

static void grow(struct gw_strset *s)
{
	uint32_t *old = s->slot, *oh = s->hash;
	size_t ocap = s->cap;
	s->cap = ocap ? ocap * 4 : 1024;
	s->slot = gw_xcalloc(s->cap, sizeof *s->slot);
	s->hash = gw_xmalloc(s->cap * sizeof *s->hash);
	for (size_t i = 0; i < ocap; i++)
		if (old[i])
			put(s, old[i] - 1, oh[i]);
	free(old);
	free(oh);
}

void gw_strset_init(struct gw_strset *s)
{
	memset(s, 0, sizeof *s);
	grow(s);
}

void gw_strset_free(struct gw_strset *s)
{
	gw_buf_free(&s->str);
	free(s->slot);
	free(s->hash);
	memset(s, 0, sizeof *s);
}

int gw_strset_has(const struct gw_strset *s, const char *p, size_t n)
{
	if (n > 255 || !s->cap)
		return 0;
	uint32_t h = hash(p, n);
	for (size_t i = h & (s->cap - 1); s->slot[i]; i = (i + 1) & (s->cap - 1)) {
		const char *e = s->str.p + s->slot[i] - 1;
		if (s->hash[i] == h && (unsigned char)e[0] == n && memcmp(e + 1, p, n) == 0)
			return 1;
	}
	return 0;
}

int gw_strset_add(struct gw_strset *s, const char *p, size_t n)
{
	/* a string added twice takes two slots: harmless for membership,
	 * and lists have no duplicates to speak of */
	if (n > 255)
		return 0;
	if (s->str.len + n + 1 >= UINT32_MAX)
		return -1;
	if ((s->used + 1) * 2 > s->cap)
		grow(s);
	uint32_t off = (uint32_t)s->str.len;
	gw_buf_addc(&s->str, (char)n);
	gw_buf_add(&s->str, p, n);
	put(s, off, hash(p, n));
	s->used++;
	return 0;
}
