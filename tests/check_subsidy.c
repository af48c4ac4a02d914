/* Tests for lib/subsidy.c: docs/rules.md §6 and §11.11, to the fen. */
#include <limits.h>
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

static void loan(const char *principal, const char *rate, const char *start, const char *end,
                 const char *ratio)
{
	GSB_OK_OR_FAIL(gsb_application_add_loan(A, fx_fen(principal), rate, fx_date(start),
	                                        fx_date(end), ratio));
}

/* The single loan's rounded subsidy, in fen. */
static gsb_fen one_loan(const char *principal, const char *rate, const char *start,
                        const char *end, const char *ratio)
{
	gsb_application_free(A);
	A = fx_app();
	loan(principal, rate, start, end, ratio);
	gsb_decision *d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_loan_count(d), 1);
	gsb_fen s = gsb_decision_loan_subsidy(d, 0);
	ck_assert_int_eq(gsb_decision_instrument_requested(d, GSB_INSTRUMENT_INTEREST_SUBSIDY), s);
	gsb_decision_free(d);
	return s;
}

static void assert_words(const gsb_decision *d)
{
	char *w = gsb_fen_to_words(gsb_decision_granted(d));
	ck_assert_ptr_nonnull(w);
	ck_assert_str_eq(gsb_decision_granted_in_words(d), w);
	gsb_free(w);
}

/* docs/formats.md's example: 2,205,208.33 + 12,000,000 + 5,000,000 under the national cap. */
START_TEST(formats_example)
{
	GSB_OK_OR_FAIL(gsb_application_add_listing(A, GSB_LISTING_NATIONAL_PLATFORM, 2019, NULL));
	GSB_OK_OR_FAIL(gsb_application_set_award(A, fx_fen("12000000.00")));
	GSB_OK_OR_FAIL(gsb_application_set_equity(A, fx_fen("5000000.00")));
	loan("100000000.00", "4.35", "2019-01-01", "2020-01-01", "0.5");
	GSB_OK_OR_FAIL(gsb_application_add_local(A, fx_fen("2000000.00"), "青岛市"));
	gsb_decision *d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_subsidy_status(d), GSB_SUBSIDY_GRANTED);
	ck_assert_int_eq(gsb_decision_national(d), 1);
	ck_assert_int_eq(gsb_decision_cap_applied(d), 1);
	ck_assert_int_eq(gsb_decision_cap(d), fx_fen("30000000.00"));
	ck_assert_int_eq(gsb_decision_loan_days(d, 0), 365);
	ck_assert_int_eq(gsb_decision_loan_subsidy(d, 0), 220520833); /* 661562500/3 */
	ck_assert_int_eq(gsb_decision_instrument_requested(d, GSB_INSTRUMENT_INTEREST_SUBSIDY),
	                 220520833);
	ck_assert_int_eq(gsb_decision_instrument_granted(d, GSB_INSTRUMENT_AWARD),
	                 fx_fen("12000000.00"));
	ck_assert_int_eq(gsb_decision_instrument_granted(d, GSB_INSTRUMENT_EQUITY),
	                 fx_fen("5000000.00"));
	ck_assert_int_eq(gsb_decision_requested(d), fx_fen("19205208.33"));
	ck_assert_int_eq(gsb_decision_granted(d), fx_fen("19205208.33"));
	ck_assert_int_eq(gsb_decision_local(d), fx_fen("2000000.00"));
	ck_assert_int_eq(gsb_decision_total(d), fx_fen("21205208.33"));
	ck_assert_str_eq(gsb_decision_granted_in_words(d), "壹仟玖佰贰拾万伍仟贰佰零捌元叁角叁分");
	ck_assert_str_eq(gsb_decision_subsidy_reason(d, GSB_LANG_EN),
	                 "request within the cap: granted in full");
	ck_assert_str_eq(gsb_decision_subsidy_reason(d, GSB_LANG_ZH), "申请额未超过上限，全额给予");
	gsb_decision_free(d);
}
END_TEST

