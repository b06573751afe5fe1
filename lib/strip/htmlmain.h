/* The main text of an HTML page: parse with libxml2's HTML parser (the
 * one readability-lxml and trafilatura stand on), drop what is never
 * content (script, style, nav, header, footer, aside, form ...), score
 * block elements by their text, Chinese and Latin punctuation and link
 * density, keep the best-scoring subtree and its sibling paragraphs, and
 * write it as lines: block elements and <br> end a line. */
#ifndef GW_HTMLMAIN_H
#define GW_HTMLMAIN_H
#include <stddef.h>
#include "core/buf.h"

/* 1 if s[0..n) looks like HTML (a tag near the start). */
int gw_html_sniff(const char *s, size_t n);
/* Extract the main text of the UTF-8 page s[0..n) into out (lines
 * separated by LF), the <title> into title and the article's headline
 * into headline: the first <h1>, else <h2>, <h3>, that agrees with the
 * <title> (holds its longest part, or most of it), else that longest
 * part ("Headline_Site name" -> "Headline"); empty if none. The main
 * text may or may not hold the headline already. -1 if the parser gave
 * up, -2 if the page needs more memory than gw_html_budget allows (out,
 * title and headline then hold nothing useful), else 0. */
int gw_html_main_text(const char *s, size_t n, struct gw_buf *out, struct gw_buf *title,
    struct gw_buf *headline);
/* Drop, in place, the declarations browsers never show (a DOCTYPE with
 * its internal subset, CDATA sections, other "<!" and "<?") outside
 * comments and script, style, textarea, xmp, title; LFs stay. Returns
 * the new length of s. */
size_t gw_html_drop_declarations(char *s, size_t n);
/* The most bytes one page's extraction may hold besides the page itself:
 * libxml2's tree and buffers, the scores, the text written. Unlimited
 * until set. */
void gw_html_budget(size_t bytes);
/* The error that stopped the last parse early (the rest of the page was
 * not read), or NULL; *line is its line in the page. */
const char *gw_html_fatal(int *line);
#endif
