/* Tests for lib/params_read.c: parameters documents (docs/formats.md). */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include "runner.h"

#define NS "xmlns=\"urn:geshibai:1\""

static gsb_date D(const char *s)
{
	gsb_date d = GSB_DATE_NONE;
	ck_assert_int_eq(gsb_date_parse(&d, s), GSB_OK);
	return d;
}

static int load_str(gsb_policy **p, const char *xml)
{
	return gsb_policy_load_memory(p, xml, strlen(xml), "params.xml");
}

/* One param element in a document. */
static const char *one(const char *param)
{
	static char buf[1024];
	snprintf(buf, sizeof buf, "<parameters " NS " name=\"t\">\n  %s\n</parameters>\n", param);
	return buf;
}

static void expect_error(const char *xml, int code, const char *element, const char *part)
{
	gsb_policy *p = NULL;
	int rc = load_str(&p, xml);
	const gsb_error *e = gsb_error_last();
	ck_assert_msg(rc == code, "expected %d, got %d: %s", code, rc, e->message);
	ck_assert_ptr_null(p);
	if (element) {
		ck_assert_ptr_nonnull(e->element);
		ck_assert_str_eq(e->element, element);
	}
	if (part)
		ck_assert_msg(strstr(e->message, part) != NULL, "'%s' not in '%s'", part, e->message);
}

START_TEST(guide_overrides_award_cap_with_a_period)
{
	gsb_policy *p;
	const char *v, *ref;
	gsb_date from, to;
	GSB_OK_OR_FAIL(gsb_policy_load(&p, gsb_test_path("tests/data/params-2019.xml")));
	ck_assert_str_eq(gsb_policy_source(p), "2019 申报指南");
	GSB_OK_OR_FAIL(gsb_policy_param(&v, p, "award.cap", D("2019-06-14")));
	ck_assert_str_eq(v, "8000000.00");
	GSB_OK_OR_FAIL(gsb_policy_param_origin(&ref, &from, &to, p, "award.cap", D("2019-06-14")));
	ck_assert_str_eq(ref, "2019年度申报指南 第三条");
	ck_assert_int_eq(from, D("2019-01-01"));
	ck_assert_int_eq(to, D("2019-12-31"));
	/* outside the period: the built-in default */
	GSB_OK_OR_FAIL(gsb_policy_param(&v, p, "award.cap", D("2020-01-01")));
	ck_assert_str_eq(v, "10000000.00");
	/* no period: always; no reference */
	GSB_OK_OR_FAIL(gsb_policy_param(&v, p, "tier.cross-domain.min-devices", D("2018-01-01")));
	ck_assert_str_eq(v, "100000");
	GSB_OK_OR_FAIL(gsb_policy_param(&v, p, "misuse.line-tolerance", D("2019-12-31")));
	ck_assert_str_eq(v, "0.1");
	GSB_OK_OR_FAIL(gsb_policy_param(&v, p, "misuse.line-tolerance", D("2020-01-01")));
	ck_assert_str_eq(v, "0.05");
	gsb_policy_free(p);
}
END_TEST

START_TEST(no_file_and_no_name)
{
	gsb_policy *p;
	GSB_OK_OR_FAIL(gsb_policy_load(&p, NULL));
	ck_assert_ptr_null(gsb_policy_source(p));
	gsb_policy_free(p);
	/* without a name attribute the document is named by its file */
	GSB_OK_OR_FAIL(load_str(&p, "<parameters " NS "/>"));
	ck_assert_str_eq(gsb_policy_source(p), "params.xml");
	gsb_policy_free(p);
}
END_TEST

/* Every decision names the parameter set that decided it, and the step that
 * used a parameter of the document cites its reference. */
