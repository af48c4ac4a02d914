/* Tests for lib/date.c: calendar dates. */
#include <string.h>
#include "runner.h"

START_TEST(parse_and_format_round_trip)
{
	gsb_date d;
	char buf[11];
	GSB_OK_OR_FAIL(gsb_date_parse(&d, "2019-06-14"));
	ck_assert_str_eq(gsb_date_format(d, buf), "2019-06-14");
	GSB_OK_OR_FAIL(gsb_date_parse(&d, "1970-01-01"));
	ck_assert_int_eq(d, 0);
	GSB_OK_OR_FAIL(gsb_date_parse(&d, "2020-02-29"));
	ck_assert_str_eq(gsb_date_format(d, buf), "2020-02-29");
}
END_TEST

START_TEST(day_arithmetic)
{
	gsb_date a, b;
	GSB_OK_OR_FAIL(gsb_date_parse(&a, "2019-01-01"));
	GSB_OK_OR_FAIL(gsb_date_parse(&b, "2020-01-01"));
	ck_assert_int_eq(b - a, 365);
	GSB_OK_OR_FAIL(gsb_date_parse(&a, "2020-01-01"));
	GSB_OK_OR_FAIL(gsb_date_parse(&b, "2021-01-01"));
	ck_assert_int_eq(b - a, 366);
	int y, m, dd;
	gsb_date_to_ymd(gsb_date_from_ymd(2000, 2, 29) + 1, &y, &m, &dd);
	ck_assert_int_eq(y, 2000);
	ck_assert_int_eq(m, 3);
	ck_assert_int_eq(dd, 1);
}
END_TEST

START_TEST(impossible_dates_refused)
{
	static const char *const bad[] = { "2019-02-30", "2019-02-29", "1900-02-29", "2019-13-01",
		"2019-00-10", "2019-04-31", "2019-6-14", "2019/06/14", "20190614", "", "2019-06-14 ",
		"２０１９-06-14", "abcd-ef-gh" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		gsb_date d = 42;
		ck_assert_msg(gsb_date_parse(&d, bad[i]) == GSB_EINVAL, "accepted '%s'", bad[i]);
		ck_assert_int_eq(d, 42);
	}
	ck_assert_int_eq(gsb_date_from_ymd(2019, 2, 30), GSB_DATE_NONE);
}
END_TEST

START_TEST(null_arguments)
{
	gsb_date d;
	ck_assert_int_eq(gsb_date_parse(NULL, "2019-01-01"), GSB_EINVAL);
	ck_assert_int_eq(gsb_date_parse(&d, NULL), GSB_EINVAL);
	ck_assert_ptr_nonnull(strstr(gsb_error_last()->message, "NULL"));
	ck_assert_ptr_null(gsb_date_format(0, NULL));
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("date");
	TCase *tc = tcase_create("date");
	tcase_add_test(tc, parse_and_format_round_trip);
	tcase_add_test(tc, day_arithmetic);
	tcase_add_test(tc, impossible_dates_refused);
	tcase_add_test(tc, null_arguments);
	suite_add_tcase(s, tc);
	return s;
}
