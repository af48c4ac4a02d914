/*
 * geshibai serve — each request through libmicrohttpd's callbacks: the
 * token, the endpoint (404, 405), the body (415, 413), the endpoint's
 * answer, and the log line when the request is over (docs/service.md).
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>
#include "serve.h"

/* ================================================================ routes */

enum { TAKES_XML = 1, TAKES_JSON = 2 };

typedef struct {
	const char *path;          /* exact, or a prefix when it ends with '/' */
	const char *method;        /* "GET" (HEAD too) or "POST" */
	unsigned body;             /* TAKES_*: a POST's body kinds */
	int open;                  /* answered without the token */
	gsb_serve_handler handler;
} route;

static const route routes[] = {
	{ "/v1/evaluate", "POST", TAKES_XML | TAKES_JSON, 0, gsb_serve_evaluate },
	{ "/v1/audit", "POST", TAKES_XML, 0, gsb_serve_audit },
	{ "/v1/industries", "GET", 0, 0, gsb_serve_industries },
	{ "/v1/lookup", "GET", 0, 0, gsb_serve_lookup },
	{ "/v1/uscc/", "GET", 0, 0, gsb_serve_uscc },
	{ "/v1/openapi.json", "GET", 0, 0, gsb_serve_openapi },
	{ "/healthz", "GET", 0, 1, gsb_serve_healthz },
};

static const route *find_route(const char *url)
{
	for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++) {
		const char *p = routes[i].path;
		size_t n = strlen(p);
		if (p[n - 1] == '/' ? strncmp(url, p, n) == 0 && url[n] != '\0'
		                    : strcmp(url, p) == 0)
			return &routes[i];
	}
	return NULL;
}

static int method_fits(const route *rt, const char *method)
{
	return strcmp(method, rt->method) == 0 ||
	       (strcmp(rt->method, "GET") == 0 && strcmp(method, "HEAD") == 0);
}

/* ============================================================== answers */

double gsb_serve_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void gsb_serve_json(gsb_serve_answer *a, int status, void *json_value)
{
	json_t *v = json_value;
	char *text = v ? json_dumps(v, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
	json_decref(v);
	gsb_serve_buf_free(&a->body);
	a->xml = 0;
	a->status = status;
	if (text == NULL || gsb_serve_buf_puts(&a->body, text) < 0 ||
	    gsb_serve_buf_puts(&a->body, "\n") < 0) {
		a->status = MHD_HTTP_INTERNAL_SERVER_ERROR;
		gsb_serve_buf_free(&a->body);
	}
	free(text);
}

void gsb_serve_fail(gsb_serve_answer *a, int status, gsb_lang lang, const char *code,
                    const char *zh, const char *en)
{
	json_t *o = json_object();
	if (o != NULL) {
		json_object_set_new(o, "error", json_string(lang == GSB_LANG_ZH ? zh : en));
		if (code != NULL)
			json_object_set_new(o, "code", json_string(code));
	}
	gsb_serve_json(a, status, o);
}

/* The language of a request's messages before its lang is checked. */
static gsb_lang rough_lang(const gsb_serve *s, struct MHD_Connection *c)
{
	const char *v = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "lang");
	if (v != NULL && strcmp(v, "en") == 0)
		return GSB_LANG_EN;
	if (v != NULL && strcmp(v, "zh") == 0)
		return GSB_LANG_ZH;
	return s->lang;
}

int gsb_serve_lang(gsb_serve_answer *a, const gsb_serve *s, struct MHD_Connection *c,
                   gsb_lang *lang)
{
	const char *v = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "lang");
	*lang = rough_lang(s, c);
	if (v == NULL || strcmp(v, "zh") == 0 || strcmp(v, "en") == 0)
		return 0;
	gsb_serve_fail(a, MHD_HTTP_BAD_REQUEST, s->lang, NULL, "参数 lang 只能是 zh 或 en",
	               "the parameter lang is zh or en");
	return -1;
}

static enum MHD_Result queue(const gsb_serve *s, struct MHD_Connection *c,
                             gsb_serve_request *r, gsb_serve_answer *a)
{
	if (a->status == 0)
		a->status = MHD_HTTP_INTERNAL_SERVER_ERROR;
	size_t len = a->body.failed ? 0 : a->body.len;
	struct MHD_Response *resp = MHD_create_response_from_buffer(
		len, len ? a->body.data : (void *)"", len ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
	if (resp == NULL) {
		gsb_serve_buf_free(&a->body);
		return MHD_NO;
	}
	if (len)
		a->body.data = NULL; /* libmicrohttpd frees it */
	gsb_serve_buf_free(&a->body);
	MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE,
	                        a->xml ? "application/xml" : "application/json");
	if (a->allow != NULL)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, a->allow);
	if (a->status == MHD_HTTP_UNAUTHORIZED)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_WWW_AUTHENTICATE, "Bearer");
	if (atomic_load(&s->draining))
		MHD_add_response_header(resp, MHD_HTTP_HEADER_CONNECTION, "close");
	enum MHD_Result ok = MHD_queue_response(c, (unsigned)a->status, resp);
	MHD_destroy_response(resp);
	if (ok == MHD_YES) {
		r->status = a->status;
		r->bytes = len;
	}
	return ok;
}

