#include "htmlmain.h"
#include "core/alloc.h"
#include "core/utf8.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Memory of one page's extraction: libxml2's allocations are counted
 * (xmlMemSetup), and with the scores and the text written they must stay
 * within the budget gw_html_main_text is given. A page of <i></i> builds a
 * tree 40 times its size; rather than let it grow, the parse is fed in
 * small chunks and stopped as soon as the budget is spent. */
static long long xml_live;
enum { CHUNK_HEAD = 16 };   /* malloc's own bytes around each block */
static size_t budget = (size_t)-1;
static int over;
static size_t st_bytes;   /* the scores (struct st) of the elements */

static void *count_malloc(size_t n)
{
	void *p = malloc(n);
	if (p)
		xml_live += (long long)malloc_usable_size(p) + CHUNK_HEAD;
	return p;
}

static void *count_realloc(void *p, size_t n)
{
	long long old = p ? (long long)malloc_usable_size(p) + CHUNK_HEAD : 0;
	void *q = realloc(p, n);
	if (q)
		xml_live += (long long)malloc_usable_size(q) + CHUNK_HEAD - old;
	return q;
}

static void count_free(void *p)
{
	if (p)
		xml_live -= (long long)malloc_usable_size(p) + CHUNK_HEAD;
	free(p);
}

static char *count_strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = count_malloc(n);
	return p ? memcpy(p, s, n) : NULL;
}

static void count_init(void)
{
	static int done;
	if (done)
		return;
	done = 1;
	xmlMemSetup(count_free, count_malloc, count_realloc, count_strdup);
	xmlInitParser();
}

/* 1 (and stays 1 for this page) once the tree, the scores and the text
 * written need more than the budget. */
static int spent(size_t more)
{
	if (!over && (xml_live < 0 ? 0 : (size_t)xml_live) + more > budget)
		over = 1;
	return over;
}

int gw_html_sniff(const char *s, size_t n)
{
	/* A tag first and an HTML element in the first 4 KiB: text dumps
	 * may mention a tag, but do not start with one. */
	static const char *const tags[] = { "<html", "<head", "<body", "<meta", "<title",
		"<div", "<table", "<p>", "<p ", "<br", "<span", "<a ", "<script", "<!doctype", NULL };
	size_t i = 0;
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
		i++;
	if (i >= n || s[i] != '<')
		return 0;
	size_t m = n - i < 4096 ? n - i : 4096;
	for (int k = 0; tags[k]; k++) {
		size_t l = strlen(tags[k]);
		for (size_t j = i; j + l <= i + m; j++)
			if (s[j] == '<' && strncasecmp(s + j, tags[k], l) == 0)
				return 1;
	}
	return 0;
}

/* Per-element measures, kept in node->_private as an index + 1. */
struct st {
	double score;
	size_t text, link, punct;      /* whole subtree, code points */
	size_t own, ownpunct;          /* own text: not inside nested blocks */
	size_t ktext, klink;           /* what would be written: junk boxes left out */
	int scored, junk;
};

struct ctx {
	struct st *st;
	size_t n, cap;
	size_t totpunct;
	int strict;          /* remove boxes named like chrome */
};

static const char *const never[] = { "script", "style", "noscript", "iframe", "object",
	"embed", "svg", "select", "button", "textarea", "input", "head", "link", "meta",
	"canvas", "video", "audio", "map", "template", NULL };
static const char *const gw_chrome_tags[] = { "nav", "header", "footer", "aside", "form",
	"menu", NULL };
static const char *const inline_tags[] = { "a", "span", "font", "strong", "b", "em", "i",
	"u", "sub", "sup", "small", "big", "label", "abbr", "cite", "code", "q", "s", "strike",
	"tt", "var", "mark", "time", "nobr", "o:p", "img", NULL };

