/* Tests for lib/effect.c: the five indicators of docs/rules.md §7 and §11.13. */
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

/* One indicator alone: its change and whether it is met. */
static void one(gsb_kpi kpi, const char *baseline, const char *current, const char *change,
                gsb_tri met)
{
	gsb_application_free(A);
	A = fx_app();
	GSB_OK_OR_FAIL(gsb_application_add_kpi(A, kpi, baseline, current));
	gsb_decision *d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_kpi_count(d), 1);
	ck_assert_int_eq(gsb_decision_kpi(d, 0), kpi);
	if (change)
		ck_assert_msg(gsb_decision_kpi_change(d, 0) &&
		                      strcmp(gsb_decision_kpi_change(d, 0), change) == 0,
		              "%s → %s: change %s, want %s", baseline, current,
		              gsb_decision_kpi_change(d, 0), change);
	else
		ck_assert_ptr_null(gsb_decision_kpi_change(d, 0));
	ck_assert_msg(gsb_decision_kpi_met(d, 0) == met, "%s → %s: met %d, want %d", baseline,
	              current, gsb_decision_kpi_met(d, 0), met);
	ck_assert_int_eq(gsb_decision_kpi_met_count(d), met == GSB_TRUE);
	gsb_decision_free(d);
}

START_TEST(targets)
{
	static const char *const want[] = { "-20.00", "-20.00", "20.00", "-10.00", "15.00" };
	for (int k = 0; k < GSB_KPI_COUNT; k++)
		GSB_OK_OR_FAIL(gsb_application_add_kpi(A, (gsb_kpi)k, "100", "100"));
	gsb_decision *d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_kpi_count(d), 5);
	ck_assert_int_eq(gsb_decision_kpi_met_count(d), 0);
	for (size_t i = 0; i < 5; i++) {
		ck_assert_int_eq(gsb_decision_kpi(d, i), (gsb_kpi)i);
		ck_assert_str_eq(gsb_decision_kpi_target(d, i), want[i]);
		ck_assert_str_eq(gsb_decision_kpi_change(d, i), "0.00");
		ck_assert_int_eq(gsb_decision_kpi_met(d, i), GSB_FALSE);
		ck_assert_ptr_null(gsb_decision_kpi_error(d, i, GSB_LANG_EN));
	}
	ck_assert_ptr_null(gsb_decision_kpi_target(d, 5));
	ck_assert_int_eq(gsb_decision_kpi_met(d, 5), GSB_UNKNOWN);
	gsb_decision_free(d);
}
END_TEST

/* Lower is better: operating cost and upgrade cycle −20%, defect rate −10%. */
START_TEST(lower_is_better)
{
	one(GSB_KPI_OPERATING_COST, "1000.0", "780.0", "-22.00", GSB_TRUE);
	one(GSB_KPI_OPERATING_COST, "1000.0", "800.0", "-20.00", GSB_TRUE);  /* boundary */
	one(GSB_KPI_OPERATING_COST, "1000", "800.01", "-20.00", GSB_FALSE);  /* −19.999% */
	one(GSB_KPI_OPERATING_COST, "1000", "850", "-15.00", GSB_FALSE);
	one(GSB_KPI_OPERATING_COST, "1000", "1200", "20.00", GSB_FALSE);     /* wrong way */
	one(GSB_KPI_UPGRADE_CYCLE, "18", "14.4", "-20.00", GSB_TRUE);        /* exactly −20% */
	one(GSB_KPI_UPGRADE_CYCLE, "18", "14.4000001", "-20.00", GSB_FALSE);
	one(GSB_KPI_UPGRADE_CYCLE, "18", "14.3999999", "-20.00", GSB_TRUE);
	one(GSB_KPI_UPGRADE_CYCLE, "12", "10", "-16.67", GSB_FALSE);
	one(GSB_KPI_DEFECT_RATE, "2.0", "1.8", "-10.00", GSB_TRUE);          /* Reading: relative */
	one(GSB_KPI_DEFECT_RATE, "2.0", "1.81", "-9.50", GSB_FALSE);
	one(GSB_KPI_DEFECT_RATE, "2", "1.79", "-10.50", GSB_TRUE);
}
END_TEST

/* Higher is better: production efficiency +20%, energy utilisation +15%. */
START_TEST(higher_is_better)
{
	one(GSB_KPI_PRODUCTION_EFFICIENCY, "100", "120", "20.00", GSB_TRUE);
	one(GSB_KPI_PRODUCTION_EFFICIENCY, "100", "119.99", "19.99", GSB_FALSE);
	one(GSB_KPI_PRODUCTION_EFFICIENCY, "100", "119.9999", "20.00", GSB_FALSE);
	one(GSB_KPI_PRODUCTION_EFFICIENCY, "100", "80", "-20.00", GSB_FALSE); /* wrong way */
	one(GSB_KPI_PRODUCTION_EFFICIENCY, "50", "150", "200.00", GSB_TRUE);
	one(GSB_KPI_ENERGY_UTILISATION, "60", "69", "15.00", GSB_TRUE);       /* exactly +15% */
	one(GSB_KPI_ENERGY_UTILISATION, "60", "68.9999", "15.00", GSB_FALSE);
	one(GSB_KPI_ENERGY_UTILISATION, "60", "66", "10.00", GSB_FALSE);
}
END_TEST

