/*
 * libgeshibai — the one SWIG interface of the Python and Java bindings.
 *
 * Layers:
 *   1. the public headers (include/geshibai/ *.h): enumerations and the
 *      accessors that cannot fail are wrapped as they are;
 *   2. the calls that can fail and write through out-parameters are replaced
 *      by small gsbx_* helpers (below) that RETURN their result; a helper that
 *      fails sets a thread-local flag and the %exception of GSBX_FALLIBLE turns
 *      gsb_error_last() into an exception (Python: the geshibai.Error subclass
 *      the Python layer registers; Java: org.geshibai.GeshibaiException);
 *   3. the idiomatic layers (bindings/python/geshibai/__init__.py,
 *      bindings/java/org/geshibai/ *.java) own the handles: close(),
 *      use after close raises there and never reaches C; closing again does
 *      nothing; a call in progress keeps its handle alive (see the layers).
 *
 * Strings are UTF-8 both ways. Python: str <-> UTF-8; a string argument may also
 * be bytes (a file name that is not UTF-8); one holding a NUL is refused.
 * Java: SWIG's default char * typemaps use JNI's modified UTF-8, which breaks
 * characters beyond U+FFFF (U+20000 𠀀); here every string crosses JNI as a
 * byte[] of real UTF-8 and Java converts with StandardCharsets.UTF_8.
 *
 * Ownership: a string returned "caller frees" is %newobject and freed with
 * gsb_free(); handles are freed only by the idiomatic layers' close().
 */

#if defined(SWIGPYTHON)
%module(package="geshibai", threads="1") core
#elif defined(SWIGJAVA)
%module GeshibaiNative
#else
%module geshibai
#endif

