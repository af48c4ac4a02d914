/*
 * geshibai serve — GET /v1/openapi.json: the OpenAPI 3 description of the
 * service. The document is data/openapi.json (installed beside the
 * schemas), built into the command as bytes by cli/embed-openapi.sh.
 */
#include <string.h>
#include "serve.h"

extern const unsigned char gsb_serve_openapi_doc[];
extern const size_t gsb_serve_openapi_doc_len;

void gsb_serve_openapi(gsb_serve_answer *a, const gsb_serve *s, struct MHD_Connection *c,
                       const gsb_serve_request *r)
{
	(void)s;
	(void)c;
	(void)r;
	a->status = MHD_HTTP_OK;
	gsb_serve_buf_write(&a->body, (const char *)gsb_serve_openapi_doc, gsb_serve_openapi_doc_len);
}
