/*
 * Tests for lib/programme.c and lib/programme_html.c: recognised platforms
 * per tier against the targets of 2.1, cities (docs/rules.md §10, 莱芜 before and
 * after 2019-01-09), industries, exact sums over the bundled examples,
 * incomplete applications, effect (2.2), the HTML page and its escaping,
 * ICU's Chinese collation.
 */
#include "rules_fixture.h"
#include "programme_int.h"

static gsb_policy *P;

static void setup(void)
{
	P = fx_policy();
}

static void teardown(void)
{
	gsb_policy_free(P);
}

/* ------------------------------------------------------------ builders */

/* An eligible application, recognised and listed for key support, of a
 * tier: enterprise (industry kind only), cross-domain or comprehensive.
 * division NULL: none (the USCC's is used). Award 1,000,000.00. */
static gsb_application *app_of_tier(const char *id, const char *division, gsb_tier tier)
{
	gsb_application *a = NULL;
	GSB_OK_OR_FAIL(gsb_application_new(&a));
	GSB_OK_OR_FAIL(gsb_application_set_id(a, id));
	GSB_OK_OR_FAIL(gsb_application_set_year(a, 2019));
	GSB_OK_OR_FAIL(gsb_application_set_submitted(a, fx_date("2019-06-14")));
	GSB_OK_OR_FAIL(gsb_application_set_name(a, id));
	GSB_OK_OR_FAIL(gsb_application_set_uscc(a, FX_USCC));
	if (division)
		GSB_OK_OR_FAIL(gsb_application_set_division(a, division));
	GSB_OK_OR_FAIL(gsb_application_set_legal_form(a, GSB_LEGAL_ENTERPRISE_LEGAL_PERSON));
	for (int f = GSB_FACT_DISHONEST_DEBTOR; f <= GSB_FACT_MAJOR_TAX_VIOLATION; f++)
		GSB_OK_OR_FAIL(gsb_application_set_fact(a, (gsb_fact)f, GSB_FALSE));
	for (int f = GSB_FACT_CAPABLE; f <= GSB_FACT_DEMONSTRATION_EFFECT; f++)
		GSB_OK_OR_FAIL(gsb_application_set_fact(a, (gsb_fact)f, GSB_TRUE));
	gsb_tri top = tier == GSB_TIER_COMPREHENSIVE ? GSB_TRUE : GSB_FALSE;
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_GOVERNMENT_LED, top));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_THIRD_PARTY_OPERATED, top));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_INTRANET_UPGRADE, GSB_TRUE));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_INDUSTRY_LEADING, GSB_TRUE));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_RECOGNISED, GSB_TRUE));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_KEY_SUPPORT, GSB_TRUE));
	fx_add(a, GSB_LIST_INDUSTRIES, "high-end-equipment");
	GSB_OK_OR_FAIL(gsb_application_declare_list(a, GSB_LIST_RESOURCES));
	GSB_OK_OR_FAIL(gsb_application_declare_list(a, GSB_LIST_FUNCTIONS));
	if (tier >= GSB_TIER_CROSS_DOMAIN) {
		fx_add(a, GSB_LIST_INDUSTRIES, "new-generation-it");
		fx_add(a, GSB_LIST_DOMAINS, "rnd");
		fx_add(a, GSB_LIST_DOMAINS, "manufacturing");
		for (size_t k = 0; k < gsb_list_code_count(GSB_LIST_RESOURCES); k++)
			fx_add(a, GSB_LIST_RESOURCES, gsb_list_code(GSB_LIST_RESOURCES, k));
		for (size_t k = 0; k < gsb_list_code_count(GSB_LIST_CAPABILITIES); k++)
			fx_add(a, GSB_LIST_CAPABILITIES, gsb_list_code(GSB_LIST_CAPABILITIES, k));
	}
	if (tier == GSB_TIER_COMPREHENSIVE)
		for (size_t k = 0; k < gsb_list_code_count(GSB_LIST_FUNCTIONS); k++)
			fx_add(a, GSB_LIST_FUNCTIONS, gsb_list_code(GSB_LIST_FUNCTIONS, k));
	GSB_OK_OR_FAIL(gsb_application_set_award(a, fx_fen("1000000.00")));
	return a;
}

