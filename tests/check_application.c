/* Tests for lib/application.c: building an application field by field. */
#include <stdio.h>
#include <stdlib.h>
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

/* The facts gsb_application_add_item keeps, item by item, are those a
 * count from scratch finds (gsb__list_facts_count). */
static void expect_facts_kept(gsb_list list)
{
	const gsb__strlist *l = &app->lists[list];
	gsb__list_facts counted = gsb__list_facts_count(l, list);
	ck_assert_uint_eq(l->facts_n, l->n);
	ck_assert_uint_eq(l->facts.codes, counted.codes);
	ck_assert_uint_eq(l->facts.distinct, counted.distinct);
	ck_assert_int_eq(l->facts.ten, counted.ten);
}

START_TEST(facts_kept_item_by_item)
{
	static const struct {
		gsb_list list;
		const char *item;
	} adds[] = {
		{ GSB_LIST_DOMAINS, "management" },      { GSB_LIST_DOMAINS, "rnd" },
		{ GSB_LIST_DOMAINS, "management" },      { GSB_LIST_DOMAINS, "manufacturing" },
		{ GSB_LIST_RESOURCES, "micro-services" }, { GSB_LIST_RESOURCES, "databases" },
		{ GSB_LIST_CAPABILITIES, "large-scale-api-calls" },
		{ GSB_LIST_CAPABILITIES, "massive-device-access" },
		{ GSB_LIST_INDUSTRIES, "轮胎" },          { GSB_LIST_INDUSTRIES, "" },
		{ GSB_LIST_INDUSTRIES, "Tyres" },         { GSB_LIST_INDUSTRIES, "tyres" },
		{ GSB_LIST_INDUSTRIES, "" },              { GSB_LIST_INDUSTRIES, "醫養健康" },
		{ GSB_LIST_INDUSTRIES, "health-care" },   { GSB_LIST_INDUSTRIES, "现代海洋" },
		{ GSB_LIST_INDUSTRIES, "smart-ocean" },   { GSB_LIST_INDUSTRIES, "other" },
		{ GSB_LIST_CLUSTERS, "纺织" },            { GSB_LIST_CLUSTERS, "textiles" },
		{ GSB_LIST_CLUSTERS, "Tyres" },           { GSB_LIST_CLUSTERS, "" },
		{ GSB_LIST_CLUSTERS, "tyres" },           { GSB_LIST_SCENARIOS, "远程运维" },
		{ GSB_LIST_SCENARIOS, "" },               { GSB_LIST_SCENARIOS, "遠程運維" },
	};
	for (size_t i = 0; i < GSB_ARRAY_LEN(adds); i++) {
		GSB_OK_OR_FAIL(gsb_application_add_item(app, adds[i].list, adds[i].item));
		expect_facts_kept(adds[i].list);
	}
	ck_assert_uint_eq(app->lists[GSB_LIST_DOMAINS].facts.distinct, 3);
	ck_assert_uint_eq(app->lists[GSB_LIST_INDUSTRIES].facts.distinct, 5);
	ck_assert(app->lists[GSB_LIST_INDUSTRIES].facts.ten);
	ck_assert_uint_eq(app->lists[GSB_LIST_CLUSTERS].facts.distinct, 2);
	ck_assert_uint_eq(app->lists[GSB_LIST_SCENARIOS].facts.distinct, 1);
	/* a list changed behind the setters' back is counted again */
	gsb__strlist *l = &app->lists[GSB_LIST_DOMAINS];
	for (size_t i = 0; i < l->n; i++)
		free(l->items[i]);
	l->n = 0;
	GSB_OK_OR_FAIL(gsb_application_add_item(app, GSB_LIST_DOMAINS, "service"));
	expect_facts_kept(GSB_LIST_DOMAINS);
	ck_assert_uint_eq(l->facts.distinct, 1);
	ck_assert_uint_eq(l->facts.codes, 1u << 5);
	/* an industry that is not one of the ten, then one that is */
	gsb_application_free(app);
	GSB_OK_OR_FAIL(gsb_application_new(&app));
	GSB_OK_OR_FAIL(gsb_application_add_item(app, GSB_LIST_INDUSTRIES, "纺织"));
	ck_assert(!app->lists[GSB_LIST_INDUSTRIES].facts.ten);
	GSB_OK_OR_FAIL(gsb_application_add_item(app, GSB_LIST_INDUSTRIES, "Smart Ocean"));
	ck_assert(app->lists[GSB_LIST_INDUSTRIES].facts.ten);
	ck_assert_str_eq(app->lists[GSB_LIST_INDUSTRIES].items[1], "smart-ocean");
	expect_facts_kept(GSB_LIST_INDUSTRIES);
}
END_TEST

