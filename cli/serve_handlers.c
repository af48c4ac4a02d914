/*
 * geshibai serve — the endpoints (docs/service.md). Decisions and audits
 * are written by the library's report writers, into memory: the same bytes
 * as `geshibai evaluate|audit --format json|xml` write.
 */
#include <jansson.h>
#include <string.h>
#include "serve.h"

/* ================================================ the request's options */

/* lang and asOf of the query: 0, or -1 after answering 400. */
static int query_options(gsb_serve_answer *a, const gsb_serve *s, struct MHD_Connection *c,
                         gsb_lang *lang, gsb_date *as_of)
{
	if (gsb_serve_lang(a, s, c, lang) < 0)
		return -1;
	*as_of = GSB_DATE_NONE;
	const char *v = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "asOf");
	if (v != NULL && gsb_date_parse(as_of, v) != GSB_OK) {
		gsb_serve_fail(a, MHD_HTTP_BAD_REQUEST, *lang, "GSB_EINVAL",
		               "参数 asOf 须为日期 YYYY-MM-DD", "the parameter asOf is a date YYYY-MM-DD");
		return -1;
	}
	return 0;
}

/* The evaluation flags of the request: the language of the reasons, and
 * relevance as its query's relevance=true|false says, else as serve
 * --no-relevance. 0, or -1 after answering 400. */
static int eval_flags(gsb_serve_answer *a, const gsb_serve *s, struct MHD_Connection *c,
                      gsb_lang lang, unsigned *flags)
{
	*flags = lang == GSB_LANG_ZH ? GSB_EVAL_ZH_ONLY : GSB_EVAL_EN_ONLY;
	const char *v = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "relevance");
	int off = s->no_relevance;
	if (v != NULL && strcmp(v, "true") == 0) {
		off = 0;
	} else if (v != NULL && strcmp(v, "false") == 0) {
		off = 1;
	} else if (v != NULL) {
		gsb_serve_fail(a, MHD_HTTP_BAD_REQUEST, lang, "GSB_EINVAL",
		               "参数 relevance 须为 true 或 false", "the parameter relevance is true or false");
		return -1;
	}
	if (off)
		*flags |= GSB_EVAL_NO_RELEVANCE;
	return 0;
}

/* 400 for invalid input, 500 for the service's own failures. */
static int status_for(int rc)
{
	return gsb_cli_exit_for(rc) == GSB_EXIT_IO ? MHD_HTTP_INTERNAL_SERVER_ERROR
	                                           : MHD_HTTP_BAD_REQUEST;
}

static void writer_failed(gsb_serve_answer *a, gsb_lang lang)
{
	gsb_serve_fail(a, MHD_HTTP_INTERNAL_SERVER_ERROR, lang, gsb_status_name(gsb_error_last()->code),
	               "无法写出报告", "the report could not be written");
}

/* ============================================================= evaluate */

typedef struct {
	gsb_writer *writer;
	int batch;
	int status;        /* of the answer: 200, or that of a lone error */
	int failed;        /* the writer failed */
} ev_answer;

/* An input that could not be decided (placed by the library's loop); rc its
 * status. */
static void ev_error(ev_answer *ev, int rc, const gsb_error *error)
{
	gsb_error e = *error;
	e.file = NULL;
	if (!ev->batch || gsb_cli_exit_for(rc) == GSB_EXIT_IO)
		ev->status = status_for(rc);
	if (gsb_writer_error(ev->writer, &e) < 0)
		ev->failed = 1;
}

/* The body's loop (gsb_reader_each_application): the answer, the request's
 * options, and the status of an application that could not be decided, for
 * its error that follows. */
typedef struct {
	ev_answer *ev;
	const gsb_serve *s;
	gsb_reader *reader;
	unsigned flags;
	gsb_date as_of;
	int begun;
	int failed_rc;
} ev_loop;

/* The answer starts as one decision or a batch, as the document is: known
 * once its first application (or error) is read. 0, or 1 when the writer
 * failed. */
static int ev_begin(ev_loop *l)
{
	if (!l->begun) {
		l->begun = 1;
		l->ev->batch = gsb_reader_is_batch(l->reader);
		if (gsb_writer_begin(l->ev->writer, l->ev->batch) < 0)
			l->ev->failed = 1;
	}
	return l->ev->failed;
}

