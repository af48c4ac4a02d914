/*
 * Tests of the funding-misuse audit, provision 5.4 (lib/misuse.c): every
 * category raised and not raised at its boundary (docs/rules.md §8, §11.15–§11.18),
 * with ledgers built record by record through the C API.
 */
#include <stdlib.h>
#include <string.h>
#include "runner.h"

static gsb_policy *policy;

static void setup(void)
{
	GSB_OK_OR_FAIL(gsb_policy_new(&policy));
}

static void teardown(void)
{
	gsb_policy_free(policy);
	policy = NULL;
}

static gsb_date D(const char *s)
{
	gsb_date d;
	ck_assert_int_eq(gsb_date_parse(&d, s), GSB_OK);
	return d;
}

static gsb_fen Y(const char *s)
{
	gsb_fen f;
	ck_assert_int_eq(gsb_fen_parse(&f, s), GSB_OK);
	return f;
}

/* A ledger with a budget, the funds passed straight to the recipient. */
static gsb_ledger *base(const char *as_of)
{
	gsb_ledger *l;
	GSB_OK_OR_FAIL(gsb_ledger_new(&l));
	GSB_OK_OR_FAIL(gsb_ledger_set_application(l, "T-1"));
	GSB_OK_OR_FAIL(gsb_ledger_set_as_of(l, D(as_of)));
	GSB_OK_OR_FAIL(gsb_ledger_set_award(l, Y("1000000.00"), D("2019-09-01"), GSB_FALSE));
	GSB_OK_OR_FAIL(gsb_ledger_add_budget_line(l, "equipment", Y("600000.00")));
	GSB_OK_OR_FAIL(gsb_ledger_add_budget_line(l, "software", Y("400000.00")));
	return l;
}

static gsb_audit *run(gsb_ledger *l, const char *as_of)
{
	gsb_audit *a = NULL;
	GSB_OK_OR_FAIL(gsb_audit_run(&a, policy, l, as_of ? D(as_of) : GSB_DATE_NONE));
	ck_assert_ptr_nonnull(a);
	return a;
}

/* Number of flags of a category; *first receives the index of the first. */
static size_t count(const gsb_audit *a, gsb_misuse kind, size_t *first)
{
	size_t n = 0;
	for (size_t i = gsb_audit_flag_count(a); i-- > 0;)
		if (gsb_audit_flag_category(a, i) == kind) {
			n++;
			if (first)
				*first = i;
		}
	return n;
}

static int has_evidence(const gsb_audit *a, size_t i, const char *ref)
{
	for (size_t j = 0; j < gsb_audit_flag_evidence_count(a, i); j++)
		if (strcmp(gsb_audit_flag_evidence(a, i, j), ref) == 0)
			return 1;
	return 0;
}

/* ------------------------------------------------------------ names */

START_TEST(names_and_labels)
{
	ck_assert_str_eq(gsb_misuse_name(GSB_MISUSE_FALSIFICATION), "falsification");
	ck_assert_str_eq(gsb_misuse_name(GSB_MISUSE_WITHHOLDING), "withholding");
	ck_assert_str_eq(gsb_misuse_name(GSB_MISUSE_MISAPPROPRIATION), "misappropriation");
	ck_assert_str_eq(gsb_misuse_name(GSB_MISUSE_ENCROACHMENT), "encroachment");
	ck_assert_str_eq(gsb_misuse_name(GSB_MISUSE_FRAUD), "fraud");
	ck_assert_str_eq(gsb_misuse_label(GSB_MISUSE_FALSIFICATION, GSB_LANG_ZH), "弄虚作假");
	ck_assert_str_eq(gsb_misuse_label(GSB_MISUSE_WITHHOLDING, GSB_LANG_ZH), "截留");
	ck_assert_str_eq(gsb_misuse_label(GSB_MISUSE_MISAPPROPRIATION, GSB_LANG_ZH), "挪用");
	ck_assert_str_eq(gsb_misuse_label(GSB_MISUSE_ENCROACHMENT, GSB_LANG_ZH), "挤占");
	ck_assert_str_eq(gsb_misuse_label(GSB_MISUSE_FRAUD, GSB_LANG_ZH), "骗取");
	ck_assert_str_eq(gsb_misuse_label(GSB_MISUSE_FRAUD, GSB_LANG_EN), "Fraudulently obtaining");
	ck_assert_ptr_null(gsb_misuse_name(GSB_MISUSE_COUNT));
	gsb_misuse m;
	ck_assert_int_eq(gsb_misuse_from_name(&m, "encroachment"), GSB_OK);
	ck_assert_int_eq(m, GSB_MISUSE_ENCROACHMENT);
	ck_assert_int_eq(gsb_misuse_from_name(&m, "theft"), GSB_ENOTFOUND);
}
END_TEST