/* Decide app as of as_of (NULL: its submitted date) and add it. */
static void add_at(gsb_programme *p, const gsb_policy *pol, gsb_application *app,
                   const char *as_of)
{
	gsb_decision *d = NULL;
	GSB_OK_OR_FAIL(gsb_evaluate(&d, pol, app, as_of ? fx_date(as_of) : GSB_DATE_NONE,
	                            GSB_EVAL_NO_REASONS));
	GSB_OK_OR_FAIL(gsb_programme_add(p, app, d));
	gsb_decision_free(d);
}

/* The bundled application examples (examples/local.mk), in this order. */
static const char *const examples[] = {
	"examples/qingdao-cross-domain.xml", "examples/jinan-comprehensive.xml",
	"examples/yantai-scaled.xml",        "examples/weifang-incomplete.xml",
	"examples/zibo-ineligible.xml",      "examples/linyi-tier-none.xml",
	"examples/weihai-national-cap.xml",  "examples/rizhao-region.xml",
	"examples/batch.xml",
};

static void add_examples(gsb_programme *p)
{
	for (size_t i = 0; i < GSB_ARRAY_LEN(examples); i++) {
		gsb_reader *r = NULL;
		GSB_OK_OR_FAIL(gsb_reader_open_file(&r, gsb_test_path(examples[i])));
		gsb_application *app = NULL;
		int rc;
		while ((rc = gsb_reader_next(r, &app)) > 0) {
			add_at(p, P, app, NULL);
			gsb_application_free(app);
			app = NULL;
		}
		ck_assert_int_eq(rc, 0);
		gsb_reader_free(r);
	}
}

/* A valid USCC for a division: the check character computed by the library. */
static void uscc_for(char out[19], const char *division)
{
	snprintf(out, 19, "91%.6sMA3XXXXX00", division); /* check character replaced below */
	gsb_uscc u;
	GSB_OK_OR_FAIL(gsb_uscc_decode(&u, out));
	ck_assert(u.expected_check != '\0');
	out[17] = u.expected_check;
	ck_assert_msg(gsb_uscc_is_valid(out), "%s is not valid", out);
}

/* ------------------------------------------------------------ tests */

