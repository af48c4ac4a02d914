/*
 * libgeshibai — the SAX engine of xml.h ("one child at a time"): libxml2's
 * push parser with handlers that build each child of the root as a tree of
 * ordinary xmlNodes in an arena, hand it over whole and forget it.
 *
 * Why: a batch read with the xmlTextReader paid for the reader's own node
 * bookkeeping, for xmlTextReaderExpand's tree (a malloc per node, name and
 * value) and for walking and freeing it again — more than libxml2's whole
 * streaming parse. Here the parser calls us and the tree costs a bump
 * allocation per node, and one reset per child.
 *
 * The trees are those libxml2's SAX2 handlers would build, so that paths,
 * lines, values and the XSD validator read them alike: element lines as
 * xmlSAX2StartElementNs sets them (65535 past 65535, the true line then
 * kept in text nodes' psvi as XML_PARSE_BIG_LINES does), adjacent
 * character data merged into one text (or CDATA) node, attribute values
 * with their character references resolved, one text child each, comments
 * and processing instructions kept. Namespace declarations are not kept as
 * nsDef (nothing here looks them up); each node points to its namespace.
 *
 * Input (xml_input.c) comes as UTF-8 whatever the document's encoding,
 * in a window that keeps the bytes of the child being read. A batch
 * whose child breaks (not well formed, an invalid byte sequence) loses that
 * child alone: the handlers' `broken` hears of it, the parser is dropped,
 * and a fresh one starts at the next <application> start tag after the
 * broken child's own, behind the root's start tag written again (its name
 * and namespace declarations) and with lines counted on.
 *
 * Hardening is the reader's (xml.h): the same options, our own read
 * callbacks, the same structured error handler; a DOCTYPE stops the parser
 * at once (so no entity can be declared, let alone expanded), and a text
 * node is limited as libxml2 limits it without XML_PARSE_HUGE.
 */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parserInternals.h>
#include "xml_impl.h"

typedef enum { BEFORE_ROOT, CHILDREN, WHOLE, STOPPED } gsb__sax_mode;

struct gsb__sax {
	gsb_xml_handlers h;
	void *ctx;
	gsb_xml *x;
	xmlParserCtxtPtr pc;
	xmlInputReadCallback read;
	xmlDocPtr doc;         /* the nodes' document (they are never linked into it) */
	gsb__arena root_arena; /* the root and its attributes */
	gsb__arena arena;      /* the child being built (everything, in WHOLE mode) */
	xmlNs ns;              /* urn:geshibai:1, shared by every node in it */
	/* the symbols of the names met: the parser's names are unique strings
	 * (its dictionary), so a name's address finds its symbol */
	struct {
		const xmlChar *name;
		uintptr_t symbol;
	} symbols[256];
	const xmlChar *ns_uri; /* the parser's string for it, once seen */
	gsb__sax_mode mode;
	xmlNode *root, *child; /* child: the child of the root being built */
	bool whole;            /* WHOLE, and the root not handed over yet */
	bool root_pending;     /* the root's start tag is still to be checked */
	xmlNode *cur;          /* the innermost open element */
	/* character data being gathered into one node */
	xmlNode *text;
	char *buf;
	size_t len, cap;
	/* text directly in the root (CHILDREN mode) */
	bool root_text, root_text_blank;
	long root_text_line;
	/* how reading stopped */
	int stop_rc; /* the root handler's code, GSB_ENOMEM, or a final error's */
	bool ended;
	/* the input, and where the parser is in it */
	gsb__input in;
	uint64_t fed;      /* stream offset fed to the parser so far */
	uint64_t p_start;  /* stream offset where the parser's input starts */
	size_t p_prefix;   /* bytes of the root's start tag written before it */
	long line_base;    /* lines before the parser's line 1 */
	bool children;     /* the root gives its children one at a time */
	bool root_done;    /* the root has ended */
	uint64_t boundary; /* stream offset after the last child (or the root's start tag) */
	long boundary_line;
	char *root_tag;    /* the root's start tag, written again after a broken child */
	size_t root_tag_len;
	bool restarting;   /* the parser's root is root_tag */
	bool resync;       /* looking for the next application */
	uint64_t scan_from; /* from where, */
	long scan_line;     /* at which line */
	uint64_t reparsed; /* bytes parsed twice after broken children */
	uint64_t err_at;   /* where the parser was stopped (0: not yet) */
};

/* ============================================================ building */

static bool ready(gsb__sax *s);

static uint64_t pos_now(const gsb__sax *s);

static void stop(gsb__sax *s, int rc)
{
	if (s->stop_rc == 0)
		s->stop_rc = rc;
	if (s->err_at == 0 && s->pc) /* before libxml2 drops its input */
		s->err_at = pos_now(s);
	s->mode = STOPPED;
	xmlStopParser(s->pc);
}