/* Step 4: rounded half-up to the fen once per loan, never banker's rounding. */
START_TEST(interest_rounding)
{
	/* 360.00 yuan at r% for one day is exactly r fen; the ratio makes halves */
	ck_assert_int_eq(one_loan("360.00", "1", "2019-03-01", "2019-03-02", "0.5"), 1);   /* 0.5 */
	ck_assert_int_eq(one_loan("360.00", "5", "2019-03-01", "2019-03-02", "0.5"), 3);   /* 2.5 */
	ck_assert_int_eq(one_loan("360.00", "3", "2019-03-01", "2019-03-02", "0.5"), 2);   /* 1.5 */
	ck_assert_int_eq(one_loan("360.00", "1", "2019-03-01", "2019-03-02", "0.4999"), 0);
	ck_assert_int_eq(one_loan("360.00", "1", "2019-03-01", "2019-03-02", "0.5001"), 1);
	ck_assert_int_eq(one_loan("360.00", "2.9999", "2019-03-01", "2019-03-02", "0.5"), 1);
	ck_assert_int_eq(one_loan("360.00", "3.0001", "2019-03-01", "2019-03-02", "0.5"), 2);
	/* the conformance half case: 19612313/2 fen */
	ck_assert_int_eq(one_loan("1658936.25", "4.75", "2018-07-21", "2021-01-02", "0.5"),
	                 9806157);
	/* a whole number of fen, the default ratio (1) */
	ck_assert_int_eq(one_loan("886121982.00", "3.6", "2017-03-05", "2017-06-13", NULL),
	                 886121982);
}
END_TEST

/* Days from start (inclusive) to end (exclusive); 0 when equal. */
START_TEST(loan_days)
{
	ck_assert_int_eq(one_loan("100000000.00", "4.35", "2019-03-01", "2019-03-01", NULL), 0);
	loan("1000.00", "4.35", "2020-02-28", "2020-03-01", NULL); /* leap day */
	gsb_decision *d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_loan_count(d), 2);
	ck_assert_int_eq(gsb_decision_loan_days(d, 0), 0);
	ck_assert_int_eq(gsb_decision_loan_subsidy(d, 0), 0);
	ck_assert_int_eq(gsb_decision_loan_days(d, 1), 2);
	/* 100000 fen × 4.35% × 2/360 = 24.1666… → 24 */
	ck_assert_int_eq(gsb_decision_loan_subsidy(d, 1), 24);
	ck_assert_int_eq(gsb_decision_loan_days(d, 2), 0);
	gsb_decision_free(d);
}
END_TEST

/* Each loan is rounded, then summed (not the sum rounded). */
START_TEST(loans_rounded_then_summed)
{
	loan("360.00", "1", "2019-03-01", "2019-03-02", "0.5"); /* 0.5 → 1 */
	loan("360.00", "1", "2019-03-01", "2019-03-02", "0.5"); /* 0.5 → 1 */
	loan("360.00", "1", "2019-03-01", "2019-03-02", "0.4"); /* 0.4 → 0 */
	gsb_decision *d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_instrument_requested(d, GSB_INSTRUMENT_INTEREST_SUBSIDY), 2);
	ck_assert_int_eq(gsb_decision_requested(d), 2);
	gsb_decision_free(d);
}
END_TEST

/* The loan's own ratio, else award.interest-ratio (default 1). */
START_TEST(ratio_absent_or_given)
{
	ck_assert_int_eq(one_loan("3600.00", "10", "2019-01-01", "2019-01-11", NULL), 1000);
	ck_assert_int_eq(one_loan("3600.00", "10", "2019-01-01", "2019-01-11", "1"), 1000);
	ck_assert_int_eq(one_loan("3600.00", "10", "2019-01-01", "2019-01-11", "0.25"), 250);
	ck_assert_int_eq(one_loan("3600.00", "10", "2019-01-01", "2019-01-11", "0"), 0);
	GSB_OK_OR_FAIL(gsb__policy_add(P, GSB_P_AWARD_INTEREST_RATIO, "0.8", GSB_DATE_NONE,
	                               GSB_DATE_NONE, NULL));
	ck_assert_int_eq(one_loan("3600.00", "10", "2019-01-01", "2019-01-11", NULL), 800);
	ck_assert_int_eq(one_loan("3600.00", "10", "2019-01-01", "2019-01-11", "0.5"), 500);
}
END_TEST