%{
#include <stdlib.h>
#include <string.h>
#include <geshibai.h>

/* ---------------------------------------------------------------------
 * Helpers shared by every language. A helper that fails sets gsbx_failed
 * (gsb_error_last() holds the reason) and returns NULL / a negative value.
 */
static _Thread_local int gsbx_failed;

static int gsbx_fail(void)
{
	gsbx_failed = 1;
	return -1;
}

/* as_of "YYYY-MM-DD", or NULL / "" for the rule of docs/formats.md. */
static int gsbx_as_of(gsb_date *out, const char *as_of)
{
	if (as_of == NULL || *as_of == '\0') {
		*out = GSB_DATE_NONE;
		return 0;
	}
	return gsb_date_parse(out, as_of) < 0 ? -1 : 0;
}

static char *gsbx_strdup(const char *s)
{
	if (s == NULL)
		return NULL;
	size_t n = strlen(s) + 1;
	char *d = malloc(n);
	if (d != NULL)
		memcpy(d, s, n);
	return d;
}

/* A copy of an error record, for the error items of a batch. */
typedef struct gsbx_fault {
	gsb_error err;
	char *message, *file, *element, *application;
} gsbx_fault;

static void gsbx_fault_free(gsbx_fault *f)
{
	if (f == NULL)
		return;
	free(f->message);
	free(f->file);
	free(f->element);
	free(f->application);
	free(f);
}

static gsbx_fault *gsbx_fault_capture(const gsb_application *app)
{
	const gsb_error *e = gsb_error_last();
	gsbx_fault *f = calloc(1, sizeof *f);
	if (f == NULL)
		return NULL;
	f->message = gsbx_strdup(e->message ? e->message : "");
	f->file = gsbx_strdup(e->file);
	f->element = gsbx_strdup(e->element);
	f->application = gsbx_strdup(e->application ? e->application
	                             : app ? gsb_application_id(app) : NULL);
	f->err.code = e->code ? e->code : GSB_ERROR;
	f->err.message = f->message ? f->message : "";
	f->err.file = f->file;
	f->err.line = e->line ? e->line : app ? gsb_application_line(app) : 0;
	f->err.element = f->element;
	f->err.application = f->application;
	return f;
}

/* A growing buffer for gsb_writer. */
typedef struct {
	char *data;
	size_t len, cap;
} gsbx_buf;

static int gsbx_buf_write(void *ctx, const char *bytes, size_t len)
{
	gsbx_buf *b = ctx;
	if (b->len + len + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 1024;
		while (cap < b->len + len + 1)
			cap *= 2;
		char *d = realloc(b->data, cap);
		if (d == NULL)
			return -1;
		b->data = d;
		b->cap = cap;
	}
	memcpy(b->data + b->len, bytes, len);
	b->len += len;
	b->data[b->len] = '\0';
	return 0;
}

/* ---- policy ---- */

/* The built-in policy (params_path NULL) or one overridden by a parameters file. */
static gsb_policy *gsbx_policy_open(const char *params_path)
{
	gsb_policy *p = NULL;
	if (gsb_policy_load(&p, params_path) < 0) {
		gsbx_fail();
		return NULL;
	}
	return p;
}

static gsb_policy *gsbx_policy_open_memory(const char *xml, const char *name)
{
	gsb_policy *p = NULL;
	if (xml == NULL || gsb_policy_load_memory(&p, xml, strlen(xml), name) < 0) {
		gsbx_fail();
		return NULL;
	}
	return p;
}

static void gsbx_policy_free(gsb_policy *p)
{
	gsb_policy_free(p);
}

/* A parameter in force on a day (days since 1970; GSB_DATE_NONE: today):
 * its value (NULL: none that day), its reference and validity period. */
static const char *gsbx_param_value(const gsb_policy *p, const char *name, int64_t day)
{
	const char *v = NULL;
	if (gsb_policy_param(&v, p, name, day == GSB_DATE_NONE ? gsb_date_today() : (gsb_date)day) < 0)
		gsbx_fail();
	return v;
}

static const char *gsbx_param_reference(const gsb_policy *p, const char *name, int64_t day)
{
	const char *ref = NULL;
	if (gsb_policy_param_origin(&ref, NULL, NULL, p, name,
	                            day == GSB_DATE_NONE ? gsb_date_today() : (gsb_date)day) < 0)
		gsbx_fail();
	return ref;
}

/* The first (which 0) or last (1) day of the value's period; GSB_DATE_NONE open. */
static int64_t gsbx_param_bound(const gsb_policy *p, const char *name, int64_t day, int which)
{
	gsb_date from = GSB_DATE_NONE, to = GSB_DATE_NONE;
	if (gsb_policy_param_origin(NULL, &from, &to, p, name,
	                            day == GSB_DATE_NONE ? gsb_date_today() : (gsb_date)day) < 0)
		gsbx_fail();
	return which ? to : from;
}

static int gsbx_param_type(const char *name)
{
	gsb_param_type t;
	if (gsb_param_type_of(&t, name) < 0)
		return gsbx_fail();
	return (int)t;
}

/* ---- evaluation ---- */

static gsb_decision *gsbx_decide(const gsb_policy *policy, gsb_application *app,
                                 gsb_date as_of, unsigned flags)
{
	gsb_decision *d = NULL;
	int rc = gsb_evaluate(&d, policy, app, as_of, flags);
	gsb_application_free(app);
	if (rc < 0) {
		gsbx_fail();
		return NULL;
	}
	return d;
}

/* Read one application file and decide it. */
static gsb_decision *gsbx_evaluate_file(const gsb_policy *policy, const char *path,
                                        const char *as_of, unsigned flags)
{
	gsb_date date;
	gsb_application *app = NULL;
	if (gsbx_as_of(&date, as_of) < 0 || gsb_application_read_file(&app, path) < 0) {
		gsbx_fail();
		return NULL;
	}
	return gsbx_decide(policy, app, date, flags);
}

/* Decide one application document held in memory (UTF-8). */
static gsb_decision *gsbx_evaluate_memory(const gsb_policy *policy, const char *xml,
                                          size_t len, const char *name, const char *as_of,
                                          unsigned flags)
{
	gsb_date date;
	gsb_application *app = NULL;
	if (gsbx_as_of(&date, as_of) < 0 ||
	    gsb_application_read_memory(&app, xml, len, name) < 0) {
		gsbx_fail();
		return NULL;
	}
	return gsbx_decide(policy, app, date, flags);
}

static void gsbx_decision_free(gsb_decision *d)
{
	gsb_decision_free(d);
}

/* ---- applications kept beside their decisions (Python's Decision shows the
 * applicant, its city and industries, the platform's name) ---- */

static gsb_application *gsbx_application_read_file(const char *path)
{
	gsb_application *app = NULL;
	if (gsb_application_read_file(&app, path) < 0) {
		gsbx_fail();
		return NULL;
	}
	return app;
}

static gsb_application *gsbx_application_read_memory(const char *xml, size_t len,
                                                     const char *name)
{
	gsb_application *app = NULL;
	if (gsb_application_read_memory(&app, xml, len, name) < 0) {
		gsbx_fail();
		return NULL;
	}
	return app;
}

static void gsbx_application_free(gsb_application *app)
{
	gsb_application_free(app);
}

/* Decide an application (kept: the caller frees it). */
static gsb_decision *gsbx_evaluate_app(const gsb_policy *policy, const gsb_application *app,
                                       const char *as_of, unsigned flags)
{
	gsb_date date;
	gsb_decision *d = NULL;
	if (gsbx_as_of(&date, as_of) < 0 || gsb_evaluate(&d, policy, app, date, flags) < 0) {
		gsbx_fail();
		return NULL;
	}
	return d;
}

/* The city an application is placed in on a date (the rule of the programme
 * report: 莱芜 counts as 济南 from the merger on), "other" or "unknown". */
static const char *gsbx_city_of(const gsb_application *app, int64_t as_of)
{
	return gsb_city_of(app, (gsb_date)as_of);
}

/* The decision report as JSON / XML / text: the very writer the CLI uses. */
static char *gsbx_decision_report(const gsb_decision *d, int format, int lang)
{
	char *s = gsb_decision_to_string(d, (gsb_format)format, (gsb_lang)lang);
	if (s == NULL)
		gsbx_fail();
	return s;
}

/* ---- batches ---- */

typedef struct gsbx_batch {
	gsb_reader *reader;
	const gsb_policy *policy;
	gsb_date as_of;
	unsigned flags;
	gsb_decision *decision;
	gsb_application *app; /* the decision's application */
	gsbx_fault *fault;
} gsbx_batch;

static void gsbx_batch_free(gsbx_batch *b)
{
	if (b == NULL)
		return;
	gsb_reader_free(b->reader);
	gsb_decision_free(b->decision);
	gsb_application_free(b->app);
	gsbx_fault_free(b->fault);
	free(b);
}

/* A batch over a file (path), else over a descriptor (fd, named name). */
static gsbx_batch *gsbx_batch_reading(const gsb_policy *policy, const char *path, int fd,
                                      const char *name, const char *as_of, unsigned flags)
{
	gsbx_batch *b = calloc(1, sizeof *b);
	if (b == NULL) {
		gsbx_fail();
		return NULL;
	}
	b->policy = policy;
	b->flags = flags;
	if (gsbx_as_of(&b->as_of, as_of) < 0 ||
	    (path ? gsb_reader_open_file(&b->reader, path)
	          : gsb_reader_open_fd(&b->reader, fd, name)) < 0) {
		free(b);
		gsbx_fail();
		return NULL;
	}
	return b;
}

/* Open an application or a batch file ("-": standard input) for evaluation. */
static gsbx_batch *gsbx_batch_open(const gsb_policy *policy, const char *path,
                                   const char *as_of, unsigned flags)
{
	return gsbx_batch_reading(policy, path, -1, NULL, as_of, flags);
}

/* The same over an open descriptor (the reader reads a duplicate of it). */
static gsbx_batch *gsbx_batch_open_fd(const gsb_policy *policy, int fd, const char *name,
                                      const char *as_of, unsigned flags)
{
	return gsbx_batch_reading(policy, NULL, fd, name, as_of, flags);
}

/*
 * Read and decide the next item: 1 a decision is ready (gsbx_batch_decision),
 * 2 an error item is ready (gsbx_batch_fault), 0 the end.
 */
static int gsbx_batch_next(gsbx_batch *b)
{
	gsb_application *app = NULL;
	gsb_decision_free(b->decision);
	b->decision = NULL;
	gsb_application_free(b->app);
	b->app = NULL;
	gsbx_fault_free(b->fault);
	b->fault = NULL;
	int rc = gsb_reader_next(b->reader, &app);
	if (rc == 0)
		return 0;
	if (rc < 0) {
		b->fault = gsbx_fault_capture(NULL);
		return 2;
	}
	if (gsb_evaluate(&b->decision, b->policy, app, b->as_of, b->flags) < 0) {
		b->decision = NULL;
		b->fault = gsbx_fault_capture(app);
		gsb_application_free(app);
		return 2;
	}
	b->app = app;
	return 1;
}

/* Take the decision (the caller frees it). */
static gsb_decision *gsbx_batch_decision(gsbx_batch *b)
{
	gsb_decision *d = b->decision;
	b->decision = NULL;
	return d;
}

/* Take the decision's application (the caller frees it). */
static gsb_application *gsbx_batch_application(gsbx_batch *b)
{
	gsb_application *app = b->app;
	b->app = NULL;
	return app;
}

/* Take the error item (the caller frees it). */
static gsbx_fault *gsbx_batch_fault(gsbx_batch *b)
{
	gsbx_fault *f = b->fault;
	b->fault = NULL;
	return f;
}

static int64_t gsbx_batch_count(const gsbx_batch *b)
{
	return (int64_t)gsb_reader_count(b->reader);
}

static int gsbx_fault_code(const gsbx_fault *f) { return f->err.code; }
static const char *gsbx_fault_message(const gsbx_fault *f) { return f->err.message; }
static const char *gsbx_fault_file(const gsbx_fault *f) { return f->err.file; }
static int64_t gsbx_fault_line(const gsbx_fault *f) { return f->err.line; }
static const char *gsbx_fault_element(const gsbx_fault *f) { return f->err.element; }
static const char *gsbx_fault_application(const gsbx_fault *f) { return f->err.application; }

/*
 * An error entry (an input that could not be decided or audited) as the
 * report writer gives it: the CLI's own writer (audit 1: the audit report's),
 * begun for one entry alone.
 */
static char *gsbx_error_report(int audit, int code, const char *message, const char *file,
                               int64_t line, const char *element, const char *application,
                               int format, int lang)
{
	gsb_error err = { code, message ? message : "", file, (long)line, element, application };
	gsbx_buf buf = { 0 };
	int rc;
	if (audit) {
		gsb_audit_writer *w = NULL;
		rc = gsb_audit_writer_new(&w, (gsb_format)format, (gsb_lang)lang, gsbx_buf_write, &buf);
		if (rc >= 0 && (gsb_audit_writer_begin(w, 0) < 0 || gsb_audit_writer_error(w, &err) < 0 ||
		                gsb_audit_writer_end(w) < 0))
			rc = -1;
		gsb_audit_writer_free(w);
	} else {
		gsb_writer *w = NULL;
		rc = gsb_writer_new(&w, (gsb_format)format, (gsb_lang)lang, gsbx_buf_write, &buf);
		if (rc >= 0 && (gsb_writer_begin(w, 0) < 0 || gsb_writer_error(w, &err) < 0 ||
		                gsb_writer_end(w) < 0))
			rc = -1;
		gsb_writer_free(w);
	}
	if (rc < 0) {
		free(buf.data);
		gsbx_fail();
		return NULL;
	}
	if (buf.data == NULL)
		buf.data = gsbx_strdup("");
	return buf.data;
}

/* ---- funding-misuse audit (ledger.h) ---- */

static gsb_audit *gsbx_audit_file(const gsb_policy *policy, const char *path, const char *as_of)
{
	gsb_date date;
	gsb_audit *a = NULL;
	if (gsbx_as_of(&date, as_of) < 0 || gsb_audit_file(&a, policy, path, date) < 0) {
		gsbx_fail();
		return NULL;
	}
	return a;
}

static gsb_audit *gsbx_audit_memory(const gsb_policy *policy, const char *xml, size_t len,
                                    const char *name, const char *as_of)
{
	gsb_date date;
	gsb_audit *a = NULL;
	if (gsbx_as_of(&date, as_of) < 0 || gsb_audit_memory(&a, policy, xml, len, name, date) < 0) {
		gsbx_fail();
		return NULL;
	}
	return a;
}

static void gsbx_audit_free(gsb_audit *a)
{
	gsb_audit_free(a);
}

/* The audit report as the CLI writes it (caller frees). */
static char *gsbx_audit_report(const gsb_audit *a, int format, int lang)
{
	char *s = gsb_audit_to_string(a, (gsb_format)format, (gsb_lang)lang);
	if (s == NULL)
		gsbx_fail();
	return s;
}

/* ---- review procedure (review.h) ---- */

/* A date "YYYY-MM-DD" that must be given. */
static int gsbx_date_required(gsb_date *out, const char *text)
{
	if (text == NULL || *text == '\0') {
		int rc = gsb_date_parse(out, "");  /* always GSB_EINVAL: sets gsb_error_last() */
		(void)rc;
		return -1;
	}
	return gsb_date_parse(out, text) < 0 ? -1 : 0;
}

static gsb_review *gsbx_review_new(const char *application_id, const char *submitted)
{
	gsb_date date;
	gsb_review *r = NULL;
	if (gsbx_date_required(&date, submitted) < 0 ||
	    gsb_review_new(&r, application_id, date) < 0) {
		gsbx_fail();
		return NULL;
	}
	return r;
}

static void gsbx_review_free(gsb_review *r)
{
	gsb_review_free(r);
}

/* The state of a code ("city-recommended"); -1 (and an error) for none. */
static int gsbx_review_state_from_name(const char *name)
{
	gsb_review_state st;
	if (gsb_review_state_from_name(&st, name) < 0)
		return gsbx_fail();
	return (int)st;
}

/* Move the record to the state named `to` on `date` (see gsb_review_advance). */
static int gsbx_review_advance(gsb_review *r, const gsb_policy *policy, const char *to,
                               const char *date, const char *note)
{
	gsb_review_state st;
	gsb_date d;
	if (gsb_review_state_from_name(&st, to) < 0 || gsbx_date_required(&d, date) < 0 ||
	    gsb_review_advance(r, policy, st, d, note) < 0)
		return gsbx_fail();
	return 0;
}

static int gsbx_review_history_state(const gsb_review *r, size_t i)
{
	gsb_review_state st = GSB_REVIEW_SUBMITTED;
	if (gsb_review_history_at(r, i, &st, NULL, NULL) < 0)
		return gsbx_fail();
	return (int)st;
}

static int64_t gsbx_review_history_date(const gsb_review *r, size_t i)
{
	gsb_date d = GSB_DATE_NONE;
	if (gsb_review_history_at(r, i, NULL, &d, NULL) < 0)
		return gsbx_fail();
	return d;
}

static const char *gsbx_review_history_note(const gsb_review *r, size_t i)
{
	const char *note = NULL;
	if (gsb_review_history_at(r, i, NULL, NULL, &note) < 0)
		gsbx_fail();
	return note;
}

static int64_t gsbx_review_disbursable_from(const gsb_review *r, const gsb_policy *policy)
{
	gsb_date d = GSB_DATE_NONE;
	if (gsb_review_disbursable_from(&d, r, policy) < 0)
		return gsbx_fail();
	return d;
}

static gsb_review *gsbx_review_read_file(const gsb_policy *policy, const char *path)
{
	gsb_review *r = NULL;
	if (gsb_review_read_file(&r, policy, path) < 0) {
		gsbx_fail();
		return NULL;
	}
	return r;
}

static gsb_review *gsbx_review_read_memory(const gsb_policy *policy, const char *xml,
                                           size_t len, const char *name)
{
	gsb_review *r = NULL;
	if (gsb_review_read_memory(&r, policy, xml, len, name) < 0) {
		gsbx_fail();
		return NULL;
	}
	return r;
}

static char *gsbx_review_to_xml(const gsb_review *r)
{
	char *s = gsb_review_to_xml(r);
	if (s == NULL)
		gsbx_fail();
	return s;
}

/* ---- what-if and the programme report (programme.h) ---- */

/*
 * Every application of one file, as the CLI's compare and report visit them
 * (the library's gsb_each_application): an input that cannot be read or
 * decided is noted as an error entry (file, line and application filled
 * in), and the others go on. Returns the number of error entries noted, or
 * -1 (gsbx_fail) when an error could not even be noted.
 */
typedef int (*gsbx_note_fn)(void *ctx, const gsb_error *e);

typedef struct {
	gsb_application_fn add;
	gsbx_note_fn note;
	void *ctx;
	int errors;
} gsbx_each;

static int gsbx_each_add(void *ctx, const gsb_application *app)
{
	gsbx_each *each = ctx;
	return each->add(each->ctx, app);
}

static int gsbx_each_note(void *ctx, const gsb_error *e)
{
	gsbx_each *each = ctx;
	if (each->note(each->ctx, e) < 0)
		return 1; /* stops: the error could not be noted */
	each->errors++;
	return 0;
}

static int gsbx_each_in_file(const char *path, gsb_application_fn add, gsbx_note_fn note,
                             void *ctx)
{
	gsbx_each each = { add, note, ctx, 0 };
	if (gsb_each_application(path, gsbx_each_add, gsbx_each_note, &each) != GSB_OK)
		return gsbx_fail();
	return each.errors;
}

typedef struct {
	gsb_whatif *w;
	gsb_date as_of;
} gsbx_whatif_ctx;

static int gsbx_whatif_add_app(void *ctx, const gsb_application *app)
{
	gsbx_whatif_ctx *c = ctx;
	return gsb_whatif_add(c->w, app, c->as_of) < 0 ? -1 : 0;
}

static int gsbx_whatif_note(void *ctx, const gsb_error *e)
{
	return gsb_whatif_add_error(((gsbx_whatif_ctx *)ctx)->w, e) < 0 ? -1 : 0;
}

static gsb_whatif *gsbx_whatif_new(const gsb_policy *a, const gsb_policy *b)
{
	gsb_whatif *w = NULL;
	if (gsb_whatif_new(&w, a, b) < 0) {
		gsbx_fail();
		return NULL;
	}
	return w;
}

static void gsbx_whatif_free(gsb_whatif *w)
{
	gsb_whatif_free(w);
}

/* Compare every application of a file (as `geshibai compare`); errors noted. */
static int gsbx_whatif_add_file(gsb_whatif *w, const char *path, const char *as_of)
{
	gsbx_whatif_ctx c = { w, GSB_DATE_NONE };
	if (w == NULL || path == NULL) {
		int rc = gsb_whatif_add(NULL, NULL, GSB_DATE_NONE);  /* GSB_EINVAL, with its error */
		return rc < 0 ? gsbx_fail() : -1;
	}
	if (gsbx_as_of(&c.as_of, as_of) < 0)
		return gsbx_fail();
	return gsbx_each_in_file(path, gsbx_whatif_add_app, gsbx_whatif_note, &c);
}

/* The comparison as the CLI writes it (caller frees). */
static char *gsbx_whatif_report(const gsb_whatif *w, int format, int lang)
{
	char *s = gsb_whatif_to_string(w, (gsb_format)format, (gsb_lang)lang);
	if (s == NULL)
		gsbx_fail();
	return s;
}

typedef struct {
	gsb_programme *p;
	const gsb_policy *policy;
} gsbx_programme_ctx;

static int gsbx_programme_add_app(void *ctx, const gsb_application *app)
{
	gsbx_programme_ctx *c = ctx;
	gsb_decision *d = NULL;
	int rc = gsb_evaluate(&d, c->policy, app, gsb_programme_as_of(c->p), GSB_EVAL_NO_REASONS);
	if (rc == GSB_OK)
		rc = gsb_programme_add(c->p, app, d);
	gsb_decision_free(d);
	return rc < 0 ? -1 : 0;
}

static int gsbx_programme_note(void *ctx, const gsb_error *e)
{
	return gsb_programme_add_error(((gsbx_programme_ctx *)ctx)->p, e) < 0 ? -1 : 0;
}

static gsb_programme *gsbx_programme_new(const gsb_policy *policy, const char *as_of)
{
	gsb_date date;
	gsb_programme *p = NULL;
	if (gsbx_as_of(&date, as_of) < 0 || gsb_programme_new(&p, policy, date) < 0) {
		gsbx_fail();
		return NULL;
	}
	return p;
}

static void gsbx_programme_free(gsb_programme *p)
{
	gsb_programme_free(p);
}

/* Decide and count every application of a file (as `geshibai report`). */
static int gsbx_programme_add_file(gsb_programme *p, const gsb_policy *policy, const char *path)
{
	gsbx_programme_ctx c = { p, policy };
	if (p == NULL || policy == NULL || path == NULL) {
		int rc = gsb_programme_add(NULL, NULL, NULL);  /* GSB_EINVAL, with its error */
		return rc < 0 ? gsbx_fail() : -1;
	}
	return gsbx_each_in_file(path, gsbx_programme_add_app, gsbx_programme_note, &c);
}

/* The programme report page (caller frees). */
static char *gsbx_programme_html(const gsb_programme *p, int lang)
{
	char *s = gsb_programme_to_html(p, (gsb_lang)lang);
	if (s == NULL)
		gsbx_fail();
	return s;
}

/* ---- vocabularies ---- */

/* The industry a name denotes (GSB_INDUSTRY_OTHER for none of the ten). */
static int gsbx_industry_lookup(const char *name)
{
	gsb_industry ind = GSB_INDUSTRY_OTHER;
	if (gsb_industry_lookup(&ind, NULL, name) < 0)
		return gsbx_fail();
	return (int)ind;
}

/* The normalised form of an industry name (caller frees). */
static char *gsbx_industry_normalise(const char *name)
{
	gsb_industry ind;
	char *norm = NULL;
	if (gsb_industry_lookup(&ind, &norm, name) < 0) {
		gsbx_fail();
		return NULL;
	}
	return norm;
}

/* A decoded unified social credit code (freed by the wrapper's destructor). */
static gsb_uscc *gsbx_uscc_decode(const char *code)
{
	gsb_uscc *u = calloc(1, sizeof *u);
	if (u == NULL || gsb_uscc_decode(u, code) < 0) {
		free(u);
		gsbx_fail();
		return NULL;
	}
	return u;
}

/* Amount in Chinese financial capitals (caller frees). */
static char *gsbx_fen_to_words(gsb_fen fen)
{
	char *s = gsb_fen_to_words(fen);
	if (s == NULL)
		gsbx_fail();
	return s;
}

/* "12345.67" -> fen */
static gsb_fen gsbx_fen_parse(const char *yuan)
{
	gsb_fen f = 0;
	if (gsb_fen_parse(&f, yuan) < 0)
		gsbx_fail();
	return f;
}

/* Resident set size of this process in pages (for the leak tests). */
static int64_t gsbx_statm_resident(void)
{
	long size = 0, resident = 0;
	FILE *f = fopen("/proc/self/statm", "r");
	if (f == NULL)
		return -1;
	if (fscanf(f, "%ld %ld", &size, &resident) != 2)
		resident = -1;
	fclose(f);
	return resident;
}
%}