static int in_list(const xmlChar *name, const char *const *list)
{
	for (int i = 0; list[i]; i++)
		if (strcasecmp((const char *)name, list[i]) == 0)
			return 1;
	return 0;
}

static int is_tag(xmlNodePtr n, const char *t)
{
	return n->type == XML_ELEMENT_NODE && strcasecmp((const char *)n->name, t) == 0;
}

static struct st *S(struct ctx *c, xmlNodePtr n)
{
	return n->_private ? &c->st[(intptr_t)n->_private - 1] : NULL;
}

static void measure_text(const xmlChar *t, size_t *cps, size_t *punct)
{
	const unsigned char *p = t;
	while (*p) {
		if (*p < 0x80) {
			if (*p > ' ')
				++*cps;
			if (*p == ',' || *p == ';')
				++*punct;
			p++;
			continue;
		}
		if ((*p & 0xC0) != 0x80)
			++*cps;
		if (p[0] == 0xEF && p[1] == 0xBC && (p[2] == 0x8C || p[2] == 0x9B || p[2] == 0x81 || p[2] == 0x9F))
			++*punct;    /* ，；！？ */
		else if (p[0] == 0xE3 && p[1] == 0x80 && (p[2] == 0x82 || p[2] == 0x81))
			++*punct;    /* 。、 */
		p++;
	}
}

static int hidden(xmlNodePtr n)
{
	if (xmlHasProp(n, (const xmlChar *)"hidden"))
		return 1;
	xmlChar *style = xmlGetProp(n, (const xmlChar *)"style");
	int h = 0;
	if (style) {
		char *q = (char *)style, *w;
		for (w = q; *q; q++)
			if (*q != ' ')
				*w++ = (char)*q;
		*w = 0;
		h = strcasestr((char *)style, "display:none") || strcasestr((char *)style, "visibility:hidden");
		xmlFree(style);
	}
	return h;
}

static int junk_box(struct ctx *c, xmlNodePtr n);

/* Remove what is never content; give every element its measures. */
static void measure(struct ctx *c, xmlNodePtr node)
{
	xmlNodePtr next;
	for (xmlNodePtr n = node->children; n; n = next) {
		next = n->next;
		if (n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE ||
		    (n->type == XML_ELEMENT_NODE && (in_list(n->name, never) || hidden(n)))) {
			xmlUnlinkNode(n);
			xmlFreeNode(n);
			continue;
		}
		if (n->type == XML_ELEMENT_NODE)
			measure(c, n);
		if (over)
			return;
	}
	if (c->n == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 1024;
		if (spent(cap * sizeof *c->st))
			return;
		c->cap = cap;
		c->st = gw_xrealloc(c->st, c->cap * sizeof *c->st);
		st_bytes = c->cap * sizeof *c->st;
	}
	struct st *s = &c->st[c->n];
	memset(s, 0, sizeof *s);
	node->_private = (void *)(intptr_t)++c->n;
	int is_a = is_tag(node, "a");
	for (xmlNodePtr n = node->children; n; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			size_t cps = 0, punct = 0;
			measure_text(n->content, &cps, &punct);
			s->text += cps, s->punct += punct, s->own += cps, s->ownpunct += punct;
			s->ktext += cps;
			if (is_a)
				s->link += cps, s->klink += cps;
		} else if (n->type == XML_ELEMENT_NODE) {
			struct st *k = S(c, n);
			s->text += k->text, s->punct += k->punct;
			s->link += is_a ? k->text : k->link;
			if (!k->junk) {
				s->ktext += k->ktext;
				s->klink += is_a ? k->ktext : k->klink;
			}
			if (in_list(n->name, inline_tags))
				s->own += k->own, s->ownpunct += k->ownpunct;
		}
	}
	s->junk = node->type == XML_ELEMENT_NODE && junk_box(c, node);
}

