#include "agency.h"
#include "core/alloc.h"
#include "core/datafile.h"
#include "core/hanzi.h"
#include "core/utf8.h"
#include "sections/outline.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

const char *const gw_ag_level_name[] = {
	"national", "province", "city", "county", "township", "other", "other"
};
const char *const gw_ag_role_name[] = { "lead", "responsible", "cooperating", "mentioned" };

#define AG_SHORT 8          /* places value flag: 嘉祥 for 嘉祥县 */
#define MAXBODY 12          /* characters between prefix and generic head */
#define MAXCLAUSE 60        /* characters looked back from a role verb */

/* ---- characters ---- */

static int is_han(uint32_t c)
{
	return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F);
}

static size_t cp_at(const char *t, size_t i, uint32_t *c)
{
	return (size_t)gw_utf8_decode((const unsigned char *)t + i, c);
}

/* Start of the code point before byte i (i > 0). */
static size_t cp_prev(const char *t, size_t i)
{
	do
		i--;
	while (i > 0 && ((unsigned char)t[i] & 0xC0) == 0x80);
	return i;
}

static uint32_t cp_before(const char *t, size_t i)
{
	if (i == 0)
		return 0;
	uint32_t c;
	cp_at(t, cp_prev(t, i), &c);
	return c;
}

static int starts(const char *t, size_t i, size_t n, const char *w)
{
	size_t k = strlen(w);
	return i + k <= n && memcmp(t + i, w, k) == 0;
}

/* Character classes, one byte per BMP code point: the scans look each
 * character up once and skip those that start or end nothing. */
enum { C_ALONE = 1, C_RSTART = 2, C_PSTART = 4, C_PFIRST = 8, C_TOWN = 16, C_NFIRST = 32, C_TERM = 64, C_BOUND = 128 };

static void bit_set(unsigned char *cls, int flag, uint32_t c)
{
	if (c < 0x10000)
		cls[c] |= (unsigned char)flag;
}


/* The first two characters of the words that start at a character,
 * hashed: one bit set per kind of word, so that a common pair of one
 * kind (农业 of 农业农村部) costs the others nothing. The sets are bits,
 * not bytes, and the small kinds have small sets, so that all of them
 * stay in the first-level cache: the scan asks one of them at almost
 * every other character. */
enum { B_PLACE, B_ALONE, B_ROLE, B_LEAD, B_KINDS };
/* 3,300 places; 450 names; 50 role words; the last two characters of 20
 * words before an institution */
static const unsigned bigram_bits[B_KINDS] = { 18, 15, 12, 12 };
/* The key of a pair is its UTF-8 bytes (up to eight) in a 64-bit word,
 * read the same way when marking and when scanning, so that the scan
 * hashes the raw bytes without decoding the second character. */
static void key_masks_init(uint64_t *key_mask)
{
	for (int k = 0; k <= 8; k++) {
		unsigned char b[8] = { 0 };
		memset(b, 0xFF, (size_t)k);
		memcpy(&key_mask[k], b, 8);
	}
}

static uint32_t pair_hash(uint64_t key, unsigned bits)
{
	return (uint32_t)((key * 0x9E3779B97F4A7C15ull) >> (64 - bits));
}

static uint32_t bigram_hash(uint64_t key, int kind)
{
	return pair_hash(key, bigram_bits[kind]);
}

/* UTF-8 sequence length from its lead byte (valid text) */
static const unsigned char len_by_nibble[16] = { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4 };

static size_t seq_len(unsigned char b)
{
	return len_by_nibble[b >> 4];
}

/* The key of the first two characters at s[0..n) (the first is at the
 * start; n bytes may be read). */
static uint64_t pair_key(const uint64_t *key_mask, const unsigned char *s, size_t n)
{
	size_t k = seq_len(s[0]);
	if (k < n)
		k += seq_len(s[k]);
	if (k > n)
		k = n;
	uint64_t w = 0;
	if (n >= 8)
		memcpy(&w, s, 8);
	else
		memcpy(&w, s, n);
	return w & key_mask[k];
}

/* The kinds candidates() asks at every character are also one small
 * set, so that a pair of none of them costs one hash and one bit of
 * the first-level cache. A hash of fewer bits is the top bits of a
 * larger one (the same product): a bit of a larger set marks its top
 * bits here, one of a smaller set a run of bits. */
static const unsigned char bigram_scanned[B_KINDS] = { [B_PLACE] = 1, [B_ALONE] = 1, [B_ROLE] = 1 };
#define ANY_BITS 16

static void mark_any(struct agencies *ag, int kind, uint32_t h)
{
	uint32_t a = h, end = h + 1;
	if (bigram_bits[kind] > ANY_BITS) {
		a >>= bigram_bits[kind] - ANY_BITS;
		end = a + 1;
	} else {
		a <<= ANY_BITS - bigram_bits[kind];
		end <<= ANY_BITS - bigram_bits[kind];
	}
	for (; a < end; a++)
		ag->pair_any[a >> 6] |= 1ull << (a & 63);
}

static void mark_bigram(struct agencies *ag, int kind, const char *s, size_t n)
{
	if (seq_len((unsigned char)s[0]) >= n)
		return;   /* one character: no pair */
	uint32_t h = bigram_hash(pair_key(ag->key_mask, (const unsigned char *)s, n), kind);
	ag->bigram[kind][h >> 6] |= 1ull << (h & 63);
	if (bigram_scanned[kind])
		mark_any(ag, kind, h);
}

static int bigram_has(const struct agencies *ag, int kind, uint64_t key)
{
	uint32_t h = bigram_hash(key, kind);
	return (ag->bigram[kind][h >> 6] >> (h & 63)) & 1;
}

static void mark_first(unsigned char *cls, int flag, const char *s)
{
	uint32_t c;
	gw_utf8_decode((const unsigned char *)s, &c);
	bit_set(cls, flag, c);
}


/* ---- context rules ----
 * A one-character prefix (县, 市 ...) is also part of ordinary words:
 * 全县 "the whole county", 城市 "city", 社区 "community", 城镇 "towns".
 * These sets say which characters before it make it such a word (for 县,
 * 市, 省) or, for the riskier 区, 镇 and 乡, which characters may stand
 * before a prefix at all. */
/* The character sets of agency-context.txt, as bits of one table in the
 * handle: the scans ask about every character of a candidate name. */
enum { X_NB_COUNTY = 1, X_NB_CITY = 2, X_NB_PROV = 4, X_MAY_SMALL = 8, X_NOT_FIRST = 16,
	X_STOP = 32, X_NB_HEAD = 64, X_NA_HEAD = 128, X_NA_ALONE = 256, X_NA_COMMITTEE = 512,
	X_SHORT_PLACE = 1024, X_INSTITUTION = 2048, X_DOUBLED = 4096, X_NOT_ORDINAL = 8192,
	X_NB_SMALL = 16384, X_MAY_OWN = 32768 };
/* the context sets that need more bits: in ctx2 */
enum { X2_NF_INST = 1, X2_BOUND = 2, X2_IFIRST = 4, X2_TERM = 8, X2_MEASURE = 16, X2_COUNT = 32 };

static const struct { const char *kind; int bit; } ctx_sets[] = {
	{ "not-before-county", X_NB_COUNTY }, { "not-before-city", X_NB_CITY },
	{ "not-before-province", X_NB_PROV }, { "may-before-small", X_MAY_SMALL },
	{ "not-first-generic", X_NOT_FIRST }, { "stop-generic", X_STOP },
	{ "not-before-head", X_NB_HEAD }, { "not-after-head", X_NA_HEAD },
	{ "not-after-alone", X_NA_ALONE }, { "not-after-committee", X_NA_COMMITTEE },
	{ "before-short-place", X_SHORT_PLACE }, { "institution-end", X_INSTITUTION },
	{ "doubled-prefix", X_DOUBLED }, { "not-ordinal", X_NOT_ORDINAL },
	{ "not-before-small", X_NB_SMALL }, { "may-before-own", X_MAY_OWN },
};
static const struct { const char *kind; int bit; } ctx2_sets[] = {
	{ "not-first-institution", X2_NF_INST }, { "institution-boundary", X2_BOUND },
	{ "ordinal-measure", X2_MEASURE }, { "count-measure", X2_COUNT },
};

static int has(const struct agencies *ag, uint32_t c, int bit)
{
	return c < 0x10000 && (ag->ctx[c] & bit);
}

/* A numeral of a congress's term (省十一届人大): 一 to 十 of the one
 * table of numerals, less the cardinal-only ones (两). */
static int term_digit(const struct agencies *ag, uint32_t c)
{
	int v;
	int k = gw_han_class(c, 0, &v);
	return ((k == GW_HAN_DIGIT && v >= 1) || (k == GW_HAN_SMALL && v == 1)) && !has(ag, c, X_NOT_ORDINAL);
}

static size_t name_add(struct agencies *ag, const char *s, size_t n);
static struct gw_ag_hit *hit_new(struct agencies *ag);

/* ---- loading ---- */

static void add_canon(struct agencies *ag, const char *s, size_t n, int32_t *idx)
{
	for (size_t i = 0; i < ag->ncanon; i++)
		if (strlen(ag->canon[i]) == n && memcmp(ag->canon[i], s, n) == 0) {
			*idx = (int32_t)i;
			return;
		}
	if (ag->ncanon == ag->capcanon) {
		ag->capcanon = ag->capcanon ? ag->capcanon * 2 : 256;
		ag->canon = gw_xrealloc(ag->canon, ag->capcanon * sizeof *ag->canon);
		ag->zone = gw_xrealloc(ag->zone, ag->capcanon);
	}
	char *c = gw_xmalloc(n + 1);
	memcpy(c, s, n);
	c[n] = 0;
	ag->canon[ag->ncanon] = c;
	ag->zone[ag->ncanon] = n >= 9 && memcmp(c + n - 9, "管委会", 9) == 0;
	*idx = (int32_t)ag->ncanon++;
}

/* The loaders: one gw_data_each callback a file, each refusing a line
 * with FILE:LINE. */
static int valid_row(const struct gw_row *row, struct gw_error *err)
{
	for (size_t k = 0; k < row->n; k++)
		if (!gw_utf8_valid(row->f[k], row->len[k]))
			return gw_error_at(err, row->path, row->line, "invalid UTF-8");
	return 0;
}

static int is_word(const char *s, size_t n, const char *w)
{
	return strlen(w) == n && memcmp(s, w, n) == 0;
}

static int level_of(const char *s, size_t n)
{
	for (int l = AG_LV_NATIONAL; l <= AG_LV_OTHER; l++)
		if (is_word(s, n, gw_ag_level_name[l]))
			return l;
	return -1;
}

static int role_of(const char *s, size_t n)
{
	for (int r = AG_RO_LEAD; r <= AG_RO_COOPERATING; r++)
		if (is_word(s, n, gw_ag_role_name[r]))
			return r;
	return -1;
}

static void words_add(struct gw_ag_words *l, const char *w, size_t n, const char *alt, size_t altn)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 8;
		l->w = gw_xrealloc(l->w, l->cap * sizeof *l->w);
		l->alt = gw_xrealloc(l->alt, l->cap * sizeof *l->alt);
		l->len = gw_xrealloc(l->len, l->cap * sizeof *l->len);
		l->altlen = gw_xrealloc(l->altlen, l->cap * sizeof *l->altlen);
	}
	char *c = gw_xmalloc(n + altn + 2);
	memcpy(c, w, n);
	c[n] = 0;
	memcpy(c + n + 1, alt, altn);
	c[n + 1 + altn] = 0;
	l->w[l->n] = c, l->len[l->n] = n;
	l->alt[l->n] = c + n + 1, l->altlen[l->n++] = altn;
}

static void words_free(struct gw_ag_words *l)
{
	for (size_t k = 0; k < l->n; k++)
		free(l->w[k]);
	free(l->w);
	free(l->alt);
	free(l->len);
	free(l->altlen);
}

/* The length of the first word of l at t[i..n), 0 if none. */
static size_t words_at(const struct gw_ag_words *l, const char *t, size_t i, size_t n)
{
	for (size_t k = 0; k < l->n; k++)
		if (i + l->len[k] <= n && memcmp(t + i, l->w[k], l->len[k]) == 0)
			return l->len[k];
	return 0;
}

/* Whether s[0..n) is a word of l. */
static int words_is(const struct gw_ag_words *l, const char *s, size_t n)
{
	for (size_t k = 0; k < l->n; k++)
		if (l->len[k] == n && memcmp(s, l->w[k], n) == 0)
			return 1;
	return 0;
}

/* Whether a word of l ends at byte i of t. */
static int words_before(const struct gw_ag_words *l, const char *t, size_t i)
{
	for (size_t k = 0; k < l->n; k++)
		if (i >= l->len[k] && memcmp(t + i - l->len[k], l->w[k], l->len[k]) == 0)
			return 1;
	return 0;
}

static int words_has(const struct gw_ag_words *l, const char *s)
{
	for (size_t k = 0; k < l->n; k++)
		if (strcmp(s, l->w[k]) == 0)
			return 1;
	return 0;
}