/* Arena memory. Every size is rounded to the arena's alignment, so the
 * next free byte stays aligned and the common case is a bump. */
static inline void *alloc(gsb__sax *s, gsb__arena *a, size_t size)
{
	const size_t align = sizeof(max_align_t);
	size = (size + align - 1) & ~(align - 1);
	void *p;
	if (size <= a->left && ((uintptr_t)a->next & (align - 1)) == 0) {
		p = a->next;
		a->next += size;
		a->left -= size;
	} else if ((p = gsb__arena_alloc(a, size)) == NULL) {
		stop(s, gsb__error(GSB_ENOMEM, "out of memory"));
	}
	return p;
}

/* Zeroed arena memory (nodes). */
static inline void *zalloc(gsb__sax *s, gsb__arena *a, size_t size)
{
	void *p = alloc(s, a, size);
	return p ? memset(p, 0, size) : NULL;
}

/* A NUL-terminated copy of len bytes. */
static const xmlChar *copy(gsb__sax *s, gsb__arena *a, const xmlChar *bytes, size_t len)
{
	char *p = alloc(s, a, len + 1);
	if (p) {
		memcpy(p, bytes, len);
		p[len] = '\0';
	}
	return (const xmlChar *)p;
}

static long line_now(const gsb__sax *s)
{
	return s->pc && s->pc->input ? s->pc->input->line + s->line_base : 0;
}

/* The stream offset the parser has reached. */
static uint64_t pos_now(const gsb__sax *s)
{
	long c = s->pc ? xmlByteConsumed(s->pc) : -1;
	if (c < 0 || (size_t)c < s->p_prefix)
		return s->p_start;
	return s->p_start + (uint64_t)c - s->p_prefix;
}

/* The line as xmlSAX2 keeps it: 65535 past 65535, the true line then in
 * text nodes' psvi (XML_PARSE_BIG_LINES). */
static void set_line(const gsb__sax *s, xmlNode *n)
{
	long line = line_now(s);
	n->line = line < 65535 ? (unsigned short)line : 65535;
	if (line >= 65535 && n->type == XML_TEXT_NODE)
		n->psvi = (void *)(ptrdiff_t)line;
}

static xmlNs *ns_of(gsb__sax *s, gsb__arena *a, const xmlChar *uri, const xmlChar *prefix)
{
	if (uri == NULL)
		return NULL;
	if (uri == s->ns_uri || strcmp((const char *)uri, GSB_XML_NS) == 0) {
		s->ns_uri = uri;
		return &s->ns;
	}
	xmlNs *ns = zalloc(s, a, sizeof *ns);
	if (ns) {
		ns->type = XML_NAMESPACE_DECL;
		ns->href = uri;
		ns->prefix = prefix;
	}
	return ns;
}

/* The symbol of a local name (gsb_xml_handlers.symbols), 0 for none:
 * remembered by the name's address in an open-addressed table (a few
 * probes; when they are all taken, the first is reused). */
static uintptr_t symbol(gsb__sax *s, const xmlChar *name)
{
	if (s->h.symbol == NULL)
		return 0;
	const size_t n = GSB_ARRAY_LEN(s->symbols);
	size_t home = (size_t)(((uintptr_t)name * UINT64_C(0x9E3779B97F4A7C15)) >> 32) % n, slot = home;
	for (int probe = 0; probe < 8; probe++, slot = (slot + 1) % n) {
		if (s->symbols[slot].name == name)
			return s->symbols[slot].symbol;
		if (s->symbols[slot].name == NULL)
			break;
	}
	if (s->symbols[slot].name != NULL)
		slot = home;
	uintptr_t sym = s->h.symbol((const char *)name);
	s->symbols[slot].name = name;
	s->symbols[slot].symbol = sym;
	return sym;
}

static void append(xmlNode *parent, xmlNode *n)
{
	n->parent = parent;
	if (parent->last) {
		parent->last->next = n;
		n->prev = parent->last;
	} else {
		parent->children = n;
	}
	parent->last = n;
}

/* An attribute value as the parser gives it: without XML_PARSE_NOENT an '&'
 * (from &amp; or &#38;) comes as "&#38;", every other reference resolved. */
static const xmlChar *attr_value(gsb__sax *s, gsb__arena *a, const xmlChar *v, const xmlChar *end)
{
	size_t len = (size_t)(end - v);
	if (memchr(v, '&', len) == NULL)
		return copy(s, a, v, len);
	xmlChar *out = alloc(s, a, len + 1), *o = out;
	if (out == NULL)
		return NULL;
	for (const xmlChar *p = v; p < end; p++) {
		*o++ = *p;
		if (*p == '&' && end - p >= 5 && memcmp(p, "&#38;", 5) == 0)
			p += 4;
	}
	*o = '\0';
	return out;
}