START_TEST(clean_ledger)
{
	gsb_ledger *l = base("2020-06-30");
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t1", "province", "recipient", Y("1000000.00"), D("2019-09-05")));
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e1", D("2019-10-01"), Y("500000.00"), "equipment", "A-1", "x"));
	gsb_audit *a = run(l, NULL);
	ck_assert_int_eq(gsb_audit_clean(a), 1);
	ck_assert_uint_eq(gsb_audit_flag_count(a), 0);
	ck_assert_int_eq(gsb_audit_as_of(a), D("2020-06-30")); /* the ledger's asOf */
	ck_assert_str_eq(gsb_audit_ledger(a), "T-1");
	gsb_audit_free(a);
	gsb_ledger_free(l);
}
END_TEST

/* ------------------------------------------------------ withholding */

/* §11.15: (as-of − date) > 30 days; exactly 30 days is not withholding. */
START_TEST(withholding_boundary_30_days)
{
	gsb_ledger *l = base("2020-06-30");
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t1", "province", "city-3702", Y("1000000.00"), D("2020-05-31")));
	gsb_audit *a = run(l, "2020-06-30"); /* 30 days */
	ck_assert_int_eq(gsb_audit_clean(a), 1);
	gsb_audit_free(a);
	a = run(l, "2020-07-01"); /* 31 days */
	size_t i = 0;
	ck_assert_uint_eq(count(a, GSB_MISUSE_WITHHOLDING, &i), 1);
	ck_assert_int_eq(gsb_audit_flag_amount(a, i), Y("1000000.00"));
	ck_assert_str_eq(gsb_audit_flag_subject(a, i), "city-3702");
	ck_assert_str_eq(gsb_audit_flag_provision(a, i), "5.4");
	ck_assert(has_evidence(a, i, "t1"));
	ck_assert_ptr_nonnull(strstr(gsb_audit_flag_reason(a, i, GSB_LANG_ZH), "仍持有"));
	gsb_audit_free(a);
	gsb_ledger_free(l);
}
END_TEST

/* First in, first out over all receipts from any sender: passing on
 * consumes the oldest lot, so the recent one is what remains. */
START_TEST(withholding_fifo_any_sender)
{
	gsb_ledger *l = base("2020-06-30");
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t1", "province", "city-3702", Y("600000.00"), D("2020-01-01")));
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t2", "county-x", "city-3702", Y("400000.00"), D("2020-06-20")));
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t0", "province", "county-x", Y("400000.00"), D("2020-06-10")));
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t3", "city-3702", "recipient", Y("700000.00"), D("2020-06-25")));
	gsb_audit *a = run(l, NULL);
	/* t1 consumed wholly, t2 partly (300000 left) but t2 is 10 days old */
	ck_assert_int_eq(gsb_audit_clean(a), 1);
	gsb_audit_free(a);
	/* 60 days later both remaining lots are old: only t2's rest is held */
	a = run(l, "2020-08-30");
	size_t i = 0;
	ck_assert_uint_eq(count(a, GSB_MISUSE_WITHHOLDING, &i), 1);
	ck_assert_int_eq(gsb_audit_flag_amount(a, i), Y("300000.00"));
	ck_assert_uint_eq(gsb_audit_flag_evidence_count(a, i), 1);
	ck_assert_str_eq(gsb_audit_flag_evidence(a, i, 0), "t2");
	gsb_audit_free(a);
	gsb_ledger_free(l);
}
END_TEST

/* province → city → county → recipient: nothing held when passed on in
 * time; the county holding a part is flagged on the county alone. */
