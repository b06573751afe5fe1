#include "quantity.h"
#include "core/alloc.h"
#include "core/datafile.h"
#include "core/utf8.h"

#include <stdlib.h>
#include <string.h>

enum { NBUCKET = 1024 };

/* ---- small UTF-8 helpers (the text is valid UTF-8) ---- */

static inline __attribute__((always_inline)) uint32_t cp_at(const unsigned char *s, size_t n, int *len)
{
	if (!n) { *len = 0; return 0; }
	unsigned c = s[0];
	int l = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
	if ((size_t)l > n) { *len = 1; return 0xFFFD; }
	*len = l;
	if (l == 1) return c;
	if (l == 2) return ((c & 0x1F) << 6) | (s[1] & 0x3F);
	if (l == 3) return ((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
	return ((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

static uint32_t cp_before(const unsigned char *s, size_t i, int *len)
{
	if (!i) { *len = 0; return 0; }
	size_t j = i - 1;
	while (j > 0 && i - j < 4 && (s[j] & 0xC0) == 0x80)
		j--;
	return cp_at(s + j, i - j, len);
}

/* The first m (at most 8) bytes at p as a word, the first byte lowest,
 * the bytes past m zero */
static inline uint64_t head_word(const unsigned char *p, size_t m)
{
	uint64_t w = 0;
	if (m >= 8)
		memcpy(&w, p, 8);
	else
		memcpy(&w, p, m);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	w = __builtin_bswap64(w);
#endif
	return w;
}

static int is_alpha(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_digit(uint32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }

/* Always inlined, so that with a literal the length is a constant and
 * the loop a few byte compares that stop at the first difference
 * (most calls fail on the first byte). */
static inline __attribute__((always_inline)) int has(const char *s, size_t n, size_t i, const char *w)
{
	size_t l = strlen(w);
	if (i + l > n)
		return 0;
	for (size_t k = 0; k < l; k++)
		if (s[i + k] != w[k])
			return 0;
	return 1;
}
/* Words of a list with their lengths, so a loop over the list does not
 * measure them again at every position */
#define WORD(x) {x, sizeof x - 1}
static inline int has_word(const char *s, size_t n, size_t i, const struct gw_qty_word *w)
{
	if (i + w->l > n)
		return 0;
	for (size_t k = 0; k < w->l; k++)
		if (s[i + k] != w->w[k])
			return 0;
	return 1;
}
static inline int ends_word(const char *s, size_t i, const struct gw_qty_word *w)
{
	if (i < w->l)
		return 0;
	for (size_t k = 0; k < w->l; k++)
		if (s[i - w->l + k] != w->w[k])
			return 0;
	return 1;
}
/* The bytes of the UTF-8 character that starts with byte b */
static inline size_t char_len(unsigned char b)
{
	return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

/* The longest word of list at s[i], or NULL. The last byte of the
 * character at i rejects most positions before any compare. */
static inline const struct gw_qty_word *word_at(const struct gw_qty_words *l, const char *s, size_t n, size_t i)
{
	if (i >= n)
		return NULL;
	size_t cl = char_len((unsigned char)s[i]);
	if (i + cl > n || !(l->first >> ((unsigned char)s[i + cl - 1] & 63) & 1))
		return NULL;
	for (size_t k = 0; k < l->n; k++)
		if (has_word(s, n, i, &l->w[k]))
			return &l->w[k];
	return NULL;
}

/* The longest word of list ending at s[i], or NULL */
static inline const struct gw_qty_word *word_before(const struct gw_qty_words *l, const char *s, size_t i)
{
	if (!i || !(l->last >> ((unsigned char)s[i - 1] & 63) & 1))
		return NULL;
	for (size_t k = 0; k < l->n; k++)
		if (ends_word(s, i, &l->w[k]))
			return &l->w[k];
	return NULL;
}

static inline __attribute__((always_inline)) int ends(const char *s, size_t i, const char *w)
{
	size_t l = strlen(w);
	if (i < l)
		return 0;
	for (size_t k = 0; k < l; k++)
		if (s[i - l + k] != w[k])
			return 0;
	return 1;
}

/* 壹贰叁肆伍陆柒捌玖拾佰仟 and 貳參陸: standing alone they are the
 * ordinary words 大陆, 队伍, 收拾, 放肆 */
static int is_financial(const unsigned char *s)
{
	int len;
	switch (cp_at(s, 3, &len)) {
	case 0x58F9: case 0x8D30: case 0x53C1: case 0x8086: case 0x4F0D: case 0x9646: case 0x67D2:
	case 0x634C: case 0x7396: case 0x62FE: case 0x4F70: case 0x4EDF: case 0x8CB3: case 0x53C3: case 0x9678:
		return 1;
	}
	return 0;
}

/* ASCII blanks at s[i] (at most four) */
static size_t sp(const char *s, size_t n, size_t i)
{
	size_t k = 0;
	while (i + k < n && k < 4 && s[i + k] == ' ')
		k++;
	return k;
}

/* 分之 at s[i], also typeset with blanks (五 分之 一, 二分 之一): its
 * length with the blanks around it, 0 if none */
static size_t fen_zhi(const char *s, size_t n, size_t i)
{
	size_t j = i + sp(s, n, i);
	if (!has(s, n, j, "分"))
		return 0;
	j += 3;
	j += sp(s, n, j);
	if (!has(s, n, j, "之"))
		return 0;
	j += 3;
	return j + sp(s, n, j) - i;
}

/* ---- tables ---- */

static int valid_number(const char *s)
{
	int dig = 0, pt = 0;
	for (; *s; s++) {
		if (*s >= '0' && *s <= '9') dig = 1;
		else if (*s == '.' && !pt) pt = 1;
		else return 0;
	}
	return dig;
}

static void grow(void **p, size_t *cap, size_t n, size_t first, size_t size)
{
	if (n < *cap)
		return;
	*cap = *cap ? 2 * *cap : first;
	*p = gw_xrealloc(*p, *cap * size);
}

/* A scale written 10000 or 0.0001 into x; -1 if too long */
static int read_scale(struct gw_dec *x, const char *scale)
{
	const char *dot = strchr(scale, '.');
	if (!dot) {
		gw_dec_set_digits(x, scale, strlen(scale), 0);
		return 0;
	}
	char digs[64];
	size_t a = (size_t)(dot - scale), b = strlen(dot + 1);
	if (a + b >= sizeof digs)
		return -1;
	memcpy(digs, scale, a);
	memcpy(digs + a, dot + 1, b);
	gw_dec_set_digits(x, digs, a + b, -(long)b);
	return 0;
}

/* units.txt: written TAB canonical [TAB scale [TAB kind]] */
static int add_unit(const struct gw_row *r, void *arg, struct gw_error *err)
{
	struct gw_qty_tables *t = arg;
	if (r->n < 2 || r->n > 4 || !r->len[0] || !r->len[1])
		return gw_error_at(err, r->path, r->line, "expected: written canonical [scale [kind]]");
	const char *scale = r->n >= 3 ? r->f[2] : "1";
	if (!valid_number(scale))
		return gw_error_at(err, r->path, r->line, "bad scale '%s'", scale);
	struct gw_dec sc = {0};
	if (read_scale(&sc, scale) < 0) {
		gw_dec_free(&sc);
		return gw_error_at(err, r->path, r->line, "scale too long");
	}
	if (gw_dec_is_zero(&sc)) {
		gw_dec_free(&sc);
		return gw_error_at(err, r->path, r->line, "scale must not be 0");
	}
	grow((void **)&t->u, &t->capu, t->nu, 256, sizeof *t->u);
	struct gw_qty_unit *u = &t->u[t->nu++];
	memset(u, 0, sizeof *u);
	u->scale = sc;
	u->seq = t->nu - 1;
	u->w = gw_xstrdup(r->f[0]); u->wl = r->len[0];
	u->canon = gw_xstrdup(r->f[1]);
	/* a currency is money like 元 (kind quantity), also named before
	 * the number or after 元: 港币两千元, 三万元欧元 */
	const char *kind = r->n >= 4 ? r->f[3] : "quantity";
	u->currency = !strcmp(kind, "currency");
	u->kind = gw_xstrdup(u->currency ? "quantity" : kind);
	int len, v, ar;
	u->cp0 = cp_at((const unsigned char *)u->w, u->wl, &len);
	u->head = head_word((const unsigned char *)u->w, u->wl);
	u->headmask = u->wl >= 8 ? ~0ull : (1ull << (8 * u->wl)) - 1;
	int c = gw_numeral_class((const unsigned char *)u->w, u->wl, &len, &v, &ar);
	/* 千瓦 1 is a unit of its own; 万元 10000 is 万 times 元 */
	u->atomic = (c == NC_SMALL || c == NC_BIG) && gw_dec_small_int(&u->scale) == 1;
	return 0;
}

/* The first (up to) three bytes as a number: one compare rejects most
 * table entries before memcmp. */
static inline uint32_t key3(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	return n >= 3 ? (uint32_t)u[0] << 16 | (uint32_t)u[1] << 8 | u[2] :
	       n == 2 ? (uint32_t)u[0] << 16 | (uint32_t)u[1] << 8 : n ? (uint32_t)u[0] << 16 : 0;
}

/* qualifiers.txt: word TAB before|after TAB low|high|approx|none */
static int add_qual(const struct gw_row *r, void *arg, struct gw_error *err)
{
	struct gw_qty_tables *t = arg;
	if (r->n != 3 || !r->len[0])
		return gw_error_at(err, r->path, r->line, "expected: word before|after low|high|approx|none|not");
	int before = !strcmp(r->f[1], "before");
	if (!before && strcmp(r->f[1], "after"))
		return gw_error_at(err, r->path, r->line, "position must be before or after");
	const char *bd = r->f[2];
	int b = !strcmp(bd, "low") ? QB_LOW : !strcmp(bd, "high") ? QB_HIGH :
	        !strcmp(bd, "approx") ? QB_APPROX : !strcmp(bd, "none") ? QB_NONE : !strcmp(bd, "not") ? QB_NOT : -1;
	if (b < 0)
		return gw_error_at(err, r->path, r->line, "bound must be low, high, approx, none or not");
	grow((void **)&t->q, &t->capq, t->nq, 64, sizeof *t->q);
	struct gw_qty_qual *q = &t->q[t->nq++];
	q->w = gw_xstrdup(r->f[0]); q->wl = r->len[0]; q->before = before; q->bound = b;
	q->first3 = key3(q->w, q->wl);
	q->last3 = q->wl >= 3 ? key3(q->w + q->wl - 3, 3) : key3(q->w, q->wl);
	return 0;
}

/* not-numbers.txt: word [TAB name|idiom] */
static int add_not(const struct gw_row *r, void *arg, struct gw_error *err)
{
	struct gw_qty_tables *t = arg;
	if (r->n > 2 || !r->len[0] || (r->n == 2 && strcmp(r->f[1], "name") && strcmp(r->f[1], "idiom")))
		return gw_error_at(err, r->path, r->line, "expected: word [name|idiom]");
	grow((void **)&t->x, &t->capx, t->nx, 256, sizeof *t->x);
	struct gw_qty_not *x = &t->x[t->nx++];
	x->w = gw_xstrdup(r->f[0]); x->wl = r->len[0];
	x->head = head_word((const unsigned char *)x->w, x->wl);
	x->headmask = x->wl >= 8 ? ~0ull : (1ull << (8 * x->wl)) - 1;
	x->name = r->n == 2 && !strcmp(r->f[1], "name");
	return 0;
}

static const char *const word_class[QW_NCLASS] = {
	"measure", "ordinal", "month-part", "year-part", "road", "congress", "bound-join", "session", "meeting",
	"year-name-before", "year-name-after", "institution", "not-clock", "pm", "people",
	"people-count", "plan"
};

/* number-words.txt: word TAB class */
static int add_word(const struct gw_row *r, void *arg, struct gw_error *err)
{
	struct gw_qty_tables *t = arg;
	int c = 0;
	while (c < QW_NCLASS && (r->n != 2 || strcmp(r->f[1], word_class[c])))
		c++;
	if (c == QW_NCLASS || !r->len[0])
		return gw_error_at(err, r->path, r->line,
		    "expected: word measure|ordinal|month-part|year-part|road|congress|bound-join|session|meeting|year-name-before|year-name-after|institution|not-clock|pm|people|people-count|plan");
	struct gw_qty_words *l = &t->words[c];
	grow((void **)&l->w, &l->cap, l->n, 16, sizeof *l->w);
	l->w[l->n++] = (struct gw_qty_word){gw_xstrdup(r->f[0]), r->len[0]};
	return 0;
}

/* The row function of a table, and whether it refused a line */
struct loading { gw_row_fn fn; void *arg; int refused; };

static int load_row(const struct gw_row *r, void *arg, struct gw_error *err)
{
	struct loading *ld = arg;
	int rc = ld->fn(r, ld->arg, err);
	ld->refused = rc < 0;
	return rc;
}

/* A line refused is -1, a file that cannot be read -2 (a tool says
 * which table it was loading only for the second). */
static int load(const char *path, gw_row_fn fn, void *arg, struct gw_error *err)
{
	struct loading ld = {fn, arg, 0};
	if (gw_data_each(path, load_row, &ld, err) == 0)
		return 0;
	return ld.refused ? -1 : -2;
}

int gw_qty_load_units(struct gw_qty_tables *t, const char *path, struct gw_error *err)
{
	return load(path, add_unit, t, err);
}

int gw_qty_load_quals(struct gw_qty_tables *t, const char *path, struct gw_error *err)
{
	return load(path, add_qual, t, err);
}

int gw_qty_load_nots(struct gw_qty_tables *t, const char *path, struct gw_error *err)
{
	return load(path, add_not, t, err);
}

int gw_qty_load_words(struct gw_qty_tables *t, const char *path, struct gw_error *err)
{
	return load(path, add_word, t, err);
}

static inline int start_bit(const struct gw_qty_tables *t, uint32_t cp)
{
	return cp < 0x10000 && (t->start[cp >> 3] >> (cp & 7) & 1);
}
static void set_bit(struct gw_qty_tables *t, uint32_t cp) { t->start[cp >> 3] |= (uint8_t)(1u << (cp & 7)); }

static inline size_t notgroup_hash(uint32_t cp, uint32_t next)
{
	return (size_t)((cp * 2654435761u) ^ (next * 40503u + (next >> 7)));
}

static int unit_order(const void *a, const void *b)
{
	const struct gw_qty_unit *x = a, *y = b;
	unsigned bx = x->cp0 % NBUCKET, by = y->cp0 % NBUCKET;
	if (bx != by) return bx < by ? -1 : 1;
	if (x->wl != y->wl) return x->wl > y->wl ? -1 : 1;
	int c = strcmp(x->w, y->w);
	if (c) return c;
	return x->seq > y->seq ? -1 : x->seq < y->seq;  /* the user's own first */
}
static int ref_order(const void *a, const void *b)
{
	const struct gw_qty_notref *x = a, *y = b;
	if (x->cp != y->cp) return x->cp < y->cp ? -1 : 1;
	if (x->next != y->next) return x->next < y->next ? -1 : 1;
	return 0;
}

/* Longest first; equal lengths keep the file's order */
static void words_ready(struct gw_qty_words *l)
{
	l->first = l->last = 0;
	for (size_t k = 0; k < l->n; k++) {
		const unsigned char *w = (const unsigned char *)l->w[k].w;
		size_t cl = char_len(w[0]);
		l->first |= 1ull << (w[cl <= l->w[k].l ? cl - 1 : 0] & 63);
		l->last |= 1ull << (w[l->w[k].l - 1] & 63);
	}
	for (size_t k = 1; k < l->n; k++)
		for (size_t m = k; m > 0 && l->w[m - 1].l < l->w[m].l; m--) {
			struct gw_qty_word x = l->w[m];
			l->w[m] = l->w[m - 1];
			l->w[m - 1] = x;
		}
}

static void currencies_ready(struct gw_qty_tables *t)
{
	t->cur = gw_xmalloc((t->nu + 1) * sizeof *t->cur);
	t->ncur = 0;
	for (size_t k = 0; k < t->nu; k++)
		if (t->u[k].currency) {
			size_t m = t->ncur++;
			for (; m > 0 && t->cur[m - 1]->wl < t->u[k].wl; m--)
				t->cur[m] = t->cur[m - 1];
			t->cur[m] = &t->u[k];
		}
}

static inline unsigned qkey(unsigned char b0, unsigned char b1) { return (unsigned)(b0 & 63) << 6 | (b1 & 63); }

/* The buckets of the wide scan's filter (scan_filter_ready): each
 * bucket, the nibbles its starts have at each of their three bytes. */
struct nib_bucket { uint16_t m[3][2]; };

static unsigned nib_room(const struct nib_bucket *b)
{
	unsigned r = 1;
	for (int k = 0; k < 3; k++)
		r *= (unsigned)__builtin_popcount(b->m[k][0]) * (unsigned)__builtin_popcount(b->m[k][1]);
	return r;
}

/* The filter of the wide scan (scan_wide): a byte sequence may start a
 * candidate only if one bucket has each nibble of its first three bytes;
 * the scan then tests it exactly (start3). The ASCII starts (digits, '-',
 * and '.', which lead_point_ok may accept) take a bucket per high nibble
 * and accept any bytes after them. The three-byte starts come in groups
 * of one first and second byte (64 code points); each group goes to the
 * bucket whose byte sequences it multiplies least, so that few other
 * characters pass. Built from the start bits, whatever the data say. */
static void scan_filter_ready(struct gw_qty_tables *t)
{
	enum { NB = 16 };  /* two sets of eight: each more buckets, fewer false starts */
	struct nib_bucket b[NB];
	memset(b, 0, sizeof b);
	int nb = NB;  /* the ASCII buckets from the top down, the rest below */
	for (unsigned hi = 0; hi < 8; hi++) {
		uint16_t lo = 0;
		for (unsigned x = 0; x < 16; x++)
			if (start_bit(t, hi << 4 | x) || (hi << 4 | x) == '.')
				lo |= (uint16_t)(1u << x);
		if (!lo)
			continue;
		struct nib_bucket *a = &b[nb > 1 ? --nb : nb];  /* never all of them */
		a->m[0][0] |= lo;
		a->m[0][1] |= (uint16_t)(1u << hi);
		a->m[1][0] = a->m[1][1] = a->m[2][0] = a->m[2][1] = 0xFFFF;
	}
	for (uint32_t g = 0x800 >> 6; g < 0x10000 >> 6; g++) {
		uint64_t any;  /* the group's 64 start bits */
		memcpy(&any, t->start + g * 8, 8);
		if (!any)
			continue;
		struct nib_bucket add = {{{0}}};
		for (uint32_t cp = g << 6; cp < (g + 1) << 6; cp++) {
			if (!start_bit(t, cp))
				continue;
			unsigned char u[3] = {(unsigned char)(0xE0 | cp >> 12), (unsigned char)(0x80 | (cp >> 6 & 0x3F)),
			                      (unsigned char)(0x80 | (cp & 0x3F))};
			for (int k = 0; k < 3; k++) {
				add.m[k][0] |= (uint16_t)(1u << (u[k] & 15));
				add.m[k][1] |= (uint16_t)(1u << (u[k] >> 4));
			}
		}
		if (!add.m[0][0])
			continue;
		int best = 0;
		unsigned best_cost = ~0u;
		for (int j = 0; j < nb; j++) {
			struct nib_bucket m = b[j];
			for (int k = 0; k < 3; k++)
				for (int h = 0; h < 2; h++)
					m.m[k][h] |= add.m[k][h];
			unsigned cost = nib_room(&m) - nib_room(&b[j]);
			if (cost < best_cost)
				best = j, best_cost = cost;
		}
		for (int k = 0; k < 3; k++)
			for (int h = 0; h < 2; h++)
				b[best].m[k][h] |= add.m[k][h];
	}
	memset(t->nib, 0, sizeof t->nib);
	for (int j = 0; j < NB; j++)
		for (int k = 0; k < 3; k++)
			for (int h = 0; h < 2; h++)
				for (int x = 0; x < 16; x++)
					if (b[j].m[k][h] >> x & 1)
						t->nib[j / 8][k][h][x] |= (uint8_t)(1u << j % 8);
}

/* Qualifiers looked up by the code point next to the number (the first
 * of one written after it, the last of one written before it), with a bit
 * set of their first or last two bytes to rule most places out at once. */
static void quals_ready(struct gw_qty_tables *t)
{
	t->qa = gw_xmalloc((t->nq + 1) * sizeof *t->qa);
	t->qb = gw_xmalloc((t->nq + 1) * sizeof *t->qb);
	t->qf = gw_xmalloc((t->nq + 1) * sizeof *t->qf);
	size_t na = 0, nb = 0, nf = 0;
	for (unsigned b = 0; b < 64; b++) {
		t->qa_start[b] = na;
		t->qb_start[b] = nb;
		t->qf_start[b] = nf;
		for (size_t k = 0; k < t->nq; k++) {
			const struct gw_qty_qual *q = &t->q[k];
			int len;
			if (!q->before && cp_at((const unsigned char *)q->w, q->wl, &len) % 64 == b)
				t->qa[na++] = k;
			if (q->before && cp_before((const unsigned char *)q->w, q->wl, &len) % 64 == b)
				t->qb[nb++] = k;
			if (q->before && cp_at((const unsigned char *)q->w, q->wl, &len) % 64 == b)
				t->qf[nf++] = k;
		}
	}
	for (size_t k = 0; k < t->nq; k++) {
		const struct gw_qty_qual *q = &t->q[k];
		const unsigned char *w = (const unsigned char *)q->w;
		int *off = q->before ? &t->qkey_b_off : &t->qkey_a_off;
		if (q->wl < 2) {
			*off = 1;
			continue;
		}
		unsigned key = q->before ? qkey(w[q->wl - 2], w[q->wl - 1]) : qkey(w[0], w[1]);
		(q->before ? t->qkey_b : t->qkey_a)[key >> 6] |= 1ull << (key & 63);
	}
	t->qa_start[64] = na;
	t->qb_start[64] = nb;
	t->qf_start[64] = nf;
}

/* Units longest first in buckets by their first code point; currencies. */
static void units_ready(struct gw_qty_tables *t)
{
	qsort(t->u, t->nu, sizeof *t->u, unit_order);
	currencies_ready(t);
	t->ubucket = gw_xmalloc((NBUCKET + 1) * sizeof *t->ubucket);
	size_t k = 0;
	for (unsigned b = 0; b <= NBUCKET; b++) {
		while (k < t->nu && t->u[k].cp0 % NBUCKET < b)
			k++;
		t->ubucket[b] = k;
	}
}

/* The characters a candidate may start at, as a bit set, as a table by
 * a 3-byte character's first two bytes, and as the wide scan's filter. */
static void starts_ready(struct gw_qty_tables *t)
{
	/* Candidates start at digits, 十, 第 (ordinals), 负 (negatives),
	 * 百 千 万 亿 (百分之五, 亿元以上) and '-' */
	memset(t->start, 0, sizeof t->start);
	for (uint32_t cp = '0'; cp <= '9'; cp++)
		set_bit(t, cp);
	for (uint32_t cp = 0xFF10; cp <= 0xFF19; cp++)
		set_bit(t, cp);
	for (uint32_t cp = gw_numeral_han_next(0x800); cp < 0x10000; cp = gw_numeral_han_next(cp + 1)) {
		char b[4];
		int l = gw_utf8_encode(cp, b), len, v, ar;
		int c = gw_numeral_class((const unsigned char *)b, (size_t)l, &len, &v, &ar);
		if (c == NC_DIGIT || (c == NC_SMALL && v == 1))
			set_bit(t, cp);
	}
	set_bit(t, 0x7B2C); set_bit(t, 0x8D1F); set_bit(t, 0x8CA0); set_bit(t, 0x767E); set_bit(t, 0x5343);
	set_bit(t, 0x4E07); set_bit(t, 0x4F70); set_bit(t, 0x4EDF); set_bit(t, 0x842C); set_bit(t, 0x4EBF); set_bit(t, 0x5104); set_bit(t, '-'); set_bit(t, 0x2212); set_bit(t, 0xFF0D);
	for (size_t k = 0; k < 0x4000; k++)
		t->start3[k] = (k & 0xF0) == 0xE0 ? 0 : ~0ull;
	for (uint32_t cp = 0x800; cp < 0x10000; cp++)
		if (start_bit(t, cp))
			t->start3[(0xE0 | (cp >> 12 & 0x0F)) | (cp >> 6 & 0x3F) << 8] |= 1ull << (cp & 0x3F);
	scan_filter_ready(t);
}

/* Each not-number word is found from every candidate start in it: the
 * (start, next character) pairs sorted, and their runs in a hash table. */
static void notnumbers_ready(struct gw_qty_tables *t)
{
	for (size_t e = 0; e < t->nx; e++) {
		const unsigned char *w = (const unsigned char *)t->x[e].w;
		for (size_t off = 0; off < t->x[e].wl;) {
			int len;
			uint32_t cp = cp_at(w + off, t->x[e].wl - off, &len);
			if (start_bit(t, cp)) {
				if (t->nxr == t->capxr) {
					t->capxr = t->capxr ? 2 * t->capxr : 512;
					t->xr = gw_xrealloc(t->xr, t->capxr * sizeof *t->xr);
				}
				int l2;
				uint32_t nx = off + (size_t)len < t->x[e].wl ? cp_at(w + off + len, t->x[e].wl - off - (size_t)len, &l2) : 0;
				t->xr[t->nxr++] = (struct gw_qty_notref){cp, nx, off, e};
			}
			off += (size_t)len;
		}
	}
	qsort(t->xr, t->nxr, sizeof *t->xr, ref_order);
	/* the runs of equal (cp, next) in a hash table, open addressing */
	size_t size = 64;
	while (size < 4 * t->nxr + 4)
		size *= 2;
	t->xg = gw_xmalloc(size * sizeof *t->xg);
	memset(t->xg, 0, size * sizeof *t->xg);
	t->xgmask = size - 1;
	for (size_t k = 0; k < t->nxr;) {
		size_t e = k;
		while (e < t->nxr && t->xr[e].cp == t->xr[k].cp && t->xr[e].next == t->xr[k].next)
			e++;
		size_t h = notgroup_hash(t->xr[k].cp, t->xr[k].next) & t->xgmask;
		while (t->xg[h].to)
			h = (h + 1) & t->xgmask;
		t->xg[h] = (struct gw_qty_notgroup){t->xr[k].cp, t->xr[k].next, k, e};
		k = e;
	}
}

void gw_qty_tables_ready(struct gw_qty_tables *t)
{
	for (int c = 0; c < QW_NCLASS; c++)
		words_ready(&t->words[c]);
	quals_ready(t);
	units_ready(t);
	starts_ready(t);
	notnumbers_ready(t);
}

/* Longest unit written at s. A unit ending in an ASCII letter must not
 * be followed by one (5G is not 5 g). */
static const struct gw_qty_unit *unit_at(const struct gw_qty_tables *t, const char *s, size_t n)
{
	int len;
	if (!n)
		return NULL;
	uint32_t cp = cp_at((const unsigned char *)s, n, &len);
	unsigned b = cp % NBUCKET;
	uint64_t head = head_word((const unsigned char *)s, n);
	for (size_t k = t->ubucket[b]; k < t->ubucket[b + 1]; k++) {
		const struct gw_qty_unit *u = &t->u[k];
		/* most units are two characters or less: the word compare is
		 * the whole test */
		if (u->cp0 != cp || u->wl > n || (head & u->headmask) != u->head || (u->wl > 8 && memcmp(u->w, s, u->wl)))
			continue;
		/* km is not k, m2 is not m: an ASCII unit ends where the letters
		 * and digits end */
		if (is_alpha((unsigned char)u->w[u->wl - 1]) && u->wl < n &&
		    (is_alpha((unsigned char)s[u->wl]) || (s[u->wl] >= '0' && s[u->wl] <= '9')))
			continue;
		return u;
	}
	return NULL;
}

static int atomic_unit(void *arg, const char *s, size_t n)
{
	const struct gw_qty_unit *u = unit_at(arg, s, n);
	return u && u->atomic;
}

/* Where a qualifier is looked for: an after-qualifier starting at i, a
 * before-qualifier starting at i (the second bound of 大于10小于20), or a
 * before-qualifier ending at i (right before the number). */
enum { QF_AFTER, QF_START, QF_END };

/* The longest qualifier of that kind at i; each kind has its index by the
 * code point next to the number. */
static inline __attribute__((always_inline)) const struct gw_qty_qual *qual_find(const struct gw_qty_tables *t, const char *s, size_t n, size_t i, int where)
{
	const struct gw_qty_qual *best = NULL;
	const size_t *idx = where == QF_AFTER ? t->qa : where == QF_START ? t->qf : t->qb;
	const size_t *start = where == QF_AFTER ? t->qa_start : where == QF_START ? t->qf_start : t->qb_start;
	int back = where == QF_END, len;
	size_t room = back ? i : n - i;
	if (!room)
		return NULL;
	const unsigned char *u = (const unsigned char *)s;
	if (room >= 2 && where != QF_START && !(back ? t->qkey_b_off : t->qkey_a_off)) {
		/* most numbers have no qualifier: two bytes say so */
		unsigned key = back ? qkey(u[i - 2], u[i - 1]) : qkey(u[i], u[i + 1]);
		if (!((back ? t->qkey_b : t->qkey_a)[key >> 6] >> (key & 63) & 1))
			return NULL;
	}
	unsigned b = (back ? cp_before(u, i, &len) : cp_at(u + i, room, &len)) % 64;
	for (size_t k = start[b]; k < start[b + 1]; k++) {
		const struct gw_qty_qual *q = &t->q[idx[k]];
		if (q->wl <= room && !memcmp(q->w, back ? s + i - q->wl : s + i, q->wl) && (!best || q->wl > best->wl))
			best = q;
	}
	return best && best->bound == QB_NOT ? NULL : best;  /* 签约 holds no 约 */
}

/* A qualifier before the number, also with a copula between them:
 * 至少为6%, 最多是10家, 约有5万人, 达到了35%. */
static const struct gw_qty_qual *qual_before_cop(struct gw_qty_scan *sc, const char *s, size_t i)
{
	const struct gw_qty_qual *q = qual_find(sc->t, s, i, i, QF_END);
	if (!q && i > 0 && s[i - 1] == ' ') {
		/* 不低于 5%: blanks after a qualifier of two characters or more */
		size_t k = i;
		while (k > 0 && i - k < 4 && s[k - 1] == ' ')
			k--;
		q = qual_find(sc->t, s, k, k, QF_END);
		return q && q->wl >= 6 ? q : NULL;
	}
	if (q || i < 6)
		return q;
	unsigned char last = (unsigned char)s[i - 1];  /* 了 是 为 有 end in 86 AF BA 89 */
	if (!((last == 0x86 && ends(s, i, "了")) || (last == 0xAF && ends(s, i, "是")) ||
	      (last == 0xBA && ends(s, i, "为")) || (last == 0x89 && ends(s, i, "有"))))
		return NULL;
	const struct gw_qty_qual *b = qual_find(sc->t, s, i - 3, i - 3, QF_END);
	if (!b || !b->before || b->wl + 3 >= sizeof sc->qvbuf)
		return NULL;
	memcpy(sc->qvbuf, s + i - 3 - b->wl, b->wl + 3);
	sc->qvbuf[b->wl + 3] = 0;
	sc->qv = *b;
	sc->qv.w = sc->qvbuf;
	sc->qv.wl = b->wl + 3;
	return &sc->qv;
}

static void not_in(const struct gw_qty_tables *t, const char *s, size_t n, size_t i, uint32_t cp, uint32_t next,
    const struct gw_qty_not **best, size_t *at)
{
	size_t h = notgroup_hash(cp, next) & t->xgmask;
	while (t->xg[h].to && (t->xg[h].cp != cp || t->xg[h].next != next))
		h = (h + 1) & t->xgmask;
	for (size_t k = t->xg[h].from; k < t->xg[h].to; k++) {
		const struct gw_qty_not *x = &t->x[t->xr[k].ent];
		size_t off = t->xr[k].off;
		if (off > i || i - off + x->wl > n)
			continue;
		/* the first eight bytes by one word compare, memcmp only after */
		const unsigned char *p = (const unsigned char *)s + i - off;
		if ((head_word(p, n - (i - off)) & x->headmask) != x->head || (x->wl > 8 && memcmp(p, x->w, x->wl)))
			continue;
		if (!*best || x->wl > (*best)->wl) {
			*best = x;
			*at = i - off;
		}
	}
}

/* A not-number word covering the candidate at s[i] (code point cp, len
 * bytes): its start in *at. The words are found by the candidate's code
 * point and the one after it (or by the candidate alone where it ends
 * the word). */
static const struct gw_qty_not *not_at(const struct gw_qty_tables *t, const char *s, size_t n, size_t i,
    uint32_t cp, int len, size_t *at)
{
	const struct gw_qty_not *best = NULL;
	int l2;
	uint32_t next = i + (size_t)len < n ? cp_at((const unsigned char *)s + i + len, n - i - (size_t)len, &l2) : 0;
	if (next)
		not_in(t, s, n, i, cp, next, &best, at);
	not_in(t, s, n, i, cp, 0, &best, at);
	return best;
}

/* ---- scanning ---- */

void gw_qty_scan_init(struct gw_qty_scan *sc, const struct gw_qty_tables *t, int all)
{
	memset(sc, 0, sizeof *sc);
	sc->t = t;
	sc->all = all;
}

void gw_qty_scan_free(struct gw_qty_scan *sc)
{
	gw_numeral_free(&sc->a);
	gw_numeral_free(&sc->b);
	gw_dec_free(&sc->v);
	gw_dec_free(&sc->w);
	gw_buf_free(&sc->q.value); gw_buf_free(&sc->q.low); gw_buf_free(&sc->q.high); gw_buf_free(&sc->q.qual);
	gw_buf_free(&sc->tmp);
}

static void row_reset(struct gw_qty_scan *sc)
{
	struct gw_qty *q = &sc->q;
	gw_buf_clear(&q->value); gw_buf_clear(&q->low); gw_buf_clear(&q->high); gw_buf_clear(&q->qual);
	q->unit = ""; q->unitlen = 0;
	q->kind = "number";
}

static void add_qual_text(struct gw_qty_scan *sc, const char *w, size_t n)
{
	if (sc->q.qual.len)
		gw_buf_addc(&sc->q.qual, ',');
	gw_buf_add(&sc->q.qual, w, n);
}

/* The longest word of list written at s+j becomes a qualifier (10月底,
 * 2022年上半年); returns the position after it, or j. */
static size_t take_qual_word(struct gw_qty_scan *sc, const char *s, size_t n, size_t j, const struct gw_qty_words *list)
{
	const struct gw_qty_word *w = word_at(list, s, n, j);
	if (!w)
		return j;
	add_qual_text(sc, w->w, w->l);
	return j + w->l;
}

/* Clause delimiters: ，,；;。！？!? TAB | (table cells). */
static size_t delim_len_at(const unsigned char *s, size_t j, size_t n)
{
	const unsigned char *p = s + j;
	size_t m = n - j, w = 0;
	if (!m) return 0;
	if (p[0] == ',' || p[0] == ';' || p[0] == '!' || p[0] == '?' || p[0] == '\t' || p[0] == '|')
		w = 1;
	else if (m >= 3 && p[0] == 0xEF && p[1] == 0xBC && (p[2] == 0x8C || p[2] == 0x9B || p[2] == 0x81 || p[2] == 0x9F))
		w = 3;
	else if (m >= 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x82)
		w = 3;
	/* the comma of 1,234 does not end a clause */
	if (w && (p[0] == ',' || (w == 3 && p[2] == 0x8C)) && j > 0 && s[j - 1] >= '0' && s[j - 1] <= '9' &&
	    j + w + 3 <= n && is_digit(s[j + w]) && is_digit(s[j + w + 1]) && is_digit(s[j + w + 2]) &&
	    (j + w + 3 == n || !is_digit(s[j + w + 3])))
		return 0;
	return w;
}

/* The first bytes delim_len_at may accept: most bytes need no call */
static inline int may_delim(unsigned char c)
{
	/* those below 64 as the bits of one word: one test for digits */
	const uint64_t low = 1ull << '\t' | 1ull << '!' | 1ull << ',' | 1ull << ';' | 1ull << '?';
	return c < 64 ? (int)(low >> c & 1) : c == '|' || c == 0xEF || c == 0xE3;
}

enum { CLAUSE_MAX = 240 };  /* bytes each side: about 80 Chinese characters */

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define CLAUSE_AVX2 1
/* The bytes of may_delim in the 32 at p, as bits: each of the eight
 * has a bit of its own, set in the table of its low nibble and in that
 * of its high nibble, so a byte has a bit in both lookups only if it is
 * one of them. */
__attribute__((target("avx2")))
static unsigned delim_bits32(const unsigned char *p)
{
	/* bits: TAB ! , ; ? | E3 EF */
	const __m256i lo = _mm256_setr_epi8(0, 2, 0, 64, 0, 0, 0, 0, 0, 1, 0, 8, 4 | 32, 0, 0, 16 | (char)128,
	                                    0, 2, 0, 64, 0, 0, 0, 0, 0, 1, 0, 8, 4 | 32, 0, 0, 16 | (char)128);
	const __m256i hi = _mm256_setr_epi8(1, 0, 2 | 4, 8 | 16, 0, 0, 0, 32, 0, 0, 0, 0, 0, 0, 64 | (char)128, 0,
	                                    1, 0, 2 | 4, 8 | 16, 0, 0, 0, 32, 0, 0, 0, 0, 0, 0, 64 | (char)128, 0);
	const __m256i low = _mm256_set1_epi8(0x0F);
	__m256i v = _mm256_loadu_si256((const __m256i *)p);
	__m256i m = _mm256_and_si256(_mm256_shuffle_epi8(lo, _mm256_and_si256(v, low)),
	                             _mm256_shuffle_epi8(hi, _mm256_and_si256(_mm256_srli_epi16(v, 4), low)));
	return ~(unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(m, _mm256_setzero_si256()));
}
#endif

/* The first byte of may_delim in s[j..e), or e. Those bytes are ASCII or
 * lead bytes: each starts a character. */
static size_t next_may_delim(const unsigned char *s, size_t j, size_t e)
{
#ifdef CLAUSE_AVX2
	if (gw_have_avx2())
		for (; e - j >= 32; j += 32) {
			unsigned m = delim_bits32(s + j);
			if (m)
				return j + (size_t)__builtin_ctz(m);
		}
#endif
	while (j < e && !may_delim(s[j]))
		j++;
	return j;
}

/* The last byte of may_delim in s[b..e), or SIZE_MAX */
static size_t last_may_delim(const unsigned char *s, size_t b, size_t e)
{
#ifdef CLAUSE_AVX2
	if (gw_have_avx2())
		for (; e - b >= 32; e -= 32) {
			unsigned m = delim_bits32(s + e - 32);
			if (m)
				return e - 1 - (size_t)__builtin_clz(m);
		}
#endif
	while (e > b)
		if (may_delim(s[--e]))
			return e;
	return SIZE_MAX;
}

/* Where the clause of a span starting at b0 starts: after the last
 * delimiter that ends less than CLAUSE_MAX bytes before b0, else at the
 * last character boundary CLAUSE_MAX bytes or more before it (or 0). The
 * delimiters are found by their first bytes (may_delim), so the text
 * between them is not walked a character at a time. */
static size_t clause_start(const unsigned char *s, size_t n, size_t b0)
{
	size_t lim = b0 > CLAUSE_MAX ? b0 - CLAUSE_MAX : 0;  /* a delimiter must end after it */
	size_t lo = lim > 2 ? lim - 2 : 0, e = b0, j, w;
	while ((j = last_may_delim(s, lo, e)) != SIZE_MAX) {
		if (j + char_len(s[j]) > lim && (w = delim_len_at(s, j, n)))
			return j + w;
		e = j;
	}
	if (b0 < CLAUSE_MAX)
		return 0;
	while (lim > 0 && (s[lim] & 0xC0) == 0x80)  /* back to a character boundary */
		lim--;
	return lim;
}

/* Where the clause of a span ending at b1 ends: at the first delimiter
 * that starts less than CLAUSE_MAX bytes after b1, else at the first
 * character boundary CLAUSE_MAX bytes or more after it (or n). */
static size_t clause_end(const unsigned char *s, size_t n, size_t b1)
{
	size_t lim = n - b1 > CLAUSE_MAX ? b1 + CLAUSE_MAX : n, j = b1;
	while ((j = next_may_delim(s, j, lim)) < lim) {
		if (delim_len_at(s, j, n))
			return j;
		j++;
	}
	while (lim < n && (s[lim] & 0xC0) == 0x80)  /* on to a character boundary */
		lim++;
	return lim;
}

static void clause(struct gw_qty_scan *sc, const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t b0 = sc->q.b0, b1 = sc->q.b1, c0 = b0, c1 = b1;
	if (sc->cl_ok && sc->cl_s == str && b0 >= sc->cl_b1 && b1 <= sc->cl_c1 &&
	    b0 - sc->cl_c0 + 8 < CLAUSE_MAX && sc->cl_c1 - b1 + 8 < CLAUSE_MAX) {
		/* a later row of the same clause: the walks below would stop
		 * at the same delimiters (none between the rows, none in the
		 * last span, both ends well inside the limit) */
		c0 = sc->cl_c0;
		c1 = sc->cl_c1;
	} else {
		c0 = clause_start(s, n, b0);
		c1 = clause_end(s, n, b1);
		sc->cl_s = str;
		sc->cl_c0 = c0;
		sc->cl_c1 = c1;
	}
	/* reusable if both ends are delimiters or the text's ends and the
	 * span itself holds no delimiter (a range 1000以上，1500以下 does) */
	sc->cl_b1 = b1;
	sc->cl_ok = (c0 == 0 || b0 - c0 + 8 < CLAUSE_MAX) && (c1 == n || c1 - b1 + 8 < CLAUSE_MAX);
	for (size_t k = b0; sc->cl_ok && k < b1; k++)
		if (may_delim(s[k]) && delim_len_at(s, k, n))
			sc->cl_ok = 0;
	/* leading blanks: ASCII, NBSP, U+2000-U+200B, U+3000 */
	for (;;) {
		if (c0 < b0 && s[c0] == ' ') { c0++; continue; }
		if (c0 + 2 <= b0 && s[c0] == 0xC2 && s[c0 + 1] == 0xA0) { c0 += 2; continue; }
		if (c0 + 3 <= b0 && s[c0] == 0xE2 && s[c0 + 1] == 0x80 && s[c0 + 2] <= 0x8B) { c0 += 3; continue; }
		if (c0 + 3 <= b0 && s[c0] == 0xE3 && s[c0 + 1] == 0x80 && s[c0 + 2] == 0x80) { c0 += 3; continue; }
		break;
	}
	while (c1 > b1 && s[c1 - 1] == ' ') c1--;
	sc->q.c0 = c0;
	sc->q.c1 = c1;
}

static void emit(struct gw_qty_scan *sc, const char *s, size_t n)
{
	sc->q.rule = sc->rule;
	clause(sc, s, n);
	sc->emit(sc->arg, &sc->q, s, n);
}

static void fmt(struct gw_buf *out, const struct gw_dec *x, int neg)
{
	gw_buf_clear(out);
	struct gw_dec y = *x;
	y.neg = neg && !gw_dec_is_zero(x);
	gw_dec_format(&y, out);
}

/* value * unit scale into sc->v */
static void scaled(const struct gw_dec *x, const struct gw_qty_unit *u, struct gw_dec *out)
{
	if (u && !(u->scale.d.len == 1 && u->scale.d.p[0] == '1' && u->scale.exp == 0))
		gw_dec_mul(out, x, &u->scale);
	else
		gw_dec_copy(out, x);
}

/* Small helpers reading the text after a number. */
static long read_small_int(const char *s, size_t n, size_t *i, int maxd)
{
	long v = 0;
	int d = 0;
	while (*i < n && s[*i] >= '0' && s[*i] <= '9' && d < maxd) {
		v = v * 10 + (s[*i] - '0');
		(*i)++; d++;
	}
	if (!d || (*i < n && s[*i] >= '0' && s[*i] <= '9'))
		return -1;
	return v;
}

/* Chinese or Arabic integer 1..max at s+i (numeral grammar), advancing *i. */
static long read_int(struct gw_qty_scan *sc, const char *s, size_t n, size_t *i, long max)
{
	struct gw_numeral *b = &sc->b;
	size_t l = gw_numeral_parse(s + *i, n - *i, b, NULL, NULL);
	if (!l || b->point || b->direct)
		return -1;
	long long v = gw_dec_small_int(&b->val);
	if (v < 1 || v > max)
		return -1;
	*i += l;
	return (long)v;
}

static void put2(struct gw_buf *b, long v)
{
	gw_buf_addc(b, (char)('0' + v / 10 % 10));
	gw_buf_addc(b, (char)('0' + v % 10));
}

/* H:MM[:SS] at s+i (after the hour was read); returns the end or 0. */
static size_t read_time(const char *s, size_t n, size_t i, long h, struct gw_buf *out)
{
	if (h < 0 || h > 24 || i >= n || s[i] != ':')
		return 0;
	size_t j = i + 1;
	long m = read_small_int(s, n, &j, 2);
	if (m < 0 || m > 59 || j - i != 3)
		return 0;
	put2(out, h); gw_buf_addc(out, ':'); put2(out, m);
	if (j < n && s[j] == ':') {
		size_t k = j + 1;
		long sec = read_small_int(s, n, &k, 2);
		if (sec >= 0 && sec <= 60 && k - j == 3) {
			gw_buf_addc(out, ':'); put2(out, sec);
			j = k;
		}
	}
	return j;
}

/* Range separators between two numbers. */
static size_t range_sep(const char *s, size_t n, size_t i)
{
	static const struct gw_qty_word seps[] = {WORD("——"), WORD("—"), WORD("–"), WORD("--"), WORD("-"), WORD("~"),
		WORD("～"), WORD("至"), WORD("到"), WORD("－"), WORD("―"), {NULL, 0}};
	if (i + 2 < n && s[i] == ' ' && (s[i + 1] == '-' || s[i + 1] == '~') && s[i + 2] == ' ')
		return 3;  /* 20 - 100个 */
	if (i >= n)
		return 0;
	/* by the first byte: 至 and 到 share their lead bytes with much of
	 * the text, so test them alone */
	switch ((unsigned char)s[i]) {
	case 0xE8: return has(s, n, i, "至") ? 3 : 0;
	case 0xE5: return has(s, n, i, "到") ? 3 : 0;
	case '-': case '~': case 0xE2: case 0xEF:
		for (int k = 0; seps[k].w; k++)
			if (has_word(s, n, i, &seps[k]))
				return seps[k].l;
	}
	return 0;
}

/* Qualifiers written after the number or unit: 左右 以上 余 多 ... */
static size_t quals_after(struct gw_qty_scan *sc, const char *s, size_t n, size_t i, int *bound)
{
	for (int k = 0; k < 3; k++) {
		const struct gw_qty_qual *q = qual_find(sc->t, s, n, i, QF_AFTER);
		if (!q && i < n && s[i] == ' ') {
			/* 5% 以上, 170 之下: blanks before a qualifier of two
			 * characters or more (never before 余, 多) */
			size_t b = sp(s, n, i);
			q = qual_find(sc->t, s, n, i + b, QF_AFTER);
			if (q && q->wl < 6)
				q = NULL;
			if (q)
				i += b;
		}
		if (!q)
			break;
		add_qual_text(sc, q->w, q->wl);
		if (q->bound != QB_NONE)
			*bound = q->bound;
		i += q->wl;
	}
	return i;
}



/* The measure word of an ordinal at s[e] (第五届, 第一次): its length or 0 */
static size_t ordinal_word(const struct gw_qty_tables *t, const char *s, size_t n, size_t e)
{
	const struct gw_qty_word *w = word_at(&t->words[QW_ORDINAL], s, n, e);
	return w ? w->l : 0;
}

/* 国道307: a road number after the class of road */
static int road_before(const struct gw_qty_tables *t, const char *s, size_t p)
{
	return word_before(&t->words[QW_ROAD], s, p) != NULL;
}

/* 二十大精神: the words after a congress's 大 */
static int congress_next(const struct gw_qty_tables *t, const char *s, size_t n, size_t i)
{
	return word_at(&t->words[QW_CONGRESS], s, n, i) != NULL;
}

/* A currency other than 元 named before the number (港币两千九百六十元,
 * 新台币 177.1 亿元) */
static const struct gw_qty_unit *currency_before(const struct gw_qty_tables *t, const char *s, size_t i)
{
	if (i > 0 && s[i - 1] == ' ')
		i--;
	for (size_t k = 0; k < t->ncur; k++)
		if (ends_word(s, i, &(struct gw_qty_word){t->cur[k]->w, t->cur[k]->wl}))
			return t->cur[k];
	return NULL;
}

/* ... or right after 元 (三万元欧元) */
static const struct gw_qty_unit *currency_at(const struct gw_qty_tables *t, const char *s, size_t n, size_t i)
{
	for (size_t k = 0; k < t->ncur; k++)
		if (has_word(s, n, i, &(struct gw_qty_word){t->cur[k]->w, t->cur[k]->wl}))
			return t->cur[k];
	return NULL;
}

/* s is the word w of one three-byte character (个, 元): strcmp without
 * the call; the tests stop at the first byte that differs */
static inline int is3(const char *s, const char *w)
{
	return s[0] == w[0] && s[1] == w[1] && s[2] == w[2] && !s[3];
}

/* Measure words that count things (个 家 项 人 ...), as opposed to
 * units of measure, money and time. */
static int count_word(const struct gw_qty_tables *t, const struct gw_qty_unit *un)
{
	if (!un)
		return 0;
	const struct gw_qty_words *l = &t->words[QW_MEASURE];
	size_t cl = strlen(un->canon);
	for (size_t k = 0; k < l->n; k++)
		if (l->w[k].l == cl && !memcmp(l->w[k].w, un->canon, cl))
			return 1;
	return 0;
}

static int is_open_quote(uint32_t c) { return c == 0x201C || c == 0x300C || c == 0x300E; }
static int is_close_quote(uint32_t c) { return c == 0x201D || c == 0x300D || c == 0x300F; }

/* “三个坚决”, “四个一”, “两个100%”: a short quoted phrase that starts
 * with the number is a slogan. Returns the end of its text (before the
 * closing quote), 0 if p does not start one. */
static size_t slogan_end(const unsigned char *u, size_t n, size_t p)
{
	int l;
	if (!is_open_quote(cp_before(u, p, &l)))
		return 0;
	for (size_t k = p, m = 0, lim = 10; k < n && m < lim; m++) {
		uint32_t c = cp_at(u + k, n - k, &l);
		if (is_close_quote(c))
			return k > p ? k : 0;
		if (c == 0x3001 && k + 3 < n && gw_numeral_class(u + k + 3, n - k - 3, &(int){0}, &(int){0}, &(int){0}) == NC_DIGIT &&
		    !(u[k + 3] < 0x80 || u[k + 3] == 0xEF)) {
			lim = m + 10;  /* “三个定位、两个率先”: a list of slogans, each one as long */
			k += (size_t)l;
			continue;
		}
		if (is_open_quote(c) || delim_len_at(u, k, n) || c == 0x3001)
			return 0;
		k += (size_t)l;
	}
	return 0;
}

/* Another count (a numeral other than a lone 一 with a measure word) in
 * the clause of the row in sc->q, outside its span. */
static int other_count(struct gw_qty_scan *sc, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	clause(sc, s, n);
	for (size_t k = sc->q.c0; k < sc->q.c1;) {
		int l, v, ar;
		if (k >= sc->q.b0 && k < sc->q.b1) {
			k = sc->q.b1;
			continue;
		}
		int c = gw_numeral_class(u + k, sc->q.c1 - k, &l, &v, &ar);
		if (c != NC_DIGIT && c != NC_SMALL) {
			cp_at(u + k, n - k, &l);
			k += (size_t)l;
			continue;
		}
		size_t lb = gw_numeral_parse(s + k, sc->q.c1 - k, &sc->b, atomic_unit, (void *)sc->t);
		if (!lb) { k += (size_t)l; continue; }
		int lone_yi = lb == 3 && has(s, n, k, "一");
		if (!lone_yi && count_word(sc->t, unit_at(sc->t, s + k + lb, n - k - lb)))
			return 1;
		k += lb;
	}
	return 0;
}

/* 40k, 12k个百分点, 百分之15K: k after Arabic digits is a thousand when
 * no unit (kg, km, kV) starts there and no letter follows. Returns the
 * bytes taken (0 or 1). */
static size_t kilo(const struct gw_qty_tables *t, struct gw_numeral *a, const char *s, size_t n, size_t e)
{
	if (!a->arabic || a->chinese || a->scaled || e >= n || (s[e] != 'k' && s[e] != 'K'))
		return 0;
	if (e + 1 < n && (is_alpha((unsigned char)s[e + 1]) || (s[e + 1] >= '0' && s[e + 1] <= '9')))
		return 0;
	if (unit_at(t, s + e, n - e))
		return 0;
	gw_dec_shift(&a->val, 3);
	a->plain = 0;
	a->scaled = 1;
	a->tail = 3;
	return 1;
}

/* Characters of a URL (RFC 3986 unreserved, reserved and %) */
static int url_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       (c > ' ' && c < 0x7F && strchr("-._~:/?#[]@!$&'()*+,;=%", c));
}

/* The end of the URL that s[i] is in (http://, https://, www.), or 0. */
static size_t url_end(const char *s, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t b = i;
	while (b > 0 && i - b < 2048 && url_char(u[b - 1]))
		b--;
	int url = 0;
	for (size_t k = b; k + 3 <= i && !url; k++)
		url = (u[k] == ':' && u[k + 1] == '/' && u[k + 2] == '/') ||
		      (k == b && k + 4 <= n && !memcmp(s + k, "www.", 4));
	if (!url)
		return 0;
	size_t e = i;
	while (e < n && url_char(u[e]))
		e++;
	return e;
}

static size_t skip_blanks(const char *s, size_t n, size_t i)
{
	while (i < n && s[i] == ' ')
		i++;
	return i;
}

/* 大于10小于20, 不大于50不小于20, 1000以上，1500以下: the other bound of
 * the quantity just read (bound `first`, value in sc->v, unit ua), written
 * after it at s[k]. On success the row becomes a range and the return is
 * where scanning goes on; 0 if there is none. */
static size_t other_bound(struct gw_qty_scan *sc, const char *s, size_t n, size_t k, int first,
    const struct gw_qty_unit *ua, size_t b0)
{
	const struct gw_qty_tables *t = sc->t;
	struct gw_qty *q = &sc->q;
	int want = first == QB_LOW ? QB_HIGH : QB_LOW;
	k = skip_blanks(s, n, k);
	const struct gw_qty_word *jw = word_at(&t->words[QW_BOUND_JOIN], s, n, k);
	if (jw)
		k += jw->l;
	k = skip_blanks(s, n, k);
	const struct gw_qty_qual *bq = qual_find(t, s, n, k, QF_START);
	size_t pb = k;
	if (bq) {
		if (bq->bound != want)
			return 0;
		pb = k + bq->wl;
	}
	size_t lb = gw_numeral_parse(s + pb, n - pb, &sc->b, atomic_unit, (void *)t);
	if (!lb || sc->b.direct || sc->b.approx)
		return 0;
	size_t eb = pb + lb;
	const struct gw_qty_unit *ub = unit_at(t, s + eb, n - eb);
	if (ub && ub->kind[0] != 'q' && ub->kind[0] != 'p')
		return 0;
	size_t e2 = ub ? eb + ub->wl : eb;
	const struct gw_qty_qual *aq = NULL;
	if (!bq) {
		aq = qual_find(t, s, n, e2, QF_AFTER);
		if (!aq || aq->bound != want)
			return 0;
	}
	if (ua && ub && strcmp(ua->canon, ub->canon))
		return 0;
	/* no unit: the two bound words still make it a quantity (大于10小于20),
	 * a range of the default mode as gw-numbers(1) says */
	const struct gw_qty_unit *un = ub ? ub : ua;
	/* the first value again in the unit of the second */
	if (!ua && ub)
		scaled(&sc->a.val, ub, &sc->v);
	scaled(&sc->b.val, un, &sc->w);
	const struct gw_dec *lo = first == QB_LOW ? &sc->v : &sc->w, *hi = first == QB_LOW ? &sc->w : &sc->v;
	if (gw_dec_cmp(lo, hi) >= 0)
		return 0;
	gw_buf_clear(&q->value);
	fmt(&q->low, lo, lo == &sc->v && sc->v.neg);
	fmt(&q->high, hi, hi == &sc->v && sc->v.neg);
	q->kind = "range";
	if (un) { q->unit = un->canon; q->unitlen = strlen(un->canon); }
	/* the span holds both bounds with their words: 大于10小于20,
	 * 1000以上，1500以下 */
	q->b0 = b0;
	if (bq) {
		add_qual_text(sc, bq->w, bq->wl);
		q->b1 = e2;
	} else {
		add_qual_text(sc, aq->w, aq->wl);
		q->b1 = e2 + aq->wl;
	}
	int b2 = QB_NONE;
	return quals_after(sc, s, n, q->b1, &b2);
}

/* .5: an ASCII point then a digit */
static inline int lead_point_at(const unsigned char *u, size_t n, size_t i)
{
	return i + 1 < n && u[i] == '.' && u[i + 1] >= '0' && u[i + 1] <= '9';
}

/* A number written .5 starts at the point when what comes before cannot
 * hold it: the start, a blank, an opening bracket, = or a list or clause
 * mark; never after a digit, letter or point (2022.5.1, v1.5, a.5) nor
 * after a Chinese character (a sentence ended with an ASCII point). */
static int lead_point_ok(const unsigned char *u, size_t i)
{
	if (i == 0)
		return 1;
	unsigned char b = u[i - 1];
	if (b == ' ' || b == '(' || b == '[' || b == '=' || b == ',' || b == ':' || b == '\t' || b == '+')
		return 1;
	int l;
	uint32_t c = cp_before(u, i, &l);
	return c == 0xFF08 || c == 0xFF0C || c == 0xFF1A || c == 0x3001 || c == 0xFF1D || c == 0x3000;  /* （ ， ： 、 ＝ U+3000 */
}

/* ---- the candidate rules ----
 *
 * A candidate is read by the rules of `rules` below, in order. Each rule
 * looks at the candidate (struct cand) and returns where scanning goes
 * on, or NEXT when it does not apply; some rules only read or adjust the
 * candidate for the rules after them (the sign, the numeral, the unit)
 * and always return NEXT unless they reject it. A rule that writes a row
 * is named in the row's rule column (gw-numbers --label). */

enum { NEXT = 0 };  /* every position a rule returns is past the candidate */

struct cand {
	const char *s; const unsigned char *u; size_t n;
	size_t i;                  /* where the candidate starts */
	uint32_t cp; int len;      /* its first code point */
	size_t p;                  /* where the numeral starts (after 负 or -) */
	int neg;
	size_t l, e;               /* the numeral's length and end */
	size_t un_pos;             /* the unit at un_pos, looked up once */
	const struct gw_qty_unit *un_e;
	int bound;                 /* QB_* from the qualifiers read so far */
	size_t j;                  /* after the qualifiers after the number */
	const struct gw_qty_unit *ua; /* the unit at j */
	size_t ja;                 /* after the unit */
	int lead_scale;            /* a scale word alone may be the number */
};

/* Put w before the qualifiers already read (they were written after it). */
static void prepend_qual(struct gw_qty_scan *sc, const char *w, size_t wl)
{
	struct gw_buf *qb = &sc->q.qual;
	size_t old = qb->len, add = wl + (old ? 1 : 0);
	gw_buf_reserve(qb, add);
	memmove(qb->p + add, qb->p, old);
	memcpy(qb->p, w, wl);
	if (old)
		qb->p[wl] = ',';
	qb->len = old + add;
	qb->p[qb->len] = 0;
}

/* The qualifier before the number (qual_before_cop), added to the row's
 * qualifiers (in front of the ones after the number when front) and its
 * bound to *bound. Returns it. */
static inline const struct gw_qty_qual *qual_before_take(struct gw_qty_scan *sc, const char *s, size_t i, int *bound, int front)
{
	const struct gw_qty_qual *bq = qual_before_cop(sc, s, i);
	if (!bq)
		return NULL;
	if (front)
		prepend_qual(sc, bq->w, bq->wl);
	else
		add_qual_text(sc, bq->w, bq->wl);
	if (bound && bq->bound != QB_NONE)
		*bound = bq->bound;
	return bq;
}

/* A point value with a lower or upper bound word is also that bound. */
static inline void set_bound(struct gw_qty *q, int bound)
{
	if (bound == QB_LOW) gw_buf_adds(&q->low, q->value.p);
	if (bound == QB_HIGH) gw_buf_adds(&q->high, q->value.p);
}

static void set_unit(struct gw_qty *q, const char *canon)
{
	q->unit = canon;
	q->unitlen = strlen(canon);
}

static inline __attribute__((always_inline)) size_t rule_url(struct gw_qty_scan *sc, struct cand *c)
{
	(void)sc;
	if (c->cp < 0x80 && c->i > 0 && url_char((unsigned char)c->s[c->i - 1]) && c->s[c->i - 1] != '-') {
		/* 2022/01/t20220130_123.html in a link is no date */
		size_t ue = url_end(c->s, c->n, c->i);
		if (ue)
			return ue;
	}
	return NEXT;
}

/* A word of not-numbers.txt (一流, 十四五) covering the candidate */
static inline __attribute__((always_inline)) size_t rule_not_number(struct gw_qty_scan *sc, struct cand *c)
{
	size_t at, i = c->i;
	if (c->cp < 0x80 || fen_zhi(c->s, c->n, i + (size_t)c->len))  /* 十分之一 is not 十分 */
		return NEXT;
	const struct gw_qty_not *x = not_at(sc->t, c->s, c->n, i, c->cp, c->len, &at);
	if (!x)
		return NEXT;
	if (x->name && sc->all) {
		sc->q.b0 = at; sc->q.b1 = at + x->wl; sc->q.kind = "name";
		emit(sc, c->s, c->n);
	}
	return at + x->wl > i + (size_t)c->len ? at + x->wl : i + (size_t)c->len;
}

/* - − － 负 before a number: a negative; else no candidate */
static inline __attribute__((always_inline)) size_t rule_sign(struct gw_qty_scan *sc, struct cand *c)
{
	(void)sc;
	const unsigned char *u = c->u;
	size_t i = c->i, n = c->n, len = (size_t)c->len;
	if (c->cp == 0x8CA0)
		c->cp = 0x8D1F;  /* 負 is 负 */
	uint32_t cp = c->cp;
	if (cp != '-' && cp != 0x2212 && cp != 0xFF0D && cp != 0x8D1F)
		return NEXT;
	int pl;
	uint32_t pc = cp_before(u, i, &pl);
	if (cp != 0x8D1F && (is_digit(pc) || is_alpha(pc)))
		return i + len;
	int l2, v2, a2;
	int c2 = gw_numeral_class(u + i + len, n - i - len, &l2, &v2, &a2);
	if (cp == '-' && lead_point_at(u, n, i + len)) {
		c2 = NC_DIGIT;  /* -.5 */
		a2 = 1;
	}
	if (c2 != NC_DIGIT && !(cp == 0x8D1F && c2 == NC_SMALL && v2 == 1))
		return i + len;
	/* a minus sign is ASCII before Arabic digits, never part of ---二○二二 */
	if (cp != 0x8D1F && (!a2 || pc == '-' || pc == 0x2014 || pc == 0x2212))
		return i + len;
	c->neg = 1;
	c->p = i + len;
	return NEXT;
}

/* 第一，… 第二、…: an ordinal without a measure word that opens a clause
 * and is followed by a comma or colon is a list marker, no quantity */
static int list_marker(const unsigned char *u, size_t n, size_t i, size_t e)
{
	int l;
	uint32_t after = cp_at(u + e, n - e, &l), before = cp_before(u, i, &l);
	if (!(after == 0xFF0C || after == 0x3001 || after == 0xFF1A || after == ',' || after == ':'))
		return 0;
	return before == 0 || before == 0xFF0C || before == 0xFF1B || before == 0x3002 || before == 0xFF1A ||
	       before == 0xFF01 || before == 0xFF1F || before == ',' || before == ';' || before == ':' ||
	       before == ' ' || before == '\t' || before == 0x3000 || before == 0xFF08 || before == '(';
}

/* 第五届, 第一次: an ordinal with the measure word after it, if any */
static inline __attribute__((always_inline)) size_t rule_ordinal(struct gw_qty_scan *sc, struct cand *c)
{
	const char *s = c->s;
	size_t i = c->i, n = c->n;
	struct gw_qty *q = &sc->q;
	if (c->cp != 0x7B2C)  /* 第 */
		return NEXT;
	size_t l = gw_numeral_parse(s + i + 3, n - i - 3, &sc->a, NULL, NULL);
	if (!l || sc->a.point)
		return i + 3;
	size_t e = i + 3 + l;
	size_t mw = ordinal_word(sc->t, s, n, e);
	if (!mw && list_marker(c->u, n, i, e))
		return e;
	const struct gw_qty_word *inst = mw ? NULL : word_at(&sc->t->words[QW_INSTITUTION], s, n, e);
	if (inst) {
		/* 第九高级中学, 第三人民医院: the number is part of a name */
		if (sc->all) {
			q->b0 = i; q->b1 = e + inst->l; q->kind = "name";
			emit(sc, s, n);
		}
		return e + inst->l;
	}
	q->b0 = i; q->kind = "ordinal";
	fmt(&q->value, &sc->a.val, 0);
	if (mw) {
		q->unit = s + e; q->unitlen = mw;
		e += mw;
	}
	q->b1 = e;
	emit(sc, s, n);
	return e;
}

/* 亿元以上项目, 千万元以下: a unit at k and then a bound after it, so
 * that the scale word before them is the number */
static int scale_bound_after(const struct gw_qty_tables *t, const char *s, size_t n, size_t k)
{
	const struct gw_qty_unit *un = unit_at(t, s + k, n - k);
	if (!un || un->atomic)
		return 0;
	const struct gw_qty_qual *q = qual_find(t, s, n, k + un->wl, QF_AFTER);
	return q && (q->bound == QB_LOW || q->bound == QB_HIGH) && q->wl > 3;
}

/* 百分之五, 千分之三, 仟分之贰, 百万分之五 (in per cent) */
static inline __attribute__((always_inline)) size_t rule_percent_words(struct gw_qty_scan *sc, struct cand *c)
{
	const char *s = c->s;
	const unsigned char *u = c->u;
	size_t i = c->i, n = c->n, k = i;
	uint32_t cp = c->cp;
	struct gw_numeral *a = &sc->a;
	struct gw_qty *q = &sc->q;
	if (cp < 0x4E00 || (cp != 0x767E && cp != 0x5343 && cp != 0x4E07 && cp != 0x4F70 && cp != 0x4EDF && cp != 0x842C &&
	    cp != 0x4EBF && cp != 0x5104))
		return NEXT;
	long pw = 0;
	for (int m = 0; m < 4; m++) {
		int l2, v2, a2;
		int c2 = gw_numeral_class(u + k, n - k, &l2, &v2, &a2);
		if (c2 != NC_SMALL && c2 != NC_BIG)
			break;
		pw += v2;
		k += (size_t)l2;
	}
	size_t fz = fen_zhi(s, n, k);
	if (!fz) {
		/* 超百亿元, 近千万人次, 逾百家: after a qualifier a scale word
		 * alone is the number (the numeral rule reads it, a unit must
		 * follow) */
		if (qual_before_cop(sc, s, i) || scale_bound_after(sc->t, s, n, k)) {
			c->lead_scale = 1;
			return NEXT;
		}
		return i + 3;
	}
	k += fz;
	size_t l = gw_numeral_parse(s + k, n - k, a, NULL, NULL);
	if (!l && pw == 2 && (has(s, n, k, "百") || has(s, n, k, "佰"))) {
		gw_dec_set_u(&a->val, 100);  /* 百分之百 */
		l = 3;
	}
	if (!l)
		return k;
	l += kilo(sc->t, a, s + k, n - k, l);
	q->b0 = i; q->b1 = k + l;
	q->kind = "percent";
	set_unit(q, pw == 3 ? "‰" : pw == 4 ? "‱" : "%");
	if (pw > 4 || pw < 2) {
		/* 百万分之五 = 0.0005 % */
		gw_dec_shift(&a->val, 2 - pw);
		gw_dec_shift(&a->lo, 2 - pw);
	}
	if (a->approx) {
		/* 百分之二三十: twenty to thirty per cent */
		q->kind = "range";
		fmt(&q->low, &a->lo, 0);
		fmt(&q->high, &a->val, 0);
		emit(sc, s, n);
		return q->b1;
	}
	fmt(&q->value, &a->val, 0);
	int bound = QB_NONE;
	size_t e = quals_after(sc, s, n, q->b1, &bound);
	qual_before_take(sc, s, i, &bound, 0);
	set_bound(q, bound);
	emit(sc, s, n);
	return e;
}

/* 1.2018年, 12.2019年: a list marker glued to a year (no number has
 * four places that read as a year before 年). Returns the year's start
 * or 0. */
static size_t marker_year(const unsigned char *u, size_t n, size_t p)
{
	size_t k = p;
	while (k < n && k - p < 3 && u[k] >= '0' && u[k] <= '9')
		k++;
	if (k == p || k - p > 2 || k + 8 > n || u[k] != '.')
		return 0;
	const unsigned char *y = u + k + 1;
	for (int d = 0; d < 4; d++)
		if (y[d] < '0' || y[d] > '9')
			return 0;
	if (!((y[0] == '1' && y[1] == '9') || (y[0] == '2' && y[1] == '0')) || memcmp(y + 4, "年", 3))
		return 0;
	return k + 1;
}

/* The numeral itself, and a k for a thousand after it */
static inline __attribute__((always_inline)) size_t rule_numeral(struct gw_qty_scan *sc, struct cand *c)
{
	struct gw_numeral *a = &sc->a;
	size_t p = c->p, n = c->n;
	if (c->u[p] >= '0' && c->u[p] <= '9' && (p == 0 || c->u[p - 1] < '0' || c->u[p - 1] > '9')) {
		size_t y = marker_year(c->u, n, p);
		if (y)
			return y;
	}
	a->lead_point = c->u[p] == '.';
	a->lead_scale = c->lead_scale;
	size_t l = gw_numeral_parse(c->s + p, n - p, a, atomic_unit, (void *)sc->t);
	if (!l)
		return c->i + (size_t)c->len;
	c->un_pos = (size_t)-1;
	c->un_e = NULL;
	l += kilo(sc->t, a, c->s + p, n - p, l);
	c->l = l;
	c->e = p + l;
	sc->q.b0 = c->i;
	return NEXT;
}

/* 大陆 队伍 收拾, 登陆部队 拾起: a lone financial numeral inside a word,
 * unless money or a measure follows (陆元, 伍吨) */
static inline __attribute__((always_inline)) size_t rule_financial(struct gw_qty_scan *sc, struct cand *c)
{
	size_t e = c->e, p = c->p;
	if (c->l != 3 || c->neg || !is_financial(c->u + p))
		return NEXT;
	int l1, l2;
	const struct gw_qty_unit *un = unit_at(sc->t, c->s + e, c->n - e);
	uint32_t before = cp_before(c->u, p, &l1), after = cp_at(c->u + e, c->n - e, &l2);
	if (!un && ((before >= 0x4E00 && before <= 0x9FFF) || (after >= 0x4E00 && after <= 0x9FFF)))
		return e;
	if (count_word(sc->t, un) && before >= 0x4E00 && before <= 0x9FFF)
		return e + un->wl;
	return NEXT;
}

/* “三个坚决”, 六个“攻坚提质”: a slogan; its end or 0 */
static inline __attribute__((always_inline)) size_t slogan_at(struct gw_qty_scan *sc, struct cand *c, const struct gw_qty_unit *un)
{
	int nl;
	size_t e = c->e;
	/* slogans are written in Chinese numerals; 8个“双招双引”工作组
	 * and “10分钟健身圈” are counted */
	/* every open quote is three bytes, E2 80 9C or E3 80 8C/8E */
	size_t se = c->neg || sc->a.arabic || c->p < 3 || (c->u[c->p - 3] & 0xFE) != 0xE2 ? 0 :
	            slogan_end(c->u, c->n, c->p);
	if (!se && !sc->a.arabic && un && un->wl == 3 && (!memcmp(un->w, "个", 3) || !memcmp(un->w, "個", 3)) &&
	    is_open_quote(cp_at(c->u + e + un->wl, c->n - e - un->wl, &nl)))
		se = e + un->wl;
	return se;
}

/* Names: PM2.5 S244 G20 B2B 5G 3#机组 国道307 "1357"工作体系 */
static inline __attribute__((always_inline)) size_t rule_name(struct gw_qty_scan *sc, struct cand *c)
{
	const unsigned char *u = c->u;
	size_t p = c->p, e = c->e, n = c->n;
	int pl, nl;
	uint32_t pc = cp_before(u, p, &pl);
	uint32_t nc = cp_at(u + e, n - e, &nl);
	const struct gw_qty_unit *un = unit_at(sc->t, c->s + e, n - e);
	c->un_pos = e; c->un_e = un;
	int name = 0;
	if (sc->a.arabic && !sc->a.chinese && is_alpha(pc))
		name = 1;
	else if (!un && (is_alpha(nc) || nc == '#' || nc == 0xFF03))
		name = 1;
	else if (!un && (pc == 0x201C || pc == '"' || pc == 0x300C) && (nc == 0x201D || nc == '"' || nc == 0x300D))
		name = 1;
	else if (road_before(sc->t, c->s, p))
		name = 1;
	size_t se = slogan_at(sc, c, un);
	if (se) {
		if (sc->all) {
			sc->q.b0 = p; sc->q.b1 = se; sc->q.kind = "name";
			emit(sc, c->s, n);
		}
		return se;
	}
	if (!name)
		return NEXT;
	size_t b0 = p, b1 = e;
	while (b0 > 0 && (is_alpha(u[b0 - 1]) || is_digit(u[b0 - 1]))) b0--;
	while (b1 < n && (is_alpha(u[b1]) || is_digit(u[b1]) || u[b1] == '#' || u[b1] == '.')) b1++;
	if (b1 > e && u[b1 - 1] == '.') b1--;
	if (sc->all) {
		sc->q.b0 = b0; sc->q.b1 = b1; sc->q.kind = "name";
		emit(sc, c->s, n);
	}
	return b1 > e ? b1 : e;
}

/* 1/2 but not 2022/1/30, 1/2/3 or 10/11.5: the end, or 0 */
static size_t fraction_slash(struct gw_qty_scan *sc, struct cand *c)
{
	const char *s = c->s;
	size_t e = c->e, n = c->n;
	size_t sl = s[e] == '/' ? 1 : 3;
	size_t l2 = gw_numeral_arabic(s + e + sl, n - e - sl, &sc->b);
	size_t k = e + sl + l2;
	int pl;
	uint32_t pc = cp_before(c->u, c->p, &pl);
	if (l2 && sc->b.plain && !(k < n && (s[k] == '/' || s[k] == '.' || is_alpha((unsigned char)s[k]))) &&
	    !has(s, n, k, "／") && pc != '/' && !gw_dec_is_zero(&sc->b.val) &&
	    gw_dec_div(&sc->v, &sc->a.val, &sc->b.val, 20) >= 0)
		return k;
	return 0;
}

/* 3又一千分之23: a whole number and a fraction; the end, or 0 */
static size_t fraction_mixed(struct gw_qty_scan *sc, struct cand *c)
{
	const char *s = c->s;
	size_t e = c->e, n = c->n;
	size_t k0 = e + sp(s, n, e) + 3;
	k0 += sp(s, n, k0);
	size_t l2 = gw_numeral_parse(s + k0, n - k0, &sc->b, NULL, NULL);
	size_t k = k0 + l2, fz2 = l2 ? fen_zhi(s, n, k) : 0;
	if (!l2 || sc->b.point || !fz2)
		return 0;
	gw_dec_copy(&sc->w, &sc->b.val);
	size_t l3 = gw_numeral_parse(s + k + fz2, n - k - fz2, &sc->b, NULL, NULL);
	if (!l3 || gw_dec_div(&sc->v, &sc->b.val, &sc->w, 20) < 0)
		return 0;
	gw_dec_add(&sc->v, &sc->a.val);
	return k + fz2 + l3;
}

/* Fractions: 二分之一, 3分之1, 1/2, 3又一千分之23 */
static inline __attribute__((always_inline)) size_t rule_fraction(struct gw_qty_scan *sc, struct cand *c)
{
	const char *s = c->s;
	size_t e = c->e, n = c->n, fe = 0;
	struct gw_qty *q = &sc->q;
	size_t fz = fen_zhi(s, n, e);
	if (fz) {
		size_t l2 = gw_numeral_parse(s + e + fz, n - e - fz, &sc->b, NULL, NULL);
		if (l2 && gw_dec_div(&sc->v, &sc->b.val, &sc->a.val, 20) >= 0)
			fe = e + fz + l2;
	} else if (sc->a.plain && e < n && (s[e] == '/' || has(s, n, e, "／"))) {
		fe = fraction_slash(sc, c);
	} else if (!sc->a.point && has(s, n, e + sp(s, n, e), "又")) {
		fe = fraction_mixed(sc, c);
	}
	if (!fe)
		return NEXT;
	q->b1 = fe;
	q->kind = "fraction";
	fmt(&q->value, &sc->v, c->neg);
	int bound = QB_NONE;
	size_t end = quals_after(sc, s, n, q->b1, &bound);
	qual_before_take(sc, s, c->i, &bound, 0);
	set_bound(q, bound);
	emit(sc, s, n);
	return end;
}

/* 2022-01-30, 2021-1-4 15:18:15: a date in digits; the end, or 0 */
static size_t digit_date(struct gw_qty_scan *sc, struct cand *c)
{
	const char *s = c->s;
	size_t e = c->e, n = c->n;
	struct gw_qty *q = &sc->q;
	char sep = s[e];
	size_t j = e + 1;
	long mo = read_small_int(s, n, &j, 2), d = -1;
	if (mo >= 1 && mo <= 12 && j < n && s[j] == sep) {
		j++;
		d = read_small_int(s, n, &j, 2);
	}
	if (d < 1 || d > 31)
		return 0;
	gw_buf_clear(&q->value);
	fmt(&q->value, &sc->a.val, 0);
	gw_buf_addc(&q->value, '-'); put2(&q->value, mo);
	gw_buf_addc(&q->value, '-'); put2(&q->value, d);
	q->kind = "date";
	size_t k = j;
	while (k < n && s[k] == ' ') k++;
	if (k < n && s[k] == 'T') k++;
	if (k > j && k < n) {
		size_t h0 = k;
		long h = read_small_int(s, n, &k, 2);
		size_t save = q->value.len;
		gw_buf_addc(&q->value, 'T');
		size_t te = h >= 0 ? read_time(s, n, k, h, &q->value) : 0;
		if (te && k - h0 >= 1) {
			j = te;
		} else {
			q->value.len = save; q->value.p[save] = 0;
		}
	}
	return j;
}

/* The separator of a ratio at s[i]: ∶ (U+2236), ：, or an ASCII colon;
 * its length, 0 if none. *ascii tells which. */
static size_t ratio_sep(const char *s, size_t n, size_t i, int *ascii)
{
	*ascii = i < n && s[i] == ':';
	if (*ascii)
		return 1;
	return has(s, n, i, "∶") || has(s, n, i, "：") ? 3 : 0;
}

/* 3∶2∶5, 20.4:36.7:42.9, 由2.8∶1缩小到2.5∶1: a ratio of Arabic numbers
 * (value with ASCII colons, kind ratio). Two numbers with an ASCII colon
 * are a ratio only with a point (8:30 is a time). */
static inline __attribute__((always_inline)) size_t rule_ratio(struct gw_qty_scan *sc, struct cand *c)
{
	struct gw_numeral *a = &sc->a;
	const char *s = c->s;
	size_t n = c->n, k = c->e;
	int ascii, all_ascii = 1, point = a->point, parts = 1;
	if (c->neg || !a->arabic || a->chinese || a->scaled || !ratio_sep(s, n, k, &ascii))
		return NEXT;
	struct gw_qty *q = &sc->q;
	gw_buf_clear(&q->value);
	fmt(&sc->q.value, &a->val, 0);
	struct gw_buf *v = &q->value;
	size_t end = k;
	for (size_t sl; parts < 8 && (sl = ratio_sep(s, n, k, &ascii)); parts++) {
		size_t l = gw_numeral_arabic(s + k + sl, n - k - sl, &sc->b);
		if (!l)
			break;
		all_ascii &= ascii;
		point |= sc->b.point;
		fmt(&sc->tmp, &sc->b.val, 0);
		gw_buf_addc(v, ':');
		gw_buf_add(v, sc->tmp.p, sc->tmp.len);
		k += sl + l;
		end = k;
	}
	if (parts < 2 || (all_ascii && parts == 2 && !point)) {
		gw_buf_clear(&q->value);
		return NEXT;
	}
	q->kind = "ratio";
	q->b1 = end;
	emit(sc, s, n);
	return end;
}

/* Dates and times in digits: 2022-01-30, 2021-1-4 15:18:15, 08:50 */
static inline __attribute__((always_inline)) size_t rule_digit_date(struct gw_qty_scan *sc, struct cand *c)
{
	const char *s = c->s;
	size_t e = c->e, n = c->n;
	struct gw_numeral *a = &sc->a;
	if (!a->plain || c->neg)
		return NEXT;
	if (a->ndigits == 4 && e < n && (s[e] == '-' || s[e] == '/' || s[e] == '.')) {
		size_t j = digit_date(sc, c);
		if (j) {
			sc->q.b1 = j;
			emit(sc, s, n);
			return j;
		}
	}
	if (a->ndigits <= 2 && e < n && s[e] == ':') {
		size_t te = read_time(s, n, e, (long)gw_dec_small_int(&a->val), &sc->q.value);
		if (te) {
			sc->q.kind = "time";
			sc->q.b1 = te;
			emit(sc, s, n);
			return te;
		}
	}
	return NEXT;
}

/* The day after a month (-DD with 日 or 号) or a part of the month
 * (10月底) as a qualifier; j is after 月. Returns the end. */
static size_t month_day(struct gw_qty_scan *sc, const char *s, size_t n, size_t j, int apart)
{
	size_t k = j + (apart ? sp(s, n, j) : 0);
	long d = read_int(sc, s, n, &k, 31);
	if (d > 0 && apart)
		k += sp(s, n, k);  /* 2 月 4 日, typed apart like its year */
	if (d > 0 && (has(s, n, k, "日") || has(s, n, k, "号"))) {
		gw_buf_addc(&sc->q.value, '-'); put2(&sc->q.value, d);
		return k + 3;
	}
	return take_qual_word(sc, s, n, j, &sc->t->words[QW_MONTH_PART]);
}

/* 8时30分, 9時, 2点30分, 8點半, 8點多: a time of day. 时 after an Arabic
 * hour (or a Chinese one with its minutes); 点 after an Arabic hour with
 * minutes, 半, 整 or 多 (3点要求 is three points). Returns the end of the
 * time written into q->value, 0 if none. */
static size_t clock_at(struct gw_qty_scan *sc, struct cand *c, long h)
{
	const char *s = c->s;
	size_t n = c->n, e = c->e, k;
	int shi = has(s, n, e, "时") || has(s, n, e, "時"), dian = has(s, n, e, "点") || has(s, n, e, "點");
	if (!shi && !dian)
		return 0;
	k = e + 3;
	size_t mk = k;
	long m = read_int(sc, s, n, &mk, 59);
	int minutes = m > 0 && has(s, n, mk, "分") && !has(s, n, mk + 3, "之");
	if (!minutes && has(s, n, k, "零")) {
		mk = k + 3;
		m = read_int(sc, s, n, &mk, 9);
		minutes = m > 0 && has(s, n, mk, "分");
	}
	if (!minutes && sc->a.chinese)
		return 0;
	if (!minutes && dian && !has(s, n, k, "半") && !has(s, n, k, "整") && !has(s, n, k, "多"))
		return 0;
	if (!minutes && shi && word_at(&sc->t->words[QW_NOT_CLOCK], s, n, e))
		return 0;  /* 3时期, 5时速 */
	if (!minutes && has(s, n, k, "半")) {
		m = 30;
		mk = k;
		minutes = 1;
	}
	if (h < 12 && word_before(&sc->t->words[QW_PM], s, c->p))
		h += 12;  /* 下午2点30分 is 14:30 */
	struct gw_buf *v = &sc->q.value;
	gw_buf_clear(v);
	put2(v, h); gw_buf_addc(v, ':'); put2(v, minutes ? m : 0);
	return minutes ? mk + 3 : k;
}

static inline __attribute__((always_inline)) size_t rule_clock(struct gw_qty_scan *sc, struct cand *c)
{
	struct gw_numeral *a = &sc->a;
	const char *s = c->s;
	size_t n = c->n, e = c->e;
	if (!(has(s, n, e, "时") || has(s, n, e, "時") || has(s, n, e, "点") || has(s, n, e, "點")) ||
	    c->neg || a->point || a->direct || a->approx || (a->scaled && !a->chinese))
		return NEXT;
	long long h = gw_dec_small_int(&a->val);
	if (h < 0 || h > 24 || (a->arabic && a->ndigits > 2))
		return NEXT;
	size_t end = clock_at(sc, c, (long)h);
	if (!end)
		return NEXT;
	sc->q.kind = "time";
	sc->q.b1 = end;
	int bound = QB_NONE;
	size_t j = quals_after(sc, c->s, c->n, end, &bound);
	emit(sc, c->s, c->n);
	return j;
}

/* Years and dates in words: 2022年, 二○二二年, 2023年8月8日, 2019年至2021年 */
static inline __attribute__((always_inline)) size_t rule_year(struct gw_qty_scan *sc, struct cand *c)
{
	const char *s = c->s;
	size_t e = c->e, n = c->n;
	struct gw_numeral *a = &sc->a;
	struct gw_qty *q = &sc->q;
	if (c->neg || !((a->plain || a->direct) && a->ndigits == 4))
		return NEXT;
	/* 2020 年, 2021 年 2 月 4 日: Arabic digits typed apart from 年 */
	size_t y = a->arabic && !a->chinese ? e + sp(s, n, e) : e;
	if (!has(s, n, y, "年") || has(s, n, y, "年代"))
		return NEXT;
	fmt(&q->value, &a->val, 0);
	q->kind = "year";
	size_t j = y + 3, k = j;
	size_t sl2 = range_sep(s, n, j);
	if (sl2) {
		/* 2019年至2021年, 2019年-2021年: a range of years */
		size_t lb = gw_numeral_parse(s + j + sl2, n - j - sl2, &sc->b, NULL, NULL);
		if (lb && (sc->b.plain || sc->b.direct) && sc->b.ndigits == 4 && has(s, n, j + sl2 + lb, "年") &&
		    gw_dec_cmp(&sc->b.val, &a->val) > 0) {
			gw_buf_clear(&q->value);
			fmt(&q->low, &a->val, 0);
			fmt(&q->high, &sc->b.val, 0);
			q->b1 = j + sl2 + lb + 3;
			emit(sc, s, n);
			return q->b1;
		}
	}
	if (y > e && k < n && s[k] == ' ')
		k += sp(s, n, k);
	long mo = read_int(sc, s, n, &k, 12);
	if (mo > 0 && y > e && k < n && s[k] == ' ')
		k += sp(s, n, k);
	if (mo > 0 && has(s, n, k, "月")) {
		q->kind = "date";
		gw_buf_addc(&q->value, '-'); put2(&q->value, mo);
		j = month_day(sc, s, n, k + 3, y > e);
	} else {
		/* 2022年底, 2022年上半年: the part of the year */
		j = take_qual_word(sc, s, n, j, &sc->t->words[QW_YEAR_PART]);
	}
	q->b1 = j;
	/* 2023-2025年 is handled as a range; a year alone ends here */
	emit(sc, s, n);
	return j;
}

/* 1月16日, 10月底: a date without the year */
static inline __attribute__((always_inline)) size_t rule_month(struct gw_qty_scan *sc, struct cand *c)
{
	struct gw_numeral *a = &sc->a;
	struct gw_qty *q = &sc->q;
	if (c->neg || a->point || a->direct || a->scaled || !has(c->s, c->n, c->e, "月"))
		return NEXT;
	long long mo = gw_dec_small_int(&a->val);
	if (mo < 1 || mo > 12)
		return NEXT;
	gw_buf_adds(&q->value, "--"); put2(&q->value, (long)mo);
	q->kind = "date";
	size_t j = month_day(sc, c->s, c->n, c->e + 3, 0);
	q->b1 = j;
	emit(sc, c->s, c->n);
	return j;
}

/* An ordinal whose unit (届, 大) is the ul bytes at e: the row */
static size_t ordinal_at(struct gw_qty_scan *sc, struct cand *c, size_t ul)
{
	struct gw_qty *q = &sc->q;
	size_t e = c->e;
	q->kind = "ordinal";
	fmt(&q->value, &sc->a.val, 0);
	q->unit = c->s + e; q->unitlen = ul;
	q->b1 = e + ul;
	emit(sc, c->s, c->n);
	return e + ul;
}

/* A session word (届) ends within the few characters before p, in the
 * same clause: 十一届人大一次会议, 十三届全国人大二次会议 */
static int session_before(const struct gw_qty_tables *t, const char *s, size_t p)
{
	for (size_t b = p; b > 0 && p - b <= 30; b--) {
		if (may_delim((unsigned char)s[b - 1]) && delim_len_at((const unsigned char *)s, b - 1, p))
			return 0;
		if (word_before(&t->words[QW_SESSION], s, b))
			return 1;
	}
	return 0;
}

/* 十九届, 十三届五次 (全会), 十一届人大一次会议: sessions and their
 * meetings are ordinals even without 第 */
static inline __attribute__((always_inline)) size_t rule_session(struct gw_qty_scan *sc, struct cand *c)
{
	struct gw_numeral *a = &sc->a;
	const struct gw_qty_tables *t = sc->t;
	const char *s = c->s;
	size_t n = c->n, e = c->e;
	if (c->neg || a->point || a->direct || a->approx)
		return NEXT;
	const struct gw_qty_word *w = word_at(&t->words[QW_SESSION], s, n, e);
	if (w)
		return ordinal_at(sc, c, w->l);
	if (!has(s, n, e, "次"))
		return NEXT;
	if (word_before(&t->words[QW_SESSION], s, c->p) ||
	    (word_at(&t->words[QW_MEETING], s, n, e + 3) && session_before(t, s, c->p)))
		return ordinal_at(sc, c, 3);
	return NEXT;
}

/* 三中全会, 十八届三中、四中全会: the plenary sessions of a Central
 * Committee are ordinals; in a list each N中 is one (unit 中全会) */
static inline __attribute__((always_inline)) size_t rule_plenum(struct gw_qty_scan *sc, struct cand *c)
{
	struct gw_numeral *a = &sc->a;
	const char *s = c->s;
	size_t n = c->n, e = c->e, k = e;
	if (c->neg || !a->chinese || a->arabic || a->point || a->direct || a->approx || !has(s, n, e, "中"))
		return NEXT;
	size_t end = 0;
	for (int m = 0; m < 12 && has(s, n, k, "中"); m++) {
		if (has(s, n, k + 3, "全会")) {
			end = m == 0 ? k + 9 : e + 3;
			break;
		}
		if (!has(s, n, k + 3, "、"))
			break;
		size_t l = gw_numeral_parse(s + k + 6, n - k - 6, &sc->b, NULL, NULL);
		if (!l || !sc->b.chinese)
			break;
		k += 6 + l;
	}
	if (!end)
		return NEXT;
	struct gw_qty *q = &sc->q;
	q->kind = "ordinal";
	fmt(&q->value, &a->val, 0);
	set_unit(q, "中全会");
	q->b1 = end;
	emit(sc, s, n);
	return end;
}

/* 党的十九大, 二十大精神: the Party congresses are ordinals (not 七大攻坚) */
static inline __attribute__((always_inline)) size_t rule_congress(struct gw_qty_scan *sc, struct cand *c)
{
	struct gw_numeral *a = &sc->a;
	const char *s = c->s;
	size_t n = c->n, e = c->e, p = c->p;
	if (c->neg || !a->chinese || a->arabic || a->point || a->direct || a->approx || !has(s, n, e, "大"))
		return NEXT;
	long long v = gw_dec_small_int(&a->val);
	int cong = v >= 1 && v <= 30 && (ends(s, p, "党的") || ends(s, p, "党"));
	if (!cong && v >= 12 && v <= 30)
		cong = congress_next(sc->t, s, n, e + 3);
	return cong ? ordinal_at(sc, c, 3) : NEXT;
}

/* 1-2月, 1至11月: a range of months */
static inline __attribute__((always_inline)) size_t rule_month_range(struct gw_qty_scan *sc, struct cand *c)
{
	struct gw_numeral *a = &sc->a;
	struct gw_qty *q = &sc->q;
	const char *s = c->s;
	size_t n = c->n, e = c->e;
	if (c->neg || a->point || a->direct || a->scaled)
		return NEXT;
	long long m1 = gw_dec_small_int(&a->val);
	size_t sl0 = range_sep(s, n, e);
	if (m1 < 1 || m1 > 12 || !sl0)
		return NEXT;
	size_t k = e + sl0;
	long m2 = read_int(sc, s, n, &k, 12);
	if (!(m2 > m1 && has(s, n, k, "月") && !has(s, n, k, "月日")))
		return NEXT;
	q->kind = "date";
	gw_buf_adds(&q->low, "--"); put2(&q->low, (long)m1);
	gw_buf_adds(&q->high, "--"); put2(&q->high, m2);
	q->b1 = k + 3;
	emit(sc, s, n);
	return k + 3;
}

/* 十几家, 二十几万: from the number to the next ten (hundred ...) */
static inline __attribute__((always_inline)) size_t rule_some(struct gw_qty_scan *sc, struct cand *c)
{
	struct gw_numeral *a = &sc->a;
	const char *s = c->s;
	size_t n = c->n, e = c->e;
	if (c->neg || a->approx || a->point || a->tail < 1 || a->tail > 3 || !(has(s, n, e, "几") || has(s, n, e, "幾")))
		return NEXT;
	size_t k = e + 3;
	long pw = 0;
	for (;;) {
		int l2, v2, a2;
		int c2 = gw_numeral_class(c->u + k, n - k, &l2, &v2, &a2);
		if ((c2 != NC_SMALL && c2 != NC_BIG) || atomic_unit((void *)sc->t, s + k, n - k))
			break;
		pw += v2;
		k += (size_t)l2;
	}
	gw_dec_copy(&a->lo, &a->val);
	gw_dec_set_u(&sc->w, 1);
	gw_dec_shift(&sc->w, a->tail);
	gw_dec_add(&a->val, &sc->w);
	gw_dec_shift(&a->lo, pw);
	gw_dec_shift(&a->val, pw);
	a->approx = 1;
	c->e = k;
	return NEXT;
}

/* The qualifiers after the number ([余|多]) and the unit after them */
static inline __attribute__((always_inline)) size_t rule_unit(struct gw_qty_scan *sc, struct cand *c)
{
	const struct gw_qty_tables *t = sc->t;
	const char *s = c->s;
	size_t n = c->n;
	c->bound = QB_NONE;
	size_t j = quals_after(sc, s, n, c->e, &c->bound);
	const struct gw_qty_unit *ua = j == c->un_pos ? c->un_e : unit_at(t, s + j, n - j);
	if (ua && ua->wl == 3 && has(s, n, j, "两") && unit_at(t, s + j + 3, n - j - 3))
		ua = NULL;  /* 一两个月: one or two, not a liang */
	if (!ua && j < n && s[j] == ' ') {
		/* 一百五十 个百分点, 十 成: blanks before a percentage unit only
		 * (2 名 or 1 项 in a table may be two cells) */
		size_t k = j + sp(s, n, j);
		const struct gw_qty_unit *uk = unit_at(t, s + k, n - k);
		if (uk && uk->kind[0] == 'p') {
			ua = uk;
			j = k;
		}
	}
	c->j = j;
	c->ua = ua;
	c->ja = ua ? j + ua->wl : j;
	return NEXT;
}

/* 数十亿, 几十万: from ten to a hundred times the scale */
static inline __attribute__((always_inline)) size_t rule_tens(struct gw_qty_scan *sc, struct cand *c)
{
	struct gw_numeral *a = &sc->a;
	const char *s = c->s;
	size_t p = c->p;
	if (a->approx || c->neg || !(ends(s, p, "数") || ends(s, p, "几") || ends(s, p, "數") || ends(s, p, "幾")) ||
	    gw_numeral_class(c->u + p, c->n - p, &(int){0}, &(int){0}, &(int){0}) != NC_SMALL)
		return NEXT;
	gw_dec_copy(&a->lo, &a->val);
	gw_dec_shift(&a->val, 1);
	a->approx = 1;
	sc->q.b0 = p - 3;
	return NEXT;
}

/* 关键一年, 过去的一年, 一年来: 一年 that names a period rather than
 * measures one (number-words.txt: year-name words before or after it)
 * is no row; 五年来 still measures five years */
static inline __attribute__((always_inline)) size_t rule_year_name(struct gw_qty_scan *sc, struct cand *c)
{
	const struct gw_qty_tables *t = sc->t;
	const char *s = c->s;
	size_t n = c->n;
	if (!c->ua || c->neg || c->ja != c->e + 3 || !has(s, n, c->e, "年"))
		return NEXT;
	if (!sc->a.approx && word_at(&t->words[QW_PLAN], s, n, c->ja)) {
		/* 三年行动计划, 第十一个五年规划: the period names a plan */
		if (sc->all) {
			sc->q.b0 = c->p; sc->q.b1 = c->ja; sc->q.kind = "name";
			emit(sc, s, n);
		}
		return c->ja;
	}
	if (c->l != 3 || !has(s, n, c->p, "一"))
		return NEXT;
	if (word_at(&t->words[QW_YEAR_NAME_AFTER], s, n, c->ja) || word_before(&t->words[QW_YEAR_NAME_BEFORE], s, c->p))
		return c->ja;
	return NEXT;
}

/* 翻一番, 翻了两番多: 番 counts doublings only after 翻 (一番努力 is
 * no number) */
static inline __attribute__((always_inline)) size_t rule_doubling(struct gw_qty_scan *sc, struct cand *c)
{
	(void)sc;
	if (!c->ua || c->ua->wl != 3 || memcmp(c->ua->w, "番", 3) || ends(c->s, c->p, "翻") || ends(c->s, c->p, "翻了"))
		return NEXT;
	return c->ja;
}

/* 75折, 五五折, 三八折: two digits before 折 are the percentage itself */
static inline __attribute__((always_inline)) size_t rule_discount(struct gw_qty_scan *sc, struct cand *c)
{
	struct gw_numeral *a = &sc->a;
	const struct gw_qty_unit *ua = c->ua;
	struct gw_qty *q = &sc->q;
	if (!ua || c->neg || a->approx || a->point || a->scaled || a->ndigits != 2 || !(a->plain || a->direct) ||
	    !is3(ua->w, "折"))
		return NEXT;
	q->kind = ua->kind;
	set_unit(q, ua->canon);
	q->b1 = c->ja;
	fmt(&q->value, &a->val, 0);
	emit(sc, c->s, c->n);
	return quals_after(sc, c->s, c->n, c->ja, &c->bound);
}

/* 八九亿元, 五六个: a range of two neighbouring digits */
static inline __attribute__((always_inline)) size_t rule_neighbours(struct gw_qty_scan *sc, struct cand *c)
{
	struct gw_numeral *a = &sc->a;
	const struct gw_qty_unit *ua = c->ua;
	struct gw_qty *q = &sc->q;
	if (!(a->approx || (a->direct && a->ndigits == 2 && ua)))
		return NEXT;
	if (!a->approx) {
		const char *d = a->t[3].d.p;
		if (d[0] == '0' || d[1] != d[0] + 1)
			return c->e;
		gw_dec_set_digits(&a->lo, d, 1, 0);
		gw_dec_set_digits(&a->val, d + 1, 1, 0);
	}
	if (!ua && !sc->all)
		return c->e;
	q->kind = "range";
	q->b1 = c->ja;
	if (ua)
		set_unit(q, ua->canon);
	scaled(&a->lo, ua, &sc->v);
	fmt(&q->low, &sc->v, c->neg);
	scaled(&a->val, ua, &sc->v);
	fmt(&q->high, &sc->v, c->neg);
	size_t end = quals_after(sc, c->s, c->n, c->ja, &c->bound);
	emit(sc, c->s, c->n);
	return end;
}

/* The range A-B read, un its unit: low and high in the row */
static void range_values(struct gw_qty_scan *sc, struct cand *c, const struct gw_qty_unit *un, int year)
{
	struct gw_numeral *a = &sc->a;
	struct gw_qty *q = &sc->q;
	if (year) {
		q->kind = "year";
		q->unit = ""; q->unitlen = 0;
		fmt(&q->low, &a->val, 0);
		fmt(&q->high, &sc->b.val, 0);
		return;
	}
	q->kind = "range";
	if (un)
		set_unit(q, un->canon);
	/* 2-3万, 十八至三十万: B's scale word is A's too */
	if (a->tail < sc->b.tail && !c->ua) {
		gw_dec_copy(&sc->w, &a->val);
		gw_dec_shift(&sc->w, sc->b.tail);
		if (gw_dec_cmp(&sc->w, &sc->b.val) <= 0)
			gw_dec_copy(&a->val, &sc->w);
	}
	scaled(&a->val, c->ua ? c->ua : un, &sc->v);
	fmt(&q->low, &sc->v, c->neg);
	scaled(&sc->b.val, un, &sc->v);
	fmt(&q->high, &sc->v, 0);
}

/* The second number of a range at pb (after the separator): the row and
 * where scanning goes on, or NEXT. */
static size_t range_second(struct gw_qty_scan *sc, struct cand *c, size_t pb, int between)
{
	const struct gw_qty_tables *t = sc->t;
	const char *s = c->s;
	size_t n = c->n;
	struct gw_numeral *a = &sc->a;
	size_t lb = gw_numeral_parse(s + pb, n - pb, &sc->b, atomic_unit, (void *)t);
	if (lb)
		lb += kilo(t, &sc->b, s + pb, n - pb, lb);
	if (!lb || sc->b.direct)
		return NEXT;
	size_t eb = pb + lb;
	int bb = QB_NONE;
	size_t qpos = sc->q.qual.len;
	size_t jb = quals_after(sc, s, n, eb, &bb);
	const struct gw_qty_unit *ub = unit_at(t, s + jb, n - jb), *ua = c->ua;
	int year = a->plain && a->ndigits == 4 && sc->b.plain && sc->b.ndigits == 4 && has(s, n, eb, "年");
	if (year || (between && ub && is3(ub->w, "间")))
		ub = NULL;  /* 10000与20000间: 间 frames the range */
	size_t end = year ? eb + 3 : (ub ? jb + ub->wl : jb);
	int ok = !(ua && ub && strcmp(ua->canon, ub->canon)) && !(ua && !ub && !year) &&
	         (year || ub || sc->b.scaled || sc->all);
	/* 2——3万: the scale word makes a count of the bare range */
	if (between && !has(s, n, end, "之间") && !has(s, n, end, "间"))
		ok = 0;
	if (!ok) {
		/* not a range: drop what the second number added */
		sc->q.qual.len = qpos;
		if (sc->q.qual.p) sc->q.qual.p[qpos] = 0;
		return NEXT;
	}
	sc->q.b1 = end;
	range_values(sc, c, ub ? ub : ua, year);
	int b2 = QB_NONE;
	end = quals_after(sc, s, n, end, &b2);
	qual_before_take(sc, s, c->i, NULL, 0);
	emit(sc, s, n);
	return end;
}

/* Ranges: 3-5个 3至5个 15-30亩 1-3个百分点 3%-5% 2023-2025年 20和30之间 */
static inline __attribute__((always_inline)) size_t rule_range(struct gw_qty_scan *sc, struct cand *c)
{
	const char *s = c->s;
	size_t n = c->n, ja = c->ja;
	if (sc->a.direct)
		return NEXT;
	/* 1万(含)-5万元: the first end said to be included */
	size_t incl = has(s, n, ja, "(含)") ? 5 : has(s, n, ja, "（含）") ? 9 : 0;
	size_t sl = range_sep(s, n, ja + incl);
	if (sl)
		sl += incl;
	int between = 0;
	if (!sl && (has(s, n, ja, "和") || has(s, n, ja, "与"))) {
		sl = 3;       /* 20和30之间: a range only with 之间 after it */
		between = 1;
	}
	return sl ? range_second(sc, c, ja + sl, between) : NEXT;
}

/* 123元1角1分, 十块三毛: the smaller coins count too */
static inline __attribute__((always_inline)) size_t rule_coins(struct gw_qty_scan *sc, struct cand *c)
{
	static const char *coin[] = {"角", "毛", "分"};
	const char *s = c->s;
	size_t n = c->n;
	if (!c->ua || !is3(c->ua->canon, "元") || sc->a.point)
		return NEXT;
	int done = 0;
	for (int k = 0; k < 3 && !done; k++) {
		size_t m = c->ja;
		long d = read_int(sc, s, n, &m, 9);
		int which = -1;
		for (int w = k; w < 3; w++)
			if (d > 0 && has(s, n, m, coin[w])) { which = w; break; }
		if (which < 0)
			break;
		gw_dec_set_u(&sc->w, (unsigned)d);
		gw_dec_shift(&sc->w, which == 2 ? -2 : -1);
		gw_dec_add(&sc->a.val, &sc->w);
		c->ja = m + 3;
		k = which;
		if (which == 2) done = 1;
	}
	if (has(s, n, c->ja, "钱"))
		c->ja += 3;
	return NEXT;
}

/* 一吨半, 两米半, 3个半月, 两个半小时: and a half; after 个 only with
 * the time unit that follows 半 */
static inline __attribute__((always_inline)) size_t rule_half(struct gw_qty_scan *sc, struct cand *c)
{
	const struct gw_qty_tables *t = sc->t;
	const struct gw_qty_unit *ua = c->ua;
	const char *s = c->s;
	size_t n = c->n, ja = c->ja;
	if (!ua || sc->a.point || !has(s, n, ja, "半") ||
	    !(gw_dec_small_int(&ua->scale) == 1 || is3(ua->w, "成") || is3(ua->w, "折")))
		return NEXT;
	int ge = is3(ua->w, "个") || is3(ua->w, "個");
	const struct gw_qty_unit *um = NULL;
	size_t after = ja + 3;  /* past 半 */
	if (ge && has(s, n, after, "月") && (um = unit_at(t, "个月", strlen("个月"))))
		after += 3;
	else if (ge && (has(s, n, after, "小时") || has(s, n, after, "小時")) && (um = unit_at(t, "小时", strlen("小时"))))
		after += 6;
	else if (ge && has(s, n, after, "星期") && (um = unit_at(t, "个星期", strlen("个星期"))))
		after += 6;
	if (ge && !um)
		return NEXT;
	if (um)
		c->ua = um;
	gw_dec_set_digits(&sc->w, "5", 1, -1);
	gw_dec_add(&sc->a.val, &sc->w);
	c->ja = after;
	return NEXT;
}

/* 一场突如其来的疫情, 每一个角落, 一支…队伍: 一 with a measure word is
 * an article, unless the clause counts other things too
 * (新建一个体育场、2个足球场; 由两个…调整为一个) */
static inline __attribute__((always_inline)) size_t rule_article(struct gw_qty_scan *sc, struct cand *c)
{
	if (sc->all || c->l != 3 || c->neg || !has(c->s, c->n, c->p, "一") || !count_word(sc->t, c->ua))
		return NEXT;
	sc->q.b1 = c->ja;
	if (ends(c->s, c->p, "每") || !other_count(sc, c->s, c->n))
		return c->ja;
	return NEXT;
}

/* $20, ￥300: a currency sign before the number, in the span */
static inline __attribute__((always_inline)) size_t rule_money_sign(struct gw_qty_scan *sc, struct cand *c)
{
	const char *s = c->s;
	size_t p = c->p;
	if (c->ua || c->neg || sc->q.b0 != p || p == 0 || !(s[p - 1] == '$' || ends(s, p, "￥") || ends(s, p, "¥")))
		return NEXT;
	int dollar = s[p - 1] == '$';
	c->ua = unit_at(sc->t, dollar ? "美元" : "元", strlen(dollar ? "美元" : "元"));
	sc->q.b0 = dollar ? p - 1 : ends(s, p, "￥") ? p - 3 : p - 2;
	c->ja = c->j;
	return NEXT;
}

/* 2300多万各族人民, 11万渔民, 参保人数增长1.07万: a count of people
 * with a scale word but no unit word, before a word for people or after
 * a word for their number (number-words.txt classes people, people-count)
 * in the same clause, is in 人 */
static int people_before(const struct gw_qty_tables *t, const char *s, size_t p)
{
	for (size_t b = p; b > 0 && p - b <= 24; b--) {
		if (may_delim((unsigned char)s[b - 1]) && delim_len_at((const unsigned char *)s, b - 1, p))
			return 0;
		if (word_before(&t->words[QW_PEOPLE_COUNT], s, b))
			return 1;
	}
	return 0;
}

static inline __attribute__((always_inline)) size_t rule_people(struct gw_qty_scan *sc, struct cand *c)
{
	const struct gw_qty_tables *t = sc->t;
	if (c->ua || c->neg || !sc->a.scaled || sc->a.approx || sc->a.tail < 4)
		return NEXT;
	if (!word_at(&t->words[QW_PEOPLE], c->s, c->n, c->j) && !people_before(t, c->s, c->p))
		return NEXT;
	c->ua = unit_at(t, "人", strlen("人"));
	c->ja = c->j;
	return NEXT;
}

/* 大于10小于20个: a bare first bound takes the unit of the second; a
 * bare number is no row (but with --all) */
static inline __attribute__((always_inline)) size_t rule_bare(struct gw_qty_scan *sc, struct cand *c)
{
	const char *s = c->s;
	size_t i = c->i, n = c->n;
	if (c->ua || sc->all)
		return NEXT;
	const struct gw_qty_qual *bq0 = qual_before_cop(sc, s, i);
	int b0 = bq0 && bq0->bound != QB_NONE ? bq0->bound : c->bound;
	if (!c->neg && (b0 == QB_LOW || b0 == QB_HIGH)) {
		if (bq0)
			add_qual_text(sc, bq0->w, bq0->wl);
		gw_dec_copy(&sc->v, &sc->a.val);
		size_t e2 = other_bound(sc, s, n, c->j, b0, NULL, bq0 && ends(s, i, bq0->w) ? i - bq0->wl : i);
		if (e2) {
			sc->rule = "bounds";
			emit(sc, s, n);
			return e2;
		}
	}
	return c->e;
}

/* The unit of a point value, with the currency named before the number
 * or after 元 (港币两千元, 三万元欧元); or a bare number (--all), whose
 * 余/多 stays outside while 以上, 左右 stay its own */
static inline __attribute__((always_inline)) void value_unit(struct gw_qty_scan *sc, struct cand *c)
{
	const struct gw_qty_tables *t = sc->t;
	const struct gw_qty_unit *ua = c->ua;
	const char *s = c->s;
	size_t n = c->n;
	struct gw_qty *q = &sc->q;
	if (ua) {
		const char *canon = ua->canon;
		if (is3(canon, "元")) {
			const struct gw_qty_unit *cu = currency_at(t, s, n, c->ja);
			if (cu)
				c->ja += cu->wl;
			else
				cu = currency_before(t, s, q->b0);
			if (cu)
				canon = cu->canon;
		}
		q->b1 = c->ja;
		set_unit(q, canon);
		q->kind = ua->kind;
		c->j = quals_after(sc, s, n, c->ja, &c->bound);
		return;
	}
	q->kind = "number";
	q->b1 = c->e;
	if (has(s, n, c->e, "余") || has(s, n, c->e, "多")) {
		gw_buf_clear(&q->qual);
		c->bound = QB_NONE;
		c->j = c->e;
	}
}

/* 3000多元, 8500余万元, 1.1万余座: 余/多 straight after the numeral stands
 * for the places below its last digit, so 3000..4000 (the "blur" range
 * of JioNLP's money parser). Returns 1 if so. */
static inline __attribute__((always_inline)) int value_blur(struct gw_qty_scan *sc, struct cand *c)
{
	struct gw_numeral *a = &sc->a;
	const char *s = c->s;
	size_t e = c->e, n = c->n;
	if (c->neg || gw_dec_is_zero(&a->val) || a->val.exp < 0 ||
	    !(a->midqlen || (c->ua && e < c->j && (has(s, n, e, "余") || has(s, n, e, "多")))))
		return 0;
	/* after a scale word the places below it: 10万多 is 10万..11万 */
	long place = a->val.exp;
	if (!a->midqlen && a->tail > 0 && a->tail < place)
		place = a->tail;
	gw_dec_set_u(&sc->w, 1);
	gw_dec_shift(&sc->w, place);
	gw_dec_add(&sc->w, &a->val);
	scaled(&sc->w, c->ua, &sc->v);
	fmt(&sc->q.high, &sc->v, 0);
	c->bound = QB_LOW;
	return 1;
}

/* A point value: the number with its unit and qualifiers */
static inline __attribute__((always_inline)) size_t rule_value(struct gw_qty_scan *sc, struct cand *c)
{
	struct gw_numeral *a = &sc->a;
	struct gw_qty *q = &sc->q;
	const char *s = c->s;
	size_t n = c->n;
	value_unit(sc, c);
	if (a->midqlen) {
		/* 二百三十余万, 8500余万元: the 余 inside the number comes first */
		prepend_qual(sc, c->s + c->p + a->midq, a->midqlen);
		c->bound = c->bound == QB_NONE ? QB_LOW : c->bound;
	}
	const struct gw_qty_qual *bq = qual_before_take(sc, s, c->i, &c->bound, 1);
	int blur = value_blur(sc, c);
	scaled(&a->val, c->ua, &sc->v);
	fmt(&q->value, &sc->v, c->neg);
	if (!blur && (c->bound == QB_LOW || c->bound == QB_HIGH)) {
		sc->v.neg = c->neg && !gw_dec_is_zero(&sc->v);
		size_t e2 = other_bound(sc, s, n, c->j > q->b1 ? c->j : q->b1, c->bound, c->ua,
		                        bq && ends(s, q->b0, bq->w) ? q->b0 - bq->wl : q->b0);
		if (e2) {
			sc->rule = "bounds";
			emit(sc, s, n);
			return e2;
		}
	}
	set_bound(q, c->bound);
	emit(sc, s, n);
	return c->j > q->b1 ? c->j : q->b1;
}

/* The rules in the order they are tried. A list the compiler expands
 * into calls it can inline (a loop over function pointers costs a call
 * per rule and candidate). */
#define RULES(X) \
	X(url, "url") \
	X(not_number, "not-number") \
	X(sign, "sign") \
	X(ordinal, "ordinal") \
	X(percent_words, "percent-words") \
	X(numeral, "numeral") \
	X(financial, "financial") \
	X(name, "name") \
	X(fraction, "fraction") \
	X(ratio, "ratio") \
	X(digit_date, "digit-date") \
	X(clock, "clock") \
	X(year, "year") \
	X(month, "month") \
	X(session, "session") \
	X(plenum, "plenum") \
	X(congress, "congress") \
	X(month_range, "month-range") \
	X(some, "some") \
	X(unit, "unit") \
	X(tens, "tens") \
	X(year_name, "year-name") \
	X(doubling, "doubling") \
	X(discount, "discount") \
	X(neighbours, "neighbours") \
	X(range, "range") \
	X(coins, "coins") \
	X(half, "half") \
	X(article, "article") \
	X(money_sign, "money-sign") \
	X(people, "people") \
	X(bare, "bare") \
	X(value, "value")

/* The quantity that starts at s[i]. Returns where scanning goes on. */
static size_t candidate(struct gw_qty_scan *sc, const char *s, size_t n, size_t i)
{
	/* each field set by hand: an initialiser zeroes the whole struct
	 * with a string instruction, slow to start, once per candidate */
	struct cand c;
	c.s = s; c.u = (const unsigned char *)s; c.n = n; c.i = i; c.p = i; c.bound = QB_NONE;
	c.neg = 0; c.l = c.e = c.un_pos = c.j = c.ja = 0; c.un_e = c.ua = NULL; c.lead_scale = 0;
	size_t r;
	c.cp = cp_at(c.u + i, n - i, &c.len);
	row_reset(sc);
#define TRY(fn, label) \
	sc->rule = label; \
	if ((r = rule_##fn(sc, &c)) != NEXT) \
		return r;
	RULES(TRY)
#undef TRY
	return r;  /* rule_value always ends the candidate */
}

/* The character at p (three bytes readable) may start a candidate, or
 * its first byte is no lead byte of three */
static inline __attribute__((always_inline)) int start3_at(const struct gw_qty_tables *t, const unsigned char *p)
{
	return t->start3[((unsigned)p[0] | (unsigned)p[1] << 8) & 0x3FFF] >> (p[2] & 0x3F) & 1;
}

/* The scan from i on, a character at a time (the portable one, and the
 * end of the text after the wide blocks) */
static void scan_rest(struct gw_qty_scan *sc, const char *s, size_t n, size_t i)
{
	const struct gw_qty_tables *t = sc->t;
	const unsigned char *u = (const unsigned char *)s;
	while (i < n) {
		unsigned c = u[i];
		if (c - 0xE0 < 0x10) {
			/* most of the text: CJK in three bytes, the second and
			 * third continuation bytes (the text is valid UTF-8) */
			if (i + 3 > n)
				break;
			const unsigned char *p = u + i, *end = u + n - 2;
			/* stops at a candidate or at any other lead byte; two
			 * characters a turn while two are left */
			while (p + 3 < end) {
				if (start3_at(t, p))
					goto found;
				if (start3_at(t, p + 3)) {
					p += 3;
					goto found;
				}
				p += 6;
			}
			while (p < end && !start3_at(t, p))
				p += 3;
		found:
			i = (size_t)(p - u);
			if (p < end && *p - 0xE0u < 0x10 && start3_at(t, p))
				i = candidate(sc, s, n, i);
			continue;
		}
		if (c < 0x80) {
			if ((c >= '0' && c <= '9') || c == '-' || (c == '.' && lead_point_at(u, n, i) && lead_point_ok(u, i))) {
				i = candidate(sc, s, n, i);
				continue;
			}
			i++;
			continue;
		}
		i += c < 0xE0 ? 2 : 4;
	}
}

/* The character at i, where the filter stopped: a candidate, or the
 * scan goes on after it (the tests of scan_rest, exactly) */
static size_t scan_step(struct gw_qty_scan *sc, const char *s, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned c = u[i];
	if (c - 0xE0 < 0x10)
		return i + 3 <= n && start3_at(sc->t, u + i) ? candidate(sc, s, n, i) : i + 3;
	if (c < 0x80)
		return (c >= '0' && c <= '9') || c == '-' || (c == '.' && lead_point_at(u, n, i) && lead_point_ok(u, i)) ?
		    candidate(sc, s, n, i) : i + 1;
	return i + (c < 0xE0 ? 2 : 4);
}

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define QTY_AVX2 1
enum { WIDE = 34 };  /* the bytes a block reads: 32 from i, i + 1 and i + 2 */

/* The scan 32 bytes a round on a core with AVX2, up to where fewer than
 * WIDE bytes are left; returns the character boundary there. Each byte
 * is looked up by its nibbles as the first, second and third byte of a
 * start (the filter of scan_filter_ready, two sets of buckets), and only
 * the characters that pass, a few in a block, are tested exactly
 * (scan_step). A continuation byte is no first byte of any bucket, so
 * each one that passes starts a character, and the blocks need not start
 * at one: they go on 32 bytes at a time, with no data-dependent branch
 * to find the next character. */
__attribute__((target("avx2")))
static size_t scan_wide(struct gw_qty_scan *sc, const char *s, size_t n)
{
	const struct gw_qty_tables *t = sc->t;
	const unsigned char *u = (const unsigned char *)s;
#define TAB(z, k, h) _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)t->nib[z][k][h]))
	const __m256i a_lo0 = TAB(0, 0, 0), a_hi0 = TAB(0, 0, 1), a_lo1 = TAB(0, 1, 0), a_hi1 = TAB(0, 1, 1),
	    a_lo2 = TAB(0, 2, 0), a_hi2 = TAB(0, 2, 1), b_lo0 = TAB(1, 0, 0), b_hi0 = TAB(1, 0, 1),
	    b_lo1 = TAB(1, 1, 0), b_hi1 = TAB(1, 1, 1), b_lo2 = TAB(1, 2, 0), b_hi2 = TAB(1, 2, 1),
	    low = _mm256_set1_epi8(0x0F), zero = _mm256_setzero_si256();
#undef TAB
#define LO(v) _mm256_and_si256(v, low)
#define HI(v) _mm256_and_si256(_mm256_srli_epi16(v, 4), low)
#define LOOK(tab, x) _mm256_shuffle_epi8(tab, x)
	size_t i = 0;
	while (i + WIDE <= n) {
		__m256i v0 = _mm256_loadu_si256((const __m256i *)(u + i));
		__m256i v1 = _mm256_loadu_si256((const __m256i *)(u + i + 1));
		__m256i v2 = _mm256_loadu_si256((const __m256i *)(u + i + 2));
		__m256i l0 = LO(v0), h0 = HI(v0), l1 = LO(v1), h1 = HI(v1), l2 = LO(v2), h2 = HI(v2);
		__m256i ma = _mm256_and_si256(_mm256_and_si256(_mm256_and_si256(LOOK(a_lo0, l0), LOOK(a_hi0, h0)),
		    _mm256_and_si256(LOOK(a_lo1, l1), LOOK(a_hi1, h1))), _mm256_and_si256(LOOK(a_lo2, l2), LOOK(a_hi2, h2)));
		__m256i mb = _mm256_and_si256(_mm256_and_si256(_mm256_and_si256(LOOK(b_lo0, l0), LOOK(b_hi0, h0)),
		    _mm256_and_si256(LOOK(b_lo1, l1), LOOK(b_hi1, h1))), _mm256_and_si256(LOOK(b_lo2, l2), LOOK(b_hi2, h2)));
		unsigned pass = ~(unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_or_si256(ma, mb), zero));
		size_t next = i + 32;
		while (pass) {
			size_t e = scan_step(sc, s, n, i + (size_t)__builtin_ctz(pass));
			if (e >= next) {  /* a candidate went past the block */
				next = e;
				break;
			}
			pass &= ~0u << (e - i);
		}
		i = next;
	}
#undef LO
#undef HI
#undef LOOK
	/* A block may start inside a character: its continuation bytes
	 * pass no filter, and the block before tested the character. The
	 * scan after this goes by characters. */
	while (i < n && (u[i] & 0xC0) == 0x80)
		i++;
	return i;
}
#endif

void gw_qty_scan_text(struct gw_qty_scan *sc, const char *s, size_t n)
{
	size_t i = 0;
	sc->cl_ok = 0;  /* a new text, perhaps in the same buffer */
#ifdef QTY_AVX2
	if (gw_have_avx2())
		i = scan_wide(sc, s, n);
#endif
	scan_rest(sc, s, n, i);
}

void gw_qty_tables_free(struct gw_qty_tables *t)
{
	for (size_t i = 0; i < t->nu; i++) {
		free(t->u[i].w);
		free(t->u[i].canon);
		free(t->u[i].kind);
		gw_dec_free(&t->u[i].scale);
	}
	for (size_t i = 0; i < t->nq; i++)
		free(t->q[i].w);
	for (size_t i = 0; i < t->nx; i++)
		free(t->x[i].w);
	free(t->u);
	free(t->ubucket);
	free(t->q);
	free(t->qa);
	free(t->qb);
	free(t->qf);
	free(t->x);
	free(t->xr);
	free(t->xg);
	for (int c = 0; c < QW_NCLASS; c++) {
		for (size_t i = 0; i < t->words[c].n; i++)
			free((char *)t->words[c].w[i].w);
		free(t->words[c].w);
	}
	free(t->cur);
	memset(t, 0, sizeof *t);
}