static xmlNode *new_element(gsb__sax *s, gsb__arena *a, const xmlChar *name,
                            const xmlChar *prefix, const xmlChar *uri, int n_attrs,
                            const xmlChar **attrs)
{
	xmlNode *n = zalloc(s, a, sizeof *n);
	if (n == NULL)
		return NULL;
	n->type = XML_ELEMENT_NODE;
	n->name = name;
	n->_private = (void *)symbol(s, name);
	n->doc = s->doc;
	n->ns = ns_of(s, a, uri, prefix);
	set_line(s, n);
	xmlAttr *last = NULL;
	for (int i = 0; i < n_attrs; i++, attrs += 5) {
		xmlAttr *at = zalloc(s, a, sizeof *at);
		xmlNode *t = zalloc(s, a, sizeof *t);
		const xmlChar *value = attr_value(s, a, attrs[3], attrs[4]);
		if (at == NULL || t == NULL || value == NULL)
			return NULL;
		at->type = XML_ATTRIBUTE_NODE;
		at->name = attrs[0];
		at->_private = (void *)symbol(s, attrs[0]);
		at->ns = ns_of(s, a, attrs[2], attrs[1]);
		at->parent = n;
		at->doc = s->doc;
		at->prev = last;
		if (last)
			last->next = at;
		else
			n->properties = at;
		last = at;
		t->type = XML_TEXT_NODE;
		t->name = xmlStringText;
		t->content = (xmlChar *)value;
		t->doc = s->doc;
		append((xmlNode *)at, t);
	}
	return n;
}

/* ---- character data ---- */

static bool blank(const xmlChar *ch, int len)
{
	for (int i = 0; i < len; i++)
		if (ch[i] != ' ' && ch[i] != '\t' && ch[i] != '\n' && ch[i] != '\r')
			return false;
	return true;
}

/* Text directly in the root, or the gathered text node: done. */
static void flush_text(gsb__sax *s)
{
	if (s->root_text) {
		s->root_text = false;
		if (!s->root_text_blank && s->h.text)
			s->h.text(s->ctx, s->x, s->root_text_line);
	}
	if (s->text && s->len > 0) /* gathered from several pieces */
		s->text->content = (xmlChar *)copy(s, &s->arena, (const xmlChar *)s->buf, s->len);
	s->text = NULL;
	s->len = 0;
}

/* Room for need bytes of gathered character data; false when there is none. */
static bool text_room(gsb__sax *s, size_t need)
{
	if (need > XML_MAX_TEXT_LENGTH) { /* as xmlSAX2Characters without HUGE */
		s->x->perr = (gsb__xerr){ .set = true, .domain = XML_FROM_PARSER,
			                  .code = XML_ERR_NO_MEMORY, .line = line_now(s) };
		snprintf(s->x->perr.message, sizeof s->x->perr.message, "%s",
		         "Memory allocation failed : xmlSAX2Characters: huge text node");
		stop(s, GSB_EPARSE);
		return false;
	}
	if (need > s->cap) {
		size_t cap = s->cap ? s->cap : 256;
		while (cap < need)
			cap *= 2;
		char *b = realloc(s->buf, cap);
		if (b == NULL) {
			stop(s, gsb__error(GSB_ENOMEM, "out of memory"));
			return false;
		}
		s->buf = b;
		s->cap = cap;
	}
	return true;
}

/* Character data of type (text or CDATA) inside the element being built:
 * merged with the last child when that is character data of the same type
 * still being gathered. */
static void add_chars(gsb__sax *s, xmlElementType type, const xmlChar *ch, int len)
{
	if (!ready(s))
		return;
	if (s->mode == CHILDREN && s->cur == s->root) {
		if (!s->root_text) {
			s->root_text = true;
			s->root_text_blank = true;
			s->root_text_line = line_now(s);
		}
		if (s->root_text_blank && (type == XML_CDATA_SECTION_NODE || !blank(ch, len)))
			s->root_text_blank = false;
		return;
	}
	if (s->cur == NULL)
		return;
	if (s->text == NULL || s->text->type != type) {
		flush_text(s);
		xmlNode *t = zalloc(s, &s->arena, sizeof *t);
		if (t == NULL)
			return;
		t->type = type;
		t->name = type == XML_TEXT_NODE ? xmlStringText : NULL;
		t->doc = s->doc;
		set_line(s, t);
		append(s->cur, t);
		s->text = t;
		/* most character data comes in one piece: straight to the arena */
		t->content = (xmlChar *)copy(s, &s->arena, ch, (size_t)len);
		return;
	}
	/* a further piece: gather the whole in the buffer (flush_text copies it) */
	if (len == 0) /* an empty CDATA section adds nothing */
		return;
	size_t had = s->len ? s->len : strlen((const char *)s->text->content);
	if (!text_room(s, had + (size_t)len))
		return;
	if (s->len == 0)
		memcpy(s->buf, s->text->content, had);
	memcpy(s->buf + had, ch, (size_t)len);
	s->len = had + (size_t)len;
}

