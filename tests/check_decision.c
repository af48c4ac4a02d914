/* Tests for lib/decision.c: gsb_evaluate, the flags, names and the accessors. */
#include <pthread.h>
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

START_TEST(null_arguments)
{
	gsb_decision *d = (gsb_decision *)1;
	ck_assert_int_eq(gsb_evaluate(NULL, P, A, GSB_DATE_NONE, 0), GSB_EINVAL);
	ck_assert_int_eq(gsb_evaluate(&d, NULL, A, GSB_DATE_NONE, 0), GSB_EINVAL);
	ck_assert_ptr_null(d);
	d = (gsb_decision *)1;
	ck_assert_int_eq(gsb_evaluate(&d, P, NULL, GSB_DATE_NONE, 0), GSB_EINVAL);
	ck_assert_ptr_null(d);
	ck_assert_int_eq(gsb_error_last()->code, GSB_EINVAL);
	ck_assert_int_eq(gsb_evaluate(&d, P, A, GSB_DATE_NONE, 1u << 7), GSB_EINVAL);
	ck_assert_ptr_null(d);
	gsb_decision_free(NULL);
}
END_TEST

/* Every accessor is safe on a NULL decision. */
START_TEST(null_decision_accessors)
{
	const gsb_decision *n = NULL;
	int64_t score = 7;
	ck_assert_ptr_null(gsb_decision_application(n));
	ck_assert_int_eq(gsb_decision_as_of(n), GSB_DATE_NONE);
	ck_assert_ptr_null(gsb_decision_policy(n));
	ck_assert_int_ne(gsb_decision_outcome(n), GSB_OUTCOME_ELIGIBLE);
	ck_assert_int_eq(gsb_decision_check_count(n), 0);
	ck_assert_ptr_null(gsb_decision_check_id(n, 0));
	ck_assert_ptr_null(gsb_decision_check_provision(n, 0));
	ck_assert_int_eq(gsb_decision_check_result(n, 0), GSB_UNKNOWN);
	ck_assert_ptr_null(gsb_decision_check_reason(n, 0, GSB_LANG_ZH));
	ck_assert_int_eq(gsb_decision_missing_count(n), 0);
	ck_assert_ptr_null(gsb_decision_missing(n, 0));
	ck_assert_int_eq(gsb_decision_tier(n), GSB_TIER_NONE);
	ck_assert_int_eq(gsb_decision_claimed_tier(n), GSB_TIER_NONE);
	ck_assert_int_eq(gsb_decision_relation(n), GSB_RELATION_NONE);
	ck_assert_int_eq(gsb_decision_criterion_count(n), 0);
	ck_assert_ptr_null(gsb_decision_criterion_id(n, 0));
	ck_assert_ptr_null(gsb_decision_criterion_provision(n, 0));
	ck_assert_int_eq(gsb_decision_criterion_result(n, 0), GSB_UNKNOWN);
	ck_assert_ptr_null(gsb_decision_criterion_reason(n, 0, GSB_LANG_EN));
	ck_assert_uint_eq(gsb_decision_enterprise_kinds(n), 0);
	ck_assert_int_eq(gsb_decision_undetermined_count(n), 0);
	ck_assert_int_eq(gsb_decision_undetermined(n, 0), GSB_TIER_NONE);
	ck_assert_int_eq(gsb_decision_priority(n), 0);
	ck_assert_ptr_null(gsb_decision_priority_reason(n, GSB_LANG_ZH));
	ck_assert_int_eq(gsb_decision_expert_score(n, &score), 0);
	ck_assert_int_eq(score, 7);
	ck_assert_int_ne(gsb_decision_subsidy_status(n), GSB_SUBSIDY_GRANTED);
	ck_assert_ptr_null(gsb_decision_subsidy_reason(n, GSB_LANG_EN));
	ck_assert_int_eq(gsb_decision_cap(n), 0);
	ck_assert_int_eq(gsb_decision_national(n), 0);
	ck_assert_int_eq(gsb_decision_cap_applied(n), 0);
	ck_assert_int_eq(gsb_decision_requested(n), 0);
	ck_assert_int_eq(gsb_decision_granted(n), 0);
	ck_assert_int_eq(gsb_decision_local(n), 0);
	ck_assert_int_eq(gsb_decision_total(n), 0);
	ck_assert_ptr_null(gsb_decision_granted_in_words(n));
	ck_assert_int_eq(gsb_decision_instrument_requested(n, GSB_INSTRUMENT_AWARD), 0);
	ck_assert_int_eq(gsb_decision_instrument_granted(n, GSB_INSTRUMENT_AWARD), 0);
	ck_assert_int_eq(gsb_decision_loan_count(n), 0);
	ck_assert_int_eq(gsb_decision_loan_days(n, 0), 0);
	ck_assert_int_eq(gsb_decision_loan_subsidy(n, 0), 0);
	ck_assert_int_eq(gsb_decision_kpi_count(n), 0);
	ck_assert_int_eq(gsb_decision_kpi_met_count(n), 0);
	ck_assert_int_eq(gsb_decision_kpi_met(n, 0), GSB_UNKNOWN);
	ck_assert_ptr_null(gsb_decision_kpi_change(n, 0));
	ck_assert_ptr_null(gsb_decision_kpi_target(n, 0));
	ck_assert_ptr_null(gsb_decision_kpi_error(n, 0, GSB_LANG_ZH));
}
END_TEST

