/*
 * Tests for lib/each_application.c: gsb_each_application reads every
 * application of a file, reports each error with its file, line and
 * application, goes on after a bad one, and stops when a callback says so.
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
} seen;

static int on_app(void *ctx, const gsb_application *app)
{
	seen *s = ctx;
	size_t i = s->n_apps++;
	snprintf(s->apps[i], sizeof s->apps[i], "%s", gsb_application_id(app));
	if ((int)i == s->stop_at)
		return 7;
	if ((int)i == s->refuse) {
		gsb_application_set_id(NULL, NULL); /* sets an error: GSB_EINVAL */
		return -1;
	}
	return 0;
}

static int on_error(void *ctx, const gsb_error *e)
{
	seen *s = ctx;
	size_t i = s->n_errors++;
	s->errors[i] = *e;
	snprintf(s->error_apps[i], sizeof s->error_apps[i], "%s", e->application ? e->application : "");
	snprintf(s->error_files[i], sizeof s->error_files[i], "%s", e->file ? e->file : "");
	return 0;
}

static seen fresh(void)
{
	seen s;
	memset(&s, 0, sizeof s);
	s.refuse = -1;
	s.stop_at = -1;
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

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("each_application");
	TCase *tc = tcase_create("each_application");
	tcase_add_test(tc, bad_application_reported_in_place);
	tcase_add_test(tc, refused_application_named);
	tcase_add_test(tc, callback_stops);
	tcase_add_test(tc, missing_file_is_an_error);
	tcase_add_test(tc, null_arguments);
	suite_add_tcase(s, tc);
	return s;
}
