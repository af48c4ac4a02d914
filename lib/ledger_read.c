/*
 * libgeshibai — reading a ledger document (docs/formats.md "Ledger") for the
 * funding-misuse audit of provision 5.4, as a stream: each record goes to a
 * sink (the in-memory ledger, or the auditor of misuse.c) as soon as it is
 * read, so a ledger of millions of expenses is never held in memory.
 *
 * Hardened by xml.h (the reader of every document: XML_PARSE_NONET only, any
 * DOCTYPE refused, libxml2's errors captured per reader), the document
 * validated while it streams against the built-in data/ledger.xsd. The
 * errors are the ledger's own words: they carry the file ("(standard
 * input)" for "-"), the line of the record and its element path
 * ("ledger/expense/@amount").
 */
#include <errno.h>
#include <string.h>
#include "ledger_int.h"
#include "xml.h"

/* ---------------------------------------------------------------- reader */

typedef struct {
	gsb_xml *x;
	const char *file;          /* path or name, for errors */
	gsb__record_fn sink;
	void *ctx;
	char application[128];     /* for errors */
} reader_t;

/* The attributes of one element (NULL when absent), valid until the reader
 * moves on: each record goes to the sink before that. */
#define MAX_ATTRS 6
typedef struct {
	const char *path;          /* "ledger/expense" */
	long line;
	const char *v[MAX_ATTRS];
	const char *names[MAX_ATTRS];
} attrs_t;

static void attrs_get(reader_t *rd, attrs_t *a, const char *path, const char *const *names)
{
	a->path = path;
	a->line = gsb_xml_reader_line(rd->x);
	for (int i = 0; i < MAX_ATTRS && names[i] != NULL; i++) {
		a->names[i] = names[i];
		a->v[i] = gsb_xml_reader_attr(rd->x, names[i]);
	}
}

static int bad(reader_t *rd, const attrs_t *a, int i, int code, const char *what)
{
	char element[96];
	snprintf(element, sizeof element, "%s/@%s", a->path, a->names[i]);
	return gsb__error_at(code, rd->file, a->line, element, rd->application[0] ? rd->application : NULL,
	                     "%s '%.60s'", what, a->v[i]);
}

static int missing(reader_t *rd, const attrs_t *a, int i)
{
	char element[96];
	snprintf(element, sizeof element, "%s/@%s", a->path, a->names[i]);
	return gsb__error_at(GSB_ESCHEMA, rd->file, a->line, element,
	                     rd->application[0] ? rd->application : NULL,
	                     "attribute '%s' is required", a->names[i]);
}

static int get_amount(reader_t *rd, const attrs_t *a, int i, gsb_fen *out)
{
	if (a->v[i] == NULL)
		return missing(rd, a, i);
	const char *s = a->v[i];
	/* docs/formats.md: yuan, at most two decimals, no sign */
	if (*s == '-' || gsb_fen_parse(out, s) != GSB_OK) {
		int code = gsb_error_last()->code == GSB_EOVERFLOW ? GSB_EOVERFLOW : GSB_ESCHEMA;
		return bad(rd, a, i, code, code == GSB_EOVERFLOW ? "amount does not fit in 64-bit fen"
		                                                 : "malformed amount");
	}
	return GSB_OK;
}

static int get_date(reader_t *rd, const attrs_t *a, int i, gsb_date *out, bool required)
{
	*out = GSB_DATE_NONE;
	if (a->v[i] == NULL)
		return required ? missing(rd, a, i) : GSB_OK;
	if (gsb_date_parse(out, a->v[i]) != GSB_OK)
		return bad(rd, a, i, GSB_ESCHEMA, "malformed date (YYYY-MM-DD)");
	return GSB_OK;
}

static int get_text(reader_t *rd, const attrs_t *a, int i, const char **out, bool required)
{
	*out = a->v[i];
	if (required && (a->v[i] == NULL || a->v[i][0] == '\0'))
		return a->v[i] == NULL ? missing(rd, a, i) : bad(rd, a, i, GSB_ESCHEMA, "empty value");
	return GSB_OK;
}