static double class_weight(xmlNodePtr n)
{
	static const char *const good[] = { "article", "content", "main", "text", "post", "entry",
		"zhengwen", "detail", "body", "news", "story", "zw", "con", NULL };
	static const char *const bad[] = { "comment", "footer", "foot", "nav", "menu", "sidebar",
		"side", "share", "related", "recommend", "banner", "copyright", "header", "login",
		"link", "list", "hot", "rank", "tool", "ad", NULL };
	double w = 0;
	const char *attrs[] = { "class", "id" };
	for (int a = 0; a < 2; a++) {
		xmlChar *v = xmlGetProp(n, (const xmlChar *)attrs[a]);
		if (!v)
			continue;
		for (int i = 0; bad[i]; i++)
			if (strcasestr((char *)v, bad[i])) { w -= 25; break; }
		for (int i = 0; good[i]; i++)
			if (strcasestr((char *)v, good[i])) { w += 25; break; }
		xmlFree(v);
	}
	return w;
}

static double tag_base(xmlNodePtr n)
{
	const char *t = (const char *)n->name;
	if (!strcasecmp(t, "div") || !strcasecmp(t, "article") || !strcasecmp(t, "section"))
		return 5;
	if (!strcasecmp(t, "td") || !strcasecmp(t, "pre") || !strcasecmp(t, "blockquote"))
		return 3;
	if (!strcasecmp(t, "ul") || !strcasecmp(t, "ol") || !strcasecmp(t, "li") ||
	    !strcasecmp(t, "form") || !strcasecmp(t, "dl") || !strcasecmp(t, "dd"))
		return -3;
	if (t[0] == 'h' && t[1] >= '1' && t[1] <= '6' && !t[2])
		return -5;
	return 0;
}

static void init_cand(struct ctx *c, xmlNodePtr n)
{
	struct st *s = S(c, n);
	if (s && !s->scored) {
		s->scored = 1;
		s->score = tag_base(n) + class_weight(n);
	}
}

/* A paragraph's score goes to itself, its parent and, halved and less,
 * to further ancestors: the best container of many paragraphs wins. */
static void score(struct ctx *c, xmlNodePtr node)
{
	for (xmlNodePtr n = node->children; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE)
			score(c, n);
	struct st *s = S(c, node);
	if (!s || in_list(node->name, inline_tags) || s->own < 25)
		return;
	double v = 1 + (double)s->ownpunct + (s->own / 100.0 > 3 ? 3 : s->own / 100.0);
	xmlNodePtr a = node;
	for (int level = 0; a && a->type == XML_ELEMENT_NODE && level < 5; level++, a = a->parent) {
		init_cand(c, a);
		double d = level == 0 ? 1 : level == 1 ? 1 : level == 2 ? 2 : level * 3;
		S(c, a)->score += v / d;
	}
}

static double link_density(const struct st *s)
{
	return s->text ? (double)s->link / (double)s->text : 0;
}

static void best(struct ctx *c, xmlNodePtr node, xmlNodePtr *top, double *topv)
{
	for (xmlNodePtr n = node->children; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE)
			best(c, n, top, topv);
	struct st *s = S(c, node);
	if (!s || !s->scored || in_list(node->name, inline_tags))
		return;
	double v = s->score * (1 - (s->ktext ? (double)s->klink / (double)s->ktext : 0));
	if (v > *topv) {
		*topv = v;
		*top = node;
	}
}

static int is_block(xmlNodePtr n)
{
	static const char *const blocks[] = { "p", "div", "br", "li", "tr", "td", "th", "table",
		"ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote",
		"section", "article", "center", "hr", "caption", "tbody", "thead", "tfoot", "address",
		"figure", "figcaption", "main", "body", "html", NULL };
	return in_list(n->name, blocks);
}

struct emit { struct gw_buf *out; int pre; int space; };

static void nl(struct emit *e)
{
	struct gw_buf *o = e->out;
	while (o->len && o->p[o->len - 1] == ' ')
		o->len--;
	if (o->len && o->p[o->len - 1] != '\n')
		gw_buf_addc(o, '\n');
	e->space = 0;
}

