/* Tests for lib/params.c: built-in parameters, overrides and their periods. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include "runner.h"
#include "internal.h"

static gsb_date D(const char *s)
{
	gsb_date d = GSB_DATE_NONE;
	ck_assert_int_eq(gsb_date_parse(&d, s), GSB_OK);
	return d;
}

START_TEST(defaults_of_the_rule_book)
{
	gsb_policy *p;
	const char *v;
	GSB_OK_OR_FAIL(gsb_policy_new(&p));
	GSB_OK_OR_FAIL(gsb_policy_param(&v, p, "award.cap", D("2019-06-14")));
	ck_assert_str_eq(v, "10000000.00");
	GSB_OK_OR_FAIL(gsb_policy_param(&v, p, "award.cap-national", D("2019-06-14")));
	ck_assert_str_eq(v, "30000000.00");
	GSB_OK_OR_FAIL(gsb_policy_param(&v, p, "policy.to", D("2019-06-14")));
	ck_assert_str_eq(v, "2020-12-31");
	GSB_OK_OR_FAIL(gsb_policy_param(&v, p, "tier.cross-domain.min-devices", D("2019-06-14")));
	ck_assert_ptr_null(v); /* no default (docs/rules.md §4) */
	ck_assert_int_eq(gsb__policy_value(p, GSB_P_AWARD_CAP, D("2019-06-14"))->i, 1000000000);
	ck_assert_int_eq(gsb__policy_value(p, GSB_P_WITHHOLDING_DAYS, 0)->i, 30);
	ck_assert_str_eq(gsb_param_provision("award.cap"), "4.1");
	ck_assert_str_eq(gsb_policy_id(p), "sd-2018-ge-shi-bai");
	ck_assert_int_eq(gsb_policy_param(&v, p, "award.bogus", 0), GSB_ENOTFOUND);
	gsb_policy_free(p);
}
END_TEST

START_TEST(override_with_period)
{
	gsb_policy *p;
	const char *ref;
	gsb_date from, to;
	GSB_OK_OR_FAIL(gsb__policy_create(&p, "2019 申报指南"));
	GSB_OK_OR_FAIL(gsb__policy_add(p, GSB_P_AWARD_CAP, "8000000.00", D("2019-01-01"),
	                               D("2019-12-31"), "第三条"));
	ck_assert_int_eq(gsb__policy_value(p, GSB_P_AWARD_CAP, D("2019-12-31"))->i, 800000000);
	ck_assert_int_eq(gsb__policy_value(p, GSB_P_AWARD_CAP, D("2020-01-01"))->i, 1000000000);
	ck_assert_int_eq(gsb__policy_value(p, GSB_P_AWARD_CAP, D("2018-12-31"))->i, 1000000000);
	GSB_OK_OR_FAIL(gsb_policy_param_origin(&ref, &from, &to, p, "award.cap", D("2019-05-01")));
	ck_assert_str_eq(ref, "第三条");
	ck_assert_int_eq(from, D("2019-01-01"));
	GSB_OK_OR_FAIL(gsb_policy_param_origin(&ref, &from, &to, p, "award.cap", D("2021-05-01")));
	ck_assert_str_eq(ref, "4.1");
	ck_assert_int_eq(from, GSB_DATE_NONE);
	/* a later override wins over an earlier one */
	GSB_OK_OR_FAIL(gsb__policy_add(p, GSB_P_AWARD_CAP, "7000000.00", GSB_DATE_NONE,
	                               GSB_DATE_NONE, NULL));
	ck_assert_int_eq(gsb__policy_value(p, GSB_P_AWARD_CAP, D("2019-05-01"))->i, 700000000);
	ck_assert_str_eq(gsb_policy_source(p), "2019 申报指南");
	gsb_policy_free(p);
}
END_TEST

