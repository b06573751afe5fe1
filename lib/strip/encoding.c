#include "encoding.h"
#include "core/utf8.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include <uchardet/uchardet.h>

/* Labels pages and users write, mapped to what glibc iconv should use.
 * The GB family goes to GB18030 because GB2312 pages routinely carry
 * GBK characters and GBK pages GB18030 ones; reading them as the
 * superset loses nothing. Big5 likewise to its HKSCS superset. */
static const struct { const char *label, *name; } aliases[] = {
	{"gb2312", "GB18030"}, {"gbk", "GB18030"}, {"x-gbk", "GB18030"},
	{"cp936", "GB18030"}, {"ms936", "GB18030"}, {"windows-936", "GB18030"},
	{"euc-cn", "GB18030"}, {"gb18030", "GB18030"}, {"hz-gb-2312", "HZ"},
	{"big5", "BIG5-HKSCS"}, {"big5-hkscs", "BIG5-HKSCS"}, {"cp950", "BIG5-HKSCS"},
	{"x-x-big5", "BIG5-HKSCS"}, {"utf8", "UTF-8"}, {"utf-8", "UTF-8"},
	{"utf-16", "UTF-16"}, {"utf-16le", "UTF-16LE"}, {"utf-16be", "UTF-16BE"},
	{"unicode", "UTF-16LE"}, {"ascii", "UTF-8"}, {"us-ascii", "UTF-8"},
};

const char *gw_enc_canonical(const char *label, size_t n)
{
	static char name[64];
	if (n == 0 || n >= sizeof name)
		return NULL;
	for (size_t i = 0; i < n; i++)
		name[i] = (char)tolower((unsigned char)label[i]);
	name[n] = 0;
	for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
		if (strcmp(name, aliases[i].label) == 0)
			return aliases[i].name;
	for (size_t i = 0; i < n; i++)
		name[i] = (char)toupper((unsigned char)name[i]);
	iconv_t cd = iconv_open("UTF-8", name);
	if (cd == (iconv_t)-1)
		return NULL;
	iconv_close(cd);
	return name;
}

/* UTF-16 without a BOM: ASCII characters put a NUL in every other byte,
 * always on the same side. Binary data has NULs too, but scattered. */
static const char *utf16_by_nuls(const unsigned char *s, size_t n)
{
	size_t even = 0, odd = 0, m = n < 4096 ? n : 4096;
	if (!memchr(s, 0, m))   /* text: no NUL to count */
		return NULL;
	for (size_t i = 0; i + 1 < m; i += 2) {
		even += s[i] == 0;
		odd += s[i + 1] == 0;
	}
	if (m < 4)
		return NULL;
	if (odd * 5 >= m / 2 && even * 20 <= odd)
		return "UTF-16LE";
	if (even * 5 >= m / 2 && odd * 20 <= even)
		return "UTF-16BE";
	return NULL;
}

/* <meta charset="gbk"> or <meta http-equiv=... content="text/html;
 * charset=gb2312">: the first charset= in the head is the page's. */
static const char *gw_meta_charset(const char *s, size_t n)
{
	if (n > 16384)
		n = 16384;
	/* a charset= before the first '<' is in no tag: a text dump (most
	 * have no '<' at all) is passed over in one memchr */
	const char *lt0 = memchr(s, '<', n);
	if (!lt0)
		return NULL;
	for (const char *p = lt0; (p = memmem(p, n - (size_t)(p - s), "charset", 7)); p += 7) {
		const char *q = p + 7, *e = s + n;
		while (q < e && (*q == ' ' || *q == '\t'))
			q++;
		if (q >= e || *q != '=')
			continue;
		q++;
		while (q < e && (*q == ' ' || *q == '"' || *q == '\''))
			q++;
		const char *v = q;
		while (q < e && (isalnum((unsigned char)*q) || *q == '-' || *q == '_' || *q == '.' || *q == ':'))
			q++;
		/* only inside a tag: the page's text may mention charset= */
		const char *lt = p;
		while (lt > s && *lt != '<' && *lt != '>')
			lt--;
		if (*lt != '<' || strncasecmp(lt, "<meta", 5) != 0)
			continue;
		return gw_enc_canonical(v, (size_t)(q - v));
	}
	return NULL;
}

/* Bytes at the end of s that begin a multi-byte sequence not yet complete. */
static size_t gw_utf8_tail(const char *s, size_t n)
{
	for (size_t k = 1; k <= 3 && k <= n; k++) {
		unsigned char c = (unsigned char)s[n - k];
		if ((c & 0xC0) == 0x80)
			continue;
		if (c < 0xC0)
			return 0;
		size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
		return k < need ? k : 0;
	}
	return 0;
}

