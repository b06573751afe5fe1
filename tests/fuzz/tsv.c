/* The stream writer and field escapes (lib/stream/tsv.c). Byte 0 is a separator
 * that cuts the rest into fields (the fields may hold any other byte: TAB,
 * LF, CR, backslash, NUL, invalid UTF-8).
 * Properties: a row written with gw_out_field/gw_out_tab/gw_out_nl is exactly one
 * line with one TAB between fields and no CR; gw_tsv_split gives the fields
 * back and gw_tsv_unescape restores each byte for byte; a field too large for
 * the output buffer survives too; gw_tsv_unescape on arbitrary bytes agrees
 * with a reference; gw_tsv_is_header agrees with a reference. */
#include "fuzz.h"
#include "stream/tsv.h"

static size_t ref_unescape(const char *s, size_t n, char *o)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n) {
			char d = s[i + 1], r = 0;
			if (d == '\\') r = '\\';
			else if (d == 't') r = '\t';
			else if (d == 'n') r = '\n';
			else if (d == 'r') r = '\r';
			if (r) { o[k++] = r; i++; continue; }
		}
		o[k++] = s[i];
	}
	return k;
}

/* Names of [a-z][a-z0-9_]* separated by single TABs. */
static int ref_header(const char *s, size_t n)
{
	if (n == 0) return 0;
	size_t i = 0;
	for (;;) {
		if (i >= n || !(s[i] >= 'a' && s[i] <= 'z')) return 0;
		while (i < n && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_')) i++;
		if (i == n) return 1;
		if (s[i] != '\t') return 0;
		i++;
	}
}

static void roundtrip(const char *in, size_t n, char sep, size_t reps)
{
	int ofd = memfd_create("out", 0), saved = dup(1);
	gw_out_flush();
	dup2(ofd, 1);
	size_t nf = 1;
	for (size_t r = 0; r < reps; r++)
		gw_out_field(in, n);   /* a field reps times as long */
	for (size_t i = 0, st = 0; i <= n; i++) {
		if (i == n || in[i] == sep) {
			gw_out_tab();
			gw_out_field(in + st, i - st);
			if (i < n) nf++;
			st = i + 1;
		}
	}
	gw_out_nl();
	gw_out_flush();
	dup2(saved, 1);
	close(saved);
	size_t olen;
	char *out = fz_slurp(ofd, &olen);
	close(ofd);
	CHECK(olen >= 1 && out[olen - 1] == '\n', "row does not end in LF");
	CHECK(memchr(out, '\n', olen - 1) == NULL, "LF inside a row");
	CHECK(memchr(out, '\r', olen) == NULL, "CR inside a row");
	struct gw_tsv_view *f = malloc((nf + 2) * sizeof *f);
	size_t k = gw_tsv_split(out, olen - 1, f, nf + 2);
	CHECK(k == nf + 1, "%zu fields, expected %zu", k, nf + 1);
	f[0].n = gw_tsv_unescape(f[0].p, f[0].n);
	CHECK(f[0].n == n * reps, "big field %zu bytes, expected %zu", f[0].n, n * reps);
	for (size_t r = 0; r < reps; r++)
		CHECK(!memcmp(f[0].p + r * n, in, n), "big field differs");
	size_t j = 1;
	for (size_t i = 0, st = 0; i <= n; i++) {
		if (i == n || in[i] == sep) {
			f[j].n = gw_tsv_unescape(f[j].p, f[j].n);
			CHECK(f[j].n == i - st && !memcmp(f[j].p, in + st, i - st), "field %zu differs", j);
			j++;
			st = i + 1;
		}
	}
	free(f);
	free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	char sep = (char)data[0];
	const char *in = (const char *)data + 1;
	size_t n = size - 1;

	/* Fields past the 64 KiB output buffer now and then. */
	size_t reps = (data[0] == 0xFE && n) ? (70000 / n) + 1 : 0;
	roundtrip(in, n, sep, reps);

	char *a = malloc(n + 1), *b = malloc(n + 1);
	memcpy(a, in, n);
	size_t la = gw_tsv_unescape(a, n), lb = ref_unescape(in, n, b);
	CHECK(la == lb && !memcmp(a, b, la), "gw_tsv_unescape differs from reference");
	CHECK(gw_tsv_is_header(in, n) == ref_header(in, n), "gw_tsv_is_header says %d", gw_tsv_is_header(in, n));

	/* split with a small field limit: the last view takes the rest. */
	memcpy(a, in, n);
	struct gw_tsv_view f[3];
	size_t k = gw_tsv_split(a, n, f, 3);
	size_t tabs = 0;
	for (size_t i = 0; i < n; i++) tabs += in[i] == '\t';
	CHECK(k == (tabs < 2 ? tabs + 1 : 3), "split gave %zu views for %zu tabs", k, tabs);
	CHECK(f[k - 1].p + f[k - 1].n == a + n, "last view does not reach the end");
	free(a);
	free(b);
	return 0;
}