START_TEST(wrong_types_refused)
{
	gsb_policy *p;
	GSB_OK_OR_FAIL(gsb_policy_new(&p));
	ck_assert_int_eq(gsb__policy_add(p, GSB_P_AWARD_CAP, "1.234", GSB_DATE_NONE, GSB_DATE_NONE, NULL),
	                 GSB_EINVAL);
	ck_assert_ptr_nonnull(strstr(gsb_error_last()->message, "award.cap"));
	ck_assert_int_eq(gsb__policy_add(p, GSB_P_MIN_RESOURCES, "4.5", GSB_DATE_NONE, GSB_DATE_NONE, NULL),
	                 GSB_EINVAL);
	ck_assert_int_eq(gsb__policy_add(p, GSB_P_POLICY_TO, "2020-02-30", GSB_DATE_NONE, GSB_DATE_NONE, NULL),
	                 GSB_EINVAL);
	ck_assert_int_eq(gsb__policy_add(p, GSB_P_LINE_TOLERANCE, "-0.1", GSB_DATE_NONE, GSB_DATE_NONE, NULL),
	                 GSB_EINVAL);
	ck_assert_int_eq(gsb__policy_add(p, GSB_P_AWARD_CAP, "99999999999999999999.00", GSB_DATE_NONE,
	                                 GSB_DATE_NONE, NULL), GSB_EOVERFLOW);
	/* nothing of the refused values stuck */
	ck_assert_int_eq(gsb__policy_value(p, GSB_P_AWARD_CAP, 0)->i, 1000000000);
	gsb_policy_free(p);
}
END_TEST

START_TEST(parameter_catalogue)
{
	gsb_param_type t;
	ck_assert_int_eq(gsb_param_count(), GSB_P_COUNT);
	for (size_t i = 0; i < gsb_param_count(); i++) {
		ck_assert_ptr_nonnull(gsb_param_name(i));
		ck_assert_ptr_nonnull(gsb_param_provision(gsb_param_name(i)));
		GSB_OK_OR_FAIL(gsb_param_type_of(&t, gsb_param_name(i)));
	}
	ck_assert_ptr_null(gsb_param_name(gsb_param_count()));
	ck_assert_int_eq(gsb_param_type_of(&t, "misuse.line-tolerance"), GSB_OK);
	ck_assert_int_eq(t, GSB_PARAM_DECIMAL);
	ck_assert_int_eq(gsb_param_type_of(&t, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_param_type_of(&t, "award.nothing"), GSB_ENOTFOUND);
	ck_assert_int_eq(gsb_policy_new(NULL), GSB_EINVAL);
	gsb_policy_free(NULL);
}
END_TEST

/* docs/parameters.md: its table names every parameter with the default and
 * the range the library holds (one fact, checked in two places). */
START_TEST(documented_table_matches)
{
	FILE *f = fopen(gsb_test_path("docs/parameters.md"), "r");
	ck_assert_ptr_nonnull(f);
	char line[1024];
	bool seen[GSB_P_COUNT] = { false };
	while (fgets(line, sizeof line, f)) {
		char name[80], type[40], prov[20], dflt[40], range[80];
		if (sscanf(line, "| `%79[^`]` | %39[^|]| %19[^ ] | %39[^ ] | %79[^ ] |", name, type, prov,
		           dflt, range) != 5)
			continue;
		int i = gsb__param_index(name);
		ck_assert_msg(i >= 0, "docs/parameters.md names unknown parameter %s", name);
		seen[i] = true;
		ck_assert_str_eq(prov, gsb__params[i].provision);
		ck_assert_str_eq(dflt, gsb__params[i].default_text ? gsb__params[i].default_text : "none");
		char want[80];
		snprintf(want, sizeof want, "%s..%s", gsb__params[i].min_text, gsb__params[i].max_text);
		ck_assert_str_eq(range, want);
	}
	fclose(f);
	for (int i = 0; i < GSB_P_COUNT; i++)
		ck_assert_msg(seen[i], "docs/parameters.md lacks %s", gsb__params[i].name);
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("params");
	TCase *tc = tcase_create("params");
	tcase_add_test(tc, defaults_of_the_rule_book);
	tcase_add_test(tc, override_with_period);
	tcase_add_test(tc, wrong_types_refused);
	tcase_add_test(tc, parameter_catalogue);
	tcase_add_test(tc, documented_table_matches);
	suite_add_tcase(s, tc);
	return s;
}