START_TEST(null_and_empty)
{
	gsb_programme *p = (gsb_programme *)1;
	ck_assert_int_eq(gsb_programme_new(NULL, P, GSB_DATE_NONE), GSB_EINVAL);
	ck_assert_int_eq(gsb_programme_new(&p, NULL, GSB_DATE_NONE), GSB_EINVAL);
	ck_assert_ptr_null(p);
	gsb_programme_free(NULL);
	ck_assert_int_eq(gsb_programme_count(NULL), 0);
	ck_assert_int_eq(gsb_programme_target(NULL, GSB_TIER_ENTERPRISE), -1);
	ck_assert_ptr_null(gsb_programme_to_html(NULL, GSB_LANG_ZH));
	ck_assert_int_eq(gsb_error_last()->code, GSB_EINVAL);

	GSB_OK_OR_FAIL(gsb_programme_new(&p, P, fx_date("2019-12-31")));
	ck_assert_int_eq(gsb_programme_add(p, NULL, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_programme_count(p), 0);
	ck_assert_int_eq(gsb_programme_granted(p), 0);
	ck_assert_int_eq(gsb_programme_group_count(p, GSB_GROUP_CITY), 0);
	ck_assert_int_eq(gsb_programme_group_find(p, GSB_GROUP_CITY, "3701"), -1);
	ck_assert_ptr_null(gsb_programme_incomplete_application(p, 0));
	/* 2.1 defaults: about 1 / 10 / 100 */
	ck_assert_int_eq(gsb_programme_target(p, GSB_TIER_COMPREHENSIVE), 1);
	ck_assert_int_eq(gsb_programme_target(p, GSB_TIER_CROSS_DOMAIN), 10);
	ck_assert_int_eq(gsb_programme_target(p, GSB_TIER_ENTERPRISE), 100);
	ck_assert_int_eq(gsb_programme_target(p, GSB_TIER_NONE), -1);
	ck_assert_int_eq(gsb_programme_target_met(p, GSB_TIER_COMPREHENSIVE), 0);
	char *html = gsb_programme_to_html(p, GSB_LANG_ZH);
	ck_assert_ptr_nonnull(html);
	ck_assert_ptr_nonnull(strstr(html, "id=\"count-applications\" data-count=\"0\""));
	gsb_free(html);
	gsb_programme_free(p);
}
END_TEST

/* [2.1] Counted at the classified tier when eligible, tier not none and
 * recognised true; targets from the policy (here overridden). */
START_TEST(tiers_against_targets)
{
	static const char params[] =
		"<parameters xmlns=\"urn:geshibai:1\" name=\"targets\">"
		"<param name=\"target.cross-domain\" value=\"2\"/></parameters>";
	gsb_policy *pol = NULL;
	GSB_OK_OR_FAIL(gsb_policy_load_memory(&pol, params, sizeof params - 1, "targets"));
	gsb_programme *p = NULL;
	GSB_OK_OR_FAIL(gsb_programme_new(&p, pol, GSB_DATE_NONE));
	static const gsb_tier tiers[] = { GSB_TIER_COMPREHENSIVE, GSB_TIER_CROSS_DOMAIN,
	                                  GSB_TIER_CROSS_DOMAIN, GSB_TIER_ENTERPRISE };
	for (size_t i = 0; i < GSB_ARRAY_LEN(tiers); i++) {
		char id[16];
		snprintf(id, sizeof id, "T-%zu", i);
		gsb_application *a = app_of_tier(id, "370102", tiers[i]);
		gsb_decision *d = fx_eval_at(pol, a, NULL);
		ck_assert_int_eq(gsb_decision_tier(d), tiers[i]);
		GSB_OK_OR_FAIL(gsb_programme_add(p, a, d));
		gsb_decision_free(d);
		gsb_application_free(a);
	}
	/* not counted: recognition unknown, not recognised, ineligible */
	gsb_application *a = app_of_tier("U", "370102", GSB_TIER_CROSS_DOMAIN);
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_RECOGNISED, GSB_UNKNOWN));
	add_at(p, pol, a, NULL);
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_RECOGNISED, GSB_FALSE));
	add_at(p, pol, a, NULL);
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_RECOGNISED, GSB_TRUE));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_CAPABLE, GSB_FALSE));
	add_at(p, pol, a, NULL);
	gsb_application_free(a);

	ck_assert_int_eq(gsb_programme_count(p), 7);
	ck_assert_int_eq(gsb_programme_outcome_count(p, GSB_OUTCOME_ELIGIBLE), 6);
	ck_assert_int_eq(gsb_programme_outcome_count(p, GSB_OUTCOME_INELIGIBLE), 1);
	ck_assert_int_eq(gsb_programme_recognised(p, GSB_TIER_COMPREHENSIVE), 1);
	ck_assert_int_eq(gsb_programme_recognised(p, GSB_TIER_CROSS_DOMAIN), 2);
	ck_assert_int_eq(gsb_programme_recognised(p, GSB_TIER_ENTERPRISE), 1);
	ck_assert_int_eq(gsb_programme_recognised(p, GSB_TIER_NONE), 4);
	ck_assert_int_eq(gsb_programme_target(p, GSB_TIER_CROSS_DOMAIN), 2);
	ck_assert_int_eq(gsb_programme_target_met(p, GSB_TIER_COMPREHENSIVE), 1);
	ck_assert_int_eq(gsb_programme_target_met(p, GSB_TIER_CROSS_DOMAIN), 1);
	ck_assert_int_eq(gsb_programme_target_met(p, GSB_TIER_ENTERPRISE), 0);
	/* awards: the four recognised and key-supported ones, 1,000,000.00 each */
	ck_assert_int_eq(gsb_programme_granted(p), fx_fen("4000000.00"));
	char *html = gsb_programme_to_html(p, GSB_LANG_EN);
	ck_assert_ptr_nonnull(html);
	ck_assert_ptr_nonnull(strstr(html, "id=\"tier-cross-domain\" data-tier=\"cross-domain\" "
	                                   "data-recognised=\"2\" data-target=\"2\" data-met=\"true\""));
	ck_assert_ptr_nonnull(strstr(html, "id=\"tier-enterprise\" data-tier=\"enterprise\" "
	                                   "data-recognised=\"1\" data-target=\"100\" data-met=\"false\""));
	gsb_free(html);
	gsb_programme_free(p);
	gsb_policy_free(pol);
}
END_TEST

