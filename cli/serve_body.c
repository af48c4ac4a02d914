/*
 * geshibai serve — bodies: the growing buffer that holds a request body and
 * the answer the library's report writers write into; content types.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "serve.h"

/* Room for len more bytes and a NUL (the capacity doubles from 16 KiB).
 * 0, or -1 (failed) when memory runs out. */
static int reserve(gsb_serve_buf *b, size_t len)
{
	if (!b->failed && b->cap - b->len <= len) {
		size_t cap = b->cap ? b->cap : 16384;
		while (cap - b->len <= len && cap <= SIZE_MAX / 2)
			cap *= 2;
		char *data = cap - b->len > len ? realloc(b->data, cap) : NULL;
		if (data == NULL) {
			b->failed = 1;
		} else {
			b->data = data;
			b->cap = cap;
		}
	}
	return b->failed ? -1 : 0;
}

int gsb_serve_buf_write(void *ctx, const char *bytes, size_t len)
{
	gsb_serve_buf *b = ctx;
	if (reserve(b, len) < 0)
		return -1;
	memcpy(b->data + b->len, bytes, len);
	b->len += len;
	b->data[b->len] = '\0';
	return 0;
}

int gsb_serve_buf_puts(gsb_serve_buf *b, const char *text)
{
	return gsb_serve_buf_write(b, text, strlen(text));
}

void gsb_serve_buf_free(gsb_serve_buf *b)
{
	free(b->data);
	memset(b, 0, sizeof *b);
}

/* The media type of a header value: its first token, without parameters or
 * white space, compared case-insensitively. */
static int media_is(const char *value, size_t len, const char *type)
{
	size_t n = strlen(type);
	return len == n && strncasecmp(value, type, n) == 0;
}

static size_t media_span(const char **value)
{
	const char *v = *value;
	while (*v == ' ' || *v == '\t')
		v++;
	*value = v;
	size_t n = 0;
	while (v[n] != '\0' && v[n] != ';' && v[n] != ',' && v[n] != ' ' && v[n] != '\t')
		n++;
	return n;
}

static int media_xml(const char *v, size_t n)
{
	return media_is(v, n, "application/xml") || media_is(v, n, "text/xml") ||
	       (n > 4 && strncasecmp(v + n - 4, "+xml", 4) == 0 &&
	        strncasecmp(v, "application/", 12) == 0);
}

gsb_body_kind gsb_serve_body_kind(const char *content_type)
{
	if (content_type == NULL)
		return GSB_BODY_NONE;
	const char *v = content_type;
	size_t n = media_span(&v);
	if (media_xml(v, n))
		return GSB_BODY_XML;
	if (media_is(v, n, "application/json"))
		return GSB_BODY_JSON;
	return GSB_BODY_OTHER;
}

int gsb_serve_wants_xml(const char *accept)
{
	/* the first of the listed types that is XML or JSON decides (q-values
	 * are not weighed: clients that want XML name it first or alone) */
	for (const char *v = accept; v != NULL && *v != '\0';) {
		size_t n = media_span(&v);
		if (media_xml(v, n))
			return 1;
		if (media_is(v, n, "application/json"))
			return 0;
		v = strchr(v + n, ',');
		if (v != NULL)
			v++;
	}
	return 0;
}
