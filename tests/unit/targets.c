/* The targets engine as a library: loading errors come back with their
 * path and line (the process goes on), a bad year is refused, rows come
 * through the callback, and each document starts afresh. */
#include "core/patterns.h"
#include "stream/fatal.h"
#include "numbers/quantity.h"
#include "targets/targets.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fails;
#define CHECK(c) do { if (!(c)) { printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #c); fails++; } } while (0)

struct got { int n; char ind[8][32], value[8][16], qual[8][16], role[8][8], place[8][32]; int year[8]; };

static void collect(void *arg, const struct gw_targets_row *r)
{
	struct got *g = arg;
	if (g->n == 8)
		return;
	snprintf(g->ind[g->n], 32, "%s", r->indicator);
	snprintf(g->value[g->n], 16, "%.*s", (int)r->valuelen, r->value);
	snprintf(g->qual[g->n], 16, "%.*s", (int)r->quallen, r->qual);
	snprintf(g->role[g->n], 8, "%s", r->role);
	snprintf(g->place[g->n], 32, "%.*s", (int)r->placelen, r->place);
	g->year[g->n] = r->year;
	g->n++;
}

static void par(struct targets *e, const char *s) { gw_targets_par(e, s, strlen(s)); }

int main(void)
{
	static struct gw_qty_tables qt;
	struct gw_error qerr;
	CHECK(gw_qty_load_units(&qt, gw_datafile("units.txt"), &qerr) == 0);
	CHECK(gw_qty_load_quals(&qt, gw_datafile("qualifiers.txt"), &qerr) == 0);
	CHECK(gw_qty_load_nots(&qt, gw_datafile("not-numbers.txt"), &qerr) == 0);
	CHECK(gw_qty_load_words(&qt, gw_datafile("number-words.txt"), &qerr) == 0);
	gw_qty_tables_ready(&qt);

	/* errors are returned, with the file and line */
	static struct gw_targets_tables bad;
	struct gw_error err = {0};
	char path[] = "/tmp/gw-targets-unit-XXXXXX";
	int fd = mkstemp(path);
	CHECK(fd >= 0);
	FILE *fp = fdopen(fd, "w");
	fputs("# comment\ngdp\t地区生产总值\tspeed\n", fp);
	fclose(fp);
	gw_targets_tables_init(&bad, &qt);
	CHECK(gw_targets_load_indicators(&bad, path, &err) == -1);
	CHECK(strstr(err.msg, ":2: unknown measure") != NULL);
	CHECK(gw_targets_load_places(&bad, "/nonexistent/places.txt", &err) == -1);
	CHECK(strstr(err.msg, "/nonexistent/places.txt") != NULL);
	gw_targets_tables_free(&bad);
	fp = fopen(path, "w");
	fputs("x\tX名\tgrowth\tnope\n", fp);
	fclose(fp);
	gw_targets_tables_init(&bad, &qt);
	CHECK(gw_targets_load_indicators(&bad, path, &err) == 0);
	CHECK(gw_targets_tables_ready(&bad, &err) == -1);
	CHECK(strstr(err.msg, "indicator x: unknown or too many parts") != NULL);
	gw_targets_tables_free(&bad);
	remove(path);

	static struct gw_targets_tables tt;
	gw_targets_tables_init(&tt, &qt);
	CHECK(gw_targets_load_indicators(&tt, gw_datafile("indicators.txt"), &err) == 0);
	CHECK(gw_targets_load_words(&tt, gw_datafile("target-words.txt"), &err) == 0);
	CHECK(gw_targets_load_places(&tt, gw_datafile("places.txt"), &err) == 0);
	CHECK(gw_targets_tables_ready(&tt, &err) == 0);

	static struct targets e;
	struct got g = {0};
	gw_targets_init(&e, &tt);
	e.emit = collect;
	e.arg = &g;
	CHECK(gw_targets_new_doc(&e, NULL, "20x3") == -1);

	/* a report: place and year from its first lines */
	CHECK(gw_targets_new_doc(&e, NULL, NULL) == 0);
	par(&e, "2020年利津县政府工作报告");
	par(&e, "去年全县地区生产总值增长7.9%。");
	par(&e, "主要预期目标是：地区生产总值增长6.5%左右，城镇和农村居民人均可支配收入分别增长8%、9%。");
	CHECK(g.n == 4);
	CHECK(!strcmp(g.ind[0], "gdp") && !strcmp(g.role[0], "actual") && g.year[0] == 2019 && !strcmp(g.value[0], "7.9"));
	CHECK(!strcmp(g.ind[1], "gdp") && !strcmp(g.role[1], "target") && g.year[1] == 2020 && !strcmp(g.qual[1], "左右"));
	CHECK(!strcmp(g.ind[2], "income_urban") && !strcmp(g.value[2], "8"));
	CHECK(!strcmp(g.ind[3], "income_rural") && !strcmp(g.value[3], "9"));
	CHECK(!strcmp(g.place[1], "利津县"));

	/* the next document knows nothing of the first */
	g.n = 0;
	CHECK(gw_targets_new_doc(&e, NULL, NULL) == 0);
	par(&e, "主要预期目标是：地区生产总值增长6%以上。");
	CHECK(g.n == 1 && g.year[0] == 0 && g.place[0][0] == 0 && !strcmp(g.qual[0], "以上"));

	/* given place and year win */
	g.n = 0;
	CHECK(gw_targets_new_doc(&e, "桓台县", "2022") == 0);
	par(&e, "2020年利津县政府工作报告");
	par(&e, "主要预期目标是：地区生产总值增长6%以上。");
	CHECK(g.n == 1 && g.year[0] == 2022 && !strcmp(g.place[0], "桓台县"));

	gw_targets_free(&e);
	gw_targets_tables_free(&tt);
	if (fails)
		return 1;
	printf("targets: ok\n");
	return 0;
}