/* §10: 3712 莱芜 is 莱芜 before 2019-01-09 and 济南 from that day. */
START_TEST(laiwu_before_and_after)
{
	gsb_application *a = app_of_tier("LW-1", "371202", GSB_TIER_ENTERPRISE);
	ck_assert_str_eq(gsb_city_of(a, fx_date("2019-01-08")), "3712");
	ck_assert_str_eq(gsb_city_of(a, fx_date("2019-01-09")), "3701");
	ck_assert_str_eq(gsb_city_of(a, fx_date("2020-06-30")), "3701");
	ck_assert_str_eq(gsb_city_label("3712", GSB_LANG_ZH), "莱芜");
	ck_assert_str_eq(gsb_city_label("3701", GSB_LANG_EN), "Jinan");
	ck_assert_ptr_null(gsb_city_label("9999", GSB_LANG_ZH));

	/* the report's date decides for every application */
	gsb_programme *before = NULL, *after = NULL;
	GSB_OK_OR_FAIL(gsb_programme_new(&before, P, fx_date("2019-01-08")));
	GSB_OK_OR_FAIL(gsb_programme_new(&after, P, fx_date("2019-01-09")));
	add_at(before, P, a, "2019-01-08");
	add_at(after, P, a, "2019-01-09");
	long i = gsb_programme_group_find(before, GSB_GROUP_CITY, "3712");
	ck_assert_int_ge(i, 0);
	ck_assert_str_eq(gsb_programme_group_label(before, GSB_GROUP_CITY, (size_t)i, GSB_LANG_ZH),
	                 "莱芜");
	ck_assert_int_eq(gsb_programme_group_find(before, GSB_GROUP_CITY, "3701"), -1);
	ck_assert_int_eq(gsb_programme_group_find(after, GSB_GROUP_CITY, "3712"), -1);
	i = gsb_programme_group_find(after, GSB_GROUP_CITY, "3701");
	ck_assert_int_ge(i, 0);
	ck_assert_int_eq(gsb_programme_group_recognised(after, GSB_GROUP_CITY, (size_t)i), 1);
	ck_assert_int_eq(gsb_programme_group_granted(after, GSB_GROUP_CITY, (size_t)i),
	                 fx_fen("1000000.00"));
	ck_assert_str_eq(gsb_programme_platform_city(before, 0), "3712");
	ck_assert_str_eq(gsb_programme_platform_city(after, 0), "3701");
	gsb_programme_free(before);
	gsb_programme_free(after);

	/* no report date: each application by its own decision's date; and the
	 * USCC's positions 3-8 when no division is given */
	char uscc[19];
	uscc_for(uscc, "371200");
	gsb_application *b = app_of_tier("LW-2", NULL, GSB_TIER_ENTERPRISE);
	GSB_OK_OR_FAIL(gsb_application_set_uscc(b, uscc));
	gsb_programme *each = NULL;
	GSB_OK_OR_FAIL(gsb_programme_new(&each, P, GSB_DATE_NONE));
	add_at(each, P, b, "2018-12-28");
	add_at(each, P, b, "2019-03-01");
	add_at(each, P, a, "2019-01-08");
	i = gsb_programme_group_find(each, GSB_GROUP_CITY, "3712");
	ck_assert_int_ge(i, 0);
	ck_assert_int_eq(gsb_programme_group_applications(each, GSB_GROUP_CITY, (size_t)i), 2);
	i = gsb_programme_group_find(each, GSB_GROUP_CITY, "3701");
	ck_assert_int_ge(i, 0);
	ck_assert_int_eq(gsb_programme_group_applications(each, GSB_GROUP_CITY, (size_t)i), 1);
	ck_assert_int_eq(gsb_programme_target_date(each), fx_date("2019-03-01"));
	gsb_programme_free(each);

	/* outside 3701-3717, and nothing to go by */
	GSB_OK_OR_FAIL(gsb_application_set_uscc(b, "not a code"));
	ck_assert_str_eq(gsb_city_of(b, fx_date("2019-06-01")), "unknown");
	GSB_OK_OR_FAIL(gsb_application_set_division(b, "320100"));
	ck_assert_str_eq(gsb_city_of(b, fx_date("2019-06-01")), "other");
	GSB_OK_OR_FAIL(gsb_application_set_division(b, "371802"));
	ck_assert_str_eq(gsb_city_of(b, fx_date("2019-06-01")), "other");
	GSB_OK_OR_FAIL(gsb_application_set_division(b, "371702"));
	ck_assert_str_eq(gsb_city_of(b, fx_date("2019-06-01")), "3717");
	gsb_application_free(a);
	gsb_application_free(b);
}
END_TEST

