/*
 * libgeshibai — the output buffer in front of a report's sink, shared by the
 * XML writer (xw.c) and the JSON writer (jw.c); its inline put is in
 * report.h.
 */
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