/* ================================================= before the body comes */

static int token_ok(const gsb_serve *s, struct MHD_Connection *c)
{
	const char *v = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
	                                            MHD_HTTP_HEADER_AUTHORIZATION);
	if (v == NULL || strncasecmp(v, "Bearer ", 7) != 0)
		return 0;
	v += 7;
	while (*v == ' ')
		v++;
	/* compared in time that does not depend on where they differ */
	size_t n = strlen(s->token), m = strlen(v);
	unsigned char diff = n != m;
	for (size_t i = 0; i < n; i++)
		diff |= (unsigned char)s->token[i] ^ (unsigned char)(i < m ? v[i] : 0);
	return diff == 0;
}

/* The answer of a request refused on its head alone: 1 (in *a), or 0 to go
 * on with rt its endpoint. */
static int refuse(gsb_serve_answer *a, const gsb_serve *s, struct MHD_Connection *c,
                  const char *url, const char *method, const route **rt)
{
	gsb_lang lang = rough_lang(s, c);
	*rt = find_route(url);
	if (s->token != NULL && !(*rt != NULL && (*rt)->open) && !token_ok(s, c)) {
		gsb_serve_fail(a, MHD_HTTP_UNAUTHORIZED, lang, NULL,
		               "需要 Authorization: Bearer 令牌", "Authorization: Bearer TOKEN needed");
		return 1;
	}
	if (*rt == NULL) {
		gsb_serve_fail(a, MHD_HTTP_NOT_FOUND, lang, NULL, "没有这个路径（见 /v1/openapi.json）",
		               "no such path (see /v1/openapi.json)");
		return 1;
	}
	if (!method_fits(*rt, method)) {
		a->allow = strcmp((*rt)->method, "GET") == 0 ? "GET, HEAD" : "POST";
		gsb_serve_fail(a, MHD_HTTP_METHOD_NOT_ALLOWED, lang, NULL, "这个路径不接受此方法",
		               "this path does not take this method");
		return 1;
	}
	if ((*rt)->body == 0)
		return 0;
	gsb_body_kind kind = gsb_serve_body_kind(
		MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE));
	if (!((kind == GSB_BODY_XML && ((*rt)->body & TAKES_XML)) ||
	      (kind == GSB_BODY_JSON && ((*rt)->body & TAKES_JSON)))) {
		if ((*rt)->body & TAKES_JSON)
			gsb_serve_fail(a, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE, lang, NULL,
			               "请求体须为 application/xml 或 application/json",
			               "the body must be application/xml or application/json");
		else
			gsb_serve_fail(a, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE, lang, NULL,
			               "请求体须为 application/xml（此版本不读取 JSON 文档）",
			               "the body must be application/xml (this version reads no JSON documents)");
		return 1;
	}
	const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
	                                             MHD_HTTP_HEADER_CONTENT_LENGTH);
	if (cl != NULL && strtoull(cl, NULL, 10) > s->max_body) {
		gsb_serve_fail(a, MHD_HTTP_CONTENT_TOO_LARGE, lang, NULL, "请求体超过 --max-body",
		               "the body is larger than --max-body");
		return 1;
	}
	return 0;
}

/* ============================================================ callbacks */

void *gsb_serve_uri_log(void *cls, const char *uri, struct MHD_Connection *c)
{
	(void)cls;
	(void)c;
	gsb_serve_request *r = calloc(1, sizeof *r);
	if (r == NULL)
		return NULL;
	r->start = gsb_serve_now();
	size_t i = 0;
	for (; uri != NULL && uri[i] != '\0' && uri[i] != '?' && i + 1 < sizeof r->path; i++)
		r->path[i] = (unsigned char)uri[i] < 0x21 || uri[i] == 0x7f ? '?' : uri[i];
	r->path[i] = '\0';
	return r;
}

static void copy_method(gsb_serve_request *r, const char *method)
{
	size_t i = 0;
	for (; method[i] != '\0' && i + 1 < sizeof r->method; i++)
		r->method[i] = (unsigned char)method[i] < 0x21 ? '?' : method[i];
	r->method[i] = '\0';
}

