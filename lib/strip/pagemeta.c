#include "pagemeta.h"
#include "chrome.h"
#include "core/alloc.h"
#include "core/datafile.h"
#include "core/patterns.h"

#include <stdlib.h>
#include <string.h>

static struct gw_buf rx;        /* the alternation of all labels */
static char **keys;             /* key of capture group i+1 */
static size_t nkeys;
static pcre2_code *re;
static pcre2_match_data *md;
static struct gw_buf found;     /* key \0 value \0 ... */

static int add_label(const struct gw_row *row, void *arg, struct gw_error *err)
{
	(void)arg;
	const char *s = row->f[0];
	size_t i = row->len[0], kf = 1;
	while (kf + 1 < row->n && row->len[kf] == 0)
		kf++;
	if (i == 0 || row->n < 2 || row->len[kf] == 0)
		return gw_error_at(err, row->path, row->line, "expected 'label key'");
	gw_buf_adds(&rx, rx.len ? "|(" : "(");
	/* any spaces between the label's characters */
	for (size_t k = 0; k < i;) {
		size_t l = 1;
		while (k + l < i && ((unsigned char)s[k + l] & 0xC0) == 0x80)
			l++;
		if (k)
			gw_buf_adds(&rx, "\\s*");
		gw_buf_adds(&rx, "\\Q");
		gw_buf_add(&rx, s + k, l);
		gw_buf_adds(&rx, "\\E");
		k += l;
	}
	gw_buf_adds(&rx, ")");
	keys = gw_xrealloc(keys, (nkeys + 1) * sizeof *keys);
	keys[nkeys] = gw_xmalloc(row->len[kf] + 1);
	memcpy(keys[nkeys], row->f[kf], row->len[kf] + 1);
	nkeys++;
	return 0;
}

int gw_meta_load(const char *path, struct gw_error *err)
{
	if (gw_data_each(path, add_label, NULL, err) < 0)
		return -1;
	gw_buf_adds(&rx, "");
	struct gw_buf full = { 0 };
	/* a label starts a line or follows a space or '|'; a colon follows it */
	gw_buf_adds(&full, "(?:^|(?<=[\\s|]))(?:");
	gw_buf_add(&full, rx.p, rx.len);
	gw_buf_adds(&full, ")\\s*[:：]");
	re = gw_chrome_compile(full.p, full.len, path, 0, err);
	gw_buf_free(&full);
	if (!re)
		return -1;
	md = pcre2_match_data_create_from_pattern(re, NULL);
	return 0;
}

void gw_meta_begin(void) { gw_buf_clear(&found); }

static int have(const char *key)
{
	for (size_t i = 0; i < found.len;) {
		const char *k = found.p + i;
		if (strcmp(k, key) == 0)
			return 1;
		i += strlen(k) + 1;
		i += strlen(found.p + i) + 1;
	}
	return 0;
}

static void put(const char *key, const char *v, size_t n)
{
	if (n == 0 || have(key))
		return;
	gw_buf_add(&found, key, strlen(key) + 1);
	gw_buf_add(&found, v, n);
	gw_buf_addc(&found, 0);
}

void gw_meta_scan(const char *s, size_t n)
{
	if (!re || (!memchr(s, ':', n) && !memmem(s, n, "\xEF\xBC\x9A", 3)))
		return;
	size_t off = 0;
	const char *key = NULL;
	size_t vstart = 0;
	for (;;) {
		int rc = pcre2_match(re, (PCRE2_SPTR)s, n, off, PCRE2_NO_UTF_CHECK, md, NULL);
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		size_t mstart = rc >= 0 ? ov[0] : n;
		if (key) {
			/* the value: up to '|', two spaces, or the next label */
			size_t a = vstart, b = mstart;
			int bar = 0, gap = 0;
			while (a < b && (s[a] == ' ' || s[a] == '|' || s[a] == '\t')) {
				bar |= s[a] == '|';
				gap |= a > vstart && s[a] != '|' && s[a - 1] != '|';
				a++;
			}
			if (gap && !bar)   /* "作者:  语音阅读": no value */
				a = b;
			size_t e = a;
			while (e < b && s[e] != '|' && !(s[e] == ' ' && e + 1 < b && s[e + 1] == ' '))
				e++;
			while (e > a && (s[e - 1] == ' ' || s[e - 1] == '\t'))
				e--;
			put(key, s + a, e - a);
			key = NULL;
		}
		if (rc < 0)
			break;
		for (int g = 1; g < rc; g++)
			if (ov[2 * g] != PCRE2_UNSET) {
				key = keys[g - 1];
				break;
			}
		vstart = ov[1];
		off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
	}
}

void gw_meta_rows(const char *title, size_t titlelen, gw_meta_row_fn *fn, void *arg)
{
	if (!have("title") && titlelen)
		put("title", title, titlelen);
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < found.len;) {
			const char *k = found.p + i;
			i += strlen(k) + 1;
			const char *v = found.p + i;
			i += strlen(v) + 1;
			if ((pass == 0) != (strcmp(k, "title") == 0))
				continue;
			fn(k, v, strlen(v), arg);
		}
}

void gw_meta_free(void)
{
	for (size_t i = 0; i < nkeys; i++)
		free(keys[i]);
	free(keys);
	gw_buf_free(&rx);
	gw_buf_free(&found);
	pcre2_code_free(re);
	pcre2_match_data_free(md);
}
