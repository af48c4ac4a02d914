/*
 * Tests for lib/each_application.c: gsb_each_application reads every
 * application of a file, gsb_reader_each_application every application of a
 * reader the caller opened (memory here, as the decision service reads a
 * request); both report each error with its file, line and application, go
 * on after a bad one, report a document without any application, and stop
 * when a callback says so.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runner.h"

/* What the callbacks saw. */
typedef struct {
	char apps[8][16];
	size_t n_apps;
	gsb_error errors[8];
	char error_apps[8][16];
	char error_files[8][256];
	size_t n_errors;
	int refuse;   /* on_application fails (< 0) for the application of this index */
	int stop_at;  /* on_application returns 7 (stop) at this index, else -1 */
	int error_stop; /* on_error returns 5 (stop) at this index, else -1 */
	const gsb_reader *reader; /* when set: gsb_reader_is_batch() at the first callback */
	int batch_at_first;
} seen;

static void first_callback(seen *s)
{
	if (s->reader != NULL && s->n_apps + s->n_errors == 0)
		s->batch_at_first = gsb_reader_is_batch(s->reader);
}

static int on_app(void *ctx, const gsb_application *app)
{
	seen *s = ctx;
	first_callback(s);
	size_t i = s->n_apps++;
	snprintf(s->apps[i], sizeof s->apps[i], "%s", gsb_application_id(app));
	if ((int)i == s->stop_at)
		return 7;
	if ((int)i == s->refuse) {
		return gsb_application_set_id(NULL, NULL); /* GSB_EINVAL, with its error */
	}
	return 0;
}

static int on_error(void *ctx, const gsb_error *e)
{
	seen *s = ctx;
	first_callback(s);
	size_t i = s->n_errors++;
	s->errors[i] = *e;
	snprintf(s->error_apps[i], sizeof s->error_apps[i], "%s", e->application ? e->application : "");
	snprintf(s->error_files[i], sizeof s->error_files[i], "%s", e->file ? e->file : "");
	return (int)i == s->error_stop ? 5 : 0;
}

static seen fresh(void)
{
	seen s;
	memset(&s, 0, sizeof s);
	s.refuse = -1;
	s.stop_at = -1;
	s.error_stop = -1;
	s.batch_at_first = -1;
	return s;
}

/* A-1, A-2 (a division that is not six digits: an error on line 11), A-3. */
START_TEST(bad_application_reported_in_place)
{
	const char *path = gsb_test_path("tests/data/batch-bad-middle.xml");
	seen s = fresh();
	ck_assert_int_eq(gsb_each_application(path, on_app, on_error, &s), GSB_OK);
	ck_assert_uint_eq(s.n_apps, 2);
	ck_assert_str_eq(s.apps[0], "A-1");
	ck_assert_str_eq(s.apps[1], "A-3");
	ck_assert_uint_eq(s.n_errors, 1);
	ck_assert_str_eq(s.error_apps[0], "A-2");
	ck_assert_int_eq(s.errors[0].line, 11);
	ck_assert_str_eq(s.error_files[0], path);
}
END_TEST

/* An application the caller cannot handle: its error placed at its line and
 * id, and the next one still read. */
START_TEST(refused_application_named)
{
	const char *path = gsb_test_path("tests/data/batch-bad-middle.xml");
	seen s = fresh();
	s.refuse = 0;
	ck_assert_int_eq(gsb_each_application(path, on_app, on_error, &s), GSB_OK);
	ck_assert_uint_eq(s.n_apps, 2);
	ck_assert_uint_eq(s.n_errors, 2);
	ck_assert_int_eq(s.errors[0].code, GSB_EINVAL);
	ck_assert_str_eq(s.error_apps[0], "A-1");
	ck_assert_int_eq(s.errors[0].line, 4);
	ck_assert_str_eq(s.error_files[0], path);
	ck_assert_str_eq(s.error_apps[1], "A-2");
}
END_TEST

START_TEST(callback_stops)
{
	seen s = fresh();
	s.stop_at = 0;
	ck_assert_int_eq(gsb_each_application(gsb_test_path("tests/data/batch-bad-middle.xml"),
	                                      on_app, on_error, &s), 7);
	ck_assert_uint_eq(s.n_apps, 1);
	ck_assert_uint_eq(s.n_errors, 0);
}
END_TEST