static int context_set2(struct agencies *ag, const struct gw_row *row)
{
	for (size_t k = 0; k < sizeof ctx2_sets / sizeof ctx2_sets[0]; k++)
		if (is_word(row->f[0], row->len[0], ctx2_sets[k].kind)) {
			for (size_t i = 0; i < row->len[1];) {
				uint32_t c;
				i += cp_at(row->f[1], i, &c);
				if (c < 0x10000)
					ag->ctx2[c] |= (unsigned char)ctx2_sets[k].bit;
				if (ctx2_sets[k].bit == X2_BOUND)
					bit_set(ag->cls, C_BOUND, c);
			}
			return 1;
		}
	return 0;
}

static int context_set(struct agencies *ag, const struct gw_row *row)
{
	if (context_set2(ag, row))
		return 1;
	for (size_t k = 0; k < sizeof ctx_sets / sizeof ctx_sets[0]; k++)
		if (is_word(row->f[0], row->len[0], ctx_sets[k].kind)) {
			for (size_t i = 0; i < row->len[1];) {
				uint32_t c;
				i += cp_at(row->f[1], i, &c);
				if (c < 0x10000)
					ag->ctx[c] |= (uint16_t)ctx_sets[k].bit;
			}
			return 1;
		}
	return 0;
}

static int context_entry(const struct gw_row *row, void *arg, struct gw_error *err)
{
	struct agencies *ag = arg;
	if (valid_row(row, err) < 0)
		return -1;
	if (row->n < 2 || row->len[1] == 0)
		return gw_error_at(err, row->path, row->line, "expected KIND<TAB>VALUE");
	if (context_set(ag, row))
		return 0;
	static const struct { const char *kind; size_t off; size_t nf; } lists[] = {
		{ "not-after-verb", offsetof(struct agencies, not_after_verb), 2 },
		{ "town-suffix", offsetof(struct agencies, town_suffix), 2 },
		{ "short-suffix", offsetof(struct agencies, short_suffix), 2 },
		{ "not-township", offsetof(struct agencies, not_township), 2 },
		{ "township-organ", offsetof(struct agencies, township_organ), 3 },
		{ "core-organ", offsetof(struct agencies, core_organ), 2 },
		{ "shared-word", offsetof(struct agencies, shared_word), 2 },
		{ "not-after-own", offsetof(struct agencies, not_after_own), 2 },
		{ "institution-lead", offsetof(struct agencies, institution_lead), 2 },
		{ "institution-kind", offsetof(struct agencies, institution_kind), 2 },
		{ "shares-place", offsetof(struct agencies, shares_place), 2 },
	};
	for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++)
		if (is_word(row->f[0], row->len[0], lists[k].kind)) {
			if (row->n != lists[k].nf)
				return gw_error_at(err, row->path, row->line, "%s takes %zu value%s", lists[k].kind,
				    lists[k].nf - 1, lists[k].nf > 2 ? "s" : "");
			struct gw_ag_words *l = (struct gw_ag_words *)((char *)ag + lists[k].off);
			words_add(l, row->f[1], row->len[1], row->n > 2 ? row->f[2] : "", row->n > 2 ? row->len[2] : 0);
			return 0;
		}
	return gw_error_at(err, row->path, row->line, "unknown kind %s", row->f[0]);
}

int gw_ag_load_context(struct agencies *ag, const char *path, struct gw_error *err)
{
	return gw_data_each(path, context_entry, ag, err);
}

static int place_entry(const struct gw_row *row, void *arg, struct gw_error *err)
{
	struct agencies *ag = arg;
	if (valid_row(row, err) < 0)
		return -1;
	if (row->n != 2)
		return gw_error_at(err, row->path, row->line, "expected NAME<TAB>LEVEL");
	int lv = level_of(row->f[1], row->len[1]);
	if (lv < AG_LV_PROVINCE || lv > AG_LV_TOWNSHIP)
		return gw_error_at(err, row->path, row->line, "level must be province, city, county or township");
	const char *name = row->f[0];
	size_t n = row->len[0];
	if (lv == AG_LV_TOWNSHIP)
		gw_strset_add(&ag->towns, name, n);
	gw_wordtrie_add(&ag->places, name, n, lv, 1);
	mark_bigram(ag, B_PLACE, name, n);
	mark_first(ag->cls, C_PFIRST, name);
	/* The short form (嘉祥 for 嘉祥县) names development zones: 嘉祥经开区. */
	const struct gw_ag_words *sf = &ag->short_suffix;
	for (size_t k = 0; k < sf->n; k++)
		if (n >= sf->len[k] + 6 && memcmp(name + n - sf->len[k], sf->w[k], sf->len[k]) == 0) {
			gw_wordtrie_add(&ag->places, name, n - sf->len[k], lv | AG_SHORT, 0);
			break;
		}
	return 0;
}

int gw_ag_load_places(struct agencies *ag, const char *path, struct gw_error *err)
{
	return gw_data_each(path, place_entry, ag, err);
}

static void name_add_entry(struct agencies *ag, const struct gw_row *row, size_t k, int lv)
{
	int32_t idx;
	add_canon(ag, row->f[k - 1], row->len[k - 1], &idx);
	gw_wordtrie_add(&ag->names, row->f[0], row->len[0], idx, 1);
	mark_first(ag->cls, C_NFIRST, row->f[0]);
	if (k == 2) {
		gw_wordtrie_add(&ag->names, row->f[1], row->len[1], idx, 0);
		mark_first(ag->cls, C_NFIRST, row->f[1]);
	}
	if (lv >= 0) {
		/* a name that stands alone: 水利部, 审计署 */
		gw_wordtrie_add(&ag->alone, row->f[0], row->len[0], idx | lv << 24, 1);
		mark_first(ag->cls, C_ALONE, row->f[0]);
		mark_bigram(ag, B_ALONE, row->f[0], row->len[0]);
	}
}

static int name_entry(const struct gw_row *row, void *arg, struct gw_error *err)
{
	if (valid_row(row, err) < 0)
		return -1;
	size_t k = row->n;
	int lv = -1;
	if (k == 3) {
		lv = is_word(row->f[2], row->len[2], "own") ? AG_LV_OWN : level_of(row->f[2], row->len[2]);
		if (lv < 0)
			return gw_error_at(err, row->path, row->line,
			    "level must be national, province, city, county, township, other or own");
		k = 2;
	}
	if (k > 2 || row->len[0] == 0 || (k == 2 && row->len[1] == 0))
		return gw_error_at(err, row->path, row->line,
		    "expected NAME, ALIAS<TAB>NAME or ALIAS<TAB>NAME<TAB>LEVEL");
	name_add_entry(arg, row, k, lv);
	return 0;
}

int gw_ag_load_names(struct agencies *ag, const char *path, struct gw_error *err)
{
	return gw_data_each(path, name_entry, ag, err);
}

static int role_entry(const struct gw_row *row, void *arg, struct gw_error *err)
{
	struct agencies *ag = arg;
	if (valid_row(row, err) < 0)
		return -1;
	if (row->n != 3)
		return gw_error_at(err, row->path, row->line, "expected WORD<TAB>ROLE<TAB>FORM");
	const char *w = row->f[0];
	size_t n = row->len[0];
	if (is_word(row->f[2], row->len[2], "vague")) {
		gw_wordtrie_add(&ag->vague, w, n, 1, 1);
		return 0;
	}
	int r = role_of(row->f[1], row->len[1]);
	if (r < 0)
		return gw_error_at(err, row->path, row->line, "role must be lead, responsible or cooperating");
	if (is_word(row->f[2], row->len[2], "label"))
		gw_wordtrie_add(&ag->labels, w, n, r, 1);
	else if (is_word(row->f[2], row->len[2], "verb"))
		gw_wordtrie_add(&ag->verbs, w, n, r, 1);
	else
		return gw_error_at(err, row->path, row->line, "form must be label, verb or vague");
	mark_first(ag->cls, C_RSTART, w);
	mark_bigram(ag, B_ROLE, w, n);
	if (gw_utf8_count(w, n) < 2)
		ag->role1 = 1;
	return 0;
}

int gw_ag_load_roles(struct agencies *ag, const char *path, struct gw_error *err)
{
	return gw_data_each(path, role_entry, ag, err);
}

/* The kinds of a head word (bits of its value in the heads trie). */
enum { HEAD_GENERIC = 1, HEAD_NATIONAL = 2 };

static int head_entry(const struct gw_row *row, void *arg, struct gw_error *err)
{
	struct agencies *ag = arg;
	if (valid_row(row, err) < 0)
		return -1;
	if (row->n != 2)
		return gw_error_at(err, row->path, row->line, "expected WORD<TAB>KIND");
	int bit = is_word(row->f[1], row->len[1], "generic") ? HEAD_GENERIC
	    : is_word(row->f[1], row->len[1], "national") ? HEAD_NATIONAL : 0;
	if (bit) {
		int32_t v = gw_wordtrie_get(&ag->heads, row->f[0], row->len[0]);
		gw_wordtrie_add(&ag->heads, row->f[0], row->len[0], (v < 0 ? 0 : v) | bit, 1);
	} else if (is_word(row->f[1], row->len[1], "sub"))
		gw_wordtrie_add(&ag->subs, row->f[0], row->len[0], 1, 1);
	else if (is_word(row->f[1], row->len[1], "institution") || is_word(row->f[1], row->len[1], "zone")) {
		int zone = row->f[1][0] == 'z';
		gw_wordtrie_add(&ag->insts, row->f[0], row->len[0], zone ? 2 : 1, 1);
		uint32_t c;
		cp_at(row->f[0], 0, &c);
		if (c < 0x10000)
			ag->ctx2[c] |= X2_IFIRST;

	} else
		return gw_error_at(err, row->path, row->line, "kind must be generic, national, sub, institution or zone");
	return 0;
}

int gw_ag_load_heads(struct agencies *ag, const char *path, struct gw_error *err)
{
	return gw_data_each(path, head_entry, ag, err);
}

static int script_entry(const struct gw_row *row, void *arg, struct gw_error *err)
{
	struct agencies *ag = arg;
	if (valid_row(row, err) < 0)
		return -1;
	uint32_t a, b;
	/* both of three bytes, so that the copy keeps every offset */
	if (row->n != 2 || row->len[0] != 3 || row->len[1] != 3
	    || cp_at(row->f[0], 0, &a) != 3 || cp_at(row->f[1], 0, &b) != 3)
		return gw_error_at(err, row->path, row->line,
		    "expected TRADITIONAL<TAB>SIMPLIFIED, one Chinese character each");
	ag->simp[a] = (uint16_t)b;
	ag->trad[a >> 6] |= 1ull << (a & 63);
	return 0;
}

int gw_ag_load_script(struct agencies *ag, const char *path, struct gw_error *err)
{
	return gw_data_each(path, script_entry, ag, err);
}

static int town_entry(const struct gw_row *row, void *arg, struct gw_error *err)
{
	/* compared as bytes only: no need to validate the UTF-8 */
	(void)err;
	gw_strset_add(&((struct agencies *)arg)->towns, row->f[0], row->len[0]);
	return 0;
}

/* The township list is large and most text never needs it. */
static int towns_load(struct agencies *ag, struct gw_error *err)
{
	ag->towns_loaded = 1;
	const char *path = gw_datafile_path("townships.txt", err);
	return path ? gw_data_each(path, town_entry, ag, err) : -1;
}

/* The paragraph with its traditional characters simplified (國務院 ->
 * 国务院), byte for byte the same length: t itself when it has none. */
