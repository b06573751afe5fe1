/* examples/agencies.c: the gw-agencies engine through the public header.
 * Reads lines from stdin, each a paragraph, and prints each agency:
 *
 *   line  start  end  span  name  level  role */
#define _POSIX_C_SOURCE 200809L  /* getline */
#include <gongwen.h>

#include <stdio.h>
#include <stdlib.h>

int main(void)
{
	gw_error *err = gw_error_new();
	gw_agencies *a = gw_agencies_new(err);
	if (!a) {
		fprintf(stderr, "agencies: %s\n", gw_error_message(err));
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
		long n = gw_agencies_scan(a, line, (size_t)len);
		for (long i = 0; i < n; i++) {
			struct gw_agency g;
			gw_agencies_get(a, (size_t)i, &g);
			printf("%zu\t%zu\t%zu\t%s\t%s\t%s\t%s\n", lineno, g.start, g.end, g.span, g.name, g.level, g.role);
		}
	}
	free(line);
	gw_agencies_free(a);
	gw_error_free(err);
	return 0;
}
