/*
 * libgeshibai — private helpers for writing reports (docs/formats.md "Decision
 * report"), shared by the decision writer (report.c, report_json.c,
 * report_text.c) and the audit report writer (audit_report.c).
 *
 * A gsb__stream is one report: a single item, or a batch of items (XML root
 * element, JSON array, text blocks) written as they come, so that memory
 * does not grow with the batch. Items are written by callbacks per format;
 * error entries are the same for every kind of report.
 */
#ifndef GSB_REPORT_H
#define GSB_REPORT_H

#include <stdbool.h>
#include <string.h>
#include <jansson.h>
#include "internal.h"

#define GSB__NS "urn:geshibai:1"

/* ------------------------------------------------------------------ sink */
/* Bytes out through a gsb_write_fn; the first failure sticks (GSB_EIO). */
typedef struct {
	gsb_write_fn write;
	void *ctx;
	int failed;
} gsb__sink;

/* A growing NUL-terminated string as a gsb_write_fn: ctx is a zeroed
 * gsb__strbuf; the caller owns (and frees) data. Returns 0, or -1 when out
 * of memory. Behind every *_to_string function. */
typedef struct {
	char *data;
	size_t len, cap;
} gsb__strbuf;
int gsb__strbuf_write(void *ctx, const char *bytes, size_t len);

