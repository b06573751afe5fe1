/* Encoding detection and conversion to UTF-8 for scraped pages: a BOM,
 * then valid UTF-8, then an HTML <meta> charset, then uchardet, then the
 * NUL-byte pattern of BOM-less UTF-16. GB2312 and GBK are read as their
 * superset GB18030, which is what browsers do. Conversion streams: a
 * sequence cut at a block boundary is carried to the next block, and
 * every invalid byte becomes U+FFFD and is counted, never dropped. */
#ifndef GW_ENCODING_H
#define GW_ENCODING_H
#include <stddef.h>
#include "buf.h"

/* Name of the encoding of a document that starts with s[0..n) (n may be
 * a prefix); *how says which rule decided ("bom", "utf-8", "meta",
 * "uchardet", "utf-16-nul", "default"), *bom the BOM length to skip. */
const char *enc_detect(const char *s, size_t n, int at_eof, const char **how, size_t *bom);

/* The iconv name to use for a user's or a page's charset label: GB2312,
 * GBK, x-gbk, CP936 -> GB18030; BIG5 -> BIG5-HKSCS; UTF8 -> UTF-8. NULL
 * if iconv does not know it. */
const char *enc_canonical(const char *label, size_t n);

struct gw_decoder {
	const char *from;     /* canonical name */
	int utf8;             /* input already UTF-8: validate and repair only */
	int unit;             /* bytes to skip over an invalid sequence */
	int tentative;        /* UTF-8 chosen on ASCII alone: the first
	                       * non-ASCII bytes decide again (dec_feed) */
	const char *how;      /* set when they did: the rule that chose */
	struct gw_buf hold;   /* too few of them yet to decide on */
	int checked;          /* the first block was found valid UTF-8 by
	                       * enc_detect: do not check it again */
	void *cd;             /* iconv_t */
	char carry[8];        /* an incomplete sequence from the last block */
	size_t ncarry;
	size_t invalid;       /* input bytes replaced by U+FFFD */
};

/* 0 on success, -1 if the encoding is not supported. */
int dec_open(struct gw_decoder *d, const char *from);
/* Convert in[0..n), appending UTF-8 to out. last: no more input, so an
 * incomplete sequence at the end is invalid. A tentative decoder passes
 * ASCII through; at the first non-ASCII byte it runs enc_detect on the
 * rest of the block (from that byte) and converts from there on in the
 * encoding found, so a page that is ASCII for its first block and GBK
 * after is read as GBK, not as invalid UTF-8. ASCII reads the same in
 * every encoding detected, so nothing already written changes. */
void dec_feed(struct gw_decoder *d, const char *in, size_t n, int last, struct gw_buf *out);
void dec_close(struct gw_decoder *d);
#endif
