/*
 * libgeshibai — applications as JSON (docs/json.md): one application, an
 * array of them, or JSON Lines, read by yajl's streaming parser so that
 * memory does not grow with the batch.
 *
 * Each application is built, as yajl calls back, into the tree of xmlNodes
 * that the XML reader builds for the same application (element and
 * attribute names of application.xsd, in urn:geshibai:1), and that tree is
 * checked and converted by the XML reader itself
 * (gsb__application_from_tree): the schema, its messages and every setter
 * are shared, so that the two forms decide alike, errors included. What
 * JSON adds is checked here, before the tree is complete: unknown or
 * repeated keys, JSON types (true/false, integers, strings; a number where
 * a decimal string belongs is an input error), characters XML cannot hold.
 * An absent key and null are both an unknown fact.
 *
 * Errors name the line and the JSON Pointer of the value at fault: this
 * file's own errors from the parse position, those of the shared check and
 * conversion through the locator of xml.h, which maps a node of the tree to
 * the line its value was read on and to its pointer.
 *
 * Forms (the first character that is not white space after a byte-order
 * mark): '[' an array of applications; '{' either JSON Lines (when the first
 * line, trimmed, ends with '}') — one application per line, each line
 * parsed on its own so that a broken line costs that line only — or one
 * application over many lines.
 *
 * An array is cut into its elements by a scanner of the raw bytes
 * (feed_array: strings and their escapes, the brackets open in the element),
 * and each element is parsed by a yajl parser of its own, as a line of JSON
 * Lines is: a syntax error costs its element alone. The rule (docs/json.md):
 * an element ends at the bracket that closes its first one, or at a ',' or
 * ']' outside any bracket of it; a string also ends at a line break (JSON
 * cannot hold one), an unmatched closing bracket is skipped, except a ']'
 * followed by nothing but white space (the array's end after an element
 * left open), and a ',' in an object followed by '{' ends an element left
 * open (no valid JSON has it).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <yajl/yajl_parse.h>
#include "json_read.h"

#define GSB_JSON_CHUNK 32768
#define GSB_JSON_DEPTH 8 /* the deepest container of the form, with room */

/* ============================================================ the form */

typedef enum { K_STR, K_BOOL, K_INT, K_DEC, K_OBJ, K_LIST, K_ARR } gsb__kind;
typedef enum { P_ATTR, P_ELEM, P_TEXT, P_KIND, P_CHILD } gsb__place;
typedef enum {
	SH_APP, SH_APPLICANT, SH_CREDIT, SH_PLATFORM, SH_METRICS, SH_LISTING, SH_REVIEW,
	SH_FUNDING, SH_EFFECT, SH_KPI, SH_COUNT
} gsb__shape;

/* A key of an object: its value's kind, where it goes in the tree, and for
 * containers the shape of the object (or of the array's objects), the
 * element it makes (NULL: none, its items go into the object's element)
 * and the element of each item. */
typedef struct {
	const char *name;
	gsb__kind kind;
	gsb__place place;
	gsb__shape sub;
	const char *elem, *item;
} gsb__key;

#define ATTR(n, k) { n, k, P_ATTR, 0, NULL, NULL }
#define ELEM(n, k) { n, k, P_ELEM, 0, NULL, NULL }
#define OBJ(n, s) { n, K_OBJ, P_CHILD, s, n, NULL }
#define LIST(n, i) { n, K_LIST, P_CHILD, 0, n, i }
#define ARR(n, s, e, i) { n, K_ARR, P_CHILD, s, e, i }

static const gsb__key k_app[] = {
	ATTR("id", K_STR), ATTR("year", K_INT), ATTR("submitted", K_STR),
	ATTR("claimedTier", K_STR), OBJ("applicant", SH_APPLICANT), OBJ("platform", SH_PLATFORM),
	ARR("listings", SH_LISTING, "listings", "listing"), OBJ("review", SH_REVIEW),
	ARR("funding", SH_FUNDING, "funding", "funding"), OBJ("effect", SH_EFFECT), { NULL }
};
static const gsb__key k_applicant[] = {
	ELEM("name", K_STR), ELEM("uscc", K_STR), ELEM("division", K_STR),
	ELEM("legalForm", K_STR), OBJ("credit", SH_CREDIT), ELEM("capable", K_BOOL),
	ELEM("builder", K_BOOL), ELEM("owner", K_BOOL), { NULL }
};
static const gsb__key k_credit[] = {
	ATTR("dishonestDebtor", K_BOOL), ATTR("seriousDishonesty", K_BOOL),
	ATTR("majorTaxViolation", K_BOOL), { NULL }
};
static const gsb__key k_platform[] = {
	ATTR("name", K_STR), ATTR("builderType", K_STR), ATTR("operatingSince", K_STR),
	ELEM("operatingWell", K_BOOL), ELEM("developmentPlan", K_BOOL),
	ELEM("overallStrength", K_BOOL), ELEM("precisePositioning", K_BOOL),
	ELEM("userBase", K_BOOL), ELEM("prospects", K_BOOL), ELEM("demonstrationEffect", K_BOOL),
	ELEM("governmentLed", K_BOOL), ELEM("thirdPartyOperated", K_BOOL),
	ELEM("intranetUpgrade", K_BOOL), ELEM("industryLeading", K_BOOL),
	LIST("industries", "industry"), LIST("domains", "domain"), LIST("resources", "resource"),
	LIST("capabilities", "capability"), LIST("functions", "function"),
	LIST("regionalFunctions", "function"), LIST("clusters", "cluster"),
	LIST("scenarios", "scenario"), OBJ("metrics", SH_METRICS), { NULL }
};
static const gsb__key k_metrics[] = {
	ATTR("connectedDevices", K_INT), ATTR("apiCallsPerDay", K_INT),
	ATTR("enterprisesServed", K_INT), { NULL }
};
static const gsb__key k_listing[] = {
	ATTR("kind", K_STR), ATTR("year", K_INT), { "title", K_STR, P_TEXT, 0, NULL, NULL },
	{ NULL }
};
static const gsb__key k_review[] = {
	ATTR("recognised", K_BOOL), ATTR("keySupport", K_BOOL), ATTR("expertScore", K_DEC),
	{ NULL }
};
/* one object per child of <funding>: "kind" names the element, the other
 * keys are its attributes (application.xsd says which kind has which) */
