/* Tests for lib/params_read.c: parameters documents (formats.md). */
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
	             "parameters/param/@from", "malformed date '2019-02-30'");
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
		o += (size_t)snprintf(xml + o, sizeof xml - o, "<param name=\"%s\" value=\"%s\"/>\n",
		                      gsb_param_name(i), sample[t]);
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

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("params_read");
	TCase *tc = tcase_create("read");
	tcase_add_test(tc, guide_overrides_award_cap_with_a_period);
	tcase_add_test(tc, no_file_and_no_name);
	tcase_add_test(tc, unknown_name);
	tcase_add_test(tc, wrong_types);
	tcase_add_test(tc, bad_periods_and_shapes);
	tcase_add_test(tc, every_parameter_name_is_accepted);
	tcase_add_test(tc, unreadable);
	suite_add_tcase(s, tc);
	return s;
}
