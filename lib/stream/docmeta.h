/* Per-document metadata read back from a stream of doc key value rows
 * (gw-strip --meta): for each document, the first value of each key
 * asked for. Tools take it as a side input (gw-targets --meta). */
#ifndef GW_DOCMETA_H
#define GW_DOCMETA_H
#include <stddef.h>

struct gw_docmeta {
	const char *const *keys;   /* the keys kept, NULL-ended */
	size_t nkeys;
	char **doc;                /* as escaped in the stream, as the reader keeps it */
	char **val;                /* val[doc * nkeys + key], unescaped; NULL: none */
	size_t n, cap;
};

/* Add the rows of the stream at path (several files may be added);
 * opt names the option in messages. A file that cannot be read or has
 * no doc, key and value columns ends the tool (exit 2). */
void gw_docmeta_load(struct gw_docmeta *m, const char *const *keys, const char *path, const char *opt);
/* The value of keys[key] for doc[0..n), or NULL. */
const char *gw_docmeta_get(const struct gw_docmeta *m, const char *doc, size_t n, size_t key);
#endif
