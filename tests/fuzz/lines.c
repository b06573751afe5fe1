/* The line reader (lib/stream/lines.c). Byte 0 picks the record limit; the rest
 * is the input, read through a descriptor. Built with GW_LINES_BLOCK=16 so
 * that short inputs cross the refill, move and grow paths.
 * Property: the reader hands out exactly the input's records, in order,
 * with their line numbers; a record longer than the limit is skipped and
 * counted, never cut; no record is lost or invented. */
#include "fuzz.h"
#include "stream/lines.h"

#ifdef GW_LINES_BLOCK
#define BLOCKSZ ((size_t)GW_LINES_BLOCK)
#else
#define BLOCKSZ ((size_t)128 << 10)
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	size_t max = data[0] >= 0xF0 ? 0 : (size_t)(data[0] % 48) + 1;
	const char *in = (const char *)data + 1;
	size_t n = size - 1;

	int fd = fz_memfd(in, n);
	struct gw_lines r;
	gw_lines_fdopen(&r, fd, "fuzz", max);
	size_t lim = max ? max : gw_max_record;

	/* Walk the expected records alongside the reader. */
	size_t at = 0, recno = 0, skipped = 0;
	const char *line;
	size_t len;
	while (gw_lines_next(&r, &line, &len)) {
		/* Expected: the next record not longer than the limit. */
		const char *exp; size_t elen; int eol;
		for (;;) {
			CHECK(at < n, "reader returned a record after the end of input");
			const char *nl = memchr(in + at, '\n', n - at);
			exp = in + at;
			elen = nl ? (size_t)(nl - exp) : n - at;
			eol = nl != NULL;
			at += elen + eol;
			recno++;
			if (elen <= lim)
				break;
			skipped++;
		}
		CHECK(len == elen, "record %zu: length %zu, expected %zu", recno, len, elen);
		CHECK(memcmp(line, exp, len) == 0, "record %zu differs", recno);
		CHECK(r.lineno == recno, "record %zu reported as line %zu", recno, r.lineno);
		CHECK(r.noeol == !eol, "record %zu: noeol %d", recno, r.noeol);
		CHECK(len <= lim, "record longer than the limit handed out");
	}
	/* What is left must all be over-long records. */
	while (at < n) {
		const char *nl = memchr(in + at, '\n', n - at);
		size_t elen = nl ? (size_t)(nl - (in + at)) : n - at;
		at += elen + (nl != NULL);
		recno++;
		CHECK(elen > lim, "record %zu of %zu bytes lost", recno, elen);
		skipped++;
	}
	CHECK(r.skipped == skipped, "skipped %zu, expected %zu", r.skipped, skipped);
	CHECK(r.lineno == recno, "last line %zu, expected %zu", r.lineno, recno);
	CHECK(!r.err, "read error on a memfd");
	/* Buffer stays bounded by the limit, not the input. */
	CHECK(r.cap <= 2 * (lim + 2 * BLOCKSZ), "buffer grew to %zu for limit %zu", r.cap, lim);
	close(fd);
	r.fd = -1;
	gw_lines_close(&r);
	return 0;
}
