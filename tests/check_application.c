/* Tests for lib/application.c: building an application field by field. */
#include <string.h>
#include "runner.h"
#include "internal.h"

static gsb_application *app;

static void setup(void)
{
	ck_assert_int_eq(gsb_application_new(&app), GSB_OK);
}

static void teardown(void)
{
	gsb_application_free(app);
	app = NULL;
}

START_TEST(starts_unknown)
{
	for (int f = 0; f < GSB_FACT_COUNT; f++)
		ck_assert_int_eq(app->facts[f], GSB_UNKNOWN);
	ck_assert_int_eq(app->legal_form, GSB_LEGAL_FORM_NONE);
	ck_assert_int_eq(app->claimed, GSB_TIER_NONE);
	ck_assert_int_eq(app->submitted, GSB_DATE_NONE);
	for (int l = 0; l < GSB_LIST_COUNT; l++)
		ck_assert(!app->lists[l].declared);
	ck_assert(!app->listings_declared);
	ck_assert_ptr_null(gsb_application_id(app));
}
END_TEST

START_TEST(setters_store)
{
	GSB_OK_OR_FAIL(gsb_application_set_id(app, "QD-2019-007"));
	ck_assert_str_eq(gsb_application_id(app), "QD-2019-007");
	GSB_OK_OR_FAIL(gsb_application_set_division(app, "370212"));
	ck_assert_str_eq(app->division, "370212");
	GSB_OK_OR_FAIL(gsb_application_set_fact(app, GSB_FACT_OWNER, GSB_FALSE));
	ck_assert_int_eq(app->facts[GSB_FACT_OWNER], GSB_FALSE);
	GSB_OK_OR_FAIL(gsb_application_set_fact(app, GSB_FACT_OWNER, GSB_UNKNOWN));
	ck_assert_int_eq(app->facts[GSB_FACT_OWNER], GSB_UNKNOWN);
	GSB_OK_OR_FAIL(gsb_application_set_expert_score(app, "88.5"));
	ck_assert_int_eq(app->score_e4, 885000);
	GSB_OK_OR_FAIL(gsb_application_add_item(app, GSB_LIST_DOMAINS, "rnd"));
	GSB_OK_OR_FAIL(gsb_application_declare_list(app, GSB_LIST_CLUSTERS));
	ck_assert(app->lists[GSB_LIST_CLUSTERS].declared);
	ck_assert_uint_eq(app->lists[GSB_LIST_CLUSTERS].n, 0);
	ck_assert_uint_eq(app->lists[GSB_LIST_DOMAINS].n, 1);
	GSB_OK_OR_FAIL(gsb_application_add_listing(app, GSB_LISTING_NATIONAL_PLATFORM, 2019, "平台"));
	ck_assert(app->listings_declared);
	ck_assert_int_eq(app->listings[0].year, 2019);
	/* a Chinese name with a character beyond U+FFFF survives */
	GSB_OK_OR_FAIL(gsb_application_set_name(app, "\xF0\xA0\x80\x80科技有限公司"));
	ck_assert_str_eq(app->name, "𠀀科技有限公司");
}
END_TEST

START_TEST(loans_and_money)
{
	gsb_date s = gsb_date_from_ymd(2019, 1, 1), e = gsb_date_from_ymd(2020, 1, 1);
	GSB_OK_OR_FAIL(gsb_application_add_loan(app, 10000000000LL, "4.35", s, e, "0.5"));
	ck_assert_int_eq(app->loans[0].rate_percent.mant, 435);
	ck_assert(app->loans[0].has_ratio);
	GSB_OK_OR_FAIL(gsb_application_add_loan(app, 100, "4.35", s, s, NULL));
	ck_assert(!app->loans[1].has_ratio);
	ck_assert_int_eq(gsb_application_add_loan(app, 100, "4.35", e, s, NULL), GSB_EINPUT);
	ck_assert_int_eq(gsb_application_add_loan(app, 100, "4.35001", s, e, NULL), GSB_EINPUT);
	ck_assert_ptr_nonnull(strstr(gsb_error_last()->message, "ratePercent"));
	ck_assert_int_eq(gsb_application_add_loan(app, 100, "4.35", s, e, "0.12345"), GSB_EINPUT);
	ck_assert_int_eq(gsb_application_add_loan(app, -1, "4.35", s, e, NULL), GSB_EINPUT);
	ck_assert_uint_eq(app->n_loans, 2);
	ck_assert_int_eq(gsb_application_set_award(app, -5), GSB_EINPUT);
	ck_assert(!app->has_award);
	GSB_OK_OR_FAIL(gsb_application_set_award(app, 0));
	ck_assert(app->has_award);
}
END_TEST

START_TEST(bad_arguments_change_nothing)
{
	ck_assert_int_eq(gsb_application_set_division(app, "3702"), GSB_EINVAL);
	ck_assert_int_eq(gsb_application_set_division(app, "37021a"), GSB_EINVAL);
	ck_assert_str_eq(app->division, "");
	ck_assert_int_eq(gsb_application_add_item(app, GSB_LIST_DOMAINS, "research"), GSB_EINVAL);
	ck_assert(!app->lists[GSB_LIST_DOMAINS].declared);
	ck_assert_int_eq(gsb_application_set_fact(app, GSB_FACT_COUNT, GSB_TRUE), GSB_EINVAL);
	ck_assert_int_eq(gsb_application_set_fact(app, GSB_FACT_CAPABLE, (gsb_tri)7), GSB_EINVAL);
	ck_assert_int_eq(gsb_application_set_name(app, "\xC3\x28"), GSB_EINVAL);
	ck_assert_ptr_null(app->name);
	ck_assert_int_eq(gsb_application_set_year(app, 0), GSB_EINVAL);
	ck_assert_int_eq(gsb_application_set_claimed_tier(app, (gsb_tier)9), GSB_EINVAL);
	ck_assert_int_eq(gsb_application_set_expert_score(app, "88.12345"), GSB_EINVAL);
	ck_assert_int_eq(gsb_application_set_metric(app, GSB_METRIC_CONNECTED_DEVICES, -1), GSB_EINVAL);
	ck_assert_int_eq(gsb_application_add_kpi(app, GSB_KPI_DEFECT_RATE, "2.0", "x"), GSB_EINVAL);
	ck_assert_uint_eq(app->n_kpis, 0);
}
END_TEST

START_TEST(null_arguments)
{
	ck_assert_int_eq(gsb_application_new(NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_application_set_id(NULL, "x"), GSB_EINVAL);
	ck_assert_int_eq(gsb_application_set_id(app, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_application_set_uscc(app, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_application_add_item(app, GSB_LIST_INDUSTRIES, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_application_add_loan(app, 1, NULL, 0, 1, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_application_add_kpi(NULL, GSB_KPI_DEFECT_RATE, "1", "1"), GSB_EINVAL);
	ck_assert_ptr_null(gsb_application_id(NULL));
	ck_assert_int_eq(gsb_application_line(NULL), 0);
	gsb_application_free(NULL);
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("application");
	TCase *tc = tcase_create("application");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, starts_unknown);
	tcase_add_test(tc, setters_store);
	tcase_add_test(tc, loans_and_money);
	tcase_add_test(tc, bad_arguments_change_nothing);
	tcase_add_test(tc, null_arguments);
	suite_add_tcase(s, tc);
	return s;
}
