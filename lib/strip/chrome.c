#include "chrome.h"
#include "core/alloc.h"
#include "core/error.h"
#include "core/datafile.h"
#include "core/hanzi.h"
#include "core/utf8.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static void classify(void *arg, size_t lineno, const char *s, size_t n);

void gw_chrome_init(struct gw_chrome *c, gw_chrome_emit_fn emit, void *arg)
{
	memset(c, 0, sizeof *c);
	c->emit = emit;
	c->arg = arg;
	c->md = pcre2_match_data_create(4, NULL);
	gw_rejoin_init(&c->rejoin, classify, c);
}

struct loadctx { struct gw_chrome *c; const char *base; };

pcre2_code *gw_chrome_compile(const char *pat, size_t n, const char *path, unsigned long line,
    struct gw_error *err)
{
	int code;
	PCRE2_SIZE off;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, n, PCRE2_UTF, &code, &off, NULL);
	if (!re) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(code, msg, sizeof msg);
		gw_error_at(err, path, line, "bad pattern at offset %zu: %s", (size_t)off, (char *)msg);
		return NULL;
	}
	if (!getenv("GONGWEN_NO_JIT"))
		pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	return re;
}

/* The reason --label shows: "name<TAB>pattern" names it, a pattern
 * alone is "file:line". The pattern is what follows the first run of
 * TABs, TABs inside it kept. */
static char *pattern_name(const struct gw_row *row, const char *base, const char **pat, size_t *n)
{
	if (row->n == 1) {
		*pat = row->f[0], *n = row->len[0];
		size_t bl = strlen(base);
		char *name = gw_xmalloc(bl + 24);
		snprintf(name, bl + 24, "%s:%lu", base, row->line);
		return name;
	}
	size_t k = 1;
	while (k + 1 < row->n && row->len[k] == 0)
		k++;
	char *p = row->f[k], *e = row->f[row->n - 1] + row->len[row->n - 1];
	for (char *q = p; q < e; q++)
		if (*q == 0)
			*q = '\t';
	*pat = p, *n = (size_t)(e - p);
	char *name = gw_xmalloc(row->len[0] + 1);
	memcpy(name, row->f[0], row->len[0] + 1);
	return name;
}

static int add_pattern(const struct gw_row *row, void *arg, struct gw_error *err)
{
	struct loadctx *lc = arg;
	struct gw_chrome *c = lc->c;
	const char *s;
	size_t n;
	char *name = pattern_name(row, lc->base, &s, &n);
	pcre2_code *re = gw_chrome_compile(s, n, row->path, row->line, err);
	if (!re) {
		free(name);
		return -1;
	}
	if (c->npat == c->cappat) {
		c->cappat = c->cappat ? 2 * c->cappat : 64;
		c->pat = gw_xrealloc(c->pat, c->cappat * sizeof *c->pat);
	}
	struct gw_chrome_pat *p = &c->pat[c->npat++];
	p->name = name;
	p->re = re;
	p->src = gw_xmalloc(n + 1);
	memcpy(p->src, s, n);
	p->src[n] = 0;
	p->head = memmem(s, n, "(?#head)", 8) != NULL;
	p->end = memmem(s, n, "(?#end)", 7) != NULL;
	p->soft = memmem(s, n, "(?#soft)", 8) != NULL;
	return 0;
}

int gw_chrome_load(struct gw_chrome *c, const char *path, struct gw_error *err)
{
	if (c->combined) {   /* loaded after a document: combine again */
		pcre2_code_free(c->anchored);
		free(c->in_anchored);
		free(c->need);
		free(c->chslot);
		free(c->unf);
		c->unf = NULL;
		c->anchored = NULL, c->in_anchored = NULL, c->combined = 0;
		c->need = NULL, c->chslot = c->pairfirst = NULL, c->marked = NULL;
	}
	const char *slash = strrchr(path, '/');
	struct loadctx lc = { c, slash ? slash + 1 : path };
	return gw_data_each(path, add_pattern, &lc, err);
}

static int add_label(const struct gw_row *row, void *arg, struct gw_error *err)
{
	struct gw_chrome *c = arg;
	if (row->n < 3)
		return gw_error_at(err, row->path, row->line, "expected 'word<TAB>role<TAB>kind'");
	if (strcmp(row->f[2], "label") == 0 && row->len[0])
		gw_buf_add(&c->labels, row->f[0], row->len[0] + 1);
	return 0;
}

int gw_chrome_load_labels(struct gw_chrome *c, const char *path, struct gw_error *err)
{
	return gw_data_each(path, add_label, c, err);
}

/* The line opens with a task label, after a bracket if any. */
static int task_line(const struct gw_chrome *c, const char *s, size_t n)
{
	if (n && (*s == '(' || *s == '['))
		s++, n--;
	else if (n >= 3 && (memcmp(s, "\xEF\xBC\x88", 3) == 0 || memcmp(s, "\xE3\x80\x90", 3) == 0))
		s += 3, n -= 3;
	for (size_t o = 0; o < c->labels.len; ) {
		const char *w = c->labels.p + o;
		size_t k = strlen(w);
		if (k <= n && memcmp(s, w, k) == 0)
			return 1;
		o += k + 1;
	}
	return 0;
}

/* pcre2_jit_match skips pcre2_match's checks of its arguments, a
 * good part of the cost of a call that fails at once. */
static int run(const pcre2_code *re, int jit, const char *s, size_t n, pcre2_match_data *md)
{
	if (jit)
		return pcre2_jit_match(re, (PCRE2_SPTR)s, n, 0, 0, md, NULL);
	return pcre2_match(re, (PCRE2_SPTR)s, n, 0, PCRE2_NO_UTF_CHECK, md, NULL);
}

static int jitted(const pcre2_code *re)
{
	size_t size = 0;
	return pcre2_pattern_info(re, PCRE2_INFO_JITSIZE, &size) == 0 && size > 0;
}

static void prefilter(struct gw_chrome *c);

/* Build the prefilter, then c->anchored (see chrome.h) of the anchored
 * patterns the prefilter cannot rule out. A pattern with back
 * references is left out: its group numbers would change inside the
 * alternation. The unanchored patterns are not combined: alone, each
 * keeps PCRE2's scan for its first and required characters, which an
 * alternation of them loses (measured: a third more instructions on
 * the samples). */
static void combine(struct gw_chrome *c)
{
	c->combined = 1;
	prefilter(c);
	c->in_anchored = gw_xmalloc((c->npat + 1) * sizeof *c->in_anchored);
	struct gw_buf alt = { 0 };
	size_t k = 0;
	for (size_t i = 0; i < c->npat; i++) {
		uint32_t opts = 0, backrefs = 0;
		c->in_anchored[i] = 0;
		pcre2_pattern_info(c->pat[i].re, PCRE2_INFO_ALLOPTIONS, &opts);
		pcre2_pattern_info(c->pat[i].re, PCRE2_INFO_BACKREFMAX, &backrefs);
		/* \Q without \E, or a (?x) comment, would swallow the ')' */
		const char *src = c->pat[i].src;
		if (!(opts & PCRE2_ANCHORED) || backrefs || strstr(src, "\\Q") || strstr(src, "(?x") ||
		    c->need[i])
			continue;
		gw_buf_adds(&alt, k++ ? "|(?:" : "(?:");
		gw_buf_adds(&alt, src);
		gw_buf_addc(&alt, ')');
		c->in_anchored[i] = 1;
	}
	int err;
	PCRE2_SIZE off;
	if (k)
		c->anchored = pcre2_compile((PCRE2_SPTR)alt.p, alt.len, PCRE2_UTF, &err, &off, NULL);
	if (c->anchored) {
		pcre2_jit_compile(c->anchored, PCRE2_JIT_COMPLETE);
		c->anchored_jit = jitted(c->anchored);
	}
	else
		memset(c->in_anchored, 0, c->npat * sizeof *c->in_anchored);
	gw_buf_free(&alt);
}

/* Literal prefilter. A PCRE2 call costs hundreds of instructions
 * even when it fails at once, and the unanchored patterns scan the
 * whole line; with some eighty patterns that was most of gw-strip's
 * time. But nearly every pattern needs some literal character: each
 * branch has a first item that is a character or a group of literal
 * alternatives and is not optional ("技术支持\s*[:：]",
 * "(版权所有|网站地图)...", "^.{0,20}责任编辑", "ICP[备证]|网安备").
 * A line without one of those characters cannot match, and one pass
 * over the line's characters (a table lookup each) says which
 * patterns are worth a call. Where the item is the first thing after
 * ^, the line's first character alone decides. Anything the small
 * parser below is unsure of (inline options, lookarounds, \p{..},
 * case-insensitive patterns) leaves the pattern without a prefilter:
 * tried on every line, as before. Soundness is all that matters here:
 * the patterns still decide every line they are tried on. */