static int get_bool(reader_t *rd, const attrs_t *a, int i, gsb_tri *out)
{
	*out = GSB_UNKNOWN;
	if (a->v[i] == NULL)
		return GSB_OK;
	const char *s = a->v[i];
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	size_t n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
		n--;
	if ((n == 4 && !strncmp(s, "true", 4)) || (n == 1 && *s == '1'))
		*out = GSB_TRUE;
	else if ((n == 5 && !strncmp(s, "false", 5)) || (n == 1 && *s == '0'))
		*out = GSB_FALSE;
	else
		return bad(rd, a, i, GSB_ESCHEMA, "not a boolean");
	return GSB_OK;
}

static int get_number(reader_t *rd, const attrs_t *a, int i, gsb__dec *out)
{
	if (a->v[i] == NULL)
		return missing(rd, a, i);
	if (a->v[i][0] == '-' || gsb__dec_parse(out, a->v[i], 6) != GSB_OK)
		return bad(rd, a, i, GSB_ESCHEMA, "malformed number (at most six decimals)");
	return GSB_OK;
}

static int emit(reader_t *rd, gsb__record *rec, const attrs_t *a)
{
	rec->line = a->line;
	int rc = rd->sink(rd->ctx, rec);
	if (rc != GSB_OK) {
		const gsb_error *e = gsb_error_last();
		char text[1536];
		gsb__error_text(e, text, sizeof text);
		if (e->line == 0) /* a sink error without a place: this record */
			gsb__error_at(rc, rd->file, a->line, a->path,
			              rd->application[0] ? rd->application : NULL, "%s", text);
	}
	return rc;
}

/* ---------------------------------------------------------- the records */

static int read_ledger(reader_t *rd)
{
	static const char *const names[] = { "application", "asOf", NULL };
	attrs_t a;
	attrs_get(rd, &a, "ledger", names);
	gsb__record rec = { .kind = GSB__REC_HEADER };
	int rc = get_date(rd, &a, 1, &rec.date, false);
	if (rc == GSB_OK) {
		rec.application = a.v[0];
		if (a.v[0])
			snprintf(rd->application, sizeof rd->application, "%s", a.v[0]);
		rc = emit(rd, &rec, &a);
	}
	return rc;
}

static int read_award(reader_t *rd)
{
	static const char *const names[] = { "amount", "approved", "national", NULL };
	attrs_t a;
	attrs_get(rd, &a, "ledger/award", names);
	gsb__record rec = { .kind = GSB__REC_AWARD };
	int rc;
	if ((rc = get_amount(rd, &a, 0, &rec.amount)) == GSB_OK &&
	    (rc = get_date(rd, &a, 1, &rec.date, false)) == GSB_OK &&
	    (rc = get_bool(rd, &a, 2, &rec.national)) == GSB_OK)
		rc = emit(rd, &rec, &a);
	return rc;
}

static int read_investment(reader_t *rd)
{
	static const char *const names[] = { "total", NULL };
	attrs_t a;
	attrs_get(rd, &a, "ledger/investment", names);
	gsb__record rec = { .kind = GSB__REC_INVESTMENT };
	int rc = get_amount(rd, &a, 0, &rec.amount);
	if (rc == GSB_OK)
		rc = emit(rd, &rec, &a);
	return rc;
}

static int read_budget(reader_t *rd)
{
	attrs_t a = { .path = "ledger/budget", .line = gsb_xml_reader_line(rd->x) };
	gsb__record rec = { .kind = GSB__REC_BUDGET };
	return emit(rd, &rec, &a);
}

