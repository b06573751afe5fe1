#include "utf8.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Length of the valid sequence at s (at most n bytes), 0 if invalid. */
static size_t seqlen(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	if (c < 0x80)
		return 1;
	if (c < 0xC2)
		return 0;
	if (c < 0xE0)
		return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c < 0xF0) {
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE0 && s[1] < 0xA0)
			return 0; /* overlong */
		if (c == 0xED && s[1] >= 0xA0)
			return 0; /* surrogate */
		return 3;
	}
	if (c < 0xF5) {
		if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
		    (s[3] & 0xC0) != 0x80)
			return 0;
		if (c == 0xF0 && s[1] < 0x90)
			return 0;
		if (c == 0xF4 && s[1] >= 0x90)
			return 0;
		return 4;
	}
	return 0;
}

/* w as read from memory in little-endian order */
static inline uint64_t le64(uint64_t w)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return __builtin_bswap64(w);
#else
	return w;
#endif
}

/* Skip ASCII eight bytes at a time: most of a line's bytes in mixed text. */
static size_t ascii_run(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i + 8 <= n) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if (w & 0x8080808080808080ULL)
			break;
		i += 8;
	}
	while (i < n && s[i] < 0x80)
		i++;
	return i;
}

#ifdef __SSE2__
/* Sixteen bytes at a time while they hold only ASCII and three-byte
 * sequences with leads E1-EC, EE, EF (those need no check beyond their
 * two continuation bytes: Chinese text). s starts a character. A byte
 * is a continuation byte exactly when a lead is one or two bytes
 * before it; a block ends before a lead whose sequence it cuts. Returns
 * the bytes found valid, each block whole: 0 if the first is not such. */
static size_t cjk_run(const unsigned char *s, size_t n)
{
	const __m128i neg1 = _mm_set1_epi8(-1), c0 = _mm_set1_epi8(-64),
	    e0 = _mm_set1_epi8((char)0xE0), f0 = _mm_set1_epi8((char)0xF0),
	    ed = _mm_set1_epi8((char)0xED);
	size_t i = 0;
	while (n - i >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(s + i));
		__m128i ascii = _mm_cmpgt_epi8(v, neg1);
		__m128i cont = _mm_cmplt_epi8(v, c0);
		__m128i lead = _mm_andnot_si128(_mm_cmpeq_epi8(v, ed),
		    _mm_and_si128(_mm_cmpgt_epi8(v, e0), _mm_cmplt_epi8(v, f0)));
		__m128i known = _mm_or_si128(_mm_or_si128(ascii, cont), lead);
		__m128i want = _mm_or_si128(_mm_slli_si128(lead, 1), _mm_slli_si128(lead, 2));
		if (_mm_movemask_epi8(known) != 0xFFFF || _mm_movemask_epi8(_mm_xor_si128(cont, want)))
			break;
		unsigned leads = (unsigned)_mm_movemask_epi8(lead);
		i += leads & 0x8000 ? 15 : leads & 0x4000 ? 14 : 16;
	}
	return i;
}
#endif

#if defined(__SSE2__) && defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define GW_AVX2 1
/* The same test as cjk_run, 32 bytes at a time on a core with AVX2. The
 * bytes before s+i (i >= 2) are valid and s+i starts a character, so a
 * byte is a continuation byte exactly when a lead is at one of the two
 * bytes before it: those are read with two loads one and two bytes
 * back, not by shifting across the register's halves. Returns where the
 * blocks stopped. */
__attribute__((target("avx2")))
static size_t cjk_run32(const unsigned char *s, size_t n, size_t i)
{
	const __m256i neg1 = _mm256_set1_epi8(-1), c0 = _mm256_set1_epi8(-64),
	    e0 = _mm256_set1_epi8((char)0xE0), f0 = _mm256_set1_epi8((char)0xF0),
	    ed = _mm256_set1_epi8((char)0xED);
#define LEAD(x) _mm256_andnot_si256(_mm256_cmpeq_epi8(x, ed), \
	_mm256_and_si256(_mm256_cmpgt_epi8(x, e0), _mm256_cmpgt_epi8(f0, x)))
	while (n - i >= 32) {
		__m256i v = _mm256_loadu_si256((const __m256i *)(s + i));
		__m256i v1 = _mm256_loadu_si256((const __m256i *)(s + i - 1));
		__m256i v2 = _mm256_loadu_si256((const __m256i *)(s + i - 2));
		__m256i lead = LEAD(v);
		__m256i cont = _mm256_cmpgt_epi8(c0, v);
		__m256i known = _mm256_or_si256(_mm256_or_si256(_mm256_cmpgt_epi8(v, neg1), cont), lead);
		__m256i want = _mm256_or_si256(LEAD(v1), LEAD(v2));
		if ((unsigned)_mm256_movemask_epi8(known) != 0xFFFFFFFFu ||
		    _mm256_movemask_epi8(_mm256_xor_si256(cont, want)))
			break;
		unsigned leads = (unsigned)_mm256_movemask_epi8(lead);
		i += leads & 0x80000000u ? 31 : leads & 0x40000000u ? 30 : 32;
	}
#undef LEAD
	return i;
}

/* The bytes of s[i..n) that are not continuation bytes (10xxxxxx, -64
 * and below as signed bytes), 32 at a time; returns where the blocks
 * stopped and adds the count to *c. */
__attribute__((target("avx2,popcnt")))
static size_t count32(const unsigned char *s, size_t n, size_t i, size_t *c)
{
	const __m256i lead = _mm256_set1_epi8((char)0xBF);
	size_t k = 0;
	for (; i + 32 <= n; i += 32) {
		__m256i v = _mm256_loadu_si256((const __m256i *)(s + i));
		k += (size_t)__builtin_popcount((unsigned)_mm256_movemask_epi8(_mm256_cmpgt_epi8(v, lead)));
	}
	*c += k;
	return i;
}