static const gsb__key k_funding[] = {
	{ "kind", K_STR, P_KIND, 0, NULL, NULL }, ATTR("amount", K_DEC), ATTR("principal", K_DEC),
	ATTR("ratePercent", K_DEC), ATTR("start", K_STR), ATTR("end", K_STR), ATTR("ratio", K_DEC),
	ATTR("source", K_STR), { NULL }
};
static const gsb__key k_effect[] = { ARR("kpis", SH_KPI, NULL, "kpi"), { NULL } };
static const gsb__key k_kpi[] = {
	ATTR("name", K_STR), ATTR("baseline", K_DEC), ATTR("current", K_DEC), { NULL }
};

static const gsb__key *const gsb__shapes[SH_COUNT] = {
	k_app, k_applicant, k_credit, k_platform, k_metrics, k_listing, k_review, k_funding,
	k_effect, k_kpi
};

static const char *const gsb__funding_kinds[] = { "award", "equity", "loan", "local", NULL };

/* Elements whose children are items of a JSON array (the pointer names
 * them by index); effect's items are under "kpis". */
static const char *const gsb__arrays[] = { "industries", "domains", "resources", "capabilities",
	                                   "functions", "regionalFunctions", "clusters",
	                                   "scenarios", "listings", "funding", "effect", NULL };

/* ============================================================ the reader */

typedef enum { V_NULL, V_BOOL, V_NUM, V_STR, V_MAP, V_ARR } gsb__vt;

typedef enum { F_TOP, F_OBJ, F_ARR, F_LIST } gsb__ftype;

typedef struct {
	gsb__ftype type;
	gsb__shape shape;     /* F_OBJ */
	const gsb__key *key;  /* F_ARR, F_LIST: the array's key; F_OBJ: the key awaiting its value */
	xmlNode *node;        /* where values go */
	size_t plen;          /* the pointer's length at this container */
	long index;           /* arrays: items so far */
	uint32_t seen;        /* F_OBJ: keys met (by index in the shape) */
	char kind[16];        /* SH_FUNDING: the kind, when given */
	bool kind_long;       /* a kind too long for the buffer (so unknown) */
} gsb__frame;

typedef enum { M_ARRAY, M_FIRST_LINE, M_LINES, M_SINGLE } gsb__mode;

/* Where the scanner of an array stands: before its '[', between elements
 * (after '[' or ','), in an element, after an element (its last bracket
 * closed), after the ']'. */
typedef enum { A_BEFORE, A_BETWEEN, A_IN, A_AFTER, A_END } gsb__astate;

struct gsb__json {
	gsb__json_sink sink;
	void *ctx;
	gsb_xml *x; /* the XML reader's check and conversion, on our trees */
	xmlDocPtr doc;
	xmlNsPtr ns;
	char *name;
	/* input */
	int fd;
	char *pre;
	size_t pre_len, pre_pos;
	const char *mem;
	size_t mem_len, mem_pos;
	char *buf;
	bool eof, done;
	/* the parse */
	gsb__mode mode;
	int batch; /* -1 unknown */
	yajl_handle h;
	long line; /* of the byte last counted */
	const char *seg;
	size_t seg_scanned;
	/* JSON Lines: the line being read */
	bool line_content, line_failed;
	char last_char; /* the last that is not white space */
	long values;    /* lines with content, ended */
	/* an array: its scanner (feed_array) */
	struct {
		gsb__astate st;
		bool comma;      /* A_BETWEEN: a ',' since the last element */
		bool str, esc;   /* in a string; after its backslash */
		bool obj_comma;  /* a ',' in an object, nothing but white space since */
		bool open_close; /* a ']' that closes nothing of the element, white space since */
		bool one_line;   /* no line break in the element yet */
		bool failed;     /* the element refused: its bytes are skipped */
		unsigned depth;  /* brackets open in the element */
		uint64_t objs;   /* bit d: the bracket at depth d + 1 is a '{' */
		long index;      /* elements begun */
		long items;      /* entries given before the element */
	} a;
	long items; /* entries given for elements of the batch */
	/* containers */
	gsb__frame st[GSB_JSON_DEPTH];
	int depth;
	long skip; /* containers being skipped (after an error) */
	char ptr[512];
	size_t plen;
	/* the application being built */
	bool in_app, app_failed;
	int app_depth; /* index of its frame */
	xmlNode *app;
	long app_line;
	char app_ptr[512];
	char app_id[128];
	bool has_id;
	struct {
		int code;
		long line;
		char ptr[512], msg[512];
	} err;
	struct {
		const xmlNode *node;
		long line;
	} *lines;
	size_t n_lines, cap_lines;
	char *text; /* a string's bytes with a NUL */
	size_t cap_text;
};

/* ---------------------------------------------------------- sniffing */

int gsb__json_sniff(const char *buf, size_t len)
{
	size_t i = 0;
	if (len >= 1 && (unsigned char)buf[0] == 0xEF) {
		if ((len >= 2 && (unsigned char)buf[1] != 0xBB) ||
		    (len >= 3 && (unsigned char)buf[2] != 0xBF))
			return 0;
		if (len < 3)
			return -1;
		i = 3;
	}
	for (; i < len; i++) {
		char c = buf[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
			continue;
		return c == '{' || c == '[';
	}
	return -1;
}

/* ---------------------------------------------------------- positions */

/* Count the lines of the current segment up to what yajl has consumed. */
static void advance(gsb__json *j)
{
	if (j->seg == NULL || j->h == NULL)
		return;
	size_t to = yajl_get_bytes_consumed(j->h);
	if (to <= j->seg_scanned)
		return;
	for (const char *q = j->seg + j->seg_scanned, *end = j->seg + to;
	     (q = memchr(q, '\n', (size_t)(end - q))) != NULL; q++)
		j->line++;
	j->seg_scanned = to;
}

static void ptr_cut(gsb__json *j, size_t len)
{
	j->plen = len < sizeof j->ptr ? len : sizeof j->ptr - 1;
	j->ptr[j->plen] = '\0';
}

static void ptr_add(gsb__json *j, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void ptr_add(gsb__json *j, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(j->ptr + j->plen, sizeof j->ptr - j->plen, fmt, ap);
	va_end(ap);
	if (n > 0)
		ptr_cut(j, j->plen + (size_t)n);
}

/* Bytes onto the pointer, clipped. */
static void ptr_put(gsb__json *j, const char *s, size_t n)
{
	size_t room = sizeof j->ptr - 1 - j->plen;
	if (n > room)
		n = room;
	memcpy(j->ptr + j->plen, s, n);
	ptr_cut(j, j->plen + n);
}

/* A key into the pointer, escaped as RFC 6901 says (~0, ~1), clipped; byte
 * by byte without a printf (it runs for every key of every application). */
static void ptr_key(gsb__json *j, const unsigned char *s, size_t len)
{
	if (len > 120)
		len = 120;
	if (j->plen + 1 + len < sizeof j->ptr && !memchr(s, '~', len) && !memchr(s, '/', len)) {
		j->ptr[j->plen] = '/'; /* the usual key: at once */
		memcpy(j->ptr + j->plen + 1, s, len);
		ptr_cut(j, j->plen + 1 + len);
		return;
	}
	ptr_put(j, "/", 1);
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '~')
			ptr_put(j, "~0", 2);
		else if (s[i] == '/')
			ptr_put(j, "~1", 2);
		else
			ptr_put(j, (const char *)s + i, 1);
	}
}