/* Step 3: the cap with and without a national-platform listing. */
START_TEST(cap_and_national_listing)
{
	static const struct {
		int listing;      /* -1: none; else the year (0: none given) */
		gsb_listing_kind kind;
		int national;
	} rows[] = {
		{ -1, GSB_LISTING_NATIONAL_PLATFORM, 0 },
		{ 2018, GSB_LISTING_NATIONAL_PLATFORM, 1 },
		{ 2019, GSB_LISTING_NATIONAL_PLATFORM, 1 },
		{ 0, GSB_LISTING_NATIONAL_PLATFORM, 1 },
		{ 2020, GSB_LISTING_NATIONAL_PLATFORM, 0 }, /* after the as-of year */
		{ 2019, GSB_LISTING_INNOVATION_PROGRAMME, 0 },
		{ 2019, GSB_LISTING_OTHER_NATIONAL_DEMONSTRATION, 0 },
	};
	for (size_t i = 0; i < GSB_ARRAY_LEN(rows); i++) {
		gsb_application_free(A);
		A = fx_app();
		GSB_OK_OR_FAIL(gsb_application_set_award(A, fx_fen("25000000.00")));
		if (rows[i].listing >= 0)
			GSB_OK_OR_FAIL(gsb_application_add_listing(A, rows[i].kind, rows[i].listing,
			                                           NULL));
		gsb_decision *d = fx_eval_at(P, A, "2019-12-31");
		ck_assert_msg(gsb_decision_national(d) == rows[i].national, "row %zu", i);
		gsb_fen cap = rows[i].national ? fx_fen("30000000.00") : fx_fen("10000000.00");
		ck_assert_int_eq(gsb_decision_cap(d), cap);
		ck_assert_int_eq(gsb_decision_granted(d), rows[i].national ? fx_fen("25000000.00")
		                                                           : cap);
		assert_words(d);
		gsb_decision_free(d);
	}
}
END_TEST

START_TEST(award_cap_function)
{
	gsb_date d = fx_date("2019-06-14");
	ck_assert_int_eq(gsb__award_cap(P, d, false), 1000000000);
	ck_assert_int_eq(gsb__award_cap(P, d, true), 3000000000);
	ck_assert_int_eq(gsb__award_cap(NULL, d, true), 0);
	GSB_OK_OR_FAIL(gsb__policy_add(P, GSB_P_AWARD_CAP, "8000000.00", fx_date("2020-01-01"),
	                               fx_date("2020-12-31"), "2020 指南"));
	ck_assert_int_eq(gsb__award_cap(P, d, false), 1000000000);
	ck_assert_int_eq(gsb__award_cap(P, fx_date("2020-01-01"), false), 800000000);
	ck_assert_int_eq(gsb__award_cap(P, fx_date("2020-01-01"), true), 3000000000);
}
END_TEST

/* Step 5: R <= cap in full; exactly the cap is within it. */
START_TEST(exactly_the_cap)
{
	GSB_OK_OR_FAIL(gsb_application_set_award(A, fx_fen("6000000.00")));
	GSB_OK_OR_FAIL(gsb_application_set_equity(A, fx_fen("4000000.00")));
	gsb_decision *d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_granted(d), fx_fen("10000000.00"));
	ck_assert_int_eq(gsb_decision_instrument_granted(d, GSB_INSTRUMENT_AWARD),
	                 fx_fen("6000000.00"));
	ck_assert_str_eq(gsb_decision_subsidy_reason(d, GSB_LANG_EN),
	                 "request within the cap: granted in full");
	ck_assert_str_eq(gsb_decision_granted_in_words(d), "壹仟万元整");
	gsb_decision_free(d);
	GSB_OK_OR_FAIL(gsb_application_set_equity(A, fx_fen("4000000.01")));
	d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_requested(d), fx_fen("10000000.01"));
	ck_assert_int_eq(gsb_decision_granted(d), fx_fen("10000000.00"));
	ck_assert_str_eq(gsb_decision_subsidy_reason(d, GSB_LANG_EN),
	                 "request over the cap: scaled to the cap");
	ck_assert_str_eq(gsb_decision_subsidy_reason(d, GSB_LANG_ZH), "申请额超过上限，按比例核减至上限");
	gsb_decision_free(d);
}
END_TEST