START_TEST(decisions_name_their_parameters)
{
	gsb_policy *guide, *builtin;
	char path[4096]; /* gsb_test_path's buffer is reused below */
	snprintf(path, sizeof path, "%s", gsb_test_path("tests/data/params-2019.xml"));
	GSB_OK_OR_FAIL(gsb_policy_load(&guide, path));
	GSB_OK_OR_FAIL(gsb_policy_new(&builtin));
	ck_assert_str_eq(gsb_policy_file(guide), path);
	ck_assert_ptr_null(gsb_policy_file(builtin));
	gsb_application *app;
	GSB_OK_OR_FAIL(gsb_application_read_file(&app, gsb_test_path("examples/yantai-scaled.xml")));
	gsb_decision *d, *plain;
	GSB_OK_OR_FAIL(gsb_evaluate(&d, guide, app, GSB_DATE_NONE, 0));
	GSB_OK_OR_FAIL(gsb_evaluate(&plain, builtin, app, GSB_DATE_NONE, 0));
	gsb_policy_free(guide); /* the decision keeps its own copies */
	ck_assert_str_eq(gsb_decision_params(d), "2019 申报指南");
	ck_assert_str_eq(gsb_decision_params_file(d), path);
	ck_assert_ptr_null(gsb_decision_params(plain));
	ck_assert_ptr_null(gsb_decision_params_file(plain));
	/* the cap of 2019 comes from the guide: the award's reason says so */
	ck_assert_int_eq(gsb_decision_cap(d), 800000000);
	ck_assert_ptr_nonnull(strstr(gsb_decision_subsidy_reason(d, GSB_LANG_ZH),
	                             "（依据 2019年度申报指南 第三条）"));
	ck_assert_ptr_nonnull(strstr(gsb_decision_subsidy_reason(d, GSB_LANG_EN),
	                             " (per 2019年度申报指南 第三条)"));
	ck_assert_ptr_null(strstr(gsb_decision_subsidy_reason(plain, GSB_LANG_ZH), "依据"));
	/* min-devices has no reference in the document: the tier's reasons cite none */
	for (size_t i = 0; i < gsb_decision_criterion_count(d); i++)
		ck_assert_ptr_null(strstr(gsb_decision_criterion_reason(d, i, GSB_LANG_EN), "(per"));
	/* in every report format */
	gsb_test_report_has(d, GSB_FORMAT_XML, GSB_LANG_ZH, "params=\"2019 申报指南\" paramsFile=\"", 1);
	gsb_test_report_has(d, GSB_FORMAT_JSON, GSB_LANG_EN, "\"params\": \"2019 申报指南\"", 1);
	gsb_test_report_has(d, GSB_FORMAT_TEXT, GSB_LANG_ZH, "（参数 2019 申报指南，", 1);
	gsb_test_report_has(plain, GSB_FORMAT_XML, GSB_LANG_ZH, "params=", 0);
	gsb_decision_free(d);
	gsb_decision_free(plain);
	gsb_application_free(app);
	gsb_policy_free(builtin);
}
END_TEST

START_TEST(unknown_name)
{
	expect_error(one("<param name=\"award.bogus\" value=\"1\"/>"), GSB_ESCHEMA,
	             "parameters/param/@name", "award.bogus");
	ck_assert_int_eq(gsb_error_last()->line, 2);
	ck_assert_str_eq(gsb_error_last()->file, "params.xml");
}
END_TEST

START_TEST(wrong_types)
{
	expect_error(one("<param name=\"award.cap\" value=\"ten million\"/>"), GSB_ESCHEMA,
	             "parameters/param/@value", "award.cap");
	ck_assert_int_eq(gsb_error_last()->line, 2);
	expect_error(one("<param name=\"award.cap\" value=\"1.234\"/>"), GSB_ESCHEMA,
	             "parameters/param/@value", NULL);
	expect_error(one("<param name=\"tier.cross-domain.min-resources\" value=\"4.5\"/>"),
	             GSB_ESCHEMA, "parameters/param/@value", NULL);
	expect_error(one("<param name=\"policy.to\" value=\"2020-02-30\"/>"), GSB_ESCHEMA,
	             "parameters/param/@value", NULL);
	expect_error(one("<param name=\"award.cap\" value=\"99999999999999999999.00\"/>"),
	             GSB_ESCHEMA, "parameters/param/@value", NULL);
}
END_TEST