static int read_line(reader_t *rd)
{
	static const char *const names[] = { "category", "amount", NULL };
	attrs_t a;
	attrs_get(rd, &a, "ledger/budget/line", names);
	gsb__record rec = { .kind = GSB__REC_LINE };
	int rc;
	if ((rc = get_text(rd, &a, 0, &rec.category, true)) == GSB_OK &&
	    (rc = get_amount(rd, &a, 1, &rec.amount)) == GSB_OK)
		rc = emit(rd, &rec, &a);
	return rc;
}

static int read_transfer(reader_t *rd)
{
	static const char *const names[] = { "id", "from", "to", "amount", "date", NULL };
	attrs_t a;
	attrs_get(rd, &a, "ledger/transfer", names);
	gsb__record rec = { .kind = GSB__REC_TRANSFER };
	int rc;
	if ((rc = get_text(rd, &a, 0, &rec.id, true)) == GSB_OK &&
	    (rc = get_text(rd, &a, 1, &rec.from, true)) == GSB_OK &&
	    (rc = get_text(rd, &a, 2, &rec.to, true)) == GSB_OK &&
	    (rc = get_amount(rd, &a, 3, &rec.amount)) == GSB_OK &&
	    (rc = get_date(rd, &a, 4, &rec.date, true)) == GSB_OK)
		rc = emit(rd, &rec, &a);
	return rc;
}

static int read_expense(reader_t *rd)
{
	static const char *const names[] = { "id", "date", "amount", "category", "invoice", "payee", NULL };
	attrs_t a;
	attrs_get(rd, &a, "ledger/expense", names);
	gsb__record rec = { .kind = GSB__REC_EXPENSE };
	int rc;
	if ((rc = get_text(rd, &a, 0, &rec.id, true)) == GSB_OK &&
	    (rc = get_date(rd, &a, 1, &rec.date, true)) == GSB_OK &&
	    (rc = get_amount(rd, &a, 2, &rec.amount)) == GSB_OK &&
	    (rc = get_text(rd, &a, 3, &rec.category, true)) == GSB_OK) {
		rec.invoice = a.v[4];
		rec.payee = a.v[5];
		rc = emit(rd, &rec, &a);
	}
	return rc;
}

static int read_subsidy(reader_t *rd)
{
	static const char *const names[] = { "amount", "source", NULL };
	attrs_t a;
	attrs_get(rd, &a, "ledger/subsidy", names);
	gsb__record rec = { .kind = GSB__REC_SUBSIDY, .source = a.v[1] };
	int rc = get_amount(rd, &a, 0, &rec.amount);
	if (rc == GSB_OK)
		rc = emit(rd, &rec, &a);
	return rc;
}

static int read_metric(reader_t *rd)
{
	static const char *const names[] = { "name", "declared", "verified", NULL };
	attrs_t a;
	attrs_get(rd, &a, "ledger/metric", names);
	gsb__record rec = { .kind = GSB__REC_METRIC };
	int rc;
	if ((rc = get_text(rd, &a, 0, &rec.name, true)) == GSB_OK &&
	    (rc = get_number(rd, &a, 1, &rec.declared)) == GSB_OK &&
	    (rc = get_number(rd, &a, 2, &rec.verified)) == GSB_OK)
		rc = emit(rd, &rec, &a);
	return rc;
}

/* One element: the record it is, by depth and local name. Unknown elements
 * are left to the schema (which reports them). */
static int element(reader_t *rd)
{
	xmlTextReaderPtr r = gsb_xml_reader(rd->x);
	const char *ns = (const char *)xmlTextReaderConstNamespaceUri(r);
	if (ns == NULL || strcmp(ns, GSB_XML_NS) != 0)
		return GSB_OK;
	const char *name = (const char *)xmlTextReaderConstLocalName(r);
	int depth = gsb_xml_depth(rd->x);
	static const struct {
		int depth;
		const char *name;
		int (*read)(reader_t *);
	} table[] = {
		{ 0, "ledger", read_ledger },     { 1, "award", read_award },
		{ 1, "investment", read_investment }, { 1, "budget", read_budget },
		{ 2, "line", read_line },         { 1, "transfer", read_transfer },
		{ 1, "expense", read_expense },   { 1, "subsidy", read_subsidy },
		{ 1, "metric", read_metric },
	};
	for (size_t i = 0; i < GSB_ARRAY_LEN(table); i++)
		if (table[i].depth == depth && strcmp(table[i].name, name) == 0)
			return table[i].read(rd);
	return GSB_OK;
}