%include <stdint.i>

/* ---------------------------------------------------------------------
 * Language plumbing: how an exception is raised, how handles cross.
 */
#if defined(SWIGPYTHON)

%{
/* The Python layer registers a factory (code, message, file, line, element,
 * application) -> geshibai.Error instance. */
static PyObject *gsbx_py_error_factory;

static PyObject *gsbx_py_str(const char *s)
{
	if (s == NULL)
		Py_RETURN_NONE;
	return PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "replace");
}

static void gsbx_py_raise(void)
{
	const gsb_error *e = gsb_error_last();
	gsbx_failed = 0;
	if (gsbx_py_error_factory == NULL) {
		PyErr_SetString(PyExc_RuntimeError, e->message ? e->message : "geshibai error");
		return;
	}
	PyObject *args = Py_BuildValue("(iNNlNN)", e->code ? e->code : GSB_ERROR,
	                               gsbx_py_str(e->message ? e->message : ""),
	                               e->file ? PyUnicode_DecodeFSDefault(e->file) : gsbx_py_str(NULL),
	                               e->line, gsbx_py_str(e->element),
	                               gsbx_py_str(e->application));
	if (args == NULL)
		return;
	PyObject *exc = PyObject_CallObject(gsbx_py_error_factory, args);
	Py_DECREF(args);
	if (exc == NULL)
		return;
	PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
	Py_DECREF(exc);
}

