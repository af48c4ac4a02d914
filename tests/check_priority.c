/* Tests for lib/priority.c and the batch ranking: docs/rules.md §5, §11.10, §11.14. */
#include "rules_fixture.h"

static gsb_policy *P;
static gsb_application *A;

static void setup(void)
{
	P = fx_policy();
	A = fx_app();
}

static void teardown(void)
{
	gsb_application_free(A);
	gsb_policy_free(P);
}

static int priority_at(const char *as_of)
{
	gsb_decision *d = fx_eval_at(P, A, as_of);
	int p = gsb_decision_priority(d);
	gsb_decision_free(d);
	return p;
}

/* Every listing kind, with a year before, equal to and after the as-of
 * year, and without a year. */
START_TEST(listing_kinds_and_years)
{
	static const struct {
		gsb_listing_kind kind;
		bool priority;
	} kinds[] = {
		{ GSB_LISTING_NATIONAL_PLATFORM, false }, /* raises the cap, not priority */
		{ GSB_LISTING_INNOVATION_PROGRAMME, true },
		{ GSB_LISTING_INNOVATION_DEMONSTRATION, true },
		{ GSB_LISTING_TWO_INTEGRATION_DEMONSTRATION, true },
		{ GSB_LISTING_OTHER_NATIONAL_DEMONSTRATION, true },
	};
	static const struct {
		int year;
		bool held;
	} years[] = { { 2018, true }, { 2019, true }, { 2020, false }, { 0, true } };
	for (size_t k = 0; k < GSB_ARRAY_LEN(kinds); k++)
		for (size_t y = 0; y < GSB_ARRAY_LEN(years); y++) {
			gsb_application_free(A);
			A = fx_app();
			GSB_OK_OR_FAIL(gsb_application_add_listing(A, kinds[k].kind, years[y].year, NULL));
			int want = kinds[k].priority && years[y].held;
			ck_assert_msg(priority_at("2019-12-31") == want, "kind %zu year %d", k,
			              years[y].year);
		}
}
END_TEST

/* §11.10: no listings, or an empty listings element, is no priority. */
START_TEST(undeclared_listing_is_not_held)
{
	ck_assert_int_eq(priority_at(NULL), 0);
	GSB_OK_OR_FAIL(gsb_application_declare_listings(A));
	ck_assert_int_eq(priority_at(NULL), 0);
	/* a later listing counts once the as-of year reaches it */
	GSB_OK_OR_FAIL(gsb_application_add_listing(A, GSB_LISTING_INNOVATION_PROGRAMME, 2020,
	                                           "工业互联网创新发展工程"));
	ck_assert_int_eq(priority_at("2019-12-31"), 0);
	ck_assert_int_eq(priority_at("2020-01-01"), 1);
	/* any qualifying listing among others */
	GSB_OK_OR_FAIL(gsb_application_add_listing(A, GSB_LISTING_TWO_INTEGRATION_DEMONSTRATION,
	                                           2018, NULL));
	ck_assert_int_eq(priority_at("2019-12-31"), 1);
}
END_TEST

START_TEST(priority_reasons)
{
	gsb_decision *d = fx_eval_at(P, A, NULL);
	ck_assert_str_eq(gsb_decision_priority_reason(d, GSB_LANG_EN),
	                 "not listed in a national programme or demonstration: no priority");
	ck_assert_msg(strlen(gsb_decision_priority_reason(d, GSB_LANG_ZH)) > 0, "zh");
	gsb_decision_free(d);
	GSB_OK_OR_FAIL(gsb_application_add_listing(A, GSB_LISTING_INNOVATION_DEMONSTRATION, 2019,
	                                           NULL));
	d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_priority(d), 1);
	ck_assert_str_eq(gsb_decision_priority_reason(d, GSB_LANG_EN),
	                 "listed in the national innovation-demonstration (2019): priority");
	gsb_decision_free(d);
}
END_TEST

/* Priority never makes an application eligible. */
START_TEST(priority_does_not_make_eligible)
{
	GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_OWNER, GSB_FALSE));
	GSB_OK_OR_FAIL(gsb_application_add_listing(A, GSB_LISTING_INNOVATION_PROGRAMME, 0, NULL));
	gsb_decision *d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_priority(d), 1);
	ck_assert_int_eq(gsb_decision_outcome(d), GSB_OUTCOME_INELIGIBLE);
	ck_assert_int_eq(gsb_decision_subsidy_status(d), GSB_SUBSIDY_NOT_ELIGIBLE);
	gsb_decision_free(d);
}
END_TEST

