/* The paragraph reader (lib/stream/paragraphs.c) that gw-sections, gw-numbers
 * and gw-agencies stand on, checked against a small model of the stream
 * rules in DESIGN.md: a UTF-8 BOM at the start is dropped; a first line
 * that is a header with a text column makes a gongwen stream (rows with the header's field count are
 * paragraphs, others are skipped and reported); a header without text,
 * or a first line with TABs that is not a header (a stream written with
 * -N), drops the input with a message; anything else is plain text, each
 * non-blank trimmed line a paragraph (trimmed of ASCII blanks, NBSP,
 * U+2000..U+200B and U+3000, never of a broken sequence). A heading
 * column is joined before the text; doc, par and sec are repaired like
 * it; a skipped row without a par column keeps its number. Every paragraph the model expects
 * must come out, in order, with its doc, par, sec and repaired text; and
 * the rows written from it must keep their shape (no field splits a row). */
#include "fuzz.h"
#include "stream/filter.h"
#include "stream/paragraphs.h"
#include "core/utf8.h"

struct exp { const char *doc, *par, *sec; size_t doclen, parlen, seclen; struct gw_buf text; size_t lineno; };

static int sp_at(const uint8_t *s, size_t n)
{
	if (n >= 1 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || s[0] == '\f' || s[0] == '\v')) return 1;
	if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA0) return 2;
	if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80) return 3;
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] >= 0x80 && s[2] <= 0x8B) return 3;
	return 0;
}
static int sp_before(const uint8_t *s, size_t n)
{
	if (n >= 1 && (s[n-1] == ' ' || s[n-1] == '\t' || s[n-1] == '\r' || s[n-1] == '\f' || s[n-1] == '\v')) return 1;
	if (n >= 2 && s[n-2] == 0xC2 && s[n-1] == 0xA0) return 2;
	if (n >= 3 && s[n-3] == 0xE3 && s[n-2] == 0x80 && s[n-1] == 0x80) return 3;
	if (n >= 3 && s[n-3] == 0xE2 && s[n-2] == 0x80 && s[n-1] >= 0x80 && s[n-1] <= 0x8B) return 3;
	return 0;
}

/* Append the unescaped field to out. */
static void unesc(const char *t, size_t tl, struct gw_buf *out)
{
	for (size_t i = 0; i < tl; i++) {
		if (t[i] == '\\' && i + 1 < tl && t[i + 1] && strchr("\\tnr", t[i + 1])) {
			char d = t[++i];
			gw_buf_addc(out, d == '\\' ? '\\' : d == 't' ? '\t' : d == 'n' ? '\n' : '\r');
		} else gw_buf_addc(out, t[i]);
	}
}

/* doc, par and sec come out repaired like the text. */
static int same_repaired(const char *got, size_t gl, const char *want, size_t wl)
{
	struct gw_buf b = {0};
	gw_utf8_repair(want, wl, &b);
	int same = gl == b.len && (gl == 0 || !memcmp(got, b.p, gl));
	gw_buf_free(&b);
	return same;
}