/* Refuse an argument: geshibai.InvalidArgument (a ValueError) naming it. */
static void gsbx_py_refuse(const char *name, const char *why)
{
	char msg[160];
	snprintf(msg, sizeof msg, "argument '%s' %s", name, why);
	if (gsbx_py_error_factory == NULL) {
		PyErr_SetString(PyExc_ValueError, msg);
		return;
	}
	PyObject *exc = PyObject_CallFunction(gsbx_py_error_factory, "(isOlOO)", GSB_EINVAL, msg,
	                                      Py_None, 0L, Py_None, Py_None);
	if (exc == NULL)
		return;
	PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
	Py_DECREF(exc);
}

/*
 * A string argument: str (UTF-8), bytes (as they are: a file name that is not
 * UTF-8) or None (NULL). A NUL inside is refused, never a truncation.
 */
static int gsbx_py_cstr(PyObject *o, const char *name, const char **out)
{
	Py_ssize_t n = 0;
	const char *s = NULL;
	*out = NULL;
	if (o == Py_None)
		return 0;
	if (PyUnicode_Check(o)) {
		s = PyUnicode_AsUTF8AndSize(o, &n);
	} else if (PyBytes_Check(o)) {
		char *b = NULL;
		if (PyBytes_AsStringAndSize(o, &b, &n) == 0)
			s = b;
	} else {
		gsbx_py_refuse(name, "must be str, bytes or None");
		return -1;
	}
	if (s == NULL)
		return -1;
	if (strlen(s) != (size_t)n) {
		gsbx_py_refuse(name, "contains a NUL character");
		return -1;
	}
	*out = s;
	return 0;
}

