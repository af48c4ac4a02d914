/*
 * libgeshibai — applications in (docs/formats.md "Application", "Batch"):
 * the streaming gsb_reader, and one application read whole.
 *
 * A batch streams: each <application> is expanded, checked and converted
 * alone (xml_convert.c) and skipped (freed), so that memory does not grow
 * with the batch and one bad application gives one error while the others
 * are still read. JSON documents are read behind the same reader
 * (json_read.c).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/stat.h>
#include "json_read.h"
#include "reader.h"
#include "xml_app.h"

/* ============================================================ saved errors */

/* A copy of the thread's error, to be raised again later. */
typedef struct {
	int code;
	long line;
	char message[1536], file[256], element[256], application[128];
	bool has_file, has_element, has_application;
} gsb__saved;

static void save(gsb__saved *s)
{
	const gsb_error *e = gsb_error_last();
	s->code = e->code ? e->code : GSB_ERROR;
	s->line = e->line;
	gsb__error_text(e, s->message, sizeof s->message);
	s->has_file = e->file != NULL;
	s->has_element = e->element != NULL;
	s->has_application = e->application != NULL;
	snprintf(s->file, sizeof s->file, "%s", e->file ? e->file : "");
	snprintf(s->element, sizeof s->element, "%s", e->element ? e->element : "");
	snprintf(s->application, sizeof s->application, "%s", e->application ? e->application : "");
}

static int restore(const gsb__saved *s)
{
	return gsb__error_at(s->code, s->has_file ? s->file : NULL, s->line,
	                     s->has_element ? s->element : NULL,
	                     s->has_application ? s->application : NULL, "%s", s->message);
}

/* ============================================================ the reader */

/*
 * The reader runs the SAX engine of xml.h: the parser hands over each
 * application whole and it is validated and converted at once; what comes
 * out (an application or one error) waits in a queue, in document order,
 * for gsb_reader_next(). One piece of input (32 kB) at most is read ahead.
 */

/* An application, or the error in its place. */
typedef struct {
	gsb_application *app;
	gsb__saved *err; /* when app is NULL */
	bool item;       /* an element of the batch (gsb_reader_count) */
} gsb__result;

struct gsb_reader {
	gsb_xml *x;
	gsb__json *json; /* a JSON document (json_read.c) instead of x */
	bool batch;   /* root <applications> */
	bool done;    /* nothing more to read */
	size_t count; /* items returned */
	gsb__result *q;
	size_t q_head, q_len, q_cap;
	bool nomem; /* a result could not be queued */
	/* one application (a document that is not, or not yet known to be, a
	 * batch): its result, held until the document has ended well, so that
	 * junk after it replaces it with the error, in XML as in JSON. */
	bool holding;
	gsb__result held;
};

/* A result at the end of the queue. */
static void enqueue(gsb_reader *r, gsb__result res)
{
	if (r->q_len == r->q_cap && gsb__grow((void **)&r->q, &r->q_cap, r->q_len, sizeof *r->q)) {
		gsb_application_free(res.app);
		free(res.err);
		r->nomem = true;
		return;
	}
	r->q[r->q_len++] = res;
}

/* Whether the document may still be one application, not a batch. */
static bool may_be_one(const gsb_reader *r)
{
	return r->json ? gsb__json_is_batch(r->json) != 1 : !r->batch;
}

/* The id of the held application (or of the one its error names), or NULL. */
static const char *held_id(const gsb__result *held)
{
	if (held->app)
		return gsb_application_id(held->app);
	return held->err && held->err->has_application ? held->err->application : NULL;
}

static void drop_held(gsb_reader *r)
{
	gsb_application_free(r->held.app);
	free(r->held.err);
	r->holding = false;
	r->held = (gsb__result){ 0 };
}

/* The held result queued: the document went on well after it. */
static void release(gsb_reader *r)
{
	if (r->holding)
		enqueue(r, r->held);
	r->holding = false;
	r->held = (gsb__result){ 0 };
}

