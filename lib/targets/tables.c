/* The targets engine's tables: indicators.txt, target-words.txt and
 * places.txt, read with the one data-file reader. */
#include "targets.h"
#include "words.h"
#include "core/alloc.h"
#include "core/datafile.h"
#include "core/utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const gw_targets_class_names[W_NCLASS] = {
	"target", "actual", "plan", "horizon", "growth", "decline", "level",
	"share", "ref", "each", "inherit", "lead", "congress", "report", "intro", "now", "anchor",
	"base", "span", "review", "period", "meeting", "count", "compare", "step", "part", "of", "ratio",
	"strive", "intent"
};
const char *const gw_targets_measure_names[5] = {"growth", "level", "rate", "share", "points"};

/* One data file's entries go to fn, after the check every reader of the
 * engine wants: the fields are UTF-8. */
typedef int (*entry_fn)(struct gw_targets_tables *t, const struct gw_row *row, struct gw_error *err);
struct loader {
	struct gw_targets_tables *t;
	entry_fn fn;
};

static int each_row(const struct gw_row *row, void *arg, struct gw_error *err)
{
	const struct loader *l = arg;
	for (size_t k = 0; k < row->n; k++)
		if (!gw_utf8_valid(row->f[k], row->len[k]))
			return gw_error_at(err, row->path, row->line, "invalid UTF-8");
	return l->fn(l->t, row, err);
}

static int load_file(struct gw_targets_tables *t, const char *path, entry_fn fn, struct gw_error *err)
{
	struct loader l = {t, fn};
	return gw_data_each(path, each_row, &l, err);
}

static void mark_first(struct gw_targets_tables *t, const char *s)
{
	uint32_t cp;
	gw_utf8_decode((const unsigned char *)s, &cp);
	if (cp < 0x10000)
		t->first[cp >> 3] |= (uint8_t)(1u << (cp & 7));
}

static void mark(uint8_t *bits, const char *s)
{
	uint32_t cp;
	gw_utf8_decode((const unsigned char *)s, &cp);
	if (cp < 0x10000)
		bits[cp >> 3] |= (uint8_t)(1u << (cp & 7));
}

static void mark64(uint64_t *bits, const char *s)
{
	uint32_t cp;
	gw_utf8_decode((const unsigned char *)s, &cp);
	if (cp < 0x10000)
		bits[cp >> 6] |= (uint64_t)1 << (cp & 63);
}

static int measure_bits(const char *s, int *deflt)
{
	int bits = 0;
	*deflt = 0;
	char buf[128];
	snprintf(buf, sizeof buf, "%s", s);
	for (char *tok = strtok(buf, ","); tok; tok = strtok(NULL, ",")) {
		int k;
		for (k = 0; k < 5 && strcmp(tok, gw_targets_measure_names[k]); k++)
			;
		if (k == 5)
			return -1;
		bits |= 1 << k;
		if (!*deflt)
			*deflt = 1 << k;
	}
	return bits;
}

static int indicator_entry(struct gw_targets_tables *t, const struct gw_row *row, struct gw_error *err)
{
	char *const *f = row->f;
	size_t nf = row->n;
	if (nf < 3)
		return gw_error_at(err, row->path, row->line, "want ID<TAB>NAMES<TAB>MEASURES[<TAB>PARTS]");
	struct gw_targets_ind d = {0};
	if ((d.measures = measure_bits(f[2], &d.deflt)) <= 0)
		return gw_error_at(err, row->path, row->line, "unknown measure in '%s' (growth, level, rate, share, points)", f[2]);
	if (t->nind == t->capind) {
		t->capind = t->capind ? 2 * t->capind : 64;
		t->ind = gw_xrealloc(t->ind, t->capind * sizeof *t->ind);
	}
	d.id = gw_xstrdup(f[0]);
	d.partids = nf > 3 && f[3][0] ? gw_xstrdup(f[3]) : NULL;
	size_t k = t->nind++;
	t->ind[k] = d;
	for (char *p = f[1], *e; *p; p = e + (*e != 0)) {
		e = strchr(p, '|');
		if (!e)
			e = p + strlen(p);
		if (e > p) {
			gw_wordtrie_add(&t->names, p, (size_t)(e - p), (int32_t)k, 0);
			mark_first(t, p);
			mark64(t->gfirst, p);
			uint32_t cp, cp2 = 0;
			int l = gw_utf8_decode((const unsigned char *)p, &cp);
			if (cp < 0x10000)
				t->nfirst[cp >> 3] |= (uint8_t)(1u << (cp & 7));
			if (l > 0 && p + l < e)
				gw_utf8_decode((const unsigned char *)p + l, &cp2);
			unsigned h = pair_hash(cp, cp2);
			t->npair[h >> 3] |= (uint8_t)(1u << (h & 7));
		}
	}
	return 0;
}

