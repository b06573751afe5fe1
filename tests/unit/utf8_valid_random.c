/* Property: gw_utf8_valid (with its fast paths for runs of CJK) agrees with
 * a plain byte-by-byte reading of RFC 3629 on random strings made of
 * ASCII, CJK, the edge sequences (E0 A0, ED 9F, EE, EF BF BF, 4-byte) and
 * broken ones (surrogates, overlongs, truncations, stray continuation
 * bytes), at every offset and length. */
#include "core/utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t ref_len(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	if (c < 0x80) return 1;
	if (c < 0xC2 || c > 0xF4) return 0;
	size_t l = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
	if (n < l) return 0;
	for (size_t k = 1; k < l; k++)
		if ((s[k] & 0xC0) != 0x80) return 0;
	if (c == 0xE0 && s[1] < 0xA0) return 0;
	if (c == 0xED && s[1] >= 0xA0) return 0;
	if (c == 0xF0 && s[1] < 0x90) return 0;
	if (c == 0xF4 && s[1] >= 0x90) return 0;
	return l;
}

static int ref_valid(const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		size_t l = ref_len(s + i, n - i);
		if (!l) return 0;
		i += l;
	}
	return 1;
}

static const char *atoms[] = {"a", " ", "0", "\xe4\xb8\xad", "\xe6\x96\x87", "\xe9\xbe\xa5", "\xe4\xb8\x80",
	"\xe1\x80\x80", "\xec\xbf\xbf", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xee\x80\x80", "\xef\xbf\xbf",
	"\xc3\xa9", "\xf0\x9f\x98\x80", "\xed\xa0\x80", "\xe0\x80\xaf", "\xc0\xaf", "\xe4\xb8", "\xe4",
	"\x80", "\xff", "\xf4\x90\x80\x80"};

int main(void)
{
	unsigned seed = 4242;
	size_t fails = 0, cases = 20000;
	unsigned char buf[256];
	for (size_t c = 0; c < cases; c++) {
		size_t n = 0;
		int k = rand_r(&seed) % 48;
		int cjk = rand_r(&seed) % 2;  /* half the cases mostly 3-byte sequences (E0 ED EE EF too) */
		for (int i = 0; i < k; i++) {
			int a = cjk && rand_r(&seed) % 8 ? 3 + rand_r(&seed) % 10 :
			        rand_r(&seed) % (int)(sizeof atoms / sizeof *atoms);
			size_t l = strlen(atoms[a]);
			memcpy(buf + n, atoms[a], l);
			n += l;
		}
		for (size_t off = 0; off < 8 && off <= n; off++)
			for (size_t len = n - off; len + 16 >= n - off && len <= n - off; len--) {
				int got = gw_utf8_valid((const char *)buf + off, len);
				int want = ref_valid(buf + off, len);
				if (got != want && fails++ < 5)
					fprintf(stderr, "case %zu off %zu len %zu: got %d want %d\n", c, off, len, got, want);
				if (!len)
					break;
			}
	}
	if (fails) {
		fprintf(stderr, "gw_utf8_valid_random: %zu disagreements\n", fails);
		return 1;
	}
	return 0;
}