static void push(gsb_reader *r, gsb_application *app, bool item)
{
	gsb__saved *err = NULL;
	if (app == NULL && (err = malloc(sizeof *err)) == NULL) {
		r->nomem = true;
		return;
	}
	if (r->holding && !may_be_one(r))
		release(r); /* a batch after all (JSON Lines: a second line) */
	if (r->holding && app == NULL) { /* junk after the one application */
		gsb__error_locate(NULL, held_id(&r->held));
		drop_held(r);
		item = true;
	}
	if (err)
		save(err);
	gsb__result res = { app, err, item };
	if (may_be_one(r) && item && !r->done && !r->holding) { /* see fill() */
		r->holding = true;
		r->held = res;
		return;
	}
	enqueue(r, res);
}

/* The thread's error, queued in place of an item (or between items). */
static void push_error(gsb_reader *r, bool item)
{
	push(r, NULL, item);
}

/* The root's attributes: none is declared (namespace declarations are not
 * attributes here); the first is the error. */
static void check_batch_attrs(gsb_reader *r, const xmlNode *root)
{
	const xmlAttr *a = root->properties;
	if (a == NULL)
		return;
	char name[130], path[160];
	const char *prefix = a->ns && a->ns->prefix ? (const char *)a->ns->prefix : NULL;
	snprintf(name, sizeof name, "%s%s%.120s", prefix ? prefix : "", prefix ? ":" : "",
	         (const char *)a->name);
	snprintf(path, sizeof path, "applications/@%s", name);
	gsb__error_at(GSB_ESCHEMA, gsb_xml_name(r->x), gsb_xml_line(root), path, NULL,
	              "unknown attribute '%s'", name);
	push_error(r, false);
}

/* The root: a batch gives its children one at a time, an application
 * comes whole; anything else ends the document. */
static int on_root(void *ctx, gsb_xml *x, xmlNode *root)
{
	gsb_reader *r = ctx;
	const char *name = (const char *)root->name;
	if (strcmp(name, "applications") == 0) {
		r->batch = true;
		check_batch_attrs(r, root);
		return 1;
	}
	if (strcmp(name, "application") == 0)
		return 0;
	char msg[512];
	if (gsb__wrong_document(msg, sizeof msg, name))
		return gsb__error_at(GSB_ESCHEMA, gsb_xml_name(x), gsb_xml_line(root), name, NULL, "%s", msg);
	return gsb__error_at(GSB_ESCHEMA, gsb_xml_name(x), gsb_xml_line(root), name, NULL,
	                     "wrong root element '%.60s': expected 'application' or 'applications'",
	                     name);
}

/* An element of a batch that is not an application. */
static int not_an_application(gsb_reader *r, const xmlNode *n)
{
	gsb_xml_set_base(r->x, NULL);
	if (strcmp((const char *)n->name, "application") == 0)
		return gsb_xml_error(r->x, GSB_ESCHEMA, n, NULL, "unexpected element '%1$s'"
		                     GSB__ZH "元素“%1$s”不应在此处", (const char *)n->name);
	return gsb_xml_error(r->x, GSB_ESCHEMA, n, NULL, "unknown element '%1$s'"
	                     GSB__ZH "未知元素“%1$s”（批量文件中应为 application）", (const char *)n->name);
}

static int decide_item(gsb_reader *r, xmlNode *n, const char *id, gsb_application **out)
{
	if (!gsb_xml_is(n, "application"))
		return not_an_application(r, n);
	return gsb__app_decide(r->x, n, id, out);
}

/* A whole element of the batch (or the one application): one result. */
static void on_element(void *ctx, gsb_xml *x, xmlNode *n)
{
	gsb_reader *r = ctx;
	gsb_application *app = NULL;
	if (decide_item(r, n, gsb__app_id(n), &app) != GSB_OK) {
		gsb_application_free(app);
		app = NULL;
	}
	push(r, app, true);
}

static void on_text(void *ctx, gsb_xml *x, long line)
{
	gsb_reader *r = ctx;
	gsb__error_at(GSB_ESCHEMA, gsb_xml_name(x), line, NULL, NULL, "unexpected text");
	push_error(r, false);
}

/* A broken element of the batch: its error in its place (named by its id
 * when its start tag was read); reading goes on at the next application. */
static void on_broken(void *ctx, gsb_xml *x, const xmlNode *open, bool item)
{
	(void)x;
	gsb_reader *r = ctx;
	if (open)
		gsb__error_locate(NULL, gsb__app_id(open));
	push_error(r, item);
}