/* ============================================================ handlers */

/*
 * The root's start tag is checked (namespace, the root handler) only at the
 * next event, or at the end of the piece of input: the parser calls
 * on_start before it sees that a start tag cut short by the end of input
 * is not well formed, and that error comes first, as with the reader.
 */
static void settle_root(gsb__sax *s)
{
	gsb_xml *x = s->x;
	const char *name = (const char *)s->root->name;
	s->root_pending = false;
	if (x->perr.set)
		return;
	if (s->root->ns != &s->ns) {
		stop(s, gsb__xml_final(x, GSB_ESCHEMA, gsb_xml_line(s->root), name,
		                       "element '%s' is not in the namespace " GSB_XML_NS, name));
		return;
	}
	int rc = s->h.root(s->ctx, x, s->root);
	if (rc < 0) {
		stop(s, rc);
		return;
	}
	s->mode = rc == 1 ? CHILDREN : WHOLE;
	s->children = s->mode == CHILDREN;
	s->whole = s->mode == WHOLE;
}

/* Before any event: the root, if its start tag is still to be checked.
 * False when reading has stopped. */
static bool ready(gsb__sax *s)
{
	if (s->root_pending)
		settle_root(s);
	return s->mode != STOPPED;
}

/* Append text to the root's start tag being written; quoted: escaped for an
 * attribute value. */
static bool tag_add(gsb__sax *s, size_t *cap, const char *text, bool quoted)
{
	for (; *text; text++) {
		const char *esc = !quoted ? NULL : *text == '"' ? "&quot;" : *text == '&' ? "&amp;"
		                                   : *text == '<' ? "&lt;" : NULL;
		size_t n = esc ? strlen(esc) : 1;
		if (s->root_tag_len + n + 1 > *cap) {
			size_t c = *cap ? *cap * 2 : 256;
			char *b = realloc(s->root_tag, c);
			if (b == NULL)
				return false;
			s->root_tag = b;
			*cap = c;
		}
		memcpy(s->root_tag + s->root_tag_len, esc ? esc : text, n);
		s->root_tag_len += n;
		s->root_tag[s->root_tag_len] = '\0';
	}
	return true;
}

/* The root's start tag as a fresh parser will read it after a broken child:
 * its name and its namespace declarations (its attributes were checked). */
static void write_root_tag(gsb__sax *s, const xmlChar *name, const xmlChar *prefix, int n_ns,
                           const xmlChar **ns)
{
	size_t cap = 0;
	bool ok = tag_add(s, &cap, "<", false);
	if (prefix)
		ok = ok && tag_add(s, &cap, (const char *)prefix, false) && tag_add(s, &cap, ":", false);
	ok = ok && tag_add(s, &cap, (const char *)name, false);
	for (int i = 0; ok && i < n_ns; i++) {
		ok = tag_add(s, &cap, " xmlns", false);
		if (ns[2 * i])
			ok = ok && tag_add(s, &cap, ":", false) &&
			     tag_add(s, &cap, (const char *)ns[2 * i], false);
		ok = ok && tag_add(s, &cap, "=\"", false) &&
		     tag_add(s, &cap, ns[2 * i + 1] ? (const char *)ns[2 * i + 1] : "", true) &&
		     tag_add(s, &cap, "\"", false);
	}
	ok = ok && tag_add(s, &cap, ">", false);
	if (!ok) { /* no resynchronising then */
		free(s->root_tag);
		s->root_tag = NULL;
		s->root_tag_len = 0;
	}
}

static void on_root(gsb__sax *s, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri,
                    int n_ns, const xmlChar **ns, int n_attrs, const xmlChar **attrs)
{
	snprintf(s->x->root, sizeof s->x->root, "%s", (const char *)name);
	/* the root outlives the parser (a fresh one after a broken child) */
	name = copy(s, &s->root_arena, name, strlen((const char *)name));
	if (name)
		s->root = new_element(s, &s->root_arena, name, prefix, uri, n_attrs, attrs);
	if (name == NULL || s->root == NULL)
		return;
	for (xmlAttr *a = s->root->properties; a; a = a->next) {
		a->name = copy(s, &s->root_arena, a->name, strlen((const char *)a->name));
		if (a->name == NULL)
			return;
	}
	if (s->root->ns && s->root->ns != &s->ns)
		s->root->ns = NULL; /* a foreign namespace: refused when settled */
	write_root_tag(s, name, prefix, n_ns, ns);
	s->boundary = pos_now(s);
	s->boundary_line = line_now(s);
	s->cur = s->root;
	s->root_pending = true;
	s->mode = WHOLE; /* until settled */
}