static gsb_decision *scaled(const char *interest_principal, const char *award,
                            const char *equity)
{
	/* 3.6% for 100 days is 1% of the principal */
	if (interest_principal)
		loan(interest_principal, "3.6", "2017-03-05", "2017-06-13", NULL);
	GSB_OK_OR_FAIL(gsb_application_set_award(A, fx_fen(award)));
	GSB_OK_OR_FAIL(gsb_application_set_equity(A, fx_fen(equity)));
	gsb_decision *d = fx_eval_at(P, A, NULL);
	gsb_fen sum = 0;
	for (int i = 0; i < GSB_INSTRUMENT_COUNT; i++)
		sum += gsb_decision_instrument_granted(d, (gsb_instrument)i);
	ck_assert_int_eq(sum, gsb_decision_cap(d));
	ck_assert_int_eq(gsb_decision_granted(d), gsb_decision_cap(d));
	return d;
}

/* Largest remainder; ties go to interest subsidy, then award, then equity. */
START_TEST(scaling_tie_all_equal)
{
	gsb_decision *d = scaled("1000000000.00", "10000000.00", "10000000.00");
	ck_assert_int_eq(gsb_decision_requested(d), fx_fen("30000000.00"));
	ck_assert_int_eq(gsb_decision_instrument_granted(d, GSB_INSTRUMENT_INTEREST_SUBSIDY),
	                 333333334);
	ck_assert_int_eq(gsb_decision_instrument_granted(d, GSB_INSTRUMENT_AWARD), 333333333);
	ck_assert_int_eq(gsb_decision_instrument_granted(d, GSB_INSTRUMENT_EQUITY), 333333333);
	ck_assert_int_eq(gsb_decision_instrument_requested(d, GSB_INSTRUMENT_AWARD), 1000000000);
	gsb_decision_free(d);
}
END_TEST

START_TEST(scaling_tie_award_equity)
{
	/* remainders 45454525, 527272740, 527272740: the one fen goes to the award */
	gsb_decision *d = scaled("100000005.00", "5000000.00", "5000000.00");
	ck_assert_int_eq(gsb_decision_instrument_granted(d, GSB_INSTRUMENT_INTEREST_SUBSIDY),
	                 90909095);
	ck_assert_int_eq(gsb_decision_instrument_granted(d, GSB_INSTRUMENT_AWARD), 454545453);
	ck_assert_int_eq(gsb_decision_instrument_granted(d, GSB_INSTRUMENT_EQUITY), 454545452);
	gsb_decision_free(d);
}
END_TEST

START_TEST(scaling_two_fen_left)
{
	/* remainders 718181818, 690909092, 790909094: equity, then interest */
	gsb_decision *d = scaled("100000001.00", "5000000.01", "5000000.00");
	ck_assert_int_eq(gsb_decision_instrument_granted(d, GSB_INSTRUMENT_INTEREST_SUBSIDY),
	                 90909092);
	ck_assert_int_eq(gsb_decision_instrument_granted(d, GSB_INSTRUMENT_AWARD), 454545454);
	ck_assert_int_eq(gsb_decision_instrument_granted(d, GSB_INSTRUMENT_EQUITY), 454545454);
	gsb_decision_free(d);
}
END_TEST

START_TEST(scaling_with_national_cap)
{
	GSB_OK_OR_FAIL(gsb_application_add_listing(A, GSB_LISTING_NATIONAL_PLATFORM, 0, NULL));
	gsb_decision *d = scaled(NULL, "40000000.00", "20000000.00");
	ck_assert_int_eq(gsb_decision_cap(d), fx_fen("30000000.00"));
	ck_assert_int_eq(gsb_decision_instrument_granted(d, GSB_INSTRUMENT_AWARD),
	                 fx_fen("20000000.00"));
	ck_assert_int_eq(gsb_decision_instrument_granted(d, GSB_INSTRUMENT_EQUITY),
	                 fx_fen("10000000.00"));
	ck_assert_int_eq(gsb_decision_instrument_granted(d, GSB_INSTRUMENT_INTEREST_SUBSIDY), 0);
	ck_assert_str_eq(gsb_decision_granted_in_words(d), "叁仟万元整");
	gsb_decision_free(d);
}
END_TEST