static void remember_line(gsb__json *j, const xmlNode *n)
{
	if (n == NULL)
		return;
	if (j->n_lines == j->cap_lines &&
	    gsb__grow((void **)&j->lines, &j->cap_lines, j->n_lines, sizeof *j->lines))
		return; /* the line of the application will do */
	j->lines[j->n_lines].node = n;
	j->lines[j->n_lines++].line = j->line;
}

static bool in_list(const char *s, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(s, *list) == 0)
			return true;
	return false;
}

/* The pointer of a node of the application's tree. */
static void node_ptr(const gsb__json *j, const xmlNode *n, char *out, size_t size)
{
	if (n == NULL || n == j->app || n->parent == NULL) {
		snprintf(out, size, "%s", j->app_ptr);
		return;
	}
	node_ptr(j, n->parent, out, size);
	size_t o = strlen(out);
	const xmlNode *p = n->parent;
	if (n->type == XML_ELEMENT_NODE && p->type == XML_ELEMENT_NODE &&
	    in_list((const char *)p->name, gsb__arrays)) {
		long i = 0;
		for (const xmlNode *c = p->children; c && c != n; c = c->next)
			i += c->type == XML_ELEMENT_NODE;
		snprintf(out + o, size - o, "%s/%ld",
		         strcmp((const char *)p->name, "effect") == 0 ? "/kpis" : "", i);
	} else if (n->type == XML_ELEMENT_NODE || n->type == XML_ATTRIBUTE_NODE) {
		snprintf(out + o, size - o, "/%s", (const char *)n->name);
	}
}

/* The locator of xml.h: the line a node's value was read on, its pointer. */
static long locate(void *ctx, const xmlNode *node, char *path, size_t size)
{
	gsb__json *j = ctx;
	const xmlNode *n = node;
	if (n && n->type == XML_TEXT_NODE)
		n = n->parent;
	node_ptr(j, n, path, size);
	for (; n; n = n->parent)
		for (size_t i = 0; i < j->n_lines; i++)
			if (j->lines[i].node == n)
				return j->lines[i].line;
	return j->app_line;
}

/* ---------------------------------------------------------- results */

static void emit(gsb__json *j, gsb_application *app, bool item)
{
	j->items += item;
	j->sink(j->ctx, app, item);
}

static void give_error(gsb__json *j, bool item, int code, long line, const char *ptr,
                       const char *id, const char *msg)
{
	gsb__error_at(code, j->name, line, ptr && *ptr ? ptr : NULL, id, "%s", msg);
	emit(j, NULL, item);
}

/* An error in the application being read: the first one stands for it,
 * and the rest of the application is skipped. Outside an application, an
 * error of its own. */
static int fail(gsb__json *j, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail(gsb__json *j, int code, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	gsb__bi_vjoin(msg, sizeof msg, fmt, ap); /* "English" GSB__ZH "中文" */
	va_end(ap);
	if (!j->in_app) {
		give_error(j, true, code, j->line, j->ptr, NULL, msg);
		return code;
	}
	if (!j->app_failed) {
		j->app_failed = true;
		j->err.code = code;
		j->err.line = j->line;
		snprintf(j->err.ptr, sizeof j->err.ptr, "%s", j->ptr);
		snprintf(j->err.msg, sizeof j->err.msg, "%s", msg);
		j->skip += j->depth - j->app_depth;
		j->depth = j->app_depth;
	}
	return code;
}

static bool begin_app(gsb__json *j)
{
	j->in_app = true;
	j->app_failed = false;
	j->has_id = false;
	j->app_depth = j->depth;
	j->app_line = j->line;
	j->n_lines = 0;
	snprintf(j->app_ptr, sizeof j->app_ptr, "%s", j->ptr);
	j->app = xmlNewDocNode(j->doc, j->ns, BAD_CAST "application", NULL);
	if (j->app == NULL) {
		fail(j, GSB_ENOMEM, "out of memory" GSB__ZH "内存不足");
		return false;
	}
	remember_line(j, j->app);
	j->st[j->depth++] = (gsb__frame){ .type = F_OBJ, .shape = SH_APP, .node = j->app,
		                          .plen = j->plen };
	return true;
}

static void end_app(gsb__json *j)
{
	gsb_application *app = NULL;
	j->in_app = false;
	if (j->app_failed) {
		give_error(j, true, j->err.code, j->err.line, j->err.ptr, j->has_id ? j->app_id : NULL,
		           j->err.msg);
	} else if (gsb__application_from_tree(j->x, j->app, &app) == GSB_OK) {
		app->line = j->app_line;
		emit(j, app, true);
	} else {
		emit(j, NULL, true);
	}
	xmlFreeNode(j->app);
	j->app = NULL;
	j->n_lines = 0;
}

/* ---------------------------------------------------------- values */

static const char *vt_name(gsb__vt t)
{
	static const char *const names[] = {
		"null" GSB__ZH "null",           "true or false" GSB__ZH "true 或 false",
		"a number" GSB__ZH "数字",       "a string" GSB__ZH "字符串",
		"an object" GSB__ZH "对象",      "an array" GSB__ZH "数组",
	};
	return names[t];
}

static const char *kind_name(gsb__kind k)
{
	static const char *const names[] = {
		"a string" GSB__ZH "字符串",
		"true or false" GSB__ZH "true 或 false",
		"an integer" GSB__ZH "整数",
		"a decimal in a string (\"12.5\")" GSB__ZH "写在字符串中的小数（如 \"12.5\"）",
		"an object" GSB__ZH "对象",
		"an array of strings" GSB__ZH "字符串数组",
		"an array of objects" GSB__ZH "对象数组",
	};
	return names[k];
}

/* The string as text for the tree: NUL-terminated, and only characters an
 * XML document can hold. NULL after an error. */
static const char *text_of(gsb__json *j, const unsigned char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] < 0x20 && s[i] != '\t' && s[i] != '\n' && s[i] != '\r') {
			fail(j, GSB_EINPUT,
			     "control character U+%1$04X in a string" GSB__ZH "字符串中有控制字符 U+%1$04X",
			     (unsigned)s[i]);
			return NULL;
		}
	if (len + 1 > j->cap_text) {
		char *t = realloc(j->text, len + 1);
		if (t == NULL) {
			fail(j, GSB_ENOMEM, "out of memory" GSB__ZH "内存不足");
			return NULL;
		}
		j->text = t;
		j->cap_text = len + 1;
	}
	memcpy(j->text, s, len);
	j->text[len] = '\0';
	return j->text;
}