START_TEST(bad_periods_and_shapes)
{
	expect_error(one("<param name=\"award.cap\" value=\"1.00\" from=\"2019-02-30\"/>"), GSB_ESCHEMA,
	             "parameters/param/@from", "no such date '2019-02-30': February 2019 has 28 days");
	expect_error(one("<param name=\"award.cap\" value=\"1.00\" to=\"31/12/2019\"/>"), GSB_ESCHEMA,
	             "parameters/param/@to", "malformed date '31/12/2019'");
	expect_error(one("<param name=\"award.cap\" value=\"1.00\" from=\"2019-12-31\" "
	                 "to=\"2019-01-01\"/>"),
	             GSB_EINPUT, "parameters/param/@to", NULL);
	expect_error(one("<param name=\"award.cap\"/>"), GSB_ESCHEMA, "parameters/param",
	             "missing attribute 'value'");
	expect_error(one("<param name=\"award.cap\" value=\"1.00\" note=\"x\"/>"), GSB_ESCHEMA,
	             "parameters/param/@note", "unknown attribute 'note'");
	expect_error(one("<rule name=\"award.cap\" value=\"1.00\"/>"), GSB_ESCHEMA,
	             "parameters/rule", "unknown element 'rule'");
	expect_error("<application " NS "/>", GSB_ESCHEMA, "application", "parameters");
	expect_error("<!DOCTYPE parameters><parameters " NS "/>", GSB_EPARSE, "DOCTYPE",
	             "DOCTYPE declarations are refused");
	expect_error("<parameters " NS "><param", GSB_EPARSE, NULL, "not well-formed");
}
END_TEST

START_TEST(every_parameter_name_is_accepted)
{
	char xml[8192];
	size_t o = (size_t)snprintf(xml, sizeof xml, "<parameters " NS " name=\"all\">\n");
	static const char *const sample[] = { "1.00", "3", "0.5", "2019-01-01" };
	for (size_t i = 0; i < gsb_param_count(); i++) {
		gsb_param_type t;
		GSB_OK_OR_FAIL(gsb_param_type_of(&t, gsb_param_name(i)));
		/* the years inside their range 2000..2099 */
		bool year = strncmp(gsb_param_name(i), "policy.", 7) == 0 && t == GSB_PARAM_INTEGER;
		o += (size_t)snprintf(xml + o, sizeof xml - o, "<param name=\"%s\" value=\"%s\"/>\n",
		                      gsb_param_name(i), year ? "2019" : sample[t]);
	}
	snprintf(xml + o, sizeof xml - o, "</parameters>\n");
	gsb_policy *p;
	GSB_OK_OR_FAIL(load_str(&p, xml));
	const char *v;
	GSB_OK_OR_FAIL(gsb_policy_param(&v, p, "award.cap", D("2019-01-01")));
	ck_assert_str_eq(v, "1.00");
	gsb_policy_free(p);
}
END_TEST

START_TEST(unreadable)
{
	gsb_policy *p = NULL;
	ck_assert_int_eq(gsb_policy_load(&p, gsb_test_path("tests/data")), GSB_EIO);
	ck_assert_int_eq(gsb_policy_load(&p, "/nonexistent/params.xml"), GSB_EIO);
	ck_assert_ptr_null(p);
	GSB_OK_OR_FAIL(gsb_validate_file(gsb_test_path("tests/data/params-2019.xml")));
}
END_TEST

/* issue 13 item 5: absurd values refused at load, with the name, the line
 * and the range allowed — for every parameter, just past each end of its
 * range (and its ends accepted). */
START_TEST(values_outside_the_range_refused)
{
	expect_error(one("<param name=\"review.publicity-days\" value=\"9223372036854775807\"/>"),
	             GSB_ESCHEMA, "parameters/param/@value", "review.publicity-days");
	ck_assert_int_eq(gsb_error_last()->line, 2);
	ck_assert_msg(strstr(gsb_error_last()->message, "0..365"), "%s", gsb_error_last()->message);
	expect_error(one("<param name=\"review.publicity-days\" value=\"366\"/>"), GSB_ESCHEMA,
	             "parameters/param/@value", "outside its range 0..365");
	expect_error(one("<param name=\"policy.first-year\" value=\"0\"/>"), GSB_ESCHEMA,
	             "parameters/param/@value", "policy.first-year: '0' is outside its range");
	expect_error(one("<param name=\"award.cap\" value=\"-1.00\"/>"), GSB_ESCHEMA,
	             "parameters/param/@value", "award.cap");
	expect_error(one("<param name=\"award.interest-ratio\" value=\"1.000001\"/>"), GSB_ESCHEMA,
	             "parameters/param/@value", "range 0..1");
	expect_error(one("<param name=\"policy.to\" value=\"0000-01-01\"/>"), GSB_ESCHEMA,
	             "parameters/param/@value", "policy.to");
}
END_TEST