static void text(struct emit *e, const xmlChar *t)
{
	for (const unsigned char *p = t; *p; p++) {
		if (!e->pre && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')) {
			e->space = 1;
			continue;
		}
		if (e->space && e->out->len && e->out->p[e->out->len - 1] != '\n')
			gw_buf_addc(e->out, ' ');
		e->space = 0;
		gw_buf_addc(e->out, (char)*p);
	}
}

/* Within the kept subtree, a list or table or box that is mostly links
 * and has no sentence is a menu or a related-links box. */
static int junk_box(struct ctx *c, xmlNodePtr n)
{
	static const char *const boxes[] = { "ul", "ol", "div", "table", "dl", "section", "p",
		"td", "tr", "li", "span", "center", NULL };
	struct st *s = S(c, n);
	if (!s || !in_list(n->name, boxes))
		return 0;
	if (s->text && link_density(s) > 0.5 && (s->punct < 3 || s->punct * 40 < s->text))
		return 1;
	return class_weight(n) < 0 && s->punct < 3 && s->text < 200;
}

/* The text written is within the budget too: checked before each piece,
 * which text() never makes longer. */
static int gw_out_spent(struct emit *e, const xmlChar *t)
{
	return spent(st_bytes + e->out->len + (t ? strlen((const char *)t) : 0) + 1);
}

static void walk(struct ctx *c, xmlNodePtr node, struct emit *e)
{
	for (xmlNodePtr n = node->children; n; n = n->next) {
		if (gw_out_spent(e, n->type == XML_TEXT_NODE ? n->content : NULL))
			return;
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			text(e, n->content);
			continue;
		}
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (junk_box(c, n))
			continue;
		int blk = is_block(n), pre = is_tag(n, "pre");
		if (blk)
			nl(e);
		if (pre)
			e->pre++;
		walk(c, n, e);
		if (pre)
			e->pre--;
		if (blk)
			nl(e);
		else if (is_tag(n, "td") || is_tag(n, "th"))
			e->space = 1;
	}
}

static void emit_node(struct ctx *c, xmlNodePtr n, struct emit *e)
{
	if (gw_out_spent(e, n->type == XML_TEXT_NODE ? n->content : NULL))
		return;
	if (n->type == XML_TEXT_NODE) {
		text(e, n->content);
		return;
	}
	nl(e);
	if (is_tag(n, "pre"))
		e->pre++;
	walk(c, n, e);
	if (is_tag(n, "pre"))
		e->pre--;
	nl(e);
}

static xmlNodePtr find(xmlNodePtr n, const char *tag)
{
	for (; n; n = n->next) {
		if (is_tag(n, tag))
			return n;
		if (n->type == XML_ELEMENT_NODE) {
			xmlNodePtr r = find(n->children, tag);
			if (r)
				return r;
		}
	}
	return NULL;
}

/* class or id words of boxes that are not the article (the list
 * Readability uses, and the pinyin/Chinese-site ones), unless the box
 * also says it is content */
static int unlikely(xmlNodePtr n)
{
	static const char *const bad[] = { "comment", "combx", "community", "disqus", "extra",
		"footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
		"shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break",
		"agegate", "pagination", "pager", "popup", "breadcrumb", "banner", "share", "pinglun",
		"xiangguan", "tuijian", "copyright", "navbar", "topbar", NULL };
	static const char *const ok[] = { "and", "article", "body", "column", "content", "main",
		"shadow", NULL };
	if (is_tag(n, "body") || is_tag(n, "a") || is_tag(n, "html"))
		return 0;
	int res = 0;
	const char *attrs[] = { "class", "id" };
	for (int a = 0; a < 2 && !res; a++) {
		xmlChar *v = xmlGetProp(n, (const xmlChar *)attrs[a]);
		if (!v)
			continue;
		for (int i = 0; bad[i] && !res; i++)
			if (strcasestr((char *)v, bad[i]))
				res = 1;
		for (int i = 0; ok[i] && res; i++)
			if (strcasestr((char *)v, ok[i]))
				res = 0;
		xmlFree(v);
	}
	return res;
}