static int gw_meta_char(char ch)
{
	return ch && strchr("\\^$.[]|()?*+{}", ch) != NULL;
}

/* After an atom: its quantifier, if any (0: bad quantifier). */
static const char *skip_quant(const char *p, const char *e, int *had)
{
	*had = 0;
	if (p < e && (*p == '?' || *p == '*' || *p == '+'))
		p++, *had = 1;
	else if (p < e && *p == '{') {
		const char *q = memchr(p, '}', (size_t)(e - p));
		if (!q)
			return NULL;
		p = q + 1, *had = 1;
	}
	if (*had && p < e && (*p == '?' || *p == '+'))
		p++;
	return p;
}

/* End of the character class that starts at p ('['), NULL if none. */
static const char *class_end(const char *p, const char *e)
{
	p++;
	if (p < e && *p == '^')
		p++;
	if (p < e && *p == ']')
		p++;
	while (p < e && *p != ']') {
		if (*p == '\\') {
			p += 2;
			continue;
		}
		if (*p == '[' && e - p >= 2 && (p[1] == ':' || p[1] == '.' || p[1] == '=')) {
			char t = p[1];
			const char *q = p + 2;
			while (q + 1 < e && !(q[0] == t && q[1] == ']'))
				q++;
			if (q + 1 >= e)
				return NULL;
			p = q + 2;
			continue;
		}
		p++;
	}
	return p < e ? p + 1 : NULL;
}

/* Past one item of a pattern: an escaped character, a class or one
 * byte. NULL if a class is not closed. */
static const char *item_end(const char *p, const char *e)
{
	if (*p == '\\')
		return e - p > 2 ? p + 2 : e;
	if (*p == '[')
		return class_end(p, e);
	return p + 1;
}

/* End of the group that starts at p ('('), NULL if none. */
static const char *group_end(const char *p, const char *e)
{
	int depth = 0;
	while (p < e) {
		if (*p == '(')
			depth++;
		else if (*p == ')' && --depth == 0)
			return p + 1;
		if (!(p = item_end(p, e)))
			return NULL;
	}
	return NULL;
}

/* Where the pair a b is in pairkey, or the free entry where it would
 * go (open addressing; the table is never more than half full). */
static inline unsigned pair_at(const struct gw_chrome *c, uint32_t a, uint32_t b)
{
	uint32_t key = a << 16 | b;
	unsigned k = (unsigned)(((uint64_t)key * 0x9E3779B97F4A7C15ULL) >> 40) & (CHROME_PAIRS - 1);
	while (c->pairkey[k] && c->pairkey[k] != key)
		k = (k + 1) & (CHROME_PAIRS - 1);
	return k;
}

static inline int is_marked(const struct gw_chrome *c, uint32_t cp)
{
	return c->marked[cp >> 6] >> (cp & 63) & 1;
}

/* Mark the character at s (valid UTF-8) as one the pattern with bit b
 * needs, or where the character at s2 must follow it (s2 not NULL),
 * that pair: "阅读" is rarer than "阅", let alone "人" of "人气". 0 if
 * it cannot be used. */
static int need_char(struct gw_chrome *c, const char *s, const char *s2, unsigned b)
{
	uint32_t cp, cp2 = 0;
	gw_utf8_decode((const unsigned char *)s, &cp);
	if (s2)
		gw_utf8_decode((const unsigned char *)s2, &cp2);
	/* line_mask reads characters beyond the BMP as 0 */
	if (cp >= 0x10000 || cp == 0 || cp2 >= 0x10000)
		return 0;
	if (c->dry)
		return 1;
	uint8_t *slot = &c->chslot[cp];
	if (cp2) {
		unsigned k = pair_at(c, cp, cp2);
		if (!c->pairkey[k]) {
			if (c->npairs >= CHROME_PAIRS / 2)
				return 0;
			c->npairs++;
			c->pairkey[k] = cp << 16 | cp2;   /* its slot stays 0 if undone */
		}
		slot = &c->pairslot[k];
		c->pairfirst[cp] = 1;   /* left set if the pattern is undone: only costs time */
	}
	c->marked[cp >> 6] |= (uint64_t)1 << (cp & 63);   /* likewise */
	/* slots hold distinct masks, never changed once made: most
	 * characters are needed by one pattern, so there are about as
	 * many as patterns, however many characters */
	uint64_t want[2] = { c->chmask[*slot][0], c->chmask[*slot][1] };
	want[b / 64] |= (uint64_t)1 << b % 64;
	if (!memcmp(want, c->chmask[*slot], sizeof want))
		return 1;
	size_t k = 1;
	while (k <= c->nslot && memcmp(c->chmask[k], want, sizeof want))
		k++;
	if (k > c->nslot) {
		if (c->nslot >= 255)
			return 0;
		k = ++c->nslot;
		memcpy(c->chmask[k], want, sizeof want);
	}
	if (c->nundo == CHROME_UNDO)
		return 0;
	c->undo[c->nundo].slot = slot;
	c->undo[c->nundo++].old = *slot;
	*slot = (uint8_t)k;
	return 1;
}

static int alts_need(struct gw_chrome *c, const char *p, const char *e, unsigned b, int at_first);

/* A group that must be there: each alternative needs one. Sets *m to
 * what alts_need found (0 if the group is optional or special) and
 * returns the pattern after it, NULL if it cannot be read. */
static const char *group_need(struct gw_chrome *c, const char *p, const char *e, unsigned b,
    int at_first, int *m)
{
	int had;
	*m = 0;
	const char *g = group_end(p, e);
	if (!g)
		return NULL;
	const char *in = p + 1, *ie = g - 1;
	if (ie - in >= 2 && in[0] == '?' && in[1] == ':')
		in += 2;
	const char *after = skip_quant(g, e, &had);
	if (after && !had && ie > in && in[0] != '?')
		*m = alts_need(c, in, ie, b, at_first);
	return after;
}

/* A plain character at p (q after it): 1 if it is required (no
 * quantifier lets it be absent) and was marked, with the next character
 * too if that is a plain one; 0 if it may be absent; -1 if the rest
 * cannot be read. */
static int literal_need(struct gw_chrome *c, const char *p, const char *q, const char *e, unsigned b)
{
	int had;
	if (!skip_quant(q, e, &had))
		return -1;
	if (had)
		return 0;
	const char *s2 = NULL;
	if (q < e && !gw_meta_char(*q)) {
		uint32_t cp2;
		const char *q2 = q + gw_utf8_decode((const unsigned char *)q, &cp2);
		int had2;
		const char *r2 = skip_quant(q2, e, &had2);
		if (r2 && !had2)
			s2 = q;
	}
	return need_char(c, p, s2, b) ? 1 : -1;
}

/* The least number of times the quantifier at q (if any) lets the atom
 * before it match: 0 for ? * and {0,..}, and for anything this parser
 * does not read as a quantifier it knows ({,n} is literal in PCRE2). */
static unsigned long quant_least(const char *q, const char *e)
{
	if (q >= e || *q == '+')
		return 1;
	if (*q == '?' || *q == '*')
		return 0;
	if (*q != '{')
		return 1;
	unsigned long m = 0;
	const char *d = q + 1;
	while (d < e && *d >= '0' && *d <= '9' && m < 1000)
		m = 10 * m + (unsigned long)(*d++ - '0');
	return d > q + 1 && d < e && (*d == ',' || *d == '}') ? m : 0;
}

/* An escaped mark that must be there (\| \. \[, q after it): a plain
 * character. 1 if marked, 0 if it is another escape (\d: digits open
 * numbered lines, too common to tell lines apart) or may be absent, -1
 * if it cannot be used. */