START_TEST(withholding_transfer_chain)
{
	gsb_ledger *l = base("2020-06-30");
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t1", "province", "city-3701", Y("1000000.00"), D("2019-09-05")));
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t2", "city-3701", "county-370112", Y("1000000.00"), D("2019-09-15")));
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t3", "county-370112", "recipient", Y("1000000.00"), D("2019-09-25")));
	gsb_audit *a = run(l, NULL);
	ck_assert_int_eq(gsb_audit_clean(a), 1);
	gsb_audit_free(a);
	gsb_ledger_free(l);

	l = base("2020-06-30");
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t1", "province", "city-3701", Y("1000000.00"), D("2019-09-05")));
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t2", "city-3701", "county-370112", Y("1000000.00"), D("2019-09-15")));
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t3", "county-370112", "recipient", Y("950000.00"), D("2019-09-25")));
	a = run(l, NULL);
	size_t i = 0;
	ck_assert_uint_eq(count(a, GSB_MISUSE_WITHHOLDING, &i), 1);
	ck_assert_str_eq(gsb_audit_flag_subject(a, i), "county-370112");
	ck_assert_int_eq(gsb_audit_flag_amount(a, i), Y("50000.00"));
	ck_assert_str_eq(gsb_audit_flag_evidence(a, i, 0), "t2");
	gsb_audit_free(a);
	gsb_ledger_free(l);
}
END_TEST

/* Funds received and passed on the same day are not "more than received",
 * whatever the order of the records. */
START_TEST(withholding_same_day)
{
	gsb_ledger *l = base("2020-06-30");
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t2", "city", "recipient", Y("1000000.00"), D("2019-09-05")));
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t1", "province", "city", Y("1000000.00"), D("2019-09-05")));
	gsb_audit *a = run(l, NULL);
	ck_assert_int_eq(gsb_audit_clean(a), 1);
	gsb_audit_free(a);
	gsb_ledger_free(l);
}
END_TEST

/* §11.15: passing on more than was received is an input error. */
START_TEST(withholding_passing_on_more_than_received)
{
	gsb_ledger *l = base("2020-06-30");
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t1", "province", "city", Y("1000000.00"), D("2019-09-05")));
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t2", "city", "recipient", Y("1000000.01"), D("2019-09-10")));
	gsb_audit *a = (gsb_audit *)1;
	ck_assert_int_eq(gsb_audit_run(&a, policy, l, GSB_DATE_NONE), GSB_EINPUT);
	ck_assert_ptr_null(a);
	ck_assert_ptr_nonnull(strstr(gsb_error_last()->message, "t2"));
	gsb_ledger_free(l);

	/* passed on before it arrived */
	l = base("2020-06-30");
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t2", "city", "recipient", Y("10.00"), D("2019-09-01")));
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t1", "province", "city", Y("10.00"), D("2019-09-05")));
	ck_assert_int_eq(gsb_audit_run(&a, policy, l, GSB_DATE_NONE), GSB_EINPUT);
	gsb_ledger_free(l);
}
END_TEST

/* §11.15: transfers after the as-of date are ignored (both ways). */
START_TEST(withholding_after_as_of_ignored)
{
	gsb_ledger *l = base("2020-06-30");
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t1", "province", "city", Y("1000000.00"), D("2020-01-05")));
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t2", "city", "recipient", Y("1000000.00"), D("2020-07-10")));
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t3", "province", "county", Y("5.00"), D("2020-07-01")));
	gsb_audit *a = run(l, NULL);
	size_t i = 0;
	ck_assert_uint_eq(gsb_audit_flag_count(a), 1);
	ck_assert_uint_eq(count(a, GSB_MISUSE_WITHHOLDING, &i), 1);
	ck_assert_str_eq(gsb_audit_flag_subject(a, i), "city");
	gsb_audit_free(a);
	a = run(l, "2020-07-10"); /* now passed on */
	ck_assert_int_eq(gsb_audit_clean(a), 1);
	gsb_audit_free(a);
	gsb_ledger_free(l);
}
END_TEST

/* ------------------------------------------- misappropriation, encroachment */

START_TEST(misappropriation_boundary)
{
	gsb_ledger *l = base("2020-06-30");
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e1", D("2019-10-01"), Y("1.00"), "equipment", NULL, NULL));
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e2", D("2019-10-02"), Y("2.00"), "Equipment", NULL, NULL));
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e3", D("2019-10-03"), Y("3.00"), "Equipment", NULL, NULL));
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e4", D("2020-07-01"), Y("4.00"), "travel", NULL, NULL));
	gsb_audit *a = run(l, NULL);
	size_t i = 0;
	/* category names compare exactly; e4 lies after the as-of date */
	ck_assert_uint_eq(gsb_audit_flag_count(a), 1);
	ck_assert_uint_eq(count(a, GSB_MISUSE_MISAPPROPRIATION, &i), 1);
	ck_assert_str_eq(gsb_audit_flag_subject(a, i), "Equipment");
	ck_assert_int_eq(gsb_audit_flag_amount(a, i), Y("5.00"));
	ck_assert_uint_eq(gsb_audit_flag_evidence_count(a, i), 2);
	ck_assert_str_eq(gsb_audit_flag_evidence(a, i, 0), "e2");
	ck_assert_str_eq(gsb_audit_flag_evidence(a, i, 1), "e3");
	gsb_audit_free(a);
	a = run(l, "2020-07-01");
	ck_assert_uint_eq(count(a, GSB_MISUSE_MISAPPROPRIATION, NULL), 2);
	gsb_audit_free(a);
	gsb_ledger_free(l);
}
END_TEST

