/* The outline of a Chinese official document: heading markers in the
 * GB/T 9704-2012 families (一、 (一) 1. (1) and their variants), where a
 * heading ends inside its paragraph, and the stack of marker styles that
 * turns markers into levels the way Markdown turns # counts into levels:
 * the order in which styles first appear decides their depth, and a
 * style already on the stack pops back to its own level. */
#ifndef GW_OUTLINE_H
#define GW_OUTLINE_H
#include <stddef.h>

/* Marker styles. Variants of one style (half- and full-width
 * parentheses, 1. 1、 1．, ⑴ for (1)) share a style, so a document that
 * mixes them keeps one level. */
enum gw_style {
	ST_HAN_DUN,       /* 一、 一. 一． */
	ST_HAN_PAREN,     /* (一) （一） ㈠ */
	ST_ARABIC_DOT,    /* 1. 1、 1． 1 . ⒈ */
	ST_ARABIC_PAREN,  /* (1) （1） ⑴ */
	ST_ARABIC_RPAREN, /* 1) 1） */
	ST_CIRCLED,       /* ① */
	ST_PART,          /* 第一部分 */
	ST_VOLUME,        /* 第一篇 */
	ST_CHAPTER,       /* 第一章 */
	ST_SECTION,       /* 第一节 */
	ST_ARTICLE,       /* 第一条 */
	ST_ANNEX,         /* 附件 附件1 附件一 */
	ST_PLAIN,         /* an unnumbered heading line */
	ST_LEAD,          /* parallel paragraphs opening with a short sentence */
	ST_COUNT
};

/* The stack can never hold a style twice, so its depth is bounded by
 * the number of styles whatever the input: no input can make it grow. */
#define OUTLINE_MAXDEPTH ST_COUNT

/* A paragraph that opens with a marker, cut into its parts (byte
 * offsets into the paragraph). */
struct gw_head {
	int style;
	long num;             /* the number the marker writes, 1 for 附件 */
	size_t start;         /* after leading white space */
	size_t num_end;       /* end of the marker */
	size_t title, title_end;
	size_t end;           /* end of the heading: text[end..] is the body */
	int glued;            /* a number follows the marker (5.300亩): a marker
	                       * only as the next item of a list (gw_outline_next) */
	/* A paragraph that opens with two headings, (三)供水工程 1.农村饮水工程
	 * 新建水厂3座。: this is the second, and up is set with the marker
	 * and title of the first, one level above it. */
	int running;          /* the first sentence is longer than max_title: a
	                       * numbered paragraph of running text, whose heading
	                       * is the marker alone and title the whole sentence */
	int up;
	size_t up_start, up_num_end, up_title, up_title_end;
};

/* 1 if text opens with a heading marker; fills h. max_title is the
 * longest title in code points: a first sentence longer than that makes
 * a numbered paragraph whose heading is the marker alone. */
int gw_head_parse(const char *text, size_t n, size_t max_title, struct gw_head *h);

/* Unnumbered headings: a short line with no sentence punctuation (a
 * candidate) standing between body paragraphs. */
int gw_plain_candidate(const char *text, size_t n, size_t max_title, struct gw_head *h);
/* A short line opening with a heading bullet (■ 2024年成绩单): a heading
 * whatever stands around it; num is empty, the title follows the bullet. */
int gw_bullet_candidate(const char *text, size_t n, size_t max_title, struct gw_head *h);
/* Lead sentences: a paragraph of running text that opens with a short
 * sentence (to 。！？) after two Chinese characters, as in 着力坚持创新驱动,
 * 集聚发展潜能,铸造崛起振兴新引擎。优化创新生态…; *prefix gets the byte
 * length of those two characters, which a run of such paragraphs must
 * share to be headings. */
int gw_lead_candidate(const char *text, size_t n, size_t max_title, struct gw_head *h, size_t *prefix);
/* 1 if s[from..n) is one sentence: no 。！？；： outside brackets
 * before its end but closing quotes, brackets and white space. */
int gw_one_sentence(const char *text, size_t n, size_t from);
/* A paragraph that is one short sentence opening with an ordinal (一是…。
 * 第二，…。): its number, or 0. The caller takes it as a heading when
 * body text follows; its style is ST_LEAD and num stays unwritten. */
long gw_ordinal_sentence(const char *text, size_t n, size_t max_title, struct gw_head *h);
/* A paragraph that is one short sentence summing up a period, framed
 * as ……是……的五年。 (a run of them heads the parts of a report's review):
 * the caller takes it as a heading when body text follows; its style is
 * ST_LEAD, unnumbered. */
int period_sentence(const char *text, size_t n, size_t max_title, struct gw_head *h);
/* A paragraph that reads as running text: it ends a sentence, or is too
 * long for a heading. */
int gw_para_is_body(const char *text, size_t n);

struct gw_outline {
	int depth;
	int style[OUTLINE_MAXDEPTH];
	size_t count[OUTLINE_MAXDEPTH];  /* ordinal among siblings: the sec path */
	long last[ST_COUNT];             /* last number each style wrote in this document */
	char sec[OUTLINE_MAXDEPTH * 21 + 2];
	size_t seclen;
};

void gw_outline_reset(struct gw_outline *o);
/* Place a heading of style with number num. Returns its level (1..), or
 * 0 when the number does not continue the style's sequence (then the
 * outline is unchanged and the paragraph is body text). */
int gw_outline_place(struct gw_outline *o, int style, long num);
/* 1 if num is the very next number of a style already seen (5. after 4.). */
int gw_outline_next(const struct gw_outline *o, int style, long num);
/* Place the first of two headings on one line even when its number
 * does not continue its style's sequence (an excerpt that opens at (三)):
 * the second heading under it is the evidence. */
int gw_outline_place_any(struct gw_outline *o, int style, long num);
/* 1 if num continues the style's sequence (gw_outline_place would take it). */
int gw_outline_fits(const struct gw_outline *o, int style, long num);
/* A marker that fits its sequence but is no heading: its number counts
 * for the sequence, the outline is unchanged. */
void gw_outline_note(struct gw_outline *o, int style, long num);
#endif