/* Out-of-range indexes and bad enumerations on a real decision. */
START_TEST(out_of_range)
{
	gsb_decision *d = fx_eval_at(P, A, NULL);
	ck_assert_ptr_null(gsb_decision_check_id(d, 15));
	ck_assert_ptr_null(gsb_decision_check_reason(d, 99, GSB_LANG_EN));
	ck_assert_ptr_null(gsb_decision_check_reason(d, 0, (gsb_lang)7));
	ck_assert_ptr_null(gsb_decision_criterion_reason(d, 5, GSB_LANG_EN));
	ck_assert_int_eq(gsb_decision_criterion_result(d, 5), GSB_UNKNOWN);
	ck_assert_int_eq(gsb_decision_undetermined(d, 3), GSB_TIER_NONE);
	ck_assert_int_eq(gsb_decision_instrument_granted(d, GSB_INSTRUMENT_COUNT), 0);
	ck_assert_int_eq(gsb_decision_instrument_requested(d, (gsb_instrument)-1), 0);
	ck_assert_int_eq(gsb_decision_loan_days(d, 0), 0);
	ck_assert_ptr_null(gsb_decision_kpi_change(d, 0));
	ck_assert_ptr_null(gsb_decision_priority_reason(d, (gsb_lang)2));
	ck_assert_ptr_null(gsb_decision_subsidy_reason(d, (gsb_lang)-1));
	gsb_decision_free(d);
}
END_TEST

/* as-of: the argument, else the submitted date, else today. */
START_TEST(as_of_date)
{
	gsb_decision *d = fx_eval_at(P, A, "2020-02-02");
	ck_assert_int_eq(gsb_decision_as_of(d), fx_date("2020-02-02"));
	gsb_decision_free(d);
	d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_as_of(d), fx_date("2019-06-14"));
	gsb_decision_free(d);
	A->submitted = GSB_DATE_NONE;
	d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_as_of(d), gsb_date_today());
	gsb_decision_free(d);
}
END_TEST

/* The decision keeps its own copy of the id and names the policy. */
START_TEST(identity_of_the_decision)
{
	GSB_OK_OR_FAIL(gsb_application_set_name(A, "青岛示范工业互联网有限公司"));
	gsb_decision *d = fx_eval_at(P, A, NULL);
	gsb_application_free(A);
	A = NULL;
	ck_assert_str_eq(gsb_decision_application(d), "T-0001");
	ck_assert_str_eq(gsb_decision_applicant(d), "青岛示范工业互联网有限公司"); /* a copy */
	ck_assert_str_eq(gsb_decision_policy(d), "sd-2018-ge-shi-bai");
	gsb_decision_free(d);
	GSB_OK_OR_FAIL(gsb_application_new(&A));
	d = fx_eval_at(P, A, "2019-01-01");
	ck_assert_ptr_null(gsb_decision_application(d));
	ck_assert_ptr_null(gsb_decision_applicant(d));
	gsb_decision_free(d);
}
END_TEST

