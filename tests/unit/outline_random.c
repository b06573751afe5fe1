/* Property: for random paragraphs built from markers, numerals,
 * punctuation, white space and text, the heading cut stays inside the
 * paragraph and in order (start <= num_end <= title <= title_end <= end
 * <= n; for a numbered paragraph of running text, whose heading is the
 * marker alone, end == title and the title runs on in the body), and the outline stack never outgrows its bound whatever the
 * sequence of headings. Run under make check SAN=1 it also catches reads
 * past the end of the text. */
#include "sections/outline.h"
#include "core/utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *atoms[] = {
	"一", "二", "十", "百", "〇", "两", "、", "(", ")", "（", "）", "1", "9", "０", "３",
	".", "．", " ", "　", "\xe2\x80\x83", "。", "：", ":", "；", "！", "?", "，", ",",
	"第", "章", "节", "部", "分", "条", "篇", "附", "件", "①", "㉑", "⑴", "⒈", "㈠",
	"经济", "发展", "着力推进项目", "。", "”", "…", "日", "|", "a", "\\", "\t",
};

int main(void)
{
	unsigned seed = 20261123;
	struct gw_outline o;
	char text[600];
	size_t fails = 0, heads = 0;
	gw_outline_reset(&o);
	for (int c = 0; c < 200000; c++) {
		size_t n = 0;
		int k = rand_r(&seed) % 60;
		for (int i = 0; i < k; i++) {
			const char *a = atoms[rand_r(&seed) % (int)(sizeof atoms / sizeof *atoms)];
			size_t l = strlen(a);
			memcpy(text + n, a, l);
			n += l;
		}
		text[n] = 0;
		if (!gw_utf8_valid(text, n))
			return 2;
		struct gw_head h;
		size_t maxt = 1 + (size_t)(rand_r(&seed) % 50);
		if (gw_head_parse(text, n, maxt, &h)) {
			heads++;
			/* a numbered paragraph of running text: the heading is
			 * the marker alone, the title its first sentence */
			if (!(h.start <= h.num_end && h.num_end <= h.title && h.title <= h.title_end &&
			      h.title_end <= n && (h.running ? h.end == h.title : h.title_end <= h.end) &&
			      h.end <= n) || h.style < 0 || h.style >= ST_COUNT) {
				if (fails++ < 5)
					fprintf(stderr, "bad cut: %s\n", text);
			}
			gw_outline_place(&o, h.style, h.num);
		} else if (gw_plain_candidate(text, n, maxt, &h)) {
			if (!(h.title <= h.title_end && h.title_end <= h.end && h.end == n))
				if (fails++ < 5)
					fprintf(stderr, "bad plain cut: %s\n", text);
			gw_outline_place(&o, ST_PLAIN, 0);
		}
		size_t pl = 0;
		if (gw_lead_candidate(text, n, maxt, &h, &pl) &&
		    !(h.title <= h.title_end && h.title_end < h.end && h.end < n && pl == 6))
			if (fails++ < 5)
				fprintf(stderr, "bad lead cut: %s\n", text);
		gw_para_is_body(text, n);
		if (o.depth < 0 || o.depth > OUTLINE_MAXDEPTH || o.seclen >= sizeof o.sec ||
		    strlen(o.sec) != o.seclen) {
			if (fails++ < 5)
				fprintf(stderr, "bad outline state after: %s\n", text);
		}
		if (c % 5000 == 0)
			gw_outline_reset(&o);
	}
	if (heads < 1000) {
		fprintf(stderr, "only %zu headings: the generator tests nothing\n", heads);
		return 1;
	}
	return fails != 0;
}