static int escape_need(struct gw_chrome *c, const char *p, const char *q, const char *e, unsigned b)
{
	if (!quant_least(q, e))
		return 0;
	unsigned char ch = (unsigned char)p[1];
	if (ch < 0x80 && ch > ' ' && !(ch >= '0' && ch <= '9') && !((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z'))
		return need_char(c, p + 1, NULL, b) ? 1 : -1;
	return 0;
}

/* A class [p, q) of plain characters ([报報] [:：] [(（], a '-' only
 * last) that must be there: each of them is marked. 1 if marked, 0 if
 * the class is of another kind or may be absent, -1 if it cannot be
 * used. */
static int class_need(struct gw_chrome *c, const char *p, const char *q, const char *e, unsigned b)
{
	if (!quant_least(q, e) || q - p < 3 || p[1] == '^')
		return 0;
	for (const char *r = p + 1; r < q - 1; r++)
		if ((*r == '-' && r != q - 2) || *r == '\\' || *r == '[')
			return 0;
	for (const char *r = p + 1; r < q - 1; ) {
		uint32_t cp;
		int k = gw_utf8_decode((const unsigned char *)r, &cp);
		if (!need_char(c, r, NULL, b))
			return -1;
		r += k;
	}
	return 1;
}

/* Past the (?#...) comments and ^ that open a branch; *first becomes 2
 * at a ^. NULL if a comment is not closed. */
static const char *skip_lead(const char *p, const char *e, int *first)
{
	while (p < e && (*p == '^' || (e - p >= 3 && !memcmp(p, "(?#", 3)))) {
		if (*p == '^')
			*first = 2, p++;
		else {
			const char *q = memchr(p, ')', (size_t)(e - p));
			if (!q)
				return NULL;
			p = q + 1;
		}
	}
	return p;
}

/* The branch [p, e): mark the characters one of which it needs.
 * Returns 0 if none found, 1 if one of them must be somewhere in the
 * line, 2 if one of them must be the line's first character (the
 * branch begins with ^, or at_first says it is at the start, and its
 * first item is the required one). */
static int branch_need(struct gw_chrome *c, const char *p, const char *e, unsigned b,
    int at_first, const char **at, const char **next)
{
	int at_start = 1, first = at_first ? 2 : 1, had;
	if (!(p = skip_lead(p, e, &first)))
		return 0;
	while (p < e) {
		if (*p == '^' || *p == '$') {   /* zero width */
			p++;
			continue;
		}
		if (e - p >= 3 && !memcmp(p, "(?#", 3)) {
			const char *q = memchr(p, ')', (size_t)(e - p));
			if (!q)
				return 0;
			p = q + 1;
			continue;
		}
		if (*p == '(') {
			int m;
			const char *g = p;
			if (!(p = group_need(c, p, e, b, at_start && first == 2, &m)))
				return 0;
			if (m) {
				*at = g, *next = p;
				return m;
			}
			at_start = 0;
			continue;
		}
		const char *q;
		int m = 0;
		if (*p == '\\') {
			if (p + 1 >= e || strchr("pPxNgkoc0123456789", p[1]))
				return 0;
			if (strchr("bBAzZG", p[1])) {   /* zero width */
				p += 2;
				continue;
			}
			q = p + 2;
			m = escape_need(c, p, q, e, b);
		} else if (*p == '[') {
			if (!(q = class_end(p, e)))
				return 0;
			m = class_need(c, p, q, e, b);
		} else if (*p == '.')
			q = p + 1;
		else if (gw_meta_char(*p))
			return 0;
		else {
			uint32_t cp;
			q = p + gw_utf8_decode((const unsigned char *)p, &cp);
			m = literal_need(c, p, q, e, b);
		}
		const char *r = skip_quant(q, e, &had);
		if (m) {
			*at = p, *next = r ? r : e;
			return m < 0 ? 0 : at_start ? first : 1;
		}
		if (!(p = r))
			return 0;
		at_start = 0;
	}
	return 0;
}

/* The end of the alternative that starts at p: the first '|' of [p, e)
 * outside groups and classes, or e; *depth is the group depth there (not
 * 0 at e when the parentheses do not pair). NULL if a class is not
 * closed. */
static const char *alt_end(const char *p, const char *e, int *depth)
{
	*depth = 0;
	while (p < e) {
		if (*p == '(')
			++*depth;
		else if (*p == ')')
			--*depth;
		else if (*p == '|' && *depth == 0)
			return p;
		if (!(p = item_end(p, e)))
			return NULL;
	}
	return e;
}

/* The alternatives [p, e): the least of their branch_need, 0 if one
 * needs nothing. */
static int alts_need(struct gw_chrome *c, const char *p, const char *e, unsigned b, int at_first)
{
	int depth, mode = 2;
	for (;;) {
		const char *q = alt_end(p, e, &depth), *at, *next;
		if (!q)
			return 0;
		int m = branch_need(c, p, q, b, at_first, &at, &next);
		mode = m < mode ? m : mode;
		if (!mode || q == e)
			break;
		p = q + 1;
	}
	return depth == 0 ? mode : 0;
}

/* Undo the marks made since the undo stack held k, last first. */
static void undo_to(struct gw_chrome *c, size_t k)
{
	while (c->nundo > k) {
		c->nundo--;
		*c->undo[c->nundo].slot = c->undo[c->nundo].old;
	}
}

/* No '|' outside groups and classes: the pattern is one branch. */
static int one_branch(const char *p, const char *e)
{
	int depth;
	return alt_end(p, e, &depth) == e;
}

/* A pattern of one branch needs every item of it that must be there;
 * the first of them [at1, from) gave its bit, the last after it that is
 * written otherwise, if any, gives a second bit b2 that a line must have
 * too (need2): "^\d{1,2}:\d{2}\s*-\s*\d{1,2}:" is tried on the lines
 * with a ':' and a '-', not on every line with a ':'. The items are
 * found without marking first, then that one is marked. */
static void second_need(struct gw_chrome *c, size_t i, const char *at1, const char *from,
    const char *e, unsigned b2)
{
	const char *last = NULL, *at, *next;
	size_t n1 = (size_t)(from - at1);
	c->dry = 1;
	while (from < e && branch_need(c, from, e, b2, 0, &at, &next) > 0 && next > from) {
		if ((size_t)(next - at) != n1 || memcmp(at, at1, n1) != 0)
			last = at;
		from = next;
	}
	c->dry = 0;
	size_t k = c->nundo;
	if (last && branch_need(c, last, e, b2, 0, &at, &next) > 0 && at == last)
		c->need2[i] = b2 + 1;
	else
		undo_to(c, k);
}

/* Give pattern i the prefilter bit b if every branch needs a character. */
static void prefilter_pattern(struct gw_chrome *c, size_t i, unsigned b, int second)
{
	const struct gw_chrome_pat *pt = &c->pat[i];
	uint32_t opts = 0;
	pcre2_pattern_info(pt->re, PCRE2_INFO_ALLOPTIONS, &opts);
	if (opts & (PCRE2_CASELESS | PCRE2_EXTENDED | PCRE2_EXTENDED_MORE | PCRE2_LITERAL |
	    PCRE2_MULTILINE))
		return;
	const char *s = pt->src, *e = s + strlen(s);
	/* inline options, lookarounds, verbs, \Q...\E: not for this parser */
	for (const char *q = s; (q = strchr(q, '(')); q++)
		if (q[1] == '*' || (q[1] == '?' && q[2] != '#' && q[2] != ':'))
			return;
	if (strstr(s, "\\Q"))
		return;
	c->nundo = 0;
	const char *at, *next;
	int single = one_branch(s, e);
	int mode = single ? branch_need(c, s, e, b, 0, &at, &next) : alts_need(c, s, e, b, 0);
	if (mode) {
		c->need[i] = b + 1;
		if (mode == 2)
			c->first_bits[b / 64] |= (uint64_t)1 << b % 64;
		if (single && second)
			second_need(c, i, at, next, e, b + 1);
		return;
	}
	undo_to(c, 0);
}

static void prefilter(struct gw_chrome *c)
{
	c->need = gw_xmalloc(2 * (c->npat + 1) * sizeof *c->need);
	memset(c->need, 0, 2 * (c->npat + 1) * sizeof *c->need);
	c->need2 = c->need + c->npat + 1;
	c->second_bits[0] = c->second_bits[1] = 0;
	/* one block: chslot, pairfirst, the bitmap (8-byte aligned) */
	c->chslot = gw_xmalloc(2 * 65536 + 65536 / 8);
	memset(c->chslot, 0, 2 * 65536 + 65536 / 8);
	c->pairfirst = c->chslot + 65536;
	c->marked = (uint64_t *)(void *)(c->chslot + 2 * 65536);
	memset(c->pairkey, 0, sizeof c->pairkey);
	memset(c->pairslot, 0, sizeof c->pairslot);
	c->npairs = 0;
	memset(c->chmask, 0, sizeof c->chmask);
	c->nslot = c->nneed = 0;
	c->first_bits[0] = c->first_bits[1] = 0;
	c->unf = gw_xmalloc((c->npat + 1) * sizeof *c->unf);
	c->nunf = 0;
	for (size_t i = 0; i < c->npat; i++) {
		c->pat[i].jit = jitted(c->pat[i].re);
		/* a second bit only while every pattern after this one can
		 * still have its first */
		if (c->nneed < 128)
			prefilter_pattern(c, i, (unsigned)c->nneed, c->nneed + 1 + (c->npat - i) <= 128);
		if (c->need[i])
			c->bitpat[c->nneed++] = i;
		if (c->need2[i]) {
			c->second_bits[c->nneed / 64] |= (uint64_t)1 << c->nneed % 64;
			c->bitpat[c->nneed++] = i;
		}
		if (!c->need[i])
			c->unf[c->nunf++] = i;
	}
}

/* The prefilter bits of s (valid UTF-8): those of every character
 * for the patterns that need one anywhere, those of the first
 * character for the patterns that need it first. */
static inline uint32_t next_cp(const unsigned char **pp)
{
	const unsigned char *p = *pp;
	unsigned b = p[0];
	uint32_t cp;
	if (b - 0xE0 < 0x10)   /* the ideographs and CJK punctuation first */
		cp = ((b & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F), p += 3;
	else if (b < 0x80)
		cp = b, p++;
	else if (b < 0xE0)
		cp = ((b & 0x1F) << 6) | (p[1] & 0x3F), p += 2;
	else
		cp = 0, p += 4;   /* no pattern needs a character beyond the BMP */
	*pp = p;
	return cp;
}

static void line_mask(const struct gw_chrome *c, const char *s, size_t n, uint64_t have[2])
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	have[0] = have[1] = 0;
	if (!n)
		return;
	/* the first character and the first pair, for both kinds */
	uint32_t prev = next_cp(&p), cp;
	unsigned slot = c->chslot[prev];
	uint64_t f0 = c->chmask[slot][0], f1 = c->chmask[slot][1], m0 = f0, m1 = f1;
	int pf = c->pairfirst[prev];   /* prev begins a pair some pattern needs */
	if (p < e) {
		cp = next_cp(&p);
		if (pf) {
			slot = c->pairslot[pair_at(c, prev, cp)];
			f0 |= c->chmask[slot][0], f1 |= c->chmask[slot][1];
			m0 = f0, m1 = f1;
		}
		slot = c->chslot[cp];
		m0 |= c->chmask[slot][0], m1 |= c->chmask[slot][1];
		pf = c->pairfirst[cp];
		prev = cp;
	}
	/* most characters are in no table: the bitmap says so */
	while (p < e) {
		cp = next_cp(&p);
		if (pf) {
			slot = c->pairslot[pair_at(c, prev, cp)];
			m0 |= c->chmask[slot][0], m1 |= c->chmask[slot][1];
		}
		pf = 0;
		if (is_marked(c, cp)) {
			slot = c->chslot[cp];
			m0 |= c->chmask[slot][0], m1 |= c->chmask[slot][1];
			pf = c->pairfirst[cp];
		}
		prev = cp;
	}
	have[0] = (m0 & ~c->first_bits[0]) | (f0 & c->first_bits[0]);
	have[1] = (m1 & ~c->first_bits[1]) | (f1 & c->first_bits[1]);
}

void gw_chrome_free(struct gw_chrome *c)
{
	for (size_t i = 0; i < c->npat; i++) {
		pcre2_code_free(c->pat[i].re);
		free(c->pat[i].name);
		free(c->pat[i].src);
	}
	pcre2_code_free(c->anchored);
	free(c->in_anchored);
	free(c->need);
	free(c->chslot);
	free(c->unf);
	free(c->pat);
	free(c->rec);
	free(c->seen);
	gw_buf_free(&c->text);
	gw_buf_free(&c->title);
	gw_buf_free(&c->labels);
	gw_rejoin_free(&c->rejoin);
	pcre2_match_data_free(c->md);
}

/* Clearing costs what the last document used: a table grown for one
 * huge document is given back, not wiped again for every small one
 * after it (it grows again, from 256 slots, for the next big one). */
static void seen_reset(struct gw_chrome *c)
{
	if (c->capseen > 4 * c->nseen + 256) {
		free(c->seen);
		c->seen = NULL;
		c->capseen = 0;
	} else if (c->nseen)
		memset(c->seen, 0, c->capseen * sizeof *c->seen);
	c->nseen = 0;
}

void gw_chrome_begin(struct gw_chrome *c, int positional)
{
	if (!c->combined)
		combine(c);
	c->positional = positional;
	c->in_body = c->ended = 0;
	c->nrec = 0;
	gw_buf_clear(&c->text);
	gw_buf_clear(&c->title);
	c->title_headed = 0;
	c->nbullets = 0;
	gw_rejoin_begin(&c->rejoin);
	seen_reset(c);
}

/* Multiply-xorshift over 8-byte words, four independent lanes (a
 * single chain waits on each multiply: this ran at a few bytes a cycle
 * over every long line), then the tail byte by byte. The lanes are kept
 * in general registers (the empty asm): vectorised, as GCC did, each
 * 64-bit multiply, which SSE2 lacks, became a chain of shifts and adds,
 * and this hash a twentieth of gw-strip's time. */
static uint64_t line_hash(const char *s, size_t n)
{
	const uint64_t prime = 1099511628211ULL;   /* FNV-1a's */
	uint64_t h = 1469598103934665603ULL ^ n;
	uint64_t l0 = h, l1 = h ^ 0x9E3779B97F4A7C15ULL, l2 = h ^ 0xC2B2AE3D27D4EB4FULL,
	    l3 = h ^ 0x165667B19E3779F9ULL;
	size_t i = 0;
	for (; i + 32 <= n; i += 32) {
		uint64_t w[4];
		memcpy(w, s + i, 32);
		l0 = (l0 ^ w[0]) * prime, l1 = (l1 ^ w[1]) * prime;
		l2 = (l2 ^ w[2]) * prime, l3 = (l3 ^ w[3]) * prime;
		__asm__("" : "+r"(l0), "+r"(l1), "+r"(l2), "+r"(l3));
		l0 ^= l0 >> 29, l1 ^= l1 >> 29, l2 ^= l2 >> 29, l3 ^= l3 >> 29;
	}
	const uint64_t l[4] = { l0, l1, l2, l3 };
	for (int k = 0; k < 4; k++) {
		h = (h ^ l[k]) * 0x9E3779B97F4A7C15ULL;
		h ^= h >> 32;
	}
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		h = (h ^ w) * prime;
		h ^= h >> 29;
	}
	for (; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * prime;
	return h;
}

/* Pages that carry the article twice (a desktop and a mobile copy, a
 * print version) repeat its paragraphs word for word; a document does
 * not. The second copy is not the body: it neither extends the body nor
 * is kept. 1 if s[0..n) was seen before in this document (hashes only,
 * so memory is 8 bytes a body paragraph, capped). */
static int seen_before(struct gw_chrome *c, const char *s, size_t n)
{
	enum { SEEN_MAX = 1 << 20 };
	uint64_t h = line_hash(s, n);
	h |= 1;   /* 0 marks an empty slot */
	if (c->nseen * 2 >= c->capseen) {
		if (c->nseen >= SEEN_MAX)
			return 0;
		size_t cap = c->capseen ? 2 * c->capseen : 256;
		uint64_t *t = gw_xmalloc(cap * sizeof *t);
		memset(t, 0, cap * sizeof *t);
		for (size_t i = 0; i < c->capseen; i++) {
			if (!c->seen[i])
				continue;
			size_t j = c->seen[i] & (cap - 1);
			while (t[j])
				j = (j + 1) & (cap - 1);
			t[j] = c->seen[i];
		}
		free(c->seen);
		c->seen = t, c->capseen = cap;
	}
	size_t j = h & (c->capseen - 1);
	for (; c->seen[j]; j = (j + 1) & (c->capseen - 1))
		if (c->seen[j] == h)
			return 1;
	c->seen[j] = h;
	c->nseen++;
	return 0;
}

/* Cheap features first: most body lines are decided by these alone. */
struct feat { size_t cps, cjk, punct, spaces; };

/* The E3 and EF characters that count: 。、 and ，；！？ are sentence
 * marks, U+3400-U+3FFF ideographs (the rest of that block is E4). */
static inline void feat_lead(const unsigned char *p, struct feat *f)
{
	if (p[0] == 0xE3) {
		if (p[1] == 0x80 && (p[2] == 0x81 || p[2] == 0x82))
			f->punct++;
		else if (p[1] >= 0x90)
			f->cjk++;
	} else if (p[1] == 0xBC && (p[2] == 0x8C || p[2] == 0x9B || p[2] == 0x81 || p[2] == 0x9F))
		f->punct++;
}

/* Byte at a time: the input is valid UTF-8, so characters are the
 * bytes that are not continuation bytes, and the lead byte says the
 * rest (E4-E9: ideographs U+4000-U+9FFF, no need to decode). */
static inline void feat_bytes(const unsigned char *p, const unsigned char *e, struct feat *f)
{
	for (; p < e; p++) {
		unsigned ch = *p;
		f->cps += (ch & 0xC0) != 0x80;
		f->spaces += ch == ' ';
		f->punct += ch == ',' || ch == ';';
		f->cjk += ch >= 0xE4 && ch <= 0xE9;
		if (ch == 0xE3 || ch == 0xEF)
			feat_lead(p, f);
	}
}

#ifdef __SSE2__
/* Lanes from the middle 16 bytes on are set: loaded at 16 - k, lanes k
 * and up; at 32 - k, lanes below k. */
static const unsigned char lane_mask[48] = {
	[16] = 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
	0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
};

/* The next sixteen bytes of [*pp, e) in *v, those of them not yet
 * counted set in *valid; their lane 0 is at the returned address. A
 * line's last bytes are the last sixteen of it again, the lanes already
 * counted masked off, or, in a line shorter than that, a copy. NULL at
 * the end. */
static inline const unsigned char *feat_block(const unsigned char **pp, const unsigned char *s,
    const unsigned char *e, unsigned char copy[16], __m128i *v, __m128i *valid)
{
	const unsigned char *p = *pp;
	size_t rest = (size_t)(e - p);
	if (rest >= 16) {
		*v = _mm_loadu_si128((const __m128i *)p);
		*valid = _mm_set1_epi8(-1);
		*pp = p + 16;
		return p;
	}
	if (!rest)
		return NULL;
	*pp = e;
	if (e - s >= 16) {
		*v = _mm_loadu_si128((const __m128i *)(e - 16));
		*valid = _mm_loadu_si128((const __m128i *)(lane_mask + rest));
		return e - 16;
	}
	memset(copy, 0, 16);
	memcpy(copy, p, rest);
	*v = _mm_loadu_si128((const __m128i *)copy);
	*valid = _mm_loadu_si128((const __m128i *)(lane_mask + 32 - rest));
	return p;
}
#endif

__attribute__((noinline)) static void features(const char *s, size_t n, struct feat *f)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	memset(f, 0, sizeof *f);
#ifdef __SSE2__
	/* sixteen bytes at a time, counts kept per byte lane (at most 255
	 * rounds before they are summed); the E3 and EF leads one by one */
	const __m128i cont = _mm_set1_epi8(-65), lo = _mm_set1_epi8((char)0xE3),
	    hi = _mm_set1_epi8((char)0xEA), sp = _mm_set1_epi8(' '),
	    comma = _mm_set1_epi8(','), semi = _mm_set1_epi8(';'),
	    e3 = _mm_set1_epi8((char)0xE3), ef = _mm_set1_epi8((char)0xEF), zero = _mm_setzero_si128();
	unsigned char copy[16];
	const unsigned char *q = p;
	while (q) {
		__m128i acps = zero, acjk = zero, asp = zero, apu = zero, v, ok;
		for (int round = 0; round < 255; round++) {
			if (!(q = feat_block(&p, (const unsigned char *)s, e, copy, &v, &ok)))
				break;
			acps = _mm_sub_epi8(acps, _mm_and_si128(ok, _mm_cmpgt_epi8(v, cont)));
			acjk = _mm_sub_epi8(acjk, _mm_and_si128(ok,
			    _mm_and_si128(_mm_cmpgt_epi8(v, lo), _mm_cmplt_epi8(v, hi))));
			asp = _mm_sub_epi8(asp, _mm_and_si128(ok, _mm_cmpeq_epi8(v, sp)));
			apu = _mm_sub_epi8(apu, _mm_and_si128(ok,
			    _mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, semi))));
			unsigned bits = (unsigned)_mm_movemask_epi8(_mm_and_si128(ok,
			    _mm_or_si128(_mm_cmpeq_epi8(v, e3), _mm_cmpeq_epi8(v, ef))));
			while (bits) {
				feat_lead(q + __builtin_ctz(bits), f);
				bits &= bits - 1;
			}
		}
		__m128i t;
		t = _mm_sad_epu8(acps, zero);
		f->cps += (size_t)_mm_cvtsi128_si32(t) + (size_t)_mm_extract_epi16(t, 4);
		t = _mm_sad_epu8(acjk, zero);
		f->cjk += (size_t)_mm_cvtsi128_si32(t) + (size_t)_mm_extract_epi16(t, 4);
		t = _mm_sad_epu8(asp, zero);
		f->spaces += (size_t)_mm_cvtsi128_si32(t) + (size_t)_mm_extract_epi16(t, 4);
		t = _mm_sad_epu8(apu, zero);
		f->punct += (size_t)_mm_cvtsi128_si32(t) + (size_t)_mm_extract_epi16(t, 4);
	}
#else
	feat_bytes(p, e, f);
#endif
}