/* The bundled examples, each as of its submitted date: exact sums. */
START_TEST(examples_exact_sums)
{
	gsb_programme *p = NULL;
	GSB_OK_OR_FAIL(gsb_programme_new(&p, P, GSB_DATE_NONE));
	add_examples(p);
	ck_assert_int_eq(gsb_programme_count(p), 12);
	ck_assert_int_eq(gsb_programme_outcome_count(p, GSB_OUTCOME_ELIGIBLE), 8);
	ck_assert_int_eq(gsb_programme_outcome_count(p, GSB_OUTCOME_INCOMPLETE), 2);
	ck_assert_int_eq(gsb_programme_outcome_count(p, GSB_OUTCOME_INELIGIBLE), 2);
	ck_assert_int_eq(gsb_programme_recognised(p, GSB_TIER_COMPREHENSIVE), 1);
	ck_assert_int_eq(gsb_programme_recognised(p, GSB_TIER_CROSS_DOMAIN), 3);
	ck_assert_int_eq(gsb_programme_recognised(p, GSB_TIER_ENTERPRISE), 3);
	/* 19,205,208.33 + 8,000,000 + 10,000,000 + 30,000,000 + 3,500,000 + 8,322,083.33 */
	ck_assert_int_eq(gsb_programme_granted(p), fx_fen("79027291.66"));
	ck_assert_int_eq(gsb_programme_requested(p), fx_fen("103911791.66"));
	ck_assert_int_eq(gsb_programme_local(p), fx_fen("7800000.00"));

	/* cities never overlap: they add up to the totals exactly */
	size_t apps = 0, recognised = 0;
	gsb_fen granted = 0;
	for (size_t i = 0; i < gsb_programme_group_count(p, GSB_GROUP_CITY); i++) {
		apps += gsb_programme_group_applications(p, GSB_GROUP_CITY, i);
		recognised += gsb_programme_group_recognised(p, GSB_GROUP_CITY, i);
		granted += gsb_programme_group_granted(p, GSB_GROUP_CITY, i);
	}
	ck_assert_int_eq(apps, 12);
	ck_assert_int_eq(recognised, 7);
	ck_assert_int_eq(granted, fx_fen("79027291.66"));
	long qd = gsb_programme_group_find(p, GSB_GROUP_CITY, "3702");
	ck_assert_int_eq(gsb_programme_group_granted(p, GSB_GROUP_CITY, (size_t)qd),
	                 fx_fen("19205208.33"));

	/* industries overlap: each row is the sum over the applications declaring it */
	long it = gsb_programme_group_find(p, GSB_GROUP_INDUSTRY, "new-generation-it");
	ck_assert_int_ge(it, 0);
	ck_assert_int_eq(gsb_programme_group_applications(p, GSB_GROUP_INDUSTRY, (size_t)it), 2);
	ck_assert_int_eq(gsb_programme_group_granted(p, GSB_GROUP_INDUSTRY, (size_t)it),
	                 fx_fen("19205208.33") + fx_fen("8322083.33"));
	long hee = gsb_programme_group_find(p, GSB_GROUP_INDUSTRY, "high-end-equipment");
	ck_assert_int_eq(gsb_programme_group_granted(p, GSB_GROUP_INDUSTRY, (size_t)hee),
	                 fx_fen("31027291.66"));

	/* incomplete applications with their missing facts, in input order */
	ck_assert_int_eq(gsb_programme_incomplete_count(p), 2);
	ck_assert_str_eq(gsb_programme_incomplete_application(p, 0), "WF-2019-003");
	ck_assert_int_eq(gsb_programme_incomplete_missing_count(p, 0), 3);
	ck_assert_str_eq(gsb_programme_incomplete_missing(p, 0, 0), "applicant.capable");
	ck_assert_str_eq(gsb_programme_incomplete_missing(p, 0, 1), "applicant.owner");
	ck_assert_str_eq(gsb_programme_incomplete_missing(p, 0, 2), "project.prospects");
	ck_assert_ptr_null(gsb_programme_incomplete_missing(p, 0, 3));
	ck_assert_str_eq(gsb_programme_incomplete_application(p, 1), "B-2019-102");

	/* [2.2] over recognised platforms */
	ck_assert_int_eq(gsb_programme_kpi_reported(p, GSB_KPI_OPERATING_COST), 3);
	ck_assert_int_eq(gsb_programme_kpi_met(p, GSB_KPI_OPERATING_COST), 2);
	ck_assert_int_eq(gsb_programme_kpi_met(p, GSB_KPI_ENERGY_UTILISATION), 1);
	ck_assert_int_eq(gsb_programme_target_date(p), fx_date("2020-04-16"));

	char *html = gsb_programme_to_html(p, GSB_LANG_ZH);
	ck_assert_ptr_nonnull(html);
	ck_assert_ptr_nonnull(strstr(html, "id=\"total-granted\" data-fen=\"7902729166\""));
	ck_assert_ptr_nonnull(strstr(html, "79,027,291.66"));
	ck_assert_ptr_nonnull(strstr(html, "<html lang=\"zh-CN\">"));
	ck_assert_ptr_nonnull(strstr(html, "default-src 'none'"));
	ck_assert_ptr_null(strstr(html, "<script"));
	ck_assert_ptr_null(strstr(html, "http://")); /* nothing to fetch */
	gsb_free(html);
	gsb_programme_free(p);
}
END_TEST