/* Steps 1 and 2: who gets nothing, with the requests still reported. */
START_TEST(statuses)
{
	static const struct {
		int change; /* what to change in the fixture */
		gsb_subsidy_status status;
		const char *name;
		const char *en;
	} rows[] = {
		{ 0, GSB_SUBSIDY_GRANTED, "granted", "request within the cap: granted in full" },
		{ 1, GSB_SUBSIDY_NOT_ELIGIBLE, "not-eligible",
		  "eligibility outcome is ineligible: provincial award 0" },
		{ 2, GSB_SUBSIDY_NOT_ELIGIBLE, "not-eligible",
		  "eligibility outcome is incomplete: provincial award 0" },
		{ 3, GSB_SUBSIDY_TIER_NONE, "tier-none", "no tier reached: provincial award 0" },
		{ 4, GSB_SUBSIDY_NOT_RECOGNISED, "not-recognised",
		  "not recognised by review: provincial award 0" },
		{ 5, GSB_SUBSIDY_NOT_RECOGNISED, "not-recognised", NULL },
		{ 6, GSB_SUBSIDY_NOT_KEY_SUPPORT, "not-key-support",
		  "not listed for provincial key support: awards come from coordinated policies; "
		  "the cap is not applicable" },
		{ 7, GSB_SUBSIDY_NOT_KEY_SUPPORT, "not-key-support", NULL },
	};
	for (size_t i = 0; i < GSB_ARRAY_LEN(rows); i++) {
		gsb_application_free(A);
		A = fx_app();
		GSB_OK_OR_FAIL(gsb_application_set_award(A, fx_fen("1000.00")));
		GSB_OK_OR_FAIL(gsb_application_set_equity(A, fx_fen("20.00")));
		loan("3600.00", "10", "2019-01-01", "2019-01-11", NULL); /* 10.00 */
		GSB_OK_OR_FAIL(gsb_application_add_local(A, fx_fen("500.00"), NULL));
		GSB_OK_OR_FAIL(gsb_application_add_local(A, fx_fen("0.05"), "县"));
		switch (rows[i].change) {
		case 1: GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_BUILDER, GSB_FALSE)); break;
		case 2: GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_BUILDER, GSB_UNKNOWN)); break;
		case 3:
			GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_INTRANET_UPGRADE, GSB_FALSE));
			A->lists[GSB_LIST_SCENARIOS].n = 0;
			free(A->lists[GSB_LIST_SCENARIOS].items[0]);
			A->lists[GSB_LIST_DOMAINS].n = 1;
			free(A->lists[GSB_LIST_DOMAINS].items[1]);
			break;
		case 4: GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_RECOGNISED, GSB_FALSE)); break;
		case 5: GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_RECOGNISED, GSB_UNKNOWN)); break;
		case 6: GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_KEY_SUPPORT, GSB_FALSE)); break;
		case 7: GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_KEY_SUPPORT, GSB_UNKNOWN)); break;
		}
		gsb_decision *d = fx_eval_at(P, A, NULL);
		ck_assert_msg(gsb_decision_subsidy_status(d) == rows[i].status, "row %zu: %d", i,
		              gsb_decision_subsidy_status(d));
		ck_assert_str_eq(gsb_subsidy_status_name(gsb_decision_subsidy_status(d)),
		                 rows[i].name);
		const char *en = gsb_decision_subsidy_reason(d, GSB_LANG_EN);
		if (rows[i].en)
			ck_assert_str_eq(en, rows[i].en);
		else /* an unknown fact: the reason names it */
			ck_assert_msg(strstr(en, rows[i].change == 5 ? "recognised" : "keySupport"), "%s",
			              en);
		ck_assert_msg(strlen(gsb_decision_subsidy_reason(d, GSB_LANG_ZH)) > 0, "zh");
		bool granted = rows[i].status == GSB_SUBSIDY_GRANTED;
		ck_assert_int_eq(gsb_decision_cap_applied(d), granted);
		ck_assert_int_eq(gsb_decision_cap(d), fx_fen("10000000.00"));
		ck_assert_int_eq(gsb_decision_national(d), 0);
		ck_assert_int_eq(gsb_decision_requested(d), fx_fen("1030.00"));
		ck_assert_int_eq(gsb_decision_instrument_requested(d, GSB_INSTRUMENT_INTEREST_SUBSIDY),
		                 1000);
		ck_assert_int_eq(gsb_decision_instrument_requested(d, GSB_INSTRUMENT_AWARD), 100000);
		ck_assert_int_eq(gsb_decision_instrument_requested(d, GSB_INSTRUMENT_EQUITY), 2000);
		ck_assert_int_eq(gsb_decision_granted(d), granted ? fx_fen("1030.00") : 0);
		ck_assert_int_eq(gsb_decision_instrument_granted(d, GSB_INSTRUMENT_AWARD),
		                 granted ? 100000 : 0);
		ck_assert_int_eq(gsb_decision_local(d), fx_fen("500.05"));
		ck_assert_int_eq(gsb_decision_total(d), granted ? fx_fen("1530.05") : fx_fen("500.05"));
		if (!granted)
			ck_assert_str_eq(gsb_decision_granted_in_words(d), "零元整");
		else
			ck_assert_str_eq(gsb_decision_granted_in_words(d), "壹仟零叁拾元整");
		gsb_decision_free(d);
	}
}
END_TEST