static xmlNode *new_elem(gsb__json *j, xmlNode *parent, const char *name, const char *text,
                         size_t len)
{
	xmlNode *n = xmlNewDocNode(j->doc, j->ns, BAD_CAST name, NULL);
	if (n == NULL || xmlAddChild(parent, n) == NULL) {
		xmlFreeNode(n);
		fail(j, GSB_ENOMEM, "out of memory" GSB__ZH "内存不足");
		return NULL;
	}
	remember_line(j, n);
	if (text && len > 0) {
		xmlNode *t = xmlNewDocTextLen(j->doc, BAD_CAST text, (int)len);
		if (t == NULL || xmlAddChild(n, t) == NULL) {
			xmlFreeNode(t);
			fail(j, GSB_ENOMEM, "out of memory" GSB__ZH "内存不足");
			return NULL;
		}
	}
	return n;
}

/* A scalar value of a key into the tree. */
static void put_scalar(gsb__json *j, gsb__frame *f, const gsb__key *k, gsb__vt t,
                       const unsigned char *s, size_t len)
{
	const char *text = t == V_BOOL ? (len ? "true" : "false") : NULL;
	size_t n = text ? strlen(text) : len;
	if (text == NULL && (text = text_of(j, s, len)) == NULL)
		return;
	switch (k->place) {
	case P_ATTR: {
		xmlAttr *a = xmlNewProp(f->node, BAD_CAST k->name, BAD_CAST text);
		if (a == NULL)
			fail(j, GSB_ENOMEM, "out of memory" GSB__ZH "内存不足");
		remember_line(j, (xmlNode *)a);
		break;
	}
	case P_ELEM:
		new_elem(j, f->node, k->name, text, n);
		break;
	case P_TEXT:
		if (n > 0) {
			xmlNode *tn = xmlNewDocTextLen(j->doc, BAD_CAST text, (int)n);
			if (tn == NULL || xmlAddChild(f->node, tn) == NULL) {
				xmlFreeNode(tn);
				fail(j, GSB_ENOMEM, "out of memory" GSB__ZH "内存不足");
			}
		}
		break;
	case P_KIND:
		f->kind_long = n >= sizeof f->kind;
		snprintf(f->kind, sizeof f->kind, "%s", text);
		break;
	case P_CHILD:
		break;
	}
}

static void push_frame(gsb__json *j, gsb__frame f)
{
	if (j->depth == GSB_JSON_DEPTH) { /* cannot happen with the form's shapes */
		fail(j, GSB_ESCHEMA, "too deeply nested" GSB__ZH "嵌套层次过深");
		j->skip++;
		return;
	}
	f.plen = j->plen;
	j->st[j->depth++] = f;
}

/* The value of a key of an object. Returns true when a container was
 * entered (a frame pushed). */
static bool key_value(gsb__json *j, gsb__frame *f, gsb__vt t, const unsigned char *s,
                      size_t len)
{
	const gsb__key *k = f->key;
	f->key = NULL;
	if (k == NULL || t == V_NULL) /* an unknown key failed already; null: unknown fact */
		return false;
	bool ok;
	switch (k->kind) {
	case K_STR: ok = t == V_STR; break;
	case K_BOOL: ok = t == V_BOOL; break;
	case K_INT: ok = t == V_NUM; break;
	case K_DEC:
		if (t == V_NUM) {
			char num[48];
			snprintf(num, sizeof num, "%.*s", (int)(len < 40 ? len : 40), (const char *)s);
			fail(j, GSB_EINPUT,
			     "a JSON number (%1$s) where a decimal string belongs: write \"%1$s\""
			     GSB__ZH "此处应为写在字符串中的小数，而不是 JSON 数字（%1$s）：请写作 \"%1$s\"",
			     num);
			return false;
		}
		ok = t == V_STR;
		break;
	case K_OBJ: ok = t == V_MAP; break;
	default: ok = t == V_ARR; break;
	}
	if (!ok) {
		fail(j, GSB_ESCHEMA, "expected %1$s, not %2$s"
		     GSB__ZH "应为%1$s，而不是%2$s",
		     kind_name(k->kind), vt_name(t));
		return false;
	}
	if (f->shape == SH_APP && strcmp(k->name, "id") == 0) {
		j->has_id = true;
		snprintf(j->app_id, sizeof j->app_id, "%.*s", (int)(len < 127 ? len : 127),
		         (const char *)s);
	}
	if (t != V_MAP && t != V_ARR) {
		put_scalar(j, f, k, t, s, len);
		return false;
	}
	xmlNode *node = k->elem ? new_elem(j, f->node, k->elem, NULL, 0) : f->node;
	if (node == NULL)
		return false;
	gsb__frame nf = { .node = node, .key = k };
	nf.type = k->kind == K_OBJ ? F_OBJ : k->kind == K_LIST ? F_LIST : F_ARR;
	nf.shape = k->sub;
	if (nf.type == F_OBJ)
		nf.key = NULL;
	push_frame(j, nf);
	return true;
}