static const gsb_xml_handlers reader_handlers = { on_root, on_element, on_text, gsb__app_symbol,
	                                          on_broken };

/* What the JSON reader gives (json_read.h). */
static void on_json(void *ctx, gsb_application *app, bool item)
{
	push(ctx, app, item);
}

/* Read on until something is queued or the document is over. A failure is
 * queued in place of the element it stopped in (named by its id). */
static void fill(gsb_reader *r)
{
	/* JSON Lines: read on until it is known whether there is a second line */
	while ((r->q_len == r->q_head || (r->json && gsb__json_is_batch(r->json) < 0)) && !r->done) {
		if (r->q_head == r->q_len)
			r->q_head = r->q_len = 0;
		if (r->json) {
			r->done = gsb__json_pump(r->json) == 0;
			r->batch = gsb__json_is_batch(r->json) == 1;
			if (r->done || r->batch)
				release(r);
			continue;
		}
		int rc = gsb_xml_pump(r->x);
		if (rc == 1)
			continue;
		r->done = true;
		if (rc < 0) {
			const xmlNode *open = gsb_xml_partial(r->x);
			if (open)
				gsb__error_locate(NULL, gsb__app_id(open));
			push_error(r, open != NULL); /* junk after the one application: in its place */
		}
		release(r);
	}
}

/* Open path ("-": standard input) unless fd is given (>= 0: a duplicate of
 * it is read). The errors of gsb_xml_open_file. */
static int open_input(const char *path, int given, int *fd)
{
	struct stat st;
	if (given >= 0)
		*fd = dup(given);
	else if (strcmp(path, "-") == 0)
		*fd = STDIN_FILENO;
	else
		*fd = open(path, O_RDONLY | O_CLOEXEC);
	if (*fd < 0) {
		int err = errno;
		gsb__error_at(GSB_EIO, path, 0, NULL, NULL, "cannot open '%s': %s", path,
		              strerror(err));
		errno = err; /* as gsb_xml_open_file: errno says why */
		return GSB_EIO;
	}
	if (*fd != STDIN_FILENO && fstat(*fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		close(*fd);
		errno = EISDIR;
		return gsb__error_at(GSB_EIO, path, 0, NULL, NULL, "'%s' is a directory", path);
	}
	return GSB_OK;
}

/* Read up to the first character that is not white space (a few kilobytes
 * at most), to tell JSON from XML: 1 JSON. */
static int sniff_fd(int fd, char *pre, size_t size, size_t *n)
{
	int json = -1;
	*n = 0;
	while (json < 0 && *n < size) {
		ssize_t r = read(fd, pre + *n, size - *n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break; /* the XML reader reports the end or the error as before */
		*n += (size_t)r;
		json = gsb__json_sniff(pre, *n);
	}
	return json;
}

/* A reader on a buffer (xml), a path, or a descriptor (fd >= 0). */
static int reader_new(gsb_reader **out, const char *path, int fd, const char *xml, size_t len,
                      const char *name)
{
	gsb_reader *r = calloc(1, sizeof *r);
	if (r == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	int rc = GSB_OK;
	char pre[4096];
	size_t n = 0;
	if (xml && gsb__json_sniff(xml, len) == 1)
		rc = gsb__json_open(&r->json, -1, NULL, 0, xml, len, name, on_json, r);
	else if (xml)
		rc = gsb_xml_open_memory_sax(&r->x, xml, len, name, &reader_handlers, r);
	else if ((rc = open_input(path, fd, &fd)) == GSB_OK && sniff_fd(fd, pre, sizeof pre, &n) == 1)
		rc = gsb__json_open(&r->json, fd, pre, n, NULL, 0, path, on_json, r);
	else if (rc == GSB_OK)
		rc = gsb_xml_open_fd_sax(&r->x, fd, path, pre, n, &reader_handlers, r);
	if (rc != GSB_OK) {
		free(r);
		return rc;
	}
	fill(r); /* past the root, so that gsb_reader_is_batch() knows */
	*out = r;
	return GSB_OK;
}

int gsb_reader_open_file(gsb_reader **out, const char *path)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	GSB__CHECK_ARG(path);
	return reader_new(out, path, -1, NULL, 0, NULL);
}

int gsb_reader_open_memory(gsb_reader **out, const char *xml, size_t len, const char *name)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	GSB__CHECK_ARG(xml);
	return reader_new(out, NULL, -1, xml, len, name);
}

void gsb_reader_free(gsb_reader *reader)
{
	if (reader == NULL)
		return;
	for (size_t i = reader->q_head; i < reader->q_len; i++) {
		gsb_application_free(reader->q[i].app);
		free(reader->q[i].err);
	}
	free(reader->q);
	gsb_application_free(reader->held.app);
	free(reader->held.err);
	gsb_xml_free(reader->x);
	gsb__json_free(reader->json);
	free(reader);
}

int gsb_reader_is_batch(const gsb_reader *reader)
{
	return reader && reader->batch;
}

gsb_format gsb_reader_format(const gsb_reader *reader)
{
	return reader && reader->json ? GSB_FORMAT_JSON : GSB_FORMAT_XML;
}

int gsb_reader_open_fd(gsb_reader **out, int fd, const char *name)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	if (fd < 0)
		return gsb__error(GSB_EINVAL, "invalid argument: descriptor %d", fd);
	return reader_new(out, name ? name : "-", fd, NULL, 0, NULL);
}