static int ev_application(void *ctx, const gsb_application *app)
{
	ev_loop *l = ctx;
	if (ev_begin(l))
		return 1;
	gsb_decision *d = NULL;
	int rc = gsb_evaluate(&d, l->s->policy, app, l->as_of, l->flags);
	if (rc < 0)
		l->failed_rc = rc; /* reported next by the loop, placed at app */
	else if (gsb_writer_decision(l->ev->writer, d) < 0)
		l->ev->failed = 1;
	gsb_decision_free(d);
	return rc < 0 ? rc : l->ev->failed;
}

static int ev_input_error(void *ctx, const gsb_error *e)
{
	ev_loop *l = ctx;
	if (ev_begin(l))
		return 1;
	ev_error(l->ev, l->failed_rc < 0 ? l->failed_rc : e->code, e);
	l->failed_rc = 0;
	return l->ev->failed;
}

/* Every application of the body, as the command decides a file. */
static void ev_all(ev_answer *ev, const gsb_serve *s, const gsb_serve_request *r,
                   unsigned flags, gsb_date as_of)
{
	gsb_reader *reader = NULL;
	const char *body = r->body.data ? r->body.data : "";
	int rc = gsb_reader_open_memory(&reader, body, r->body.len, NULL);
	if (rc < 0) {
		if (gsb_writer_begin(ev->writer, 0) < 0)
			ev->failed = 1;
		else
			ev_error(ev, rc, gsb_error_last());
		return;
	}
	ev_loop l = { .ev = ev, .s = s, .reader = reader, .flags = flags, .as_of = as_of };
	if (gsb_reader_each_application(reader, ev_application, ev_input_error, &l) == GSB_OK)
		ev_begin(&l); /* a batch without any application */
	gsb_reader_free(reader);
}

void gsb_serve_evaluate(gsb_serve_answer *a, const gsb_serve *s, struct MHD_Connection *c,
                        const gsb_serve_request *r)
{
	gsb_lang lang;
	gsb_date as_of;
	unsigned flags;
	if (query_options(a, s, c, &lang, &as_of) < 0 || eval_flags(a, s, c, lang, &flags) < 0)
		return;
	a->xml = gsb_serve_wants_xml(MHD_lookup_connection_value(c, MHD_HEADER_KIND,
	                                                         MHD_HTTP_HEADER_ACCEPT));
	ev_answer ev = { .status = MHD_HTTP_OK };
	if (gsb_writer_new(&ev.writer, a->xml ? GSB_FORMAT_XML : GSB_FORMAT_JSON, lang,
	                   gsb_serve_buf_write, &a->body) < 0) {
		writer_failed(a, lang);
		return;
	}
	ev_all(&ev, s, r, flags, as_of);
	if (!ev.failed && gsb_writer_end(ev.writer) < 0)
		ev.failed = 1;
	gsb_writer_free(ev.writer);
	if (ev.failed || a->body.failed)
		writer_failed(a, lang);
	else
		a->status = ev.status;
}

/* ================================================================ audit */

void gsb_serve_audit(gsb_serve_answer *a, const gsb_serve *s, struct MHD_Connection *c,
                     const gsb_serve_request *r)
{
	gsb_lang lang;
	gsb_date as_of;
	if (query_options(a, s, c, &lang, &as_of) < 0)
		return;
	a->xml = gsb_serve_wants_xml(MHD_lookup_connection_value(c, MHD_HEADER_KIND,
	                                                         MHD_HTTP_HEADER_ACCEPT));
	gsb_audit_writer *w = NULL;
	if (gsb_audit_writer_new(&w, a->xml ? GSB_FORMAT_XML : GSB_FORMAT_JSON, lang,
	                         gsb_serve_buf_write, &a->body) < 0) {
		writer_failed(a, lang);
		return;
	}
	gsb_audit *audit = NULL;
	const char *body = r->body.data ? r->body.data : "";
	int rc = gsb_audit_memory(&audit, s->policy, body, r->body.len, NULL, as_of);
	int failed = gsb_audit_writer_begin(w, 0) < 0;
	a->status = MHD_HTTP_OK;
	if (!failed && rc == GSB_OK) {
		failed = gsb_audit_writer_audit(w, audit) < 0;
	} else if (!failed) {
		gsb_error e = *gsb_error_last();
		e.file = NULL;
		a->status = status_for(rc);
		failed = gsb_audit_writer_error(w, &e) < 0;
	}
	gsb_audit_free(audit);
	if (!failed)
		failed = gsb_audit_writer_end(w) < 0;
	gsb_audit_writer_free(w);
	if (failed || a->body.failed)
		writer_failed(a, lang);
}

