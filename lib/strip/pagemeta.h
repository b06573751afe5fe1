/* Document metadata in page chrome: "刊发日期:2022-01-30 作者:admin",
 * "发文字号: | 嘉政办字〔2023〕22号 |". Labels and the keys they give
 * come from share/gongwen/meta.txt. */
#ifndef GW_PAGEMETA_H
#define GW_PAGEMETA_H
#include <stddef.h>
#include "core/buf.h"

struct gw_error;
/* Read the labels of path (meta.txt: label TAB key): 0, or -1 with err
 * set (path:line). */
int gw_meta_load(const char *path, struct gw_error *err);
/* Start a document / look for labelled values in one line. */
void gw_meta_begin(void);
void gw_meta_scan(const char *s, size_t n);
/* Hand the key/value pairs found to fn (title first; the fallback
 * title is used when no label gave one); the caller writes the rows. */
typedef void gw_meta_row_fn(const char *key, const char *value, size_t len, void *arg);
void gw_meta_rows(const char *title, size_t titlelen, gw_meta_row_fn *fn, void *arg);
void gw_meta_free(void);
#endif