size_t gsb_reader_count(const gsb_reader *reader)
{
	return reader ? reader->count : 0;
}

const char *gsb__reader_name(const gsb_reader *r)
{
	return r->json ? gsb__json_name(r->json) : gsb_xml_name(r->x);
}

int gsb_reader_next(gsb_reader *reader, gsb_application **out)
{
	GSB__CHECK_ARG(reader);
	GSB__CHECK_ARG(out);
	*out = NULL;
	fill(reader);
	if (reader->nomem) {
		reader->nomem = false;
		return gsb__error(GSB_ENOMEM, "out of memory: a result of the batch was lost");
	}
	if (reader->q_head == reader->q_len)
		return 0;
	gsb__result res = reader->q[reader->q_head++];
	reader->count += res.item;
	if (res.app) {
		*out = res.app;
		return 1;
	}
	int rc = restore(res.err);
	free(res.err);
	return rc;
}

/* ============================================================ one application */

static int read_one(gsb_reader *r, gsb_application **out)
{
	gsb_application *app = NULL, *extra = NULL;
	int rc;
	if (r->batch)
		rc = gsb__error_at(GSB_ESCHEMA, gsb_xml_name(r->x), 0, "applications", NULL,
		                   "a batch (<applications>) where one application was expected");
	else if ((rc = gsb_reader_next(r, &app)) == 1 && (rc = gsb_reader_next(r, &extra)) == 0)
		rc = GSB_OK;
	if (rc == 0 && app == NULL)
		rc = gsb__error(GSB_EPARSE, "no application in the document");
	gsb_application_free(extra);
	if (rc != GSB_OK) {
		gsb_application_free(app);
		return rc < 0 ? rc : GSB_ERROR;
	}
	*out = app;
	return GSB_OK;
}

int gsb_application_read_file(gsb_application **out, const char *path)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	gsb_reader *r;
	int rc = gsb_reader_open_file(&r, path);
	if (rc == GSB_OK)
		rc = read_one(r, out);
	gsb_reader_free(r);
	return rc;
}

int gsb_application_read_memory(gsb_application **out, const char *xml, size_t len,
                                const char *name)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	gsb_reader *r;
	int rc = gsb_reader_open_memory(&r, xml, len, name);
	if (rc == GSB_OK)
		rc = read_one(r, out);
	gsb_reader_free(r);
	return rc;
}

/* ============================================================ for validation */

int gsb__reader_check(gsb_reader *r)
{
	gsb__saved first;
	int result = GSB_OK, rc;
	gsb_application *app;
	while ((rc = gsb_reader_next(r, &app)) != 0) {
		gsb_application_free(app);
		if (rc < 0 && result == GSB_OK) {
			result = rc;
			save(&first);
		}
	}
	return result == GSB_OK ? GSB_OK : restore(&first);
}


bool gsb__file_is_json(const char *path)
{
	char pre[4096];
	size_t n;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	bool json = sniff_fd(fd, pre, sizeof pre, &n) == 1;
	close(fd);
	return json;
}