/* §11.16: without a budget neither test is judged. */
START_TEST(budget_tests_need_a_budget)
{
	gsb_ledger *l;
	GSB_OK_OR_FAIL(gsb_ledger_new(&l));
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e1", D("2019-10-01"), Y("100.00"), "anything", NULL, NULL));
	gsb_audit *a = run(l, "2020-01-01");
	ck_assert_int_eq(gsb_audit_clean(a), 1);
	gsb_audit_free(a);
	/* an empty budget element: everything is outside it */
	GSB_OK_OR_FAIL(gsb_ledger_declare_budget(l));
	a = run(l, "2020-01-01");
	ck_assert_uint_eq(count(a, GSB_MISUSE_MISAPPROPRIATION, NULL), 1);
	gsb_audit_free(a);
	gsb_ledger_free(l);
}
END_TEST

/* spent > line × 1.1: exactly 10% over is not encroachment, a fen more is. */
START_TEST(encroachment_boundary_10_percent)
{
	gsb_ledger *l = base("2020-06-30");
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e1", D("2019-10-01"), Y("400000.00"), "software", "S-1", NULL));
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e2", D("2019-11-01"), Y("40000.00"), "software", "S-2", NULL));
	gsb_audit *a = run(l, NULL);
	ck_assert_int_eq(gsb_audit_clean(a), 1); /* 440000.00 = 400000.00 × 1.1 */
	gsb_audit_free(a);
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e3", D("2019-12-01"), Y("0.01"), "software", "S-3", NULL));
	a = run(l, NULL);
	size_t i = 0;
	ck_assert_uint_eq(gsb_audit_flag_count(a), 1);
	ck_assert_uint_eq(count(a, GSB_MISUSE_ENCROACHMENT, &i), 1);
	ck_assert_int_eq(gsb_audit_flag_amount(a, i), Y("40000.01")); /* over the line */
	ck_assert_uint_eq(gsb_audit_flag_evidence_count(a, i), 3);
	gsb_audit_free(a);
	/* lines of one category are summed */
	GSB_OK_OR_FAIL(gsb_ledger_add_budget_line(l, "software", Y("1.00")));
	a = run(l, NULL);
	ck_assert_int_eq(gsb_audit_clean(a), 1);
	gsb_audit_free(a);
	gsb_ledger_free(l);
}
END_TEST

/* ------------------------------------------------------- falsification */

