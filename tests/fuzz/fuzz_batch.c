/*
 * libFuzzer target: the batch invariant (docs/security.md). The input
 * chooses an encoding (or names one: the declaration's bytes), which
 * application of a batch of five to damage, and the damage: raw bytes put
 * into that application's <name>, in the batch's encoding, without a '<'.
 * Whatever the bytes, the streaming reader must give one entry per
 * application, in order: the four others decided with their ids, the
 * damaged one decided or an error in its place — or, for an encoding it
 * cannot read, one error for the document. A declaration naming any other
 * encoding must still end in entries or errors, never a crash or a hang.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "geshibai.h"

#define N 5

static const char *const encodings[] = { "UTF-8", "UTF-16LE", "UTF-16BE", "GBK", "GB18030",
	                                 "ISO-8859-1", "ISO-8859-3", "windows-1252", "US-ASCII",
	                                 "Big5", "Shift_JIS", "EUC-KR" };
#define N_ENC (sizeof encodings / sizeof *encodings)

typedef struct {
	char *b;
	size_t len, cap;
} buf;

static void put(buf *o, const void *p, size_t n)
{
	if (o->len + n > o->cap) {
		o->cap = (o->len + n) * 2 + 256;
		if ((o->b = realloc(o->b, o->cap)) == NULL)
			abort();
	}
	memcpy(o->b + o->len, p, n);
	o->len += n;
}

/* ASCII text in the encoding (UTF-16: two bytes a character). */
static void put_text(buf *o, const char *s, int utf16)
{
	for (; *s; s++) {
		char two[2] = { utf16 == 1 ? *s : 0, utf16 == 1 ? 0 : *s };
		if (utf16)
			put(o, two, 2);
		else
			put(o, s, 1);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	unsigned choice = data[0], damaged = 1 + data[1] % N;
	data += 2;
	size -= 2;
	char name[24];
	const char *enc;
	int strict = choice % 16 < N_ENC;
	if (strict) {
		enc = encodings[choice % 16];
	} else { /* a declaration naming whatever the input says */
		size_t n = 0;
		while (n < size && n < 16 && data[n] != '"' && data[n] != '<' && data[n] != '?' &&
		       data[n] != '>' && data[n] != 0)
			n++;
		memcpy(name, data, n);
		name[n] = '\0';
		data += n;
		size -= n;
		enc = name;
	}
	int utf16 = strcmp(enc, "UTF-16LE") == 0 ? 1 : strcmp(enc, "UTF-16BE") == 0 ? 2 : 0;
	buf o = { 0 };
	char text[160];
	snprintf(text, sizeof text,
	         "<?xml version=\"1.0\" encoding=\"%s\"?>\n<applications xmlns=\"urn:geshibai:1\">\n",
	         utf16 ? "UTF-16" : enc);
	put_text(&o, text, utf16);
	for (unsigned i = 1; i <= N; i++) {
		snprintf(text, sizeof text,
		         "<application id=\"E-%u\" year=\"2019\"><applicant><name>N%u", i, i);
		put_text(&o, text, utf16);
		if (i == damaged)
			for (size_t k = 0; k + (utf16 ? 1 : 0) < size; k += utf16 ? 2 : 1) {
				/* no '<': the damage stays inside this application */
				if (utf16 == 1 && data[k] == '<' && data[k + 1] == 0)
					continue;
				if (utf16 == 2 && data[k] == 0 && data[k + 1] == '<')
					continue;
				if (!utf16 && data[k] == '<')
					continue;
				put(&o, data + k, utf16 ? 2 : 1);
			}
		put_text(&o, "</name></applicant><platform/></application>\n", utf16);
	}
	put_text(&o, "</applications>\n", utf16);

	gsb_reader *r = NULL;
	if (gsb_reader_open_memory(&r, o.b, o.len, "fuzz-batch") != GSB_OK)
		abort(); /* memory: opening reads nothing that can fail */
	int rc, entries = 0, decided = 0, errors = 0, wrong = 0;
	gsb_application *app = NULL;
	while ((rc = gsb_reader_next(r, &app)) != 0 && entries < 10000) {
		entries++;
		if (rc == 1) {
			char want[16];
			snprintf(want, sizeof want, "E-%d", entries);
			const char *id = gsb_application_id(app);
			if (id == NULL || strcmp(id, want) != 0)
				wrong++;
			decided++;
			gsb_application_free(app);
			app = NULL;
		} else {
			if (gsb_error_last()->message[0] == '\0')
				abort(); /* an error without a message */
			if ((unsigned)entries != damaged)
				wrong++;
			errors++;
		}
	}
	if (rc != 0)
		abort(); /* the reader never ends */
	gsb_reader_free(r);
	free(o.b);
	if (strict && !(entries == N && wrong == 0) && !(entries == 1 && decided == 0)) {
		fprintf(stderr, "invariant broken: %s, application %u damaged: %d entries (%d decided,"
		                " %d errors, %d out of place)\n",
		        enc, damaged, entries, decided, errors, wrong);
		abort();
	}
	return 0;
}