int gsb__sink_write(gsb__sink *s, const char *bytes, size_t len);
int gsb__sink_puts(gsb__sink *s, const char *text);
int gsb__sink_printf(gsb__sink *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* fmt with ap formatted and handed to write(ctx, text, length) (outbuf.c;
 * its result is the caller's to keep). GSB_OK, GSB_ERROR when formatting
 * fails or GSB_ENOMEM (no error set: the caller words it). */
int gsb__vformat(gsb_write_fn write, void *ctx, const char *fmt, va_list ap)
	__attribute__((format(printf, 3, 0)));

/* ------------------------------------------------------- output buffer */
/* The buffer in front of a sink that the XML and JSON writers share
 * (outbuf.c): bytes reach the sink when it fills and on gsb__outbuf_flush();
 * the first failure sticks in failed. */
typedef struct {
	gsb__sink *sink;
	int failed;
	size_t len;
	char buf[16384];
} gsb__outbuf;

void gsb__outbuf_init(gsb__outbuf *b, gsb__sink *sink);
/* gsb__outbuf_put() when the bytes do not fit: flush, then buffer them or
 * (more than a buffer) write them straight through. */
void gsb__outbuf_put_slow(gsb__outbuf *b, const char *s, size_t n);
int gsb__outbuf_flush(gsb__outbuf *b); /* < 0 when the sink failed */

/* n bytes into the buffer. Most pieces are short (names, codes, numbers,
 * indentation): two overlapping fixed-size moves cost less than a call to
 * memcpy. */
static inline void gsb__outbuf_put(gsb__outbuf *b, const char *s, size_t n)
{
	if (__builtin_expect(n > sizeof b->buf - b->len, 0)) {
		gsb__outbuf_put_slow(b, s, n);
		return;
	}
	char *d = b->buf + b->len;
	b->len += n;
	if (n > 16) {
		memcpy(d, s, n);
	} else if (n >= 8) {
		memcpy(d, s, 8);
		memcpy(d + n - 8, s + n - 8, 8);
	} else if (n >= 4) {
		memcpy(d, s, 4);
		memcpy(d + n - 4, s + n - 4, 4);
	} else if (n > 0) {
		d[0] = s[0];
		d[n / 2] = s[n / 2];
		d[n - 1] = s[n - 1];
	}
}

/* What print writes to a FILE as a string (outbuf.c), for the pages and
 * reports written with stdio; the caller frees it. NULL with the error when
 * print fails (< 0: it set the error) or memory runs out ("what: out of
 * memory"; what in two languages, "report" GSB__ZH "报告"). */
typedef int (*gsb__print_fn)(FILE *f, const void *item, gsb_lang lang);
char *gsb__print_to_string(gsb__print_fn print, const void *item, gsb_lang lang,
                           const char *what);

/* ------------------------------------------------------------ XML writer */
/* A streaming XML writer (xw.c) that writes what libxml2's xmlTextWriter
 * wrote with two-space indentation, byte for byte, much more cheaply. Each
 * call returns < 0 on failure (libxml2's convention); bytes reach the sink
 * when the buffer fills and on gsb__xw_flush(). */
typedef struct {
	int depth;                /* open elements */
	bool open;                /* the innermost start tag is not closed yet */
	bool doindent;            /* indent the next end tag (no text just before) */
	const char *names[64];    /* of the open elements */
	size_t namelens[64];      /* their strlen */
	gsb__outbuf out;
} gsb__xw;

void gsb__xw_init(gsb__xw *w, gsb__sink *sink);
int gsb__xw_start_document(gsb__xw *w);    /* <?xml version="1.0" encoding="UTF-8"?> */
/* The names are literals as a rule: these take their lengths, and the inline
 * wrappers below let the compiler count a literal's bytes. */
int gsb__xw_start_n(gsb__xw *w, const char *name, size_t name_len);
int gsb__xw_attr(gsb__xw *w, const char *name, const char *value);
/* An attribute value of n bytes that needs no escaping (digits, codes). */
int gsb__xw_attr_raw_n(gsb__xw *w, const char *name, size_t name_len, const char *value,
                       size_t n);
static inline int gsb__xw_start(gsb__xw *w, const char *name)
{
	return gsb__xw_start_n(w, name, strlen(name));
}
static inline int gsb__xw_attr_raw(gsb__xw *w, const char *name, const char *value, size_t n)
{
	return gsb__xw_attr_raw_n(w, name, strlen(name), value, n);
}
int gsb__xw_text(gsb__xw *w, const char *text);
int gsb__xw_end(gsb__xw *w);
int gsb__xw_element(gsb__xw *w, const char *name, const char *text);
int gsb__xw_end_document(gsb__xw *w);      /* ends open elements, flushes */
int gsb__xw_flush(gsb__xw *w);

/* ------------------------------------------------------------ XML helpers */
/* Each returns < 0 on failure (libxml2's convention). NULL values are skipped
 * (absent attributes are omitted). */
int gsb__xml_attr(gsb__xw * w, const char *name, const char *value);
/* A value that needs no escaping by construction, written as it is: the
 * format's codes (enumeration names, the library's check and criterion ids,
 * provision numbers) and numbers. */
static inline int gsb__xml_attr_code(gsb__xw *w, const char *name, const char *value)
{
	return value == NULL ? 0 : gsb__xw_attr_raw(w, name, value, strlen(value));
}
int gsb__xml_attr_fen(gsb__xw * w, const char *name, gsb_fen fen);
int gsb__xml_attr_bool(gsb__xw * w, const char *name, bool value);
int gsb__xml_attr_tri(gsb__xw * w, const char *name, gsb_tri value);
int gsb__xml_attr_long(gsb__xw * w, const char *name, long value);
int gsb__xml_attr_date(gsb__xw * w, const char *name, gsb_date date);
/* <name>text</name>; skipped when text is NULL or empty. */
int gsb__xml_text_element(gsb__xw * w, const char *name, const char *text);

/* ----------------------------------------------------------- JSON helpers */
/* Set o[key]; a NULL string value leaves the key out. Return 0 or -1. */
/* ------------------------------------------------------------ JSON writer */
/* A streaming JSON writer (jw.c) that writes what jansson's json_dumps with
 * JSON_INDENT(2) | JSON_PRESERVE_ORDER wrote, byte for byte. key is NULL
 * for array members; a NULL string value writes nothing (no key either).
 * Nesting deeper than GSB__JW_DEPTH is not supported (reports need 5). */
#define GSB__JW_DEPTH 32
typedef struct {
	int depth;
	unsigned members; /* bit i: the container i levels up has a member */
	gsb__outbuf out;
} gsb__jw;

void gsb__jw_init(gsb__jw *w, gsb__sink *sink);
void gsb__jw_object(gsb__jw *w, const char *key);
void gsb__jw_array(gsb__jw *w, const char *key);
void gsb__jw_end_object(gsb__jw *w);
void gsb__jw_end_array(gsb__jw *w);
void gsb__jw_key(gsb__jw *w, const char *key);
void gsb__jw_string(gsb__jw *w, const char *s); /* a string value, escaped */
void gsb__jw_str(gsb__jw *w, const char *key, const char *value);
void gsb__jw_int(gsb__jw *w, const char *key, long long value);
void gsb__jw_bool(gsb__jw *w, const char *key, bool value);
void gsb__jw_raw(gsb__jw *w, const char *text, size_t len);
int gsb__jw_flush(gsb__jw *w); /* < 0 when the sink failed */

int gsb__json_str(json_t *o, const char *key, const char *value);
int gsb__json_fen(json_t *o, const char *key, gsb_fen fen);
int gsb__json_bool(json_t *o, const char *key, bool value);
int gsb__json_tri(json_t *o, const char *key, gsb_tri value);
int gsb__json_int(json_t *o, const char *key, json_int_t value);
int gsb__json_date(json_t *o, const char *key, gsb_date date);
/* Append a string to an array (NULL skipped). */
int gsb__json_push_str(json_t *array, const char *value);

/* ---------------------------------------------------------- error entries */
/* An error whose strings are valid UTF-8 whatever it was given (a file name
 * need not be): each ill-formed sequence written as U+FFFD. */
typedef struct {
	gsb_error e;
	char message[1024], file[1024], element[512], application[512];
} gsb__clean_error;
const gsb_error *gsb__error_clean(gsb__clean_error *c, const gsb_error *e);
/* <error application="…" line="…" element="…" file="…">message</error> */
int gsb__xml_error_entry(gsb__xw * w, const gsb_error *e);
/* {"error": message, "application": …, "line": n, "element": …, "file": …} */
json_t *gsb__json_error_entry(const gsb_error *e);
/* "FILE:LINE: ELEMENT: message" (parts that are unknown are left out) */
int gsb__text_error_entry(gsb__sink *s, const gsb_error *e, gsb_lang lang);

/* ------------------------------------------------------------ the stream */
/* root: the item is the document element (a single item): it carries xmlns. */
typedef int (*gsb__xml_item_fn)(gsb__xw * w, const void *item, gsb_lang lang, int root);
typedef int (*gsb__json_item_fn)(gsb__jw *w, const void *item, gsb_lang lang);
typedef int (*gsb__text_item_fn)(gsb__sink *s, const void *item, gsb_lang lang);

/* How one kind of item is written. */
typedef struct {
	const char *batch_root;   /* "decisions" */
	gsb__xml_item_fn xml;     /* writes the item's element */
	gsb__json_item_fn json;   /* writes the item's object */
	gsb__text_item_fn text;
} gsb__item_kind;

typedef struct {
	gsb_format format;
	gsb_lang lang;
	gsb__sink sink;
	const gsb__item_kind *kind;
	gsb__xw * xml;
	gsb__jw *json;
	int batch;
	int state; /* 0 new, 1 begun, 2 ended */
	size_t count;
} gsb__stream;

/* What the summary at the end of a text batch counts (report_text.c). */
typedef struct {
	size_t decided, errors;
	size_t outcomes[3];       /* by gsb_outcome */
	size_t tiers[4];          /* by classified gsb_tier */
	gsb_fen requested, granted, local;
	bool overflow;            /* a sum passed 64-bit fen */
} gsb__tally;
void gsb__tally_decision(gsb__tally *t, const gsb_decision *d);
/* "汇总" / "Summary": counts by outcome and tier, totals in 万元 with the exact yuan. */
int gsb__text_summary(gsb__sink *s, const gsb__tally *t, gsb_lang lang);

int gsb__stream_init(gsb__stream *s, const gsb__item_kind *kind, gsb_format format,
                     gsb_lang lang, gsb_write_fn write, void *ctx);
int gsb__stream_begin(gsb__stream *s, int batch);
int gsb__stream_item(gsb__stream *s, const void *item);
int gsb__stream_error(gsb__stream *s, const gsb_error *e);
int gsb__stream_end(gsb__stream *s);
void gsb__stream_release(gsb__stream *s);

/* Start an item's element, with xmlns when it is the document element. */
int gsb__xml_start_item(gsb__xw * w, const char *name, int root);

/* ------------------------------------------------------ decision writers */
int gsb__decision_xml(gsb__xw * w, const void *decision, gsb_lang lang, int root);
int gsb__decision_json(gsb__jw *w, const void *decision, gsb_lang lang);
int gsb__decision_text(gsb__sink *s, const void *decision, gsb_lang lang);
/* The relevance of a decision in each format (report_relevance.c); nothing
 * is written when the decision has none. */
int gsb__relevance_xml(gsb__xw *w, const gsb_decision *d, gsb_lang lang);
void gsb__relevance_json(gsb__jw *w, const gsb_decision *d, gsb_lang lang);
void gsb__relevance_text(gsb__sink *s, const gsb_decision *d, gsb_lang lang);

#endif