/* The features of a pending line, counted when it came. */
static void rec_features(const struct gw_chrome_rec *r, struct feat *f)
{
	f->cps = r->cps, f->cjk = r->cjk, f->punct = r->punct, f->spaces = r->spaces;
}

/* A paragraph of running text: what marks the body. */
static int is_long(const struct feat *f)
{
	if (f->cps >= 30 && f->punct >= 2 && f->cjk * 2 >= f->cps)
		return 1;
	/* running text in a script with spaces between words */
	return f->cps >= 80 && f->spaces * 12 >= f->cps && f->punct >= 1 && f->cjk * 4 < f->cps;
}

/* The first pattern, in file order, that matches s. */
static long match(struct gw_chrome *c, const char *s, size_t n)
{
	int skip = c->anchored && run(c->anchored, c->anchored_jit, s, n, c->md) < 0;
	uint64_t have[2] = { 0, 0 }, all[2];
	if (c->nneed)
		line_mask(c, s, n, have);
	/* the candidates are those of the first bits; a second bit only
	 * rules its pattern out */
	all[0] = have[0], all[1] = have[1];
	have[0] &= ~c->second_bits[0], have[1] &= ~c->second_bits[1];
	/* the candidates in file order: the prefiltered ones whose
	 * characters the line has (bit k is the k-th of them), merged with
	 * those without a prefilter */
	size_t u = 0;
	for (;;) {
		while (u < c->nunf && skip && c->in_anchored[c->unf[u]])
			u++;
		int w = have[0] ? 0 : 1;   /* the first word's patterns come first */
		size_t i = have[w] ? c->bitpat[64 * w + (size_t)__builtin_ctzll(have[w])] : c->npat;
		if (u < c->nunf && c->unf[u] < i)
			i = c->unf[u++];
		else if (i < c->npat)
			have[w] &= have[w] - 1;
		else
			return -1;
		size_t k = c->need2[i];
		if (k && !(all[(k - 1) / 64] >> (k - 1) % 64 & 1))
			continue;
		if (run(c->pat[i].re, c->pat[i].jit, s, n, c->md) >= 0)
			return (long)i;
	}
}