/* §11.17: invoice numbers compare after trimming, exactly (case counts). */
START_TEST(falsification_invoices_space_and_case)
{
	gsb_ledger *l = base("2020-06-30");
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e1", D("2019-10-01"), Y("10.00"), "equipment", "INV-1", NULL));
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e2", D("2019-10-02"), Y("20.00"), "equipment", "inv-1", NULL));
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e3", D("2019-10-03"), Y("30.00"), "equipment", "INV-2", NULL));
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e4", D("2019-10-04"), Y("40.00"), "equipment", NULL, NULL));
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e5", D("2019-10-05"), Y("50.00"), "equipment", "   ", NULL));
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e6", D("2019-10-06"), Y("60.00"), "equipment", "", NULL));
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e7", D("2019-10-07"), Y("70.00"), "equipment", "INV 1", NULL));
	gsb_audit *a = run(l, NULL);
	ck_assert_int_eq(gsb_audit_clean(a), 1); /* differ in case only; none missing */
	gsb_audit_free(a);
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e8", D("2019-10-08"), Y("80.00"), "equipment", " INV-1\t", NULL));
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e9", D("2019-10-09"), Y("90.00"), "equipment", "\xe3\x80\x80INV-1", NULL));
	/* every Unicode White_Space character: U+00A0 and U+2003 around, U+202F
	 * and U+1680 after; a no-break space inside is part of the number */
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e10", D("2019-10-10"), Y("100.00"), "equipment", "\xc2\xa0INV-1\xe2\x80\x83", NULL));
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e11", D("2019-10-11"), Y("110.00"), "equipment", "INV-1\xe2\x80\xaf\xe1\x9a\x80", NULL));
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e12", D("2019-10-12"), Y("120.00"), "equipment", "INV\xc2\xa0""1", NULL));
	a = run(l, NULL);
	size_t i = 0;
	ck_assert_uint_eq(gsb_audit_flag_count(a), 1);
	ck_assert_uint_eq(count(a, GSB_MISUSE_FALSIFICATION, &i), 1);
	ck_assert_str_eq(gsb_audit_flag_subject(a, i), "INV-1");
	ck_assert_uint_eq(gsb_audit_flag_evidence_count(a, i), 5);
	ck_assert_str_eq(gsb_audit_flag_evidence(a, i, 0), "e1");
	ck_assert_str_eq(gsb_audit_flag_evidence(a, i, 1), "e8");
	ck_assert_str_eq(gsb_audit_flag_evidence(a, i, 2), "e9");
	ck_assert_str_eq(gsb_audit_flag_evidence(a, i, 3), "e10");
	ck_assert_str_eq(gsb_audit_flag_evidence(a, i, 4), "e11");
	ck_assert_int_eq(gsb_audit_flag_amount(a, i), Y("380.00")); /* claimed again */
	gsb_audit_free(a);
	gsb_ledger_free(l);
}
END_TEST

/* |declared − verified| > 10% × verified: exactly 10% is not flagged. */
START_TEST(falsification_metric_boundary)
{
	gsb_ledger *l = base("2020-06-30");
	GSB_OK_OR_FAIL(gsb_ledger_add_metric(l, "devices", "1100", "1000"));
	GSB_OK_OR_FAIL(gsb_ledger_add_metric(l, "firms", "900", "1000"));
	GSB_OK_OR_FAIL(gsb_ledger_add_metric(l, "ratio", "0.55", "0.5"));
	gsb_audit *a = run(l, NULL);
	ck_assert_int_eq(gsb_audit_clean(a), 1);
	gsb_audit_free(a);
	GSB_OK_OR_FAIL(gsb_ledger_add_metric(l, "api", "1100.001", "1000"));
	GSB_OK_OR_FAIL(gsb_ledger_add_metric(l, "served", "500", "1000")); /* under-declared */
	a = run(l, NULL);
	ck_assert_uint_eq(count(a, GSB_MISUSE_FALSIFICATION, NULL), 2);
	ck_assert_str_eq(gsb_audit_flag_evidence(a, 0, 0), "metric:api");
	ck_assert_str_eq(gsb_audit_flag_evidence(a, 1, 0), "metric:served");
	ck_assert_int_eq(gsb_audit_flag_has_amount(a, 0), 0);
	ck_assert_ptr_nonnull(strstr(gsb_audit_flag_reason(a, 1, GSB_LANG_EN), "declared 500 vs verified 1000"));
	gsb_audit_free(a);
	gsb_ledger_free(l);
	ck_assert_int_eq(gsb_ledger_new(&l), GSB_OK);
	ck_assert_int_eq(gsb_ledger_add_metric(l, "x", "1.2345678", "1"), GSB_EINVAL);
	ck_assert_int_eq(gsb_ledger_add_metric(l, "x", "abc", "1"), GSB_EINVAL);
	gsb_ledger_free(l);
}
END_TEST

/* ----------------------------------------------------------------- fraud */