/* nav, header, footer, aside and form are chrome, and so are boxes named
 * like chrome, unless they hold most of the page's sentences (old sites
 * wrap the whole page in one form). */
static void drop_chrome(struct ctx *c, xmlNodePtr node)
{
	xmlNodePtr next;
	for (xmlNodePtr n = node->children; n; n = next) {
		next = n->next;
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if ((in_list(n->name, gw_chrome_tags) && S(c, n)->punct * 2 < c->totpunct) ||
		    (c->strict && unlikely(n))) {
			xmlUnlinkNode(n);
			xmlFreeNode(n);
			continue;
		}
		drop_chrome(c, n);
	}
}

/* The longest part of a <title> cut at the separators sites put
 * between the headline and their own name. */
static void title_main(const char *t, size_t n, const char **ms, size_t *mn)
{
	static const char *const seps[] = { "_", "|", " - ", "--", "\xe2\x80\x94",
		"\xef\xbc\x8d", "\xef\xbd\x9c", " \xe2\x80\x93 ", "::", NULL };   /* — － ｜ – */
	*ms = t, *mn = 0;
	size_t start = 0;
	for (size_t i = 0; i <= n; i++) {
		size_t k = 0;
		for (int j = 0; i < n && seps[j] && !k; j++) {
			size_t l = strlen(seps[j]);
			if (i + l <= n && memcmp(t + i, seps[j], l) == 0)
				k = l;
		}
		if (i < n && !k)
			continue;
		size_t a = start, b = i;
		while (a < b && t[a] == ' ')
			a++;
		while (b > a && t[b - 1] == ' ')
			b--;
		if (b - a > *mn)
			*ms = t + a, *mn = b - a;
		if (i == n)
			break;
		start = i + k;
		i += k - 1;
	}
}

/* The next element named tag after n in document order. */
static xmlNodePtr find_next(xmlNodePtr n, const char *tag)
{
	for (; n; n = n->parent) {
		if (n->next) {
			xmlNodePtr r = find(n->next, tag);
			if (r)
				return r;
		}
		/* find(n->next) searched all following siblings and their subtrees */
		while (n->next)
			n = n->next;
	}
	return NULL;
}

/* See gw_html_main_text. */
static void find_headline(xmlNodePtr root, const struct gw_buf *title, struct gw_buf *out)
{
	const char *m;
	size_t mn;
	title_main(title->p ? title->p : "", title->len, &m, &mn);
	if (!mn)
		return;
	static const char *const hs[] = { "h1", "h2", "h3", NULL };
	struct gw_buf h = { 0 };
	for (int i = 0; hs[i]; i++) {
		for (xmlNodePtr n = find(root, hs[i]); n; n = find_next(n, hs[i])) {
			xmlChar *tt = xmlNodeGetContent(n);
			gw_buf_clear(&h);
			if (tt) {
				struct emit e = { &h, 0, 0 };
				text(&e, tt);
				xmlFree(tt);
			}
			if (!h.len || h.len > 600)
				continue;
			if (memmem(h.p, h.len, m, mn) ||
			    (memmem(m, mn, h.p, h.len) && h.len * 10 >= mn * 6)) {
				gw_buf_add(out, h.p, h.len);
				gw_buf_free(&h);
				return;
			}
		}
	}
	gw_buf_free(&h);
	if (gw_utf8_count(m, mn) >= 4)
		gw_buf_add(out, m, mn);
}

static size_t find_ci(const char *s, size_t n, size_t i, const char *w)
{
	size_t l = strlen(w);
	for (; i + l <= n; i++)
		if (strncasecmp(s + i, w, l) == 0)
			return i;
	return n;
}