/* A row of links or menu items: several short parts and no sentence. */
static int nav_like(const char *s, size_t n, const struct feat *f)
{
	if (f->punct)
		return 0;
	/* "* 附件1：任务分解表": the document's list of attachments */
	if (memmem(s, n, "\xE9\x99\x84\xE4\xBB\xB6", 6))
		return 0;
	if (n >= 2 && (s[0] == '*' || s[0] == '-' || s[0] == '+') && s[1] == ' ' && f->cps <= 24)
		return 1;
	if (n >= 4 && memcmp(s, "\xE2\x80\xA2", 3) == 0 && f->cps <= 24)
		return 1;
	size_t parts = 0, cur = 0, longest = 0, marks = 0, firstlen = 0, singles = 0;
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	while (p <= e) {
		int sep = p == e || *p == ' ' || *p == '|' || *p == '>';
		int k = 1;
		marks += p < e && (*p == '|' || *p == '>');
		if (!sep && p + 2 < e && p[0] == 0xEF && p[1] == 0xBD && p[2] == 0x9C)
			sep = 1, k = 3;    /* ｜ */
		if (!sep && p + 1 < e && p[0] == 0xC2 && p[1] == 0xB7)
			sep = 1, k = 2;    /* · */
		if (sep) {
			if (cur && !parts)
				firstlen = cur;
			else if (cur == 1)
				singles++;
			if (cur)
				parts++;
			if (cur > longest)
				longest = cur;
			cur = 0;
			if (p == e)
				break;
			p += k;
			continue;
		}
		if ((*p & 0xC0) != 0x80)
			cur++;
		p++;
	}
	/* a heading set letter-spaced (政 府 工 作 报 告): one Chinese
	 * character a part, spaces only between */
	if (longest == 1 && parts >= 4 && !marks && f->cjk == parts)
		return 0;
	/* a post and a name set letter-spaced (县长 张 三): the speaker line */
	if (parts >= 3 && parts <= 4 && firstlen >= 2 && singles == parts - 1 && !marks &&
	    f->cjk == firstlen + singles)
		return 0;
	return parts >= 3 && longest <= 8;
}

static int is_blank(const struct gw_chrome_rec *r) { return r->len == 0; }