/* R = 0 grants 0 (§11.11). */
START_TEST(nothing_requested)
{
	gsb_decision *d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_subsidy_status(d), GSB_SUBSIDY_GRANTED);
	ck_assert_int_eq(gsb_decision_requested(d), 0);
	ck_assert_int_eq(gsb_decision_granted(d), 0);
	ck_assert_int_eq(gsb_decision_total(d), 0);
	ck_assert_int_eq(gsb_decision_loan_count(d), 0);
	ck_assert_str_eq(gsb_decision_granted_in_words(d), "零元整");
	gsb_decision_free(d);
}
END_TEST

static int evaluate_rc(void)
{
	gsb_decision *d = (gsb_decision *)1;
	int rc = gsb_evaluate(&d, P, A, GSB_DATE_NONE, GSB_EVAL_DEFAULT);
	if (rc != GSB_OK)
		ck_assert_ptr_null(d);
	gsb_decision_free(rc == GSB_OK ? d : NULL);
	return rc;
}

/* Overflow is an error, never a wrap. */
START_TEST(overflow_is_an_error)
{
	GSB_OK_OR_FAIL(gsb_application_set_award(A, INT64_MAX));
	ck_assert_int_eq(evaluate_rc(), GSB_OK); /* alone it fits */
	GSB_OK_OR_FAIL(gsb_application_set_equity(A, 1));
	ck_assert_int_eq(evaluate_rc(), GSB_EOVERFLOW);
	ck_assert_msg(strlen(gsb_error_last()->message) > 0, "message");

	gsb_application_free(A);
	A = fx_app();
	GSB_OK_OR_FAIL(gsb_application_add_local(A, INT64_MAX, NULL));
	ck_assert_int_eq(evaluate_rc(), GSB_OK);
	GSB_OK_OR_FAIL(gsb_application_set_award(A, 1));
	ck_assert_int_eq(evaluate_rc(), GSB_EOVERFLOW); /* total = provincial + local */

	gsb_application_free(A);
	A = fx_app();
	GSB_OK_OR_FAIL(gsb_application_add_loan(A, INT64_MAX, "99999.9999", fx_date("1900-01-01"),
	                                        fx_date("9999-12-31"), "9999.9999"));
	ck_assert_int_eq(evaluate_rc(), GSB_EOVERFLOW);

	gsb_application_free(A);
	A = fx_app();
	GSB_OK_OR_FAIL(gsb_application_add_loan(A, INT64_MAX, "100", fx_date("2019-01-01"),
	                                        fx_date("2019-12-27"), NULL));
	ck_assert_int_eq(evaluate_rc(), GSB_OK); /* 360 days at 100%: the principal itself */
	GSB_OK_OR_FAIL(gsb_application_add_loan(A, 1, "100", fx_date("2019-01-01"),
	                                        fx_date("2019-12-27"), NULL));
	ck_assert_int_eq(evaluate_rc(), GSB_EOVERFLOW); /* the sum of loans */
}
END_TEST