/* §11.18: strictly greater than the cap of §6 (gsb__award_cap). */
START_TEST(fraud_cap_boundary)
{
	gsb_ledger *l;
	GSB_OK_OR_FAIL(gsb_ledger_new(&l));
	GSB_OK_OR_FAIL(gsb_ledger_set_award(l, Y("10000000.00"), D("2019-09-01"), GSB_FALSE));
	gsb_audit *a = run(l, "2020-06-30");
	ck_assert_int_eq(gsb_audit_clean(a), 1);
	gsb_audit_free(a);
	GSB_OK_OR_FAIL(gsb_ledger_set_award(l, Y("10000000.01"), D("2019-09-01"), GSB_FALSE));
	a = run(l, "2020-06-30");
	size_t i = 0;
	ck_assert_uint_eq(count(a, GSB_MISUSE_FRAUD, &i), 1);
	ck_assert_int_eq(gsb_audit_flag_amount(a, i), 1);
	ck_assert_str_eq(gsb_audit_flag_evidence(a, i, 0), "award");
	gsb_audit_free(a);
	/* national: the national cap */
	GSB_OK_OR_FAIL(gsb_ledger_set_award(l, Y("30000000.00"), D("2019-09-01"), GSB_TRUE));
	a = run(l, "2020-06-30");
	ck_assert_int_eq(gsb_audit_clean(a), 1);
	gsb_audit_free(a);
	/* national absent: the national cap too (only a certain excess) */
	GSB_OK_OR_FAIL(gsb_ledger_set_award(l, Y("30000000.01"), D("2019-09-01"), GSB_UNKNOWN));
	a = run(l, "2020-06-30");
	ck_assert_uint_eq(count(a, GSB_MISUSE_FRAUD, &i), 1);
	ck_assert_int_eq(gsb_audit_flag_amount(a, i), 1);
	gsb_audit_free(a);
	GSB_OK_OR_FAIL(gsb_ledger_set_award(l, Y("29999999.99"), D("2019-09-01"), GSB_UNKNOWN));
	a = run(l, "2020-06-30");
	ck_assert_int_eq(gsb_audit_clean(a), 1);
	gsb_audit_free(a);
	gsb_ledger_free(l);
}
END_TEST

START_TEST(fraud_investment_boundary)
{
	gsb_ledger *l;
	GSB_OK_OR_FAIL(gsb_ledger_new(&l));
	GSB_OK_OR_FAIL(gsb_ledger_set_award(l, Y("5000000.00"), GSB_DATE_NONE, GSB_FALSE));
	GSB_OK_OR_FAIL(gsb_ledger_add_subsidy(l, "国家某专项", Y("3000000.00")));
	GSB_OK_OR_FAIL(gsb_ledger_add_subsidy(l, NULL, Y("1000000.00")));
	gsb_audit *a = run(l, "2020-06-30"); /* no investment: not judged */
	ck_assert_int_eq(gsb_audit_clean(a), 1);
	gsb_audit_free(a);
	GSB_OK_OR_FAIL(gsb_ledger_set_investment(l, Y("9000000.00")));
	a = run(l, "2020-06-30");
	ck_assert_int_eq(gsb_audit_clean(a), 1); /* equal is not exceeding */
	gsb_audit_free(a);
	GSB_OK_OR_FAIL(gsb_ledger_set_investment(l, Y("8999999.99")));
	a = run(l, "2020-06-30");
	size_t i = 0;
	ck_assert_uint_eq(gsb_audit_flag_count(a), 1);
	ck_assert_uint_eq(count(a, GSB_MISUSE_FRAUD, &i), 1);
	ck_assert_int_eq(gsb_audit_flag_amount(a, i), 1);
	ck_assert(has_evidence(a, i, "award"));
	ck_assert(has_evidence(a, i, "investment"));
	gsb_audit_free(a);
	/* both tests fail: one flag each */
	GSB_OK_OR_FAIL(gsb_ledger_set_award(l, Y("12000000.00"), GSB_DATE_NONE, GSB_FALSE));
	a = run(l, "2020-06-30");
	ck_assert_uint_eq(count(a, GSB_MISUSE_FRAUD, NULL), 2);
	ck_assert_int_eq(gsb_audit_flag_amount(a, 0), Y("2000000.00"));
	ck_assert_int_eq(gsb_audit_flag_amount(a, 1), Y("7000000.01"));
	gsb_audit_free(a);
	gsb_ledger_free(l);
}
END_TEST

/* --------------------------------------------------- order and reports */