static const char *simplified(struct agencies *ag, const char *t, size_t n)
{
	const unsigned char *u = (const unsigned char *)t;
	size_t i = 0;
	/* a character at a time, asking a bit set small enough to stay in
	 * the first-level cache: most paragraphs have nothing to change */
	while (i + 2 < n) {
		unsigned b = u[i];
		if ((b & 0xF0) != 0xE0) {
			i += seq_len((unsigned char)b);
			continue;
		}
		uint32_t c = ((b & 0x0Fu) << 12) | ((u[i + 1] & 0x3Fu) << 6) | (u[i + 2] & 0x3Fu);
		if ((ag->trad[c >> 6] >> (c & 63)) & 1)
			break;
		i += 3;
	}
	if (i + 2 >= n)
		return t;
	gw_buf_clear(&ag->simptext);
	gw_buf_add(&ag->simptext, t, n);
	unsigned char *w = (unsigned char *)ag->simptext.p;
	for (; i + 2 < n; i++) {
		if ((w[i] & 0xF0) != 0xE0)
			continue;
		uint32_t c = ((w[i] & 0x0Fu) << 12) | ((w[i + 1] & 0x3Fu) << 6) | (w[i + 2] & 0x3Fu);
		if (ag->simp[c]) {
			c = ag->simp[c];
			w[i] = (unsigned char)(0xE0 | c >> 12);
			w[i + 1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
			w[i + 2] = (unsigned char)(0x80 | (c & 0x3F));
		}
		i += 2;
	}
	return ag->simptext.p;
}

/* The character classes that do not come from a word list: the one
 * character prefixes, the longer ones, township suffixes, the numerals
 * of a congress's term and the 第 before them. */
static void classes_init(struct agencies *ag)
{
	static const char *const pre[] = { "省", "市", "县", "区", "镇", "乡", "旗", "州", "自", "新", NULL };
	for (int i = 0; pre[i]; i++)
		mark_first(ag->cls, C_PSTART, pre[i]);
	/* prefixes of more than one character: as the places, by their
	 * first two characters */
	static const char *const pre2[] = { "中共", "中央", "中国", "国务院", "国家", "党中央", NULL };
	for (int i = 0; pre2[i]; i++) {
		mark_first(ag->cls, C_PFIRST, pre2[i]);
		mark_bigram(ag, B_PLACE, pre2[i], strlen(pre2[i]));
	}
	for (size_t i = 0; i < ag->town_suffix.n; i++)
		mark_first(ag->cls, C_TOWN, ag->town_suffix.w[i]);
	mark_first(ag->cls, C_TERM, "第");
	/* an institution's name may start after these words, as after a
	 * punctuation mark: the scan asks at their last character */
	for (size_t i = 0; i < ag->institution_lead.n; i++) {
		const struct gw_ag_words *l = &ag->institution_lead;
		size_t last = cp_prev(l->w[i], l->len[i]);
		mark_first(ag->cls, C_BOUND, l->w[i] + last);
		if (last > 0) {
			size_t before = cp_prev(l->w[i], last);
			mark_bigram(ag, B_LEAD, l->w[i] + before, l->len[i] - before);
		}
	}
	for (uint32_t c = 0x3000; c < 0x10000; c++)
		if (term_digit(ag, c)) {
			bit_set(ag->cls, C_TERM, c);
			ag->ctx2[c] |= X2_TERM;   /* looked up once, here */
		}
}

static void tables_init(struct agencies *ag)
{
	memset(ag, 0, sizeof *ag);
	key_masks_init(ag->key_mask);
	gw_wordtrie_init(&ag->places);
	gw_wordtrie_init(&ag->names);
	gw_wordtrie_init(&ag->heads);
	gw_wordtrie_init(&ag->labels);
	gw_wordtrie_init(&ag->verbs);
	gw_wordtrie_init(&ag->subs);
	gw_wordtrie_init(&ag->alone);
	gw_wordtrie_init(&ag->vague);
	gw_strset_init(&ag->towns);
	ag->cls = gw_xmalloc(0x10000);
	memset(ag->cls, 0, 0x10000);
	ag->ctx = gw_xmalloc(0x10000 * sizeof *ag->ctx);
	memset(ag->ctx, 0, 0x10000 * sizeof *ag->ctx);
	ag->ctx2 = gw_xmalloc(0x10000);
	memset(ag->ctx2, 0, 0x10000);
	gw_wordtrie_init(&ag->insts);
	ag->trad = gw_xmalloc(0x10000 / 8);
	memset(ag->trad, 0, 0x10000 / 8);
	ag->simp = gw_xmalloc(0x10000 * sizeof *ag->simp);
	memset(ag->simp, 0, 0x10000 * sizeof *ag->simp);
	for (int k = 0; k < B_KINDS; k++) {
		size_t words = ((size_t)1 << bigram_bits[k]) / 64 + 1;   /* and an empty one */
		ag->bigram[k] = gw_xmalloc(words * sizeof(uint64_t));
		memset(ag->bigram[k], 0, words * sizeof(uint64_t));
	}
	ag->pair_any = gw_xmalloc(((size_t)1 << ANY_BITS) / 8);
	memset(ag->pair_any, 0, ((size_t)1 << ANY_BITS) / 8);
}

int gw_ag_init(struct agencies *ag, struct gw_error *err)
{
	tables_init(ag);
	ag->own_level = AG_LV_NONE;
	static const char *const files[] = { "agency-context.txt", "places.txt", "agency-abbrev.txt",
		"agency-roles.txt", "agency-heads.txt", "agency-script.txt" };
	int (*load[])(struct agencies *, const char *, struct gw_error *) = { gw_ag_load_context,
		gw_ag_load_places, gw_ag_load_names, gw_ag_load_roles, gw_ag_load_heads, gw_ag_load_script };
	for (int i = 0; i < 6; i++) {
		const char *path = gw_datafile_path(files[i], err);
		if (!path || load[i](ag, path, err) < 0)
			return -1;
		if (i == 0)
			classes_init(ag);
	}
	/* townships.txt is read on first need: a missing file is an error
	 * now, not in the middle of the output */
	return gw_datafile_path("townships.txt", err) ? 0 : -1;
}

void gw_ag_new_document(struct agencies *ag)
{
	ag->own_level = AG_LV_NONE;
}

/* The first government, congress or Party committee named with a place
 * gives the document's own level (我代表区人民政府, 区委、区政府). */
static void own_level_from(struct agencies *ag, const struct gw_ag_hit *h)
{
	if (ag->own_level != AG_LV_NONE || h->level < AG_LV_PROVINCE || h->level > AG_LV_TOWNSHIP)
		return;
	const char *name = ag->names_buf.p + h->name;
	static const char *const own[] = { "人民政府", "党委", "人民代表大会", "人大常委会", "管委会", NULL };
	for (int k = 0; own[k]; k++)
		if (is_word(name, h->namelen, own[k]))
			ag->own_level = h->level;
}

/* 人大及其常委会, 省人大及其常委会: the congress and its standing
 * committee, two bodies at one level. Returns the end. */
static size_t generic_at(const struct agencies *ag, const char *t, size_t p, size_t n, int want);

static size_t congress_committee(struct agencies *ag, const char *t, size_t e, size_t n)
{
	struct gw_ag_hit *c = &ag->hit[ag->nhit - 1];
	const char *cn = ag->names_buf.p + c->name;
	/* 全国人民代表大会财政经济委员会: a congress's special committee is
	 * one name with it (an unlisted name ending in 委员会 right after) */
	size_t ce;
	if (strstr(cn, "人民代表大会") && c->namelen >= 18 && memcmp(cn + c->namelen - 18, "人民代表大会", 18) == 0
	    && (ce = generic_at(ag, t, e, n, HEAD_GENERIC)) && ce - e > 9 && memcmp(t + ce - 9, "委员会", 9) == 0) {
		char canon[64];
		size_t cl = c->namelen < sizeof canon ? c->namelen : 0;
		memcpy(canon, cn, cl);
		c->name = name_add(ag, canon, cl);
		gw_buf_add(&ag->names_buf, t + e, ce - e);
		c->namelen = cl + ce - e;
		c->e = ce;
		return ce;
	}
	if (!starts(t, e, n, "及其常委会") || !is_word(cn, c->namelen, "人民代表大会"))
		return e;
	int level = c->level;
	struct gw_ag_hit *h = hit_new(ag);
	h->s = e + 6;
	h->e = e + 15;
	h->name = name_add(ag, "人大常委会", strlen("人大常委会"));
	h->namelen = strlen("人大常委会");
	h->level = level;
	h->role = AG_RO_MENTIONED;
	h->source = AG_SRC_MENTION;
	return h->e;
}

void gw_ag_free(struct agencies *ag)
{
	gw_wordtrie_free(&ag->places);
	gw_wordtrie_free(&ag->names);
	gw_wordtrie_free(&ag->heads);
	gw_wordtrie_free(&ag->labels);
	gw_wordtrie_free(&ag->verbs);
	gw_wordtrie_free(&ag->subs);
	gw_strset_free(&ag->towns);
	words_free(&ag->not_after_verb);
	words_free(&ag->town_suffix);
	words_free(&ag->short_suffix);
	words_free(&ag->not_township);
	words_free(&ag->township_organ);
	words_free(&ag->core_organ);
	words_free(&ag->shared_word);
	words_free(&ag->not_after_own);
	words_free(&ag->institution_lead);
	words_free(&ag->institution_kind);
	words_free(&ag->shares_place);
	free(ag->ctx);
	free(ag->ctx2);
	gw_wordtrie_free(&ag->insts);
	gw_wordtrie_free(&ag->alone);
	gw_wordtrie_free(&ag->vague);
	for (size_t i = 0; i < ag->ncanon; i++)
		free(ag->canon[i]);
	free(ag->canon);
	free(ag->zone);
	free(ag->cls);
	for (int k = 0; k < B_KINDS; k++)
		free(ag->bigram[k]);
	free(ag->pair_any);
	free(ag->simp);
	free(ag->trad);
	gw_buf_free(&ag->simptext);
	free(ag->hit);
	gw_buf_free(&ag->names_buf);
	gw_buf_free(&ag->scratch);
}

/* ---- matching ---- */

/* PF_SHORTOK: a short place form that may stand before any listed name
 * of three characters or more (淄博融媒体中心), not only before a zone's
 * committee: a province's or city's short form, or one after a place
 * (济宁嘉祥). Short forms of counties alone are ordinary words too often:
 * 新建 (新建区) 公安局大楼, 合作, 振兴, 资源. */
enum { PF_ADMIN = 1, PF_SHORT = 2, PF_STANDALONE = 4, PF_NEEDNAME = 8, PF_SHORTOK = 16 };

/* 自治区 (province), 自治州 (city), 自治县 and 自治旗 (county) standing
 * alone as a prefix: 自治区人民政府, 自治旗人民政府. Returns its length. */
static size_t autonomous_at(const char *t, size_t p, size_t n, int *level)
{
	static const struct { const char *w; int lv; } kind[] = {
		{ "自治区", AG_LV_PROVINCE }, { "自治州", AG_LV_CITY }, { "自治县", AG_LV_COUNTY },
		{ "自治旗", AG_LV_COUNTY },
	};
	for (size_t k = 0; k < sizeof kind / sizeof kind[0]; k++)
		if (starts(t, p, n, kind[k].w)) {
			*level = kind[k].lv;
			return 9;
		}
	return 0;
}

static size_t term_end(const struct agencies *ag, const char *t, size_t p, size_t n);

/* The places of a prefix from p on (山东省济宁市, 嘉祥): their end (p if
 * none), *level the last one's. strict: running text. i is where the
 * whole prefix starts (before any 中共). */
static size_t places_at(const struct agencies *ag, const char *t, size_t i, size_t p, size_t n,
    int strict, int *level, int *flags)
{
	for (int k = 0; k < 4 && p < n; k++) {
		int32_t v;
		size_t m = gw_wordtrie_longest(&ag->places, t + p, n - p, &v);
		if (!m)
			break;
		/* Two-character names (和县, 南县, 新县) are common words in
		 * running text: only after a non-Chinese character or their
		 * province or city. */
		if (strict && m == 6 && p == i && i > 0) {
			uint32_t b = cp_before(t, i);
			if (is_han(b) && !has(ag, b, X_SHORT_PLACE))
				break;
		}
		*level = v & 7;
		p += m;
		if (v & AG_SHORT) {
			*flags |= PF_SHORT;
			/* 嘉祥街道办事处 is the 嘉祥 subdistrict's */
			if (!words_at(&ag->town_suffix, t, p, n) && ((v & 7) <= AG_LV_CITY || p - m > i))
				*flags |= PF_SHORTOK;
			break;
		}
	}
	return p;
}

/* The government, Party committee, congress or CPPCC committee right
 * after a small prefix: 对区委区政府, 以区政府为被告 name the district's
 * whatever stands before, but for the characters that make the prefix
 * part of a word (社区, 园区, 城镇). */
static int core_organ_at(const struct agencies *ag, const char *t, size_t p, size_t n, int township)
{
	int32_t idx;
	size_t m = gw_wordtrie_longest(&ag->names, t + p, n - p, &idx);
	/* 城关镇政协委员: a township has no CPPCC committee */
	return m && words_has(&ag->core_organ, ag->canon[idx])
	    && !(township && words_has(&ag->not_township, ag->canon[idx]));
}

/* A prefix of one character at t[p..) (省 市 县 区 旗 州 镇 乡, or the
 * 自治区 family), where the character before it (b, 0 if none or not
 * strict) lets it be one. Returns its end, 0 if none. */
static size_t single_prefix_at(const struct agencies *ag, const char *t, size_t p, size_t n,
    uint32_t b, int *level, int *flags)
{
	uint32_t c;
	size_t len = cp_at(t, p, &c);
	/* 完成了区十四届人大: a congress's term after it makes it a prefix */
	int before_ok = !is_han(b) || ag->glued || term_end(ag, t, p + len, n) > p + len;
	int ok = 1;
	switch (c) {
	case 0x7701: /* 省 */
		ok = before_ok || !has(ag, b, X_NB_PROV);
		*level = AG_LV_PROVINCE;
		break;
	case 0x5E02: /* 市 */
		ok = before_ok || !has(ag, b, X_NB_CITY);
		*level = AG_LV_CITY;
		break;
	case 0x53BF: /* 县 */
		ok = before_ok || !has(ag, b, X_NB_COUNTY);
		*level = AG_LV_COUNTY;
		break;
	case 0x81EA: /* 自治区 自治州 自治县 自治旗 */
		if ((len = autonomous_at(t, p, n, level)) == 0)
			return 0;
		ok = before_ok || !has(ag, b, X_NB_PROV);
		break;
	case 0x65B0: /* 新区, a new district (county level) */
		if (!starts(t, p + len, n, "区"))
			return 0;
		len += 3;
		/* fall through */
	case 0x533A: /* 区 */
	case 0x65D7: /* 旗, a county of Inner Mongolia */
	case 0x5DDE: /* 州, a prefecture */
	case 0x9547: /* 镇 */
	case 0x4E61: /* 乡 */
		ok = before_ok || has(ag, b, X_MAY_SMALL) || (!has(ag, b, X_NB_SMALL) && core_organ_at(ag, t, p + len, n, c == 0x9547 || c == 0x4E61));
		*level = c == 0x5DDE ? AG_LV_CITY : c == 0x9547 || c == 0x4E61 ? AG_LV_TOWNSHIP : AG_LV_COUNTY;
		break;
	default:
		return 0;
	}
	if (!ok)
		return 0;
	*flags = PF_ADMIN;
	return p + len;
}

/* An administrative prefix at t[i..): places (嘉祥县, 山东省济宁市), 中共
 * before them, or one of 国务院 党中央 中共中央 (whole names), 国家 中央
 * 中国 (need a listed name after them), 省 市 县 区 镇 乡. strict: running
 * text, where the context rules apply. Returns the end, 0 if none. */
static size_t prefix_at(const struct agencies *ag, const char *t, size_t i, size_t n,
    int strict, int *level, int *flags)
{
	size_t p = i;
	*flags = 0;
	*level = AG_LV_NONE;
	uint32_t c0;
	cp_at(t, p, &c0);
	/* the few prefixes of more than one character start with 中 党 国 */
	int zhong = c0 == 0x4E2D, guo = c0 == 0x56FD;
	if ((zhong && starts(t, p, n, "中共中央")) || (c0 == 0x515A && starts(t, p, n, "党中央"))
	    || (guo && starts(t, p, n, "国务院"))) {
		*level = AG_LV_NATIONAL;
		*flags = PF_STANDALONE;
		return p + (zhong ? 12 : 9);
	}
	if (zhong && starts(t, p, n, "中共"))
		p += 6;
	size_t e = places_at(ag, t, i, p, n, strict, level, flags);
	if (e > p)
		return e;
	if (p != i)   /* 中共 with no place */
		return 0;
	if ((guo && starts(t, p, n, "国家"))
	    || (zhong && (starts(t, p, n, "中央") || starts(t, p, n, "中国")))) {
		*level = AG_LV_NATIONAL;
		*flags = PF_NEEDNAME;
		return p + 6;
	}
	return single_prefix_at(ag, t, p, n, strict ? cp_before(t, i) : 0, level, flags);
}

/* The term between a congress's place and its name: 省|十一届|人大,
 * 安徽省|第十一届|人民代表大会. Returns the end of 第?N届, or p if none. */
static size_t term_end(const struct agencies *ag, const char *t, size_t p, size_t n)
{
	size_t q = p;
	if (starts(t, q, n, "第"))
		q += 3;
	size_t d = q;
	for (uint32_t c; q < n && (cp_at(t, q, &c), c < 0x10000 && (ag->ctx2[c] & X2_TERM));)
		q += 3;
	/* not 次: 第四次党代会 is a meeting, a Party congress named by its
	 * session */
	if (q == d || !(starts(t, q, n, "届") || starts(t, q, n, "屆")))
		return p;
	return q + 3;
}

/* Only a congress or its standing committee has a term in its name. */
static int is_congress(const char *canon)
{
	return strstr(canon, "人民代表大会") || strstr(canon, "人大常委会");
}

/* A listed name at t[p..): its end (0: none) and canon index. */
static size_t listed_at(const struct agencies *ag, const char *t, size_t p, size_t n, int flags, int32_t *idx)
{
	size_t m = gw_wordtrie_longest(&ag->names, t + p, n - p, idx);
	if (!m)
		return 0;
	if ((flags & PF_SHORT) && !ag->zone[*idx] && !((flags & PF_SHORTOK) && m >= 9))
		return 0;
	/* 县委托 "the county entrusts" */
	if (m == 3 && memcmp(t + p, "委", 3) == 0 && p + m < n) {
		uint32_t c;
		cp_at(t, p + m, &c);
		if (has(ag, c, X_NA_COMMITTEE))
			return 0;
	}
	return p + m;
}

static int zone_name(const char *s, size_t n)
{
	return (n >= 9 && memcmp(s + n - 9, "管委会", 9) == 0)
	    || (n >= 15 && memcmp(s + n - 15, "管理委员会", 15) == 0);
}

/* 第九高级中学, 第三人民医院: an institution numbered by an ordinal,
 * although 第 is not-first-institution; not an ordinal with a measure
 * word (第一批学校, 第一家日间照料中心). */
static int ordinal_at(const struct agencies *ag, const char *t, size_t p, size_t n)
{
	if (!starts(t, p, n, "第"))
		return 0;
	uint32_t c;
	int d;
	size_t q = p + 3;
	while (q + 3 <= n && cp_at(t, q, &c) == 3 && gw_han_class(c, 0, &d) != GW_HAN_NONE)
		q += 3;
	if (q == p + 3 || q + 3 > n)
		return 0;
	cp_at(t, q, &c);
	return c >= 0x10000 || !(ag->ctx2[c] & X2_MEASURE);
}

/* An unlisted name ending in a head word of the kind want: 投资促进发展中心. */
static size_t generic_at(const struct agencies *ag, const char *t, size_t p, size_t n, int want)
{
	size_t q = p;
	uint16_t first = 0;
	for (int count = 0; q < n && count <= MAXBODY; count++) {
		uint32_t c;
		size_t len = cp_at(t, q, &c);
		if (!is_han(c) || has(ag, c, X_STOP))
			return 0;
		int ord = count == 0 && ordinal_at(ag, t, q, n);
		if (count == 0 && has(ag, c, X_NOT_FIRST) && !ord)
			return 0;
		if (count == 0)
			first = ord ? 0 : (uint16_t)c;
		int32_t v;
		size_t m = gw_wordtrie_longest(&ag->heads, t + q, n - q, &v);
		if (m && !(v & want))
			m = 0;
		/* a public institution: 珠宝艺术学校, not 一级学校 or a long
		 * phrase (义务教育标准化学校) */
		if (!m && want == HEAD_GENERIC && count >= 2 && count <= 6 && c < 0x10000 && (ag->ctx2[c] & X2_IFIRST)
		    && !(ag->ctx2[first] & X2_NF_INST))
			m = gw_wordtrie_longest(&ag->insts, t + q, n - q, &v);
		if (m && count < 2)   /* 省局转到南昌市局: a head word too early */
			return 0;
		if (m) {
			{
				uint32_t b = cp_before(t, q), a = 0;
				if (q + m < n)
					cp_at(t, q + m, &a);
				if (!has(ag, b, X_NB_HEAD) && !has(ag, a, X_NA_HEAD))
					return q + m;
			}
		}
		q += len;
	}
	return 0;
}

static size_t name_add(struct agencies *ag, const char *s, size_t n)
{
	size_t off = ag->names_buf.len;
	gw_buf_add(&ag->names_buf, s, n);
	return off;
}

static struct gw_ag_hit *hit_new(struct agencies *ag)
{
	if (ag->nhit == ag->caphit) {
		ag->caphit = ag->caphit ? ag->caphit * 2 : 64;
		ag->hit = gw_xrealloc(ag->hit, ag->caphit * sizeof *ag->hit);
	}
	struct gw_ag_hit *h = &ag->hit[ag->nhit++];
	memset(h, 0, sizeof *h);
	return h;
}

/* A mention of a listed name at [s, e), named by its canon, at level. */
static size_t listed_hit(struct agencies *ag, size_t s, size_t e, const char *canon, int level)
{
	struct gw_ag_hit *h = hit_new(ag);
	h->s = s;
	h->e = e;
	h->namelen = strlen(canon);
	h->name = name_add(ag, canon, h->namelen);
	h->level = level;
	h->role = AG_RO_MENTIONED;
	h->source = AG_SRC_MENTION;
	return e;
}

/* After a name, a branch named by place: 生态环境局|嘉祥县分局,
 * 统计局|嘉祥调查队. Returns the new end or e; appends the branch word to
 * the name. */
static size_t branch_at(struct agencies *ag, const char *t, size_t e, size_t n, int *level)
{
	int lv, fl;
	size_t p = prefix_at(ag, t, e, n, 0, &lv, &fl);
	if (!p || (fl & (PF_ADMIN | PF_STANDALONE | PF_NEEDNAME)))
		return e;
	int32_t v;
	size_t m = gw_wordtrie_longest(&ag->subs, t + p, n - p, &v);
	if (!m)
		return e;
	gw_buf_add(&ag->names_buf, t + p, m);
	*level = lv;
	return p + m;
}

/* After a national agency, its local office named by place and its own
 * name: 国家税务总局|嘉祥县税务局 is one agency, the county's tax bureau.
 * Returns the end (0: none) and the local name's canon index. */
static size_t local_at(const struct agencies *ag, const char *t, size_t e, size_t n, int *level, int32_t *idx)
{
	int lv, fl;
	size_t p = prefix_at(ag, t, e, n, 0, &lv, &fl);
	if (!p || p >= n || (fl & (PF_ADMIN | PF_STANDALONE | PF_NEEDNAME)))
		return 0;
	size_t m = listed_at(ag, t, p, n, fl | PF_SHORTOK, idx);
	if (!m)
		return 0;
	*level = lv;
	return m;
}

/* 政协巴彦淖尔市第五届委员会, 政协桃源县第十一届委员会: the CPPCC
 * committee's full name, its place and term after 政协. Returns its end
 * (0: none) with the place's level. */
static size_t cppcc_full(const struct agencies *ag, const char *t, size_t e, size_t n, const char *canon, int *level)
{
	int lv, fl = 0;
	if (strcmp(canon, "政协") != 0)
		return 0;
	size_t p = places_at(ag, t, e, e, n, 0, &lv, &fl);
	size_t q = p > e && !(fl & PF_SHORT) ? term_end(ag, t, p, n) : p;
	if (q == p || !starts(t, q, n, "委员会"))
		return 0;
	*level = lv;
	return q + 9;
}

/* 农业部长, 市政府办公会: the name's last character is the first of a
 * word that goes on after it (shared-word of agency-context.txt), so
 * the name is not there. e is the name's end. */
static int shares_word(const struct agencies *ag, const char *t, size_t e, size_t n)
{
	size_t b = cp_prev(t, e);
	const struct gw_ag_words *l = &ag->shared_word;
	for (size_t k = 0; k < l->n; k++) {
		size_t fl = seq_len((unsigned char)l->w[k][0]);
		if (memcmp(t + b, l->w[k], fl) == 0 && starts(t, e, n, l->w[k] + fl))
			return 1;
	}
	return 0;
}

/* 教育部职业技术教育中心研究所: a national body followed, within 12
 * characters of one phrase, by an institution word is part of that
 * institution's name. */
static int inside_institution(const struct agencies *ag, const char *t, size_t e, size_t n)
{
	size_t q = e;
	for (int k = 0; k < 12 && q < n; k++) {
		uint32_t c;
		size_t len = cp_at(t, q, &c);
		int d;
		if (!is_han(c) || has(ag, c, X_STOP) || gw_han_class(c, 0, &d) != GW_HAN_NONE)
			return 0;   /* 联合国只有一所大学: a count is no name */
		q += len;
		int32_t v;
		if (k >= 1 && q + 3 <= n && cp_at(t, q, &c) == 3 && (ag->ctx2[c] & X2_IFIRST)
		    && gw_wordtrie_longest(&ag->insts, t + q, n - q, &v))
			return 1;
	}
	return 0;
}

/* The level of an entry of the alone list (value v): its own, or the
 * document's for 人大, 政协. */
static int alone_level(const struct agencies *ag, int32_t v)
{
	int lv = v >> 24;
	if (lv == AG_LV_OWN)
		lv = ag->own_level != AG_LV_NONE ? ag->own_level : AG_LV_OTHER;
	return lv;
}

/* A name that needs no prefix at i: 水利部, 全国人大. */
static size_t alone_at(struct agencies *ag, const char *t, size_t i, size_t limit)
{
	int32_t v;
	size_t m = gw_wordtrie_longest(&ag->alone, t + i, limit - i, &v);
	/* 水利部门 "water departments", 建设部署 "deploying", 建设部分
	 * "part of the building"; 全国人大代表, 全国政协委员: members, not
	 * the body */
	uint32_t a = 0;
	if (m && i + m < limit)
		cp_at(t, i + m, &a);
	if (!m || has(ag, a, X_NA_ALONE) || shares_word(ag, t, i + m, limit) || inside_institution(ag, t, i + m, limit)
	    || starts(t, i + m, limit, "代表")
	    || (starts(t, i + m, limit, "委员") && !starts(t, i + m, limit, "委员会")))
		return 0;
	/* 人大 alone: after a word that takes an object (接受人大的监督,
	 * 向人大报告) or punctuation, not inside 华人大游行, 人大都 */
	uint32_t b = cp_before(t, i);
	if ((v >> 24) == AG_LV_OWN && m <= 6 && is_han(b) && !has(ag, b, X_MAY_OWN))
		return 0;
	/* 政协提案, 人大议案: the kind of a document, not the body */
	if ((v >> 24) == AG_LV_OWN && words_at(&ag->not_after_own, t, i + m, limit))
		return 0;
	const char *canon = ag->canon[v & 0xFFFFFF];
	int lv = alone_level(ag, v);
	size_t e = i + m;
	int32_t idx;
	size_t le = lv == AG_LV_NATIONAL ? local_at(ag, t, e, limit, &lv, &idx) : 0;
	if (le) {
		canon = ag->canon[idx];
		e = le;
	} else if ((le = cppcc_full(ag, t, e, limit, canon, &lv))) {
		e = le;
	}
	struct gw_ag_hit *h = hit_new(ag);
	h->s = i;
	h->e = e;
	h->name = name_add(ag, canon, strlen(canon));
	h->namelen = strlen(canon);
	h->level = lv;
	h->role = AG_RO_MENTIONED;
	h->source = AG_SRC_MENTION;
	return e;
}

/* 国务院办公厅: a whole name of the alone list that is longer than the
 * prefix 国务院 is that name, not 国务院 and an office after it. */
static int standalone_longer(const struct agencies *ag, const char *t, size_t i, size_t p,
    size_t limit, int fl)
{
	int32_t v;
	return (fl & PF_STANDALONE) && gw_wordtrie_longest(&ag->alone, t + i, limit - i, &v) > p - i;
}

/* 山东省人民政府工作报告, 政府工作报告: a document's name, not the
 * government itself. */
static int report_name(const struct agencies *ag, const char *t, size_t e, size_t limit, int32_t idx)
{
	return strcmp(ag->canon[idx], "人民政府") == 0 && starts(t, e, limit, "工作报告");
}

/* 新安县县委, 某市市政府: a place and then its own one-character prefix
 * again. Returns where the name starts (after the repeated character
 * when only then a listed name follows, so 菏泽市市场监督管理局 keeps
 * its 市场), else p. */
static size_t doubled(const struct agencies *ag, const char *t, size_t p, size_t limit, int fl)
{
	int32_t idx;
	if ((fl & (PF_ADMIN | PF_STANDALONE | PF_NEEDNAME)) || p < 3 || p + 3 >= limit
	    || memcmp(t + p - 3, t + p, 3) != 0 || listed_at(ag, t, p, limit, fl, &idx))
		return p;
	uint32_t c;
	cp_at(t, p, &c);
	if (!has(ag, c, X_DOUBLED))
		return p;
	return listed_at(ag, t, p + 3, limit, fl, &idx) ? p + 3 : p;
}

/* 区政府各部门, 市人民政府有关部门, 区政府直属机构: the departments of
 * the government, a generic reference (the vague words of
 * agency-roles.txt, as 县政府各部门 in a role list), not the government
 * itself. */
static int its_units(const struct agencies *ag, const char *t, size_t e, size_t limit)
{
	int32_t v;
	return gw_wordtrie_longest(&ag->vague, t + e, limit - e, &v) > 0;
}

/* A congress named by its term alone (十三届人大, the document's own
 * place understood) or before 全国人大 (十一届全国人大). */
static size_t term_at(struct agencies *ag, const char *t, size_t i, size_t limit)
{
	size_t q = term_end(ag, t, i, limit);
	if (q == i || q >= limit)
		return 0;
	int32_t v;
	/* the document's own congress */
	int lv = ag->own_level != AG_LV_NONE ? ag->own_level : AG_LV_OTHER;
	size_t e = q + gw_wordtrie_longest(&ag->alone, t + q, limit - q, &v);
	if (e > q) {   /* 全国人大: national */
		lv = alone_level(ag, v);
		v &= 0xFFFFFF;
	} else {
		e = listed_at(ag, t, q, limit, 0, &v);
	}
	if (!e || e == q || !is_congress(ag->canon[v]))
		return 0;
	return listed_hit(ag, i, e, ag->canon[v], lv);
}

/* 各县、区人民政府, 各区(市)县政府, 各街道办事处、乡人民政府: a name
 * coordinated with an item that opens with 各 is every one of them, a
 * generic reference. i is where the name starts; looks back over short
 * items joined by 、 and bracketed alternatives. */
static int each_coordinated(const char *t, size_t i)
{
	uint32_t c = cp_before(t, i);
	if (c != 0x3001 && c != 0xFF09 && c != ')')
		return 0;
	/* back to the start of the item before: it must open with 各 */
	i = cp_prev(t, i);
	for (int k = 0; i > 0 && k < 16; k++) {
		size_t q = cp_prev(t, i);
		cp_at(t, q, &c);
		if (!is_han(c) && c != 0xFF08 && c != 0xFF09 && c != '(' && c != ')')
			break;
		i = q;
	}
	return starts(t, i, i + 3, "各");
}

/* A mention in running text starting at i; limit is where the next
 * found agency starts. Returns the end (0: none) and fills a hit. */
static size_t mention_at(struct agencies *ag, const char *t, size_t i, size_t limit)
{
	int lv, fl;
	size_t p = prefix_at(ag, t, i, limit, 1, &lv, &fl);
	int32_t idx;
	if (!p || standalone_longer(ag, t, i, p, limit, fl) || each_coordinated(t, i))
		return 0;
	size_t q = term_end(ag, t, p, limit);
	int term = q > p;
	if (!term)
		q = doubled(ag, t, p, limit, fl);
	size_t e = q < limit ? listed_at(ag, t, q, limit, fl, &idx) : 0;
	if (term && (!e || !is_congress(ag->canon[idx])))
		return 0;
	if (e && shares_word(ag, t, e, limit))
		return 0;
	/* 成都高新区, 市高新区的水平: in running text a zone written without
	 * its committee is the place (a role list's item is its committee) */
	if (e && ag->zone[idx] && !zone_name(t + q, e - q))
		return 0;
	if (e && !(fl & (PF_STANDALONE | PF_NEEDNAME)) && (report_name(ag, t, e, limit, idx) || its_units(ag, t, e, limit)))
		return 0;
	size_t off = ag->names_buf.len;
	/* 国务院政府工作报告: not a government inside the State Council;
	 * 发达国家政府: governments of countries */
	if (e && (fl & (PF_STANDALONE | PF_NEEDNAME)) && strcmp(ag->canon[idx], "人民政府") == 0
	    && !starts(t, i, limit, "中央"))
		e = 0;
	size_t le;
	if (e && (fl & PF_NEEDNAME) && (le = local_at(ag, t, e, limit, &lv, &idx)))
		e = le;
	if (e) {
		gw_buf_adds(&ag->names_buf, ag->canon[idx]);
	} else if (fl & PF_STANDALONE) {
		e = p;
		gw_buf_add(&ag->names_buf, t + i, p - i);
	} else if (!(fl & PF_NEEDNAME) && (e = generic_at(ag, t, p, limit, HEAD_GENERIC))
	    && (!(fl & PF_SHORT) || zone_name(t + p, e - p))) {
		/* a short place form only before a zone's committee:
		 * 山西转型综改示范区管委会 */
		gw_buf_add(&ag->names_buf, t + p, e - p);
	} else if ((fl & PF_NEEDNAME) && (e = generic_at(ag, t, p, limit, HEAD_NATIONAL))
	    && !words_is(&ag->institution_kind, t + p, e - p)) {
		/* 国家碳计量中心: a national body named by its head word
		 * alone; not a kind of them (国家技术创新中心) */
		gw_buf_add(&ag->names_buf, t + p, e - p);
	} else {
		return 0;
	}
	if (!(fl & PF_STANDALONE))
		e = branch_at(ag, t, e, limit, &lv);
	/* 中央编办: a whole name of the alone list as long as the prefix and
	 * name (and no branch after them) is that name, with its own canon */
	int32_t av;
	if ((fl & PF_NEEDNAME) && i + gw_wordtrie_longest(&ag->alone, t + i, limit - i, &av) >= e) {
		ag->names_buf.len = off;
		return 0;
	}
	struct gw_ag_hit *h = hit_new(ag);
	h->s = i;
	h->e = e;
	h->name = off;
	h->namelen = ag->names_buf.len - off;
	h->level = lv;
	h->role = AG_RO_MENTIONED;
	h->source = AG_SRC_MENTION;
	return e;
}

/* A township organ whose township's name ends at i with 镇, 乡, 街道 or
 * 苏木: a listed organ follows, the name
 * before is a known township starting at or after lo (the end of the
 * last agency found). Returns the end of the organ, 0 if none. */
static size_t township_at(struct agencies *ag, const char *t, size_t i, size_t limit, size_t lo)
{
	size_t after = words_at(&ag->town_suffix, t, i, limit);
	if (!after || (after += i) >= limit)
		return 0;
	/* 各镇(街道)人民政府(办事处), 各乡镇人民政府: every township's, a
	 * generic reference and no agency in running text (but an item of
	 * a role list) */
	if ((i >= 3 && i - 3 >= lo && starts(t, i - 3, limit, "各"))
	    || (i >= 6 && i - 6 >= lo && starts(t, i - 6, limit, "各乡")))
		return 0;
	int32_t idx;
	size_t e = listed_at(ag, t, after, limit, 0, &idx);
	const char *name;
	size_t namelen;
	if (e) {
		name = ag->canon[idx];
		namelen = strlen(name);
		/* one character (纸坊镇团结村, 镇委托), a zone (城关镇开发区
		 * is a place), or bodies that have no township level
		 * (纸坊镇政协委员 is a member of the county's) */
		if (e - after <= 3 || ag->zone[idx] || words_has(&ag->not_township, name))
			return 0;
	} else {
		/* not generic names: 嘉祥街道社区卫生服务中心 is a clinic */
		return 0;
	}
	if (!ag->towns_loaded && towns_load(ag, &ag->err) < 0)
		return 0;
	/* the longest known township name ending here, of 2 to 6
	 * characters before the suffix */
	size_t s = i, best = 0;
	for (int k = 0; k < 6 && s > lo; k++) {
		s = cp_prev(t, s);
		uint32_t c;
		cp_at(t, s, &c);
		if (!is_han(c))
			break;
		/* 小城镇党委: "small towns'", though 小城镇 is a town's name
		 * too; the three-character names ending in 城镇 or 乡镇 only
		 * after a boundary */
		if (k == 1 && (starts(t, s + 3, after, "城镇") || starts(t, s + 3, after, "乡镇"))
		    && is_han(cp_before(t, s)))
			continue;
		if (k >= 1 && gw_strset_has(&ag->towns, t + s, after - s))
			best = s + 1;
	}
	if (!best)
		return 0;
	struct gw_ag_hit *h = hit_new(ag);
	h->s = best - 1;
	h->e = e;
	h->name = name_add(ag, name, namelen);
	h->namelen = namelen;
	h->level = AG_LV_TOWNSHIP;
	h->role = AG_RO_MENTIONED;
	h->source = AG_SRC_MENTION;
	return e;
}

/* Is there an opening bracket, ( or （ (EF BC 88), in t[s..e)? */
static int has_bracket(const char *t, size_t s, size_t e)
{
	for (size_t i = s; i < e; i++)
		if (t[i] == '(' || ((unsigned char)t[i] == 0xEF && i + 2 < e
		    && (unsigned char)t[i + 1] == 0xBC && (unsigned char)t[i + 2] == 0x88))
			return 1;
	return 0;
}

/* An item's ends without spaces, the 各 of "各镇街" (*each) and the 等 of
 * "…等"; *hs: its start with 各, where its span starts. */
static void item_trim(const char *t, size_t *s, size_t *e, size_t *hs, int *each)
{
	while (*s < *e && (t[*s] == ' ' || starts(t, *s, *e, "　")))
		*s += t[*s] == ' ' ? 1 : 3;
	while (*e > *s && (t[*e - 1] == ' ' || (*e - *s >= 3 && memcmp(t + *e - 3, "　", 3) == 0)))
		*e -= t[*e - 1] == ' ' ? 1 : 3;
	*hs = *s;
	*each = starts(t, *s, *e, "各");
	if (*each)
		*s += 3;
	if (*e >= *s + 3 && memcmp(t + *e - 3, "等", 3) == 0)
		*e -= 3;
}

/* "责任单位：县发改局牵头、县财政局配合": a role verb at the item's end
 * gives its role, and is cut off. */
static int item_verb(const struct agencies *ag, const char *t, size_t s, size_t *e, int role)
{
	size_t q = *e;
	for (int k = 0; k < 4 && q > s; k++) {
		q = cp_prev(t, q);
		uint32_t c;
		cp_at(t, q, &c);
		if (c >= 0x10000 || !(ag->cls[c] & C_RSTART))
			continue;
		int32_t r = gw_wordtrie_get(&ag->verbs, t + q, *e - q);
		if (r >= 0 && q > s) {
			*e = q;
			return r;
		}
	}
	return role;
}

/* 各镇(街道)人民政府(办事处): the item read without the alternatives in
 * brackets, copied to ag->scratch; *t, *s, *e point into the copy.
 * Returns 0 when nothing is left. */
static int item_unbracketed(struct agencies *ag, const char **t, size_t *s, size_t *e)
{
	struct gw_buf *b = &ag->scratch;
	gw_buf_clear(b);
	int depth = 0;
	for (size_t p = *s; p < *e;) {
		uint32_t c;
		size_t len = cp_at(*t, p, &c);
		if (c == 0xFF08 || c == '(')
			depth++;
		else if ((c == 0xFF09 || c == ')') && depth > 0)
			depth--;
		else if (!depth)
			gw_buf_add(b, *t + p, len);
		p += len;
	}
	gw_buf_addc(b, 0);   /* the look-ups read whole characters */
	*t = b->p;
	*s = 0;
	*e = b->len - 1;
	return *e > 0;
}

/* In role lists the item is an agency anyway: its last words may say it
 * is a township's (镇人民政府). Appends the organ's name and returns 1. */
static int item_township(struct agencies *ag, const char *t, size_t s, size_t e)
{
	const struct gw_ag_words *o = &ag->township_organ;
	for (size_t k = 0; k < o->n; k++) {
		size_t wl = o->len[k];
		if (e - s > wl && memcmp(t + e - wl, o->w[k], wl) == 0) {
			gw_buf_add(&ag->names_buf, o->alt[k], o->altlen[k]);
			return 1;
		}
	}
	return 0;
}

/* 县直有关部门, 县政府各部门: a vague word after the prefix ends the item,
 * which names no agency. */
static int item_vague(const struct agencies *ag, const char *t, size_t p, size_t e)
{
	for (size_t q = p; p && q < e; q += cp_at(t, q, &(uint32_t){0}))
		if ((q == p || starts(t, q, e, "各") || starts(t, q, e, "有关") || starts(t, q, e, "相关"))
		    && gw_wordtrie_get(&ag->vague, t + q, e - q) >= 0)
			return 1;
	return 0;
}

/* A listed name after the item's prefix, with a branch after it
 * (县生态环境局嘉祥分局): appended to names_buf from h->name, the name
 * first. Returns 0 if the item is not that. */
static int item_listed(struct agencies *ag, const char *t, size_t p, size_t e, int fl, struct gw_ag_hit *h, int *lv)
{
	int32_t idx;
	size_t m = p < e ? listed_at(ag, t, p, e, fl & ~PF_SHORT, &idx) : 0;
	if (!m || (m != e && branch_at(ag, t, m, e, lv) != e)) {
		ag->names_buf.len = h->name;
		return 0;
	}
	/* branch_at appended the branch word; put the name first */
	size_t blen = ag->names_buf.len - h->name;
	char br[64];
	if (blen >= sizeof br)   /* branch words are a few characters */
		blen = 0;
	if (blen)
		memcpy(br, ag->names_buf.p + h->name, blen);
	ag->names_buf.len = h->name;
	gw_buf_adds(&ag->names_buf, ag->canon[idx]);
	gw_buf_add(&ag->names_buf, br, blen);
	return 1;
}

/* An item with no prefix, or one that names only the prefix's national
 * body: the name as listed or as written, the level its own, the list's
 * so far, or national. */
static int item_unprefixed(struct agencies *ag, const char *t, size_t s, size_t e, size_t p, int fl, int lv,
    int prevlevel)
{
	int32_t idx;
	if (!p && listed_at(ag, t, s, e, 0, &idx) == e)
		gw_buf_adds(&ag->names_buf, ag->canon[idx]);
	else
		gw_buf_add(&ag->names_buf, t + s, e - s);
	int32_t al;
	if (!p && gw_wordtrie_longest(&ag->alone, t + s, e - s, &al) == e - s)
		return alone_level(ag, al);
	if (!p)   /* 县委组织部、宣传部: the list's level so far */
		return prevlevel != AG_LV_NONE ? prevlevel : AG_LV_OTHER;
	return fl & PF_NEEDNAME ? AG_LV_NATIONAL : lv;
}

/* Classify one item of a role list: "县发改局" -> 发展和改革局, county. The
 * whole item is the agency; prefixes are taken off, listed names
 * standardised, anything else kept as written (县城建集团 -> 城建集团). */
static void item_hit(struct agencies *ag, const char *t, size_t s, size_t e, int role, int source, int *prevlevel)
{
	size_t hs;
	int each;
	item_trim(t, &s, &e, &hs, &each);
	role = item_verb(ag, t, s, &e, role);
	/* 有关部门, 相关单位: no agency in particular */
	if (s >= e || gw_wordtrie_get(&ag->vague, t + s, e - s) >= 0)
		return;
	size_t he = e;   /* the span, with any brackets */
	if (has_bracket(t, s, e) && !item_unbracketed(ag, &t, &s, &e))
		return;
	struct gw_ag_hit *h = hit_new(ag);
	h->s = hs;
	h->e = he;
	h->role = role;
	h->source = source;
	h->name = ag->names_buf.len;
	if (item_township(ag, t, s, e)) {
		h->namelen = ag->names_buf.len - h->name;
		h->level = *prevlevel = AG_LV_TOWNSHIP;
		return;
	}
	int lv, fl;
	size_t p = prefix_at(ag, t, s, e, 0, &lv, &fl);
	if (p && (item_vague(ag, t, p, e)
	    /* "责任单位：区", "（牵头单位：市发": a list cut off after its
	     * prefix names nothing (各镇街 is every township) */
	    || (!item_listed(ag, t, p, e, fl, h, &lv) && (fl & PF_ADMIN) && e - p <= 3 && !each))) {
		ag->names_buf.len = h->name;
		ag->nhit--;
		return;
	}
	if (ag->names_buf.len > h->name) {
		/* a listed name */
	} else if (p && e - p > 3 && !(fl & (PF_STANDALONE | PF_NEEDNAME))) {
		/* 县委教育工委: an organ of the county's party committee */
		if (e - p > 6 && starts(t, p, e, "委"))
			p += 3;
		gw_buf_add(&ag->names_buf, t + p, e - p);
	} else if (p && (fl & PF_STANDALONE) && p == e) {
		gw_buf_add(&ag->names_buf, t + s, e - s);
	} else {
		lv = item_unprefixed(ag, t, s, e, p, fl, lv, *prevlevel);
	}
	h->namelen = ag->names_buf.len - h->name;
	h->level = lv == AG_LV_NONE ? AG_LV_OTHER : lv;
	*prevlevel = h->level;
}

static int is_item_sep(uint32_t c)
{
	return c == 0x3001 /* 、 */ || c == 0xFF0C /* ， */ || c == ',' || c == 0xFF0F || c == '/'
	    || c == ' ' || c == 0x3000 || c == '\t';
}

static int is_list_end(uint32_t c)
{
	return c == 0xFF09 || c == ')' || c == 0x3002 || c == 0xFF1B || c == ';' || c == '\n'
	    || c == 0x3011 || c == ']' || c == 0xFF08 || c == '(';
}

/* A role label and its colon at p: returns the end of the colon, or 0. */
static size_t label_at(const struct agencies *ag, const char *t, size_t p, size_t n, int32_t *r)
{
	size_t m = gw_wordtrie_longest(&ag->labels, t + p, n - p, r);
	if (!m)
		return 0;
	p += m;
	while (p < n && t[p] == ' ')
		p++;
	if (starts(t, p, n, "："))
		return p + 3;
	if (p < n && t[p] == ':')
		return p + 1;
	return 0;
}

/* The end of a short bracketed note starting at p (after its opening
 * bracket): just after the closing bracket, or 0 if there is none within
 * 12 characters or the note holds a separator. */
static size_t note_end(const char *t, size_t p, size_t n)
{
	for (int k = 0; p < n && k <= 12; k++) {
		uint32_t c;
		size_t len = cp_at(t, p, &c);
		if (c == 0xFF09 || c == ')')
			return k ? p + len : 0;
		if (is_item_sep(c) || is_list_end(c))
			return 0;
		p += len;
	}
	return 0;
}

static int prose_item(const struct agencies *ag, const char *t, size_t s, size_t e);

/* "牵头单位：A、B、C" from the colon on. Returns the end of the list. */
static size_t label_list(struct agencies *ag, const char *t, size_t p, size_t n, int role)
{
	size_t s = p, start = p;
	int prev = AG_LV_NONE;
	while (p < n) {
		uint32_t c;
		size_t len = cp_at(t, p, &c);
		size_t close;
		if ((c == 0xFF08 || c == '(') && p > s && (close = note_end(t, p + len, n))) {
			/* "县发改局（牵头）、县财政局": a short note after an item;
			 * a role verb in it is the item's role, an agency is an
			 * item of its own, anything else is part of the item and
			 * left out of its name, and the list goes on */
			size_t in = p + len, ce = close - (t[close - 1] == ')' ? 1 : 3);
			int role_here = gw_wordtrie_get(&ag->verbs, t + in, ce - in);
			uint32_t a = 0;
			if (close < n)
				cp_at(t, close, &a);
			if (role_here < 0 && prose_item(ag, t, in, ce)) {
				/* 县卫生健康局（县疾控中心）: the note is an
				 * agency too */
				item_hit(ag, t, s, p, role, AG_SRC_BLOCK, &prev);
				item_hit(ag, t, in, ce, role, AG_SRC_BLOCK, &prev);
				s = p = close;
			} else if (role_here < 0) {
				/* 各镇(街道)人民政府(办事处): a note inside the
				 * item, left out of its name */
				p = close;
			} else {
				item_hit(ag, t, s, p, role_here, AG_SRC_BLOCK, &prev);
				s = p = close;
			}
			continue;
		}
		if (is_list_end(c) || is_item_sep(c)) {
			if (p > s)
				item_hit(ag, t, s, p, role, AG_SRC_BLOCK, &prev);
			if (!is_item_sep(c))
				return p;
			s = p + len;
		} else {
			int32_t v;
			if (p > start && label_at(ag, t, p, n, &v)) {
				/* the next label of "牵头单位：A 配合单位：B" */
				if (p > s)
					item_hit(ag, t, s, p, role, AG_SRC_BLOCK, &prev);
				return p;
			}
		}
		p += len;
	}
	if (p > s)
		item_hit(ag, t, s, p, role, AG_SRC_BLOCK, &prev);
	return p;
}

static int in_brackets(const char *t, size_t i)
{
	/* the nearest bracket before i opens (a note is short: look back
	 * 200 characters at most, which also keeps long paragraphs linear) */
	for (int k = 0; i > 0 && k < 200; k++) {
		i = cp_prev(t, i);
		uint32_t c;
		cp_at(t, i, &c);
		if (c == 0xFF08 || c == '(')
			return 1;
		if (c == 0xFF09 || c == ')')
			return 0;
	}
	return 0;
}

/* Outside brackets, an item before a role verb must look like an agency:
 * a prefix (not a short place name), and a name that is listed, or ends
 * in the last character of an institution (局 委 办 院 集团 公司 …). */
static int prose_item(const struct agencies *ag, const char *t, size_t s, size_t e)
{
	int lv, fl;
	size_t p = s < e ? prefix_at(ag, t, s, e, 0, &lv, &fl) : 0;
	if (!p || (fl & PF_SHORT))
		return 0;
	if (p == e)
		return (fl & PF_STANDALONE) != 0;
	int32_t idx;
	if (listed_at(ag, t, p, e, fl, &idx) == e)
		return 1;
	if (fl & PF_NEEDNAME)
		return 0;
	uint32_t c;
	cp_at(t, cp_prev(t, e), &c);
	return has(ag, c, X_INSTITUTION);
}

/* The items of t[s..e), separated by 、, each a row. */
static void items_add(struct agencies *ag, const char *t, size_t s, size_t e, int role, int source, int *prev)
{
	size_t b = s;
	for (size_t p = s; p <= e;) {
		uint32_t c = 0;
		size_t len = p < e ? cp_at(t, p, &c) : 1;
		if (p == e || c == 0x3001) {
			item_hit(ag, t, b, p, role, source, prev);
			b = p + len;
		}
		p += len;
	}
}

/* "（县发改局牵头，县财政局、县住建局等部门，县国投公司配合）": the clause
 * before a verb's own that ends in 等 and a vague word (等部门, 等单位)
 * is closed, not done: its items take the verb too. Sets [*s, *e) to
 * its items (up to 等) when there is one; a is where the verb's clause
 * starts, lo where the search stops. */
static void etc_clause(const struct agencies *ag, const char *t, size_t a, size_t lo, size_t *s, size_t *e)
{
	size_t c = a;
	if (c >= 3 && starts(t, c - 3, a, "，"))
		c -= 3;
	else if (c >= 1 && t[c - 1] == ',')
		c -= 1;
	else
		return;
	/* the vague word before the comma, and 等 before it */
	size_t q = c, etc = 0;
	for (int k = 0; k < 6 && q > lo; k++) {
		q = cp_prev(t, q);
		if (starts(t, q, c, "等") && gw_wordtrie_get(&ag->vague, t + q + 3, c - q - 3) >= 0) {
			etc = q;
			break;
		}
	}
	if (!etc)
		return;
	size_t b = etc;
	for (int k = 0; b > lo && k < MAXCLAUSE; k++) {
		size_t p = cp_prev(t, b);
		uint32_t ch;
		cp_at(t, p, &ch);
		if (ch == 0xFF08 || ch == '(' || ch == 0xFF0C || ch == ',' || ch == 0x3002 || ch == 0xFF1B
		    || ch == ';' || ch == 0xFF1A || ch == ':' || ch == 0xFF09 || ch == ')')
			break;
		b = p;
	}
	if (b < etc) {
		*s = b;
		*e = etc;
	}
}

/* Role verb at v: "（A、B牵头）", "由A牵头", "A、B参与配合". Returns 1 if
 * rows were added. */
static int verb_list(struct agencies *ag, const char *t, size_t v, int role, size_t lo)
{
	size_t a = v;
	for (int k = 0; a > lo && k < MAXCLAUSE; k++) {
		size_t q = cp_prev(t, a);
		uint32_t c;
		cp_at(t, q, &c);
		if (c == 0xFF08 || c == '(' || c == 0xFF0C || c == ',' || c == 0x3002 || c == 0xFF1B
		    || c == ';' || c == 0xFF1A || c == ':' || c == 0xFF09 || c == ')')
			break;
		a = q;
	}
	/* 由 starts the list: the last one in the clause */
	for (size_t q = v; q > a;) {
		q = cp_prev(t, q);
		if (starts(t, q, v, "由")) {
			a = q + 3;
			break;
		}
	}
	if (a >= v)
		return 0;
	int block = in_brackets(t, a);
	size_t es = a, ee = a;
	if (block)
		etc_clause(ag, t, a, lo, &es, &ee);
	/* Outside brackets every item must start with a prefix, else it is
	 * a sentence: 企业负责, 积极参与. */
	size_t s = a, first = ag->nhit;
	for (size_t p = a; p <= v;) {
		uint32_t c = 0;
		size_t len = p < v ? cp_at(t, p, &c) : 1;
		if (p == v || c == 0x3001) {
			size_t ps = starts(t, s, p, "各") ? s + 3 : s;
			if (p == s || p - s > 20 * 3 || (!block && !prose_item(ag, t, ps, p))) {
				ag->nhit = first;
				return 0;
			}
			s = p + len;
		}
		p += len;
	}
	/* The items replace the mentions already found in them; a mention
	 * that reaches into the list from before it stays, and so no list. */
	size_t keep = ag->nhit;
	while (keep > 0 && ag->hit[keep - 1].s >= es)
		keep--;
	if (keep > 0 && ag->hit[keep - 1].e > es)
		return 0;
	ag->nhit = keep;
	int prev = AG_LV_NONE;
	if (ee > es)
		items_add(ag, t, es, ee, role, AG_SRC_BLOCK, &prev);
	items_add(ag, t, a, v, role, block ? AG_SRC_BLOCK : AG_SRC_PROSE, &prev);
	return 1;
}

/* An institution's branch named by a place right after it (北京天坛医院
 * 河南医院): the end of the branch, else e. */
static size_t institution_branch(const struct agencies *ag, const char *t, size_t e, size_t n)
{
	int lv, fl = 0;
	size_t p = places_at(ag, t, e, e, n, 0, &lv, &fl);
	int32_t v;
	size_t m = p > e ? gw_wordtrie_longest(&ag->insts, t + p, n - p, &v) : 0;
	return m && v != 2 ? p + m : e;
}

/* Whether t[i..) is a count: digits or numerals and a measure word of
 * count-measure (55家, 六所; not 2016年, 三期工程). */
static int counted(const struct agencies *ag, const char *t, size_t i, size_t n)
{
	size_t q = i;
	uint32_t c = 0;
	int d;
	while (q < n) {
		size_t k = cp_at(t, q, &c);
		if (!((c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19) || gw_han_class(c, 0, &d) != GW_HAN_NONE))
			break;
		q += k;
	}
	return q > i && q < n && c < 0x10000 && (ag->ctx2[c] & X2_COUNT);
}

/* 确保红花山小学, 年内启动梗阳敬老院: a word that leads to an
 * institution inside t[i..q) opens the clause, and the name starts after
 * it (the scan finds it there); a name holds none. */
static int lead_inside(const struct agencies *ag, const char *t, size_t i, size_t q)
{
	for (size_t j = i + 3; j + 3 < q; j += 3)
		if (words_at(&ag->institution_lead, t, j, q))
			return 1;
	return 0;
}

/* The hit of an institution at t[i..e), named as written: a zone's
 * committee at county level, others at level other. Returns e. */
static size_t institution_hit(struct agencies *ag, const char *t, size_t i, size_t e, int zone)
{
	struct gw_ag_hit *h = hit_new(ag);
	h->s = i;
	h->e = e;
	h->name = name_add(ag, t + i, e - i);
	h->namelen = e - i;
	h->level = zone ? AG_LV_COUNTY : AG_LV_OTHER;
	h->role = AG_RO_MENTIONED;
	h->source = AG_SRC_MENTION;
	return e;
}

/* A public institution named without a place after a boundary (a
 * punctuation mark, the paragraph's start): 2 to 6 Chinese characters and
 * an institution word (聚龙医院, 北斗小学, 坪山外国语学校), level other.
 * Not when a place or prefix starts there (县人民医院 is the county's), nor
 * after a first character that makes it a phrase (新建小学, 各类学校).
 * Returns the end, 0 if none. */
static size_t institution_at(struct agencies *ag, const char *t, size_t i, size_t n)
{
	uint32_t c;
	/* after a punctuation mark a name of up to 6 characters (a zone's
	 * committee up to 10, in a list after 、); a verb may open the
	 * clause (加快推进X医院, 确保X小学): lead_inside */
	int listed = i >= 3 && starts(t, i - 3, n, "、");
	/* after a word that takes an institution as its object (建设, 推动,
	 * 办好): a name of up to 6 characters, whatever follows it */
	int led = 0;
	if (i > 0 && !(ag->ctx2[cp_before(t, i) & 0xFFFF] & X2_BOUND)) {
		/* most characters that end such a word end others: the last
		 * two characters first, through a filter */
		size_t b = i >= 6 ? cp_prev(t, cp_prev(t, i)) : 0;
		if (i < 6 || !bigram_has(ag, B_LEAD, pair_key(ag->key_mask, (const unsigned char *)t + b, i - b)))
			return 0;
		led = listed = 1;   /* the word itself is checked once a name is found */
	}
	int maxbody = 6;
	if (i >= n || cp_at(t, i, &c) != 3 || !is_han(c))
		return 0;
	/* a first character that makes a phrase (深化, 上半年) may still
	 * open a place's short form (深圳大学, 上海交通大学): asked once a
	 * name is found */
	int nf = (ag->ctx2[c] & X2_NF_INST) != 0 && !ordinal_at(ag, t, i, n);
	/* ... which starts with a place's first two characters */
	if (nf && (!(ag->cls[c] & C_PFIRST) || i + 6 > n
	    || !bigram_has(ag, B_PLACE, pair_key(ag->key_mask, (const unsigned char *)t + i, n - i))))
		return 0;
	size_t q = i;
	/* a zone's committee may be longer (迳口华侨经济区管委会) */
	int lim = listed && !led ? 10 : maxbody;
	for (int k = 0; k < lim && q < n; k++) {
		if (cp_at(t, q, &c) != 3 || !is_han(c) || has(ag, c, X_STOP))
			return 0;
		q += 3;
		int32_t v;
		uint32_t d;
		/* the first character of an institution word first: most
		 * punctuation marks are followed by none */
		if (k < 1 || q + 3 > n || cp_at(t, q, &d) != 3 || !(ag->ctx2[d] & X2_IFIRST))
			continue;
		size_t m = gw_wordtrie_longest(&ag->insts, t + q, n - q, &v);
		if (!m)
			continue;
		/* 职业学校, 平安医院, 义务教育学校: a kind, not a name;
		 * 加快推进X医院: the name starts after the last word that
		 * leads to it */
		if (words_is(&ag->institution_kind, t + i, q - i) || words_at(&ag->institution_lead, t, i, n)
		    || (!led && lead_inside(ag, t, i, q)))
			return 0;
		/* 组建成立X: not 建成, but 成立 */
		if (led && (!words_before(&ag->institution_lead, t, i) || words_at(&ag->institution_lead, t, cp_prev(t, i), n) > 3))
			return 0;
		int lv, fl;
		/* a place's short form is part of the name: 深圳大学 */
		/* after a word that leads to it, a two-character place is
		 * no ordinary word (支持深圳大学) */
		int placed = prefix_at(ag, t, i, n, !led, &lv, &fl) != 0;
		if ((placed && !(fl & PF_SHORT)) || (nf && !placed))
			return 0;
		/* opening a clause, a longer name opens with a place's short
		 * form (光明中心医院, 平乐骨伤科医院): else words before it
		 * are more often the clause's own (现任北京大学, 还有肿瘤专科医院);
		 * or with an ordinal (第三人民医院) */
		if (!listed && k >= 3 && !placed && !ordinal_at(ag, t, i, n))
			return 0;
		/* a zone's committee stands between punctuation marks */
		int zone = v == 2;
		uint32_t a = 0;
		if (q + m < n)
			cp_at(t, q + m, &a);
		/* a zone after a place's short form is the place's
		 * (山西转型综改示范区管委会) */
		if (zone ? is_han(a) || placed : k >= maxbody)
			return 0;
		/* 产业研究院55家, 研究院六家: a count of a kind, not a name */
		if (!zone && counted(ag, t, q + m, n))
			return 0;
		size_t e = zone ? q + m : institution_branch(ag, t, q + m, n);
		/* 市中医院: not 市中(区)'s 医院 but the city's 中医院, a
		 * prefix and a listed name */
		int32_t idx;
		size_t p = placed && (fl & PF_SHORT) ? single_prefix_at(ag, t, i, n, 0, &lv, &fl) : 0;
		if (p && listed_at(ag, t, p, n, 0, &idx) == q + m) {
			institution_hit(ag, t, i, e, 0);
			struct gw_ag_hit *h = &ag->hit[ag->nhit - 1];
			h->name = name_add(ag, ag->canon[idx], strlen(ag->canon[idx]));
			h->namelen = strlen(ag->canon[idx]);
			h->level = lv;
			return e;
		}
		return institution_hit(ag, t, i, e, zone);
	}
	return 0;
}

/* A role word at i: a label and its list, or a verb and the items
 * before it. Returns where the scan goes on (0: none), with *last and
 * *role_end moved past what it found. */
static size_t role_at(struct agencies *ag, const char *t, size_t i, size_t n, size_t *last, size_t *role_end)
{
	int32_t r;
	size_t m = label_at(ag, t, i, n, &r);
	if (m)
		return *last = *role_end = label_list(ag, t, m, n, r);
	m = gw_wordtrie_longest(&ag->verbs, t + i, n - i, &r);
	if (!m)
		return 0;
	int ok = i > 0 && !words_at(&ag->not_after_verb, t, i + m, n);
	if (ok && verb_list(ag, t, i, r, *role_end)) {
		*role_end = *last = i;
	} else if (ok && ag->nhit > 0 && ag->hit[ag->nhit - 1].e == i
	    && ag->hit[ag->nhit - 1].source == AG_SRC_MENTION) {
		/* "…推动县发改局牵头": the mention before the verb */
		struct gw_ag_hit *h = &ag->hit[ag->nhit - 1];
		h->role = r;
		h->source = in_brackets(t, h->s) ? AG_SRC_BLOCK : AG_SRC_PROSE;
	}
	return i + m;
}

/* May a prefix start at i (its candidate bits f, the C_PFIRST of
 * which says the pair there starts a place)? 县 市 省 …: a name must
 * follow, so not 县域 市场 省内. */
static int prefix_candidate(const struct agencies *ag, const char *t, size_t i, size_t n, int f)
{
	if (f & C_PFIRST)
		return 1;
	if (!(f & C_PSTART) || i + 3 >= n)
		return 0;
	uint32_t c2;
	cp_at(t, i + 3, &c2);
	if (starts(t, i, n, "新"))   /* 新区 */
		return c2 == 0x533A;
	return is_han(c2) && (!has(ag, c2, X_NOT_FIRST) || (ag->cls[c2 & 0xFFFF] & C_NFIRST)
	    || c2 == 0x7B2C /* 第, of a congress's term */);
}

/* The class bits candidates() keeps without asking a pair (a one
 * character prefix, a township's last words, a congress's term), those
 * it keeps when the pair is in its kind's set, and all those where a
 * word may start. */
enum { C_UNFILTERED = C_PSTART | C_TOWN | C_TERM, C_FILTERED = C_RSTART | C_PFIRST | C_ALONE,
	C_STARTER = C_RSTART | C_PSTART | C_PFIRST | C_TOWN | C_ALONE | C_TERM };

/* The key of the pair at i: eight bytes read at once where the text
 * has them, masked to the pair's length (its second character's lead
 * byte says it). */
static inline uint64_t pair_key_at(const struct agencies *ag, const unsigned char *u, size_t i, size_t n)
{
	uint64_t key;
	if (i + 8 > n)
		return pair_key(ag->key_mask, u + i, n - i);
	memcpy(&key, u + i, 8);
	return key & ag->key_mask[3 + len_by_nibble[u[i + 3] >> 4]];
}

/* The class bits f of the character at i kept where a word may start
 * there: role words, places, the longer prefixes and names without a
 * prefix are known by their first two characters (a hashed bit set, so
 * only a filter). Computed without branches: about half the characters
 * of a text start a place name, and which half is not predictable,
 * while few pairs pass. */
static int candidates(const struct agencies *ag, const unsigned char *u, size_t i, size_t n, int f)
{
	uint64_t key = pair_key_at(ag, u, i, n);
	int role = ag->role1 | bigram_has(ag, B_ROLE, key);
	int keep = C_UNFILTERED;
	keep |= C_RSTART & -role;
	/* the set of places is the large one: a character that starts
	 * none asks its last word, always cached and always empty */
	uint32_t h = bigram_hash(key, B_PLACE);
	uint32_t starts_place = -(uint32_t)((f & C_PFIRST) != 0);
	h = (h & starts_place) | ((uint32_t)1 << bigram_bits[B_PLACE] & ~starts_place);
	keep |= C_PFIRST & -(int)((ag->bigram[B_PLACE][h >> 6] >> (h & 63)) & 1);
	keep |= C_ALONE & -bigram_has(ag, B_ALONE, key);
	return f & keep;
}

/* May a word of a kind candidates() filters by its pair start at i? One
 * bit of the joint set: most pairs are no kind's. */
static int pair_any(const struct agencies *ag, const unsigned char *u, size_t i, size_t n)
{
	uint64_t key = pair_key_at(ag, u, i, n);
	uint32_t h = pair_hash(key, ANY_BITS);
	return (ag->pair_any[h >> 6] >> (h & 63)) & 1;
}

/* 区委区政府督查室: a Party committee right before its government's
 * office is one joint office of both, named without the government
 * (督查室); the two hits become one. */
static void joint_office(struct agencies *ag)
{
	static const char gov[] = "人民政府";
	if (ag->nhit < 2)
		return;
	struct gw_ag_hit *a = &ag->hit[ag->nhit - 2], *b = &ag->hit[ag->nhit - 1];
	const char *bn = ag->names_buf.p + b->name;
	size_t gl = sizeof gov - 1;
	if (a->e != b->s || a->level != b->level || !is_word(ag->names_buf.p + a->name, a->namelen, "党委")
	    || b->namelen <= gl || memcmp(bn, gov, gl) != 0)
		return;
	a->e = b->e;
	a->name = b->name + gl;
	a->namelen = b->namelen - gl;
	a->role = b->role;
	a->source = b->source;
	ag->nhit--;
}

/* May the word that leads to an institution's name (institution-lead)
 * end with the character at i? Its last two characters, through the
 * filter institution_at asks first. */
static int lead_pair(const struct agencies *ag, const unsigned char *u, size_t i)
{
	if (i < 3 || (u[i - 3] & 0xF0) != 0xE0)
		return i > 0;   /* not two characters of three bytes: institution_at decides */
	uint64_t key = 0;
	memcpy(&key, u + i - 3, 6);
	return bigram_has(ag, B_LEAD, key);
}

/* Whether u[s..e) holds a character with a simplified form. */
static int traditional_in(const struct agencies *ag, const unsigned char *u, size_t s, size_t e)
{
	int seen = 0;
	while (s + 2 < e) {
		unsigned b = u[s];
		if ((b & 0xF0) != 0xE0) {
			s += seq_len((unsigned char)b);
			continue;
		}
		uint32_t c = ((b & 0x0Fu) << 12) | ((u[s + 1] & 0x3Fu) << 6) | (u[s + 2] & 0x3Fu);
		seen |= (int)((ag->trad[c >> 6] >> (c & 63)) & 1);
		s += 3;
	}
	return seen;
}

/* 自治区党委、政府; 龙岗区人民法院、人民检察院: a body of shares-place
 * written bare right after 、 and a body named with its place shares that
 * place and level. Returns the end, 0 if none. */
static size_t shared_place_at(struct agencies *ag, const char *t, size_t i, size_t n)
{
	if (ag->nhit == 0 || !starts(t, i - 3, n, "、"))
		return 0;
	const struct gw_ag_hit *b = &ag->hit[ag->nhit - 1];
	int32_t idx;
	size_t e;
	if (b->e + 3 != i || b->level == AG_LV_OTHER || b->level == AG_LV_NONE || b->level == AG_LV_NATIONAL
	    || !(e = listed_at(ag, t, i, n, 0, &idx)) || !words_has(&ag->shares_place, ag->canon[idx])
	    || shares_word(ag, t, e, n))
		return 0;
	return listed_hit(ag, i, e, ag->canon[idx], b->level);
}

/* After a mention ending at e: its committees (congress_committee),
 * then the bodies after 、 that share its place (shared_place_at).
 * Returns the end of the last. */
static size_t its_committee(struct agencies *ag, const char *t, size_t e, size_t n)
{
	e = congress_committee(ag, t, e, n);
	for (size_t s; e + 3 < n && (s = shared_place_at(ag, t, e + 3, n));)
		e = s;
	return e;
}

/* institution_at(i) finds a name only with an institution word (医院,
 * 学校, 管委会) after the first character of the name and within its
 * most characters (lim, at most INST_REACH), all of them Chinese of
 * three bytes: the word starts at i + 6, i + 9 ... Most boundaries (a
 * comma, the last character of 建设) are followed by none: asked here
 * first, one table lookup a place. */
#define INST_REACH 10

static int inst_near(const struct agencies *ag, const unsigned char *u, size_t i, size_t n)
{
	for (size_t q = i + 6; q <= i + 3 * INST_REACH && q + 3 <= n; q += 3) {
		if ((u[q - 3] & 0xF0) != 0xE0)
			return 0;   /* a character of other length before: no name */
		if ((u[q] & 0xF0) == 0xE0
		    && (ag->ctx2[((u[q] & 0x0Fu) << 12) | ((u[q + 1] & 0x3Fu) << 6) | (u[q + 2] & 0x3Fu)] & X2_IFIRST))
			return 1;
	}
	return 0;
}

/* One pass over the characters; the class table says which of them may
 * start a role word, a prefix, a place or a township's last words, and
 * all others cost one lookup. Hits come out in text order: role lists
 * reach forward from their label, role verbs back over the mentions just
 * found, which their items replace. Returns 1 if the text has a
 * character with a simplified form (every character is looked at once,
 * those skipped inside a hit too), for the caller to scan it again
 * simplified. */
static int scan_pass(struct agencies *ag, const char *t, size_t n)
{
	ag->nhit = 0;
	ag->err.status = GW_ERR_NONE;
	gw_buf_clear(&ag->names_buf);
	const unsigned char *u = (const unsigned char *)t;
	size_t last = inst_near(ag, u, 0, n) ? institution_at(ag, t, 0, n) : 0;   /* end of the last hit: nothing starts before it */
	size_t role_end = 0;  /* end of the last role list: verbs look back to it */
	int seen = traditional_in(ag, u, 0, last);
	/* the bits candidates() keeps whatever the pair */
	int unfiltered = C_UNFILTERED | (ag->role1 ? C_RSTART : 0);
	/* ag->glued, kept here where no rule reads it: a store and a load
	 * at every character would chain the characters through memory */
	int glued = ag->glued;
	for (size_t i = 0; i < n;) {
		unsigned b = u[i];
		if (b < 0xE0 || b >= 0xF0) {   /* everything here is in the 3-byte range */
			i += b < 0x80 ? 1 : b < 0xE0 ? 2 : 4;
			continue;
		}
		uint32_t c = ((b & 0x0Fu) << 12) | ((u[i + 1] & 0x3Fu) << 6) | (u[i + 2] & 0x3Fu);
		seen |= (int)((ag->trad[c >> 6] >> (c & 63)) & 1);
		int f = ag->cls[c];
		/* Most characters start nothing: no class, or a pair that is
		 * no filtered kind's (then candidates() keeps nothing). Asked
		 * without a branch, which would follow the unpredictable
		 * classes: one branch, rarely taken. */
		int maybe = (f & (C_BOUND | unfiltered)) | (f & C_FILTERED & -pair_any(ag, u, i, n));
		if (!maybe) {
			int starter = -((f & C_STARTER) != 0);
			int at_last = (last > 0) & (i == last);
			glued = (at_last & starter) | (glued & ~starter);
			i += 3;
			continue;
		}
		ag->glued = glued;
		size_t e;
		if ((f & C_BOUND) && ((ag->ctx2[c] & X2_BOUND) || lead_pair(ag, u, i))
		    && inst_near(ag, u, i + 3, n) && (e = institution_at(ag, t, i + 3, n))) {
			seen |= traditional_in(ag, u, i + 3, e);
			i = last = e;
			glued = ag->glued;
			continue;
		}
		int g = candidates(ag, u, i, n, f);
		if (!g) {
			/* where a word may start, the rules read glued as
			 * set below; set without a branch */
			int starter = -((f & C_STARTER) != 0);
			int at_last = (last > 0) & (i == last);
			glued = (at_last & starter) | (glued & ~starter);
			i += 3;
			continue;
		}
		f = g;
		e = 0;
		if ((f & C_RSTART) && (e = role_at(ag, t, i, n, &last, &role_end))) {
			;
		} else if ((f & C_TOWN) && (e = township_at(ag, t, i, n, last))) {
			last = e;
		} else {
			int cand = prefix_candidate(ag, t, i, n, f);
			/* 州委州政府, 区委区政府: a prefix right after an agency
			 * needs no other context */
			ag->glued = last > 0 && i == last;
			if ((cand && (e = mention_at(ag, t, i, n))) || ((f & C_TERM) && (e = term_at(ag, t, i, n)))
			    || ((f & C_ALONE) && (e = alone_at(ag, t, i, n)))) {
				own_level_from(ag, &ag->hit[ag->nhit - 1]);
				joint_office(ag);
				e = last = its_committee(ag, t, e, n);
			}
		}
		glued = ag->glued;
		if (!e) {
			i += 3;
			continue;
		}
		seen |= traditional_in(ag, u, i + 3, e);
		i = e;
	}
	ag->glued = glued;
	return seen;
}

int gw_ag_scan(struct agencies *ag, const char *t, size_t n, struct gw_error *err)
{
	/* Most text has no traditional characters: the scan looks for them
	 * as it goes, and only a text that has some is copied simplified
	 * (國務院 -> 国务院) and scanned again from the same state. */
	int own_level = ag->own_level, glued = ag->glued;
	if (scan_pass(ag, t, n)) {
		ag->own_level = own_level;
		ag->glued = glued;
		scan_pass(ag, simplified(ag, t, n), n);
	}
	if (ag->err.status != GW_ERR_NONE) {
		if (err)
			*err = ag->err;
		return -1;
	}
	return 0;
}

/* ---- task lists ---- */

static size_t skip_space(const char *t, size_t i, size_t n)
{
	for (;;) {
		if (i < n && (t[i] == ' ' || t[i] == '\t'))
			i++;
		else if (starts(t, i, n, "　"))
			i += 3;
		else
			return i;
	}
}

/* The numbered items of a task list (1. （1） 1） ①); the other markers
 * (一、 （一） 第一章 附件 …) head the parts the tasks are grouped in. */
static int task_style(int style)
{
	return style == ST_ARABIC_DOT || style == ST_ARABIC_PAREN || style == ST_ARABIC_RPAREN
	    || style == ST_CIRCLED;
}

/* The depth of a sec path written by gw-sections: 3.2.1 is 3. */
static int sec_level(const char *sec, size_t n)
{
	int level = 1;
	for (size_t i = 0; i < n; i++)
		level += sec[i] == '.';
	return level;
}

/* A character of a marker's number: 0-9, １２, 十二, 拾贰, ① ⑴ ⒈ ㈠. */
static int number_char(uint32_t c)
{
	int v;
	return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19) || gw_han_class(c, 1, &v) != GW_HAN_NONE
	    || (c >= 0x2460 && c <= 0x249B) || (c >= 0x3220 && c <= 0x3229);
}

