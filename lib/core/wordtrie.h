/* A trie over code points for longest-match lookups of word lists
 * (place names, agency names, role words) at a position in UTF-8 text.
 * Edges live in one open-addressing hash table keyed by (node, code
 * point): one flat allocation whatever the list size, and a lookup costs
 * one probe per character matched. */
#ifndef GW_WORDTRIE_H
#define GW_WORDTRIE_H
#include <stddef.h>
#include <stdint.h>

struct gw_wordtrie {
	uint64_t *key;     /* (node << 21 | cp) + 1; 0 = empty slot */
	int32_t *child;
	size_t cap, used;
	int32_t *val;      /* per node: value, -1 = no word ends here */
	size_t nodes, valcap;
};

void gw_wordtrie_init(struct gw_wordtrie *t);
void gw_wordtrie_free(struct gw_wordtrie *t);
/* Add the valid UTF-8 word s[0..n) with value v (>= 0). A word already
 * present keeps its first value unless replace is set. */
void gw_wordtrie_add(struct gw_wordtrie *t, const char *s, size_t n, int32_t v, int replace);
/* Longest word that starts at s[0..n): its length in bytes (0: none) and
 * its value in *v. s must be valid UTF-8. */
size_t gw_wordtrie_longest(const struct gw_wordtrie *t, const char *s, size_t n, int32_t *v);
/* Value of exactly s[0..n), or -1. */
int32_t gw_wordtrie_get(const struct gw_wordtrie *t, const char *s, size_t n);
#endif
