/* gw-sections' outline (lib/sections/sections.c, lib/sections/outline.c), driven the way
 * the tool drives it: paragraphs from the reader (a gongwen stream or
 * plain text, with documents changing) into gw_sections_add. Byte 0 picks
 * the longest title and whether unnumbered headings are looked for.
 * Properties: every paragraph comes out exactly once, in input order,
 * whatever is held back for lookahead; a heading's parts are in order and
 * inside its text; the section path is digits and dots (0 before the
 * first heading) and its depth is the level handed out. */
#include "fuzz.h"
#include "core/buf.h"
#include "stream/paragraphs.h"
#include "sections/sections.h"
#include "core/utf8.h"

struct seen { struct gw_buf *text; size_t n, next; };

static void got(const struct gw_par *p, const struct gw_head *h, const struct gw_outline *o, void *arg)
{
	struct seen *s = arg;
	CHECK(s->next < s->n, "paragraph handed on %zu times too many", s->next - s->n + 1);
	struct gw_buf *want = &s->text[s->next++];
	CHECK(p->textlen == want->len && !memcmp(p->text, want->p, want->len),
	    "paragraph %zu out of order or changed", s->next);
	if (h) {
		CHECK(h->start <= h->num_end && h->num_end <= h->end && h->end <= p->textlen,
		    "heading parts %zu %zu %zu of %zu", h->start, h->num_end, h->end, p->textlen);
		CHECK(h->title <= h->title_end && h->title_end <= p->textlen, "title %zu..%zu of %zu",
		    h->title, h->title_end, p->textlen);
		CHECK(gw_utf8_valid(p->text + h->start, h->end - h->start), "heading cut inside a character");
		CHECK(gw_utf8_valid(p->text + h->title, h->title_end - h->title), "title cut inside a character");
		CHECK(o->depth >= 1, "heading at depth %d", o->depth);
	}
	CHECK(o->depth >= 0 && o->depth <= OUTLINE_MAXDEPTH, "depth %d", o->depth);
	CHECK(o->seclen > 0 && o->seclen < sizeof o->sec, "sec length %zu", o->seclen);
	size_t dots = 0;
	for (size_t i = 0; i < o->seclen; i++) {
		char c = o->sec[i];
		CHECK((c >= '0' && c <= '9') || (c == '.' && i > 0 && i + 1 < o->seclen && o->sec[i - 1] != '.'),
		    "sec '%.*s'", (int)o->seclen, o->sec);
		dots += c == '.';
	}
	CHECK(o->depth == 0 ? (o->seclen == 1 && o->sec[0] == '0') : dots + 1 == (size_t)o->depth,
	    "sec '%.*s' at depth %d", (int)o->seclen, o->sec, o->depth);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	unsigned ctl = data[0];
	const char *in = (const char *)data + 1;
	size_t n = size - 1;
	size_t max_title = (ctl & 0x7F) % 64 + 1;

	/* First pass: the paragraphs, as the reader hands them out. */
	struct seen s = {0};
	s.text = calloc(n + 1, sizeof *s.text);
	int fd = fz_memfd(in, n);
	char path[64];
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	struct gw_reader r;
	struct gw_par p;
	if (gw_reader_open(&r, path, "D") == 0) {
		while (gw_reader_next(&r, &p))
			gw_buf_add(&s.text[s.n++], p.text, p.textlen);
		gw_reader_close(&r);
	}
	close(fd);

	/* Second pass: through the outline. */
	fd = fz_memfd(in, n);
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	struct gw_sections sec;
	gw_sections_init(&sec, max_title,
	    (ctl & 0x80) ? 0 : SECTIONS_PLAIN | ((ctl & 0x40) ? SECTIONS_LEADS : 0), got, &s);
	if (gw_reader_open(&r, path, "D") == 0) {
		while (gw_reader_next(&r, &p))
			gw_sections_add(&sec, &p);
		gw_reader_close(&r);
	}
	gw_sections_end(&sec);
	gw_sections_free(&sec);
	close(fd);
	CHECK(s.next == s.n, "%zu paragraphs in, %zu out", s.n, s.next);
	for (size_t i = 0; i < s.n; i++)
		gw_buf_free(&s.text[i]);
	free(s.text);
	return 0;
}
