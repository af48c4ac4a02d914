/*
 * libgeshibai — the input of the SAX engine (xml_sax.c): the document's
 * bytes as UTF-8, whatever encoding it is in, in a window the engine can
 * go back in (to start a fresh parser at the next application of a batch).
 *
 * Why not libxml2's own converter: libxml2 2.9 converts other encodings
 * with iconv/ICU in pieces and, on an invalid sequence, reports "encoding
 * error" on standard error and may stop the document there without an
 * error of the parser, so that the applications after it vanish silently.
 * Here the encoding is found (byte order mark, the first bytes, the XML
 * declaration), any other than UTF-8 is converted with an ICU converter
 * that stops at each ill-formed sequence, and each such sequence becomes
 * U+FFFE (which XML does not allow, so the parser fails there, inside the
 * application that holds it) with a record of where it was and what it
 * was, so that the error says "invalid byte sequence" in words. UTF-8
 * passes through untouched (libxml2 checks it as it parses): the common
 * case costs no more than before.
 *
 * Documents that cannot be read at all are refused before parsing, with
 * what they are: UTF-32 and EBCDIC ("encoding … not supported"), two byte
 * order marks, an encoding ICU does not know, an UTF-16 declaration on
 * bytes that are not UTF-16.
 */
#define _GNU_SOURCE /* memmem */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicode/ucnv.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>
#include "xml_impl.h"

#define GSB_IN_CHUNK 32768

