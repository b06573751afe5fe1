/* Inside the targets engine: the classes of target-words.txt and what
 * the loader (tables.c) and the reader (targets.c) both need. */
#ifndef GW_TARGETS_WORDS_H
#define GW_TARGETS_WORDS_H
#include <stdint.h>

/* Classes of target-words.txt, in the order of gw_targets_class_names */
enum { W_TARGET, W_ACTUAL, W_PLAN, W_HORIZON, W_GROWTH, W_DECLINE, W_LEVEL,
       W_SHARE, W_REF, W_EACH, W_INHERIT, W_LEAD, W_CONGRESS, W_REPORT, W_INTRO, W_NOW, W_ANCHOR,
       W_BASE, W_SPAN, W_REVIEW, W_PERIOD, W_MEETING, W_COUNT, W_COMPARE, W_STEP, W_PART, W_OF, W_RATIO, W_STRIVE,
       W_INTENT, W_NCLASS };
extern const char *const gw_targets_class_names[W_NCLASS];
/* growth, level, rate, share, points: bit k is 1 << k (TM_*) */
extern const char *const gw_targets_measure_names[5];

/* The first two code points of a name, hashed to 16 bits; a name of
 * one code point hashes with 0, and is looked for at every position. */
static inline unsigned pair_hash(uint32_t a, uint32_t b)
{
	return (a * 40503u ^ b * 2654435761u) >> 16 & 0xFFFF;
}
#endif
