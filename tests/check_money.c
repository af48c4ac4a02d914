/* Tests for lib/money.c: amounts in integer fen, exact decimals. */
#include <string.h>
#include "runner.h"
#include "internal.h"

START_TEST(fen_parse)
{
	gsb_fen f;
	GSB_OK_OR_FAIL(gsb_fen_parse(&f, "12345.67"));
	ck_assert_int_eq(f, 1234567);
	GSB_OK_OR_FAIL(gsb_fen_parse(&f, "10"));
	ck_assert_int_eq(f, 1000);
	GSB_OK_OR_FAIL(gsb_fen_parse(&f, "0.5"));
	ck_assert_int_eq(f, 50);
	GSB_OK_OR_FAIL(gsb_fen_parse(&f, "-3.01"));
	ck_assert_int_eq(f, -301);
	GSB_OK_OR_FAIL(gsb_fen_parse(&f, "92233720368547758.07"));
	ck_assert_int_eq(f, INT64_MAX);
}
END_TEST

START_TEST(fen_parse_refuses)
{
	gsb_fen f = 7;
	ck_assert_int_eq(gsb_fen_parse(&f, "1.234"), GSB_EINVAL);
	ck_assert_ptr_nonnull(strstr(gsb_error_last()->message, "two decimals"));
	ck_assert_int_eq(gsb_fen_parse(&f, "92233720368547758.08"), GSB_EOVERFLOW);
	ck_assert_int_eq(gsb_fen_parse(&f, "99999999999999999999999"), GSB_EOVERFLOW);
	ck_assert_int_eq(gsb_fen_parse(&f, ""), GSB_EINVAL);
	ck_assert_int_eq(gsb_fen_parse(&f, "."), GSB_EINVAL);
	ck_assert_int_eq(gsb_fen_parse(&f, "1."), GSB_EINVAL);
	ck_assert_int_eq(gsb_fen_parse(&f, ".5"), GSB_EINVAL);
	ck_assert_int_eq(gsb_fen_parse(&f, "1e3"), GSB_EINVAL);
	ck_assert_int_eq(gsb_fen_parse(&f, " 1"), GSB_EINVAL);
	ck_assert_int_eq(gsb_fen_parse(&f, "1,000"), GSB_EINVAL);
	ck_assert_int_eq(gsb_fen_parse(&f, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_fen_parse(NULL, "1"), GSB_EINVAL);
	ck_assert_int_eq(f, 7);
}
END_TEST

START_TEST(fen_format)
{
	char buf[24];
	ck_assert_str_eq(gsb_fen_format(0, buf), "0.00");
	ck_assert_str_eq(gsb_fen_format(5, buf), "0.05");
	ck_assert_str_eq(gsb_fen_format(1920520833, buf), "19205208.33");
	ck_assert_str_eq(gsb_fen_format(-301, buf), "-3.01");
	ck_assert_str_eq(gsb_fen_format(INT64_MIN, buf), "-92233720368547758.08");
}
END_TEST

START_TEST(decimals_exact)
{
	gsb__dec a, b;
	char buf[24];
	GSB_OK_OR_FAIL(gsb__dec_parse(&a, "4.35", 4));
	ck_assert_int_eq(a.mant, 435);
	ck_assert_int_eq(a.scale, 2);
	ck_assert_str_eq(gsb__dec_format(a, buf), "4.35");
	GSB_OK_OR_FAIL(gsb__dec_parse(&b, "4.3500", 4));
	ck_assert_int_eq(gsb__dec_cmp(a, b), 0);
	GSB_OK_OR_FAIL(gsb__dec_parse(&b, "4.3501", 4));
	ck_assert_int_eq(gsb__dec_cmp(a, b), -1);
	ck_assert_int_eq(gsb__dec_parse(&b, "4.35001", 4), GSB_EINVAL);
	GSB_OK_OR_FAIL(gsb__dec_parse(&b, "-0.001", 18));
	ck_assert_str_eq(gsb__dec_format(b, buf), "-0.001");
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("money");
	TCase *tc = tcase_create("money");
	tcase_add_test(tc, fen_parse);
	tcase_add_test(tc, fen_parse_refuses);
	tcase_add_test(tc, fen_format);
	tcase_add_test(tc, decimals_exact);
	suite_add_tcase(s, tc);
	return s;
}