/* Each parameter: its range's ends load, one step past them does not. */
START_TEST(every_range_end)
{
	static const struct { const char *name, *lo, *hi, *below, *above; } r[] = {
		{ "policy.from", "2000-01-01", "2099-12-31", "1999-12-31", "2100-01-01" },
		{ "policy.to", "2000-01-01", "2099-12-31", "1999-12-31", "2100-01-01" },
		{ "policy.first-year", "2000", "2099", "1999", "2100" },
		{ "policy.last-year", "2000", "2099", "1999", "2100" },
		{ "award.cap", "0.00", "10000000000.00", "-0.01", "10000000000.01" },
		{ "award.cap-national", "0.00", "10000000000.00", "-0.01", "10000000000.01" },
		{ "award.interest-ratio", "0", "1", "-0.000001", "1.000001" },
		{ "tier.cross-domain.min-resources", "0", "1000000", "-1", "1000001" },
		{ "tier.cross-domain.min-industries", "0", "1000", "-1", "1001" },
		{ "tier.cross-domain.min-domains", "0", "1000", "-1", "1001" },
		{ "tier.cross-domain.min-devices", "0", "1000000000000", "-1", "1000000000001" },
		{ "tier.cross-domain.min-api-calls", "0", "1000000000000000", "-1",
		  "1000000000000001" },
		{ "misuse.withholding-days", "0", "3650", "-1", "3651" },
		{ "misuse.line-tolerance", "0", "1", "-0.000001", "1.000001" },
		{ "misuse.metric-tolerance", "0", "1", "-0.000001", "1.000001" },
		{ "review.publicity-days", "0", "365", "-1", "366" },
		{ "target.comprehensive", "0", "1000000", "-1", "1000001" },
		{ "target.cross-domain", "0", "1000000", "-1", "1000001" },
		{ "target.enterprise", "0", "1000000", "-1", "1000001" },
	};
	ck_assert_uint_eq(sizeof r / sizeof r[0], gsb_param_count());
	for (size_t i = 0; i < sizeof r / sizeof r[0]; i++) {
		char xml[512], part[160];
		const char *ok[2] = { r[i].lo, r[i].hi }, *bad[2] = { r[i].below, r[i].above };
		/* policy.from / to and the years: the other end would contradict */
		bool ordered = strncmp(r[i].name, "policy.", 7) == 0;
		for (int k = 0; k < 2; k++) {
			gsb_policy *p = NULL;
			if (!ordered) {
				snprintf(xml, sizeof xml, "<parameters " NS "><param name=\"%s\" value=\"%s\"/>"
				         "</parameters>", r[i].name, ok[k]);
				ck_assert_msg(load_str(&p, xml) == GSB_OK, "%s = %s: %s", r[i].name, ok[k],
				              gsb_error_last()->message);
				gsb_policy_free(p);
			}
			snprintf(xml, sizeof xml, "<parameters " NS "><param name=\"%s\" value=\"%s\"/>"
			         "</parameters>", r[i].name, bad[k]);
			snprintf(part, sizeof part, "parameter %s: '%s' is outside its range %s..%s",
			         r[i].name, bad[k], r[i].lo, r[i].hi);
			expect_error(xml, GSB_ESCHEMA, "parameters/param/@value", part);
		}
	}
}
END_TEST

/* Two periods of one parameter that share a day, two open-ended ones
 * included: an input error naming both lines. */