static size_t find_str(const char *s, size_t n, size_t i, const char *w)
{
	const char *p = i < n ? memmem(s + i, n - i, w, strlen(w)) : NULL;
	return p ? (size_t)(p - s) : n;
}

/* At s[i] == '<': 0 if nothing special starts here; else the end of a
 * span to keep whole (*keep: a comment, an element of raw text, whose
 * "<!" are not declarations) or to drop (a declaration). */
static size_t decl_end(const char *s, size_t n, size_t i, const char *const *raw, int *keep)
{
	*keep = 1;
	if (n - i >= 4 && !memcmp(s + i, "<!--", 4)) {
		size_t e = find_str(s, n, i + 4, "-->");
		return e < n ? e + 3 : n;
	}
	for (int k = 0; raw[k]; k++) {
		size_t l = strlen(raw[k]);
		if (n - i > l + 1 && !strncasecmp(s + i + 1, raw[k], l) &&
		    (s[i + l + 1] == '>' || s[i + l + 1] == ' ' || s[i + l + 1] == '\t' ||
		     s[i + l + 1] == '\n' || s[i + l + 1] == '\r' || s[i + l + 1] == '/')) {
			char close[16];
			snprintf(close, sizeof close, "</%s", raw[k]);
			return find_ci(s, n, i + l + 1, close);
		}
	}
	*keep = 0;
	if (n - i >= 9 && !strncasecmp(s + i, "<!doctype", 9)) {
		size_t gt = find_str(s, n, i, ">");
		const char *br = memchr(s + i, '[', gt - i);
		if (br) {   /* an internal subset: to the "]" and the ">" after it */
			size_t e = find_str(s, n, (size_t)(br - s), "]");
			while (e < n && s[e] != '>')
				e++;
			gt = e;
		}
		return gt < n ? gt + 1 : n;
	}
	if (n - i >= 9 && !memcmp(s + i, "<![CDATA[", 9)) {
		size_t e = find_str(s, n, i + 9, "]]>");
		return e < n ? e + 3 : n;
	}
	if (n - i >= 2 && (s[i + 1] == '!' || s[i + 1] == '?')) {
		size_t gt = find_str(s, n, i + 2, ">");
		return gt < n ? gt + 1 : n;
	}
	return 0;
}

/* A cell or row of a data table (a table of tasks: number, task, lead
 * agency) is one row of many whose other rows are short: the table is
 * the unit, so that no row is lost to the sibling threshold. A cell
 * holding blocks, or a table holding tables, is layout: left as it is. */
static xmlNodePtr data_table(xmlNodePtr top)
{
	static const char *const inner[] = { "p", "div", "table", "ul", "ol", "dl", "section",
		"article", "blockquote", "pre", NULL };
	xmlNodePtr t = top;
	if (t && (is_tag(t, "td") || is_tag(t, "th"))) {
		for (xmlNodePtr k = t->children; k; k = k->next)
			if (k->type == XML_ELEMENT_NODE && in_list(k->name, inner))
				return top;
		t = t->parent;
	}
	if (!t || !is_tag(t, "tr"))
		return top;
	while (t && !is_tag(t, "table"))
		t = t->parent;
	if (!t || find(t->children, "table"))
		return top;
	return t;
}

/* Drop, in place, what browsers never show and libxml2 would write as
 * text: a DOCTYPE with its internal subset, CDATA sections and other
 * "<!" and "<?" declarations outside comments and raw-text elements
 * (script, style ...). The LFs inside are kept, so line numbers hold.
 * Returns the new length. */