static void gsbx_set_error_factory(PyObject *factory)
{
	Py_XINCREF(factory);
	Py_XDECREF(gsbx_py_error_factory);
	gsbx_py_error_factory = factory == Py_None ? NULL : factory;
	if (factory == Py_None)
		Py_DECREF(factory);
}
%}

/* Strings the caller frees. */
%typemap(newfree) char * "gsb_free($1);";

/* String arguments: str, bytes or None; an embedded NUL is refused. */
%typemap(in) const char * {
	if (gsbx_py_cstr($input, "$1_name", (const char **)&$1) < 0)
		SWIG_fail;
}
%typemap(freearg) const char * "";

/* (xml, len) from a Python str or bytes (UTF-8). */
%typemap(in) (const char *xml, size_t len) (Py_buffer view, int got = 0, PyObject *tmp = NULL) {
	if (PyUnicode_Check($input)) {
		Py_ssize_t n;
		const char *s = PyUnicode_AsUTF8AndSize($input, &n);
		if (s == NULL)
			SWIG_fail;
		$1 = (char *)s;
		$2 = (size_t)n;
	} else {
		if (PyObject_GetBuffer($input, &view, PyBUF_SIMPLE) < 0)
			SWIG_fail;
		got = 1;
		$1 = (char *)view.buf;
		$2 = (size_t)view.len;
	}
	(void)tmp;
}
%typemap(freearg) (const char *xml, size_t len) {
	if (got$argnum)
		PyBuffer_Release(&view$argnum);
}

%define GSBX_THROW
	gsbx_py_raise();
	SWIG_fail;
%enddef

/* The GIL is kept except around the calls that do real work (reading XML,
 * deciding): those release it, so batches run in parallel threads. */