/* Rounded half away from zero to two decimals; no negative zero. */
START_TEST(change_rounding)
{
	one(GSB_KPI_PRODUCTION_EFFICIENCY, "3", "4", "33.33", GSB_TRUE);
	one(GSB_KPI_PRODUCTION_EFFICIENCY, "3", "5", "66.67", GSB_TRUE);
	one(GSB_KPI_OPERATING_COST, "3", "2", "-33.33", GSB_TRUE);
	one(GSB_KPI_OPERATING_COST, "3", "1", "-66.67", GSB_TRUE);
	one(GSB_KPI_OPERATING_COST, "1000", "999.95", "-0.01", GSB_FALSE);   /* −0.005 */
	one(GSB_KPI_PRODUCTION_EFFICIENCY, "1000", "1000.05", "0.01", GSB_FALSE);
	one(GSB_KPI_OPERATING_COST, "1000", "999.99999", "0.00", GSB_FALSE);
	one(GSB_KPI_PRODUCTION_EFFICIENCY, "1", "1.99999999", "100.00", GSB_TRUE); /* carry */
	one(GSB_KPI_PRODUCTION_EFFICIENCY, "1", "10.9999999", "1000.00", GSB_TRUE);
}
END_TEST

/* A current value <= 0 is allowed; extreme values stay exact. */
START_TEST(extreme_values)
{
	one(GSB_KPI_OPERATING_COST, "100", "0", "-100.00", GSB_TRUE);
	one(GSB_KPI_OPERATING_COST, "7", "-3", "-142.86", GSB_TRUE);
	one(GSB_KPI_PRODUCTION_EFFICIENCY, "0.000000000000000001", "999999999999999999",
	    "99999999999999999899999999999999999900.00", GSB_TRUE);
	one(GSB_KPI_OPERATING_COST, "999999999999999999", "0.000000000000000001", "-100.00",
	    GSB_TRUE);
	one(GSB_KPI_DEFECT_RATE, "999999999999999999", "-999999999999999999", "-200.00", GSB_TRUE);
}
END_TEST

/* §11.13: a baseline <= 0 gives met unknown and an error; the decision stands. */
START_TEST(invalid_baseline)
{
	static const char *const baselines[] = { "0", "0.0", "-1", "-0.5" };
	for (size_t i = 0; i < GSB_ARRAY_LEN(baselines); i++) {
		gsb_application_free(A);
		A = fx_app();
		GSB_OK_OR_FAIL(gsb_application_add_kpi(A, GSB_KPI_ENERGY_UTILISATION, baselines[i],
		                                       "398.7"));
		GSB_OK_OR_FAIL(gsb_application_add_kpi(A, GSB_KPI_OPERATING_COST, "100", "70"));
		gsb_decision *d = fx_eval_at(P, A, NULL);
		ck_assert_int_eq(gsb_decision_outcome(d), GSB_OUTCOME_ELIGIBLE);
		ck_assert_int_eq(gsb_decision_kpi_count(d), 2);
		ck_assert_int_eq(gsb_decision_kpi_met_count(d), 1);
		ck_assert_int_eq(gsb_decision_kpi_met(d, 0), GSB_UNKNOWN);
		ck_assert_ptr_null(gsb_decision_kpi_change(d, 0));
		ck_assert_str_eq(gsb_decision_kpi_target(d, 0), "15.00");
		ck_assert_str_eq(gsb_decision_kpi_error(d, 0, GSB_LANG_EN),
		                 "baseline <= 0: invalid input for this indicator");
		ck_assert_msg(strlen(gsb_decision_kpi_error(d, 0, GSB_LANG_ZH)) > 0, "zh");
		ck_assert_ptr_null(gsb_decision_kpi_error(d, 1, GSB_LANG_EN));
		ck_assert_str_eq(gsb_decision_kpi_change(d, 1), "-30.00");
		ck_assert_int_eq(gsb_decision_kpi_met(d, 1), GSB_TRUE);
		gsb_decision_free(d);
	}
}
END_TEST

/* met counts the true ones; of counts every indicator given. */
START_TEST(met_of)
{
	gsb_decision *d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_kpi_count(d), 0);
	ck_assert_int_eq(gsb_decision_kpi_met_count(d), 0);
	gsb_decision_free(d);
	GSB_OK_OR_FAIL(gsb_application_add_kpi(A, GSB_KPI_OPERATING_COST, "1000", "780"));
	GSB_OK_OR_FAIL(gsb_application_add_kpi(A, GSB_KPI_UPGRADE_CYCLE, "10", "9"));
	GSB_OK_OR_FAIL(gsb_application_add_kpi(A, GSB_KPI_PRODUCTION_EFFICIENCY, "10", "12.5"));
	GSB_OK_OR_FAIL(gsb_application_add_kpi(A, GSB_KPI_DEFECT_RATE, "0", "1"));
	GSB_OK_OR_FAIL(gsb_application_add_kpi(A, GSB_KPI_ENERGY_UTILISATION, "0.80", "0.92"));
	d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_kpi_count(d), 5);
	ck_assert_int_eq(gsb_decision_kpi_met_count(d), 3);
	static const gsb_tri want[] = { GSB_TRUE, GSB_FALSE, GSB_TRUE, GSB_UNKNOWN, GSB_TRUE };
	static const char *const change[] = { "-22.00", "-10.00", "25.00", NULL, "15.00" };
	for (size_t i = 0; i < 5; i++) {
		ck_assert_int_eq(gsb_decision_kpi_met(d, i), want[i]);
		if (change[i])
			ck_assert_str_eq(gsb_decision_kpi_change(d, i), change[i]);
	}
	gsb_decision_free(d);
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("effect");
	TCase *tc = tcase_create("effect");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, targets);
	tcase_add_test(tc, lower_is_better);
	tcase_add_test(tc, higher_is_better);
	tcase_add_test(tc, change_rounding);
	tcase_add_test(tc, extreme_values);
	tcase_add_test(tc, invalid_baseline);
	tcase_add_test(tc, met_of);
	suite_add_tcase(s, tc);
	return s;
}
