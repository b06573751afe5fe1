/* examples/sections.c: the gw-sections engine through the public header.
 * Reads lines from stdin, each a paragraph of one document, and prints
 * each paragraph's place in the outline as gw-sections does:
 *
 *   par  sec  level  heading  text
 *
 * Paragraphs may be decided a little later than they are added (the
 * engine looks at the ones after a candidate heading): print what each
 * call returns, and what the end of the document returns. */
#define _POSIX_C_SOURCE 200809L  /* getline */
#include <gongwen.h>

#include <stdio.h>
#include <stdlib.h>

static void print(const gw_outliner *o, long n)
{
	for (long i = 0; i < n; i++) {
		struct gw_section s;
		gw_outliner_get(o, (size_t)i, &s);
		printf("%zu\t%s\t%d\t%s\t%s\n", s.par, s.sec, s.level, s.heading, s.text);
	}
}

int main(void)
{
	gw_error *err = gw_error_new();
	gw_outliner *o = gw_outliner_new(0, GW_SECTIONS_PLAIN, err);
	if (!o) {
		fprintf(stderr, "sections: %s\n", gw_error_message(err));
		gw_error_free(err);
		return 2;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	while ((len = getline(&line, &cap, stdin)) >= 0) {
		if (len && line[len - 1] == '\n')
			len--;
		if (len)
			print(o, gw_outliner_add(o, line, (size_t)len));
	}
	print(o, gw_outliner_new_document(o));
	free(line);
	gw_outliner_free(o);
	gw_error_free(err);
	return 0;
}
