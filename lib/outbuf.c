/*
 * libgeshibai — output plumbing: the buffer in front of a report's sink,
 * shared by the XML writer (xw.c) and the JSON writer (jw.c), its inline put
 * in report.h; and a string from what a stdio writer prints (the programme
 * page, the what-if text).
 */
#define _GNU_SOURCE /* open_memstream */
#include <stdio.h>
#include <stdlib.h>
#include "report.h"

void gsb__outbuf_init(gsb__outbuf *b, gsb__sink *sink)
{
	b->sink = sink;
	b->failed = 0;
	b->len = 0;
}

int gsb__outbuf_flush(gsb__outbuf *b)
{
	if (b->len > 0 && !b->failed && gsb__sink_write(b->sink, b->buf, b->len) != GSB_OK)
		b->failed = 1;
	b->len = 0;
	return b->failed ? -1 : 0;
}

__attribute__((noinline)) void gsb__outbuf_put_slow(gsb__outbuf *b, const char *s, size_t n)
{
	gsb__outbuf_flush(b);
	if (n > sizeof b->buf) {
		if (!b->failed && gsb__sink_write(b->sink, s, n) != GSB_OK)
			b->failed = 1;
		return;
	}
	memcpy(b->buf, s, n);
	b->len = n;
}

int gsb__vformat(gsb_write_fn write, void *ctx, const char *fmt, va_list ap)
{
	char small[512], *big = NULL;
	va_list again;
	va_copy(again, ap);
	int len = vsnprintf(small, sizeof small, fmt, ap);
	if (len >= 0 && (size_t)len >= sizeof small) {
		if ((big = malloc((size_t)len + 1)) == NULL) {
			va_end(again);
			return GSB_ENOMEM;
		}
		vsnprintf(big, (size_t)len + 1, fmt, again);
	}
	va_end(again);
	if (len < 0)
		return GSB_ERROR;
	write(ctx, big ? big : small, (size_t)len);
	free(big);
	return GSB_OK;
}

char *gsb__print_to_string(gsb__print_fn print, const void *item, gsb_lang lang,
                           const char *what)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	if (f == NULL) {
		gsb__error(GSB_ENOMEM, "%1$s: out of memory" GSB__ZH "%1$s：内存不足", what);
		return NULL;
	}
	int rc = print(f, item, lang);
	bool failed = ferror(f) != 0;
	if ((fclose(f) != 0 || failed || text == NULL) && rc >= 0)
		rc = gsb__error(GSB_ENOMEM, "%1$s: out of memory" GSB__ZH "%1$s：内存不足", what);
	if (rc < 0) {
		free(text);
		return NULL;
	}
	return text;
}
