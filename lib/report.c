/*
 * libgeshibai — reports out (docs/formats.md "Decision report"): the sink
 * (bytes out through a gsb_write_fn), the helpers and error entries of
 * every format, the report stream shared with the audit report, and the
 * gsb_writer object. The decision itself is written by report_xml.c,
 * report_json.c and report_text.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "report.h"

/* ================================================================== sink */

int gsb__sink_write(gsb__sink *s, const char *bytes, size_t len)
{
	if (s->failed)
		return GSB_EIO;
	if (len > 0 && s->write(s->ctx, bytes, len) != 0)
		s->failed = 1;
	return s->failed ? GSB_EIO : GSB_OK;
}

int gsb__sink_puts(gsb__sink *s, const char *text)
{
	return gsb__sink_write(s, text, strlen(text));
}

static int sink_put(void *s, const char *bytes, size_t len)
{
	return gsb__sink_write(s, bytes, len);
}

int gsb__sink_printf(gsb__sink *s, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = gsb__vformat(sink_put, s, fmt, ap);
	va_end(ap);
	if (rc == GSB_ERROR)
		return gsb__error(GSB_ERROR, "report: formatting failed");
	if (rc == GSB_ENOMEM)
		return gsb__error(GSB_ENOMEM, "report: out of memory");
	return s->failed ? GSB_EIO : GSB_OK;
}

/* =========================================================== XML helpers */

int gsb__xml_attr(gsb__xw * w, const char *name, const char *value)
{
	if (value == NULL)
		return 0;
	return gsb__xw_attr(w, name, value);
}

int gsb__xml_attr_fen(gsb__xw * w, const char *name, gsb_fen fen)
{
	char buf[24];
	return gsb__xml_attr_code(w, name, gsb_fen_format(fen, buf));
}

int gsb__xml_attr_bool(gsb__xw * w, const char *name, bool value)
{
	return value ? gsb__xw_attr_raw(w, name, "true", 4) : gsb__xw_attr_raw(w, name, "false", 5);
}

int gsb__xml_attr_tri(gsb__xw * w, const char *name, gsb_tri value)
{
	return gsb__xml_attr_code(w, name, gsb_tri_name(value));
}

int gsb__xml_attr_long(gsb__xw * w, const char *name, long value)
{
	char buf[24];
	gsb__dec whole = { value, 0 };
	return gsb__xml_attr_code(w, name, gsb__dec_format(whole, buf));
}

int gsb__xml_attr_date(gsb__xw * w, const char *name, gsb_date date)
{
	char buf[11];
	if (date == GSB_DATE_NONE)
		return 0;
	return gsb__xml_attr_code(w, name, gsb_date_format(date, buf));
}

int gsb__xml_text_element(gsb__xw * w, const char *name, const char *text)
{
	if (text == NULL || text[0] == '\0')
		return 0;
	return gsb__xw_element(w, name, text);
}

int gsb__xml_start_item(gsb__xw * w, const char *name, int root)
{
	if (gsb__xw_start(w, name) < 0)
		return -1;
	return root ? gsb__xml_attr_code(w, "xmlns", GSB__NS) : 0;
}

static const char *clean(char *buf, size_t size, const char *s)
{
	return s ? gsb__utf8_fix(buf, size, s) : NULL;
}

const gsb_error *gsb__error_clean(gsb__clean_error *c, const gsb_error *e)
{
	c->e = *e;
	c->e.message = clean(c->message, sizeof c->message, e->message);
	c->e.file = clean(c->file, sizeof c->file, e->file);
	c->e.element = clean(c->element, sizeof c->element, e->element);
	c->e.application = clean(c->application, sizeof c->application, e->application);
	return &c->e;
}

int gsb__xml_error_entry(gsb__xw * w, const gsb_error *error)
{
	gsb__clean_error c;
	const gsb_error *e = gsb__error_clean(&c, error);
	return gsb__xml_attr(w, "application", e->application) < 0 ||
	       (e->line > 0 && gsb__xml_attr_long(w, "line", e->line) < 0) ||
	       gsb__xml_attr(w, "element", e->element) < 0 ||
	       gsb__xml_attr(w, "file", e->file) < 0 ||
	       gsb__xml_attr_code(w, "code", gsb_status_name(e->code)) < 0 ||
	       gsb__xw_text(w, e->message ? e->message : "") < 0 ||
	       gsb__xw_end(w) < 0
		? -1 : 0;
}

/* ========================================================== JSON helpers */

static int json_put(json_t *o, const char *key, json_t *v)
{
	return v == NULL ? -1 : json_object_set_new(o, key, v);
}

int gsb__json_str(json_t *o, const char *key, const char *value)
{
	return value == NULL ? 0 : json_put(o, key, json_string(value));
}

