/* The fast paths of gw_utf8_valid (common 3-byte sequences taken inline)
 * and gw_out_field (clean text skipped 8 bytes at a time) give exactly the
 * answers of the plain byte-by-byte definitions:
 * - gw_utf8_valid against a reference validator written from the Unicode
 *   table (Table 3-7), on every 1- and 2-byte string, on every 3- and
 *   4-byte string over a set of boundary bytes, each also inside CJK and
 *   ASCII context (so the fast loop enters and leaves at every offset);
 * - gw_out_field against a reference escaper, on random strings of CJK,
 *   ASCII, the four special bytes and bytes near them (0x0D, 0x0E, 0x5B,
 *   0x5D...), at every length and alignment up to 80 bytes. */
#include "stream/tsv.h"
#include "core/utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int ref_valid(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		unsigned c = s[i], lo = 0x80, hi = 0xBF;
		size_t k;
		if (c < 0x80) { i++; continue; }
		if (c >= 0xC2 && c <= 0xDF) k = 1;
		else if (c >= 0xE0 && c <= 0xEF) {
			k = 2;
			if (c == 0xE0) lo = 0xA0;
			if (c == 0xED) hi = 0x9F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			k = 3;
			if (c == 0xF0) lo = 0x90;
			if (c == 0xF4) hi = 0x8F;
		} else
			return 0;
		if (i + k + 1 > n) return 0;
		if (s[i + 1] < lo || s[i + 1] > hi) return 0;
		for (size_t j = 2; j <= k; j++)
			if (s[i + j] < 0x80 || s[i + j] > 0xBF) return 0;
		i += k + 1;
	}
	return 1;
}

static size_t fails;

static void check(const unsigned char *s, size_t n)
{
	static const char *pre[] = {"", "a", "\xe4\xb8\xad", "\xe4\xb8\xad\xe6\x96\x87", "abcdefgh\xe4\xb8\xad"};
	static const char *post[] = {"", "a", "\xe4\xb8\xad", "\xe6\x96\x87x"};
	unsigned char b[64];
	for (size_t p = 0; p < sizeof pre / sizeof *pre; p++)
		for (size_t q = 0; q < sizeof post / sizeof *post; q++) {
			size_t lp = strlen(pre[p]), lq = strlen(post[q]), m = lp + n + lq;
			memcpy(b, pre[p], lp);
			memcpy(b + lp, s, n);
			memcpy(b + lp + n, post[q], lq);
			if (!!gw_utf8_valid((const char *)b, m) != ref_valid(b, m)) {
				if (fails++ < 10) {
					printf("gw_utf8_valid differs on");
					for (size_t i = 0; i < m; i++) printf(" %02x", b[i]);
					printf("\n");
				}
			}
		}
}

static void ref_escape(const char *s, size_t n, char *o, size_t *on)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		switch (s[i]) {
		case '\\': o[k++] = '\\'; o[k++] = '\\'; break;
		case '\t': o[k++] = '\\'; o[k++] = 't'; break;
		case '\n': o[k++] = '\\'; o[k++] = 'n'; break;
		case '\r': o[k++] = '\\'; o[k++] = 'r'; break;
		default: o[k++] = s[i];
		}
	}
	*on = k;
}

int main(void)
{
	static const unsigned char edge[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
		0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
	const size_t ne = sizeof edge;
	unsigned char s[4];
	for (unsigned a = 0; a < 256; a++) {
		s[0] = (unsigned char)a;
		check(s, 1);
		for (unsigned b = 0; b < 256; b++) {
			s[1] = (unsigned char)b;
			check(s, 2);
		}
	}
	for (size_t a = 0; a < ne; a++)
		for (size_t b = 0; b < ne; b++)
			for (size_t c = 0; c < ne; c++) {
				s[0] = edge[a]; s[1] = edge[b]; s[2] = edge[c];
				check(s, 3);
				for (size_t d = 0; d < ne; d++) {
					s[3] = edge[d];
					check(s, 4);
				}
			}

	/* gw_out_field: captured through a pipe, as escape_roundtrip does. */
	static const char *atoms[] = {"\xe4\xb8\xad", "\xe6\x96\x87", "a", "7", "\\", "\t", "\n", "\r",
		"\x0d", "\x0e", "\x0c", "\x01", "[", "]", "\x5b\x5d", "\xc5\x9c", "\xff", " "};
	unsigned seed = 7;
	char in[128], want[256], got[512];
	for (size_t c = 0; c < 20000; c++) {
		size_t n = 0, target = (size_t)(rand_r(&seed) % 80);
		int specials = rand_r(&seed) % 4; /* often none: long clean runs */
		while (n < target) {
			const char *a = atoms[rand_r(&seed) % (specials ? 18 : 4)];
			size_t l = strlen(a);
			if (n + l > target) break;
			memcpy(in + n, a, l);
			n += l;
		}
		size_t wn;
		ref_escape(in, n, want, &wn);
		int fd[2];
		if (pipe(fd) < 0) return 2;
		int saved = dup(1);
		dup2(fd[1], 1);
		gw_out_field(in, n);
		gw_out_flush();
		dup2(saved, 1);
		close(saved);
		close(fd[1]);
		ssize_t m = read(fd[0], got, sizeof got);
		close(fd[0]);
		if (m < 0) return 2;
		if ((size_t)m != wn || memcmp(got, want, wn) != 0) {
			if (fails++ < 10) printf("gw_out_field differs on case %zu (%zu bytes)\n", c, n);
		}
	}
	if (fails) {
		printf("%zu failures\n", fails);
		return 1;
	}
	return 0;
}
