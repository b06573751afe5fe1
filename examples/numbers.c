/* examples/numbers.c: the gw-numbers engine from another C program,
 * through the public header only. Reads lines from stdin (each line one
 * paragraph of one document) and prints each quantity found:
 *
 *   line  start-end  span  value unit  kind
 *
 * Build: cc numbers.c $(pkg-config --cflags --libs gongwen)
 * Run:   echo 增长6%以上 | GONGWEN_DATADIR=/usr/local/share/gongwen ./a.out */
#define _POSIX_C_SOURCE 200809L  /* getline */
#include <gongwen.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
	gw_error *err = gw_error_new();
	gw_numbers *nb = gw_numbers_new(0, err);
	if (!nb) {
		fprintf(stderr, "numbers: %s\n", gw_error_message(err));
		gw_error_free(err);
		return 2;
	}
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t len;
	while ((len = getline(&line, &cap, stdin)) >= 0) {
		lineno++;
		if (len && line[len - 1] == '\n')
			len--;
		long n = gw_numbers_scan(nb, line, (size_t)len);
		if (n < 0) {
			fprintf(stderr, "numbers: line %zu: not UTF-8\n", lineno);
			continue;
		}
		for (long i = 0; i < n; i++) {
			struct gw_quantity q;
			gw_numbers_get(nb, (size_t)i, &q);
			printf("%zu\t%zu-%zu\t%s\t%s %s\t%s\n", lineno, q.start, q.end, q.span, q.value, q.unit, q.kind);
		}
	}
	free(line);
	gw_numbers_free(nb);
	gw_error_free(err);
	return 0;
}