size_t gw_html_drop_declarations(char *s, size_t n)
{
	static const char *const raw[] = { "script", "style", "textarea", "xmp", "title", NULL };
	size_t i = 0, w = 0;
	while (i < n) {
		const char *lt = memchr(s + i, '<', n - i);
		size_t j = lt ? (size_t)(lt - s) : n;
		memmove(s + w, s + i, j - i);
		w += j - i, i = j;
		if (i >= n)
			break;
		int keep;
		size_t end = decl_end(s, n, i, raw, &keep);
		if (end == 0) {          /* not a declaration: keep the '<' */
			s[w++] = s[i++];
			continue;
		}
		if (keep) {
			memmove(s + w, s + i, end - i);
			w += end - i, i = end;
			continue;
		}
		for (; i < end; i++)
			if (s[i] == '\n')
				s[w++] = '\n';
	}
	return w;
}

static char fatal[200];
static int fatal_line;

enum { CHUNK = 16 << 10 };   /* <i></i> x 2340: about 1 MB of tree */

/* libxml2's HTML parser (recovering, no network, the page's own charset
 * ignored: it is UTF-8 already), pushed a chunk at a time so that a page
 * whose tree outgrows the budget is stopped early. NULL if it gave up
 * or the budget was spent (over is then set). */
static htmlDocPtr parse(const char *s, size_t n)
{
	htmlParserCtxtPtr ctxt = htmlCreatePushParserCtxt(NULL, NULL, NULL, 0, NULL,
	    XML_CHAR_ENCODING_UTF8);
	if (!ctxt)
		return NULL;
	htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	    HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC);
	for (size_t off = 0; off < n && !spent(0); off += CHUNK)
		htmlParseChunk(ctxt, s + off, (int)(n - off < CHUNK ? n - off : CHUNK), 0);
	if (!over)
		htmlParseChunk(ctxt, NULL, 0, 1);
	htmlDocPtr doc = ctxt->myDoc;
	ctxt->myDoc = NULL;
	/* The parser recovers from nearly everything; what it cannot (nesting
	 * deeper than 256) ends the page early, and the caller must say so. */
	fatal[0] = 0;
	if (!over && ctxt->lastError.level == XML_ERR_FATAL && ctxt->lastError.message) {
		snprintf(fatal, sizeof fatal, "%s", ctxt->lastError.message);
		char *huge = strstr(fatal, " use XML_PARSE_HUGE");   /* not an option here */
		if (huge)
			*huge = 0;
		size_t l = strlen(fatal);
		while (l && fatal[l - 1] == '\n')
			fatal[--l] = 0;
		fatal_line = ctxt->lastError.line;
	}
	htmlFreeParserCtxt(ctxt);
	if (doc && over) {
		xmlFreeDoc(doc);
		doc = NULL;
	}
	return doc;
}

static void gw_page_title(xmlNodePtr root, struct gw_buf *title)
{
	xmlNodePtr t = find(root, "title");
	if (!t)
		return;
	xmlChar *tt = xmlNodeGetContent(t);
	if (tt) {
		struct emit e = { title, 0, 0 };
		text(&e, tt);
		xmlFree(tt);
	}
}

/* A box that only wraps the candidate (its parent has no other element
 * child and no text of its own) says nothing more: climb, so that the
 * siblings looked at next are the article's. */
static xmlNodePtr climb(struct ctx *c, xmlNodePtr top)
{
	while (top && top->parent && top->parent->type == XML_ELEMENT_NODE &&
	    !is_tag(top->parent, "body") && !is_tag(top->parent, "html")) {
		int others = 0;
		for (xmlNodePtr k = top->parent->children; k && !others; k = k->next)
			if ((k->type == XML_ELEMENT_NODE && k != top) ||
			    (k->type == XML_TEXT_NODE && S(c, top->parent)->own))
				others = 1;
		if (others)
			break;
		top = top->parent;
	}
	return top;
}