%nothread;
%thread gsbx_policy_open;
%thread gsbx_policy_open_memory;
%thread gsbx_evaluate_file;
%thread gsbx_evaluate_memory;
%thread gsbx_application_read_file;
%thread gsbx_application_read_memory;
%thread gsbx_evaluate_app;
%thread gsbx_batch_open;
%thread gsbx_batch_open_fd;
%thread gsbx_batch_next;
%thread gsbx_audit_file;
%thread gsbx_audit_memory;
%thread gsbx_review_read_file;
%thread gsbx_review_read_memory;
%thread gsbx_whatif_add_file;
%thread gsbx_programme_add_file;
%thread gsbx_programme_html;
void gsbx_set_error_factory(PyObject *factory);

#elif defined(SWIGJAVA)

%{
/* Strings cross JNI as byte[] holding real UTF-8 (see the top of this file). */
static jbyteArray gsbx_jbytes(JNIEnv *jenv, const char *s)
{
	if (s == NULL)
		return NULL;
	jsize n = (jsize)strlen(s);
	jbyteArray a = (*jenv)->NewByteArray(jenv, n);
	if (a != NULL)
		(*jenv)->SetByteArrayRegion(jenv, a, 0, n, (const jbyte *)s);
	return a;
}

/* A NUL-terminated copy of a byte[] (free() it); NULL for null. */
static char *gsbx_jcstr(JNIEnv *jenv, jbyteArray a, size_t *len);

/* A string argument: NULL for null; a NUL inside is refused
 * (IllegalArgumentException), never a truncation. */
static char *gsbx_jarg(JNIEnv *jenv, jbyteArray a, const char *name)
{
	size_t n = 0;
	char *s = gsbx_jcstr(jenv, a, &n);
	if (s != NULL && strlen(s) != n) {
		char msg[160];
		free(s);
		snprintf(msg, sizeof msg, "argument '%s' contains a NUL character", name);
		SWIG_JavaThrowException(jenv, SWIG_JavaIllegalArgumentException, msg);
		return NULL;
	}
	return s;
}

static char *gsbx_jcstr(JNIEnv *jenv, jbyteArray a, size_t *len)
{
	if (a == NULL)
		return NULL;
	jsize n = (*jenv)->GetArrayLength(jenv, a);
	char *s = malloc((size_t)n + 1);
	if (s == NULL) {
		jclass c = (*jenv)->FindClass(jenv, "java/lang/OutOfMemoryError");
		if (c != NULL)
			(*jenv)->ThrowNew(jenv, c, "geshibai: string copy");
		return NULL;
	}
	(*jenv)->GetByteArrayRegion(jenv, a, 0, n, (jbyte *)s);
	s[n] = '\0';
	if (len != NULL)
		*len = (size_t)n;
	return s;
}

/* Throw org.geshibai.GeshibaiException for the calling thread's last error. */
static void gsbx_java_throw(JNIEnv *jenv)
{
	const gsb_error *e = gsb_error_last();
	gsbx_failed = 0;
	if ((*jenv)->ExceptionCheck(jenv))
		return;
	jclass cls = (*jenv)->FindClass(jenv, "org/geshibai/GeshibaiException");
	if (cls == NULL)
		return;
	jmethodID make = (*jenv)->GetStaticMethodID(jenv, cls, "fromNative",
	                                            "(I[B[BJ[B[B)Lorg/geshibai/GeshibaiException;");
	if (make == NULL)
		return;
	jobject exc = (*jenv)->CallStaticObjectMethod(jenv, cls, make,
	                                              (jint)(e->code ? e->code : GSB_ERROR),
	                                              gsbx_jbytes(jenv, e->message ? e->message : ""),
	                                              gsbx_jbytes(jenv, e->file), (jlong)e->line,
	                                              gsbx_jbytes(jenv, e->element),
	                                              gsbx_jbytes(jenv, e->application));
	if (exc != NULL && !(*jenv)->ExceptionCheck(jenv))
		(*jenv)->Throw(jenv, (jthrowable)exc);
}
%}

%typemap(jni) const char *, char * "jbyteArray"
%typemap(jtype) const char *, char * "byte[]"
%typemap(jstype) const char *, char * "String"
%typemap(javain) const char *, char * "Utf8.encode($javainput)"
%typemap(javaout) const char *, char * {
    return Utf8.decode($jnicall);
  }
%typemap(in) const char *, char * %{
	$1 = gsbx_jarg(jenv, $input, "$1_name");
	if ($input != NULL && $1 == NULL)
		return $null;
%}
%typemap(freearg) const char *, char * %{ free($1); %}
%typemap(out) const char *, char * %{ $result = gsbx_jbytes(jenv, $1); %}
%typemap(newfree) char * "gsb_free($1);";

%typemap(jni) (const char *xml, size_t len) "jbyteArray"
%typemap(jtype) (const char *xml, size_t len) "byte[]"
%typemap(jstype) (const char *xml, size_t len) "byte[]"
%typemap(javain) (const char *xml, size_t len) "$javainput"
%typemap(in) (const char *xml, size_t len) %{
	$1 = gsbx_jcstr(jenv, $input, &$2);
	if ($1 == NULL) {
		if (!(*jenv)->ExceptionCheck(jenv))
			SWIG_JavaThrowException(jenv, SWIG_JavaNullPointerException, "null xml");
		return $null;
	}
%}
%typemap(freearg) (const char *xml, size_t len) %{ free($1); %}

/* Opaque handles travel as Java longs; the Java layer owns them. */
%define GSBX_HANDLE(T)
%typemap(jni) T *, const T * "jlong"
%typemap(jtype) T *, const T * "long"
%typemap(jstype) T *, const T * "long"
%typemap(in) T *, const T * %{ $1 = ($1_ltype)(intptr_t)$input; %}
%typemap(out) T *, const T * %{ $result = (jlong)(intptr_t)$1; %}
%typemap(javain) T *, const T * "$javainput"
%typemap(javaout) T *, const T * { return $jnicall; }
%enddef
GSBX_HANDLE(gsb_policy)
GSBX_HANDLE(gsb_decision)
GSBX_HANDLE(gsb_application)
GSBX_HANDLE(gsbx_batch)
GSBX_HANDLE(gsbx_fault)
GSBX_HANDLE(gsb_audit)
GSBX_HANDLE(gsb_review)
GSBX_HANDLE(gsb_whatif)
GSBX_HANDLE(gsb_programme)

%define GSBX_THROW
	gsbx_java_throw(jenv);
	return $null;
%enddef