START_TEST(expert_score)
{
	int64_t score = -1;
	gsb_decision *d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_expert_score(d, &score), 0);
	gsb_decision_free(d);
	GSB_OK_OR_FAIL(gsb_application_set_expert_score(A, "88.5"));
	d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_expert_score(d, &score), 1);
	ck_assert_int_eq(score, 885000);
	ck_assert_int_eq(gsb_decision_expert_score(d, NULL), 1);
	gsb_decision_free(d);
	ck_assert_int_eq(gsb_decision_expert_score(NULL, &score), 0);
}
END_TEST

/* Build an application for ranking: outcome, priority, score, id. */
static gsb_decision *ranked(gsb_outcome outcome, bool priority, const char *score,
                            const char *id)
{
	gsb_application *a = fx_app();
	GSB_OK_OR_FAIL(gsb_application_set_id(a, id));
	if (outcome == GSB_OUTCOME_INELIGIBLE)
		GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_OWNER, GSB_FALSE));
	else if (outcome == GSB_OUTCOME_INCOMPLETE)
		GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_OWNER, GSB_UNKNOWN));
	if (priority)
		GSB_OK_OR_FAIL(gsb_application_add_listing(a, GSB_LISTING_INNOVATION_PROGRAMME, 0,
		                                           NULL));
	if (score)
		GSB_OK_OR_FAIL(gsb_application_set_expert_score(a, score));
	gsb_decision *d = fx_eval_at(P, a, NULL);
	ck_assert_int_eq(gsb_decision_outcome(d), outcome);
	gsb_application_free(a);
	return d;
}

static int cmp_decisions(const void *x, const void *y)
{
	return gsb_decision_rank_compare(*(gsb_decision *const *)x, *(gsb_decision *const *)y);
}

/* §5 and §11.14: eligible, incomplete, ineligible; priority; score
 * descending with none last; application id. */
START_TEST(ranking)
{
	gsb_decision *d[] = {
		ranked(GSB_OUTCOME_INELIGIBLE, true, "99", "A"),
		ranked(GSB_OUTCOME_INCOMPLETE, true, "99", "B"),
		ranked(GSB_OUTCOME_ELIGIBLE, false, NULL, "C"),
		ranked(GSB_OUTCOME_ELIGIBLE, false, "70", "D"),
		ranked(GSB_OUTCOME_ELIGIBLE, true, "60", "E"),
		ranked(GSB_OUTCOME_ELIGIBLE, false, "70.0001", "F"),
		ranked(GSB_OUTCOME_ELIGIBLE, false, "70", "B2"),
		ranked(GSB_OUTCOME_ELIGIBLE, true, NULL, "G"),
		ranked(GSB_OUTCOME_INCOMPLETE, false, "100", "H"),
	};
	static const char *const want[] = { "E", "G", "F", "B2", "D", "C", "B", "H", "A" };
	qsort(d, GSB_ARRAY_LEN(d), sizeof d[0], cmp_decisions);
	for (size_t i = 0; i < GSB_ARRAY_LEN(d); i++)
		ck_assert_str_eq(gsb_decision_application(d[i]), want[i]);
	ck_assert_int_eq(gsb_decision_rank_compare(d[0], d[0]), 0);
	ck_assert_int_lt(gsb_decision_rank_compare(d[0], d[1]), 0);
	ck_assert_int_gt(gsb_decision_rank_compare(d[1], d[0]), 0);
	ck_assert_int_lt(gsb_decision_rank_compare(d[0], NULL), 0);
	ck_assert_int_gt(gsb_decision_rank_compare(NULL, d[0]), 0);
	ck_assert_int_eq(gsb_decision_rank_compare(NULL, NULL), 0);
	for (size_t i = 0; i < GSB_ARRAY_LEN(d); i++)
		gsb_decision_free(d[i]);
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("priority");
	TCase *tc = tcase_create("priority");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, listing_kinds_and_years);
	tcase_add_test(tc, undeclared_listing_is_not_held);
	tcase_add_test(tc, priority_reasons);
	tcase_add_test(tc, priority_does_not_make_eligible);
	tcase_add_test(tc, expert_score);
	tcase_add_test(tc, ranking);
	suite_add_tcase(s, tc);
	return s;
}
