/* Tests for lib/industry_nearest.c: the industry nearest to a name that falls
 * to "other", and the decision's warnings — which never change the decision. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runner.h"

static void expect_near(const char *name, int want_rc, gsb_industry want)
{
	gsb_industry got = (gsb_industry)99;
	int rc = gsb_industry_nearest(&got, name);
	ck_assert_msg(rc == want_rc, "nearest(%s) returned %d, want %d", name, rc, want_rc);
	ck_assert_msg(got == want, "nearest(%s) = %s, want %s", name, gsb_industry_name(got),
	              gsb_industry_name(want));
}

START_TEST(suffixes_misspellings_pinyin)
{
	/* the ten themselves: 1 */
	expect_near("高端装备", 1, GSB_INDUSTRY_HIGH_END_EQUIPMENT);
	expect_near("Smart Ocean", 1, GSB_INDUSTRY_SMART_OCEAN);
	/* a suffix added */
	expect_near("高端装备制造", 2, GSB_INDUSTRY_HIGH_END_EQUIPMENT);
	expect_near("高端装备制造业", 2, GSB_INDUSTRY_HIGH_END_EQUIPMENT);
	expect_near("新一代信息技术产业", 2, GSB_INDUSTRY_NEW_GENERATION_IT);
	expect_near("现代金融服务业", 2, GSB_INDUSTRY_MODERN_FINANCE);
	expect_near("醫養健康產業", 2, GSB_INDUSTRY_HEALTH_CARE); /* Traditional, folded first */
	expect_near("smart ocean industry", 2, GSB_INDUSTRY_SMART_OCEAN);
	expect_near("High-end equipment manufacturing", 2, GSB_INDUSTRY_HIGH_END_EQUIPMENT);
	/* a character or two off */
	expect_near("医疗健康", 2, GSB_INDUSTRY_HEALTH_CARE);
	expect_near("现代农业", 2, GSB_INDUSTRY_MODERN_AGRICULTURE);
	expect_near("high end equipment", 2, GSB_INDUSTRY_HIGH_END_EQUIPMENT);
	expect_near("green chemical", 2, GSB_INDUSTRY_GREEN_CHEMICALS);
	/* pinyin, with or without a suffix */
	expect_near("GaoDuan ZhuangBei", 2, GSB_INDUSTRY_HIGH_END_EQUIPMENT);
	expect_near("gaoduan zhuangbei zhizao", 2, GSB_INDUSTRY_HIGH_END_EQUIPMENT);
	expect_near("zhihui haiyang chanye", 2, GSB_INDUSTRY_SMART_OCEAN);
	/* real other industries are near none */
	expect_near("纺织", 0, GSB_INDUSTRY_OTHER);
	expect_near("钢铁", 0, GSB_INDUSTRY_OTHER);
	expect_near("textiles", 0, GSB_INDUSTRY_OTHER);
	expect_near("产业", 0, GSB_INDUSTRY_OTHER);
	expect_near("", 0, GSB_INDUSTRY_OTHER);
	/* never a remapping: the lookup still says other */
	gsb_industry ind;
	GSB_OK_OR_FAIL(gsb_industry_lookup(&ind, NULL, "高端装备制造"));
	ck_assert_int_eq(ind, GSB_INDUSTRY_OTHER);
}
END_TEST