int gsb__json_fen(json_t *o, const char *key, gsb_fen fen)
{
	char buf[24];
	return json_put(o, key, json_string(gsb_fen_format(fen, buf)));
}

int gsb__json_bool(json_t *o, const char *key, bool value)
{
	return json_put(o, key, json_boolean(value));
}

int gsb__json_tri(json_t *o, const char *key, gsb_tri value)
{
	return json_put(o, key, json_string(gsb_tri_name(value)));
}

int gsb__json_int(json_t *o, const char *key, json_int_t value)
{
	return json_put(o, key, json_integer(value));
}

int gsb__json_date(json_t *o, const char *key, gsb_date date)
{
	char buf[11];
	return date == GSB_DATE_NONE ? 0 : gsb__json_str(o, key, gsb_date_format(date, buf));
}

int gsb__json_push_str(json_t *array, const char *value)
{
	if (value == NULL)
		return 0;
	json_t *s = json_string(value);
	return s == NULL ? -1 : json_array_append_new(array, s);
}

json_t *gsb__json_error_entry(const gsb_error *error)
{
	gsb__clean_error c;
	const gsb_error *e = gsb__error_clean(&c, error);
	json_t *o = json_object();
	if (o == NULL)
		return NULL;
	if (gsb__json_str(o, "error", e->message ? e->message : "") < 0 ||
	    gsb__json_str(o, "application", e->application) < 0 ||
	    (e->line > 0 && gsb__json_int(o, "line", e->line) < 0) ||
	    gsb__json_str(o, "element", e->element) < 0 ||
	    gsb__json_str(o, "file", e->file) < 0 ||
	    gsb__json_str(o, "code", gsb_status_name(e->code)) < 0) {
		json_decref(o);
		return NULL;
	}
	return o;
}

int gsb__text_error_entry(gsb__sink *s, const gsb_error *error, gsb_lang lang)
{
	gsb__clean_error c;
	const gsb_error *e = gsb__error_clean(&c, error);
	const char *label = lang == GSB_LANG_ZH ? "错误" : "error";
	gsb__sink_printf(s, "%s: ", label);
	if (e->file)
		gsb__sink_printf(s, "%s:", e->file);
	if (e->line > 0)
		gsb__sink_printf(s, "%ld:", e->line);
	if (e->file || e->line > 0)
		gsb__sink_puts(s, " ");
	if (e->element)
		gsb__sink_printf(s, "%s: ", e->element);
	gsb__sink_printf(s, "%s", gsb_error_message(e, lang));
	if (e->application)
		gsb__sink_printf(s, lang == GSB_LANG_ZH ? "（申报 %s）" : " (application %s)",
		                 e->application);
	return gsb__sink_puts(s, "\n");
}

/* ============================================================ the stream */

static int xml_open(gsb__stream *s)
{
	s->xml = malloc(sizeof *s->xml);
	if (s->xml == NULL)
		return gsb__error(GSB_ENOMEM, "report: cannot create the XML writer");
	gsb__xw_init(s->xml, &s->sink);
	return GSB_OK;
}

/* After an XML writer call: GSB_EIO when the sink failed, else GSB_ERROR on rc < 0. */
static int xml_status(gsb__stream *s, int rc)
{
	if (rc >= 0 && gsb__xw_flush(s->xml) >= 0 && !s->sink.failed)
		return GSB_OK;
	if (s->sink.failed)
		return gsb__error(GSB_EIO, "report: the output could not be written");
	return gsb__error(GSB_ERROR, "report: the XML writer failed");
}

static int sink_status(gsb__stream *s, int rc)
{
	if (s->sink.failed)
		return gsb__error(GSB_EIO, "report: the output could not be written");
	return rc;
}

int gsb__stream_init(gsb__stream *s, const gsb__item_kind *kind, gsb_format format,
                     gsb_lang lang, gsb_write_fn write, void *ctx)
{
	GSB__CHECK_ARG(s);
	GSB__CHECK_ARG(kind);
	GSB__CHECK_ARG(write);
	if ((unsigned)format > GSB_FORMAT_TEXT)
		return gsb__error(GSB_EINVAL, "report: unknown format %d", (int)format);
	if ((unsigned)lang > GSB_LANG_EN)
		return gsb__error(GSB_EINVAL, "report: unknown language %d", (int)lang);
	memset(s, 0, sizeof *s);
	s->format = format;
	s->lang = lang;
	s->kind = kind;
	s->sink.write = write;
	s->sink.ctx = ctx;
	if (format == GSB_FORMAT_JSON) {
		if ((s->json = malloc(sizeof *s->json)) == NULL)
			return gsb__error(GSB_ENOMEM, "out of memory");
		gsb__jw_init(s->json, &s->sink);
	}
	return format == GSB_FORMAT_XML ? xml_open(s) : GSB_OK;
}