/* One value anywhere: where it stands decides what it must be. */
static int value(gsb__json *j, gsb__vt t, const unsigned char *s, size_t len)
{
	advance(j);
	if (j->skip) {
		j->skip += t == V_MAP || t == V_ARR;
		return 1;
	}
	bool container = t == V_MAP || t == V_ARR, entered = false;
	gsb__frame *f = j->depth ? &j->st[j->depth - 1] : NULL;
	if (f && f->type != F_OBJ) {
		ptr_cut(j, f->plen);
		ptr_add(j, "/%ld", f->index++);
	}
	if (f == NULL || f->type == F_TOP) {
		if (t == V_MAP) {
			entered = begin_app(j);
		} else {
			fail(j, GSB_ESCHEMA, "expected an application (an object), not %1$s"
			     GSB__ZH "应为一份申报（对象），而不是%1$s",
			     vt_name(t));
		}
	} else if (f->type == F_OBJ) {
		entered = key_value(j, f, t, s, len);
	} else if (f->type == F_LIST) {
		if (t != V_STR)
			fail(j, GSB_ESCHEMA, "expected a string, not %1$s"
			     GSB__ZH "应为字符串，而不是%1$s",
			     vt_name(t));
		else {
			const char *text = text_of(j, s, len);
			if (text)
				new_elem(j, f->node, f->key->item, text, len);
		}
	} else if (t != V_MAP) { /* F_ARR */
		fail(j, GSB_ESCHEMA, "expected an object, not %1$s"
		     GSB__ZH "应为对象，而不是%1$s",
		     vt_name(t));
	} else {
		xmlNode *n = new_elem(j, f->node, f->key->item, NULL, 0);
		if (n) {
			push_frame(j, (gsb__frame){ .type = F_OBJ, .shape = f->key->sub, .node = n });
			entered = true;
		}
	}
	if (container && !entered)
		j->skip++;
	return 1;
}

static int end_container(gsb__json *j)
{
	advance(j);
	if (j->skip) {
		if (--j->skip == 0 && j->in_app && j->depth == j->app_depth)
			end_app(j);
		return 1;
	}
	if (j->depth == 0)
		return 1;
	gsb__frame *f = &j->st[--j->depth];
	ptr_cut(j, f->plen);
	if (f->type == F_OBJ && f->shape == SH_FUNDING) {
		if (f->kind[0] == '\0' && !f->kind_long) {
			fail(j, GSB_ESCHEMA, "missing key 'kind'" GSB__ZH "缺少键“kind”");
		} else if (f->kind_long || !in_list(f->kind, gsb__funding_kinds)) {
			ptr_add(j, "/kind");
			char hint[160];
			size_t kinds = sizeof gsb__funding_kinds / sizeof *gsb__funding_kinds - 1;
			gsb__did_you_mean(hint, sizeof hint,
			                  f->kind_long ? NULL : gsb_nearest(f->kind, gsb__funding_kinds, kinds));
			fail(j, GSB_ESCHEMA,
			     "unknown funding kind '%1$s%2$s'%3$s" GSB__ZH "未知的资金类别“%1$s%2$s”%3$s",
			     f->kind, f->kind_long ? "…" : "", hint);
		} else {
			xmlNodeSetName(f->node, BAD_CAST f->kind);
		}
		if (j->app_failed)
			return 1;
	}
	if (j->in_app && f->type == F_OBJ && f->shape == SH_APP && j->depth == j->app_depth)
		end_app(j);
	return 1;
}

/* ---------------------------------------------------------- yajl's callbacks */

static int cb_null(void *ctx)
{
	return value(ctx, V_NULL, NULL, 0);
}

static int cb_boolean(void *ctx, int b)
{
	return value(ctx, V_BOOL, NULL, b ? 1 : 0);
}

static int cb_number(void *ctx, const char *s, size_t len)
{
	return value(ctx, V_NUM, (const unsigned char *)s, len);
}

static int cb_string(void *ctx, const unsigned char *s, size_t len)
{
	return value(ctx, V_STR, s, len);
}

static int cb_start_map(void *ctx)
{
	return value(ctx, V_MAP, NULL, 0);
}

static int cb_start_array(void *ctx)
{
	return value(ctx, V_ARR, NULL, 0);
}

static int cb_map_key(void *ctx, const unsigned char *s, size_t len)
{
	gsb__json *j = ctx;
	advance(j);
	if (j->skip)
		return 1;
	gsb__frame *f = &j->st[j->depth - 1];
	ptr_cut(j, f->plen);
	ptr_key(j, s, len);
	f->key = NULL;
	const gsb__key *keys = gsb__shapes[f->shape];
	for (size_t i = 0; keys[i].name; i++) {
		if (len == 0 || keys[i].name[0] != s[0] || strncmp(keys[i].name, (const char *)s, len) != 0 ||
		    keys[i].name[len] != '\0')
			continue;
		if (f->seen & (1u << i)) {
			fail(j, GSB_ESCHEMA, "duplicate key '%1$s'"
			     GSB__ZH "键“%1$s”重复",
			     keys[i].name);
			return 1;
		}
		f->seen |= 1u << i;
		f->key = &keys[i];
		return 1;
	}
	/* "did you mean": the nearest key this object takes */
	char word[96];
	const char *names[32];
	size_t n = 0;
	snprintf(word, sizeof word, "%.*s", (int)(len < 80 ? len : 80), (const char *)s);
	for (size_t i = 0; keys[i].name && n < 32; i++)
		names[n++] = keys[i].name;
	char hint[160];
	gsb__did_you_mean(hint, sizeof hint, gsb_nearest(word, names, n));
	fail(j, GSB_ESCHEMA, "unknown key '%1$s'%2$s" GSB__ZH "未知的键“%1$s”%2$s", word, hint);
	return 1;
}

static int cb_end(void *ctx)
{
	return end_container(ctx);
}

static const yajl_callbacks gsb__callbacks = {
	cb_null, cb_boolean, NULL, NULL, cb_number, cb_string, cb_start_map, cb_map_key, cb_end,
	cb_start_array, cb_end
};

/* ---------------------------------------------------------- parsing */

