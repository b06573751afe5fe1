/* strset: membership of whole strings only, lengths that are a multiple
 * of eight and not, growth past the first table size, the empty string. */
#include "core/strset.h"

#include <stdio.h>
#include <string.h>

static int fails;
#define CHECK(c) do { if (!(c)) { printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #c); fails++; } } while (0)

int main(void)
{
	struct gw_strset s;
	gw_strset_init(&s);
	gw_strset_add(&s, "纸坊镇", strlen("纸坊镇"));
	gw_strset_add(&s, "嘉祥街道", strlen("嘉祥街道"));   /* 12 bytes */
	gw_strset_add(&s, "abcdefgh", 8);
	CHECK(gw_strset_has(&s, "纸坊镇", strlen("纸坊镇")));
	CHECK(gw_strset_has(&s, "嘉祥街道", strlen("嘉祥街道")));
	CHECK(gw_strset_has(&s, "abcdefgh", 8));
	CHECK(!gw_strset_has(&s, "abcdefg", 7));
	CHECK(!gw_strset_has(&s, "纸坊", strlen("纸坊")));
	CHECK(!gw_strset_has(&s, "得到镇", strlen("得到镇")));
	CHECK(!gw_strset_has(&s, "", 0));
	gw_strset_add(&s, "", 0);
	CHECK(gw_strset_has(&s, "", 0));
	char buf[32];
	for (int i = 0; i < 50000; i++) {
		int n = snprintf(buf, sizeof buf, "town%d镇", i);
		gw_strset_add(&s, buf, (size_t)n);
	}
	int missing = 0, extra = 0;
	for (int i = 0; i < 50000; i++) {
		int n = snprintf(buf, sizeof buf, "town%d镇", i);
		missing += !gw_strset_has(&s, buf, (size_t)n);
		n = snprintf(buf, sizeof buf, "town%d乡", i);
		extra += gw_strset_has(&s, buf, (size_t)n);
	}
	CHECK(missing == 0);
	CHECK(extra == 0);
	CHECK(gw_strset_has(&s, "纸坊镇", strlen("纸坊镇")));
	gw_strset_free(&s);
	return fails != 0;
}