/* Everything generated stays package-private: the API is the Java layer. */
%pragma(java) moduleclassmodifiers="final class"
%pragma(java) jniclassclassmodifiers="final class"
%pragma(java) jniclasscode=%{
  static {
    String path = System.getProperty("org.geshibai.jni");
    if (path != null && !path.isEmpty())
      System.load(path);
    else
      System.loadLibrary("geshibai_java");
  }
%}
%include "enumtypeunsafe.swg"
%javaconst(1);
%typemap(javaclassmodifiers) enum SWIGTYPE "final class"
%typemap(javaclassmodifiers) gsb_uscc "final class"
%typemap(javafinalize) gsb_uscc ""
/* no public constants interface: the Java layer has its own */
%ignore GSB_VERSION_MAJOR;
%ignore GSB_VERSION_MINOR;
%ignore GSB_VERSION_PATCH;
%ignore GSB_VERSION_STRING;
%ignore GSB_DATE_NONE;
%ignore GSB_EVAL_DEFAULT;
%ignore GSB_EVAL_NO_REASONS;
%ignore GSB_EVAL_ZH_ONLY;
%ignore GSB_EVAL_EN_ONLY;
%ignore GSB_KIND_INDUSTRY;
%ignore GSB_KIND_REGION;
%ignore GSB_KIND_SCENARIO;

#endif

/* A fallible helper: gsb_error_last() becomes an exception. */
%define GSBX_FALLIBLE(fn)
%exception fn {
	gsbx_failed = 0;
	$action
	if (gsbx_failed) {
		GSBX_THROW
	}
}
%enddef

GSBX_FALLIBLE(gsbx_policy_open)
GSBX_FALLIBLE(gsbx_policy_open_memory)
GSBX_FALLIBLE(gsbx_evaluate_file)
GSBX_FALLIBLE(gsbx_evaluate_memory)
GSBX_FALLIBLE(gsbx_param_value)
GSBX_FALLIBLE(gsbx_param_reference)
GSBX_FALLIBLE(gsbx_param_bound)
GSBX_FALLIBLE(gsbx_param_type)
GSBX_FALLIBLE(gsbx_application_read_file)
GSBX_FALLIBLE(gsbx_application_read_memory)
GSBX_FALLIBLE(gsbx_evaluate_app)
GSBX_FALLIBLE(gsbx_decision_report)
GSBX_FALLIBLE(gsbx_batch_open)
GSBX_FALLIBLE(gsbx_batch_open_fd)
GSBX_FALLIBLE(gsbx_error_report)
GSBX_FALLIBLE(gsbx_audit_file)
GSBX_FALLIBLE(gsbx_audit_memory)
GSBX_FALLIBLE(gsbx_audit_report)
GSBX_FALLIBLE(gsbx_review_new)
GSBX_FALLIBLE(gsbx_review_state_from_name)
GSBX_FALLIBLE(gsbx_review_advance)
GSBX_FALLIBLE(gsbx_review_history_state)
GSBX_FALLIBLE(gsbx_review_history_date)
GSBX_FALLIBLE(gsbx_review_history_note)
GSBX_FALLIBLE(gsbx_review_disbursable_from)
GSBX_FALLIBLE(gsbx_review_read_file)
GSBX_FALLIBLE(gsbx_review_read_memory)
GSBX_FALLIBLE(gsbx_review_to_xml)
GSBX_FALLIBLE(gsbx_whatif_new)
GSBX_FALLIBLE(gsbx_whatif_add_file)
GSBX_FALLIBLE(gsbx_whatif_report)
GSBX_FALLIBLE(gsbx_programme_new)
GSBX_FALLIBLE(gsbx_programme_add_file)
GSBX_FALLIBLE(gsbx_programme_html)
GSBX_FALLIBLE(gsbx_industry_lookup)
GSBX_FALLIBLE(gsbx_industry_normalise)
GSBX_FALLIBLE(gsbx_uscc_decode)
GSBX_FALLIBLE(gsbx_fen_to_words)
GSBX_FALLIBLE(gsbx_fen_parse)

%newobject gsbx_decision_report;
%newobject gsbx_error_report;
%newobject gsbx_audit_report;
%newobject gsbx_review_to_xml;
%newobject gsbx_whatif_report;
%newobject gsbx_programme_html;
%newobject gsbx_industry_normalise;
%newobject gsbx_fen_to_words;
%newobject gsbx_uscc_decode;

/* ---------------------------------------------------------------------
 * The public headers. Calls with out-parameters, callbacks or buffers are
 * replaced by the helpers below; the rest is wrapped as it is.
 */
#define GSB_WARN_UNUSED

/* common.h */
%ignore gsb_date_to_ymd;
%ignore gsb_date_parse;
%ignore gsb_date_format;
%ignore gsb_fen_parse;
%ignore gsb_fen_format;
%ignore gsb_fen_to_words;
%ignore gsb_error_last;
%ignore gsb_error_clear;
%ignore gsb_free;
%ignore gsb_error;
/* vocab.h */
%ignore gsb_industry_lookup;
%ignore gsb_cluster_lookup;
%ignore gsb_scenario_lookup;
%ignore gsb_legal_form_from_name;
%ignore gsb_builder_type_from_name;
%ignore gsb_listing_kind_from_name;
%ignore gsb_tier_from_name;
%ignore gsb_uscc_decode;
%immutable;
/* policy.h */
%ignore gsb_policy_new;
%ignore gsb_policy_load;
%ignore gsb_policy_load_memory;
%ignore gsb_policy_free;
%ignore gsb_param_type_of;
%ignore gsb_policy_param;
%ignore gsb_policy_param_origin;
/* application.h: applications are built from XML in the bindings; what a
 * Decision shows of its application is read back as it is */