/* A menu entry on a line of its own: a word or two (at least `least`
 * characters), no sentence mark, not a number. Outside the body a
 * single character counts too: banners set vertically, one character
 * a line. */
static int menu_word(const char *s, size_t n, const struct feat *f, size_t least)
{
	if (f->punct || f->cps < least || f->cps > 6 || f->cjk * 2 < f->cps)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] == ':' || (s[i] >= '0' && s[i] <= '9') ||
		    (unsigned char)s[i] == 0xEF)   /* ： （ ） ... */
			return 0;
	return 1;
}

static int list_item(const char *s, size_t n);

/* A row of links that says so: a list item, or parts separated by
 * | > · ｜ rather than spaces only (a list of agencies in the body is
 * written "县发改局 县财政局 县商务局"). */
static int marked_row(const char *s, size_t n)
{
	return list_item(s, n) || memchr(s, '|', n) || memchr(s, '>', n) ||
	    memmem(s, n, "\xC2\xB7", 2) || memmem(s, n, "\xEF\xBD\x9C", 3);
}

/* Menus are runs: three or more menu lines in a row (blank lines
 * aside), each a row of links or a lone menu word, are the site's.
 * Between two paragraphs of the body the run must hold two rows of
 * links marked as such (list items, | > separators), not only words (a
 * table's cells, a diagram's labels, a list of agencies). A single
 * short line there is a heading and stays. Text cut out of an HTML page
 * has had its menus removed with the markup. */
static void menu_runs(struct gw_chrome *c, int where)
{
	size_t n = c->nrec, i = 0;
	if (!c->positional)
		return;
	while (i < n) {
		size_t j = i, run = 0, last = i, rows = 0;
		for (; j < n; j++) {
			struct gw_chrome_rec *r = &c->rec[j];
			if (is_blank(r) || r->pat >= 0)   /* a pattern's chrome goes on a menu */
				continue;
			struct feat f;
			rec_features(r, &f);
			const char *s = c->text.p + r->off;
			if (!(r->keep || !strcmp(r->reason, "nav")))
				break;
			if (nav_like(s, r->len, &f)) {
				if (where != 1 || marked_row(s, r->len))
					rows++;
			} else if (!menu_word(s, r->len, &f, where == 1 ? 2 : 1))
				break;
			run++, last = j;
		}
		if (run >= 3 && (where != 1 || rows >= 2))
			for (size_t k = i; k <= last; k++)
				if (c->rec[k].keep)
					c->rec[k].keep = 0, c->rec[k].reason = "menu";
		i = j > i ? j : i + 1;
	}
}

static int list_item(const char *s, size_t n)
{
	return (n >= 2 && (s[0] == '*' || s[0] == '+' || s[0] == '-') && s[1] == ' ') ||
	    (n >= 3 && memcmp(s, "\xE2\x80\xA2", 3) == 0);   /* • */
}

/* Before and after the body, three or more list items in a row are a
 * sidebar (latest comments, most read, related headlines), however long
 * each item is. Inside the body a list is the document's own. */
static void list_runs(struct gw_chrome *c, int where)
{
	if (!c->positional || where == 1)
		return;
	size_t n = c->nrec, i = 0;
	while (i < n) {
		size_t j = i, run = 0, last = i;
		for (; j < n; j++) {
			struct gw_chrome_rec *r = &c->rec[j];
			if (is_blank(r) || r->pat >= 0)
				continue;
			/* a list of attachments (附件1: ...) is the document's */
			if (!list_item(c->text.p + r->off, r->len) ||
			    memmem(c->text.p + r->off, r->len, "\xE9\x99\x84\xE4\xBB\xB6", 6))
				break;
			run++, last = j;
		}
		if (run >= 3)
			for (size_t k = i; k <= last; k++)
				if (c->rec[k].keep)
					c->rec[k].keep = 0, c->rec[k].reason = "list";
		i = j > i ? j : i + 1;
	}
}

/* The bullet mark (● ■ ◆ ★ ...) s opens with, or 0. */
static uint32_t bullet_of(const char *s, size_t n)
{
	uint32_t cp;
	if (n < 3 || (unsigned char)s[0] != 0xE2)
		return 0;
	gw_utf8_decode((const unsigned char *)s, &cp);
	return (cp >= 0x25A0 && cp <= 0x25FF) || cp == 0x2605 || cp == 0x2606 || cp == 0x2756 ? cp : 0;
}

/* A kept line's bullet is the document's: after the body, lines that
 * open with it are the rest of its list, not the site's tail. */
static void note_bullet(struct gw_chrome *c, const char *s, size_t n)
{
	uint32_t b = bullet_of(s, n);
	if (!b || c->nbullets == 4)
		return;
	for (int i = 0; i < c->nbullets; i++)
		if (c->bullets[i] == b)
			return;
	c->bullets[c->nbullets++] = b;
}

static int doc_bullet(const struct gw_chrome *c, const char *s, size_t n)
{
	uint32_t b = bullet_of(s, n);
	for (int i = 0; b && i < c->nbullets; i++)
		if (c->bullets[i] == b)
			return 1;
	return 0;
}

static void emit_rec(struct gw_chrome *c, struct gw_chrome_rec *r)
{
	if (r->keep)
		note_bullet(c, c->text.p + r->off, r->len);
	c->emit(c->arg, r->lineno, c->text.p + r->off, r->len, r->keep, r->reason);
}

/* Lines after the last paragraph that still belong to the document:
 * a sentence, a date, the issuing body, an attachment note, a byline. */
static int signature_like(const char *s, size_t n, const struct feat *f)
{
	static const char *const ends[] = { "政府", "办公室", "委员会", "局", "厅", "部",
		"中心", "院", "会", "处", "委", "办", "日", NULL };
	static const char *const has[] = { "附件", "记者", "通讯员", "（此件", "(此件",
		"原标题", NULL };
	if (f->punct && f->cjk)
		return 1;
	/* a date written 2023-08-08 or 2023.8.8 */
	size_t digits = 0, seps = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			digits++;
		else if (s[i] == '-' || s[i] == '.' || s[i] == '/')
			seps++;
	}
	if (digits >= 6 && digits <= 8 && seps == 2 && digits + seps == n)
		return 1;
	if (n && (s[n - 1] == ')' || (n >= 3 && memcmp(s + n - 3, "\xEF\xBC\x89", 3) == 0)) && f->cjk)
		return 1;
	for (int i = 0; has[i]; i++)
		if (memmem(s, n, has[i], strlen(has[i])))
			return 1;
	if (f->cps > 30 || !f->cjk)
		return 0;
	for (int i = 0; ends[i]; i++) {
		size_t k = strlen(ends[i]);
		if (n >= k && memcmp(s + n - k, ends[i], k) == 0)
			return 1;
	}
	return 0;
}

/* s without markdown heading and list marks at the start. */
static const char *unmark(const char *s, size_t n, size_t *k)
{
	size_t i = 0;
	while (i < n && (s[i] == '#' || s[i] == '*' || s[i] == ' '))
		i++;
	*k = n - i;
	return s + i;
}

/* The line opens with a numbered outline marker: 一、 (一) （一） 1. 1、
 * (1). After the signature such a line means the document goes on (an
 * attachment: a task list, a plan), not that the page's footer began. */
static int gw_outline_marked(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	uint32_t cp;
	int paren = 0, digits = 0, v;
	if (p < e && *p == '(')
		p++, paren = 1;
	else if (e - p >= 3 && memcmp(p, "\xEF\xBC\x88", 3) == 0)
		p += 3, paren = 1;
	while (p < e && digits < 4) {
		int k = gw_utf8_decode(p, &cp);
		if (!(cp >= '0' && cp <= '9') && gw_han_class(cp, 0, &v) != GW_HAN_DIGIT &&
		    gw_han_class(cp, 0, &v) != GW_HAN_SMALL)
			break;
		p += k, digits++;
	}
	if (!digits || p >= e)
		return 0;
	if (paren)
		return *p == ')' || (e - p >= 3 && memcmp(p, "\xEF\xBC\x89", 3) == 0);
	if (e - p >= 3 && memcmp(p, "\xE3\x80\x81", 3) == 0)   /* 、 */
		return 1;
	/* 1. but not 2023.5 or 1.5万 */
	return *p == '.' && (p + 1 >= e || !(p[1] >= '0' && p[1] <= '9')) && s[0] >= '0' && s[0] <= '9';
}

/* The meeting line of a report ("2025年1月13日在…人民代表大会第三次会议上"):
 * the document's, and not its title, even above a page header line. */
static int meeting_line(const char *s, size_t n)
{
	return n <= 300 && memmem(s, n, "\xE5\x9C\xA8", 3) &&                 /* 在 */
	    memmem(s, n, "\xE4\xBC\x9A\xE8\xAE\xAE\xE4\xB8\x8A", 9);     /* 会议上 */
}

