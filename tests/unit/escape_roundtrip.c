/* Property: for random byte strings rich in TAB, LF, CR, backslash, CJK
 * and invalid bytes, escaping then unescaping gives the original, and an
 * escaped field never holds a TAB or LF that would split a row. */
#include "stream/tsv.h"
#include "core/utf8.h"
#include "core/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *atoms[] = {"\t", "\n", "\r", "\\", "\\t", "\\n", "a", " ",
	"\xe4\xb8\xad", "\xe6\x96\x87", "\xff", "\xc3", "\xe4\xb8", "\xed\xa0\x80", "\xc0\xaf", "0"};

int main(void)
{
	int pipefd[2];
	unsigned seed = 12345;
	size_t fails = 0, cases = 2000;
	char in[512], back[2048];
	for (size_t c = 0; c < cases; c++) {
		size_t n = 0;
		int k = rand_r(&seed) % 40;
		for (int i = 0; i < k; i++) {
			const char *a = atoms[rand_r(&seed) % (int)(sizeof atoms / sizeof *atoms)];
			size_t l = strlen(a);
			memcpy(in + n, a, l);
			n += l;
		}
		if (pipe(pipefd) < 0)
			return 2;
		int saved = dup(1);
		dup2(pipefd[1], 1);
		gw_out_field(in, n);
		gw_out_flush();
		dup2(saved, 1);
		close(saved);
		close(pipefd[1]);
		ssize_t m = read(pipefd[0], back, sizeof back);
		close(pipefd[0]);
		if (m < 0)
			return 2;
		if (memchr(back, '\t', (size_t)m) || memchr(back, '\n', (size_t)m) || memchr(back, '\r', (size_t)m)) {
			printf("case %zu: escaped field holds a separator\n", c);
			fails++;
		}
		size_t l = gw_tsv_unescape(back, (size_t)m);
		if (l != n || memcmp(back, in, n) != 0) {
			printf("case %zu: round trip differs\n", c);
			fails++;
		}
		/* Repair is the identity on valid UTF-8 and always yields valid UTF-8. */
		struct gw_buf b = {0};
		size_t bad = gw_utf8_repair(in, n, &b);
		if (!gw_utf8_valid(b.p, b.len) || (gw_utf8_valid(in, n) && (bad || b.len != n))) {
			printf("case %zu: gw_utf8_repair wrong\n", c);
			fails++;
		}
		gw_buf_free(&b);
	}
	printf("%zu cases, %zu failures\n", cases, fails);
	return fails != 0;
}