/* The page's own label, as browsers read it (the WHATWG encoding
 * standard): a utf-16 label on a page without a BOM reads as UTF-8, since
 * the bytes that carry the label are ASCII-compatible. NULL: no label. */
const char *gw_enc_label(const char *s, size_t n)
{
	const char *e = gw_meta_charset(s, n);
	if (e && strncmp(e, "UTF-16", 6) == 0)
		return "UTF-8";
	return e;
}

const char *gw_enc_fixed(const char *s, size_t n, const char **how, size_t *bom)
{
	const unsigned char *u = (const unsigned char *)s;
	*bom = 0;
	if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
		return *how = "bom", *bom = 3, "UTF-8";
	if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE)
		return *how = "bom", *bom = 2, "UTF-16LE";
	if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF)
		return *how = "bom", *bom = 2, "UTF-16BE";
	const char *e = utf16_by_nuls(u, n);
	if (e)
		return *how = "utf-16-nul", e;
	return NULL;
}

/* UTF-8 is a structure random bytes seldom have: count the well-formed
 * multi-byte sequences and the bytes that fit none. */
static void gw_utf8_shape(const char *s, size_t n, size_t *good, size_t *bad)
{
	const unsigned char *u = (const unsigned char *)s;
	*good = *bad = 0;
	/* nearly always: all of it is UTF-8, and every lead byte begins a
	 * good sequence (one fast pass, not a call per character) */
	if (gw_utf8_valid(s, n)) {
		for (size_t i = 0; i < n; i++)
			*good += u[i] >= 0xC0;
		return;
	}
	for (size_t i = 0; i < n;) {
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		size_t need = u[i] >= 0xF0 ? 4 : u[i] >= 0xE0 ? 3 : 2;
		if (i + need <= n && gw_utf8_valid(s + i, need)) {
			++*good;
			i += need;
		} else {
			++*bad;
			i++;
		}
	}
}