static int word_entry(struct gw_targets_tables *t, const struct gw_row *row, struct gw_error *err)
{
	char *const *f = row->f;
	size_t nf = row->n;
	if (nf < 2)
		return gw_error_at(err, row->path, row->line, "want WORD<TAB>CLASS[<TAB>YEAR]");
	int c;
	for (c = 0; c < W_NCLASS && strcmp(f[1], gw_targets_class_names[c]); c++)
		;
	if (c == W_NCLASS)
		return gw_error_at(err, row->path, row->line, "unknown class '%s'", f[1]);
	struct gw_targets_word w = {c, 0, 0};
	if (nf > 2) {
		char *end;
		w.rel = f[2][0] == '+';
		long y = strtol(f[2] + w.rel, &end, 10);
		if (*end || y < 0 || y > 9999)
			return gw_error_at(err, row->path, row->line, "bad year '%s'", f[2]);
		w.year = (int)y;
	}
	if (t->nw == t->capw) {
		t->capw = t->capw ? 2 * t->capw : 64;
		t->w = gw_xrealloc(t->w, t->capw * sizeof *t->w);
		t->wtext = gw_xrealloc(t->wtext, t->capw * sizeof *t->wtext);
		t->wlen = gw_xrealloc(t->wlen, t->capw * sizeof *t->wlen);
	}
	t->w[t->nw] = w;
	t->wtext[t->nw] = gw_xstrdup(f[0]);
	t->wlen[t->nw] = strlen(f[0]);
	if (c != W_ANCHOR && c != W_PERIOD && c != W_OF && c != W_STRIVE && c != W_INTENT) {   /* found by find_class */
		gw_wordtrie_add(&t->words, f[0], strlen(f[0]), (int32_t)t->nw, 0);
		mark_first(t, f[0]);
	}
	if (c == W_ANCHOR || c == W_REVIEW || c == W_CONGRESS || c == W_REPORT) {   /* the gates of the reader */
		mark(c == W_ANCHOR ? t->afirst : c == W_REVIEW ? t->rfirst : t->hfirst, f[0]);
		mark64(t->gfirst, f[0]);
	}
	if (c == W_TARGET) {
		uint32_t cp;
		gw_utf8_decode((const unsigned char *)f[0], &cp);
		if (cp < 0x10000)
			t->tfirst[cp >> 3] |= (uint8_t)(1u << (cp & 7));
	}
	t->nw++;
	return 0;
}

static int place_entry(struct gw_targets_tables *t, const struct gw_row *row, struct gw_error *err)
{
	static const char *const lv[] = {"province", "city", "county"};
	char *const *f = row->f;
	size_t nf = row->n;
	int k = 0;
	if (nf >= 2)
		for (k = 0; k < 3 && strcmp(f[1], lv[k]); k++)
			;
	if (nf < 2 || k == 3)
		return gw_error_at(err, row->path, row->line, "want NAME<TAB>LEVEL (province, city or county)");
	gw_wordtrie_add(&t->places, f[0], strlen(f[0]), k + 1, 0);
	return 0;
}

void gw_targets_tables_init(struct gw_targets_tables *t, const struct gw_qty_tables *qt)
{
	memset(t, 0, sizeof *t);
	gw_wordtrie_init(&t->names);
	gw_wordtrie_init(&t->words);
	gw_wordtrie_init(&t->places);
	t->qt = qt;
}