START_TEST(names_and_labels)
{
	ck_assert_str_eq(gsb_check_label("applicant.good-credit", GSB_LANG_ZH), "信用记录良好");
	ck_assert_str_eq(gsb_check_label("applicant.good-credit", GSB_LANG_EN), "good credit");
	gsb_decision *d = fx_eval_at(P, A, NULL);
	ck_assert_uint_eq(gsb_decision_check_count(d), 15);
	for (size_t i = 0; i < gsb_decision_check_count(d); i++) { /* every check has words */
		const char *id = gsb_decision_check_id(d, i);
		ck_assert_ptr_nonnull(gsb_check_label(id, GSB_LANG_ZH));
		ck_assert_ptr_nonnull(gsb_check_label(id, GSB_LANG_EN));
	}
	gsb_decision_free(d);
	ck_assert_str_eq(gsb_outcome_name(GSB_OUTCOME_ELIGIBLE), "eligible");
	ck_assert_str_eq(gsb_outcome_name(GSB_OUTCOME_INELIGIBLE), "ineligible");
	ck_assert_str_eq(gsb_outcome_name(GSB_OUTCOME_INCOMPLETE), "incomplete");
	ck_assert_ptr_null(gsb_outcome_name((gsb_outcome)3));
	for (int o = 0; o < 3; o++) {
		ck_assert_ptr_nonnull(gsb_outcome_label((gsb_outcome)o, GSB_LANG_ZH));
		ck_assert_str_eq(gsb_outcome_label((gsb_outcome)o, GSB_LANG_EN),
		                 gsb_outcome_name((gsb_outcome)o));
	}
	ck_assert_ptr_null(gsb_outcome_label(GSB_OUTCOME_ELIGIBLE, (gsb_lang)2));
	ck_assert_str_eq(gsb_relation_name(GSB_RELATION_MATCH), "match");
	ck_assert_str_eq(gsb_relation_name(GSB_RELATION_BELOW_CLAIM), "below-claim");
	ck_assert_str_eq(gsb_relation_name(GSB_RELATION_ABOVE_CLAIM), "above-claim");
	ck_assert_ptr_null(gsb_relation_name(GSB_RELATION_NONE));
	ck_assert_ptr_null(gsb_relation_name((gsb_relation)4));
}
END_TEST

/* A full application exercising every step, for comparing two evaluations. */
static void enrich(gsb_application *a)
{
	GSB_OK_OR_FAIL(gsb_application_add_listing(a, GSB_LISTING_NATIONAL_PLATFORM, 2019, NULL));
	GSB_OK_OR_FAIL(gsb_application_add_listing(a, GSB_LISTING_INNOVATION_PROGRAMME, 0, NULL));
	GSB_OK_OR_FAIL(gsb_application_set_award(a, fx_fen("32000000.00")));
	GSB_OK_OR_FAIL(gsb_application_set_equity(a, fx_fen("5000000.00")));
	GSB_OK_OR_FAIL(gsb_application_add_loan(a, fx_fen("100000000.00"), "4.35",
	                                        fx_date("2019-01-01"), fx_date("2020-01-01"),
	                                        "0.5"));
	GSB_OK_OR_FAIL(gsb_application_add_local(a, fx_fen("2000000.00"), NULL));
	GSB_OK_OR_FAIL(gsb_application_add_kpi(a, GSB_KPI_OPERATING_COST, "1000.0", "780.0"));
	GSB_OK_OR_FAIL(gsb_application_add_kpi(a, GSB_KPI_DEFECT_RATE, "0", "1.8"));
	GSB_OK_OR_FAIL(gsb_application_set_claimed_tier(a, GSB_TIER_COMPREHENSIVE));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_USER_BASE, GSB_UNKNOWN));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_USER_BASE, GSB_TRUE));
}

static void assert_same(const gsb_decision *x, const gsb_decision *y)
{
	ck_assert_int_eq(gsb_decision_outcome(x), gsb_decision_outcome(y));
	for (size_t i = 0; i < 15; i++)
		ck_assert_int_eq(gsb_decision_check_result(x, i), gsb_decision_check_result(y, i));
	for (size_t i = 0; i < 5; i++)
		ck_assert_int_eq(gsb_decision_criterion_result(x, i),
		                 gsb_decision_criterion_result(y, i));
	ck_assert_int_eq(gsb_decision_tier(x), gsb_decision_tier(y));
	ck_assert_int_eq(gsb_decision_relation(x), gsb_decision_relation(y));
	ck_assert_int_eq(gsb_decision_priority(x), gsb_decision_priority(y));
	ck_assert_int_eq(gsb_decision_subsidy_status(x), gsb_decision_subsidy_status(y));
	ck_assert_int_eq(gsb_decision_cap(x), gsb_decision_cap(y));
	ck_assert_int_eq(gsb_decision_granted(x), gsb_decision_granted(y));
	ck_assert_int_eq(gsb_decision_total(x), gsb_decision_total(y));
	for (int i = 0; i < GSB_INSTRUMENT_COUNT; i++)
		ck_assert_int_eq(gsb_decision_instrument_granted(x, (gsb_instrument)i),
		                 gsb_decision_instrument_granted(y, (gsb_instrument)i));
	ck_assert_str_eq(gsb_decision_granted_in_words(x), gsb_decision_granted_in_words(y));
	ck_assert_int_eq(gsb_decision_kpi_count(x), gsb_decision_kpi_count(y));
	ck_assert_int_eq(gsb_decision_kpi_met_count(x), gsb_decision_kpi_met_count(y));
}