/* ============================================= industries, lookup, uscc */

static json_t *code_label(const char *code, const char *label)
{
	json_t *o = json_object();
	json_object_set_new(o, "code", json_string(code));
	if (label != NULL)
		json_object_set_new(o, "label", json_string(label));
	return o;
}

void gsb_serve_industries(gsb_serve_answer *a, const gsb_serve *s, struct MHD_Connection *c,
                          const gsb_serve_request *r)
{
	gsb_lang lang;
	if (gsb_serve_lang(a, s, c, &lang) < 0)
		return;
	json_t *o = json_object(), *list = json_array();
	json_object_set_new(o, gsb_list_name(GSB_LIST_INDUSTRIES), list);
	for (int i = 0; i < GSB_INDUSTRY_COUNT; i++) {
		json_t *ind = code_label(gsb_industry_name((gsb_industry)i),
		                         gsb_industry_label((gsb_industry)i, lang));
		json_t *aliases = json_array();
		const char *alias;
		for (size_t k = 0; (alias = gsb_industry_alias((gsb_industry)i, k)) != NULL; k++)
			json_array_append_new(aliases, json_string(alias));
		json_object_set_new(ind, "aliases", aliases);
		json_array_append_new(list, ind);
	}
	for (int l = GSB_LIST_DOMAINS; l < GSB_LIST_COUNT; l++) {
		list = json_array();
		json_object_set_new(o, gsb_list_name((gsb_list)l), list);
		const char *code;
		for (size_t k = 0; (code = gsb_list_code((gsb_list)l, k)) != NULL; k++)
			json_array_append_new(list,
			                      code_label(code, gsb_list_code_label((gsb_list)l, k, lang)));
	}
	gsb_serve_json(a, MHD_HTTP_OK, o);
}

typedef struct {
	json_t *names;     /* the values of name=, in order */
} lookup_args;

static enum MHD_Result collect_name(void *cls, enum MHD_ValueKind kind, const char *key,
                                    const char *value)
{
	(void)kind;
	lookup_args *args = cls;
	if (strcmp(key, "name") == 0)
		json_array_append_new(args->names, json_stringn_nocheck(value ? value : "",
		                                                       value ? strlen(value) : 0));
	return MHD_YES;
}

/* {"name", "industry", "label"}, or for a name none of the ten
 * {"name", "industry": "other", "normalised"} (and "nearest", the code of
 * the nearest industry, when one is near); NULL for invalid UTF-8. */
static json_t *lookup_one(const char *name, gsb_lang lang)
{
	gsb_industry ind;
	char *norm = NULL;
	if (gsb_industry_lookup(&ind, &norm, name) < 0)
		return NULL;
	json_t *o = json_object();
	json_object_set_new(o, "name", json_string(name));
	if (ind == GSB_INDUSTRY_OTHER) {
		json_object_set_new(o, "industry", json_string("other"));
		if (norm != NULL)
			json_object_set_new(o, "normalised", json_string(norm));
		if (gsb_industry_nearest(&ind, name) == 2) /* a hint: the name stays other */
			json_object_set_new(o, "nearest", json_string(gsb_industry_name(ind)));
	} else {
		json_object_set_new(o, "industry", json_string(gsb_industry_name(ind)));
		const char *label = gsb_industry_label(ind, lang);
		if (label != NULL)
			json_object_set_new(o, "label", json_string(label));
	}
	gsb_free(norm);
	return o;
}

