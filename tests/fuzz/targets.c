/* gw-targets' engine (lib/targets/targets.c) over the quantity engine, with the
 * tables the tool loads. Byte 0 picks a given year and whether the text
 * is one document or a new document at every blank line; the rest,
 * repaired to valid UTF-8 as the reader would, is text whose lines are
 * paragraphs.
 * Properties: every row's name and clause are slices of its paragraph
 * on character boundaries, the name inside or before the clause's end;
 * value, low and high are plain decimals (or empty); measure and role
 * are from their lists; the indicator is a line of indicators.txt; the
 * year is 0 or four digits, and never 0 when a year is given. */
#include "fuzz.h"
#include "core/buf.h"
#include "core/patterns.h"
#include "stream/fatal.h"
#include "numbers/quantity.h"
#include "targets/targets.h"
#include "core/utf8.h"

static struct gw_qty_tables qt;
static struct gw_targets_tables tt;
static int loaded;
static const char *par_s;
static size_t par_n;
static int given;

static int plain_decimal(const char *s, size_t n)
{
	size_t i = 0, d = 0;
	if (n == 0) return 1;
	if (s[0] == '-') i++;
	while (i < n && s[i] >= '0' && s[i] <= '9') i++, d++;
	if (!d) return 0;
	if (i == n) return 1;
	if (s[i++] != '.' || i == n) return 0;
	while (i < n && s[i] >= '0' && s[i] <= '9') i++;
	return i == n;
}

static const struct targets *eng;

/* A slice of the paragraph, or of the engine's copy without glosses. */
static int slice_of_par(const char *p, size_t n)
{
	int in = (p >= par_s && p + n <= par_s + par_n) ||
	         (eng->clean.p && p >= eng->clean.p && p + n <= eng->clean.p + eng->clean.len);
	return in && gw_utf8_valid(p, n);
}

static int one_of(const char *s, const char *const *list)
{
	for (; *list; list++)
		if (!strcmp(s, *list))
			return 1;
	return 0;
}

static void row(void *arg, const struct gw_targets_row *r)
{
	(void)arg;
	static const char *const measures[] = {"growth", "level", "share", "points", NULL};
	static const char *const roles[] = {"target", "actual", "plan", NULL};
	static const char *const levels[] = {"", "province", "city", "county", NULL};
	CHECK(one_of(r->measure, measures), "measure '%s'", r->measure);
	CHECK(one_of(r->role, roles), "role '%s'", r->role);
	CHECK(one_of(r->level, levels), "level '%s'", r->level);
	int known = 0;
	for (size_t k = 0; k < tt.nind; k++)
		known |= !strcmp(tt.ind[k].id, r->indicator);
	CHECK(known, "indicator '%s'", r->indicator);
	CHECK(r->namelen > 0 && slice_of_par(r->name, r->namelen), "name not a slice of the paragraph");
	CHECK(slice_of_par(r->clause, r->clauselen), "clause not a slice of the paragraph");
	CHECK(r->name < r->clause + r->clauselen, "name after its clause");
	CHECK(r->qual == NULL || r->quallen == 0 || gw_utf8_valid(r->qual, r->quallen), "qual not UTF-8");
	CHECK(plain_decimal(r->value, r->valuelen), "value '%.*s'", (int)r->valuelen, r->value);
	CHECK(plain_decimal(r->low, r->lowlen), "low '%.*s'", (int)r->lowlen, r->low);
	CHECK(plain_decimal(r->high, r->highlen), "high '%.*s'", (int)r->highlen, r->high);
	CHECK(r->year == 0 || (r->year >= 1000 && r->year <= 9999), "year %d", r->year);
	CHECK(!given || r->year, "a %s row without a year under --year %d", r->role, given);
	CHECK(r->placelen < 128 && gw_utf8_valid(r->place, r->placelen), "place");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	if (!loaded) {
		struct gw_error qerr;
		CHECK(gw_qty_load_units(&qt, gw_datafile("units.txt"), &qerr) == 0, "%s", qerr.msg);
		CHECK(gw_qty_load_quals(&qt, gw_datafile("qualifiers.txt"), &qerr) == 0, "%s", qerr.msg);
		CHECK(gw_qty_load_nots(&qt, gw_datafile("not-numbers.txt"), &qerr) == 0, "%s", qerr.msg);
		CHECK(gw_qty_load_words(&qt, gw_datafile("number-words.txt"), &qerr) == 0, "%s", qerr.msg);
		gw_qty_tables_ready(&qt);
		gw_targets_tables_init(&tt, &qt);
		struct gw_error err = {0};
		CHECK(gw_targets_load_indicators(&tt, gw_datafile("indicators.txt"), &err) == 0, "%s", err.msg);
		CHECK(gw_targets_load_words(&tt, gw_datafile("target-words.txt"), &err) == 0, "%s", err.msg);
		CHECK(gw_targets_load_places(&tt, gw_datafile("places.txt"), &err) == 0, "%s", err.msg);
		CHECK(gw_targets_tables_ready(&tt, &err) == 0, "%s", err.msg);
		loaded = 1;
	}
	unsigned ctl = data[0];
	given = ctl & 1 ? 2023 : 0;
	struct gw_buf text = {0};
	gw_utf8_repair((const char *)data + 1, size - 1, &text);
	struct targets e;
	gw_targets_init(&e, &tt);
	e.emit = row;
	eng = &e;
	CHECK(gw_targets_new_doc(&e, NULL, given ? "2023" : NULL) == 0, "new doc");
	for (size_t at = 0; at < text.len;) {
		const char *s = text.p + at;
		const char *nl = memchr(s, '\n', text.len - at);
		size_t l = nl ? (size_t)(nl - s) : text.len - at;
		if (!l && (ctl & 2))
			gw_targets_new_doc(&e, NULL, given ? "2023" : NULL);
		par_s = s;
		par_n = l;
		gw_targets_par(&e, s, l);
		at += l + 1;
	}
	gw_targets_free(&e);
	gw_buf_free(&text);
	return 0;
}