/* A programme whose sums would pass 64-bit fen refuses the application
 * and stays as it was (the amounts requested: a cap can no longer be set
 * that high, docs/parameters.md). */
START_TEST(overflow_refused)
{
	gsb_policy *pol = NULL;
	GSB_OK_OR_FAIL(gsb_policy_new(&pol));
	gsb_application *a = app_of_tier("BIG", "370102", GSB_TIER_ENTERPRISE);
	GSB_OK_OR_FAIL(gsb_application_set_award(a, fx_fen("90000000000000000.00")));
	gsb_programme *p = NULL;
	GSB_OK_OR_FAIL(gsb_programme_new(&p, pol, GSB_DATE_NONE));
	gsb_decision *d = fx_eval_at(pol, a, NULL);
	GSB_OK_OR_FAIL(gsb_programme_add(p, a, d));
	ck_assert_int_eq(gsb_programme_add(p, a, d), GSB_EOVERFLOW);
	ck_assert_int_eq(gsb_programme_count(p), 1);
	ck_assert_int_eq(gsb_programme_requested(p), fx_fen("90000000000000000.00"));
	ck_assert_int_eq(gsb_programme_granted(p), fx_fen("10000000.00"));
	ck_assert_int_eq(gsb_programme_recognised(p, GSB_TIER_ENTERPRISE), 1);
	gsb_decision_free(d);
	gsb_application_free(a);
	gsb_programme_free(p);
	gsb_policy_free(pol);
}
END_TEST

