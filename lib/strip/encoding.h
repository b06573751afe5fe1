/* Encoding detection and conversion to UTF-8 for scraped pages: a BOM,
 * then valid UTF-8, then an HTML <meta> charset, then uchardet, then the
 * NUL-byte pattern of BOM-less UTF-16. GB2312 and GBK are read as their
 * superset GB18030, which is what browsers do. Conversion streams: a
 * sequence cut at a block boundary is carried to the next block, and
 * every invalid byte becomes U+FFFD and is counted, never dropped. */
#ifndef GW_ENCODING_H
#define GW_ENCODING_H
#include <stddef.h>
#include "core/buf.h"

/* Name of the encoding of a document that starts with s[0..n) (n may be
 * a prefix); *how says which rule decided ("bom", "utf-16-nul", "utf-8",
 * "meta", "uchardet", "fewest-invalid", "default"), *bom the BOM length
 * to skip. The non-ASCII part of s is judged, wherever it starts. */
const char *gw_enc_detect(const char *s, size_t n, int at_eof, const char **how, size_t *bom);
/* What the first bytes alone decide: a BOM or UTF-16's NUL pattern;
 * NULL if neither. */
const char *gw_enc_fixed(const char *s, size_t n, const char **how, size_t *bom);
/* The page's <meta> charset as browsers take it (a utf-16 label on
 * ASCII-compatible bytes reads as UTF-8), or NULL. Only a hint: it is
 * used when the bytes agree with it. */
const char *gw_enc_label(const char *s, size_t n);

/* A tentative decoder decides on the first DEC_JUDGE non-ASCII bytes
 * (with what lies between them), or on DEC_HOLD_MAX bytes from the first
 * non-ASCII one, or on what there is at the end of the input. */
enum { DEC_JUDGE = 1024, DEC_HOLD_MAX = 64 << 10 };

/* The iconv name to use for a user's or a page's charset label: GB2312,
 * GBK, x-gbk, CP936 -> GB18030; BIG5 -> BIG5-HKSCS; UTF8 -> UTF-8. NULL
 * if iconv does not know it. */
const char *gw_enc_canonical(const char *label, size_t n);

struct gw_decoder {
	const char *from;     /* canonical name */
	int utf8;             /* input already UTF-8: validate and repair only */
	int unit;             /* bytes to skip over an invalid sequence */
	int tentative;        /* undecided: ASCII passes through, the first
	                       * non-ASCII text decides (gw_decoder_feed) */
	const char *how;      /* set when it did: the rule that chose */
	struct gw_buf hold;   /* too little of it yet to decide on */
	char label[32];       /* the page's label (gw_decoder_label), a hint */
	char name[32];        /* from, when the decision named it */
	size_t pos;           /* input bytes fed so far */
	size_t misfit;        /* 1 + offset of the first block after the
	                       * decision that did not read in it, or 0 */
	void *cd;             /* iconv_t */
	char carry[8];        /* an incomplete sequence from the last block */
	size_t ncarry;
	size_t invalid;       /* input bytes replaced by U+FFFD */
};

/* 0 on success, -1 if the encoding is not supported. */
int gw_decoder_open(struct gw_decoder *d, const char *from);
/* Convert in[0..n), appending UTF-8 to out. last: no more input, so an
 * incomplete sequence at the end is invalid. A tentative decoder passes
 * ASCII through; from the first non-ASCII byte it holds the input until
 * it has enough non-ASCII text to judge (DEC_JUDGE), decides, and
 * converts from there on in the encoding found, so a page whose Chinese
 * text starts late (after a long ASCII menu, or in the last bytes of a
 * block) is read as what it is. ASCII reads the same in every encoding
 * detected, so nothing already written changes. */
void gw_decoder_feed(struct gw_decoder *d, const char *in, size_t n, int last, struct gw_buf *out);
/* The page's label for a tentative decoder to weigh (gw_enc_label). */
void gw_decoder_label(struct gw_decoder *d, const char *label);
void gw_decoder_close(struct gw_decoder *d);
#endif
