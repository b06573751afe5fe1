/* wordtrie: longest match, exact lookup, replace rules, growth past the
 * first table size. */
#include "core/wordtrie.h"

#include <stdio.h>
#include <string.h>

static int fails;
#define CHECK(c) do { if (!(c)) { printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #c); fails++; } } while (0)

int main(void)
{
	struct gw_wordtrie t;
	gw_wordtrie_init(&t);
	gw_wordtrie_add(&t, "嘉祥", strlen("嘉祥"), 1, 0);
	gw_wordtrie_add(&t, "嘉祥县", strlen("嘉祥县"), 2, 0);
	gw_wordtrie_add(&t, "嘉祥县", strlen("嘉祥县"), 3, 0);   /* kept: no replace */
	int32_t v = -1;
	const char *s = "嘉祥县发改局";
	CHECK(gw_wordtrie_longest(&t, s, strlen(s), &v) == strlen("嘉祥县") && v == 2);
	s = "嘉祥经开区";
	CHECK(gw_wordtrie_longest(&t, s, strlen(s), &v) == strlen("嘉祥") && v == 1);
	s = "嘉";
	CHECK(gw_wordtrie_longest(&t, s, strlen(s), &v) == 0);
	CHECK(gw_wordtrie_get(&t, "嘉祥", strlen("嘉祥")) == 1);
	CHECK(gw_wordtrie_get(&t, "嘉", strlen("嘉")) == -1);
	CHECK(gw_wordtrie_get(&t, "祥县", strlen("祥县")) == -1);
	gw_wordtrie_add(&t, "嘉祥县", strlen("嘉祥县"), 4, 1);   /* replace */
	CHECK(gw_wordtrie_get(&t, "嘉祥县", strlen("嘉祥县")) == 4);
	/* many words: the edge table grows and old edges survive */
	char w[16];
	for (uint32_t i = 0; i < 5000; i++) {
		int n = snprintf(w, sizeof w, "x%u", i);
		gw_wordtrie_add(&t, w, (size_t)n, (int32_t)i, 0);
	}
	for (uint32_t i = 0; i < 5000; i += 7) {
		int n = snprintf(w, sizeof w, "x%u", i);
		CHECK(gw_wordtrie_get(&t, w, (size_t)n) == (int32_t)i);
	}
	CHECK(gw_wordtrie_get(&t, "嘉祥", strlen("嘉祥")) == 1);
	/* the string may end inside a longer word */
	s = "x12";
	CHECK(gw_wordtrie_longest(&t, s, 2, &v) == 2 && v == 1);
	gw_wordtrie_free(&t);
	return fails != 0;
}
