/*
 * geshibai serve — the decision service (docs/service.md): one policy,
 * loaded once and never changed, shared by the threads of GNU
 * libmicrohttpd's thread pool. The parts:
 *
 *   serve.c          the command: options, the daemon, SIGTERM, the log line
 *   serve_route.c    each request: token, path and method, body, answer
 *   serve_body.c     request bodies (limit, content type) and answers in memory
 *   serve_handlers.c the endpoints: evaluate, audit, industries, lookup, uscc,
 *                    healthz
 *   serve_openapi.c  the OpenAPI 3 document of the endpoints
 *   serve_log.c      the log on standard error, written every 100 ms
 */
#ifndef GSB_SERVE_H
#define GSB_SERVE_H

#include <stdatomic.h>
#include <stddef.h>
#include <microhttpd.h>
#include "cli.h"

/* The limits and their defaults (docs/service.md, "Limits"). */
#define GSB_SERVE_MAX_BODY (16u << 20)     /* --max-body: bytes of a request body */
#define GSB_SERVE_MAX_CONNECTIONS 256u     /* --max-connections: open at once */
#define GSB_SERVE_TIMEOUT 15u              /* --timeout: seconds a connection may idle */
#define GSB_SERVE_HEADER_MEMORY (16u << 10) /* per connection: request line and headers
                                            (libmicrohttpd zeroes it for every request) */

/* The service: immutable while the daemon runs, except the counters. */
typedef struct {
	const gsb_policy *policy;
	gsb_lang lang;             /* serve --lang, else zh */
	int no_relevance;          /* serve --no-relevance: decisions without relevance unless asked */
	size_t max_body;
	const char *token;         /* --token-file's first line, or NULL: no token */
	atomic_int in_flight;      /* requests begun and not completed */
	atomic_int draining;       /* SIGTERM received: answers close their connection */
} gsb_serve;

/* A growing buffer: a gsb_write_fn for the library's report writers (ctx is
 * the buffer), and the body of an answer. */
typedef struct {
	char *data;
	size_t len, cap;
	int failed;        /* out of memory: the bytes written since are lost */
} gsb_serve_buf;

int gsb_serve_buf_write(void *ctx, const char *bytes, size_t len);
int gsb_serve_buf_puts(gsb_serve_buf *b, const char *text);
void gsb_serve_buf_free(gsb_serve_buf *b);

/* The kind of a request body, from its Content-Type. */
typedef enum {
	GSB_BODY_NONE = 0,  /* no Content-Type */
	GSB_BODY_XML,       /* application/xml, text/xml, application/...+xml */
	GSB_BODY_JSON,      /* application/json */
	GSB_BODY_OTHER
} gsb_body_kind;

gsb_body_kind gsb_serve_body_kind(const char *content_type);
/* 1 when the Accept header asks for XML before JSON. */
int gsb_serve_wants_xml(const char *accept);

/* One request, from its URI to its completion (the log line). */
typedef struct {
	char method[16];
	char path[128];        /* the path, without the query, control bytes as '?' */
	double start;          /* monotonic seconds */
	int status;            /* the answer's status, 0 before one is queued */
	size_t bytes;          /* the answer's body */
	int started;           /* the access handler has seen it (counted in flight) */
	const void *route;     /* the endpoint, once known */
	gsb_serve_buf body;    /* the request body as it arrives */
	int too_large;         /* the body went over --max-body */
	size_t dropped;        /* bytes of such a body dropped since */
} gsb_serve_request;

/* What an endpoint answers: a status and a body (JSON unless xml). */
typedef struct {
	int status;
	int xml;               /* the body is XML */
	gsb_serve_buf body;
	const char *allow;     /* the Allow header of a 405 */
} gsb_serve_answer;

/* The request's lang (its query), else serve --lang. 0, or -1 after
 * answering 400 for a lang other than zh and en. */
int gsb_serve_lang(gsb_serve_answer *a, const gsb_serve *s, struct MHD_Connection *c,
                   gsb_lang *lang);
/* An answer {"error": message, "code": code}: the message in the language
 * of the request (zh first, then en). code may be NULL. */
void gsb_serve_fail(gsb_serve_answer *a, int status, gsb_lang lang, const char *code,
                    const char *zh, const char *en);
/* A jansson value as the JSON answer (the value is released). */
void gsb_serve_json(gsb_serve_answer *a, int status, void *json_value);

/* The endpoints (serve_handlers.c): each fills the answer. */
typedef void (*gsb_serve_handler)(gsb_serve_answer *a, const gsb_serve *s,
                                  struct MHD_Connection *c, const gsb_serve_request *r);
void gsb_serve_evaluate(gsb_serve_answer *a, const gsb_serve *s, struct MHD_Connection *c,
                        const gsb_serve_request *r);
void gsb_serve_audit(gsb_serve_answer *a, const gsb_serve *s, struct MHD_Connection *c,
                     const gsb_serve_request *r);
void gsb_serve_industries(gsb_serve_answer *a, const gsb_serve *s, struct MHD_Connection *c,
                          const gsb_serve_request *r);
void gsb_serve_lookup(gsb_serve_answer *a, const gsb_serve *s, struct MHD_Connection *c,
                      const gsb_serve_request *r);
void gsb_serve_uscc(gsb_serve_answer *a, const gsb_serve *s, struct MHD_Connection *c,
                    const gsb_serve_request *r);
void gsb_serve_healthz(gsb_serve_answer *a, const gsb_serve *s, struct MHD_Connection *c,
                       const gsb_serve_request *r);
void gsb_serve_openapi(gsb_serve_answer *a, const gsb_serve *s, struct MHD_Connection *c,
                       const gsb_serve_request *r);

/* The libmicrohttpd callbacks (serve_route.c); cls is the gsb_serve. */
void *gsb_serve_uri_log(void *cls, const char *uri, struct MHD_Connection *c);
enum MHD_Result gsb_serve_access(void *cls, struct MHD_Connection *c, const char *url,
                                 const char *method, const char *version,
                                 const char *upload_data, size_t *upload_data_size,
                                 void **req_cls);
void gsb_serve_completed(void *cls, struct MHD_Connection *c, void **req_cls,
                         enum MHD_RequestTerminationCode toe);

double gsb_serve_now(void);

/* The log (serve_log.c): lines gathered and written every 100 ms once
 * started; before, and after the stop (which writes what is left), at once. */
void gsb_serve_log_start(void);
void gsb_serve_log(const char *line, size_t len);
void gsb_serve_log_stop(void);

/* The serve command (serve.c): argv[0] is "serve". Returns the exit status. */
int gsb_cli_serve(int argc, char **argv);

#endif
