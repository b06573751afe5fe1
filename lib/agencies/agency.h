/* Finding government agencies in a paragraph (gw-agencies(1)): role
 * blocks ("牵头单位：县发改局、县财政局", "（县发改局牵头）", "由县人民医院
 * 牵头"), whose every item is an agency, and mentions in running text,
 * which need an administrative prefix (a place, 县, 市, 省, 区, 镇, 乡,
 * 中共…, 国家) followed by a known agency name or a generic head word. The
 * word lists come from data files; matching is longest-first over code
 * point tries, in one pass over each paragraph, with no allocation per
 * paragraph once buffers have grown. */
#ifndef GW_AGENCY_H
#define GW_AGENCY_H
#include <stddef.h>
#include <stdint.h>
#include "core/buf.h"
#include "core/error.h"
#include "core/strset.h"
#include "core/wordtrie.h"

enum gw_ag_level { AG_LV_NATIONAL, AG_LV_PROVINCE, AG_LV_CITY, AG_LV_COUNTY, AG_LV_TOWNSHIP, AG_LV_OTHER, AG_LV_NONE,
	AG_LV_OWN /* a name alone at the document's own level: 人大 */ };
enum gw_ag_role { AG_RO_LEAD, AG_RO_RESPONSIBLE, AG_RO_COOPERATING, AG_RO_MENTIONED };
/* Where a row's role came from: a labelled list or a bracketed note
 * (an assignment), a sentence such as 由…牵头, or a plain mention. */
enum gw_ag_source { AG_SRC_MENTION, AG_SRC_PROSE, AG_SRC_BLOCK };

extern const char *const gw_ag_level_name[];
extern const char *const gw_ag_role_name[];

struct gw_ag_hit {
	size_t s, e;            /* byte span in the paragraph */
	size_t name, namelen;   /* offset and length in ag->names_buf */
	int level, role, source;
};

/* A short word list of agency-context.txt; alt: each word's second
 * field, "" when it has none. */
struct gw_ag_words {
	char **w, **alt;
	size_t *len, *altlen;
	size_t n, cap;
};

struct agencies {
	struct gw_wordtrie places;  /* value: level, | AG_SHORT for a short form */
	struct gw_wordtrie names;   /* value: index into canon */
	struct gw_wordtrie heads;   /* generic head words */
	struct gw_wordtrie labels;  /* role words that head a list; value: role */
	struct gw_wordtrie verbs;   /* role words after the agency; value: role */
	struct gw_wordtrie subs;    /* sub-unit heads after a place: 分局, 支行 */
	struct gw_wordtrie vague;   /* list items that name no agency: 有关部门 */
	struct gw_wordtrie alone;   /* names without a prefix; value: canon | level << 24 */
	struct gw_wordtrie insts;   /* institution words that end a name alone: 医院, 中学 */
	struct gw_strset towns;     /* township names (纸坊镇), loaded on first need */
	int towns_loaded;
	int role1;               /* a role word of one character */
	int glued;               /* the scan is right after an agency */
	char **canon; size_t ncanon, capcanon;
	unsigned char *zone;     /* per canon: a development-zone committee */
	unsigned char *cls;      /* per BMP character: which scans it matters to */
	uint16_t *ctx;           /* per BMP character: its context sets (X_ bits) */
	unsigned char *ctx2;     /* ... and more of them (X2_ bits) */
	uint64_t key_mask[9];    /* the first k bytes of a 64-bit word */
	struct gw_ag_words not_after_verb, town_suffix, short_suffix, not_township, township_organ, core_organ,
	    shared_word, not_after_own, institution_lead, institution_kind, shares_place;
	struct gw_error err;     /* of a data file read on first need */
	int own_level;           /* the document's own government's, AG_LV_NONE until seen */
	uint64_t *bigram[4];     /* hashed bit sets: first two characters of words, by kind */
	uint64_t *pair_any;      /* ... the kinds the scan asks, in one set */
	uint16_t *simp;          /* per BMP character: its simplified form, or 0 */
	uint64_t *trad;          /* bit set: the BMP characters that have one */
	/* per paragraph */
	struct gw_ag_hit *hit; size_t nhit, caphit;
	struct gw_buf names_buf;
	struct gw_buf scratch;   /* a list item without its bracketed notes */
	struct gw_buf simptext;  /* the paragraph in simplified characters */
};

/* Load the default data files (agency-context.txt, places.txt,
 * agency-abbrev.txt, agency-roles.txt, agency-heads.txt,
 * agency-script.txt from gw_datadir(); townships.txt on first need).
 * Each returns 0, or -1 with err set (FILE:LINE of a bad entry); after
 * a failed gw_ag_init, gw_ag_free still frees what was made. */
int gw_ag_init(struct agencies *ag, struct gw_error *err);
int gw_ag_load_context(struct agencies *ag, const char *path, struct gw_error *err);
int gw_ag_load_places(struct agencies *ag, const char *path, struct gw_error *err);
int gw_ag_load_names(struct agencies *ag, const char *path, struct gw_error *err);
int gw_ag_load_roles(struct agencies *ag, const char *path, struct gw_error *err);
int gw_ag_load_heads(struct agencies *ag, const char *path, struct gw_error *err);
int gw_ag_load_script(struct agencies *ag, const char *path, struct gw_error *err);
void gw_ag_free(struct agencies *ag);
/* A new document starts: names that stand for the document's own bodies
 * (人大, 政协) take the level of the first government named in it. */
void gw_ag_new_document(struct agencies *ag);

/* Find the agencies of valid UTF-8 text[0..n): fills ag->hit (sorted by
 * start, no overlaps; ag->nhit of them). Names point into
 * ag->names_buf.p. Returns 0, or -1 with err set when townships.txt,
 * read on first need, could not be read. */
int gw_ag_scan(struct agencies *ag, const char *text, size_t n, struct gw_error *err);

/* Task lists (gw-agencies --tasks): the headings that start a task
 * (numbered items: 12. （12） 12） ①) or head a part of the list (三、
 * （三） 第三章 附件 …), found by gw-sections' marker parser, or taken
 * from the outline gw-sections wrote when the input carries it. */
enum { AG_MARK_TASK = 1, AG_MARK_HEADING = 2 };
struct gw_ag_mark {
	int kind;               /* AG_MARK_TASK or AG_MARK_HEADING */
	int level;              /* depth in the outline, from 1 */
	size_t num_s, num_e;    /* the marker as written (empty: none) */
	size_t title_s, title_e; /* the title, up to the first 。 */
};
/* gw-sections' columns for the paragraph: the bytes of text that were
 * its heading (0: a body paragraph) and its sec path. */
struct gw_ag_outlined {
	size_t headlen;
	const char *sec; size_t seclen;
};
struct gw_outline;
/* 1 if the paragraph t[0..n) is a heading, with m filled. in: the
 * outline gw-sections wrote, or NULL to parse the markers, placing them
 * in o (reset it at each new document) for their levels. */
int gw_ag_mark(struct gw_outline *o, const char *t, size_t n, const struct gw_ag_outlined *in, struct gw_ag_mark *m);
#endif