START_TEST(overlapping_periods_refused)
{
	expect_error("<parameters " NS ">\n"
	             "<param name=\"award.cap\" value=\"8000000.00\" from=\"2019-01-01\" to=\"2019-12-31\"/>\n"
	             "<param name=\"award.cap\" value=\"9000000.00\" from=\"2019-12-31\"/>\n"
	             "</parameters>", GSB_EINPUT, "parameters/param",
	             "award.cap: period 2019-12-31.. overlaps period 2019-01-01..2019-12-31 of line 2");
	ck_assert_int_eq(gsb_error_last()->line, 3);
	expect_error("<parameters " NS ">\n"
	             "<param name=\"misuse.withholding-days\" value=\"60\"/>\n\n"
	             "<param name=\"misuse.withholding-days\" value=\"90\"/>\n"
	             "</parameters>", GSB_EINPUT, "parameters/param",
	             "misuse.withholding-days: period .. overlaps period .. of line 2");
	ck_assert_int_eq(gsb_error_last()->line, 4);
	/* a period inside a longer one, the long one written last */
	expect_error("<parameters " NS ">\n"
	             "<param name=\"award.cap\" value=\"1.00\" from=\"2019-03-01\" to=\"2019-03-31\"/>\n"
	             "<param name=\"award.cap\" value=\"2.00\" from=\"2019-06-01\" to=\"2019-06-30\"/>\n"
	             "<param name=\"award.cap\" value=\"3.00\" to=\"2019-05-01\"/>\n"
	             "</parameters>", GSB_EINPUT, "parameters/param", "of line 2");
	ck_assert_int_eq(gsb_error_last()->line, 4);
	/* adjacent periods, and one parameter open-ended beside another: fine */
	static const char fine[] = "<parameters " NS ">\n"
		"<param name=\"award.cap\" value=\"8000000.00\" to=\"2019-12-31\"/>\n"
		"<param name=\"award.cap\" value=\"9000000.00\" from=\"2020-01-01\"/>\n"
		"<param name=\"award.cap-national\" value=\"9000000.00\"/>\n"
		"</parameters>";
	gsb_policy *p = NULL;
	GSB_OK_OR_FAIL(load_str(&p, fine));
	const char *v;
	GSB_OK_OR_FAIL(gsb_policy_param(&v, p, "award.cap", D("2019-12-31")));
	ck_assert_str_eq(v, "8000000.00");
	GSB_OK_OR_FAIL(gsb_policy_param(&v, p, "award.cap", D("2020-01-01")));
	ck_assert_str_eq(v, "9000000.00");
	gsb_policy_free(p);
}
END_TEST

/* policy.from after policy.to (or the first year after the last) on any
 * day, against the built-in default or another param. */
START_TEST(contradictory_order_refused)
{
	expect_error(one("<param name=\"policy.from\" value=\"2021-01-01\"/>"), GSB_EINPUT,
	             "parameters/param",
	             "policy.from: 2021-01-01 is after policy.to 2020-12-31");
	ck_assert_int_eq(gsb_error_last()->line, 2);
	expect_error(one("<param name=\"policy.last-year\" value=\"2017\"/>"), GSB_EINPUT,
	             "parameters/param", "policy.first-year: 2018 is after policy.last-year 2017");
	expect_error("<parameters " NS ">\n"
	             "<param name=\"policy.to\" value=\"2019-06-30\" from=\"2019-01-01\" to=\"2019-12-31\"/>\n"
	             "<param name=\"policy.from\" value=\"2019-07-01\" from=\"2019-06-01\"/>\n"
	             "</parameters>", GSB_EINPUT, "parameters/param", "in force from 2019-06-01");
	ck_assert_int_eq(gsb_error_last()->line, 3);
	/* moved together: fine */
	gsb_policy *p = NULL;
	GSB_OK_OR_FAIL(load_str(&p, "<parameters " NS ">"
	                               "<param name=\"policy.from\" value=\"2021-01-01\"/>"
	                               "<param name=\"policy.to\" value=\"2023-12-31\"/>"
	                               "<param name=\"policy.first-year\" value=\"2021\"/>"
	                               "<param name=\"policy.last-year\" value=\"2023\"/>"
	                               "</parameters>"));
	gsb_policy_free(p);
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("params_read");
	TCase *tc = tcase_create("read");
	tcase_add_test(tc, guide_overrides_award_cap_with_a_period);
	tcase_add_test(tc, no_file_and_no_name);
	tcase_add_test(tc, decisions_name_their_parameters);
	tcase_add_test(tc, unknown_name);
	tcase_add_test(tc, wrong_types);
	tcase_add_test(tc, bad_periods_and_shapes);
	tcase_add_test(tc, every_parameter_name_is_accepted);
	tcase_add_test(tc, unreadable);
	tcase_add_test(tc, values_outside_the_range_refused);
	tcase_add_test(tc, every_range_end);
	tcase_add_test(tc, overlapping_periods_refused);
	tcase_add_test(tc, contradictory_order_refused);
	suite_add_tcase(s, tc);
	return s;
}
