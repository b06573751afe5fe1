/* gw-agencies' matcher (lib/agencies/agency.c, lib/core/wordtrie.c) with the word
 * lists the tool loads (places, agency names, roles, heads from
 * share/gongwen). The input, repaired to valid UTF-8 as the reader would,
 * is text whose lines are paragraphs; byte 0 also seeds a word added to a
 * private trie.
 * Properties: hits are sorted, do not overlap, lie inside the paragraph
 * on character boundaries; each canonical name is valid UTF-8 inside the
 * names buffer; level, role and source are in range; a heading (the
 * marker parser of --tasks) gives spans in order inside the text; a word added to a trie is
 * found again, whole, as the longest match at its own start. */
#include "fuzz.h"
#include "agencies/agency.h"
#include "core/buf.h"
#include "core/utf8.h"
#include "core/wordtrie.h"
#include "sections/outline.h"

static struct agencies ag;
static struct gw_outline outline;
static int loaded;

static void spans(const char *what, int ok, size_t n, size_t a, size_t b, size_t c, size_t d)
{
	if (!ok)
		return;
	CHECK(a <= b && b <= n && c <= d && d <= n, "%s spans %zu..%zu %zu..%zu of %zu", what, a, b, c, d, n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	if (!loaded) {
		struct gw_error err;
		CHECK(gw_ag_init(&ag, &err) == 0, "data files: %s", err.msg);
		loaded = 1;
	}
	struct gw_buf text = {0};
	gw_utf8_repair((const char *)data + 1, size - 1, &text);

	for (size_t at = 0; at < text.len;) {
		const char *s = text.p + at;
		const char *nl = memchr(s, '\n', text.len - at);
		size_t l = nl ? (size_t)(nl - s) : text.len - at;
		struct gw_error err;
		CHECK(gw_ag_scan(&ag, s, l, &err) == 0, "scan: %s", err.msg);
		size_t k = ag.nhit;
		size_t last = 0;
		for (size_t i = 0; i < k; i++) {
			const struct gw_ag_hit *h = &ag.hit[i];
			CHECK(h->s < h->e && h->e <= l, "hit %zu..%zu of %zu", h->s, h->e, l);
			CHECK(h->s >= last, "hit %zu at %zu overlaps or is out of order (last end %zu)", i, h->s, last);
			last = h->e;
			CHECK(gw_utf8_valid(s + h->s, h->e - h->s), "hit cut inside a character");
			CHECK(h->name + h->namelen <= ag.names_buf.len, "name outside the buffer");
			CHECK(h->namelen > 0 && gw_utf8_valid(ag.names_buf.p + h->name, h->namelen), "name empty or not UTF-8");
			CHECK(h->level >= AG_LV_NATIONAL && h->level <= AG_LV_OTHER, "level %d", h->level);
			CHECK(h->role >= AG_RO_LEAD && h->role <= AG_RO_MENTIONED, "role %d", h->role);
			CHECK(h->source >= AG_SRC_MENTION && h->source <= AG_SRC_BLOCK, "source %d", h->source);
		}
		struct gw_ag_mark m;
		int ok = gw_ag_mark(&outline, s, l, NULL, &m);
		spans("heading", ok, l, m.num_s, m.num_e, m.title_s, m.title_e);
		CHECK(!ok || m.level >= 1, "heading level %d", m.level);
		at += l + 1;
	}

	/* A word of the input put in a trie of its own is found again. */
	if (text.len) {
		size_t wl = data[0] % 16 + 1, end = 0;
		while (end < text.len && end < wl) {
			uint32_t cp;
			end += (size_t)gw_utf8_decode((const unsigned char *)text.p + end, &cp);
		}
		struct gw_wordtrie t;
		gw_wordtrie_init(&t);
		gw_wordtrie_add(&t, text.p, end, 7, 0);
		int32_t v = -1;
		size_t m = gw_wordtrie_longest(&t, text.p, text.len, &v);
		CHECK(m == end && v == 7, "longest match %zu (value %d), added %zu", m, (int)v, end);
		CHECK(gw_wordtrie_get(&t, text.p, end) == 7, "word not found again");
		gw_wordtrie_free(&t);
	}
	gw_buf_free(&text);
	return 0;
}