/* Long lists cost linear time: the distinctness check compares a bounded
 * number of items one by one (a short list's scan), however long the list
 * grows (quadratic: 2 * 10^8 comparisons for these 20,000 items). */
START_TEST(long_lists_linear)
{
	static const gsb_list lists[] = { GSB_LIST_INDUSTRIES, GSB_LIST_CLUSTERS,
		                          GSB_LIST_SCENARIOS };
	const size_t n = 20000;
	for (size_t k = 0; k < GSB_ARRAY_LEN(lists); k++) {
		gsb__item_compares = 0;
		char item[32];
		for (size_t i = 0; i < n; i++) {
			snprintf(item, sizeof item, "item %zu", i % (n / 2)); /* each twice */
			GSB_OK_OR_FAIL(gsb_application_add_item(app, lists[k], item));
		}
		ck_assert_uint_eq(app->lists[lists[k]].n, n);
		ck_assert_uint_eq(app->lists[lists[k]].facts.distinct, n / 2);
		ck_assert_uint_le(gsb__item_compares, 16 * 16);
	}
	/* counted again from scratch (a list changed behind the setters' back) */
	gsb__item_compares = 0;
	gsb__list_facts f = gsb__list_facts_count(&app->lists[GSB_LIST_CLUSTERS], GSB_LIST_CLUSTERS);
	ck_assert_uint_eq(f.distinct, n / 2);
	ck_assert_uint_le(gsb__item_compares, 16 * 16);
}
END_TEST

/* Arrays and strings start in the application's own block and move out
 * when they outgrow it: contents survive either way. */