void gsb_serve_lookup(gsb_serve_answer *a, const gsb_serve *s, struct MHD_Connection *c,
                      const gsb_serve_request *r)
{
	gsb_lang lang;
	if (gsb_serve_lang(a, s, c, &lang) < 0)
		return;
	lookup_args args = { json_array() };
	MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, collect_name, &args);
	size_t n = json_array_size(args.names);
	if (n == 0) {
		json_decref(args.names);
		gsb_serve_fail(a, MHD_HTTP_BAD_REQUEST, lang, "GSB_EINVAL", "缺少参数 name",
		               "the parameter name is missing");
		return;
	}
	json_t *out = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *one = lookup_one(json_string_value(json_array_get(args.names, i)), lang);
		if (one == NULL) {
			json_decref(out);
			json_decref(args.names);
			gsb_serve_fail(a, MHD_HTTP_BAD_REQUEST, lang, "GSB_EINVAL",
			               "名称不是有效的 UTF-8", "a name is not valid UTF-8");
			return;
		}
		json_array_append_new(out, one);
	}
	json_decref(args.names);
	/* one name gives one object, several an array in their order */
	if (n == 1) {
		json_t *one = json_incref(json_array_get(out, 0));
		json_decref(out);
		out = one;
	}
	gsb_serve_json(a, MHD_HTTP_OK, out);
}

void gsb_serve_uscc(gsb_serve_answer *a, const gsb_serve *s, struct MHD_Connection *c,
                    const gsb_serve_request *r)
{
	gsb_lang lang;
	if (gsb_serve_lang(a, s, c, &lang) < 0)
		return;
	const char *code = r->path + strlen("/v1/uscc/");
	/* the path as it was sent may carry %-escapes: decode them */
	char buf[sizeof r->path];
	snprintf(buf, sizeof buf, "%s", code);
	buf[MHD_http_unescape(buf)] = '\0';
	gsb_uscc u;
	if (gsb_uscc_decode(&u, buf) < 0) {
		gsb_serve_fail(a, MHD_HTTP_INTERNAL_SERVER_ERROR, lang, "GSB_EINVAL", "无法解码",
		               "cannot decode");
		return;
	}
	json_t *o = json_object();
	json_object_set_new(o, "code", json_stringn(u.code[0] ? u.code : buf,
	                                            strlen(u.code[0] ? u.code : buf)));
	json_object_set_new(o, "valid", json_boolean(u.valid));
	if (!u.valid) {
		if (u.problem != NULL)
			json_object_set_new(o, "problem", json_string(u.problem));
		if (u.expected_check != '\0' && u.expected_check != u.check)
			json_object_set_new(o, "expectedCheck", json_stringn(&u.expected_check, 1));
	} else {
		char pair[3] = { u.authority[0], u.category[0], '\0' };
		const char *label = gsb_uscc_category_label(pair, lang);
		json_object_set_new(o, "authority", json_string(u.authority));
		json_object_set_new(o, "category", json_string(u.category));
		if (label != NULL)
			json_object_set_new(o, "categoryLabel", json_string(label));
		json_object_set_new(o, "division", json_string(u.division));
		json_object_set_new(o, "organisation", json_string(u.organisation));
		json_object_set_new(o, "check", json_stringn(&u.check, 1));
	}
	if (json_object_get(o, "code") == NULL) { /* the code was not UTF-8 */
		json_decref(o);
		gsb_serve_fail(a, MHD_HTTP_BAD_REQUEST, lang, "GSB_EINVAL", "代码不是有效的 UTF-8",
		               "the code is not valid UTF-8");
		return;
	}
	gsb_serve_json(a, MHD_HTTP_OK, o);
}

/* ======================================================= healthz, openapi */

void gsb_serve_healthz(gsb_serve_answer *a, const gsb_serve *s, struct MHD_Connection *c,
                       const gsb_serve_request *r)
{
	json_t *o = json_object();
	json_object_set_new(o, "status", json_string("ok"));
	json_object_set_new(o, "policy", json_string(gsb_policy_id(s->policy)));
	const char *source = gsb_policy_source(s->policy);
	if (source != NULL)
		json_object_set_new(o, "parameters", json_string(source));
	json_object_set_new(o, "version", json_string(gsb_version()));
	gsb_serve_json(a, MHD_HTTP_OK, o);
}
