/* Errors as values: the core and the engines never print or exit; they
 * fill a gw_error and return -1 (or NULL), and the caller decides (a tool
 * reports it as "gw-x: message" and exits with the status; a binding
 * raises). The message already names FILE:LINE where there is one. */
#ifndef GW_ERROR_H
#define GW_ERROR_H

/* The exit status a tool gives the error: 1 some input bad, 2 usage,
 * data files or anything that stops the run. */
enum { GW_ERR_NONE = 0, GW_ERR_INPUT = 1, GW_ERR_FATAL = 2 };

struct gw_error {
	int status;
	char msg[1024];
};

/* Set err (if not NULL) and return -1, so that "return gw_error_set(...)"
 * reads as the failure it is. */
int gw_error_set(struct gw_error *err, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The same with "path:line: " in front. */
int gw_error_at(struct gw_error *err, const char *path, unsigned long line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
#endif