/* Room for need more bytes in the window. */
static int room(gsb__input *in, size_t need)
{
	if (in->cap - in->len >= need)
		return GSB_OK;
	size_t cap = in->cap ? in->cap : 2 * GSB_IN_CHUNK;
	while (cap - in->len < need)
		cap *= 2;
	char *b = realloc(in->buf, cap);
	if (b == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	in->buf = b;
	in->cap = cap;
	return GSB_OK;
}

/* Raw bytes from the callback into raw (a partial read is fine). */
static int read_raw(gsb__input *in, char *to, int len)
{
	int n = in->read(in->ctx, to, len);
	if (n < 0)
		in->io_error = true;
	else
		in->raw_total += (uint64_t)n;
	return n;
}

/* ------------------------------------------------------------ sniffing */

static bool starts(const unsigned char *b, size_t n, const char *bytes, size_t len)
{
	return n >= len && memcmp(b, bytes, len) == 0;
}

/* The value of encoding="…" in an XML declaration at the start of b (ASCII
 * bytes), into name; false when there is none. */
static bool declared_encoding(const char *b, size_t n, char *name, size_t size)
{
	if (n < 6 || memcmp(b, "<?xml", 5) != 0)
		return false;
	const char *end = memmem(b, n, "?>", 2);
	if (end == NULL)
		end = b + n;
	const char *p = memmem(b, (size_t)(end - b), "encoding", 8);
	if (p == NULL)
		return false;
	p += 8;
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
		p++;
	if (p >= end || *p++ != '=')
		return false;
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
		p++;
	if (p >= end || (*p != '"' && *p != '\''))
		return false;
	char q = *p++;
	size_t i = 0;
	while (p < end && *p != q && i + 1 < size)
		name[i++] = *p++;
	name[i] = '\0';
	return true;
}

static int refuse(gsb__input *in, const char *fmt, const char *what)
{
	snprintf(in->refusal, sizeof in->refusal, fmt, what);
	return GSB_EPARSE;
}

/* Open an ICU converter for name, stopping at each ill-formed sequence. */
static int open_converter(gsb__input *in, const char *name)
{
	UErrorCode err = U_ZERO_ERROR;
	in->conv = (struct UConverter *)ucnv_open(name, &err);
	if (U_FAILURE(err) || in->conv == NULL) {
		in->conv = NULL;
		return refuse(in, "encoding '%.60s' not supported", name);
	}
	ucnv_setToUCallBack(in->conv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
	snprintf(in->encoding, sizeof in->encoding, "%s", name);
	return GSB_OK;
}

/* Decide the encoding from the first bytes (raw[0..raw_len)); skip a byte
 * order mark of UTF-16. GSB_EPARSE (in->refusal says why) when the document
 * cannot be read. */
static int sniff(gsb__input *in)
{
	const unsigned char *b = (const unsigned char *)in->raw;
	size_t n = in->raw_len;
	if (starts(b, n, "\x00\x00\xFE\xFF", 4) || starts(b, n, "\xFF\xFE\x00\x00", 4) ||
	    starts(b, n, "\x00\x00\x00\x3C", 4) || starts(b, n, "\x3C\x00\x00\x00", 4))
		return refuse(in, "encoding %s not supported", "UTF-32");
	if (starts(b, n, "\x4C\x6F\xA7\x94", 4))
		return refuse(in, "encoding %s not supported", "EBCDIC");
	if (starts(b, n, "\xEF\xBB\xBF\xEF\xBB\xBF", 6) || starts(b, n, "\xFF\xFE\xFF\xFE", 4) ||
	    starts(b, n, "\xFE\xFF\xFE\xFF", 4) || starts(b, n, "\xEF\xBB\xBF\xFF\xFE", 5) ||
	    starts(b, n, "\xEF\xBB\xBF\xFE\xFF", 5))
		return refuse(in, "%s", "two byte order marks: not a document in one encoding");
	const char *utf16 = NULL;
	size_t skip = 0;
	if (starts(b, n, "\xFF\xFE", 2))
		utf16 = "UTF-16LE", skip = 2;
	else if (starts(b, n, "\xFE\xFF", 2))
		utf16 = "UTF-16BE", skip = 2;
	else if (n >= 2 && b[0] != 0 && b[1] == 0)
		utf16 = "UTF-16LE";
	else if (n >= 2 && b[0] == 0 && b[1] != 0)
		utf16 = "UTF-16BE";
	if (utf16) {
		in->raw_pos = skip;
		in->raw_done = skip;
		return open_converter(in, utf16);
	}
	char name[64];
	if (!declared_encoding(in->raw, n, name, sizeof name))
		return GSB_OK; /* UTF-8 */
	if (strncasecmp(name, "UTF-32", 6) == 0 || strncasecmp(name, "UCS-4", 5) == 0)
		return refuse(in, "encoding '%.60s' not supported", name);
	if (strncasecmp(name, "UTF-16", 6) == 0 || strncasecmp(name, "UCS-2", 5) == 0 ||
	    strcasecmp(name, "UNICODE") == 0)
		return refuse(in, "encoding '%.60s' declared, but the bytes are not UTF-16", name);
	int rc = open_converter(in, name);
	if (rc != GSB_OK)
		return rc;
	UErrorCode err = U_ZERO_ERROR;
	const char *canonical = ucnv_getName(in->conv, &err);
	if (U_SUCCESS(err) && canonical && strcmp(canonical, "UTF-8") == 0) {
		ucnv_close(in->conv); /* UTF-8 by another name: the fast path */
		in->conv = NULL;
		in->encoding[0] = '\0';
	}
	return GSB_OK;
}

int gsb__input_open(gsb__input *in, xmlInputReadCallback read, void *ctx)
{
	memset(in, 0, sizeof *in);
	in->read = read;
	in->ctx = ctx;
	if ((in->raw = malloc(GSB_IN_CHUNK)) == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	/* enough of the first bytes to see the XML declaration */
	while (in->raw_len < 512) {
		int n = read_raw(in, in->raw + in->raw_len, (int)(GSB_IN_CHUNK - in->raw_len));
		if (n < 0)
			return GSB_EIO;
		if (n == 0)
			break;
		in->raw_len += (size_t)n;
	}
	return sniff(in);
}

void gsb__input_free(gsb__input *in)
{
	if (in->conv)
		ucnv_close(in->conv);
	free(in->raw);
	free(in->buf);
	free(in->bad);
	memset(in, 0, sizeof *in);
}

/* ------------------------------------------------------------ converting */

static int note_bad(gsb__input *in, uint64_t raw_at, const char *bytes, int8_t n)
{
	if (in->n_bad == in->cap_bad &&
	    gsb__grow((void **)&in->bad, &in->cap_bad, in->n_bad, sizeof *in->bad))
		return GSB_ENOMEM;
	gsb__input_bad *b = &in->bad[in->n_bad++];
	b->at = in->off + in->len;
	b->raw_at = raw_at;
	b->n = n > (int8_t)sizeof b->bytes ? (int8_t)sizeof b->bytes : n;
	memcpy(b->bytes, bytes, (size_t)b->n);
	memcpy(in->buf + in->len, "\xEF\xBF\xBE", 3); /* U+FFFE: the parser stops here */
	in->len += 3;
	return GSB_OK;
}

/* UTF-16 code units into the window as UTF-8 (room made by the caller); a
 * lead surrogate at the end waits for its trail in in->lead. */
static void put_utf16(gsb__input *in, const UChar *u, int32_t n)
{
	uint8_t *out = (uint8_t *)in->buf;
	int32_t o = (int32_t)in->len, i = 0;
	if (in->lead && n > 0) {
		UChar32 c = U16_IS_TRAIL(u[0]) ? U16_GET_SUPPLEMENTARY(in->lead, u[0]) : 0xFFFD;
		i = U16_IS_TRAIL(u[0]) ? 1 : 0;
		U8_APPEND_UNSAFE(out, o, c);
		in->lead = 0;
	}
	while (i < n) {
		UChar32 c = u[i++];
		if (U16_IS_LEAD(c)) {
			if (i == n) {
				in->lead = (UChar)c;
				break;
			}
			if (U16_IS_TRAIL(u[i]))
				c = U16_GET_SUPPLEMENTARY(c, u[i++]);
		}
		U8_APPEND_UNSAFE(out, o, c);
	}
	in->len = (size_t)o;
}

/* Convert raw[raw_pos..raw_len) (flush: the input has ended). */
static int convert(gsb__input *in, bool flush)
{
	UChar u[4096];
	const char *src = in->raw + in->raw_pos, *end = in->raw + in->raw_len;
	for (;;) {
		UErrorCode err = U_ZERO_ERROR;
		UChar *t = u;
		const char *before = src;
		ucnv_toUnicode(in->conv, &t, u + GSB_ARRAY_LEN(u), &src, end, NULL, flush, &err);
		in->raw_done += (uint64_t)(src - before);
		int rc = room(in, (size_t)(t - u) * 3 + 16);
		if (rc != GSB_OK)
			return rc;
		put_utf16(in, u, (int32_t)(t - u));
		if (err == U_BUFFER_OVERFLOW_ERROR)
			continue;
		if (U_FAILURE(err)) { /* an ill-formed sequence: U+FFFE in its place */
			char bytes[32];
			int8_t len = sizeof bytes;
			UErrorCode e2 = U_ZERO_ERROR;
			ucnv_getInvalidChars(in->conv, bytes, &len, &e2);
			if (U_FAILURE(e2))
				len = 0;
			if (in->lead) { /* a lead surrogate before it stands alone */
				in->lead = 0;
				memcpy(in->buf + in->len, "\xEF\xBF\xBD", 3);
				in->len += 3;
			}
			if ((rc = note_bad(in, in->raw_done - (uint64_t)len, bytes, len)) != GSB_OK)
				return rc;
			if (src < end || flush)
				continue;
		}
		break;
	}
	if (flush && in->lead) {
		in->lead = 0;
		char none = 0;
		return note_bad(in, in->raw_done, &none, 0);
	}
	in->raw_pos = in->raw_len = 0;
	return GSB_OK;
}

int gsb__input_more(gsb__input *in)
{
	if (in->eof)
		return 0;
	size_t had = in->len;
	if (in->conv == NULL) {
		/* UTF-8: the first bytes, then straight into the window */
		int rc = room(in, GSB_IN_CHUNK);
		if (rc != GSB_OK)
			return rc;
		if (in->raw_len > 0) {
			memcpy(in->buf + in->len, in->raw, in->raw_len);
			in->len += in->raw_len;
			in->raw_len = 0;
			return (int)(in->len - had);
		}
		int n = read_raw(in, in->buf + in->len, GSB_IN_CHUNK);
		if (n < 0)
			return GSB_EIO;
		if (n == 0)
			in->eof = true;
		in->len += (size_t)n;
		return n;
	}
	/* another encoding: until something comes out, or the end */
	while (in->len == had && !in->eof) {
		if (in->raw_len == 0) {
			int n = read_raw(in, in->raw, GSB_IN_CHUNK);
			if (n < 0)
				return GSB_EIO;
			in->raw_len = (size_t)n;
			in->raw_pos = 0;
			if (n == 0)
				in->eof = true;
		}
		int rc = convert(in, in->eof);
		if (rc != GSB_OK)
			return rc;
	}
	return (int)(in->len - had);
}

void gsb__input_keep(gsb__input *in, uint64_t from)
{
	if (from <= in->off)
		return;
	size_t drop = (size_t)(from - in->off);
	if (drop > in->len)
		drop = in->len;
	if (drop < in->len / 2 && drop < GSB_IN_CHUNK) /* amortised: move rarely */
		return;
	memmove(in->buf, in->buf + drop, in->len - drop);
	in->len -= drop;
	in->off += drop;
	size_t k = 0; /* the records of bad sequences before it go too */
	while (k < in->n_bad && in->bad[k].at < in->off)
		k++;
	if (k > 0) {
		memmove(in->bad, in->bad + k, (in->n_bad - k) * sizeof *in->bad);
		in->n_bad -= k;
	}
}

const gsb__input_bad *gsb__input_bad_at(const gsb__input *in, uint64_t from, uint64_t to)
{
	for (size_t i = 0; i < in->n_bad; i++)
		if (in->bad[i].at >= from && in->bad[i].at < to)
			return &in->bad[i];
	return NULL;
}
