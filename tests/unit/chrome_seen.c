/* Property (chrome.h): the repeat check of a document costs what that
 * document used. After one document with many distinct body lines and
 * one small document, the next documents start with a small table, not one the size of the
 * largest document (which would be wiped for every small document
 * after it); and repeats are still found in each document, never
 * across documents. */
#include "strip/chrome.h"

#include <stdio.h>
#include <string.h>

static size_t repeats, kept;

static void emit(void *arg, size_t lineno, const char *s, size_t n, int keep, const char *reason)
{
	(void)arg, (void)lineno, (void)s, (void)n;
	if (keep)
		kept++;
	else if (!strcmp(reason, "repeat"))
		repeats++;
}

static void line(struct gw_chrome *c, size_t no, unsigned k)
{
	char t[160];
	int n = snprintf(t, sizeof t, "第%u条，各地区各部门要认真贯彻落实本通知精神，结合实际抓好组织实施，确保取得实效。", k);
	gw_chrome_line(c, no, t, (size_t)n);
}

int main(void)
{
	struct gw_chrome c;
	int fails = 0;
	gw_chrome_init(&c, emit, NULL);
	gw_chrome_begin(&c, 1);
	for (unsigned k = 0; k < 100000; k++)
		line(&c, k + 1, k);
	line(&c, 100001, 7);
	gw_chrome_end(&c);
	if (repeats != 1) {
		fprintf(stderr, "big document: %zu repeats, want 1\n", repeats);
		fails++;
	}
	if (c.capseen < 100000) {
		fprintf(stderr, "big document: table of %zu slots for 100000 lines\n", c.capseen);
		fails++;
	}
	for (int d = 0; d < 3; d++) {
		repeats = kept = 0;
		gw_chrome_begin(&c, 1);
		/* the first one clears what the big one used; later ones less */
		if (d > 0 && c.capseen > 256) {
			fprintf(stderr, "document %d starts with a table of %zu slots\n", d, c.capseen);
			fails++;
		}
		line(&c, 1, 7);      /* seen in the big document: not a repeat here */
		line(&c, 2, 8);
		line(&c, 3, 7);
		gw_chrome_end(&c);
		if (repeats != 1 || kept != 2) {
			fprintf(stderr, "document %d: %zu repeats, %zu kept; want 1, 2\n", d, repeats, kept);
			fails++;
		}
	}
	gw_chrome_free(&c);
	return fails != 0;
}