/* The text between "key'" and the next "'" in a libxml2 message, or "". */
static void quoted(const char *msg, const char *key, char *out, size_t size)
{
	out[0] = '\0';
	const char *p = strstr(msg, key);
	if (p == NULL)
		return;
	p += strlen(key);
	const char *q = strchr(p, '\'');
	if (q == NULL)
		return;
	snprintf(out, size, "%.*s", (int)(q - p), p);
}

/*
 * The schema validator checks a record as the parser reads ahead, before the
 * reader hands it to us: turn its message ("Element '{urn:geshibai:1}transfer',
 * attribute 'amount': [facet 'pattern'] The value '1,5' is not accepted ...")
 * into ours, with the element path "ledger/transfer/@amount".
 */
static int schema_error(reader_t *rd, const char *msg, long line)
{
	char elem[64], attr[64], value[96], path[160];
	const char *app = rd->application[0] ? rd->application : NULL;
	quoted(msg, "Element '{" GSB_XML_NS "}", elem, sizeof elem);
	quoted(msg, "attribute '", attr, sizeof attr);
	if (strstr(msg, "[facet '"))
		quoted(msg, "The value '", value, sizeof value);
	else /* "…, attribute 'national': 'yes' is not a valid value of …" */
		quoted(msg, "': '", value, sizeof value);
	char words[1024];
	if (!gsb_xml_stream_words(rd->x, words, sizeof words))
		snprintf(words, sizeof words, "%s", msg);
	if (elem[0] == '\0')
		return gsb__error_at(GSB_ESCHEMA, rd->file, line, NULL, app, "%s", words);
	char other[512];
	if (strstr(msg, "No matching global declaration") && gsb__wrong_document(other, sizeof other, elem))
		return gsb__error_at(GSB_ESCHEMA, rd->file, line, elem, NULL, "%s", other);
	snprintf(path, sizeof path, "%s%s%s%s%s", strcmp(elem, "ledger") == 0 ? "" : "ledger/",
	         strcmp(elem, "line") == 0 ? "budget/" : "", elem, attr[0] ? "/@" : "", attr);
	/* what the ledger's own reading says of the same value (see bad()) */
	const char *what = NULL;
	if (attr[0] && strstr(msg, "is required but missing"))
		return gsb__error_at(GSB_ESCHEMA, rd->file, line, path, app,
		                     "attribute '%s' is required", attr);
	if (attr[0] && strstr(msg, "[facet 'minLength']") && value[0] == '\0')
		what = "empty value";
	else if (attr[0] && value[0] && strstr(msg, "[facet 'pattern']")) {
		if (!strcmp(attr, "amount") || !strcmp(attr, "total"))
			what = "malformed amount";
		else if (!strcmp(attr, "date") || !strcmp(attr, "approved") || !strcmp(attr, "asOf"))
			what = "malformed date (YYYY-MM-DD)";
		else if (!strcmp(attr, "declared") || !strcmp(attr, "verified"))
			what = "malformed number (at most six decimals)";
	} else if (!strcmp(attr, "national") && strstr(msg, "xs:boolean"))
		what = "not a boolean";
	if (what != NULL)
		return gsb__error_at(GSB_ESCHEMA, rd->file, line, path, app, "%s '%.60s'", what, value);
	return gsb__error_at(GSB_ESCHEMA, rd->file, line, path, app, "%s", words);
}