START_TEST(flag_order_and_report)
{
	gsb_ledger *l = base("2020-06-30");
	GSB_OK_OR_FAIL(gsb_ledger_set_award(l, Y("10000000.01"), D("2019-09-01"), GSB_FALSE));
	GSB_OK_OR_FAIL(gsb_ledger_add_metric(l, "m", "2", "1"));
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e1", D("2019-10-01"), Y("1.00"), "x", "I", NULL));
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e2", D("2019-10-01"), Y("1.00"), "x", "I", NULL));
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e3", D("2019-10-01"), Y("900000.00"), "equipment", NULL, NULL));
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t1", "province", "city", Y("5.00"), D("2019-01-01")));
	gsb_audit *a = run(l, NULL);
	static const gsb_misuse order[] = { GSB_MISUSE_WITHHOLDING, GSB_MISUSE_MISAPPROPRIATION,
		GSB_MISUSE_ENCROACHMENT, GSB_MISUSE_FALSIFICATION, GSB_MISUSE_FALSIFICATION,
		GSB_MISUSE_FRAUD };
	ck_assert_uint_eq(gsb_audit_flag_count(a), 6);
	for (size_t i = 0; i < 6; i++)
		ck_assert_int_eq(gsb_audit_flag_category(a, i), order[i]);
	ck_assert_int_eq(gsb_audit_clean(a), 0);

	char *json = gsb_audit_to_string(a, GSB_FORMAT_JSON, GSB_LANG_EN);
	ck_assert_ptr_nonnull(json);
	ck_assert_ptr_nonnull(strstr(json, "\"clean\": false"));
	ck_assert_ptr_nonnull(strstr(json, "\"category\": \"withholding\""));
	ck_assert_ptr_nonnull(strstr(json, "\"evidence\": [{\"ref\": \"t1\"}]"));
	ck_assert_ptr_nonnull(strstr(json, "\"amount\": \"0.01\""));
	/* the built-in parameters: named by nothing beside the policy */
	ck_assert_ptr_null(gsb_audit_params(a));
	ck_assert_ptr_null(gsb_audit_params_file(a));
	ck_assert_ptr_null(strstr(json, "params"));
	gsb_free(json);
	char *xml = gsb_audit_to_string(a, GSB_FORMAT_XML, GSB_LANG_ZH);
	ck_assert_ptr_nonnull(strstr(xml, "<audit xmlns=\"urn:geshibai:1\" ledger=\"T-1\" asOf=\"2020-06-30\" "
	                                  "policy=\"sd-2018-ge-shi-bai\" clean=\"false\">"));
	ck_assert_ptr_nonnull(strstr(xml, "<flag category=\"fraud\" provision=\"5.4\" amount=\"0.01\""));
	ck_assert_ptr_nonnull(strstr(xml, "<evidence ref=\"metric:m\"/>"));
	gsb_free(xml);
	char *text = gsb_audit_to_string(a, GSB_FORMAT_TEXT, GSB_LANG_ZH);
	ck_assert_ptr_nonnull(strstr(text, "截留"));
	gsb_free(text);
	gsb_audit_free(a);

	/* clean="true" */
	gsb_ledger_free(l);
	l = base("2020-06-30");
	a = run(l, NULL);
	xml = gsb_audit_to_string(a, GSB_FORMAT_XML, GSB_LANG_EN);
	ck_assert_ptr_nonnull(strstr(xml, "clean=\"true\"/>"));
	gsb_free(xml);
	gsb_audit_free(a);
	gsb_ledger_free(l);
}
END_TEST

