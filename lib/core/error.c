#include "error.h"

#include <stdarg.h>
#include <stdio.h>

int gw_error_set(struct gw_error *err, int status, const char *fmt, ...)
{
	if (!err)
		return -1;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	err->status = status;
	return -1;
}

int gw_error_at(struct gw_error *err, const char *path, unsigned long line, const char *fmt, ...)
{
	if (!err)
		return -1;
	int n = snprintf(err->msg, sizeof err->msg, "%s:%lu: ", path, line);
	if (n < 0 || (size_t)n >= sizeof err->msg)
		n = 0;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->msg + n, sizeof err->msg - (size_t)n, fmt, ap);
	va_end(ap);
	err->status = GW_ERR_FATAL;
	return -1;
}