/* t is r with a board's tag ([山东], 【转载】) around it: a forum's copy
 * of the title, not a longer title of which r is a part (2015年政府工作报告
 * above 政府工作报告). */
static int tag_around(const char *t, size_t tn, const char *r, size_t rn)
{
	const char *at = memmem(t, tn, r, rn);
	if (!at)
		return 0;
	return memmem(t, (size_t)(at - t), "[", 1) || memmem(t, (size_t)(at - t), "\xE3\x80\x90", 3) ||
	    memmem(at + rn, tn - (size_t)(at - t) - rn, "]", 1) ||
	    memmem(at + rn, tn - (size_t)(at - t) - rn, "\xE3\x80\x91", 3);
}

/* A document number alone on its line (江政办〔2020〕2号, 宁政发[2006]275号):
 * the document's, even above a page header's metadata line. */
static int docno_like(const char *s, size_t n)
{
	const char *e = s + n;
	if (n < 12 || n > 80)
		return 0;
	if (!(memcmp(e - 3, "\xE5\x8F\xB7", 3) == 0 || memcmp(e - 3, "\xE8\x99\x9F", 3) == 0))
		return 0;                           /* 号 號 */
	for (const char *p = s; p + 4 < e; p++) {
		int open = *p == '[' ? 1 : (p + 3 < e && (memcmp(p, "\xE3\x80\x94", 3) == 0 ||
		    memcmp(p, "\xEF\xBC\xBB", 3) == 0)) ? 3 : 0;   /* [ 〔 ［ */
		if (!open || p + open + 4 > e)
			continue;
		const char *d = p + open;
		if (d[0] >= '1' && d[0] <= '2' && d[1] >= '0' && d[1] <= '9' &&
		    d[2] >= '0' && d[2] <= '9' && d[3] >= '0' && d[3] <= '9')
			return 1;
	}
	return 0;
}

/* Below the page header, aggregators give the title again, alone and at
 * the head of a teaser (the title, a space, the first words): both are
 * the page's, the title above the header is the document's. */
static void title_copies(struct gw_chrome *c, const struct gw_chrome_rec *t, size_t from)
{
	const char *ts = c->text.p + t->off;
	for (size_t i = from; i < c->nrec; i++) {
		struct gw_chrome_rec *r = &c->rec[i];
		const char *s = c->text.p + r->off;
		if (!r->keep || r->len < t->len || memcmp(s, ts, t->len) != 0)
			continue;
		if (r->len == t->len)
			r->keep = 0, r->reason = "title-repeat";
		else if (s[t->len] == ' ')
			r->keep = 0, r->reason = "teaser";
	}
}

/* After the body, a bare line ending with a title word is an attached
 * document's title (…任务分解表) or the notice's closing formula
 * (特此通知), not the page's tail. */
static int title_like(const struct gw_chrome *c, const char *s, size_t n, const struct feat *f)
{
	return !f->punct && f->cjk >= 4 && f->cps <= 60 && gw_rejoin_title_end(&c->rejoin, s, n);
}

/* First verdicts: blank, repeat, teaser, a pattern's name (the index of
 * the last page-header line is returned, -1 if none), else kept. */
static long first_pass(struct gw_chrome *c, int where)
{
	long anchor = -1;
	for (size_t i = 0; i < c->nrec; i++) {
		struct gw_chrome_rec *r = &c->rec[i];
		if (is_blank(r))
			r->keep = 0, r->reason = "blank";
		else if (r->repeat)
			r->keep = 0, r->reason = "repeat";
		else if (r->teaser)
			r->keep = 0, r->reason = "teaser";
		else if (r->pat >= 0) {
			r->keep = 0, r->reason = c->pat[r->pat].name;
			if (r->head)
				anchor = (long)i;
		} else
			r->keep = 1, r->reason = where == 1 ? "inside" : where == 2 ? "closing" : "lead";
	}
	return anchor;
}

/* Digits that read as a date with its 年 月 日 lost (2019116: 2019, then
 * 1-16 or 11-6): a year from 1949 on, then a month and a day. */
static int bare_date(const char *s, size_t n)
{
	if (n < 6 || n > 8 || strspn(s, "0123456789") < n)
		return 0;
	int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	if (y < 1949 || y > 2099)
		return 0;
	for (size_t m = 1; m <= 2 && 4 + m < n; m++) {
		int mo = 0, d = 0;
		for (size_t i = 4; i < 4 + m; i++)
			mo = mo * 10 + (s[i] - '0');
		for (size_t i = 4 + m; i < n; i++)
			d = d * 10 + (s[i] - '0');
		if (n - 4 - m <= 2 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)
			return 1;
	}
	return 0;
}

/* A signature's date that lost its 年 月 日 to the scrape is a bare number
 * to the patterns; right under the signing body it is the document's. */
static void signature_dates(struct gw_chrome *c)
{
	const struct gw_chrome_rec *above = NULL;
	for (size_t i = 0; i < c->nrec; i++) {
		struct gw_chrome_rec *r = &c->rec[i];
		if (is_blank(r))
			continue;
		const char *s = c->text.p + r->off;
		if (above && !r->keep && r->pat >= 0 && bare_date(s, r->len)) {
			struct feat f;
			rec_features(above, &f);
			if (signature_like(c->text.p + above->off, above->len, &f))
				r->keep = 1, r->reason = "closing";
		}
		above = r->keep ? r : NULL;
	}
}

static void nav_lines(struct gw_chrome *c)
{
	for (size_t i = 0; i < c->nrec; i++) {
		struct gw_chrome_rec *r = &c->rec[i];
		if (!r->keep)
			continue;
		struct feat f;
		rec_features(r, &f);
		if (nav_like(c->text.p + r->off, r->len, &f))
			r->keep = 0, r->reason = "nav";
	}
}

/* The headline again further down (a second copy of the article's
 * header, a print version); only a title found above a page header: a
 * lead line may be the issuing office, which the signature repeats. */
static void title_again(struct gw_chrome *c)
{
	size_t tn;
	const char *t = unmark(c->title.p, c->title.len, &tn);
	for (size_t i = 0; i < c->nrec; i++) {
		struct gw_chrome_rec *r = &c->rec[i];
		size_t k;
		const char *s = unmark(c->text.p + r->off, r->len, &k);
		if (r->keep && k == tn && tn && memcmp(s, t, k) == 0)
			r->keep = 0, r->reason = "title-repeat";
	}
}

/* No page header line: the lead is the run of lines right above the
 * body; a menu (two menu lines in a row) ends it, and what is above
 * that menu is the site's. */
static void lead_above_menu(struct gw_chrome *c)
{
	long i = (long)c->nrec - 1, prev = -1;   /* the nearer non-blank line */
	for (; i >= 0; i--) {
		if (is_blank(&c->rec[i]))
			continue;
		if (!strcmp(c->rec[i].reason, "nav") && prev >= 0 &&
		    !strcmp(c->rec[prev].reason, "nav"))
			break;     /* two menu lines in a row: a menu */
		prev = i;
	}
	for (; i >= 0; i--)
		if (c->rec[i].keep)
			c->rec[i].keep = 0, c->rec[i].reason = "header";
}

/* Above the page header's last line (a counter, a date line, a metadata
 * row) only the title belongs to the document (and a document number
 * or the meeting line, kept where they are):
 * the title is the nearest mostly-Chinese line above it, what is further
 * up is the site's banner and menus. */
static void above_header(struct gw_chrome *c, long anchor)
{
	long title = -1;
	for (long i = 0; i < anchor; i++) {
		struct gw_chrome_rec *r = &c->rec[i];
		if (!r->keep)
			continue;
		if (docno_like(c->text.p + r->off, r->len) || meeting_line(c->text.p + r->off, r->len))
			continue;
		r->keep = 0, r->reason = "header";
		if (r->cjk >= 4 && r->cjk * 2 >= r->cps)
			title = i;
	}
	if (title < 0)
		return;
	struct gw_chrome_rec *t = &c->rec[title];
	t->keep = 1, t->reason = "title";
	title_copies(c, t, (size_t)anchor + 1);
	/* forums repeat the title inside the post, without the board's
	 * [tag]: keep the post's copy */
	for (size_t i = (size_t)anchor + 1; i < c->nrec; i++) {
		struct gw_chrome_rec *r = &c->rec[i];
		if (r->keep && r->cjk >= 4 && r->len < t->len && r->len * 10 >= t->len * 6 &&
		    tag_around(c->text.p + t->off, t->len, c->text.p + r->off, r->len)) {
			t->keep = 0, t->reason = "title-repeat";
			r->reason = "title";
			break;
		}
	}
}