static int xml_begin(gsb__stream *s)
{
	int rc = gsb__xw_start_document(s->xml);
	if (rc >= 0 && s->batch) {
		rc = gsb__xw_start(s->xml, s->kind->batch_root);
		if (rc >= 0)
			rc = gsb__xml_attr_code(s->xml, "xmlns", GSB__NS);
	}
	return xml_status(s, rc);
}

int gsb__stream_begin(gsb__stream *s, int batch)
{
	GSB__CHECK_ARG(s);
	if (s->state != 0)
		return gsb__error(GSB_EINVAL, "report: begun twice");
	s->state = 1;
	s->batch = batch != 0;
	switch (s->format) {
	case GSB_FORMAT_XML:
		return xml_begin(s);
	case GSB_FORMAT_JSON:
		return s->batch ? sink_status(s, gsb__sink_puts(&s->sink, "[")) : GSB_OK;
	default:
		return GSB_OK;
	}
}

static int ready_for_item(gsb__stream *s)
{
	if (s->state != 1)
		return gsb__error(GSB_EINVAL, "report: item outside begin/end");
	if (!s->batch && s->count > 0)
		return gsb__error(GSB_EINVAL, "report: a single report holds one item");
	return GSB_OK;
}

static int json_emit(gsb__stream *s, json_t *o)
{
	if (o == NULL)
		return gsb__error(GSB_ENOMEM, "report: out of memory building JSON");
	char *text = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(o);
	if (text == NULL)
		return gsb__error(GSB_ENOMEM, "report: out of memory writing JSON");
	if (s->batch)
		gsb__sink_puts(&s->sink, s->count == 0 ? "\n" : ",\n");
	gsb__sink_puts(&s->sink, text);
	free(text);
	if (!s->batch)
		gsb__sink_puts(&s->sink, "\n");
	return sink_status(s, GSB_OK);
}

static int text_separator(gsb__stream *s)
{
	return s->count > 0 ? gsb__sink_puts(&s->sink, "\n") : GSB_OK;
}

int gsb__stream_item(gsb__stream *s, const void *item)
{
	GSB__CHECK_ARG(s);
	GSB__CHECK_ARG(item);
	int rc = ready_for_item(s);
	if (rc < 0)
		return rc;
	switch (s->format) {
	case GSB_FORMAT_XML:
		rc = xml_status(s, s->kind->xml(s->xml, item, s->lang, !s->batch));
		break;
	case GSB_FORMAT_JSON:
		if (s->batch)
			gsb__jw_raw(s->json, s->count == 0 ? "\n" : ",\n", s->count == 0 ? 1 : 2);
		rc = s->kind->json(s->json, item, s->lang);
		if (!s->batch)
			gsb__jw_raw(s->json, "\n", 1);
		rc = sink_status(s, gsb__jw_flush(s->json) < 0 || rc < 0 ? GSB_EIO : GSB_OK);
		break;
	default:
		text_separator(s);
		rc = sink_status(s, s->kind->text(&s->sink, item, s->lang));
		break;
	}
	s->count++;
	return rc;
}

int gsb__stream_error(gsb__stream *s, const gsb_error *e)
{
	GSB__CHECK_ARG(s);
	GSB__CHECK_ARG(e);
	int rc = ready_for_item(s);
	if (rc < 0)
		return rc;
	switch (s->format) {
	case GSB_FORMAT_XML:
		rc = gsb__xml_start_item(s->xml, "error", !s->batch);
		rc = xml_status(s, rc < 0 ? rc : gsb__xml_error_entry(s->xml, e));
		break;
	case GSB_FORMAT_JSON:
		rc = json_emit(s, gsb__json_error_entry(e));
		break;
	default:
		text_separator(s);
		rc = sink_status(s, gsb__text_error_entry(&s->sink, e, s->lang));
		break;
	}
	s->count++;
	return rc;
}

int gsb__stream_end(gsb__stream *s)
{
	GSB__CHECK_ARG(s);
	if (s->state != 1)
		return gsb__error(GSB_EINVAL, "report: end without begin");
	s->state = 2;
	switch (s->format) {
	case GSB_FORMAT_XML:
		return xml_status(s, gsb__xw_end_document(s->xml));
	case GSB_FORMAT_JSON:
		if (s->batch)
			gsb__sink_puts(&s->sink, s->count == 0 ? "]\n" : "\n]\n");
		return sink_status(s, GSB_OK);
	default:
		return sink_status(s, GSB_OK);
	}
}

void gsb__stream_release(gsb__stream *s)
{
	if (s != NULL && s->xml != NULL) {
		free(s->xml);
		s->xml = NULL;
	}
	if (s != NULL) {
		free(s->json);
		s->json = NULL;
	}
}

