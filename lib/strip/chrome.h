/* Telling a page's chrome (navigation, counters, share and login
 * prompts, footers) from the document's own lines. Two kinds of
 * evidence: patterns (share/gongwen/boilerplate.txt and -p files) and
 * position. The body is the region from the first to the last long,
 * paragraph-like line; short lines inside it are kept (they are the
 * headings), short lines before and after it are judged by rules that
 * say which chrome sits there. Runs of menu lines and, outside the
 * body, of list items are chrome wherever they sit, and a long line
 * that repeats an earlier one (a page's second copy of the article)
 * does not extend the body. Lines are decided as soon as the next
 * long line (or the end) shows which region they are in, so memory is
 * bounded by the longest run of short lines (and capped, see
 * CHROME_MAX_PENDING) plus 8 bytes a long line for the repeat check
 * (at most 2^20 lines; after that no more repeats are looked for). */
#ifndef GW_CHROME_H
#define GW_CHROME_H
#include <stddef.h>
#include <stdint.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include "core/buf.h"
#include "rejoin.h"

/* Lines of at least this many characters are never matched against the
 * patterns: no body paragraph can be lost to a loose pattern. */
#define CHROME_PATTERN_MAX 200
/* Most short lines held back waiting for a long one. */
#define CHROME_MAX_PENDING 10000
/* Pairs of characters the prefilter can hold (a power of two; when
 * half are taken, a pattern that needs more has no prefilter). */
#define CHROME_PAIRS 1024
/* Most characters one pattern's prefilter may mark. */
#define CHROME_UNDO 1024

struct gw_chrome_pat {
	pcre2_code *re;
	char *name;      /* "file:line", the reason in --label */
	char *src;       /* the pattern as written */
	int head;        /* (?#head): the page header ends at this line */
	int end;         /* (?#end): after the body, the document ends here */
	int jit;         /* JIT-compiled: pcre2_jit_match */
	int soft;        /* (?#soft): markup, not chrome; after the body it
	                  * does not mean the page's chrome has begun */
};

struct gw_chrome_rec {
	size_t lineno, off, len;
	size_t cps, cjk, punct, spaces;   /* its features (chrome.c) */
	long pat;        /* matching pattern or -1 */
	int head;
	int repeat;      /* a long line that repeats an earlier one */
	int teaser;      /* a long line before the body: title, space, text */
	const char *reason;
	int keep;
};

/* Called once per input line, in input order. */
typedef void (*gw_chrome_emit_fn)(void *arg, size_t lineno, const char *s, size_t n,
    int keep, const char *reason);

struct gw_chrome {
	struct gw_chrome_pat *pat;
	size_t npat, cappat;
	pcre2_match_data *md;
	/* The patterns PCRE2 finds anchored at the start and the
	 * prefilter cannot judge, as one alternation: one match call rules
	 * them all out for most lines (built at the first gw_chrome_begin;
	 * NULL if it could not be or there are none). */
	pcre2_code *anchored;
	int *in_anchored;            /* per pattern: part of it */
	int combined;
	/* Literal prefilter of the patterns (see prefilter() in chrome.c):
	 * need[i] is 0, or 1 + the bit (of 128) a line must have in its
	 * mask for pattern i to be tried. A line's mask is the union of
	 * chmask[chslot[cp]] over its characters cp (BMP only) and of
	 * chmask[pairslot[k]] over its pairs of adjacent characters (k:
	 * where pairkey holds the pair); the masks of the patterns that
	 * need the first character only from the line's first character
	 * and pair. A line's characters are first looked up in the bitmap
	 * marked (8 KB, cached): most are in no table. */
	size_t *need;
	size_t *need2;                /* 0, or 1 + a second bit it needs (need + npat + 1) */
	uint64_t second_bits[2];      /* the bits that are second bits */
	int dry;                      /* the parser looks, marks nothing */
	uint8_t *chslot;             /* 65536 entries, 0: no pattern cares */
	uint8_t *pairfirst;          /* 1: begins a pair (chslot + 65536) */
	uint64_t *marked;            /* bit cp: chslot or pairfirst set */
	uint32_t pairkey[CHROME_PAIRS];   /* first << 16 | second, 0: free */
	uint8_t pairslot[CHROME_PAIRS];
	size_t npairs;
	struct { uint8_t *slot, old; } undo[CHROME_UNDO];   /* one pattern's marks */
	size_t nundo;
	uint64_t chmask[256][2];
	size_t nslot, nneed;
	uint64_t first_bits[2];      /* patterns that need the first character */
	size_t bitpat[128];          /* the pattern of each prefilter bit */
	size_t *unf, nunf;           /* the patterns without one, in order */
	int anchored_jit;
	gw_chrome_emit_fn emit;
	int positional;              /* apply the head/tail position rules */
	int no_title;                /* drop the title line of a text dump */
	void *arg;
	/* per document */
	int in_body, ended;
	int in_body_next;            /* resolving the lines just above the body */
	int at_end;                  /* resolving the last lines of the input */
	int cut;                     /* the input ends without a line end (set
	                              * before gw_chrome_end; it clears it) */
	struct gw_buf text;          /* pending lines' text */
	struct gw_chrome_rec *rec;
	size_t nrec, caprec;
	struct gw_buf title;         /* the title line, once known */
	int title_headed;            /* it was found above a page header */
	uint32_t bullets[4];         /* bullet marks the document's kept lines open with */
	int nbullets;
	struct gw_buf labels;        /* task labels (责任单位), each NUL-ended */
	struct gw_rejoin rejoin;     /* text dumps: broken paragraphs joined first */
	uint64_t *seen;              /* hashes of the body lines so far */
	size_t nseen, capseen;       /* capseen: 0 or a power of two */
};

void gw_chrome_init(struct gw_chrome *c, gw_chrome_emit_fn emit, void *arg);
struct gw_error;
/* One pattern compiled with UTF and, unless GONGWEN_NO_JIT is set (for
 * valgrind, which cannot follow JIT code), JIT; NULL with err naming
 * path:line and the offset of a bad one. */
pcre2_code *gw_chrome_compile(const char *pat, size_t n, const char *path, unsigned long line,
    struct gw_error *err);
/* Add the patterns in path: 0, or -1 with err set (path:line and the
 * offset for a bad pattern; the file's error if it cannot be read). */
int gw_chrome_load(struct gw_chrome *c, const char *path, struct gw_error *err);
/* The task labels of path (agency-roles.txt: the rows of kind label):
 * after the signature, a line that opens with one (责任单位：…) is the
 * end of a task list, never the page's tail. 0, or -1 with err set. */
int gw_chrome_load_labels(struct gw_chrome *c, const char *path, struct gw_error *err);
/* positional: 1 for text dumps; 0 for text already cut out of a page by
 * the HTML scorer, where only the patterns and the header rule apply. */
void gw_chrome_begin(struct gw_chrome *c, int positional);
/* One line of valid UTF-8 (no LF). */
void gw_chrome_line(struct gw_chrome *c, size_t lineno, const char *s, size_t n);
/* End of document: decide what is still pending. */
void gw_chrome_end(struct gw_chrome *c);
void gw_chrome_free(struct gw_chrome *c);
#endif
