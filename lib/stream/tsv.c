#include "tsv.h"
#include "die.h"
#include "core/utf8.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <unistd.h>

enum { OUTCAP = 128 << 10 };
static char obuf[OUTCAP];
static size_t olen;

void gw_out_init(void)
{
	olen = 0;
	gw_set_exit_flush(gw_out_flush);
	/* Into a pipe, a bigger one (1 MB): the writer runs eight buffers
	 * ahead of its reader and each is taken whole, where the default
	 * 64 kB pipe makes every write wait for the reader twice. On a
	 * paravirtual machine each such switch costs about what copying the
	 * bytes does (a quarter of the switches on the bench stream). Not
	 * an error if refused (a file, a limit). */
	(void)fcntl(1, F_SETPIPE_SZ, OUTCAP * 8);
}

void gw_out_flush(void)
{
	size_t off = 0;
	while (off < olen) {
		ssize_t n = write(1, obuf + off, olen - off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (errno == EPIPE)
				exit(gw_status);
			gw_die(GW_USAGE, "write error: %s", strerror(errno));
		}
		off += (size_t)n;
	}
	olen = 0;
}

void gw_out_write(const void *s, size_t n)
{
	if (olen + n > OUTCAP) {
		gw_out_flush();
		if (n > OUTCAP) {
			/* Too big to buffer: hand it to write(2) directly. */
			const char *p = s;
			while (n > OUTCAP) {
				memcpy(obuf, p, OUTCAP);
				olen = OUTCAP;
				gw_out_flush();
				p += OUTCAP;
				n -= OUTCAP;
			}
			s = p;
		}
	}
	memcpy(obuf + olen, s, n);
	olen += n;
}

char *gw_out_room(size_t n)
{
	if (n > OUTCAP)
		return NULL;
	if (olen + n > OUTCAP)
		gw_out_flush();
	return obuf + olen;
}

void gw_out_commit(size_t n)
{
	olen += n;
}

void gw_out_char(char c)
{
	if (olen == OUTCAP)
		gw_out_flush();
	obuf[olen++] = c;
}

void gw_out_size(size_t v)
{
	char tmp[24];
	gw_out_write(tmp, gw_fmt_size(tmp, v));
}

void gw_out_long(long v)
{
	if (v < 0) {
		gw_out_char('-');
		gw_out_size((size_t)0 - (size_t)v);
	} else
		gw_out_size((size_t)v);
}

/* Maybe one of \\ TAB LF CR among these 8 bytes: a byte below 0x0E or
 * equal to 0x5C (the usual has-less/has-zero word tests; exact about
 * whether there is one). No byte of a multi-byte character is either. */
static int maybe_special(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	uint64_t below = (w - ones * 0x0E) & ~w & highs;
	uint64_t x = w ^ (ones * 0x5C);
	uint64_t bs = (x - ones) & ~x & highs;
	return (below | bs) != 0;
}

static int special(char c) { return c == '\\' || c == '\t' || c == '\n' || c == '\r'; }

void gw_tsv_escape(struct gw_buf *b, const char *s, size_t n)
{
	gw_buf_reserve(b, 2 * n);
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (special(c)) {
			b->p[b->len++] = '\\';
			c = c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\';
		}
		b->p[b->len++] = c;
	}
	b->p[b->len] = 0;
}

#if defined(__SSE2__) && defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define GW_AVX2 1
/* Thirty-two bytes at a time on a core with AVX2: each byte looked up by
 * its low nibble in a table holding the one special byte with that
 * nibble (\t 09, \n 0A, \\ 5C, \r 0D) and compared with it; the other
 * entries hold a byte of another low nibble, and a byte with its top
 * bit set looks up 0. Returns where the clean blocks end. */
__attribute__((target("avx2")))
static const char *special_at32(const char *p, const char *end)
{
	const __m256i tab = _mm256_setr_epi8(
	    1, 2, 3, 4, 5, 6, 7, 8, 0, '\t', '\n', 0x0C, '\\', '\r', 0x0F, 0x0E,
	    1, 2, 3, 4, 5, 6, 7, 8, 0, '\t', '\n', 0x0C, '\\', '\r', 0x0F, 0x0E);
	while (end - p >= 32) {
		__m256i v = _mm256_loadu_si256((const __m256i *)p);
		if (_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_shuffle_epi8(tab, v), v)))
			break;
		p += 32;
	}
	return p;
}
#endif