/* ============================================================ gsb_writer */

static const gsb__item_kind decision_kind = {
	.batch_root = "decisions",
	.xml = gsb__decision_xml,
	.json = gsb__decision_json,
	.text = gsb__decision_text,
};

struct gsb_writer {
	gsb__stream stream;
	gsb__tally tally; /* text batches end with a summary */
};

int gsb_writer_new(gsb_writer **out, gsb_format format, gsb_lang lang, gsb_write_fn write,
                   void *ctx)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	gsb_writer *w = calloc(1, sizeof *w);
	if (w == NULL)
		return gsb__error(GSB_ENOMEM, "gsb_writer_new: out of memory");
	int rc = gsb__stream_init(&w->stream, &decision_kind, format, lang, write, ctx);
	if (rc < 0) {
		free(w);
		return rc;
	}
	*out = w;
	return GSB_OK;
}

int gsb_writer_begin(gsb_writer *w, int batch)
{
	GSB__CHECK_ARG(w);
	return gsb__stream_begin(&w->stream, batch);
}

int gsb_writer_decision(gsb_writer *w, const gsb_decision *d)
{
	GSB__CHECK_ARG(w);
	int rc = gsb__stream_item(&w->stream, d);
	if (rc == GSB_OK && w->stream.format == GSB_FORMAT_TEXT)
		gsb__tally_decision(&w->tally, d);
	return rc;
}

/* A copy of an error that survives the next failing call (error may be
 * gsb_error_last(), which any later failure overwrites). */
typedef struct {
	gsb_error pub;
	char message[1024], file[256], element[256], application[128], message_zh[1024];
} error_copy;

static const char *keep(char *buf, size_t size, const char *s)
{
	if (s == NULL)
		return NULL;
	snprintf(buf, size, "%s", s);
	return buf;
}

static void copy_error(error_copy *c, const gsb_error *e)
{
	c->pub = *e;
	c->pub.message = keep(c->message, sizeof c->message, e->message ? e->message : "");
	c->pub.file = keep(c->file, sizeof c->file, e->file);
	c->pub.element = keep(c->element, sizeof c->element, e->element);
	c->pub.application = keep(c->application, sizeof c->application, e->application);
	c->pub.message_zh = keep(c->message_zh, sizeof c->message_zh, e->message_zh);
}

int gsb_writer_error(gsb_writer *w, const gsb_error *error)
{
	GSB__CHECK_ARG(w);
	GSB__CHECK_ARG(error);
	error_copy copy;
	copy_error(&copy, error);
	int rc = gsb__stream_error(&w->stream, &copy.pub);
	if (rc == GSB_OK)
		w->tally.errors++;
	return rc;
}

int gsb_writer_end(gsb_writer *w)
{
	GSB__CHECK_ARG(w);
	gsb__stream *s = &w->stream;
	if (s->format == GSB_FORMAT_TEXT && s->batch && s->state == 1) {
		text_separator(s);
		gsb__text_summary(&s->sink, &w->tally, s->lang);
	}
	return gsb__stream_end(s);
}

void gsb_writer_free(gsb_writer *w)
{
	if (w == NULL)
		return;
	gsb__stream_release(&w->stream);
	free(w);
}

int gsb__strbuf_write(void *ctx, const char *bytes, size_t len)
{
	gsb__strbuf *b = ctx;
	if (b->len + len + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		while (cap < b->len + len + 1)
			cap *= 2;
		char *p = realloc(b->data, cap);
		if (p == NULL)
			return -1;
		b->data = p;
		b->cap = cap;
	}
	memcpy(b->data + b->len, bytes, len);
	b->len += len;
	b->data[b->len] = '\0';
	return 0;
}

char *gsb_decision_to_string(const gsb_decision *d, gsb_format format, gsb_lang lang)
{
	if (d == NULL) {
		gsb__error(GSB_EINVAL, "gsb_decision_to_string: d is NULL");
		return NULL;
	}
	gsb__strbuf b = { 0 };
	gsb_writer *w = NULL;
	int rc = gsb_writer_new(&w, format, lang, gsb__strbuf_write, &b);
	if (rc == GSB_OK)
		rc = gsb_writer_begin(w, 0);
	if (rc == GSB_OK)
		rc = gsb_writer_decision(w, d);
	if (rc == GSB_OK)
		rc = gsb_writer_end(w);
	gsb_writer_free(w);
	if (rc == GSB_OK && b.data == NULL)
		rc = gsb__strbuf_write(&b, "", 0) == 0 ? GSB_OK : GSB_ENOMEM;
	if (rc != GSB_OK) {
		free(b.data);
		if (rc == GSB_EIO)
			gsb__error(GSB_ENOMEM, "gsb_decision_to_string: out of memory");
		return NULL;
	}
	return b.data;
}