START_TEST(missing_file_is_an_error)
{
	seen s = fresh();
	ck_assert_int_eq(gsb_each_application("/nonexistent/x.xml", on_app, on_error, &s), GSB_OK);
	ck_assert_uint_eq(s.n_apps, 0);
	ck_assert_uint_eq(s.n_errors, 1);
	ck_assert_int_eq(s.errors[0].code, GSB_EIO);
	ck_assert_str_eq(s.error_files[0], "/nonexistent/x.xml");
}
END_TEST

START_TEST(null_arguments)
{
	seen s = fresh();
	const char *path = gsb_test_path("tests/data/batch-bad-middle.xml");
	ck_assert_int_eq(gsb_each_application(NULL, on_app, on_error, &s), GSB_EINVAL);
	ck_assert_int_eq(gsb_each_application(path, NULL, on_error, &s), GSB_EINVAL);
	ck_assert_int_eq(gsb_each_application(path, on_app, NULL, &s), GSB_EINVAL);
	ck_assert_uint_eq(s.n_apps + s.n_errors, 0);
}
END_TEST

/* ---- gsb_reader_each_application: a reader opened on memory ---- */

static const char BATCH[] =
	"<applications xmlns=\"urn:geshibai:1\">\n"
	"<application id=\"M-1\"><applicant/><platform/></application>\n"
	"<application id=\"M-2\">\n"
	"  <applicant><division>3702</division></applicant><platform/>\n"
	"</application>\n"
	"<application id=\"M-3\"><applicant/><platform/></application>\n"
	"</applications>\n";

static const char ONE[] =
	"<application xmlns=\"urn:geshibai:1\" id=\"M-1\"><applicant/><platform/></application>";

static gsb_reader *open_memory(const char *doc, const char *name)
{
	gsb_reader *r = NULL;
	ck_assert_int_eq(gsb_reader_open_memory(&r, doc, strlen(doc), name), GSB_OK);
	return r;
}

/* Batches read from memory, each with one application refused by the
 * caller and one bad: both errors placed at their line and id in the
 * reader's name (XML and the JSON reader alike), the others still read; the
 * reader knows it is a batch at the first callback. In BATCH, M-2 has a
 * division that is not six digits (line 4); in the JSON Lines, J-2. */
static const struct {
	const char *doc, *name;
	int refuse;
	const char *apps[2];
	struct {
		int code;
		const char *app;
		long line;
	} errors[2];
} placed[] = {
	{ BATCH, "upload.xml", 0, { "M-1", "M-3" },
	  { { GSB_EINVAL, "M-1", 2 }, { GSB_ESCHEMA, "M-2", 4 } } },
	{ "{\"id\":\"J-1\",\"applicant\":{},\"platform\":{}}\n"
	  "{\"id\":\"J-2\",\"applicant\":{\"division\":\"3702\"},\"platform\":{}}\n"
	  "{\"id\":\"J-3\",\"applicant\":{},\"platform\":{}}\n",
	  "upload.jsonl", 1, { "J-1", "J-3" },
	  { { GSB_ESCHEMA, "J-2", 2 }, { GSB_EINVAL, "J-3", 3 } } },
};

START_TEST(memory_errors_placed)
{
	gsb_reader *r = open_memory(placed[_i].doc, placed[_i].name);
	seen s = fresh();
	s.refuse = placed[_i].refuse;
	s.reader = r;
	ck_assert_int_eq(gsb_reader_each_application(r, on_app, on_error, &s), GSB_OK);
	gsb_reader_free(r);
	ck_assert_int_eq(s.batch_at_first, 1);
	ck_assert_uint_eq(s.n_apps, 2);
	ck_assert_uint_eq(s.n_errors, 2);
	for (size_t k = 0; k < 2; k++) {
		ck_assert_str_eq(s.apps[k], placed[_i].apps[k]);
		ck_assert_int_eq(s.errors[k].code, placed[_i].errors[k].code);
		ck_assert_str_eq(s.error_apps[k], placed[_i].errors[k].app);
		ck_assert_int_eq(s.errors[k].line, placed[_i].errors[k].line);
		ck_assert_str_eq(s.error_files[k], placed[_i].name);
	}
}
END_TEST

/* One application: not a batch at the first callback. Read again, nothing
 * is left: the loop reports that there is no application, in both
 * languages, in the reader's name. */
