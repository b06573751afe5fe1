/* The line reader against a reference split: random lines of random
 * lengths (some past the record limit, some across block edges, the
 * last without LF) must come back exactly, with over-long ones skipped
 * and counted. */
#include "stream/lines.h"
#include "stream/die.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
	unsigned seed = 7;
	size_t fails = 0;
	gw_init("line_reader");
	for (int round = 0; round < 40; round++) {
		size_t max = 1000 + (size_t)(rand_r(&seed) % 300000);
		size_t nlines = 1 + (size_t)(rand_r(&seed) % 200);
		size_t *len = malloc(nlines * sizeof *len), total = 0;
		for (size_t i = 0; i < nlines; i++) {
			int r = rand_r(&seed) % 10;
			len[i] = r < 6 ? (size_t)(rand_r(&seed) % 100) :
			         r < 9 ? (size_t)(rand_r(&seed) % 200000) : max + 1 + (size_t)(rand_r(&seed) % 1000);
			total += len[i] + 1;
		}
		int noeol = rand_r(&seed) % 2;
		char *data = malloc(total);
		size_t o = 0;
		for (size_t i = 0; i < nlines; i++) {
			for (size_t k = 0; k < len[i]; k++)
				data[o++] = (char)('a' + (i + k) % 26);
			data[o++] = '\n';
		}
		if (noeol)
			o--;
		char path[] = "/tmp/gw-lr-XXXXXX";
		int fd = mkstemp(path);
		if (fd < 0 || write(fd, data, o) != (ssize_t)o)
			return 2;
		close(fd);
		struct gw_lines r;
		FILE *devnull = freopen("/dev/null", "w", stderr);
		(void)devnull;
		gw_lines_open(&r, path, max);
		const char *p;
		size_t n, i = 0, skipped = 0;
		for (size_t want = 0; want < nlines; want++) {
			if (len[want] > max) {
				skipped++;
				continue;
			}
			if (!gw_lines_next(&r, &p, &n) || n != len[want] ||
			    (n && (p[0] != (char)('a' + want % 26))) || r.lineno != want + 1) {
				fails++;
				break;
			}
			i++;
		}
		if (gw_lines_next(&r, &p, &n) || r.skipped != skipped)
			fails++;
		gw_lines_close(&r);
		unlink(path);
		free(data);
		free(len);
	}
	printf("%zu failures\n", fails);
	return fails != 0;
}