/* Field i of a TAB-separated line. */
static const char *field(const char *s, size_t n, size_t i, size_t *len)
{
	const char *end = s + n;
	while (i--) {
		const char *t = memchr(s, '\t', (size_t)(end - s));
		s = t + 1;
	}
	const char *t = memchr(s, '\t', (size_t)(end - s));
	*len = t ? (size_t)(t - s) : (size_t)(end - s);
	return s;
}
static size_t nfields(const char *s, size_t n)
{
	size_t k = 1;
	for (size_t i = 0; i < n; i++) k += s[i] == '\t';
	return k;
}
static int col(const char *s, size_t n, const char *name)
{
	size_t nf = nfields(s, n), l;
	for (size_t i = 0; i < nf; i++) {
		const char *f = field(s, n, i, &l);
		if (l == strlen(name) && !memcmp(f, name, l)) return (int)i;
	}
	return -1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *in = malloc(size + 1);
	memcpy(in, data, size);
	size_t n = size;

	/* The model. */
	struct exp *ex = calloc(n + 2, sizeof *ex);
	size_t nex = 0;
	char (*parno)[24] = calloc(n + 2, sizeof *parno);
	int mode = -1, c_doc = -1, c_par = -1, c_sec = -1, c_text = -1, c_head = -1;
	size_t ncols = 0, lineno = 0, pn = 0;
	for (size_t at = 0; at < n;) {
		char *s = in + at;
		char *nl = memchr(s, '\n', n - at);
		size_t l = nl ? (size_t)(nl - s) : n - at;
		at += l + (nl != NULL);
		lineno++;
		if (l && s[l - 1] == '\r') l--;
		if (mode < 0) {
			mode = 0;
			if (l >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3)) { s += 3; l -= 3; }
			/* a first line with TABs that is no header is a stream
			 * whose header was left out: reported, the input dropped */
			if (!gw_tsv_is_header(s, l) && memchr(s, '\t', l)) { mode = 2; break; }
			if (gw_tsv_is_header(s, l)) {
				c_text = col(s, l, "text");
				if (c_text < 0 && nfields(s, l) >= 2) { mode = 2; break; }
				if (c_text >= 0) {
					mode = 1;
					c_doc = col(s, l, "doc"); c_par = col(s, l, "par"); c_sec = col(s, l, "sec");
					c_head = col(s, l, "heading");
					ncols = nfields(s, l);
					continue;
				}
			}
		}
		struct exp *e = &ex[nex];
		e->lineno = lineno;
		if (mode == 1) {
			if (nfields(s, l) != ncols) { pn++; continue; }  /* skipped, keeps its number */
			size_t tl, hl;
			const char *t = field(s, l, (size_t)c_text, &tl);
			/* heading followed by text is the paragraph (gw-sections) */
			struct gw_buf u = {0};
			if (c_head >= 0) {
				const char *h = field(s, l, (size_t)c_head, &hl);
				unesc(h, hl, &u);
			}
			unesc(t, tl, &u);
			gw_utf8_repair(u.p ? u.p : "", u.len, &e->text);
			gw_buf_free(&u);
			if (c_doc >= 0) e->doc = field(s, l, (size_t)c_doc, &e->doclen);
			else { e->doc = "D"; e->doclen = 1; }
			if (c_par >= 0) e->par = field(s, l, (size_t)c_par, &e->parlen);
			else { e->parlen = (size_t)sprintf(parno[nex], "%zu", ++pn); e->par = parno[nex]; }
			if (c_sec >= 0) e->sec = field(s, l, (size_t)c_sec, &e->seclen);
			nex++;
			continue;
		}
		const uint8_t *u = (const uint8_t *)s;
		int w;
		while (l && (w = sp_at(u, l))) { u += w; l -= (size_t)w; }
		while (l && (w = sp_before(u, l))) l -= (size_t)w;
		if (!l) continue;
		gw_utf8_repair((const char *)u, l, &e->text);
		e->doc = "D"; e->doclen = 1;
		e->parlen = (size_t)sprintf(parno[nex], "%zu", ++pn);
		e->par = parno[nex];
		nex++;
	}

	/* The reader, on a pristine copy of the input. */
	int fd = fz_memfd(data, size);
	char path[64];
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	int ofd = memfd_create("out", 0), saved = dup(1);
	gw_out_flush();
	dup2(ofd, 1);
	struct gw_reader r;
	CHECK(gw_reader_open(&r, path, "D") == 0, "open %s", path);
	struct gw_par p;
	size_t k = 0;
	int with_sec = -1;
	while (gw_reader_next(&r, &p)) {
		CHECK(k < nex, "paragraph %zu (line %zu) not expected", k + 1, p.lineno);
		struct exp *e = &ex[k];
		CHECK(p.lineno == e->lineno, "paragraph %zu: line %zu, expected %zu", k + 1, p.lineno, e->lineno);
		CHECK(p.textlen == e->text.len && !memcmp(p.text, e->text.p, p.textlen), "paragraph %zu: text differs", k + 1);
		CHECK(p.text[p.textlen] == 0, "text not NUL-terminated");
		CHECK(gw_utf8_valid(p.text, p.textlen), "text not valid UTF-8");
		CHECK(same_repaired(p.doc, p.doclen, e->doc, e->doclen), "paragraph %zu: doc differs", k + 1);
		CHECK(same_repaired(p.par, p.parlen, e->par, e->parlen), "paragraph %zu: par differs", k + 1);
		CHECK((p.sec == NULL) == (e->sec == NULL), "paragraph %zu: sec presence", k + 1);
		if (p.sec)
			CHECK(same_repaired(p.sec, p.seclen, e->sec, e->seclen), "paragraph %zu: sec differs", k + 1);
		if (with_sec < 0) {
			with_sec = gw_reader_has_sec(&r);
			gw_out_str(with_sec ? "doc\tpar\tsec\ttext\n" : "doc\tpar\ttext\n");
		}
		gw_out_keys(&p, with_sec);
		gw_out_field(p.text, p.textlen);
		gw_out_nl();
		k++;
	}
	CHECK(k == nex, "%zu paragraphs, expected %zu", k, nex);
	gw_reader_close(&r);
	gw_out_flush();
	dup2(saved, 1);
	close(saved);
	close(fd);

	/* Every row has the header's shape. */
	size_t olen;
	char *out = fz_slurp(ofd, &olen);
	close(ofd);
	size_t rows = 0, tabs = 0, want = with_sec > 0 ? 3 : 2;
	for (size_t i = 0; i < olen; i++) {
		if (out[i] == '\t') tabs++;
		if (out[i] == '\n') {
			CHECK(tabs == want, "row %zu has %zu tabs, expected %zu", rows, tabs, want);
			rows++; tabs = 0;
		}
	}
	CHECK(olen == 0 || out[olen - 1] == '\n', "output ends inside a row");
	CHECK(rows == (k ? k + 1 : 0), "%zu rows for %zu paragraphs", rows, k);
	free(out);
	for (size_t i = 0; i < nex; i++) gw_buf_free(&ex[i].text);
	free(ex);
	free(parno);
	free(in);
	return 0;
}