/* GSB_EVAL_NO_REASONS: the same results, every reason "". */
START_TEST(no_reasons)
{
	enrich(A);
	gsb_decision *with = fx_eval_at(P, A, NULL), *without = NULL;
	GSB_OK_OR_FAIL(gsb_evaluate(&without, P, A, GSB_DATE_NONE, GSB_EVAL_NO_REASONS));
	assert_same(with, without);
	ck_assert_int_eq(gsb_decision_granted(with), fx_fen("30000000.00"));
	ck_assert_int_eq(gsb_decision_priority(with), 1);
	for (int lang = 0; lang < 2; lang++) {
		for (size_t i = 0; i < 15; i++) {
			ck_assert_str_eq(gsb_decision_check_reason(without, i, (gsb_lang)lang), "");
			ck_assert_msg(*gsb_decision_check_reason(with, i, (gsb_lang)lang), "reason %zu", i);
		}
		for (size_t i = 0; i < 5; i++)
			ck_assert_str_eq(gsb_decision_criterion_reason(without, i, (gsb_lang)lang), "");
		ck_assert_str_eq(gsb_decision_priority_reason(without, (gsb_lang)lang), "");
		ck_assert_str_eq(gsb_decision_subsidy_reason(without, (gsb_lang)lang), "");
	}
	/* indicator errors are results, not reasons */
	ck_assert_ptr_nonnull(gsb_decision_kpi_error(without, 1, GSB_LANG_EN));
	ck_assert_str_eq(gsb_decision_kpi_change(without, 0), "-22.00");
	gsb_decision_free(with);
	gsb_decision_free(without);
}
END_TEST

/* GSB_EVAL_ZH_ONLY / GSB_EVAL_EN_ONLY: the same results; that language's
 * reasons exactly as with both, the other's "". */
START_TEST(one_language)
{
	enrich(A);
	gsb_decision *both = fx_eval_at(P, A, NULL);
	static const unsigned only[2] = { GSB_EVAL_ZH_ONLY, GSB_EVAL_EN_ONLY };
	for (int lang = 0; lang < 2; lang++) {
		gsb_decision *one = NULL;
		GSB_OK_OR_FAIL(gsb_evaluate(&one, P, A, GSB_DATE_NONE, only[lang]));
		assert_same(both, one);
		gsb_lang in = (gsb_lang)lang, other = (gsb_lang)!lang;
		for (size_t i = 0; i < 15; i++) {
			ck_assert_str_eq(gsb_decision_check_reason(one, i, in),
			                 gsb_decision_check_reason(both, i, in));
			ck_assert_str_eq(gsb_decision_check_reason(one, i, other), "");
		}
		for (size_t i = 0; i < 5; i++) {
			ck_assert_str_eq(gsb_decision_criterion_reason(one, i, in),
			                 gsb_decision_criterion_reason(both, i, in));
			ck_assert_str_eq(gsb_decision_criterion_reason(one, i, other), "");
		}
		ck_assert_str_eq(gsb_decision_priority_reason(one, in),
		                 gsb_decision_priority_reason(both, in));
		ck_assert_str_eq(gsb_decision_priority_reason(one, other), "");
		ck_assert_str_eq(gsb_decision_subsidy_reason(one, in),
		                 gsb_decision_subsidy_reason(both, in));
		ck_assert_str_eq(gsb_decision_subsidy_reason(one, other), "");
		/* the report in that language is the report of the full decision */
		char *a = gsb_decision_to_string(both, GSB_FORMAT_XML, in);
		char *b = gsb_decision_to_string(one, GSB_FORMAT_XML, in);
		ck_assert_ptr_nonnull(a);
		ck_assert_ptr_nonnull(b);
		ck_assert_str_eq(a, b);
		gsb_free(a);
		gsb_free(b);
		gsb_decision_free(one);
	}
	/* both at once is a contradiction, not "both languages" */
	gsb_decision *d = (gsb_decision *)1;
	ck_assert_int_eq(gsb_evaluate(&d, P, A, GSB_DATE_NONE, GSB_EVAL_ZH_ONLY | GSB_EVAL_EN_ONLY),
	                 GSB_EINVAL);
	ck_assert_ptr_null(d);
	ck_assert_int_eq(gsb_evaluate(&d, P, A, GSB_DATE_NONE, 1u << 4), GSB_EINVAL);
	/* no reasons wins over a language */
	GSB_OK_OR_FAIL(gsb_evaluate(&d, P, A, GSB_DATE_NONE, GSB_EVAL_NO_REASONS | GSB_EVAL_ZH_ONLY));
	ck_assert_str_eq(gsb_decision_check_reason(d, 0, GSB_LANG_ZH), "");
	gsb_decision_free(d);
	gsb_decision_free(both);
}
END_TEST