/* Take a piece of the body: kept while within --max-body, then dropped. */
static void take(const gsb_serve *s, gsb_serve_request *r, const char *data, size_t size)
{
	if (r->too_large)
		return;
	if (size > s->max_body - r->body.len) {
		r->too_large = 1;
		gsb_serve_buf_free(&r->body);
		return;
	}
	gsb_serve_buf_write(&r->body, data, size);
}

static enum MHD_Result too_large(const gsb_serve *s, struct MHD_Connection *c,
                                 gsb_serve_request *r)
{
	gsb_serve_answer a = { 0 };
	gsb_serve_fail(&a, MHD_HTTP_CONTENT_TOO_LARGE, rough_lang(s, c), NULL,
	               "请求体超过 --max-body", "the body is larger than --max-body");
	return queue(s, c, r, &a);
}

enum MHD_Result gsb_serve_access(void *cls, struct MHD_Connection *c, const char *url,
                                 const char *method, const char *version,
                                 const char *upload_data, size_t *upload_data_size,
                                 void **req_cls)
{
	(void)version;
	gsb_serve *s = cls;
	gsb_serve_request *r = *req_cls;
	if (r == NULL)
		return MHD_NO; /* out of memory in gsb_serve_uri_log */
	if (!r->started) {
		r->started = 1;
		atomic_fetch_add(&s->in_flight, 1);
		copy_method(r, method);
		gsb_serve_answer a = { 0 };
		const route *rt;
		if (refuse(&a, s, c, url, method, &rt))
			return queue(s, c, r, &a);
		r->route = rt;
		return MHD_YES; /* the body, if any, comes in the next calls */
	}
	if (*upload_data_size > 0) {
		const route *rt = r->route;
		if (r->status == 0 && rt != NULL && rt->body != 0)
			take(s, r, upload_data, *upload_data_size);
		/* a body without Content-Length (chunked) that goes over
		 * --max-body: the rest is read and dropped, and 413 answered at
		 * its end; libmicrohttpd answers only a whole request, so a body
		 * that goes on past another --max-body (at least 1 MiB) more
		 * has its connection closed at once */
		if (r->too_large) {
			r->dropped += *upload_data_size;
			if (r->dropped > (s->max_body > (1u << 20) ? s->max_body : (1u << 20)))
				return MHD_NO;
		}
		*upload_data_size = 0;
		return MHD_YES;
	}
	if (r->status != 0)
		return MHD_YES; /* answered already */
	if (r->too_large)
		return too_large(s, c, r);
	gsb_serve_answer a = { 0 };
	if (r->body.failed)
		gsb_serve_fail(&a, MHD_HTTP_INTERNAL_SERVER_ERROR, rough_lang(s, c), "GSB_ENOMEM",
		               "内存不足", "out of memory");
	else
		((const route *)r->route)->handler(&a, s, c, r);
	gsb_serve_buf_free(&r->body);
	return queue(s, c, r, &a);
}

static const char *ended_how(enum MHD_RequestTerminationCode toe)
{
	switch (toe) {
	case MHD_REQUEST_TERMINATED_COMPLETED_OK:
		return "";
	case MHD_REQUEST_TERMINATED_TIMEOUT_REACHED:
		return " (timed out)";
	case MHD_REQUEST_TERMINATED_CLIENT_ABORT:
		return " (client closed)";
	case MHD_REQUEST_TERMINATED_DAEMON_SHUTDOWN:
		return " (shutdown)";
	case MHD_REQUEST_TERMINATED_READ_ERROR:
		return " (read error)";
	default:
		return " (error)";
	}
}

void gsb_serve_completed(void *cls, struct MHD_Connection *c, void **req_cls,
                         enum MHD_RequestTerminationCode toe)
{
	(void)c;
	gsb_serve *s = cls;
	gsb_serve_request *r = *req_cls;
	if (r == NULL)
		return;
	*req_cls = NULL;
	char line[320], status[8] = "-";
	if (r->status != 0)
		snprintf(status, sizeof status, "%d", r->status);
	int n = snprintf(line, sizeof line, "%s %s %s %zu %.2f ms%s\n",
	                 r->method[0] ? r->method : "-", r->path[0] ? r->path : "-", status,
	                 r->bytes, (gsb_serve_now() - r->start) * 1e3, ended_how(toe));
	if (n > 0)
		gsb_serve_log(line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
	if (r->started)
		atomic_fetch_sub(&s->in_flight, 1);
	gsb_serve_buf_free(&r->body);
	free(r);
}