/* Inconsistent loans that bypass the setters are input errors (§11.11). */
START_TEST(inconsistent_loans)
{
	loan("1000.00", "4.35", "2019-01-01", "2019-06-01", NULL);
	A->loans[0].end = A->loans[0].start - 1;
	ck_assert_int_eq(evaluate_rc(), GSB_EINPUT);
	A->loans[0].end = A->loans[0].start + 1;
	A->loans[0].rate_percent = (gsb__dec){ 435001, 5 };
	ck_assert_int_eq(evaluate_rc(), GSB_EINPUT);
	/* the setter refuses five decimals before that */
	ck_assert_int_eq(gsb_application_add_loan(A, 100, "4.35001", fx_date("2019-01-01"),
	                                          fx_date("2019-06-01"), NULL),
	                 GSB_EINPUT);
	ck_assert_int_eq(gsb_application_add_loan(A, 100, "4.35", fx_date("2019-06-01"),
	                                          fx_date("2019-01-01"), NULL),
	                 GSB_EINPUT);
}
END_TEST

START_TEST(instrument_names)
{
	ck_assert_str_eq(gsb_instrument_name(GSB_INSTRUMENT_INTEREST_SUBSIDY), "interest-subsidy");
	ck_assert_str_eq(gsb_instrument_name(GSB_INSTRUMENT_AWARD), "award");
	ck_assert_str_eq(gsb_instrument_name(GSB_INSTRUMENT_EQUITY), "equity");
	ck_assert_ptr_null(gsb_instrument_name(GSB_INSTRUMENT_COUNT));
	ck_assert_str_eq(gsb_instrument_label(GSB_INSTRUMENT_INTEREST_SUBSIDY, GSB_LANG_ZH), "贴息");
	ck_assert_str_eq(gsb_instrument_label(GSB_INSTRUMENT_AWARD, GSB_LANG_ZH), "奖补");
	ck_assert_str_eq(gsb_instrument_label(GSB_INSTRUMENT_EQUITY, GSB_LANG_ZH), "股权投入");
	ck_assert_ptr_nonnull(gsb_instrument_label(GSB_INSTRUMENT_EQUITY, GSB_LANG_EN));
	ck_assert_ptr_null(gsb_instrument_label((gsb_instrument)-1, GSB_LANG_ZH));
	ck_assert_str_eq(gsb_subsidy_status_name(GSB_SUBSIDY_GRANTED), "granted");
	ck_assert_str_eq(gsb_subsidy_status_name(GSB_SUBSIDY_NOT_ELIGIBLE), "not-eligible");
	ck_assert_str_eq(gsb_subsidy_status_name(GSB_SUBSIDY_TIER_NONE), "tier-none");
	ck_assert_str_eq(gsb_subsidy_status_name(GSB_SUBSIDY_NOT_RECOGNISED), "not-recognised");
	ck_assert_str_eq(gsb_subsidy_status_name(GSB_SUBSIDY_NOT_KEY_SUPPORT), "not-key-support");
	ck_assert_ptr_null(gsb_subsidy_status_name((gsb_subsidy_status)5));
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("subsidy");
	TCase *tc = tcase_create("subsidy");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, formats_example);
	tcase_add_test(tc, interest_rounding);
	tcase_add_test(tc, loan_days);
	tcase_add_test(tc, loans_rounded_then_summed);
	tcase_add_test(tc, ratio_absent_or_given);
	tcase_add_test(tc, cap_and_national_listing);
	tcase_add_test(tc, award_cap_function);
	tcase_add_test(tc, exactly_the_cap);
	tcase_add_test(tc, scaling_tie_all_equal);
	tcase_add_test(tc, scaling_tie_award_equity);
	tcase_add_test(tc, scaling_two_fen_left);
	tcase_add_test(tc, scaling_with_national_cap);
	tcase_add_test(tc, statuses);
	tcase_add_test(tc, nothing_requested);
	tcase_add_test(tc, overflow_is_an_error);
	tcase_add_test(tc, inconsistent_loans);
	tcase_add_test(tc, instrument_names);
	suite_add_tcase(s, tc);
	return s;
}