START_TEST(api_arguments)
{
	gsb_ledger *l;
	GSB_OK_OR_FAIL(gsb_ledger_new(&l));
	ck_assert_int_eq(gsb_ledger_add_transfer(l, NULL, "a", "b", 1, D("2020-01-01")), GSB_EINVAL);
	ck_assert_int_eq(gsb_ledger_add_transfer(l, "t", "a", "b", -1, D("2020-01-01")), GSB_EINVAL);
	ck_assert_int_eq(gsb_ledger_add_transfer(l, "t", "a", "b", 1, GSB_DATE_NONE), GSB_EINVAL);
	ck_assert_int_eq(gsb_ledger_add_expense(l, "e", D("2020-01-01"), 1, "", NULL, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_ledger_add_expense(l, "e", D("2020-01-01"), 1, "\xff", NULL, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_ledger_set_award(l, -5, GSB_DATE_NONE, GSB_UNKNOWN), GSB_EINVAL);
	ck_assert_uint_eq(gsb_ledger_transfer_count(l), 0);
	ck_assert_uint_eq(gsb_ledger_expense_count(l), 0);
	gsb_audit *a;
	ck_assert_int_eq(gsb_audit_run(&a, NULL, l, GSB_DATE_NONE), GSB_EINVAL);
	ck_assert_int_eq(gsb_audit_run(&a, policy, NULL, GSB_DATE_NONE), GSB_EINVAL);
	gsb_ledger_free(l);
	gsb_ledger_free(NULL);
	gsb_audit_free(NULL);
	ck_assert_uint_eq(gsb_audit_flag_count(NULL), 0);
	ck_assert_ptr_null(gsb_audit_flag_evidence(NULL, 0, 0));
	ck_assert_ptr_null(gsb_audit_to_string(NULL, GSB_FORMAT_JSON, GSB_LANG_EN));
	ck_assert_ptr_null(gsb_audit_params(NULL));
	ck_assert_ptr_null(gsb_audit_params_file(NULL));
}
END_TEST

/* Parameters in force on the as-of date (misuse.withholding-days, ...). */
START_TEST(parameters_override)
{
	static const char params[] =
		"<parameters xmlns=\"urn:geshibai:1\" name=\"what-if\">\n"
		"  <param name=\"misuse.withholding-days\" value=\"60\"/>\n"
		"  <param name=\"misuse.line-tolerance\" value=\"0\"/>\n"
		"  <param name=\"award.cap\" value=\"1.00\"/>\n"
		"</parameters>\n";
	gsb_policy *p;
	GSB_OK_OR_FAIL(gsb_policy_load_memory(&p, params, sizeof params - 1, "what-if"));
	gsb_ledger *l = base("2020-06-30");
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t1", "province", "city", Y("5.00"), D("2020-05-01")));
	GSB_OK_OR_FAIL(gsb_ledger_add_expense(l, "e1", D("2019-10-01"), Y("400000.01"), "software", NULL, NULL));
	gsb_audit *a;
	GSB_OK_OR_FAIL(gsb_audit_run(&a, p, l, GSB_DATE_NONE));
	ck_assert_uint_eq(count(a, GSB_MISUSE_WITHHOLDING, NULL), 0); /* 60 days */
	ck_assert_uint_eq(count(a, GSB_MISUSE_ENCROACHMENT, NULL), 1); /* no tolerance */
	ck_assert_uint_eq(count(a, GSB_MISUSE_FRAUD, NULL), 1);        /* cap 1.00 */
	/* the audit names the parameter set it used, beside the policy id, in
	 * every form; its copies outlive the policy */
	gsb_policy_free(p);
	ck_assert_str_eq(gsb_audit_params(a), "what-if");
	ck_assert_str_eq(gsb_audit_params_file(a), "what-if");
	char *xml = gsb_audit_to_string(a, GSB_FORMAT_XML, GSB_LANG_EN);
	ck_assert_ptr_nonnull(strstr(xml, " policy=\"sd-2018-ge-shi-bai\" params=\"what-if\" paramsFile=\"what-if\" clean=\"false\">"));
	gsb_free(xml);
	char *json = gsb_audit_to_string(a, GSB_FORMAT_JSON, GSB_LANG_EN);
	ck_assert_ptr_nonnull(strstr(json, "\"policy\": \"sd-2018-ge-shi-bai\", \"params\": \"what-if\", \"paramsFile\": \"what-if\", \"clean\": false"));
	gsb_free(json);
	char *text = gsb_audit_to_string(a, GSB_FORMAT_TEXT, GSB_LANG_ZH);
	ck_assert_ptr_nonnull(strstr(text, "\n  政策 sd-2018-ge-shi-bai（参数 what-if）\n"));
	gsb_free(text);
	text = gsb_audit_to_string(a, GSB_FORMAT_TEXT, GSB_LANG_EN);
	ck_assert_ptr_nonnull(strstr(text, "\n  policy sd-2018-ge-shi-bai (parameters what-if)\n"));
	gsb_free(text);
	gsb_audit_free(a);
	gsb_ledger_free(l);
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("misuse");
	TCase *t = tcase_create("5.4");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, names_and_labels);
	tcase_add_test(t, clean_ledger);
	tcase_add_test(t, withholding_boundary_30_days);
	tcase_add_test(t, withholding_fifo_any_sender);
	tcase_add_test(t, withholding_transfer_chain);
	tcase_add_test(t, withholding_same_day);
	tcase_add_test(t, withholding_passing_on_more_than_received);
	tcase_add_test(t, withholding_after_as_of_ignored);
	tcase_add_test(t, misappropriation_boundary);
	tcase_add_test(t, budget_tests_need_a_budget);
	tcase_add_test(t, encroachment_boundary_10_percent);
	tcase_add_test(t, falsification_invoices_space_and_case);
	tcase_add_test(t, falsification_metric_boundary);
	tcase_add_test(t, fraud_cap_boundary);
	tcase_add_test(t, fraud_investment_boundary);
	tcase_add_test(t, flag_order_and_report);
	tcase_add_test(t, api_arguments);
	tcase_add_test(t, parameters_override);
	suite_add_tcase(s, t);
	return s;
}