int gw_targets_load_indicators(struct gw_targets_tables *t, const char *path, struct gw_error *err)
{
	return load_file(t, path, indicator_entry, err);
}
int gw_targets_load_words(struct gw_targets_tables *t, const char *path, struct gw_error *err)
{
	return load_file(t, path, word_entry, err);
}
int gw_targets_load_places(struct gw_targets_tables *t, const char *path, struct gw_error *err)
{
	return load_file(t, path, place_entry, err);
}

static int find_id(const struct gw_targets_tables *t, const char *id, size_t n)
{
	for (size_t k = 0; k < t->nind; k++)
		if (strlen(t->ind[k].id) == n && !memcmp(t->ind[k].id, id, n))
			return (int)k;
	return -1;
}

/* The words of each class together (bycls from clsoff[c] to
 * clsoff[c + 1]), in the order of the file, for the searches by class. */
static void index_classes(struct gw_targets_tables *t)
{
	_Static_assert(W_NCLASS + 1 <= sizeof t->clsoff / sizeof t->clsoff[0], "clsoff too small");
	memset(t->clsoff, 0, sizeof t->clsoff);
	for (size_t k = 0; k < t->nw; k++)
		t->clsoff[t->w[k].cls + 1]++;
	for (int c = 0; c < W_NCLASS; c++)
		t->clsoff[c + 1] += t->clsoff[c];
	size_t fill[W_NCLASS];
	memcpy(fill, t->clsoff, sizeof fill);
	free(t->bycls);
	t->bycls = gw_xmalloc((t->nw ? t->nw : 1) * sizeof *t->bycls);
	for (size_t k = 0; k < t->nw; k++)
		t->bycls[fill[t->w[k].cls]++] = k;
}

/* How far into a target word its first anchor word (目标 in 主要预期目标)
 * stands at most: the reader looks for target words only that far before
 * the first anchor. A target word without one: everywhere. */
static void anchor_reach(struct gw_targets_tables *t)
{
	t->tpre = 0;
	for (size_t j = t->clsoff[W_TARGET]; j < t->clsoff[W_TARGET + 1]; j++) {
		const char *w = t->wtext[t->bycls[j]];
		size_t best = (size_t)-1;
		for (size_t a = t->clsoff[W_ANCHOR]; a < t->clsoff[W_ANCHOR + 1]; a++) {
			const char *p = strstr(w, t->wtext[t->bycls[a]]);
			if (p && (size_t)(p - w) < best)
				best = (size_t)(p - w);
		}
		if (best == (size_t)-1) {
			t->tpre = (size_t)-1;
			return;
		}
		if (best > t->tpre)
			t->tpre = best;
	}
}

int gw_targets_tables_ready(struct gw_targets_tables *t, struct gw_error *err)
{
	index_classes(t);
	anchor_reach(t);
	for (size_t k = 0; k < t->nind; k++) {
		struct gw_targets_ind *d = &t->ind[k];
		for (char *p = d->partids, *e; p && *p; p = e + (*e != 0)) {
			e = strchr(p, ',');
			if (!e)
				e = p + strlen(p);
			int j = find_id(t, p, (size_t)(e - p));
			if (j < 0 || d->nparts == 4)
				return gw_error_set(err, GW_ERR_FATAL, "indicator %s: unknown or too many parts '%s'", d->id, d->partids);
			d->parts[d->nparts++] = j;
		}
	}
	return 0;
}

void gw_targets_tables_free(struct gw_targets_tables *t)
{
	for (size_t k = 0; k < t->nind; k++) {
		free(t->ind[k].id);
		free(t->ind[k].partids);
	}
	for (size_t k = 0; k < t->nw; k++)
		free(t->wtext[k]);
	free(t->ind); free(t->w); free(t->wtext); free(t->wlen); free(t->bycls);
	gw_wordtrie_free(&t->names);
	gw_wordtrie_free(&t->words);
	gw_wordtrie_free(&t->places);
	memset(t, 0, sizeof *t);
}

const char *gw_targets_level_name(int level)
{
	static const char *const n[] = {"", "province", "city", "county"};
	return level >= 0 && level <= TL_COUNTY ? n[level] : "";
}