/* The number of the marker t[s..e) as written, without its brackets,
 * 第 or 附件 and its punctuation: [*ns, *ne), empty when it has none. */
static void number_span(const char *t, size_t s, size_t e, size_t *ns, size_t *ne)
{
	uint32_t c;
	size_t i = s, len;
	while (i < e && (len = cp_at(t, i, &c), !number_char(c)))
		i += len;
	*ns = i;
	while (i < e && (len = cp_at(t, i, &c), number_char(c)))
		i += len;
	*ne = i;
}

int gw_ag_mark(struct gw_outline *o, const char *t, size_t n, const struct gw_ag_outlined *in, struct gw_ag_mark *m)
{
	struct gw_head h;
	memset(m, 0, sizeof *m);
	if (in) {
		/* gw-sections' outline: its headings, its levels */
		if (!in->headlen)
			return 0;
		size_t hl = in->headlen < n ? in->headlen : n;
		if (!gw_head_parse(t, hl, (size_t)-1, &h)) {
			h.style = ST_PLAIN;
			h.start = h.num_end = h.title = skip_space(t, 0, hl);
		}
		m->level = sec_level(in->sec, in->seclen);
	} else {
		/* 1.5万亩 is a number, not task 1 */
		if (!gw_head_parse(t, n, (size_t)-1, &h) || h.glued)
			return 0;
		m->level = gw_outline_place(o, h.style, 0);
	}
	m->kind = task_style(h.style) ? AG_MARK_TASK : AG_MARK_HEADING;
	number_span(t, h.start, h.num_end, &m->num_s, &m->num_e);
	m->title_s = h.title;
	const char *end = memmem(t + h.title, n - h.title, "。", 3);
	m->title_e = end ? (size_t)(end - t) : n;
	return 1;
}
