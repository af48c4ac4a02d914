/*
 * libgeshibai — what xml.c (the hardened reader, schemas, errors) and
 * xml_sax.c (the SAX engine for one child of the root at a time) share.
 * Private to those two files; everyone else uses xml.h.
 */
#ifndef GSB_XML_IMPL_H
#define GSB_XML_IMPL_H

#include <libxml/parser.h>
#include "xml.h"

/* NONET only; BIG_LINES only keeps line numbers past 65535 right. Never
 * NOENT, DTDLOAD, DTDVALID or HUGE (xml.h). */
#define GSB_XML_OPTIONS (XML_PARSE_NONET | XML_PARSE_BIG_LINES)

#if LIBXML_VERSION >= 21200
#define GSB_XML_ERROR_T const xmlError
#else
#define GSB_XML_ERROR_T xmlError
#endif

typedef struct gsb__xschema gsb__xschema;

/* xml_input.c: the SAX engine's input as UTF-8, in a window. */
typedef struct {
	uint64_t at;     /* stream offset of the U+FFFE put in its place */
	uint64_t raw_at; /* its byte offset in the document */
	int8_t n;        /* its bytes */
	unsigned char bytes[8];
} gsb__input_bad;

typedef struct {
	xmlInputReadCallback read;
	void *ctx;
	/* raw bytes not converted yet */
	char *raw;
	size_t raw_len, raw_pos;
	uint64_t raw_total, raw_done;
	struct UConverter *conv; /* NULL: UTF-8, passed through */
	char encoding[64];
	uint16_t lead; /* a lead surrogate waiting for its trail */
	/* the window: UTF-8 bytes [off, off + len) of the stream */
	char *buf;
	size_t len, cap;
	uint64_t off;
	bool eof, io_error;
	char refusal[160]; /* why the document cannot be read at all */
	gsb__input_bad *bad;
	size_t n_bad, cap_bad;
} gsb__input;

/* Find the encoding from the first bytes: GSB_OK, GSB_EIO, GSB_ENOMEM, or
 * GSB_EPARSE with in->refusal saying why the document cannot be read. */
int gsb__input_open(gsb__input *in, xmlInputReadCallback read, void *ctx);
void gsb__input_free(gsb__input *in);
/* Append the next piece to the window: bytes added, 0 at the end, < 0 an
 * error (GSB_EIO, GSB_ENOMEM). */
int gsb__input_more(gsb__input *in);
/* The bytes before stream offset from are no longer needed. */
void gsb__input_keep(gsb__input *in, uint64_t from);
/* The first ill-formed sequence replaced in [from, to), or NULL. */
const gsb__input_bad *gsb__input_bad_at(const gsb__input *in, uint64_t from, uint64_t to);
typedef struct gsb__sax gsb__sax;

/* The first error of one kind (parser or validator), as libxml2 gave it. */
typedef struct {
	bool set;
	int domain, code;
	long line;
	const xmlNode *node;
	char message[512];
	char str1[128], str2[128]; /* libxml2's str1, str2 ("" when none) */
	int int1;
} gsb__xerr;

/* gsb__xerr.code past libxml2's: what the input (xml_input.c) found where
 * the parser stopped, worded by gsb__xml_parse_message like libxml2's. */
enum {
	GSB__XERR_BAD_BYTES = 100001, /* str1 the bytes, str2 the encoding, int1 the byte offset */
	GSB__XERR_NOT_UTF8,           /* int1 the offset of the first invalid byte */
	GSB__XERR_NOT_CLOSED          /* str1 a child of the root opened on line int1 holds another */
};

/* The parser's error in words, "English\x1f中文" (xml_errors.c). */
void gsb__xml_parse_message(char *out, size_t size, const gsb__xerr *e);

struct gsb_xml {
	xmlTextReaderPtr reader; /* the streaming reader, or NULL with sax */
	gsb__sax *sax;           /* the SAX engine (xml_sax.c), or NULL */
	char *name;
	/* input */
	int fd;
	bool own_fd;
	const char *mem; /* served first: the document, or pre */
	size_t mem_len, mem_pos;
	size_t total; /* bytes read so far */
	int io_errno;
	/* the prolog, scanned as it is read for the line of a DOCTYPE */
	bool prolog_done;
	long prolog_line, doctype_line;
	char carry[9];
	size_t n_carry;
	/* errors */
	gsb__xerr perr, verr;
	bool saw_doctype;
	char root[128]; /* local name of the root, once read */
	int final_rc;
	char final_msg[1024], final_elem[256];
	long final_line;
	/* validation */
	const gsb__xschema *vschema;
	xmlSchemaValidCtxtPtr vctxt;
	bool streaming, defer;
	/* paths and values */
	const xmlNode *base;
	xmlChar **scratch;
	size_t n_scratch, cap_scratch;
	/* bytes already read from fd by the caller (owned; mem points to them) */
	char *pre;
	/* errors at a node located by the caller (a tree built from JSON) */
	gsb_xml_locator locate;
	void *locate_ctx;
};

/* xml.c: the structured error handler of every parser and validator
 * (ctx: the gsb_xml); remember and set a final error; say why the parser
 * failed (I/O, DOCTYPE, libxml2's message) as a final error. */
void gsb__xml_on_error(void *ctx, GSB_XML_ERROR_T *e);
int gsb__xml_final(gsb_xml *x, int code, long line, const char *element, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
int gsb__xml_parse_failure(gsb_xml *x);
/* The final error again (x->final_rc set). */
int gsb__xml_again(gsb_xml *x);

/* xml_sax.c: the engine behind gsb_xml_open_*_sax. */
gsb__sax *gsb__sax_new(const gsb_xml_handlers *h, void *ctx);
/* Create the push parser on x's input callback (x->sax set). */
int gsb__sax_start(gsb_xml *x, xmlInputReadCallback read);
void gsb__sax_free(gsb__sax *s);
/* The parser's current line, 0 before it exists. */
long gsb__sax_line(const gsb__sax *s);

#endif