/* Names from applications are text, never markup; errors are listed. */
START_TEST(html_escapes_input)
{
	gsb_application *a = app_of_tier("X<1>&\"'", "370102", GSB_TIER_ENTERPRISE);
	GSB_OK_OR_FAIL(gsb_application_set_name(a, "<script>alert(1)</script>公司"));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_OWNER, GSB_UNKNOWN));
	gsb_programme *p = NULL;
	GSB_OK_OR_FAIL(gsb_programme_new(&p, P, GSB_DATE_NONE));
	add_at(p, P, a, NULL);
	gsb_error e = { .code = GSB_ESCHEMA, .message = "bad <element>", .file = "a&b.xml",
	                .line = 7 };
	GSB_OK_OR_FAIL(gsb_programme_add_error(p, &e));
	ck_assert_int_eq(gsb_programme_error_count(p), 1);
	ck_assert_str_eq(gsb_programme_error_message(p, 0), "bad <element>");
	ck_assert_int_eq(gsb_programme_error_line(p, 0), 7);
	char *html = gsb_programme_to_html(p, GSB_LANG_EN);
	ck_assert_ptr_nonnull(html);
	ck_assert_ptr_null(strstr(html, "<script"));
	ck_assert_ptr_nonnull(strstr(html, "&lt;script&gt;alert(1)&lt;/script&gt;公司"));
	ck_assert_ptr_nonnull(strstr(html, "data-application=\"X&lt;1&gt;&amp;&quot;&#39;\""));
	ck_assert_ptr_nonnull(strstr(html, "bad &lt;element&gt;"));
	ck_assert_ptr_nonnull(strstr(html, "a&amp;b.xml:7"));
	ck_assert_ptr_nonnull(strstr(html, "<html lang=\"en\">"));
	gsb_free(html);
	gsb_programme_free(p);
	gsb_application_free(a);
}
END_TEST

START_TEST(escape_function)
{
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	gsb__html_escape(f, "a<b>&\"'\x01\tc\xff\xe4\xb8\xad");
	gsb__html_escape(f, NULL);
	fclose(f);
	ck_assert_str_eq(out, "a&lt;b&gt;&amp;&quot;&#39;\tc\xEF\xBF\xBD中");
	free(out);
	char buf[32];
	ck_assert_str_eq(gsb__fen_grouped(0, buf), "0.00");
	ck_assert_str_eq(gsb__fen_grouped(99999, buf), "999.99");
	ck_assert_str_eq(gsb__fen_grouped(100000, buf), "1,000.00");
	ck_assert_str_eq(gsb__fen_grouped(-643758333, buf), "-6,437,583.33");
	ck_assert_str_eq(gsb__fen_grouped(INT64_MAX, buf), "92,233,720,368,547,758.07");
}
END_TEST

/* ICU's Chinese collation: pinyin order. */
START_TEST(chinese_collation)
{
	const char *cities[] = { "青岛", "济南", "淄博", "滨州", "莱芜", "东营" };
	size_t order[6];
	GSB_OK_OR_FAIL(gsb__collate_order(order, cities, 6));
	const char *want[] = { "滨州", "东营", "济南", "莱芜", "青岛", "淄博" };
	for (size_t i = 0; i < 6; i++)
		ck_assert_str_eq(cities[order[i]], want[i]);
	GSB_OK_OR_FAIL(gsb__collate_order(order, cities, 0));
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("programme");
	TCase *tc = tcase_create("programme");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, null_and_empty);
	tcase_add_test(tc, tiers_against_targets);
	tcase_add_test(tc, laiwu_before_and_after);
	tcase_add_test(tc, examples_exact_sums);
	tcase_add_test(tc, overflow_refused);
	tcase_add_test(tc, html_escapes_input);
	tcase_add_test(tc, escape_function);
	tcase_add_test(tc, chinese_collation);
	suite_add_tcase(s, tc);
	return s;
}