static int is_cjk(uint32_t c)
{
	return (c >= 0x3000 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
	    (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
	    (c >= 0xFF00 && c <= 0xFFEF && c != 0xFFFD);
}

/* Decode the sample in enc: bytes it cannot read, and how many Chinese
 * (CJK) characters it gives. -1 if iconv does not know enc. */
static int trial(const char *enc, const char *s, size_t n, int at_eof, size_t *invalid, size_t *cjk)
{
	struct gw_decoder d;
	struct gw_buf out = { 0 };
	if (gw_decoder_open(&d, enc) < 0)
		return -1;
	gw_decoder_feed(&d, s, n, at_eof, &out);
	*invalid = d.invalid;
	*cjk = 0;
	for (size_t i = 0; i < out.len;) {
		uint32_t c;
		i += (size_t)gw_utf8_decode((const unsigned char *)out.p + i, &c);
		*cjk += is_cjk(c);
	}
	gw_decoder_close(&d);
	gw_buf_free(&out);
	return 0;
}

/* The encoding of a sample that holds non-ASCII text, for a toolkit of
 * Chinese documents: UTF-8 when the bytes have its shape (a stray broken
 * sequence is repaired, not a reason to read the whole as something
 * else); else the page's label when the bytes agree with it (a
 * single-byte label loses to a clean GB18030 reading with more Chinese);
 * else whichever of uchardet's guess, GB18030 and Big5 reads the bytes
 * with the fewest invalid bytes, then the most Chinese characters. */
static const char *judge(const char *s, size_t n, int at_eof, const char *label, const char **how)
{
	size_t m = at_eof ? n : n - gw_utf8_tail(s, n);
	size_t good, bad, inv, cjk, ginv = 0, gcjk = 0;
	gw_utf8_shape(s, m, &good, &bad);
	if (bad * 4 <= good)
		return *how = "utf-8", "UTF-8";
	int gok = trial("GB18030", s, n, at_eof, &ginv, &gcjk) == 0;
	if (label && strcmp(label, "UTF-8") != 0 && trial(label, s, n, at_eof, &inv, &cjk) == 0 &&
	    inv * 64 <= n && (!gok || ginv > 0 || cjk >= gcjk || strcmp(label, "GB18030") == 0))
		return *how = "meta", label;
	const char *guess = NULL;
	uchardet_t ud = uchardet_new();
	if (uchardet_handle_data(ud, s, n) == 0) {
		uchardet_data_end(ud);
		const char *r = uchardet_get_charset(ud);
		if (r && *r && strcasecmp(r, "ascii") != 0)
			guess = gw_enc_canonical(r, strlen(r));
	}
	uchardet_delete(ud);
	const char *cand[3] = { "GB18030", guess, "BIG5-HKSCS" };
	const char *best = "GB18030";
	size_t binv = ginv, bcjk = gcjk;
	*how = "default";
	for (int i = 1; i < 3; i++) {
		if (!cand[i] || (i == 2 && guess && strcmp(guess, cand[i]) == 0) ||
		    trial(cand[i], s, n, at_eof, &inv, &cjk) < 0)
			continue;
		if (inv < binv || (inv == binv && cjk > bcjk) ||
		    (i == 1 && inv == binv && cjk == bcjk)) {
			best = cand[i], binv = inv, bcjk = cjk;
			*how = i == 1 ? "uchardet" : "fewest-invalid";
		}
	}
	/* gw_enc_canonical's name lives in a static buffer: best is one of
	 * ours unless uchardet's guess won, and that one is kept as is by
	 * the caller before the next call */
	return best;
}

static size_t first_nonascii(const char *s, size_t n)
{
	size_t k = 0;
	while (k < n && !((unsigned char)s[k] & 0x80))
		k++;
	return k;
}

const char *gw_enc_detect(const char *s, size_t n, int at_eof, const char **how, size_t *bom)
{
	const char *e = gw_enc_fixed(s, n, how, bom);
	if (e)
		return e;
	size_t k = first_nonascii(s, n);
	if (k == n)
		return *how = "utf-8", "UTF-8";
	return judge(s + k, n - k, at_eof, gw_enc_label(s, n), how);
}

int gw_decoder_open(struct gw_decoder *d, const char *from)
{
	memset(d, 0, sizeof *d);
	d->from = from;
	d->unit = strncmp(from, "UTF-16", 6) == 0 ? 2 : 1;
	if (strcmp(from, "UTF-8") == 0) {
		d->utf8 = 1;
		return 0;
	}
	iconv_t cd = iconv_open("UTF-8", from);
	if (cd == (iconv_t)-1)
		return -1;
	d->cd = cd;
	return 0;
}

void gw_decoder_close(struct gw_decoder *d)
{
	if (d->cd)
		iconv_close((iconv_t)d->cd);
	d->cd = NULL;
	gw_buf_free(&d->hold);
}

static const char FFFD[] = "\xEF\xBF\xBD";

/* Convert what can be converted; returns the bytes consumed (an
 * incomplete sequence at the end is left unless last). */
static size_t conv(struct gw_decoder *d, const char *s, size_t n, int last, struct gw_buf *out)
{
	if (d->utf8) {
		size_t m = last ? n : n - gw_utf8_tail(s, n);
		/* valid blocks (nearly all) are copied whole */
		if (gw_utf8_valid(s, m))
			gw_buf_add(out, s, m);
		else
			d->invalid += gw_utf8_repair(s, m, out);
		return m;
	}
	char *ip = (char *)s;
	size_t il = n;
	for (;;) {
		gw_buf_reserve(out, il * 4 + 16);
		char *op = out->p + out->len;
		size_t ol = out->cap - out->len - 1;
		size_t r = iconv((iconv_t)d->cd, &ip, &il, &op, &ol);
		out->len = (size_t)(op - out->p);
		out->p[out->len] = 0;
		if (r != (size_t)-1)
			break;
		if (errno == E2BIG)
			continue;
		if (errno == EILSEQ || (errno == EINVAL && last)) {
			size_t k = il < (size_t)d->unit ? il : (size_t)d->unit;
			if (errno == EINVAL)
				k = il;
			gw_buf_add(out, FFFD, 3);
			d->invalid += k;
			ip += k;
			il -= k;
			if (il == 0)
				break;
			continue;
		}
		break;   /* EINVAL: incomplete, wait for more */
	}
	if (last) {
		gw_buf_reserve(out, 16);
		char *op = out->p + out->len;
		size_t ol = out->cap - out->len - 1;
		iconv((iconv_t)d->cd, NULL, NULL, &op, &ol);
		out->len = (size_t)(op - out->p);
		out->p[out->len] = 0;
		iconv((iconv_t)d->cd, NULL, NULL, NULL, NULL);
	}
	return (size_t)(ip - s);
}

/* The first non-ASCII text of a tentative UTF-8 document: decide. */
static void redecide(struct gw_decoder *d, const char *in, size_t n, int last)
{
	const char *how;
	const char *e = judge(in, n, last, d->label[0] ? d->label : NULL, &how);
	d->tentative = 0;
	d->how = how;
	if (strcmp(e, "UTF-8") == 0 || strncmp(e, "UTF-16", 6) == 0 || strlen(e) >= sizeof d->name)
		return;   /* UTF-16 cannot start mid-document after ASCII */
	iconv_t cd = iconv_open("UTF-8", e);
	if (cd == (iconv_t)-1)
		return;
	strcpy(d->name, e);   /* e may be gw_enc_canonical's static buffer */
	d->cd = cd;
	d->utf8 = 0;
	d->from = d->name;
}

static void feed(struct gw_decoder *d, const char *in, size_t n, int last, struct gw_buf *out);

void gw_decoder_label(struct gw_decoder *d, const char *label)
{
	d->label[0] = 0;
	if (label && strlen(label) < sizeof d->label)
		strcpy(d->label, label);
}

/* Where the sample to judge on ends: after DEC_JUDGE non-ASCII bytes, or
 * DEC_HOLD_MAX bytes; 0 if s[0..n) does not reach either. The same
 * whatever pieces the input came in, so the decision is too. */
static size_t sample_end(const char *s, size_t n)
{
	size_t na = 0, m = n < DEC_HOLD_MAX ? n : DEC_HOLD_MAX;
	for (size_t i = 0; i < m; i++)
		if (((unsigned char)s[i] & 0x80) && ++na == DEC_JUDGE)
			return i + 1;
	return n >= DEC_HOLD_MAX ? DEC_HOLD_MAX : 0;
}

static size_t count_nonascii(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += ((unsigned char)s[i] & 0x80) != 0;
	return k;
}

/* After the decision: a block whose non-ASCII bytes largely fail to
 * read is text the decision does not fit; remember where, once. */
static void feed_decided(struct gw_decoder *d, const char *in, size_t n, int last, struct gw_buf *out)
{
	size_t before = d->invalid;
	feed(d, in, n, last, out);
	size_t bad = d->invalid - before;
	if (!d->misfit && bad >= 8 && bad * 8 > count_nonascii(in, n))
		d->misfit = d->pos + 1;
	d->pos += n;
}

void gw_decoder_feed(struct gw_decoder *d, const char *in, size_t n, int last, struct gw_buf *out)
{
	if (!d->tentative) {
		feed_decided(d, in, n, last, out);
		return;
	}
	if (!d->hold.len) {
		size_t k = first_nonascii(in, n);
		gw_buf_add(out, in, k);
		d->pos += k;
		in += k, n -= k;
		if (!n)
			return;
	}
	gw_buf_add(&d->hold, in, n);
	size_t cut = sample_end(d->hold.p, d->hold.len);
	if (!cut && !last)
		return;
	size_t sample = cut ? cut : d->hold.len;
	redecide(d, d->hold.p, sample, !cut);
	/* the sample is what the decision stands on: never a misfit */
	feed(d, d->hold.p, sample, last && !cut, out);
	d->pos += sample;
	if (cut)
		feed_decided(d, d->hold.p + cut, d->hold.len - cut, last, out);
	gw_buf_free(&d->hold);
}

static void feed(struct gw_decoder *d, const char *in, size_t n, int last, struct gw_buf *out)
{
	if (d->ncarry) {
		/* finish the cut sequence with a few bytes of the new block */
		char tmp[24];
		size_t k = n < 16 ? n : 16, c0 = d->ncarry;
		memcpy(tmp, d->carry, c0);
		memcpy(tmp + c0, in, k);
		size_t c = conv(d, tmp, c0 + k, last && k == n, out);
		d->ncarry = 0;
		if (c < c0 + k && k == n) {
			d->ncarry = c0 + k - c;
			memmove(d->carry, tmp + c, d->ncarry);
			return;
		}
		size_t used = c > c0 ? c - c0 : 0;
		in += used;
		n -= used;
	}
	size_t c = conv(d, in, n, last, out);
	if (c < n) {
		size_t rest = n - c;
		if (rest > sizeof d->carry) {   /* cannot happen for real encodings */
			d->invalid += rest;
			gw_buf_add(out, FFFD, 3);
			rest = 0;
		}
		memcpy(d->carry, in + c, rest);
		d->ncarry = rest;
	}
}
