/* A set of short byte strings for exact membership tests (the township
 * names of gw-agencies): all strings in one buffer, an open-addressing
 * table of offsets. Loading tens of thousands of names costs a copy and
 * a probe each, much less than a trie, for lists that are only ever
 * asked "is this whole string one of them?". */
#ifndef GW_STRSET_H
#define GW_STRSET_H
#include <stddef.h>
#include <stdint.h>
#include "buf.h"

struct gw_strset {
	struct gw_buf str;   /* each entry: length byte, then the bytes */
	uint32_t *slot;      /* offset + 1 into str; 0 = empty */
	uint32_t *hash;      /* per slot: the entry's hash */
	size_t cap, used;
};

void gw_strset_init(struct gw_strset *s);
void gw_strset_free(struct gw_strset *s);
/* Add p[0..n) (n < 256; longer strings are ignored). -1 when the set
 * is full (4 GB of strings), else 0. */
int gw_strset_add(struct gw_strset *s, const char *p, size_t n);
int gw_strset_has(const struct gw_strset *s, const char *p, size_t n);
#endif