/* GSB_EIO from xml.c: errno says why. */
static int cannot_read(const reader_t *rd)
{
	return gsb__error_at(GSB_EIO, rd->file, 0, NULL, NULL, "cannot read '%s': %s",
	                     rd->file ? rd->file : "-", strerror(errno));
}

/* A failure of the reader (xml.c has set the error): in the ledger's words. */
static int xml_error(reader_t *rd, int rc)
{
	const gsb_error *e = gsb_error_last();
	const char *app = rd->application[0] ? rd->application : NULL;
	long line = 0;
	const char *msg = gsb_xml_stream_message(rd->x, &line);
	if (e->element && strcmp(e->element, "DOCTYPE") == 0)
		return gsb__error_at(GSB_EPARSE, rd->file, e->line, NULL, NULL,
		                     "a document with a DOCTYPE declaration is refused");
	if (msg != NULL)
		return schema_error(rd, msg, line > 0 ? line : gsb_xml_reader_line(rd->x));
	if (rc == GSB_EPARSE)
		return gsb__error_at(GSB_EPARSE, rd->file, e->line, NULL, app,
		                     "not a well-formed XML document");
	if (rc == GSB_EIO)
		return cannot_read(rd);
	/* any other as xml.c words it, under the ledger's name for the document */
	char text[1536], element[256];
	gsb__error_text(e, text, sizeof text);
	snprintf(element, sizeof element, "%s", e->element ? e->element : "");
	return gsb__error_at(rc, rd->file, e->line, element[0] ? element : NULL, app, "%s", text);
}

/* The children of the element at depth, each read as its record, and theirs. */
static int children(reader_t *rd, int depth)
{
	int rc;
	while ((rc = gsb_xml_next_child(rd->x, depth)) == 1)
		if ((rc = element(rd)) != GSB_OK || (rc = children(rd, depth + 1)) != GSB_OK)
			return rc;
	return rc < 0 ? xml_error(rd, rc) : GSB_OK;
}

static int stream(reader_t *rd)
{
	const char *root = NULL;
	int rc = gsb_xml_root(rd->x, &root);
	if (root != NULL && (rc != GSB_OK || strcmp(root, "ledger") != 0)) {
		/* the reader is on the root (in no namespace or another one, or not a ledger) */
		xmlTextReaderPtr r = gsb_xml_reader(rd->x);
		const char *ns = (const char *)xmlTextReaderConstNamespaceUri(r);
		return gsb__error_at(GSB_ESCHEMA, rd->file, gsb_xml_reader_line(rd->x), root, NULL,
		                     "not a ledger document: the root is '%s'%s%s", root,
		                     ns ? " in " : " without a namespace", ns ? ns : "");
	}
	if (rc != GSB_OK)
		return xml_error(rd, rc);
	/* our own reading first: its message names the value (the validator's
	 * complaints about what it has read ahead come with the next move) */
	if ((rc = element(rd)) != GSB_OK || (rc = children(rd, 0)) != GSB_OK)
		return rc;
	rc = gsb_xml_finish(rd->x);
	return rc < 0 ? xml_error(rd, rc) : GSB_OK;
}

int gsb__ledger_parse(const char *path, const char *xml, size_t len, const char *name,
                      gsb__record_fn sink, void *ctx)
{
	reader_t rd = { .sink = sink, .ctx = ctx };
	int rc;
	if (path != NULL) {
		rd.file = strcmp(path, "-") == 0 ? "(standard input)" : path;
		if ((rc = gsb_xml_open_file(&rd.x, path)) == GSB_EIO)
			return cannot_read(&rd);
	} else {
		rd.file = name;
		rc = gsb_xml_open_memory(&rd.x, xml, len, name);
	}
	if (rc != GSB_OK)
		return rc;
	gsb_xml_defer_stream_errors(rd.x);
	if ((rc = gsb_xml_validate_stream(rd.x, "ledger.xsd")) == GSB_OK)
		rc = stream(&rd);
	gsb_xml_free(rd.x);
	return rc;
}