static int hard_chrome(const struct gw_chrome *c, const struct gw_chrome_rec *r)
{
	return r->pat >= 0 && !is_blank(r) && !c->pat[r->pat].soft;
}

/* After the body: what still ends the document (a signature, a task
 * list's last lines, an attachment, the document's own list) stays, up
 * to the first chrome line; the rest is the page's tail. */
/* Under a table's title (…分解表, …清单) after the body, a table scraped
 * one cell a line: its short cells look like a menu or a page number, but
 * they are the table's content. Returns 1 if r is such a cell (kept). */
static int table_cell(const struct gw_chrome *c, struct gw_chrome_rec *r)
{
	if (is_blank(r) || (r->pat >= 0 && strcmp(c->pat[r->pat].name, "number") != 0))
		return 0;
	if (r->keep || !strcmp(r->reason, "menu") || !strcmp(r->reason, "nav") || r->pat >= 0) {
		r->keep = 1, r->reason = "table";
		return 1;
	}
	return 0;
}

/* The input ends inside a paragraph (a store that keeps a page's first
 * so many bytes, a cut download): it ends without a line end, and its
 * last line is the start of that paragraph, a few words of text with no
 * mark, the only line after the body but blank ones. Chrome there is a
 * pattern's, or comes as more than one line, or has its line end. */
static int cut_off(const struct gw_chrome *c, size_t i)
{
	const struct gw_chrome_rec *r = &c->rec[i];
	if (!c->at_end || !c->cut || i + 1 != c->nrec || r->pat >= 0 || r->cps > 20 || r->cjk != r->cps)
		return 0;
	for (size_t k = 0; k < i; k++)
		if (!is_blank(&c->rec[k]))
			return 0;
	return 1;
}

static void tail_lines(struct gw_chrome *c)
{
	int stop = 0, goes_on = 0, table = 0;
	for (size_t i = 0; i < c->nrec && !goes_on && !hard_chrome(c, &c->rec[i]); i++)
		goes_on = c->rec[i].keep && gw_outline_marked(c->text.p + c->rec[i].off, c->rec[i].len);
	for (size_t i = 0; i < c->nrec; i++) {
		struct gw_chrome_rec *r = &c->rec[i];
		const char *s = c->text.p + r->off;
		if (table && !stop && table_cell(c, r))
			continue;
		if (hard_chrome(c, r))
			stop = 1;
		if (!r->keep)
			continue;
		struct feat f;
		rec_features(r, &f);
		if (stop)
			r->keep = 0, r->reason = "after-chrome";
		else if (signature_like(s, r->len, &f))
			r->reason = "closing";
		else if (task_line(c, s, r->len))
			r->reason = "task";
		else if (goes_on || title_like(c, s, r->len, &f)) {
			r->reason = "attachment";
			table = table || gw_rejoin_table_title(&c->rejoin, s, r->len);
		}
		else if (doc_bullet(c, s, r->len))
			r->reason = "item";
		else if (cut_off(c, i))
			r->reason = "cut-off";
		else
			r->keep = 0, r->reason = "tail";
	}
}

/* The first kept line that is not a closing line is the title. */
static void note_title(struct gw_chrome *c, int where)
{
	for (size_t i = 0; i < c->nrec; i++)
		if (c->rec[i].keep && strcmp(c->rec[i].reason, "closing") != 0) {
			gw_buf_add(&c->title, c->text.p + c->rec[i].off, c->rec[i].len);
			c->title_headed = !strcmp(c->rec[i].reason, "title");
			/* --no-title: the line above the body that is the title */
			if (c->no_title && c->positional && where == 0)
				c->rec[i].keep = 0, c->rec[i].reason = "title";
			break;
		}
}

/* Decide the pending short lines. where: 0 head (before the body),
 * 1 inside the body, 2 tail (after the body). */
static void resolve(struct gw_chrome *c, int where)
{
	long anchor = first_pass(c, where);
	if (where != 0)
		signature_dates(c);
	if (where != 1)
		nav_lines(c);
	menu_runs(c, where);
	list_runs(c, where);
	if (where != 0 && c->positional && c->title.len && c->title_headed)
		title_again(c);
	if (where == 0 && anchor < 0 && c->positional && c->in_body_next)
		lead_above_menu(c);
	if (where == 0 && anchor >= 0)
		above_header(c, anchor);
	if (where == 2 && c->positional)
		tail_lines(c);
	if (!c->title.len)
		note_title(c, where);
	for (size_t i = 0; i < c->nrec; i++)
		emit_rec(c, &c->rec[i]);
	c->nrec = 0;
	gw_buf_clear(&c->text);
}

/* Before the body, a long line that starts with a short line above it
 * and a space (the title, then the first words of the text) is an
 * aggregator's teaser, not the body's first paragraph. */
static int teaser_of_pending(const struct gw_chrome *c, const char *s, size_t n)
{
	for (size_t i = 0; i < c->nrec; i++) {
		const struct gw_chrome_rec *r = &c->rec[i];
		if (r->pat < 0 && r->cjk >= 4 && r->len < n && s[r->len] == ' ' &&
		    memcmp(s, c->text.p + r->off, r->len) == 0)
			return 1;
	}
	return 0;
}

static void classify(void *arg, size_t lineno, const char *s, size_t n)
{
	struct gw_chrome *c = arg;
	if (c->ended) {
		c->emit(c->arg, lineno, s, n, 0, n ? "after-end" : "blank");
		return;
	}
	struct feat f;
	features(s, n, &f);
	long pat = -1;
	if (n && f.cps < CHROME_PATTERN_MAX) {
		/* match without the list and heading marks of markdown dumps
		 * and the empty cells of table dumps ("|  |  | text"): a run
		 * of marks followed by a space, as often as it comes */
		size_t k = 0;
		for (;;) {
			size_t j = k;
			while (j < n && (s[j] == '#' || s[j] == '*' || s[j] == '>' || s[j] == '+' || s[j] == '|'))
				j++;
			if (j == k || j >= n || s[j] != ' ')
				break;
			while (j < n && s[j] == ' ')
				j++;
			k = j;
		}
		pat = match(c, s + k, n - k);
	}
	if (pat >= 0 && c->pat[pat].end && c->in_body) {
		/* "责任编辑:", "相关新闻", a comment box: the document is over;
		 * what follows is the site's, however long its lines */
		resolve(c, 2);
		c->ended = 1;
		c->emit(c->arg, lineno, s, n, 0, c->pat[pat].name);
		return;
	}
	/* A list item ("* ..." in html2text dumps) does not mark the body:
	 * sidebars of comments and headlines are lists. Inside the body it
	 * is kept like any other line. */
	int item = n >= 2 && (s[0] == '*' || s[0] == '+' || s[0] == '-') && s[1] == ' ';
	int repeat = 0;
	int teaser = !c->in_body && is_long(&f) && teaser_of_pending(c, s, n);
	/* a row of a table that was scraped one cell a line (cells.h) is
	 * the document's own, as a paragraph is, however short */
	int row = c->positional && c->rejoin.cells.giving_row;
	if (row || (pat < 0 && !item && !teaser && is_long(&f) && !(repeat = seen_before(c, s, n)))) {
		c->in_body_next = 1;
		resolve(c, c->in_body ? 1 : 0);
		c->in_body_next = 0;
		c->in_body = 1;
		note_bullet(c, s, n);
		c->emit(c->arg, lineno, s, n, 1, row ? "table-row" : "body");
		return;
	}
	if (c->nrec == c->caprec) {
		c->caprec = c->caprec ? 2 * c->caprec : 256;
		c->rec = gw_xrealloc(c->rec, c->caprec * sizeof *c->rec);
	}
	struct gw_chrome_rec *r = &c->rec[c->nrec++];
	r->lineno = lineno;
	r->off = c->text.len;
	r->len = n;
	r->cps = f.cps;
	r->cjk = f.cjk;
	r->punct = f.punct;
	r->spaces = f.spaces;
	r->pat = pat;
	r->head = pat >= 0 && c->pat[pat].head;
	r->repeat = repeat;
	r->teaser = teaser;
	gw_buf_add(&c->text, s, n);
	if (c->nrec >= CHROME_MAX_PENDING)
		resolve(c, c->in_body ? 1 : 0);
}

void gw_chrome_line(struct gw_chrome *c, size_t lineno, const char *s, size_t n)
{
	if (c->positional)
		gw_rejoin_line(&c->rejoin, lineno, s, n);
	else
		classify(c, lineno, s, n);
}

void gw_chrome_end(struct gw_chrome *c)
{
	if (c->positional)
		gw_rejoin_end(&c->rejoin);
	c->at_end = 1;
	resolve(c, c->in_body ? 2 : 0);
	c->at_end = c->cut = 0;
}
