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
#include "core/strset.h"
#include "core/wordtrie.h"

enum ag_level { LV_NATIONAL, LV_PROVINCE, LV_CITY, LV_COUNTY, LV_TOWNSHIP, LV_OTHER, LV_NONE };
enum ag_role { RO_LEAD, RO_RESPONSIBLE, RO_COOPERATING, RO_MENTIONED };
/* Where a row's role came from: a labelled list or a bracketed note
 * (an assignment), a sentence such as 由…牵头, or a plain mention. */
enum ag_source { SRC_MENTION, SRC_PROSE, SRC_BLOCK };

extern const char *const ag_level_name[];
extern const char *const ag_role_name[];

struct ag_hit {
	size_t s, e;            /* byte span in the paragraph */
	size_t name, namelen;   /* offset and length in ag->names_buf */
	int level, role, source;
};

struct agencies {
	struct wordtrie places;  /* value: level, | AG_SHORT for a short form */
	struct wordtrie names;   /* value: index into canon */
	struct wordtrie heads;   /* generic head words */
	struct wordtrie labels;  /* role words that head a list; value: role */
	struct wordtrie verbs;   /* role words after the agency; value: role */
	struct wordtrie subs;    /* sub-unit heads after a place: 分局, 支行 */
	struct wordtrie vague;   /* list items that name no agency: 有关部门 */
	struct wordtrie alone;   /* names without a prefix; value: canon | level << 24 */
	struct strset towns;     /* township names (纸坊镇), loaded on first need */
	int towns_loaded;
	int role1;               /* a role word of one character */
	int glued;               /* the scan is right after an agency */
	char **canon; size_t ncanon, capcanon;
	unsigned char *zone;     /* per canon: a development-zone committee */
	unsigned char *cls;      /* per BMP character: which scans it matters to */
	unsigned char *bigram;   /* hashed: first two characters of words, by kind */
	uint16_t *simp;          /* per BMP character: its simplified form, or 0 */
	/* per paragraph */
	struct ag_hit *hit; size_t nhit, caphit;
	struct gw_buf names_buf;
	struct gw_buf scratch;   /* a list item without its bracketed notes */
	struct gw_buf simptext;  /* the paragraph in simplified characters */
};

/* Load the default data files (places.txt, agency-abbrev.txt,
 * agency-roles.txt, agency-heads.txt from gw_datadir()). */
void ag_init(struct agencies *ag);
void ag_load_places(struct agencies *ag, const char *path);
void ag_load_names(struct agencies *ag, const char *path);
void ag_load_roles(struct agencies *ag, const char *path);
void ag_load_heads(struct agencies *ag, const char *path);
void ag_load_script(struct agencies *ag, const char *path);
void ag_free(struct agencies *ag);

/* Find the agencies of valid UTF-8 text[0..n): fills ag->hit (sorted by
 * start, no overlaps) and returns their number. Names point into
 * ag->names_buf.p. */
size_t ag_scan(struct agencies *ag, const char *text, size_t n);

/* Task lists (gw-agencies --tasks). A paragraph that starts a task:
 * "12. 标题。…", "12．", "12、", "12）", "（12）", also in full-width digits:
 * returns 1 with the number and
 * the title (up to the first 。) as byte spans of t. */
int ag_task_start(const char *t, size_t n, size_t *num_s, size_t *num_e,
    size_t *title_s, size_t *title_e);
/* A heading, which ends the current task: "三、…", "（三）…", "第三章…",
 * with its number and title as for ag_task_start. */
int ag_heading(const char *t, size_t n, size_t *num_s, size_t *num_e,
    size_t *title_s, size_t *title_e);
#endif
