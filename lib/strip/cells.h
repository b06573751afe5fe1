/* A table that a copy-paste or a crawler flattened to one cell a line
 * ("项目⏎分值⏎目标任务⏎监考单位⏎宏观调控⏎地区生产总值增长率⏎3⏎…"), given
 * back as its rows, each row's cells joined by one space, the way the
 * row reads.
 *
 * The header row is a run of at least CELLS_MIN_COLS short lines of
 * Chinese characters only that each end with a header word of
 * table-words.txt; the word gives its column's kind (serial, label,
 * value, agency ...), and the first column is a row number or a label
 * (a run of headings such as 工作目标, 重点任务, 工作要求 is no header). The lines under it
 * are held until they can no longer be cells, then cut into rows: a row
 * is its cells in column order, any column but the first left out (the
 * page dropped empty cells), and one short label before the first column
 * allowed (a merged cell that names a group of rows). Of the ways to cut,
 * the one with the fewest rows is taken, and only if it is the only one
 * with so few; rows after the first place where two cuts tie, and all
 * lines when fewer than two rows of two cells come out, are given as
 * they were. No character of a cell is lost or moved: what goes is the
 * line ends between the cells of a row, the "| " a crawler wrote before
 * each cell, and lines that are empty cells. */
#ifndef GW_CELLS_H
#define GW_CELLS_H
#include <stddef.h>
#include <stdint.h>
#include "core/buf.h"

enum { CELLS_MIN_COLS = 3, CELLS_MAX_COLS = 12 };
/* Most lines held under one header; the table is cut there. */
enum { CELLS_MAX_LINES = 4096 };

typedef void (*gw_cells_fn)(void *arg, size_t lineno, const char *s, size_t n);

struct gw_cell;

struct gw_cells {
	gw_cells_fn out;
	void *arg;
	struct gw_buf heads;          /* kind byte, header word, NUL; ... */
	struct gw_buf ends;           /* agency-end words, each NUL-ended */
	uint64_t last2[64];           /* the header words' last two bytes (cells.c) */
	int state;                    /* CELLS_IDLE, _HEAD, _BODY (cells.c) */
	int bar;                      /* cells open with "|" */
	int ncol;
	unsigned char col[CELLS_MAX_COLS];
	size_t nhead;                 /* held lines that are the header */
	struct gw_buf text;           /* the held lines */
	size_t *no, *off, *len, nline, capline;
	struct gw_buf ctext;          /* the cells' text */
	struct gw_cell *cell;
	size_t ncell, capcell;
	int *best, *from;
	unsigned char *ways;
	size_t capdp;
	struct gw_buf row;
	int giving_row;               /* 1 while out() has a row joined here */
};

void gw_cells_init(struct gw_cells *t, gw_cells_fn out, void *arg);
struct gw_error;
/* table-words.txt: 0, or -1 with err set. */
int gw_cells_load(struct gw_cells *t, const char *path, struct gw_error *err);
/* One line (no LF); out() gets the lines and rows in order. */
void gw_cells_line(struct gw_cells *t, size_t lineno, const char *s, size_t n);
/* End of document: give what is held. */
void gw_cells_end(struct gw_cells *t);
void gw_cells_free(struct gw_cells *t);
#endif