/* Errors name the application and leave no decision. */
START_TEST(errors_name_the_application)
{
	GSB_OK_OR_FAIL(gsb_application_set_award(A, INT64_MAX));
	GSB_OK_OR_FAIL(gsb_application_set_equity(A, INT64_MAX));
	gsb_decision *d = (gsb_decision *)1;
	ck_assert_int_eq(gsb_evaluate(&d, P, A, GSB_DATE_NONE, 0), GSB_EOVERFLOW);
	ck_assert_ptr_null(d);
	ck_assert_ptr_nonnull(gsb_error_last()->application);
	ck_assert_str_eq(gsb_error_last()->application, "T-0001");
}
END_TEST

/* One policy, one application, several threads: the same decisions. */
typedef struct {
	const gsb_policy *p;
	const gsb_application *a;
	int64_t granted_sum;
	int failures;
} worker_arg;

static void *worker(void *v)
{
	worker_arg *w = v;
	for (int i = 0; i < 500; i++) {
		gsb_decision *d = NULL;
		if (gsb_evaluate(&d, w->p, w->a, GSB_DATE_NONE, (unsigned)(i & 1)) != GSB_OK) {
			w->failures++;
			continue;
		}
		w->granted_sum += gsb_decision_granted(d);
		gsb_decision_free(d);
	}
	return NULL;
}

START_TEST(reentrant)
{
	enrich(A);
	pthread_t t[4];
	worker_arg w[4];
	for (int i = 0; i < 4; i++) {
		w[i] = (worker_arg){ P, A, 0, 0 };
		ck_assert_int_eq(pthread_create(&t[i], NULL, worker, &w[i]), 0);
	}
	for (int i = 0; i < 4; i++) {
		pthread_join(t[i], NULL);
		ck_assert_int_eq(w[i].failures, 0);
		ck_assert_int_eq(w[i].granted_sum, 500 * fx_fen("30000000.00"));
	}
}
END_TEST

/* Many loans and indicators: arrays larger than the arena's first block. */
START_TEST(large_application)
{
	for (int i = 0; i < 500; i++) {
		GSB_OK_OR_FAIL(gsb_application_add_loan(A, 3600000, "10", fx_date("2019-01-01"),
		                                        fx_date("2019-01-11"), NULL));
		GSB_OK_OR_FAIL(gsb_application_add_kpi(A, (gsb_kpi)(i % 5), "100", "50"));
	}
	gsb_decision *d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_loan_count(d), 500);
	ck_assert_int_eq(gsb_decision_loan_subsidy(d, 499), 10000);
	ck_assert_int_eq(gsb_decision_instrument_requested(d, GSB_INSTRUMENT_INTEREST_SUBSIDY),
	                 5000000);
	ck_assert_int_eq(gsb_decision_kpi_count(d), 500);
	ck_assert_int_eq(gsb_decision_kpi_met_count(d), 300); /* the three lower-is-better */
	ck_assert_str_eq(gsb_decision_kpi_change(d, 499), "-50.00");
	gsb_decision_free(d);
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("decision");
	TCase *tc = tcase_create("decision");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, null_arguments);
	tcase_add_test(tc, null_decision_accessors);
	tcase_add_test(tc, out_of_range);
	tcase_add_test(tc, as_of_date);
	tcase_add_test(tc, identity_of_the_decision);
	tcase_add_test(tc, names_and_labels);
	tcase_add_test(tc, no_reasons);
	tcase_add_test(tc, one_language);
	tcase_add_test(tc, errors_name_the_application);
	tcase_add_test(tc, reentrant);
	tcase_add_test(tc, large_application);
	suite_add_tcase(s, tc);
	return s;
}
