/*
 * libgeshibai — a small streaming XML writer for the reports (report.h).
 *
 * It writes exactly what libxml2's xmlTextWriter wrote before it, indented
 * with two spaces (xmlTextWriterSetIndent 1, indent string "  ", document in
 * UTF-8), byte for byte, at a small fraction of the cost: xmlTextWriter
 * allocated a list node per element and an escaped copy per string, and
 * the report of a batch spent more than the rest of the evaluation in it.
 *
 * The rules copied from xmlTextWriter (libxml2 2.9):
 *  - a start tag stays open until content or a child comes; a child closes
 *    it with ">\n", text with ">"; an element ended while open is "/>";
 *  - each start tag is indented by two spaces per open ancestor; an end tag
 *    is indented the same way unless text was the last thing written;
 *    every end tag is followed by "\n";
 *  - text escapes < > & " and CR; attribute values escape < > & " and
 *    TAB, LF, CR as character references; other bytes (UTF-8) as they are.
 * Element names must outlive the element (they are literals here).
 *
 * Everything goes through put(), a copy into the buffer in the common case.
 */
#include <string.h>
#include "report.h"

#define put(w, s, n) gsb__outbuf_put(&(w)->out, (s), (n))

/* A literal, without strlen. */
#define PUT_LIT(w, lit) put((w), (lit), sizeof(lit) - 1)

/* Two spaces per level (the depth is at most GSB_ARRAY_LEN(w->names)). */
static void indent(gsb__xw *w, int levels)
{
	static const char spaces[2 * GSB_ARRAY_LEN(((gsb__xw *)0)->names)] =
		"                                                                "
		"                                                                ";
	put(w, spaces, 2 * (size_t)levels);
}

/* Escaped text (attr: attribute value rules): runs of plain bytes are
 * copied whole (strcspn finds their end, glibc's with SSE4.2). */
static void escaped(gsb__xw *w, const char *s, bool attr)
{
	for (;;) {
		const char *run = s;
		s += strcspn(s, attr ? "<>&\"\r\n\t" : "<>&\"\r");
		put(w, run, (size_t)(s - run));
		switch (*s++) {
		case '\0': return;
		case '<': PUT_LIT(w, "&lt;"); break;
		case '>': PUT_LIT(w, "&gt;"); break;
		case '&': PUT_LIT(w, "&amp;"); break;
		case '"': PUT_LIT(w, "&quot;"); break;
		case '\r': PUT_LIT(w, "&#13;"); break;
		case '\n': PUT_LIT(w, "&#10;"); break;
		case '\t': PUT_LIT(w, "&#9;"); break;
		}
	}
}

void gsb__xw_init(gsb__xw *w, gsb__sink *sink)
{
	memset(w, 0, offsetof(gsb__xw, out));
	w->doindent = true;
	gsb__outbuf_init(&w->out, sink);
}

int gsb__xw_start_document(gsb__xw *w)
{
	PUT_LIT(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	return w->out.failed ? -1 : 0;
}

/* Close a start tag left open: before a child (">\n") or text (">"). */
static void close_start_tag(gsb__xw *w, bool child)
{
	if (w->depth > 0 && w->open) {
		if (child)
			PUT_LIT(w, ">\n");
		else
			PUT_LIT(w, ">");
		w->open = false;
	}
}

int gsb__xw_start_n(gsb__xw *w, const char *name, size_t n)
{
	if (w->depth >= (int)GSB_ARRAY_LEN(w->names))
		return -1;
	close_start_tag(w, true);
	w->names[w->depth] = name;
	w->namelens[w->depth] = n;
	indent(w, w->depth++);
	w->open = true;
	PUT_LIT(w, "<");
	put(w, name, n);
	return w->out.failed ? -1 : 0;
}

/* ' name="' */
static int attr_name(gsb__xw *w, const char *name, size_t n)
{
	if (w->depth == 0 || !w->open)
		return -1;
	PUT_LIT(w, " ");
	put(w, name, n);
	PUT_LIT(w, "=\"");
	return 0;
}

int gsb__xw_attr(gsb__xw *w, const char *name, const char *value)
{
	if (attr_name(w, name, strlen(name)) < 0)
		return -1;
	escaped(w, value, true);
	PUT_LIT(w, "\"");
	return w->out.failed ? -1 : 0;
}

int gsb__xw_attr_raw_n(gsb__xw *w, const char *name, size_t name_len, const char *value,
                       size_t n)
{
	if (attr_name(w, name, name_len) < 0)
		return -1;
	put(w, value, n);
	PUT_LIT(w, "\"");
	return w->out.failed ? -1 : 0;
}

int gsb__xw_text(gsb__xw *w, const char *text)
{
	close_start_tag(w, false);
	w->doindent = false;
	escaped(w, text, false);
	return w->out.failed ? -1 : 0;
}

int gsb__xw_end(gsb__xw *w)
{
	if (w->depth == 0)
		return -1;
	w->depth--;
	if (w->open) {
		PUT_LIT(w, "/>\n");
		w->open = false;
	} else {
		if (w->doindent)
			indent(w, w->depth);
		PUT_LIT(w, "</");
		put(w, w->names[w->depth], w->namelens[w->depth]);
		PUT_LIT(w, ">\n");
	}
	w->doindent = true;
	return w->out.failed ? -1 : 0;
}

int gsb__xw_element(gsb__xw *w, const char *name, const char *text)
{
	return gsb__xw_start(w, name) < 0 || gsb__xw_text(w, text) < 0 || gsb__xw_end(w) < 0
		? -1 : 0;
}

int gsb__xw_end_document(gsb__xw *w)
{
	while (w->depth > 0)
		if (gsb__xw_end(w) < 0)
			return -1;
	return gsb__xw_flush(w);
}

int gsb__xw_flush(gsb__xw *w)
{
	return gsb__outbuf_flush(&w->out);
}
