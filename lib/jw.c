/*
 * libgeshibai — a small streaming JSON writer for the reports (report.h).
 *
 * It writes exactly what jansson's json_dumps(JSON_INDENT(2) |
 * JSON_PRESERVE_ORDER) wrote for the same tree, byte for byte, without
 * building the tree: the report of a batch spent most of its time
 * allocating, hashing and freeing jansson objects.
 *
 * The rules copied from jansson (2.14):
 *  - a non-empty object or array puts each member on its own line, indented
 *    by two spaces per level, members separated by ","; its closing bracket
 *    goes on a line of its own at the level of its opening one; an empty
 *    one is "{}" or "[]";
 *  - a key is followed by ": ";
 *  - strings escape '"' and '\\', \b \f \n \r \t, other characters below
 *    U+0020 as \u00XX (upper-case hex); everything else (U+2028 included)
 *    is written as it is, in UTF-8;
 *  - integers in decimal.
 * Where jansson refuses a string that is not UTF-8, each byte that does not
 * begin a well-formed sequence is written as U+FFFD, so that the report
 * stays valid JSON.
 */
#include <stdio.h>
#include "report.h"


#define put(w, s, n) gsb__outbuf_put(&(w)->out, (s), (n))
#define PUT_LIT(w, lit) put((w), (lit), sizeof(lit) - 1)

static void newline_indent(gsb__jw *w, int levels)
{
	static const char spaces[1 + 2 * GSB__JW_DEPTH + 1] =
		"\n                                                                ";
	put(w, spaces, 1 + 2 * (size_t)(levels < GSB__JW_DEPTH ? levels : GSB__JW_DEPTH));
}

/* The length of a well-formed UTF-8 sequence at s (as jansson accepts:
 * no overlong forms, no surrogates, nothing past U+10FFFF), 0 if none. */
static size_t utf8_len(const unsigned char *s)
{
	unsigned c = s[0];
	if (c >= 0xC2 && c <= 0xDF)
		return (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF) {
		if ((s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F))
			return 0;
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if ((s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
			return 0;
		if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] > 0x8F))
			return 0;
		return 4;
	}
	return 0;
}

/* Bytes that end a run of plain text: '"', '\\', controls, non-ASCII. */
static const unsigned char special[256] = {
	[0 ... 0x1F] = 1, ['"'] = 1, ['\\'] = 1, [0x80 ... 0xFF] = 1,
};

void gsb__jw_string(gsb__jw *w, const char *str)
{
	const unsigned char *s = (const unsigned char *)str, *run = s;
	PUT_LIT(w, "\"");
	for (;;) {
		while (!special[*s])
			s++;
		unsigned c = *s;
		if (c >= 0x80) {
			size_t n = utf8_len(s);
			if (n > 0) { /* well-formed: part of the run */
				s += n;
				continue;
			}
			put(w, (const char *)run, (size_t)(s - run));
			PUT_LIT(w, "\xEF\xBF\xBD");
			run = ++s;
			continue;
		}
		put(w, (const char *)run, (size_t)(s - run));
		if (c == '\0')
			break;
		s++;
		run = s;
		switch (c) {
		case '"': PUT_LIT(w, "\\\""); break;
		case '\\': PUT_LIT(w, "\\\\"); break;
		case '\b': PUT_LIT(w, "\\b"); break;
		case '\f': PUT_LIT(w, "\\f"); break;
		case '\n': PUT_LIT(w, "\\n"); break;
		case '\r': PUT_LIT(w, "\\r"); break;
		case '\t': PUT_LIT(w, "\\t"); break;
		default: {
			static const char hex[] = "0123456789ABCDEF";
			char seq[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
			put(w, seq, 6);
		}
		}
	}
	PUT_LIT(w, "\"");
}

void gsb__jw_init(gsb__jw *w, gsb__sink *sink)
{
	w->depth = 0;
	w->members = 0;
	gsb__outbuf_init(&w->out, sink);
}

/* Before a member: its separator and indentation, then its key. */
void gsb__jw_key(gsb__jw *w, const char *key)
{
	if (w->depth > 0) {
		if (w->members & 1u)
			PUT_LIT(w, ",");
		w->members |= 1u;
		newline_indent(w, w->depth);
	}
	if (key) {
		gsb__jw_string(w, key);
		PUT_LIT(w, ": ");
	}
}

static void jw_open(gsb__jw *w, const char *key, const char *bracket)
{
	gsb__jw_key(w, key);
	put(w, bracket, 1);
	w->members <<= 1; /* bit 0: the new container has a member */
	w->depth++;
}

void gsb__jw_object(gsb__jw *w, const char *key)
{
	jw_open(w, key, "{");
}

void gsb__jw_array(gsb__jw *w, const char *key)
{
	jw_open(w, key, "[");
}

static void jw_close(gsb__jw *w, const char *bracket)
{
	bool any = w->members & 1u;
	w->members >>= 1;
	w->depth--;
	if (any)
		newline_indent(w, w->depth);
	put(w, bracket, 1);
}

void gsb__jw_end_object(gsb__jw *w)
{
	jw_close(w, "}");
}

void gsb__jw_end_array(gsb__jw *w)
{
	jw_close(w, "]");
}

void gsb__jw_str(gsb__jw *w, const char *key, const char *value)
{
	if (value == NULL)
		return;
	gsb__jw_key(w, key);
	gsb__jw_string(w, value);
}

void gsb__jw_int(gsb__jw *w, const char *key, long long value)
{
	char buf[32];
	int n = snprintf(buf, sizeof buf, "%lld", value);
	gsb__jw_key(w, key);
	put(w, buf, (size_t)n);
}

void gsb__jw_bool(gsb__jw *w, const char *key, bool value)
{
	gsb__jw_key(w, key);
	if (value)
		PUT_LIT(w, "true");
	else
		PUT_LIT(w, "false");
}

void gsb__jw_raw(gsb__jw *w, const char *text, size_t len)
{
	put(w, text, len);
}

int gsb__jw_flush(gsb__jw *w)
{
	return gsb__outbuf_flush(&w->out);
}