START_TEST(bad_arguments)
{
	gsb_industry ind;
	ck_assert_int_eq(gsb_industry_nearest(NULL, "x"), GSB_EINVAL);
	ck_assert_int_eq(gsb_industry_nearest(&ind, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_industry_nearest(&ind, "\xff\xfe"), GSB_EINVAL);
	/* a very long name is near nothing, and costs nothing */
	char long_name[2000];
	memset(long_name, 'a', sizeof long_name - 1);
	long_name[sizeof long_name - 1] = '\0';
	ck_assert_int_eq(gsb_industry_nearest(&ind, long_name), 0);
	ck_assert_ptr_null(gsb_decision_warning_name(NULL, 0));
	ck_assert_ptr_null(gsb_decision_warning_reason(NULL, 0, GSB_LANG_ZH));
	ck_assert_int_eq(gsb_decision_warning_nearest(NULL, 0), GSB_INDUSTRY_OTHER);
	ck_assert_uint_eq(gsb_decision_warning_count(NULL), 0);
}
END_TEST

/* The Qingdao example with its first two industries replaced by a and b. */
static gsb_decision *qingdao_with(const gsb_policy *p, const char *a, const char *b,
                                  unsigned flags)
{
	static const char two[] = "<industry>高端装备</industry><industry>new-generation-it</industry>";
	FILE *f = fopen(gsb_test_path("examples/qingdao-cross-domain.xml"), "rb");
	ck_assert_ptr_nonnull(f);
	char in[16384], out[17000];
	size_t n = fread(in, 1, sizeof in - 1, f);
	fclose(f);
	in[n] = '\0';
	char *at = strstr(in, two);
	ck_assert_ptr_nonnull(at);
	*at = '\0';
	snprintf(out, sizeof out, "%s<industry>%s</industry><industry>%s</industry>%s", in, a, b,
	         at + strlen(two));
	gsb_application *app = NULL;
	GSB_OK_OR_FAIL(gsb_application_read_memory(&app, out, strlen(out), "qingdao"));
	gsb_decision *d = NULL;
	GSB_OK_OR_FAIL(gsb_evaluate(&d, p, app, GSB_DATE_NONE, flags));
	gsb_application_free(app);
	return d;
}

/* Whether s holds an ASCII letter (English left over in a Chinese text). */
static int has_latin(const char *s)
{
	for (; *s; s++)
		if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z'))
			return 1;
	return 0;
}

START_TEST(decision_warns_and_stays)
{
	gsb_policy *p = NULL;
	GSB_OK_OR_FAIL(gsb_policy_new(&p));
	gsb_decision *near = qingdao_with(p, "高端装备制造", "新一代信息技术产业", 0);
	gsb_decision *far = qingdao_with(p, "钢铁", "水泥", 0);
	gsb_decision *right = qingdao_with(p, "高端装备", "新一代信息技术", 0);
	/* the 十 of the example drops to 百: the names count as other, as 钢铁 does */
	ck_assert_int_eq(gsb_decision_tier(right), GSB_TIER_CROSS_DOMAIN);
	ck_assert_int_eq(gsb_decision_tier(near), gsb_decision_tier(far));
	ck_assert_int_ne(gsb_decision_tier(near), GSB_TIER_CROSS_DOMAIN);
	ck_assert_int_eq(gsb_decision_granted(near), gsb_decision_granted(far));
	ck_assert_int_eq(gsb_decision_outcome(near), gsb_decision_outcome(far));
	for (size_t i = 0; i < gsb_decision_criterion_count(near); i++)
		ck_assert_int_eq(gsb_decision_criterion_result(near, i),
		                 gsb_decision_criterion_result(far, i));
	/* but only the near names warn, each with its nearest industry, in both languages */
	ck_assert_uint_eq(gsb_decision_warning_count(far), 0);
	ck_assert_uint_eq(gsb_decision_warning_count(right), 0);
	ck_assert_uint_eq(gsb_decision_warning_count(near), 2);
	ck_assert_str_eq(gsb_decision_warning_name(near, 0), "高端装备制造");
	ck_assert_int_eq(gsb_decision_warning_nearest(near, 0), GSB_INDUSTRY_HIGH_END_EQUIPMENT);
	ck_assert_str_eq(gsb_decision_warning_name(near, 1), "新一代信息技术产业");
	ck_assert_int_eq(gsb_decision_warning_nearest(near, 1), GSB_INDUSTRY_NEW_GENERATION_IT);
	const char *zh = gsb_decision_warning_reason(near, 0, GSB_LANG_ZH);
	const char *en = gsb_decision_warning_reason(near, 0, GSB_LANG_EN);
	ck_assert_ptr_nonnull(strstr(zh, "高端装备制造"));
	ck_assert_ptr_nonnull(strstr(zh, "“高端装备”"));
	ck_assert_ptr_nonnull(strstr(zh, "其他"));
	ck_assert_msg(!has_latin(zh), "English left in: %s", zh);
	ck_assert_ptr_nonnull(strstr(en, "high-end-equipment"));
	ck_assert_ptr_nonnull(strstr(en, "other"));
	ck_assert_ptr_null(gsb_decision_warning_name(near, 2));
	/* in every report format */
	gsb_test_report_has(near, GSB_FORMAT_XML, GSB_LANG_ZH,
	                    "<warning name=\"高端装备制造\" nearest=\"high-end-equipment\">", 1);
	gsb_test_report_has(near, GSB_FORMAT_JSON, GSB_LANG_EN, "\"warnings\"", 1);
	gsb_test_report_has(near, GSB_FORMAT_TEXT, GSB_LANG_ZH, zh, 1);
	/* none when there is nothing to warn of: the report stays as it was */
	gsb_test_report_has(far, GSB_FORMAT_JSON, GSB_LANG_EN, "warnings", 0);
	gsb_decision_free(near);
	gsb_decision_free(far);
	gsb_decision_free(right);
	/* without reasons the warnings are still there, in words "" */
	near = qingdao_with(p, "高端装备制造", "高端装备制造", GSB_EVAL_NO_REASONS);
	ck_assert_uint_eq(gsb_decision_warning_count(near), 1); /* a name repeated warns once */
	ck_assert_str_eq(gsb_decision_warning_reason(near, 0, GSB_LANG_ZH), "");
	gsb_decision_free(near);
	gsb_policy_free(p);
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("industry_nearest");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, suffixes_misspellings_pinyin);
	tcase_add_test(tc, bad_arguments);
	tcase_add_test(tc, decision_warns_and_stays);
	suite_add_tcase(s, tc);
	return s;
}