static void on_start(void *ctx, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri,
                     int n_ns, const xmlChar **ns, int n_attrs, int n_defaulted,
                     const xmlChar **attrs)
{
	(void)n_defaulted; /* no DTD, so none */
	gsb__sax *s = ((gsb_xml *)ctx)->sax;
	if (s->restarting) { /* the root's start tag written again */
		s->restarting = false;
		s->mode = CHILDREN;
		s->cur = s->root;
		return;
	}
	if (!ready(s))
		return;
	flush_text(s);
	if (s->mode == BEFORE_ROOT) {
		on_root(s, name, prefix, uri, n_ns, ns, n_attrs, attrs);
		return;
	}
	if (s->mode == CHILDREN && s->child && name == s->child->name &&
	    ns_of(s, &s->arena, uri, prefix) == s->child->ns) {
		/* a child of the root inside itself (an <application> left open):
		 * that child is broken, and the new one starts here */
		gsb__xerr *e = &s->x->perr;
		if (!e->set) {
			long open = gsb_xml_line(s->child);
			*e = (gsb__xerr){ .set = true, .domain = XML_FROM_PARSER,
			                  .code = GSB__XERR_NOT_CLOSED, .line = line_now(s),
			                  .int1 = open > INT_MAX ? INT_MAX : (int)open };
			snprintf(e->str1, sizeof e->str1, "%s", (const char *)name);
			snprintf(e->message, sizeof e->message, "element '%s' inside '%s' (not closed)",
			         (const char *)name, (const char *)name);
		}
		stop(s, GSB_EPARSE);
		return;
	}
	xmlNode *n = new_element(s, &s->arena, name, prefix, uri, n_attrs, attrs);
	if (n == NULL)
		return;
	if (s->mode == CHILDREN && s->cur == s->root) {
		n->parent = s->root; /* not linked: the root keeps no children */
		s->child = n;
	} else {
		append(s->cur, n);
	}
	s->cur = n;
}

static void on_end(void *ctx, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri)
{
	(void)name;
	(void)prefix;
	(void)uri;
	gsb__sax *s = ((gsb_xml *)ctx)->sax;
	if (!ready(s) || s->cur == NULL)
		return;
	flush_text(s);
	xmlNode *n = s->cur;
	s->cur = n == s->root ? NULL : n->parent;
	if (n == s->root)
		s->root_done = true;
	if (s->mode == WHOLE && n == s->root) {
		s->whole = false;
		s->h.element(s->ctx, s->x, n);
	}
	else if (s->mode == CHILDREN && n == s->child) {
		s->h.element(s->ctx, s->x, n);
		s->child = NULL;
		gsb__arena_reset(&s->arena);
		s->boundary = pos_now(s);
		s->boundary_line = line_now(s);
	}
}

static void on_chars(void *ctx, const xmlChar *ch, int len)
{
	add_chars(((gsb_xml *)ctx)->sax, XML_TEXT_NODE, ch, len);
}

static void on_cdata(void *ctx, const xmlChar *ch, int len)
{
	add_chars(((gsb_xml *)ctx)->sax, XML_CDATA_SECTION_NODE, ch, len);
}

/* A comment or processing instruction inside the element being built. */
static void add_other(gsb__sax *s, xmlElementType type, const xmlChar *name, const xmlChar *value)
{
	if (!ready(s))
		return;
	flush_text(s);
	if (s->cur == NULL || (s->mode == CHILDREN && s->cur == s->root))
		return;
	xmlNode *n = zalloc(s, &s->arena, sizeof *n);
	if (n == NULL)
		return;
	n->type = type;
	n->doc = s->doc;
	n->name = name ? copy(s, &s->arena, name, strlen((const char *)name)) : NULL;
	n->content = value ? (xmlChar *)copy(s, &s->arena, value, strlen((const char *)value)) : NULL;
	set_line(s, n);
	append(s->cur, n);
}

static void on_comment(void *ctx, const xmlChar *value)
{
	add_other(((gsb_xml *)ctx)->sax, XML_COMMENT_NODE, xmlStringComment, value);
}

static void on_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
	add_other(((gsb_xml *)ctx)->sax, XML_PI_NODE, target, data);
}

/* A DOCTYPE: refused before anything in it is read. */
static void on_doctype(void *ctx, const xmlChar *name, const xmlChar *public_id,
                       const xmlChar *system_id)
{
	(void)name;
	(void)public_id;
	(void)system_id;
	gsb_xml *x = ctx;
	x->saw_doctype = true;
	stop(x->sax, GSB_EPARSE);
}

/* An ill-formed byte sequence of the input where the parser stopped: its
 * words in place of libxml2's ("PCDATA invalid Char value 65534"). */