/* The first of TAB, LF, CR or backslash in [p, end), or end. Clean
 * text is skipped by vectors, then by words; a word that may hold a
 * special byte is tested byte by byte and the words go on after it. */
static const char *special_at(const char *p, const char *end)
{
#ifdef GW_AVX2
	if (end - p >= 32 && gw_have_avx2())
		p = special_at32(p, end);
#endif
	for (;;) {
#ifdef __SSE2__
		/* sixteen bytes at a time where the platform has SSE2 */
		const __m128i bsl = _mm_set1_epi8('\\'), tab = _mm_set1_epi8('\t'),
		    lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
		while (end - p >= 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)p);
			__m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, bsl), _mm_cmpeq_epi8(v, tab)),
			    _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)));
			if (_mm_movemask_epi8(m))
				break;
			p += 16;
		}
#endif
		uint64_t w;
		while (end - p >= 8 && (memcpy(&w, p, 8), !maybe_special(w)))
			p += 8;
		const char *stop = end - p >= 8 ? p + 8 : end;
		while (p < stop && !special(*p))
			p++;
		if (p < stop || p == end)
			return p;
	}
}

/* One pass over a paragraph (not one memchr per special byte): the
 * tools ask it of every paragraph that has rows; a short field (a unit,
 * a qualifier) is looked at byte by byte. */
int gw_tsv_needs_escape(const char *s, size_t n)
{
	if (n >= 32)
		return special_at(s, s + n) != s + n;
	for (size_t i = 0; i < n; i++)
		if (special(s[i]))
			return 1;
	return 0;
}

void gw_out_field(const char *s, size_t n)
{
	const char *end = s + n;
	while (s < end) {
		const char *p = special_at(s, end);
		gw_out_write(s, (size_t)(p - s));
		if (p == end)
			break;
		char e[2] = {'\\', 0};
		switch (*p) {
		case '\\': e[1] = '\\'; break;
		case '\t': e[1] = 't'; break;
		case '\n': e[1] = 'n'; break;
		default:   e[1] = 'r'; break;
		}
		gw_out_write(e, 2);
		s = p + 1;
	}
}

size_t gw_tsv_unescape(char *s, size_t n)
{
	char *bs = memchr(s, '\\', n);
	if (!bs)
		return n;
	size_t i = (size_t)(bs - s), o = i;
	while (i < n) {
		char c = s[i];
		if (c == '\\' && i + 1 < n) {
			char d = s[i + 1];
			char r = d == '\\' ? '\\' : d == 't' ? '\t' : d == 'n' ? '\n' : d == 'r' ? '\r' : 0;
			if (r) {
				s[o++] = r;
				i += 2;
				continue;
			}
		}
		s[o++] = c;
		i++;
	}
	return o;
}

size_t gw_tsv_split(char *line, size_t n, struct gw_tsv_view *f, size_t max)
{
	size_t k = 0;
	char *p = line, *end = line + n;
	while (k < max) {
		char *t = memchr(p, '\t', (size_t)(end - p));
		if (!t || k + 1 == max) {
			f[k].p = p;
			f[k].n = (size_t)(end - p);
			return k + 1;
		}
		f[k].p = p;
		f[k].n = (size_t)(t - p);
		k++;
		p = t + 1;
	}
	return k;
}

int gw_tsv_is_header(const char *s, size_t n)
{
	int start = 1;
	if (n == 0)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '\t') {
			if (start)
				return 0;
			start = 1;
		} else if (c >= 'a' && c <= 'z') {
			start = 0;
		} else if ((c >= '0' && c <= '9') || c == '_') {
			if (start)
				return 0;
		} else {
			return 0;
		}
	}
	return !start;
}

int gw_tsv_column(const struct gw_tsv_view *f, size_t nf, const char *name)
{
	size_t len = strlen(name);
	for (size_t i = 0; i < nf; i++)
		if (f[i].n == len && memcmp(f[i].p, name, len) == 0)
			return (int)i;
	return -1;
}