START_TEST(grows_past_the_room)
{
	static const char *const domains[] = { "rnd", "procurement", "manufacturing",
		                               "management", "logistics", "service" };
	for (int i = 0; i < 40; i++) {
		GSB_OK_OR_FAIL(gsb_application_add_item(app, GSB_LIST_DOMAINS, domains[i % 6]));
		GSB_OK_OR_FAIL(gsb_application_add_item(app, GSB_LIST_INDUSTRIES,
		                                        i % 2 ? "高端装备" : "Tyres"));
	}
	for (int i = 0; i < 40; i++) {
		ck_assert_str_eq(app->lists[GSB_LIST_DOMAINS].items[i], domains[i % 6]);
		ck_assert_str_eq(app->lists[GSB_LIST_INDUSTRIES].items[i],
		                 i % 2 ? "high-end-equipment" : "tyres");
	}
	expect_facts_kept(GSB_LIST_DOMAINS);
	expect_facts_kept(GSB_LIST_INDUSTRIES);

	char longer[300];
	memset(longer, 'x', sizeof longer - 1);
	longer[sizeof longer - 1] = '\0';
	GSB_OK_OR_FAIL(gsb_application_set_id(app, "QD-1"));
	GSB_OK_OR_FAIL(gsb_application_set_id(app, longer));
	ck_assert_str_eq(gsb_application_id(app), longer);
	GSB_OK_OR_FAIL(gsb_application_set_id(app, gsb_application_id(app))); /* itself */
	ck_assert_str_eq(gsb_application_id(app), longer);
	GSB_OK_OR_FAIL(gsb_application_set_id(app, "QD-2"));
	GSB_OK_OR_FAIL(gsb_application_set_id(app, gsb_application_id(app)));
	GSB_OK_OR_FAIL(gsb_application_set_id(app, gsb_application_id(app) + 1));
	ck_assert_str_eq(gsb_application_id(app), "D-2");
	ck_assert_int_eq(gsb_application_set_id(app, "\xff"), GSB_EINVAL);
	ck_assert_str_eq(gsb_application_id(app), "D-2");
	GSB_OK_OR_FAIL(gsb_application_set_name(app, longer + 200));
	GSB_OK_OR_FAIL(gsb_application_set_name(app, "青岛智云工业互联网有限公司"));
	ck_assert_str_eq(app->name, "青岛智云工业互联网有限公司");
	GSB_OK_OR_FAIL(gsb_application_set_platform_name(app, longer));
	ck_assert_str_eq(app->platform_name, longer);
	GSB_OK_OR_FAIL(gsb_application_set_uscc(app, "9137170572XJ145G3X"));
	ck_assert_str_eq(app->uscc, "9137170572XJ145G3X");

	for (int i = 0; i < 7; i++) {
		GSB_OK_OR_FAIL(gsb_application_add_local(app, 100 + i,
		                                         i == 1 ? NULL : i % 2 ? longer : "青岛市"));
		GSB_OK_OR_FAIL(gsb_application_add_kpi(app, (gsb_kpi)(i % GSB_KPI_COUNT), "2.0",
		                                       "1.5"));
		gsb_date s = gsb_date_from_ymd(2019, 1, 1), e = gsb_date_from_ymd(2020, 1, 1);
		GSB_OK_OR_FAIL(gsb_application_add_loan(app, 1000 * i, "4.35", s, e, NULL));
	}
	for (int i = 0; i < 7; i++) {
		ck_assert_int_eq(app->locals[i].amount, 100 + i);
		if (i == 1)
			ck_assert_ptr_null(app->locals[i].source);
		else
			ck_assert_str_eq(app->locals[i].source, i % 2 ? longer : "青岛市");
		ck_assert_int_eq(app->kpis[i].kpi, i % GSB_KPI_COUNT);
		ck_assert(app->kpis[i].valid);
		ck_assert_int_eq(app->loans[i].principal, 1000 * i);
	}
	ck_assert_uint_eq(app->n_locals, 7);
	ck_assert_uint_eq(app->n_kpis, 7);
	ck_assert_uint_eq(app->n_loans, 7);
}
END_TEST

/* A closed list checks the code first now, the message is as before. */
START_TEST(item_errors)
{
	ck_assert_int_eq(gsb_application_add_item(app, GSB_LIST_DOMAINS, "\xff"), GSB_EINVAL);
	ck_assert_str_eq(gsb_error_last()->message, "domains item: invalid UTF-8 or a control character");
	ck_assert_int_eq(gsb_application_add_item(app, GSB_LIST_DOMAINS, "研发"), GSB_EINVAL);
	ck_assert_str_eq(gsb_error_last()->message, "'研发' is not a code of domains");
	ck_assert_int_eq(gsb_application_add_item(app, GSB_LIST_INDUSTRIES, "医\xe5"), GSB_EINVAL);
	ck_assert_str_eq(gsb_error_last()->message, "industries item: invalid UTF-8 or a control character");
	ck_assert_int_eq(gsb_application_add_item(app, GSB_LIST_SCENARIOS, "\xc0\xaf"), GSB_EINVAL);
	ck_assert_str_eq(gsb_error_last()->message, "scenarios item: invalid UTF-8 or a control character");
	ck_assert_int_eq(gsb_application_add_item(app, GSB_LIST_COUNT, "rnd"), GSB_EINVAL);
	ck_assert_str_eq(gsb_error_last()->message, "list 8 out of range");
	for (int l = 0; l < GSB_LIST_COUNT; l++)
		ck_assert_uint_eq(app->lists[l].n, 0);
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
	tcase_add_test(tc, facts_kept_item_by_item);
	tcase_add_test(tc, grows_past_the_room);
	tcase_add_test(tc, item_errors);
	tcase_add_test(tc, long_lists_linear);
	suite_add_tcase(s, tc);
	return s;
}