static void encoding_message(gsb__sax *s, gsb__xerr *e)
{
	uint64_t pos = pos_now(s);
	const gsb__input_bad *b = gsb__input_bad_at(&s->in, s->p_start, pos + 4);
	if (b == NULL)
		return;
	char hex[40] = "", *h = hex;
	for (int i = 0; i < b->n && i < 8; i++)
		h += snprintf(h, sizeof hex - (size_t)(h - hex), "%s0x%02X", i ? " " : "", b->bytes[i]);
	e->code = GSB__XERR_BAD_BYTES;
	snprintf(e->str1, sizeof e->str1, "%s", b->n ? hex : "(cut short)");
	snprintf(e->str2, sizeof e->str2, "%s", s->in.encoding);
	e->int1 = b->raw_at > INT_MAX ? INT_MAX : (int)b->raw_at;
	snprintf(e->message, sizeof e->message, "invalid byte sequence %s for encoding %s (byte %llu)",
	         e->str1, e->str2, (unsigned long long)b->raw_at);
}

/* Not UTF-8 at all, or no XML at the start: say so. */
static void document_message(gsb__sax *s, gsb__xerr *e)
{
	if (s->in.conv || s->mode != BEFORE_ROOT || s->in.len == 0 || s->in.off != 0)
		return;
	size_t n = s->in.len < 4096 ? s->in.len : 4096;
	size_t good = gsb__utf8_valid_len(s->in.buf, n);
	if (good + 4 <= n || (good < n && s->in.eof)) {
		e->code = GSB__XERR_NOT_UTF8;
		e->int1 = (int)good;
		snprintf(e->message, sizeof e->message,
		         "not UTF-8 text (an invalid byte sequence at byte %zu) and no other encoding"
		         " declared", good);
	}
}

/* libxml2's errors as the reader records them (lines counted on after a
 * broken child); an error (not a warning) stops the parser, so that
 * nothing after it is handed over. */
static void on_error(void *ctx, GSB_XML_ERROR_T *e)
{
	gsb_xml *x = ctx;
	gsb__sax *s = x->sax;
	if (e == NULL)
		return;
	bool first = !x->perr.set;
	xmlError copy = *e;
	if (copy.line > 0)
		copy.line += s->line_base;
	gsb__xml_on_error(x, &copy);
	if (first && x->perr.set && e->level >= XML_ERR_ERROR) {
		encoding_message(s, &x->perr);
		document_message(s, &x->perr);
	}
	if (e->level >= XML_ERR_ERROR && s->pc)
		stop(s, GSB_EPARSE);
}

/* ============================================================ the engine */

gsb__sax *gsb__sax_new(const gsb_xml_handlers *h, void *ctx)
{
	gsb__sax *s = calloc(1, sizeof *s);
	if (s == NULL || (s->doc = xmlNewDoc(BAD_CAST "1.0")) == NULL) {
		free(s);
		return NULL;
	}
	s->h = *h;
	s->ctx = ctx;
	gsb__arena_init(&s->root_arena);
	gsb__arena_init(&s->arena);
	s->ns.type = XML_NAMESPACE_DECL;
	s->ns.href = BAD_CAST GSB_XML_NS;
	return s;
}

void gsb__sax_free(gsb__sax *s)
{
	if (s == NULL)
		return;
	if (s->pc)
		xmlFreeParserCtxt(s->pc);
	xmlFreeDoc(s->doc);
	gsb__arena_release(&s->root_arena);
	gsb__arena_release(&s->arena);
	gsb__input_free(&s->in);
	free(s->root_tag);
	free(s->buf);
	free(s);
}

long gsb__sax_line(const gsb__sax *s)
{
	return s ? line_now(s) : 0;
}

/* A push parser on bytes (its first ones: the encoding is UTF-8). */
static int new_parser(gsb__sax *s, const char *bytes, size_t len)
{
	xmlSAXHandler sax;
	memset(&sax, 0, sizeof sax);
	sax.initialized = XML_SAX2_MAGIC;
	sax.startElementNs = on_start;
	sax.endElementNs = on_end;
	sax.characters = on_chars;
	sax.ignorableWhitespace = on_chars;
	sax.cdataBlock = on_cdata;
	sax.comment = on_comment;
	sax.processingInstruction = on_pi;
	sax.internalSubset = on_doctype;
	sax.serror = on_error;
	int first = len < 4 ? (int)len : 4;
	s->pc = xmlCreatePushParserCtxt(&sax, s->x, bytes, first, s->x->name);
	if (s->pc == NULL)
		return gsb__error(GSB_ENOMEM, "cannot create an XML parser");
	/* the bytes are UTF-8 whatever the declaration says (xml_input.c) */
	xmlCtxtUseOptions(s->pc, GSB_XML_OPTIONS | XML_PARSE_IGNORE_ENC);
	return first;
}