static int have_avx2(void)
{
	static int known = -1;
	if (known < 0)
		known = __builtin_cpu_supports("avx2") ? 1 : 0;
	return known;
}
#endif

int gw_have_avx2(void)
{
#ifdef GW_AVX2
	return have_avx2();
#else
	return 0;
#endif
}

int gw_utf8_valid(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
#ifdef __SSE2__
	size_t retry = 0;   /* where the sixteen-byte blocks are tried again */
#endif
	while (i < n) {
		unsigned c = s[i];
		if (c < 0x80) {
			i += ascii_run(s + i, n - i);
			continue;
		}
#ifdef __SSE2__
		if (i >= retry) {
			size_t k;
#ifdef GW_AVX2
			/* one block of sixteen first: the wide blocks read the
			 * two bytes before them */
			if (i >= 2 && n - i >= 32 && have_avx2())
				k = cjk_run32(s, n, i) - i;
			else
				k = cjk_run(s + i, n - i < 16 ? n - i : 16);
#else
			k = cjk_run(s + i, n - i);
#endif
			if (k) {
				i += k;
				continue;
			}
			retry = i + 16;
		}
#endif
		/* Chinese text is mostly E4..E9 lead bytes with no special
		 * cases: take those without the general checks, two at a
		 * time while they last (lead E1..EC, then two 10xxxxxx). */
		while (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			w = le64(w);
			if ((w & 0xC0C0F0C0C0F0ULL) != 0x8080E08080E0ULL ||
			    (w & 0x0F) - 1 > 11 || (w >> 24 & 0x0F) - 1 > 11)
				break;
			i += 6;
		}
		if (i >= n)
			break;
		c = s[i];
		if (c >= 0xE1 && c <= 0xEC && i + 2 < n &&
		    ((s[i + 1] & 0xC0) | ((s[i + 2] & 0xC0) >> 2)) == 0xA0) {
			i += 3;
			continue;
		}
		size_t k = seqlen(s + i, n - i);
		if (!k)
			return 0;
		i += k;
	}
	return 1;
}

size_t gw_utf8_repair(const char *str, size_t n, struct gw_buf *out)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, bad = 0;
	gw_buf_reserve(out, n + 16);
	while (i < n) {
		size_t a = ascii_run(s + i, n - i);
		size_t k = a ? a : seqlen(s + i, n - i);
		if (k) {
			gw_buf_add(out, s + i, k);
			i += k;
		} else {
			gw_buf_add(out, "\xEF\xBF\xBD", 3);
			bad++;
			i++;
		}
	}
	return bad;
}

int gw_utf8_encode(uint32_t cp, char *o)
{
	if (cp < 0x80) { o[0] = (char)cp; return 1; }
	if (cp < 0x800) {
		o[0] = (char)(0xC0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (char)(0xE0 | (cp >> 12));
		o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (char)(0xF0 | (cp >> 18));
	o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* The bytes that are not continuation bytes (10xxxxxx), eight at a time
 * and four words a round: every row's offsets cost a count. The multiply
 * adds the eight bytes into the top one (no popcount instruction in the
 * baseline x86-64 set). */
size_t gw_utf8_count(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	const uint64_t H = 0x8080808080808080ull, SUM = 0x0101010101010101ull;
	size_t c = 0, i = 0;
#ifdef GW_AVX2
	/* most calls count a row's span or the text between two rows:
	 * long enough for the wide blocks */
	if (n >= 32 && have_avx2())
		i = count32(s, n, 0, &c);
#endif
	for (; i + 32 <= n; i += 32) {
		uint64_t x0, x1, x2, x3;
		memcpy(&x0, s + i, 8); memcpy(&x1, s + i + 8, 8);
		memcpy(&x2, s + i + 16, 8); memcpy(&x3, s + i + 24, 8);
		uint64_t cont = ((x0 & ~(x0 << 1) & H) >> 7) + ((x1 & ~(x1 << 1) & H) >> 7) +
		                ((x2 & ~(x2 << 1) & H) >> 7) + ((x3 & ~(x3 << 1) & H) >> 7);
		c += 32 - (size_t)((cont * SUM) >> 56);
	}
	for (; i + 8 <= n; i += 8) {
		uint64_t x;
		memcpy(&x, s + i, 8);
		c += 8 - (size_t)((((x & ~(x << 1) & H) >> 7) * SUM) >> 56);
	}
	if (i < n && n >= 8) {
		/* the last n - i bytes: the word that ends the text, its
		 * bytes counted already shifted out (zero bytes count as none) */
		uint64_t x;
		memcpy(&x, s + n - 8, 8);
		x = le64(x) >> (8 * (8 - (n - i)));
		return c + (n - i) - (size_t)((((x & ~(x << 1) & H) >> 7) * SUM) >> 56);
	}
	for (; i < n; i++)
		c += (s[i] & 0xC0) != 0x80;
	return c;
}

const char *gw_utf8_name(const char *name, struct gw_buf *fix, size_t *bad)
{
	size_t n = strlen(name);
	*bad = 0;
	if (gw_utf8_valid(name, n))
		return name;
	gw_buf_clear(fix);
	*bad = gw_utf8_repair(name, n, fix);
	return fix->p;
}

size_t gw_cpcursor_at(struct gw_cpcursor *k, const char *text, size_t b)
{
	if (b < k->b)
		k->b = k->c = 0;
	k->c += gw_utf8_count(text + k->b, b - k->b);
	k->b = b;
	return k->c;
}
