/* Error reporting in the gw-x: FILE:LINE: message form, and checked
 * allocation, so that every tool fails the same way. */
#ifndef GW_DIE_H
#define GW_DIE_H
#include <stddef.h>
#include <stdio.h>
#include "core/alloc.h"

/* Exit statuses shared by all tools (gongwen(7)). */
enum { GW_OK = 0, GW_SOMEBAD = 1, GW_USAGE = 2 };

extern const char *gw_prog;   /* set by gw_init() from argv[0] */
extern const char *gw_argv0;  /* argv[0] as given, to find the program */
extern int gw_status;         /* raised to GW_SOMEBAD by gw_warn_input() */

void gw_init(const char *argv0);
/* message on stderr: "prog: fmt" */
void gw_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* message about input: "prog: file:line: fmt"; line 0 leaves it out.
 * Sets the exit status to 1: some input could not be fully read. */
void gw_warn_input(const char *file, size_t line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
_Noreturn void gw_die(int status, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));


/* Parse a size such as 64M, 1G, 4096 for --max-record; 0 on error. */
size_t gw_parse_size(const char *s);

/* Flush stdout and exit with gw_status, or 2 if stdout could not be
 * written (full disk): output that silently stops short is data lost. */
_Noreturn void gw_exit(void);
/* What gw_exit flushes first: the row writer (tsv.c) sets its own, so
 * that reporting does not depend on writing. */
void gw_set_exit_flush(void (*fn)(void));
#endif