int gsb__sax_start(gsb_xml *x, xmlInputReadCallback read)
{
	gsb__sax *s = x->sax;
	s->x = x;
	int rc = gsb__input_open(&s->in, read, x);
	if (rc == GSB_EIO)
		return gsb__error_at(GSB_EIO, x->name, 0, NULL, NULL, "cannot read '%s': %s",
		                     x->name ? x->name : "-", strerror(x->io_errno));
	if (rc == GSB_EPARSE) { /* the first pump says so */
		gsb__xml_final(x, GSB_EPARSE, 1, NULL, "%s", s->in.refusal);
		s->ended = true;
		return GSB_OK;
	}
	if (rc == GSB_OK && (rc = gsb__input_more(&s->in)) > 0)
		rc = GSB_OK;
	if (rc < 0)
		return rc == GSB_EIO ? gsb__error_at(GSB_EIO, x->name, 0, NULL, NULL,
		                                     "cannot read '%s': %s", x->name ? x->name : "-",
		                                     strerror(x->io_errno))
		                     : rc;
	if (rc == 0 && s->in.len == 0)
		s->in.eof = true;
	rc = new_parser(s, s->in.buf, s->in.len);
	if (rc < 0)
		return rc;
	s->fed = (uint64_t)rc;
	return GSB_OK;
}

/* ---- a broken child of the root, and the next application ---- */

/* The start of an <application> start tag (any prefix) at b[i]: 1 yes,
 * 0 no, -1 cannot tell yet (the window ends). */
static int app_tag_at(const char *b, size_t i, size_t len)
{
	static const char name[] = "application";
	size_t j = i + 1, k;
	/* an optional prefix */
	for (k = j; k < len && k - j < 64 && b[k] != ':' && b[k] != '>' && b[k] != ' ' &&
	            b[k] != '/' && b[k] != '<' && b[k] != '\n' && b[k] != '\t' && b[k] != '\r';
	     k++)
		;
	if (k >= len)
		return -1;
	if (b[k] == ':')
		j = k + 1;
	if (len - j < sizeof name)
		return -1;
	if (memcmp(b + j, name, sizeof name - 1) != 0)
		return 0;
	char c = b[j + sizeof name - 1];
	return c == ' ' || c == '>' || c == '/' || c == '\n' || c == '\t' || c == '\r';
}

/* The parser failed in a batch: can the next application be read? */
static bool can_resync(const gsb__sax *s)
{
	const gsb_xml *x = s->x;
	return s->h.broken && s->children && !s->root_done && s->root_tag && !x->io_errno &&
	       !x->saw_doctype && x->perr.set && (s->stop_rc == 0 || s->stop_rc == GSB_EPARSE) &&
	       !x->final_rc;
}

/* Count the lines of the window up to stream offset to. */
static void scan_to(gsb__sax *s, uint64_t to)
{
	const char *b = s->in.buf + (s->scan_from - s->in.off);
	const char *e = s->in.buf + (to - s->in.off);
	while ((b = memchr(b, '\n', (size_t)(e - b))) != NULL) {
		s->scan_line++;
		b++;
	}
	s->scan_from = to;
}

/* Tell the handler, drop the parser, and look for the next application
 * after the broken child's start tag. */
static int broken(gsb__sax *s)
{
	gsb_xml *x = s->x;
	uint64_t err_at = s->err_at ? s->err_at : pos_now(s), end = s->in.off + s->in.len;
	if (err_at > end)
		err_at = end;
	if (err_at < s->boundary)
		err_at = s->boundary;
	/* the broken child's start tag: the first '<' of an element after the last child */
	uint64_t start = 0;
	bool item = s->child != NULL;
	for (uint64_t p = s->boundary; p < err_at; p++) {
		char c0 = s->in.buf[p - s->in.off], c1 = p + 1 < end ? s->in.buf[p + 1 - s->in.off] : 0;
		if (c0 == '<' && c1 != '/' && c1 != '!' && c1 != '?') {
			start = p + 1;
			item = true;
			break;
		}
	}
	char words[1024];
	gsb__xml_parse_message(words, sizeof words, &x->perr);
	gsb__error_at(GSB_EPARSE, x->name, x->perr.line ? x->perr.line : line_now(s), NULL, NULL,
	              "not well-formed XML: %1$s" GSB__ZH "XML 格式有误：%1$s", words);
	s->h.broken(s->ctx, x, s->child, item);
	/* a fresh start */
	x->perr.set = false;
	s->stop_rc = 0;
	xmlFreeParserCtxt(s->pc);
	s->pc = NULL;
	s->child = NULL;
	s->cur = NULL;
	s->text = NULL;
	s->len = 0;
	s->root_text = false;
	gsb__arena_reset(&s->arena);
	memset(s->symbols, 0, sizeof s->symbols); /* names of the old parser's dictionary */
	s->ns_uri = NULL;
	s->scan_from = s->boundary;
	s->scan_line = s->boundary_line;
	/* past the broken child's '<' at least, so that reading moves on */
	if (start <= s->boundary)
		start = s->boundary + 1;
	/* parsing again what the parser read past the next application: at most
	 * as much as the input (else on from where it failed) */
	if (s->reparsed > s->in.raw_total + (1u << 20) && err_at > start)
		start = err_at;
	if (start > end)
		start = end;
	scan_to(s, start);
	s->reparsed += err_at > start ? err_at - start : 0;
	s->err_at = 0;
	s->resync = true;
	s->mode = STOPPED;
	return 1;
}

