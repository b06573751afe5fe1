#include "rejoin.h"

#include <string.h>

enum { REJOIN_HOLDING, REJOIN_MARKED, REJOIN_PLAIN };
/* Lines that must end with the same mark before it is taken for one. */
enum { MARK_LINES = 3 };

void rejoin_init(struct gw_rejoin *rj, rejoin_fn out, void *arg)
{
	memset(rj, 0, sizeof *rj);
	rj->out = out;
	rj->arg = arg;
}

void rejoin_begin(struct gw_rejoin *rj)
{
	rj->mode = REJOIN_HOLDING;
	rj->mark[0] = 0;
	rj->nheld = 0;
	buf_clear(&rj->held);
	buf_clear(&rj->acc);
	rj->acc_lines = 0;
	rj->started = 0;
}

static int is_alnum(unsigned char ch)
{
	return (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
}

/* The junk mark s ends with, if any: three letters and digits, both
 * kinds, glued to a Chinese character or a punctuation mark (1jE, v7R). A word or a
 * number at the end of a line (GDP, 2023, PM2) is not one. */
static int end_mark(const char *s, size_t n)
{
	if (n < 6)
		return 0;
	const unsigned char *p = (const unsigned char *)s + n - 3;
	if (is_alnum(p[-1]) || p[-1] == ' ')
		return 0;
	int digits = 0;
	for (int i = 0; i < 3; i++) {
		if (!is_alnum(p[i]))
			return 0;
		digits += p[i] <= '9';
	}
	return digits == 1 || digits == 2;
}

static void flush_acc(struct gw_rejoin *rj)
{
	if (rj->acc_lines)
		rj->out(rj->arg, rj->acc_line, rj->acc.p, rj->acc.len);
	buf_clear(&rj->acc);
	rj->acc_lines = 0;
}

/* A line of a document whose paragraphs end with the mark. Lines before
 * the first marked one (the page's title and chrome) and blank lines
 * stand alone. */
static void marked_line(struct gw_rejoin *rj, size_t lineno, const char *s, size_t n)
{
	int ends = n >= 3 && end_mark(s, n) && memcmp(s + n - 3, rj->mark, 3) == 0;
	if (n == 0 || (!ends && !rj->started)) {
		flush_acc(rj);
		rj->out(rj->arg, lineno, s, n);
		return;
	}
	if (ends)
		n -= 3, rj->started = 1;
	if (!rj->acc_lines)
		rj->acc_line = lineno;
	buf_add(&rj->acc, s, n);
	rj->acc_lines++;
	if (ends || rj->acc_lines >= REJOIN_MAX_LINES)
		flush_acc(rj);
}

/* The mark that ends MARK_LINES of the held lines, if one does. */
static int find_mark(struct gw_rejoin *rj)
{
	for (size_t i = 0; i < rj->nheld; i++) {
		const char *s = rj->held.p + rj->held_off[i];
		size_t n = rj->held_len[i], same = 0;
		if (!end_mark(s, n))
			continue;
		for (size_t j = i; j < rj->nheld; j++) {
			size_t m = rj->held_len[j];
			const char *t = rj->held.p + rj->held_off[j];
			same += m >= 3 && end_mark(t, m) && memcmp(t + m - 3, s + n - 3, 3) == 0;
		}
		if (same >= MARK_LINES) {
			memcpy(rj->mark, s + n - 3, 3);
			rj->mark[3] = 0;
			return 1;
		}
	}
	return 0;
}

static void give_held(struct gw_rejoin *rj)
{
	for (size_t i = 0; i < rj->nheld; i++) {
		const char *s = rj->held.p + rj->held_off[i];
		if (rj->mode == REJOIN_MARKED)
			marked_line(rj, rj->held_line[i], s, rj->held_len[i]);
		else
			rj->out(rj->arg, rj->held_line[i], s, rj->held_len[i]);
	}
	rj->nheld = 0;
	buf_clear(&rj->held);
}

void rejoin_line(struct gw_rejoin *rj, size_t lineno, const char *s, size_t n)
{
	if (rj->mode == REJOIN_PLAIN) {
		rj->out(rj->arg, lineno, s, n);
		return;
	}
	if (rj->mode == REJOIN_MARKED) {
		marked_line(rj, lineno, s, n);
		return;
	}
	rj->held_line[rj->nheld] = lineno;
	rj->held_off[rj->nheld] = rj->held.len;
	rj->held_len[rj->nheld] = n;
	rj->nheld++;
	buf_add(&rj->held, s, n);
	if (end_mark(s, n) && find_mark(rj))
		rj->mode = REJOIN_MARKED;
	else if (rj->nheld < REJOIN_HOLD)
		return;
	else
		rj->mode = REJOIN_PLAIN;
	give_held(rj);
}

void rejoin_end(struct gw_rejoin *rj)
{
	give_held(rj);
	flush_acc(rj);
}

void rejoin_free(struct gw_rejoin *rj)
{
	buf_free(&rj->held);
	buf_free(&rj->acc);
}