START_TEST(memory_nothing_left_is_an_error)
{
	gsb_reader *r = open_memory(ONE, "one.xml");
	seen s = fresh();
	s.reader = r;
	ck_assert_int_eq(gsb_reader_each_application(r, on_app, on_error, &s), GSB_OK);
	ck_assert_int_eq(s.batch_at_first, 0);
	ck_assert_uint_eq(s.n_apps, 1);
	ck_assert_uint_eq(s.n_errors, 0);
	s = fresh();
	ck_assert_int_eq(gsb_reader_each_application(r, on_app, on_error, &s), GSB_OK);
	gsb_reader_free(r);
	ck_assert_uint_eq(s.n_apps, 0);
	ck_assert_uint_eq(s.n_errors, 1);
	ck_assert_int_eq(s.errors[0].code, GSB_ESCHEMA);
	ck_assert_str_eq(s.error_files[0], "one.xml");
	ck_assert_str_eq(s.error_apps[0], "");
	ck_assert_str_eq(gsb_error_message(&s.errors[0], GSB_LANG_EN), "no application in the document");
	ck_assert_str_eq(gsb_error_message(&s.errors[0], GSB_LANG_ZH), "文件中没有申报");
}
END_TEST

/* An empty batch is no error: nothing is called. */
START_TEST(memory_empty_batch)
{
	gsb_reader *r = open_memory("<applications xmlns=\"urn:geshibai:1\"/>", NULL);
	seen s = fresh();
	ck_assert_int_eq(gsb_reader_each_application(r, on_app, on_error, &s), GSB_OK);
	ck_assert_int_eq(gsb_reader_is_batch(r), 1);
	gsb_reader_free(r);
	ck_assert_uint_eq(s.n_apps + s.n_errors, 0);
}
END_TEST

/* The error callback stops the loop: its value is returned, and nothing
 * after the error is read (M-3 is not); the application callback too. */
START_TEST(memory_callbacks_stop)
{
	gsb_reader *r = open_memory(BATCH, NULL);
	seen s = fresh();
	s.error_stop = 0;
	ck_assert_int_eq(gsb_reader_each_application(r, on_app, on_error, &s), 5);
	gsb_reader_free(r);
	ck_assert_uint_eq(s.n_apps, 1);
	ck_assert_uint_eq(s.n_errors, 1);
	ck_assert_str_eq(s.error_apps[0], "M-2");
	r = open_memory(BATCH, NULL);
	s = fresh();
	s.stop_at = 1;
	ck_assert_int_eq(gsb_reader_each_application(r, on_app, on_error, &s), 7);
	gsb_reader_free(r);
	ck_assert_uint_eq(s.n_apps, 2);
	ck_assert_str_eq(s.apps[1], "M-3");
	ck_assert_uint_eq(s.n_errors, 1);
}
END_TEST

START_TEST(memory_null_arguments)
{
	gsb_reader *r = open_memory(BATCH, NULL);
	seen s = fresh();
	ck_assert_int_eq(gsb_reader_each_application(NULL, on_app, on_error, &s), GSB_EINVAL);
	ck_assert_int_eq(gsb_reader_each_application(r, NULL, on_error, &s), GSB_EINVAL);
	ck_assert_int_eq(gsb_reader_each_application(r, on_app, NULL, &s), GSB_EINVAL);
	ck_assert_uint_eq(s.n_apps + s.n_errors, 0);
	/* nothing was read: the loop still has every application */
	ck_assert_int_eq(gsb_reader_each_application(r, on_app, on_error, &s), GSB_OK);
	gsb_reader_free(r);
	ck_assert_uint_eq(s.n_apps, 2);
	ck_assert_uint_eq(s.n_errors, 1);
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("each_application");
	TCase *tc = tcase_create("each_application");
	tcase_add_test(tc, bad_application_reported_in_place);
	tcase_add_test(tc, refused_application_named);
	tcase_add_test(tc, callback_stops);
	tcase_add_test(tc, missing_file_is_an_error);
	tcase_add_test(tc, null_arguments);
	tcase_add_loop_test(tc, memory_errors_placed, 0, (int)(sizeof placed / sizeof placed[0]));
	tcase_add_test(tc, memory_nothing_left_is_an_error);
	tcase_add_test(tc, memory_empty_batch);
	tcase_add_test(tc, memory_callbacks_stop);
	tcase_add_test(tc, memory_null_arguments);
	suite_add_tcase(s, tc);
	return s;
}