/* A sibling of the top candidate that is content too. */
static int sibling_content(struct ctx *c, xmlNodePtr k, double thr)
{
	if (k->type == XML_TEXT_NODE) {
		size_t cps = 0, p = 0;
		measure_text(k->content, &cps, &p);
		return cps >= 20 && p >= 1;
	}
	if (k->type != XML_ELEMENT_NODE || junk_box(c, k))
		return 0;
	struct st *ks = S(c, k);
	if (!ks)
		return 0;
	double ld = link_density(ks);
	return (ks->scored && ks->score * (1 - ld) >= thr) ||
	    (ld < 0.25 && ks->text >= 80 && ks->punct >= 2) ||
	    (ld == 0 && ks->text >= 10 && ks->punct >= 1 && is_tag(k, "p"));
}

/* The top candidate and those of its siblings that are content too. */
static void emit_top(struct ctx *c, xmlNodePtr top, double topv, struct emit *e)
{
	xmlNodePtr parent = top->parent;
	double thr = topv * 0.2 > 10 ? topv * 0.2 : 10;
	for (xmlNodePtr k = parent ? parent->children : top; k; k = k->next) {
		if (k == top || sibling_content(c, k, thr))
			emit_node(c, k, e);
		if (!parent && k != top && k->type == XML_ELEMENT_NODE && !junk_box(c, k) && S(c, k))
			break;     /* no parent: the candidate and one sibling element at most */
	}
}

static int extract(const char *s, size_t n, struct gw_buf *out, struct gw_buf *title,
    struct gw_buf *headline, int strict)
{
	over = 0;
	st_bytes = 0;
	htmlDocPtr doc = parse(s, n);
	if (!doc)
		return over ? -2 : -1;
	xmlNodePtr root = xmlDocGetRootElement(doc);
	if (!root) {
		xmlFreeDoc(doc);
		return 0;
	}
	gw_page_title(root, title);
	find_headline(root, title, headline);
	struct ctx c = { 0 };
	c.strict = strict;
	xmlNodePtr top_node = (xmlNodePtr)doc;   /* same layout for children and _private */
	measure(&c, top_node);
	if (over)
		goto spent;
	c.totpunct = S(&c, root) ? S(&c, root)->punct : 0;
	drop_chrome(&c, root);
	/* measures again: the chrome is gone */
	for (size_t i = 0; i < c.n; i++)
		c.st[i].scored = 0;
	c.n = 0;
	measure(&c, top_node);
	if (over)
		goto spent;
	score(&c, root);
	xmlNodePtr top = NULL;
	double topv = 0;
	best(&c, root, &top, &topv);
	top = data_table(climb(&c, top));
	struct emit e = { out, 0, 0 };
	if (!top || topv < 5)
		walk(&c, top_node, &e);
	else
		emit_top(&c, top, topv, &e);
	nl(&e);
spent:
	free(c.st);
	st_bytes = 0;
	/* _private pointed into c.st; the document is freed now anyway */
	xmlFreeDoc(doc);
	return over ? -2 : 0;
}

/* As Readability does: if removing the boxes named like chrome left
 * almost nothing, the names lied (a page whose article sits in a
 * "comment-body" box); try again without that rule. */
void gw_html_budget(size_t bytes)
{
	budget = bytes;
}

const char *gw_html_fatal(int *line)
{
	*line = fatal_line;
	return fatal[0] ? fatal : NULL;
}

int gw_html_main_text(const char *s, size_t n, struct gw_buf *out, struct gw_buf *title,
    struct gw_buf *headline)
{
	size_t o = out->len, t = title->len, h = headline->len;
	count_init();
	int r = extract(s, n, out, title, headline, 1);
	if (r < 0 || (out->len > o && gw_utf8_count(out->p + o, out->len - o) >= 200))
		return r;
	out->len = o, title->len = t, headline->len = h;
	if (out->p)
		out->p[o] = 0;
	if (title->p)
		title->p[t] = 0;
	if (headline->p)
		headline->p[h] = 0;
	return extract(s, n, out, title, headline, 0);
}
