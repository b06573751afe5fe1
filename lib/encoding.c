#include "encoding.h"
#include "utf8.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
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

const char *enc_canonical(const char *label, size_t n)
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
static const char *meta_charset(const char *s, size_t n)
{
	if (n > 16384)
		n = 16384;
	for (const char *p = s; (p = memmem(p, n - (size_t)(p - s), "charset", 7)); p += 7) {
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
		return enc_canonical(v, (size_t)(q - v));
	}
	return NULL;
}

static int is_ascii(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] & 0x80)
			return 0;
	return 1;
}

/* Bytes at the end of s that begin a multi-byte sequence not yet complete. */
static size_t utf8_tail(const char *s, size_t n)
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

const char *enc_detect(const char *s, size_t n, int at_eof, const char **how, size_t *bom)
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
	size_t m = at_eof ? n : n - utf8_tail(s, n);
	int ascii = is_ascii(s, m);
	if (!ascii && utf8_valid(s, m))
		return *how = "utf-8", "UTF-8";
	e = meta_charset(s, n);
	if (e && !(strcmp(e, "UTF-8") == 0 && !ascii))
		return *how = "meta", e;
	if (ascii)
		return *how = "utf-8", "UTF-8";
	uchardet_t ud = uchardet_new();
	const char *name = NULL;
	if (uchardet_handle_data(ud, s, n) == 0) {
		uchardet_data_end(ud);
		const char *r = uchardet_get_charset(ud);
		if (r && *r && strcasecmp(r, "ascii") != 0)
			name = enc_canonical(r, strlen(r));
	}
	uchardet_delete(ud);
	if (name)
		return *how = "uchardet", name;
	/* Undecided: the pages this toolkit reads are mostly GB-encoded. */
	return *how = "default", "GB18030";
}

int dec_open(struct gw_decoder *d, const char *from)
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

void dec_close(struct gw_decoder *d)
{
	if (d->cd)
		iconv_close((iconv_t)d->cd);
	d->cd = NULL;
	buf_free(&d->hold);
}

static const char FFFD[] = "\xEF\xBF\xBD";

/* Convert what can be converted; returns the bytes consumed (an
 * incomplete sequence at the end is left unless last). */
static size_t conv(struct gw_decoder *d, const char *s, size_t n, int last, struct gw_buf *out)
{
	if (d->utf8) {
		size_t m = last ? n : n - utf8_tail(s, n);
		/* valid blocks (nearly all) are copied whole */
		int ok = d->checked || utf8_valid(s, m);
		d->checked = 0;
		if (ok)
			buf_add(out, s, m);
		else
			d->invalid += utf8_repair(s, m, out);
		return m;
	}
	char *ip = (char *)s;
	size_t il = n;
	for (;;) {
		buf_reserve(out, il * 4 + 16);
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
			buf_add(out, FFFD, 3);
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
		buf_reserve(out, 16);
		char *op = out->p + out->len;
		size_t ol = out->cap - out->len - 1;
		iconv((iconv_t)d->cd, NULL, NULL, &op, &ol);
		out->len = (size_t)(op - out->p);
		out->p[out->len] = 0;
		iconv((iconv_t)d->cd, NULL, NULL, NULL, NULL);
	}
	return (size_t)(ip - s);
}

/* The first non-ASCII bytes of a tentative UTF-8 document: decide. */
static void redecide(struct gw_decoder *d, const char *in, size_t n, int last)
{
	const char *how;
	size_t bom;
	const char *e = enc_detect(in, n, last, &how, &bom);
	d->tentative = 0;
	if (strcmp(e, "UTF-8") == 0 || strncmp(e, "UTF-16", 6) == 0)
		return;   /* UTF-16 cannot start mid-document after ASCII */
	iconv_t cd = iconv_open("UTF-8", e);
	if (cd == (iconv_t)-1)
		return;
	d->cd = cd;
	d->utf8 = 0;
	d->from = e;
	d->how = how;
}

static void feed(struct gw_decoder *d, const char *in, size_t n, int last, struct gw_buf *out);

void dec_feed(struct gw_decoder *d, const char *in, size_t n, int last, struct gw_buf *out)
{
	enum { JUDGE = 64 };   /* non-ASCII bytes worth judging on */
	if (!d->tentative) {
		feed(d, in, n, last, out);
		return;
	}
	const char *s = in;
	size_t m = n;
	if (d->hold.len) {
		buf_add(&d->hold, in, n);
		s = d->hold.p, m = d->hold.len;
	}
	size_t k = 0;
	while (k < m && !((unsigned char)s[k] & 0x80))
		k++;
	buf_add(out, s, k);
	if (k == m && !d->hold.len)
		return;
	if (m - k < JUDGE && !last) {
		if (s == d->hold.p)
			memmove(d->hold.p, s + k, m - k), d->hold.len = m - k;
		else
			buf_add(&d->hold, s + k, m - k);
		return;
	}
	redecide(d, s + k, m - k, last);
	feed(d, s + k, m - k, last, out);
	buf_clear(&d->hold);
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
			buf_add(out, FFFD, 3);
			rest = 0;
		}
		memcpy(d->carry, in + c, rest);
		d->ncarry = rest;
	}
}
