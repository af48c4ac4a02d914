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
 */
#include <string.h>
#include "report.h"

static int xw_flush_buffer(gsb__xw *w)
{
	if (w->len > 0 && !w->failed) {
		if (gsb__sink_write(w->sink, w->buf, w->len) != GSB_OK)
			w->failed = 1;
	}
	w->len = 0;
	return w->failed ? -1 : 0;
}

static void put(gsb__xw *w, const char *s, size_t n)
{
	if (w->len + n > sizeof w->buf) {
		xw_flush_buffer(w);
		if (n > sizeof w->buf) {
			if (!w->failed && gsb__sink_write(w->sink, s, n) != GSB_OK)
				w->failed = 1;
			return;
		}
	}
	memcpy(w->buf + w->len, s, n);
	w->len += n;
}

static void puts_(gsb__xw *w, const char *s)
{
	put(w, s, strlen(s));
}

static void indent(gsb__xw *w, int levels)
{
	for (int i = 0; i < levels; i++)
		put(w, "  ", 2);
}

/* Escaped text (attr: attribute value rules). */
static void escaped(gsb__xw *w, const char *s, bool attr)
{
	const char *run = s;
	for (;; s++) {
		const char *ref;
		switch (*s) {
		case '\0':
			put(w, run, (size_t)(s - run));
			return;
		case '<': ref = "&lt;"; break;
		case '>': ref = "&gt;"; break;
		case '&': ref = "&amp;"; break;
		case '"': ref = "&quot;"; break;
		case '\r': ref = "&#13;"; break;
		case '\n': if (!attr) continue; ref = "&#10;"; break;
		case '\t': if (!attr) continue; ref = "&#9;"; break;
		default: continue;
		}
		put(w, run, (size_t)(s - run));
		puts_(w, ref);
		run = s + 1;
	}
}

void gsb__xw_init(gsb__xw *w, gsb__sink *sink)
{
	memset(w, 0, offsetof(gsb__xw, buf));
	w->sink = sink;
	w->doindent = true;
}

int gsb__xw_start_document(gsb__xw *w)
{
	puts_(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	return w->failed ? -1 : 0;
}

/* Close a start tag left open: before a child (">\n") or text (">"). */
static void close_start_tag(gsb__xw *w, bool child)
{
	if (w->depth > 0 && w->open) {
		put(w, child ? ">\n" : ">", child ? 2 : 1);
		w->open = false;
	}
}

int gsb__xw_start(gsb__xw *w, const char *name)
{
	if (w->depth >= (int)GSB_ARRAY_LEN(w->names))
		return -1;
	close_start_tag(w, true);
	w->names[w->depth++] = name;
	w->open = true;
	indent(w, w->depth - 1);
	put(w, "<", 1);
	puts_(w, name);
	return w->failed ? -1 : 0;
}

int gsb__xw_attr(gsb__xw *w, const char *name, const char *value)
{
	if (w->depth == 0 || !w->open)
		return -1;
	put(w, " ", 1);
	puts_(w, name);
	put(w, "=\"", 2);
	escaped(w, value, true);
	put(w, "\"", 1);
	return w->failed ? -1 : 0;
}

int gsb__xw_text(gsb__xw *w, const char *text)
{
	close_start_tag(w, false);
	w->doindent = false;
	escaped(w, text, false);
	return w->failed ? -1 : 0;
}

int gsb__xw_end(gsb__xw *w)
{
	if (w->depth == 0)
		return -1;
	const char *name = w->names[w->depth - 1];
	if (w->open) {
		put(w, "/>", 2);
		w->open = false;
		w->doindent = true;
	} else {
		if (w->doindent)
			indent(w, w->depth - 1);
		w->doindent = true;
		put(w, "</", 2);
		puts_(w, name);
		put(w, ">", 1);
	}
	put(w, "\n", 1);
	w->depth--;
	return w->failed ? -1 : 0;
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
	return xw_flush_buffer(w);
}