/* Look for the next application; start a parser there. 1: found (or more
 * to read), 0: the input ended, < 0 an error. */
static int resync(gsb__sax *s)
{
	gsb_xml *x = s->x;
	for (;;) {
		uint64_t end = s->in.off + s->in.len;
		const char *b = s->in.buf - s->in.off; /* indexed by stream offset */
		uint64_t p = s->scan_from;
		int at = 0;
		while (p < end) {
			const char *lt = memchr(b + p, '<', (size_t)(end - p));
			if (lt == NULL) {
				p = end;
				break;
			}
			p = (uint64_t)(lt - b);
			at = app_tag_at(b, (size_t)p, (size_t)end);
			if (at != 0)
				break;
			p++;
		}
		if (at == 1) {
			scan_to(s, p);
			s->resync = false;
			s->p_start = p;
			s->p_prefix = s->root_tag_len;
			s->line_base = s->scan_line - 1;
			s->boundary = p;
			s->boundary_line = s->scan_line;
			s->restarting = true;
			s->mode = BEFORE_ROOT;
			int rc = new_parser(s, s->root_tag, s->root_tag_len);
			if (rc < 0)
				return rc;
			xmlParseChunk(s->pc, s->root_tag + rc, (int)(s->root_tag_len - (size_t)rc), 0);
			s->fed = p;
			return 1;
		}
		scan_to(s, p); /* p: end, or an unfinished '<' */
		gsb__input_keep(&s->in, s->scan_from);
		int n = gsb__input_more(&s->in);
		if (n < 0)
			return n == GSB_EIO ? gsb__xml_parse_failure(x) : n;
		if (n == 0) { /* no application after it: the batch ends there */
			s->ended = true;
			return 0;
		}
	}
}

/* After a piece of input: what became of the document. */
static int outcome(gsb__sax *s, bool end)
{
	gsb_xml *x = s->x;
	if (s->root_pending)
		settle_root(s);
	if (x->final_rc)
		return gsb__xml_again(x);
	if (x->io_errno || x->saw_doctype || x->perr.set || s->pc->wellFormed == 0 ||
	    s->stop_rc == GSB_EPARSE) {
		if (can_resync(s))
			return broken(s);
		return gsb__xml_parse_failure(x);
	}
	if (s->stop_rc) { /* the root handler's, or out of memory: make it final */
		const gsb_error *e = gsb_error_last();
		return gsb__xml_final(x, s->stop_rc, e->line, e->element, "%s", gsb__error_both());
	}
	if (!end)
		return 1;
	s->ended = true;
	return 0;
}

int gsb_xml_pump(gsb_xml *x)
{
	GSB__CHECK_ARG(x);
	gsb__sax *s = x->sax;
	if (s == NULL)
		return gsb__error(GSB_EINVAL, "gsb_xml_pump: not opened with gsb_xml_open_*_sax");
	if (x->final_rc)
		return gsb__xml_again(x);
	if (s->ended)
		return 0;
	if (s->resync)
		return resync(s);
	uint64_t end = s->in.off + s->in.len;
	bool last = false;
	if (s->fed == end) {
		/* keep what a fresh parser may need: the child being read */
		gsb__input_keep(&s->in, s->children && !s->root_done ? s->boundary : s->fed);
		int n = gsb__input_more(&s->in);
		if (n == GSB_EIO)
			return gsb__xml_parse_failure(x);
		if (n < 0)
			return gsb__xml_final(x, n, 0, NULL, "%s", gsb_error_last()->message);
		last = n == 0;
		end = s->in.off + s->in.len;
	}
	xmlParseChunk(s->pc, s->in.buf + (s->fed - s->in.off), (int)(end - s->fed), last);
	s->fed = end;
	return outcome(s, last);
}

const xmlNode *gsb_xml_partial(gsb_xml *x)
{
	if (x == NULL || x->sax == NULL)
		return NULL;
	const gsb__sax *s = x->sax;
	return s->child ? s->child : s->whole ? s->root : NULL;
}