static int new_handle(gsb__json *j)
{
	if (j->h)
		yajl_free(j->h);
	j->h = yajl_alloc(&gsb__callbacks, NULL, j);
	if (j->h == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory" GSB__ZH "内存不足");
	j->depth = 0;
	j->skip = 0;
	ptr_cut(j, 0);
	return GSB_OK;
}

/* The Chinese of yajl's syntax errors (its English text, trimmed, is the
 * English); NULL for one not listed. */
static const char *syntax_zh(const char *en)
{
	static const char *const zh[][2] = {
		{ "premature EOF", "文本提前结束" },
		{ "trailing garbage", "JSON 值之后还有多余的内容" },
		{ "invalid object key", "对象的键必须是带引号的字符串" },
		{ "unallowed token", "此处不应有这个记号" },
		{ "inside map, I expect ',' or '}'", "对象的成员之间应有“,”，或以“}”结束" },
		{ "separated by a colon", "键和值之间应有“:”" },
		{ "I expect ',' or ']'", "数组的元素之间应有“,”，或以“]”结束" },
		{ "invalid bytes in UTF8", "字符串中有不是 UTF-8 的字节" },
		{ "invalid char in json text", "JSON 文本中有无效的字符" },
		{ "invalid string", "无效的字符串" },
		{ "should be escaped", "字符串中有应转义的控制字符" },
		{ "invalid escaped", "字符串中的转义写法无效" },
		{ "invalid (non-hex)", "字符串中的 \\u 转义不是十六进制" },
		{ "malformed number", "数字写法不对" },
		{ "overflow", "数字超出范围" },
	};
	for (size_t i = 0; i < sizeof zh / sizeof zh[0]; i++)
		if (strstr(en, zh[i][0]))
			return zh[i][1];
	return NULL;
}

/* yajl refused the text; why, in English and Chinese. The application open
 * gets the error; outside one, it is an error of its own (of the line, for
 * JSON Lines; of the element, for an array, unless the element has had its
 * entry). A broken line or element is skipped to its end; anything else
 * ends the document. */
static void syntax_error(gsb__json *j, const char *en, const char *zh)
{
	char why[512] = "", msg[512];
	if (en && en[0])
		snprintf(why, sizeof why, ": %s" GSB__ZH "：%s", en, zh ? zh : en);
	gsb__bi_format(msg, sizeof msg, "malformed JSON%1$s" GSB__ZH "JSON 格式有误%1$s", why);
	bool lines = j->mode == M_LINES || j->mode == M_FIRST_LINE;
	bool element = j->mode == M_ARRAY && j->a.st == A_IN;
	if (j->in_app) {
		bool failed = j->app_failed;
		j->skip = 0;
		fail(j, GSB_EPARSE, "%s", msg);
		end_app(j);
		if (failed && j->mode == M_SINGLE)
			give_error(j, false, GSB_EPARSE, j->line, j->ptr, NULL, msg);
	} else if (!element || j->items == j->a.items) {
		if (j->mode == M_ARRAY && !element)
			ptr_cut(j, 0); /* the array's own fault */
		give_error(j, lines || element, GSB_EPARSE, j->line, j->ptr, NULL, msg);
	}
	j->depth = 0;
	j->skip = 0;
	if (lines)
		j->line_failed = true;
	else if (element)
		j->a.failed = true;
	else
		j->done = true;
}

/* yajl's error, its English trimmed of yajl's picture of the text. */
static void yajl_error(gsb__json *j, const unsigned char *seg, size_t len)
{
	char en[200] = "";
	unsigned char *e = yajl_get_error(j->h, 0, seg, len);
	if (e) {
		const char *m = strstr((const char *)e, ": ");
		snprintf(en, sizeof en, "%s", m ? m + 2 : (const char *)e);
		yajl_free_error(j->h, e);
		char *nl = strchr(en, '\n'); /* yajl's picture of the text follows */
		if (nl)
			*nl = '\0';
		size_t n = strlen(en);
		while (n > 0 && (en[n - 1] == ' ' || en[n - 1] == '.'))
			en[--n] = '\0';
	}
	syntax_error(j, en, syntax_zh(en));
}

static void count_lines(gsb__json *j, const char *p, size_t from, size_t to)
{
	for (const char *q = p + from, *end = p + to; q < end && (q = memchr(q, '\n', (size_t)(end - q)));
	     q++)
		j->line++;
}

/* Parse a segment; lines counted as yajl goes and after (past an error
 * too: a broken element is skipped, not the rest of the segment). */
static void parse(gsb__json *j, const char *p, size_t n)
{
	if (n == 0)
		return;
	j->seg = p;
	j->seg_scanned = 0;
	yajl_status st = yajl_parse(j->h, (const unsigned char *)p, n);
	if (st != yajl_status_ok) {
		size_t at = yajl_get_bytes_consumed(j->h);
		if (at > n)
			at = n;
		if (at > j->seg_scanned)
			count_lines(j, p, j->seg_scanned, at);
		j->seg_scanned = at > j->seg_scanned ? at : j->seg_scanned;
		yajl_error(j, (const unsigned char *)p, n);
	}
	count_lines(j, p, j->seg_scanned, n);
	j->seg = NULL;
}

static void complete(gsb__json *j)
{
	j->seg = NULL;
	if (yajl_complete_parse(j->h) != yajl_status_ok)
		yajl_error(j, NULL, 0);
}

/* The end of a line of a JSON Lines document (or of its first line). */
static void end_line(gsb__json *j)
{
	if (j->line_content) {
		if (!j->line_failed)
			complete(j);
		j->values++;
	}
	j->line_content = j->line_failed = false;
	j->last_char = 0;
	if (new_handle(j) != GSB_OK) {
		j->sink(j->ctx, NULL, false);
		j->done = true;
	}
}

/* ---------------------------------------------------------- arrays */

/* Bytes outside strings that the scanner of an array looks at: '"',
 * brackets, ',' and line breaks (counted in a failed element); it passes
 * over the others at once. */
static const bool gsb__special[256] = {
	['"'] = true, ['{'] = true, ['}'] = true, ['['] = true, [']'] = true, [','] = true,
	['\n'] = true,
};

/* JSON's white space, as yajl takes it */
static bool json_space(unsigned char c)
{
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\f';
}

/* An element of the array begins: a parser of its own, the pointer at its
 * index. */
static void element_begin(gsb__json *j)
{
	long index = j->a.index++;
	j->a.st = A_IN;
	j->a.str = j->a.esc = j->a.obj_comma = j->a.open_close = j->a.failed = false;
	j->a.one_line = true;
	j->a.depth = 0;
	j->a.objs = 0;
	j->a.items = j->items;
	if (new_handle(j) != GSB_OK) { /* its error, and the element skipped */
		emit(j, NULL, true);
		j->a.failed = true;
		return;
	}
	j->st[0] = (gsb__frame){ .type = F_TOP, .index = index };
	j->depth = 1;
	ptr_add(j, "/%ld", index);
}

/* The element ends: complete, or cut short for the reason given (in
 * English and Chinese; the pointer its index). */
static void element_end(gsb__json *j, const char *en, const char *zh)
{
	if (j->a.failed)
		return;
	if (en == NULL) {
		complete(j);
		return;
	}
	ptr_cut(j, 0);
	ptr_add(j, "/%ld", j->a.index - 1);
	syntax_error(j, en, zh);
}

/* A closing bracket in an element: the depth of the bracket it closes (the
 * innermost of its kind; past 64 levels, the innermost), 0 none. */
static unsigned closes(const gsb__json *j, unsigned char c)
{
	unsigned d = j->a.depth;
	if (d > 64)
		return d;
	for (; d > 0; d--)
		if ((((j->a.objs >> (d - 1)) & 1) != 0) == (c == '}'))
			return d;
	return 0;
}

static bool in_object(const gsb__json *j)
{
	unsigned d = j->a.depth;
	return d > 0 && d <= 64 && ((j->a.objs >> (d - 1)) & 1);
}

/* Feed a piece of an array (the rule of the element at the top of the
 * file). The bytes of an element are given to its parser in slices (from
 * `from`), which count their lines; the scanner counts the others. */
static void feed_array(gsb__json *j, const char *p, size_t n)
{
	size_t from = 0;
	for (size_t i = 0; i < n && !j->done; i++) {
		unsigned char c = (unsigned char)p[i];
		if (j->a.st != A_IN) {
			if (json_space(c)) {
				j->line += c == '\n';
				continue;
			}
			if (j->a.st == A_BEFORE && c == '[') {
				j->a.st = A_BETWEEN;
				continue;
			}
			if (j->a.st == A_BEFORE || j->a.st == A_END) {
				syntax_error(j, "trailing garbage", NULL);
				return;
			}
			if (j->a.st == A_AFTER && c == ',') {
				j->a.st = A_BETWEEN;
				j->a.comma = true;
				continue;
			}
			if (c == ']' && (j->a.st == A_AFTER || !j->a.comma)) {
				j->a.st = A_END;
				continue;
			}
			if (j->a.st == A_BETWEEN && (c == ',' || c == ']')) {
				element_begin(j);
				element_end(j, "an empty element in the array (a ',' too many)",
				            "数组中有空元素（多了一个“,”）");
				j->a.st = c == ']' ? A_END : A_BETWEEN;
				continue;
			}
			bool missing_comma = j->a.st == A_AFTER;
			element_begin(j);
			if (missing_comma)
				element_end(j, "',' is missing before this element of the array",
				            "数组的这个元素之前缺少“,”");
			from = i;
		}
		/* in an element: a run of plain bytes at once */
		if (j->a.str && !j->a.esc && !j->a.failed) {
			while (i < n && p[i] != '"' && p[i] != '\\' && p[i] != '\n')
				i++;
		} else if (!j->a.str && !j->a.obj_comma && !j->a.open_close) {
			while (i < n && !gsb__special[(unsigned char)p[i]])
				i++;
		}
		if (i == n)
			break;
		c = (unsigned char)p[i];
		if (c == '\n' && j->a.failed)
			j->line++;
		if (j->a.str) {
			if (j->a.esc)
				j->a.esc = false;
			else if (c == '\\')
				j->a.esc = true;
			else if (c == '"')
				j->a.str = false;
			if (c == '\n') { /* a string ends at a line break */
				j->a.str = j->a.esc = false;
				if (j->a.one_line) { /* and so does an element of one line */
					if (!j->a.failed)
						parse(j, p + from, i + 1 - from);
					element_end(j, "a string is not closed ('\"' is missing) at the end "
					            "of the line", "字符串到行尾仍未闭合（缺少“\"”）");
					j->a.st = A_BETWEEN;
					j->a.comma = false;
				}
			}
			j->a.one_line = j->a.one_line && c != '\n';
			continue;
		}
		j->a.one_line = j->a.one_line && c != '\n';
		if (json_space(c))
			continue;
		j->a.open_close = false; /* a ']' before this was a stray one */
		if (j->a.obj_comma) {
			j->a.obj_comma = false;
			if (c == '{') { /* an element left open: the next begins */
				if (!j->a.failed)
					parse(j, p + from, i - from);
				element_end(j, "an object is not closed ('}' is missing) before the "
				            "next element of the array",
				            "数组的下一个元素之前有对象未闭合（缺少“}”）");
				element_begin(j);
				from = i;
			}
		}
		switch (c) {
		case '"':
			j->a.str = true;
			break;
		case '{':
		case '[':
			if (j->a.depth < 64)
				j->a.objs = (j->a.objs & ~(UINT64_C(1) << j->a.depth)) |
				            ((uint64_t)(c == '{') << j->a.depth);
			j->a.depth++;
			break;
		case '}':
		case ']': {
			if (j->a.depth == 0) {
				if (c == '}')
					break; /* a stray one, in a scalar */
				if (!j->a.failed)
					parse(j, p + from, i - from);
				element_end(j, NULL, NULL);
				j->a.st = A_END;
				break;
			}
			unsigned d = closes(j, c);
			if (d == 0) {
				j->a.open_close = c == ']';
				break;
			}
			j->a.depth = d - 1;
			if (d == 1) {
				if (!j->a.failed)
					parse(j, p + from, i + 1 - from);
				element_end(j, NULL, NULL);
				j->a.st = A_AFTER;
			}
			break;
		}
		case ',':
			if (j->a.depth == 0) {
				if (!j->a.failed)
					parse(j, p + from, i - from);
				element_end(j, NULL, NULL);
				j->a.st = A_BETWEEN;
				j->a.comma = true;
			} else {
				j->a.obj_comma = in_object(j);
			}
			break;
		default:
			break;
		}
	}
	if (j->a.st == A_IN && !j->a.failed && !j->done && from < n)
		parse(j, p + from, n - from);
}

/* The end of the input in an array. */
static void finish_array(gsb__json *j)
{
	if (j->a.st == A_IN) {
		bool closed = j->a.open_close; /* by that ']' */
		element_end(j, NULL, NULL);
		j->a.st = A_END;
		if (closed || j->a.failed)
			return;
	}
	if (j->a.st != A_END)
		syntax_error(j, "premature EOF: the array is not closed (']' is missing)",
		             "文本提前结束：数组未闭合（缺少“]”）");
}

/* Feed a piece of input. */
static void feed(gsb__json *j, const char *p, size_t n)
{
	if (j->mode == M_ARRAY) {
		feed_array(j, p, n);
		return;
	}
	while (n > 0 && !j->done) {
		if (j->mode == M_SINGLE) {
			parse(j, p, n);
			return;
		}
		const char *nl = memchr(p, '\n', n);
		size_t len = nl ? (size_t)(nl - p) : n;
		for (size_t i = 0; i < len; i++) {
			char c = p[i];
			if (c != ' ' && c != '\t' && c != '\r') {
				if (!j->line_content && j->values >= 1)
					j->batch = 1;
				j->line_content = true;
				j->last_char = c;
			}
		}
		if (!j->line_failed && len > 0)
			parse(j, p, len);
		if (nl == NULL)
			return;
		p += len;
		n -= len;
		if (j->mode == M_FIRST_LINE && !j->line_content) {
			j->line++; /* blank lines before the first value */
			p++;
			n--;
			continue;
		}
		if (j->mode == M_FIRST_LINE) {
			if (j->last_char != '}' && !j->line_failed) {
				j->mode = M_SINGLE; /* one application over many lines */
				j->batch = 0;
				continue;
			}
			if (j->last_char != '}') {
				j->done = true; /* its error is given */
				return;
			}
			j->mode = M_LINES;
		}
		end_line(j);
		j->line++;
		p++;
		n--;
	}
}

static void finish(gsb__json *j)
{
	if (j->done)
		return;
	if (j->mode == M_ARRAY) {
		finish_array(j);
	} else if (j->mode == M_SINGLE) {
		complete(j);
	} else {
		if (j->mode == M_FIRST_LINE && j->last_char != '}' && j->line_content && !j->line_failed)
			j->mode = M_SINGLE;
		end_line(j);
		if (j->batch < 0)
			j->batch = j->values > 1;
	}
	j->done = true;
}

int gsb__json_pump(gsb__json *j)
{
	if (j == NULL || j->done)
		return 0;
	const char *p = NULL;
	size_t n = 0;
	if (j->pre_pos < j->pre_len) {
		p = j->pre + j->pre_pos;
		n = j->pre_len - j->pre_pos;
		j->pre_pos = j->pre_len;
	} else if (j->mem) {
		p = j->mem + j->mem_pos;
		n = j->mem_len - j->mem_pos;
		if (n > GSB_JSON_CHUNK)
			n = GSB_JSON_CHUNK;
		j->mem_pos += n;
	} else if (j->fd >= 0) {
		ssize_t r;
		do
			r = read(j->fd, j->buf, GSB_JSON_CHUNK);
		while (r < 0 && errno == EINTR);
		if (r < 0) {
			int err = errno;
			if (j->in_app) {
				j->skip = 0;
				fail(j, GSB_EIO, "cannot read '%1$s': %2$s"
				     GSB__ZH "无法读取“%1$s”：%2$s",
				     j->name ? j->name : "-",
				     strerror(err));
				end_app(j);
			} else {
				give_error(j, false, GSB_EIO, j->line, NULL, NULL, strerror(err));
			}
			j->done = true;
			return 0;
		}
		p = j->buf;
		n = (size_t)r;
	}
	if (n == 0) {
		finish(j);
		return 0;
	}
	feed(j, p, n);
	return j->done ? 0 : 1;
}

const char *gsb__json_name(const gsb__json *j)
{
	return j ? j->name : NULL;
}

int gsb__json_is_batch(const gsb__json *j)
{
	if (j == NULL)
		return 0;
	if (j->mode == M_ARRAY)
		return 1;
	return j->batch;
}

/* ---------------------------------------------------------- life */

void gsb__json_free(gsb__json *j)
{
	if (j == NULL)
		return;
	if (j->h)
		yajl_free(j->h);
	if (j->app)
		xmlFreeNode(j->app);
	if (j->ns)
		xmlFreeNs(j->ns);
	if (j->doc)
		xmlFreeDoc(j->doc);
	gsb_xml_free(j->x);
	if (j->fd > STDIN_FILENO)
		close(j->fd);
	free(j->pre);
	free(j->buf);
	free(j->lines);
	free(j->text);
	free(j->name);
	free(j);
}

int gsb__json_open(gsb__json **out, int fd, const char *pre, size_t pre_len, const char *mem,
                   size_t len, const char *name, gsb__json_sink sink, void *ctx)
{
	*out = NULL;
	gsb__json *j = calloc(1, sizeof *j);
	if (j == NULL) {
		if (fd > STDIN_FILENO)
			close(fd);
		return gsb__error(GSB_ENOMEM, "out of memory" GSB__ZH "内存不足");
	}
	j->fd = mem ? -1 : fd;
	j->sink = sink;
	j->ctx = ctx;
	j->mem = mem;
	j->mem_len = len;
	j->line = 1;
	j->batch = -1;
	int rc = GSB_OK;
	if ((name && (j->name = strdup(name)) == NULL) ||
	    (pre_len && (j->pre = malloc(pre_len)) == NULL) ||
	    (!mem && (j->buf = malloc(GSB_JSON_CHUNK)) == NULL) ||
	    (j->doc = xmlNewDoc(BAD_CAST "1.0")) == NULL ||
	    (j->ns = xmlNewNs(NULL, BAD_CAST GSB_XML_NS, NULL)) == NULL)
		rc = gsb__error(GSB_ENOMEM, "out of memory" GSB__ZH "内存不足");
	if (rc == GSB_OK)
		rc = gsb_xml_new_tree_only(&j->x, name);
	if (rc == GSB_OK)
		rc = new_handle(j);
	if (rc != GSB_OK) {
		gsb__json_free(j);
		return rc;
	}
	gsb_xml_set_locator(j->x, locate, j);
	if (pre_len)
		memcpy(j->pre, pre, pre_len);
	j->pre_len = pre_len;
	/* the byte-order mark, and the form from the first character */
	const char *start = pre_len ? pre : mem;
	size_t n = pre_len ? pre_len : len, i = 0;
	if (n >= 3 && memcmp(start, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	if (pre_len)
		j->pre_pos = i;
	else
		j->mem_pos = i;
	while (i < n && (start[i] == ' ' || start[i] == '\t' || start[i] == '\n' || start[i] == '\r'))
		i++;
	j->mode = i < n && start[i] == '[' ? M_ARRAY : M_FIRST_LINE;
	*out = j;
	return GSB_OK;
}