%ignore gsb_application;
%rename("$ignore", regextarget=1) "^gsb_application_(?!(name|uscc|division|platform_name|item_count|item)$)";
%rename("$ignore", regextarget=1) "^gsb_kpi_from_name$";
/* decision.h */
%ignore gsb_evaluate;
%ignore gsb_decision_free;
%ignore gsb_decision_expert_score;
/* io.h */
%rename("$ignore", regextarget=1) "^gsb_reader_";
%rename("$ignore", regextarget=1) "^gsb_writer_";
/* the callback loop: the bindings' add_file helpers use it */
%ignore gsb_each_application;
%ignore gsb_application_fn;
%ignore gsb_error_fn;
%ignore gsb_validate_file;
%ignore gsb_format_from_name;
%ignore gsb_decision_to_string;
%ignore gsb_write_fn;
/* ledger.h: ledgers are read from XML and audited in one pass */
%ignore gsb_ledger;
%rename("$ignore", regextarget=1) "^gsb_ledger_";
%rename("$ignore", regextarget=1) "^gsb_audit_writer";
%ignore gsb_audit_run;
%ignore gsb_audit_file;
%ignore gsb_audit_memory;
%ignore gsb_audit_free;
%ignore gsb_audit_to_string;
%ignore gsb_misuse_from_name;
/* review.h: records are made, advanced and read through the helpers */
%ignore gsb_review_state_from_name;
%ignore gsb_review_new;
%ignore gsb_review_free;
%ignore gsb_review_advance;
%ignore gsb_review_history_at;
%ignore gsb_review_disbursable_from;
%ignore gsb_review_read_file;
%ignore gsb_review_read_memory;
%ignore gsb_review_to_xml;
%ignore GSB_REVIEW_STATE_COUNT;
/* programme.h: accumulated from files through the helpers; accessors as they are */
%ignore gsb_programme_new;
%ignore gsb_programme_free;
%ignore gsb_programme_add;
%ignore gsb_programme_add_error;
%ignore gsb_programme_to_html;
%ignore gsb_city_of;
%ignore gsb_whatif_new;
%ignore gsb_whatif_free;
%ignore gsb_whatif_add;
%ignore gsb_whatif_add_error;
%ignore gsb_whatif_to_string;

%include "geshibai/common.h"
%include "geshibai/vocab.h"
%include "geshibai/policy.h"
%include "geshibai/application.h"
%include "geshibai/decision.h"
%include "geshibai/relevance.h"
%include "geshibai/io.h"
%include "geshibai/ledger.h"
%include "geshibai/review.h"
%include "geshibai/programme.h"
%mutable;

/* The helpers (see the top of this file). */
typedef struct gsbx_batch gsbx_batch;
typedef struct gsbx_fault gsbx_fault;

gsb_policy *gsbx_policy_open(const char *params_path);
gsb_policy *gsbx_policy_open_memory(const char *xml, const char *name);
void gsbx_policy_free(gsb_policy *p);
const char *gsbx_param_value(const gsb_policy *p, const char *name, int64_t day);
const char *gsbx_param_reference(const gsb_policy *p, const char *name, int64_t day);
int64_t gsbx_param_bound(const gsb_policy *p, const char *name, int64_t day, int which);
int gsbx_param_type(const char *name);
gsb_decision *gsbx_evaluate_file(const gsb_policy *policy, const char *path,
                                 const char *as_of, unsigned flags);
gsb_decision *gsbx_evaluate_memory(const gsb_policy *policy, const char *xml, size_t len,
                                   const char *name, const char *as_of, unsigned flags);
void gsbx_decision_free(gsb_decision *d);
gsb_application *gsbx_application_read_file(const char *path);
gsb_application *gsbx_application_read_memory(const char *xml, size_t len, const char *name);
void gsbx_application_free(gsb_application *app);
gsb_decision *gsbx_evaluate_app(const gsb_policy *policy, const gsb_application *app,
                                const char *as_of, unsigned flags);
const char *gsbx_city_of(const gsb_application *app, int64_t as_of);
gsb_application *gsbx_batch_application(gsbx_batch *b);
char *gsbx_decision_report(const gsb_decision *d, int format, int lang);
gsbx_batch *gsbx_batch_open(const gsb_policy *policy, const char *path, const char *as_of,
                            unsigned flags);
gsbx_batch *gsbx_batch_open_fd(const gsb_policy *policy, int fd, const char *name,
                               const char *as_of, unsigned flags);
int gsbx_batch_next(gsbx_batch *b);
gsb_decision *gsbx_batch_decision(gsbx_batch *b);
gsbx_fault *gsbx_batch_fault(gsbx_batch *b);
int64_t gsbx_batch_count(const gsbx_batch *b);
void gsbx_batch_free(gsbx_batch *b);
int gsbx_fault_code(const gsbx_fault *f);
const char *gsbx_fault_message(const gsbx_fault *f);
const char *gsbx_fault_file(const gsbx_fault *f);
int64_t gsbx_fault_line(const gsbx_fault *f);
const char *gsbx_fault_element(const gsbx_fault *f);
const char *gsbx_fault_application(const gsbx_fault *f);
char *gsbx_error_report(int audit, int code, const char *message, const char *file,
                        int64_t line, const char *element, const char *application, int format,
                        int lang);
void gsbx_fault_free(gsbx_fault *f);
gsb_audit *gsbx_audit_file(const gsb_policy *policy, const char *path, const char *as_of);
gsb_audit *gsbx_audit_memory(const gsb_policy *policy, const char *xml, size_t len,
                             const char *name, const char *as_of);
void gsbx_audit_free(gsb_audit *a);
char *gsbx_audit_report(const gsb_audit *a, int format, int lang);
gsb_review *gsbx_review_new(const char *application_id, const char *submitted);
void gsbx_review_free(gsb_review *r);
int gsbx_review_state_from_name(const char *name);
int gsbx_review_advance(gsb_review *r, const gsb_policy *policy, const char *to,
                        const char *date, const char *note);
int gsbx_review_history_state(const gsb_review *r, size_t i);
int64_t gsbx_review_history_date(const gsb_review *r, size_t i);
const char *gsbx_review_history_note(const gsb_review *r, size_t i);
int64_t gsbx_review_disbursable_from(const gsb_review *r, const gsb_policy *policy);
gsb_review *gsbx_review_read_file(const gsb_policy *policy, const char *path);
gsb_review *gsbx_review_read_memory(const gsb_policy *policy, const char *xml, size_t len,
                                    const char *name);
char *gsbx_review_to_xml(const gsb_review *r);
gsb_whatif *gsbx_whatif_new(const gsb_policy *a, const gsb_policy *b);
void gsbx_whatif_free(gsb_whatif *w);
int gsbx_whatif_add_file(gsb_whatif *w, const char *path, const char *as_of);
char *gsbx_whatif_report(const gsb_whatif *w, int format, int lang);
gsb_programme *gsbx_programme_new(const gsb_policy *policy, const char *as_of);
void gsbx_programme_free(gsb_programme *p);
int gsbx_programme_add_file(gsb_programme *p, const gsb_policy *policy, const char *path);
char *gsbx_programme_html(const gsb_programme *p, int lang);
int gsbx_industry_lookup(const char *name);
char *gsbx_industry_normalise(const char *name);
gsb_uscc *gsbx_uscc_decode(const char *code);
char *gsbx_fen_to_words(gsb_fen fen);
gsb_fen gsbx_fen_parse(const char *yuan);
int64_t gsbx_statm_resident(void);
