/*
 * The C API never crashes on NULL or out-of-range arguments (issue 5,
 * docs/security.md): a function that returns a status returns GSB_EINVAL (or
 * the documented code) and leaves a message in gsb_error_last(); an accessor
 * returns 0 / NULL / GSB_UNKNOWN. Run under AddressSanitizer and valgrind by
 * .ci/sanitize.sh, so an out-of-bounds read of a table is caught too.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "runner.h"

#define BAD_ENUM 1000
#define NEG_ENUM (-100)
#define BAD_LANG ((gsb_lang)7)

/* The call fails with exactly `code` and says why. */
#define EXPECT_CODE(want_, call)                                                         \
	do {                                                                            \
		gsb_error_clear();                                                      \
		int rc_ = (call);                                                       \
		ck_assert_msg(rc_ == (want_), "%s returned %d (%s), expected %s", #call, \
		              rc_, gsb_status_name(rc_), #want_);                        \
		ck_assert_msg(gsb_error_last()->code == rc_,                            \
		              "%s: gsb_error_last()->code is %d, not %d", #call,         \
		              gsb_error_last()->code, rc_);                             \
		ck_assert_msg(gsb_error_last()->message[0] != '\0',                     \
		              "%s failed without a message", #call);                    \
	} while (0)
#define EXPECT_EINVAL(call) EXPECT_CODE(GSB_EINVAL, call)

/* The call fails (any negative code) and says why. */
#define EXPECT_FAIL(call)                                                               \
	do {                                                                            \
		gsb_error_clear();                                                      \
		int rc_ = (call);                                                       \
		ck_assert_msg(rc_ < 0, "%s returned %d, expected a failure", #call, rc_); \
		ck_assert_msg(gsb_error_last()->code == rc_,                            \
		              "%s: gsb_error_last()->code is %d, not %d", #call,         \
		              gsb_error_last()->code, rc_);                             \
		ck_assert_msg(gsb_error_last()->message[0] != '\0',                     \
		              "%s failed without a message", #call);                    \
	} while (0)

/* A string accessor given an out-of-range language: NULL or a real string. */
#define EXPECT_NULL_OR_STRING(call)                                                     \
	do {                                                                            \
		const char *s_ = (call);                                                \
		if (s_ != NULL)                                                         \
			ck_assert_msg(strlen(s_) < 100000, "%s: odd string", #call);    \
	} while (0)

static const char invalid_utf8[] = "ab\xC3\x28\xFF";
static const char minimal_xml[] =
	"<application xmlns=\"urn:geshibai:1\" id=\"N-1\" year=\"2019\" submitted=\"2019-06-14\">"
	"<applicant/><platform/></application>";

static gsb_policy *policy;
static gsb_application *app;
static gsb_decision *decision;

static void setup(void)
{
	GSB_OK_OR_FAIL(gsb_policy_new(&policy));
	GSB_OK_OR_FAIL(gsb_application_new(&app));
	GSB_OK_OR_FAIL(gsb_application_set_id(app, "N-1"));
	GSB_OK_OR_FAIL(gsb_evaluate(&decision, policy, app, gsb_date_from_ymd(2019, 6, 14),
	                            GSB_EVAL_DEFAULT));
}

static void teardown(void)
{
	gsb_decision_free(decision);
	gsb_application_free(app);
	gsb_policy_free(policy);
	decision = NULL;
	app = NULL;
	policy = NULL;
}

/* ------------------------------------------------------------ common.h */
START_TEST(common_null)
{
	gsb_date date;
	gsb_fen fen;
	char buf[24];

	ck_assert_ptr_nonnull(gsb_status_name(12345));
	ck_assert_ptr_nonnull(gsb_status_name(INT32_MIN));
	EXPECT_NULL_OR_STRING(gsb_tri_name((gsb_tri)BAD_ENUM));
	EXPECT_NULL_OR_STRING(gsb_tri_name((gsb_tri)NEG_ENUM));

	ck_assert_int_eq(gsb_date_from_ymd(2019, 2, 30), GSB_DATE_NONE);
	ck_assert_int_eq(gsb_date_from_ymd(INT32_MAX, INT32_MAX, INT32_MAX), GSB_DATE_NONE);
	ck_assert_int_eq(gsb_date_from_ymd(INT32_MIN, INT32_MIN, INT32_MIN), GSB_DATE_NONE);
	gsb_date_to_ymd(gsb_date_from_ymd(2019, 6, 14), NULL, NULL, NULL);
	EXPECT_EINVAL(gsb_date_parse(NULL, "2019-06-14"));
	EXPECT_EINVAL(gsb_date_parse(&date, NULL));
	EXPECT_EINVAL(gsb_date_parse(&date, "2019-02-30"));
	EXPECT_EINVAL(gsb_date_parse(&date, ""));
	EXPECT_EINVAL(gsb_date_parse(&date, invalid_utf8));
	ck_assert_ptr_null(gsb_date_format(gsb_date_from_ymd(2019, 6, 14), NULL));
	ck_assert_ptr_nonnull(gsb_date_format(GSB_DATE_NONE, buf));

	EXPECT_EINVAL(gsb_fen_parse(NULL, "1.00"));
	EXPECT_EINVAL(gsb_fen_parse(&fen, NULL));
	EXPECT_EINVAL(gsb_fen_parse(&fen, "1.001"));
	EXPECT_EINVAL(gsb_fen_parse(&fen, "abc"));
	EXPECT_CODE(GSB_EOVERFLOW, gsb_fen_parse(&fen, "92233720368547758.08"));
	EXPECT_CODE(GSB_EOVERFLOW, gsb_fen_parse(&fen, "-92233720368547758.09"));
	ck_assert_ptr_null(gsb_fen_format(1, NULL));
	ck_assert_ptr_nonnull(gsb_fen_format(INT64_MIN, buf));
	ck_assert_ptr_nonnull(gsb_fen_format(INT64_MAX, buf));

	gsb_error_clear();
	ck_assert_ptr_null(gsb_fen_to_words(-1));
	ck_assert_str_ne(gsb_error_last()->message, "");
	ck_assert_ptr_null(gsb_fen_to_words(INT64_MIN));
	char *w = gsb_fen_to_words(INT64_MAX);
	gsb_free(w); /* decided or refused, never a crash */

	gsb_free(NULL);
	gsb_error_clear();
	ck_assert_ptr_nonnull(gsb_error_last());
	ck_assert_int_eq(gsb_error_last()->code, GSB_OK);
	ck_assert_ptr_nonnull(gsb_error_last()->message);
	/* the version the library reports is the one its headers were built with */
	ck_assert_str_eq(gsb_version(), GSB_VERSION_STRING);
	ck_assert_str_eq(gsb_version(), "1.0.0");
}
END_TEST

/* ------------------------------------------------------------- vocab.h */
START_TEST(vocab_null)
{
	gsb_industry ind;
	char *norm = NULL;
	gsb_legal_form lf;
	gsb_builder_type bt;
	gsb_listing_kind lk;
	gsb_tier tier;
	gsb_uscc u;

	/* "not found" is GSB_ENOTFOUND for every enumeration's _from_name */
	{
		gsb_tier t;
		gsb_format f;
		gsb_kpi k;
		gsb_misuse m;
		gsb_review_state r;
		gsb_legal_form lf;
		gsb_builder_type b;
		gsb_listing_kind lk;
		gsb_param_type pt;
		EXPECT_CODE(GSB_ENOTFOUND, gsb_tier_from_name(&t, "no-such-code"));
		EXPECT_CODE(GSB_ENOTFOUND, gsb_format_from_name(&f, "no-such-code"));
		EXPECT_CODE(GSB_ENOTFOUND, gsb_kpi_from_name(&k, "no-such-code"));
		EXPECT_CODE(GSB_ENOTFOUND, gsb_misuse_from_name(&m, "no-such-code"));
		EXPECT_CODE(GSB_ENOTFOUND, gsb_review_state_from_name(&r, "no-such-code"));
		EXPECT_CODE(GSB_ENOTFOUND, gsb_legal_form_from_name(&lf, "no-such-code"));
		EXPECT_CODE(GSB_ENOTFOUND, gsb_builder_type_from_name(&b, "no-such-code"));
		EXPECT_CODE(GSB_ENOTFOUND, gsb_listing_kind_from_name(&lk, "no-such-code"));
		EXPECT_CODE(GSB_ENOTFOUND, gsb_param_type_of(&pt, "no.such-parameter"));
	}
	ck_assert_ptr_null(gsb_industry_name((gsb_industry)BAD_ENUM));
	ck_assert_ptr_null(gsb_industry_name((gsb_industry)NEG_ENUM));
	ck_assert_ptr_null(gsb_industry_label((gsb_industry)BAD_ENUM, GSB_LANG_ZH));
	EXPECT_NULL_OR_STRING(gsb_industry_label(GSB_INDUSTRY_SMART_OCEAN, BAD_LANG));
	ck_assert_ptr_null(gsb_industry_alias((gsb_industry)BAD_ENUM, 0));
	ck_assert_ptr_null(gsb_industry_alias(GSB_INDUSTRY_SMART_OCEAN, SIZE_MAX));
	EXPECT_EINVAL(gsb_industry_lookup(NULL, NULL, "高端装备"));
	EXPECT_EINVAL(gsb_industry_lookup(&ind, NULL, NULL));
	EXPECT_EINVAL(gsb_industry_lookup(&ind, &norm, NULL));
	EXPECT_EINVAL(gsb_industry_lookup(&ind, &norm, invalid_utf8));
	EXPECT_EINVAL(gsb_cluster_lookup(NULL, "textiles"));
	EXPECT_EINVAL(gsb_cluster_lookup(&norm, NULL));
	EXPECT_EINVAL(gsb_cluster_lookup(&norm, invalid_utf8));
	EXPECT_EINVAL(gsb_scenario_lookup(NULL, "remote-maintenance"));
	EXPECT_EINVAL(gsb_scenario_lookup(&norm, NULL));
	EXPECT_EINVAL(gsb_scenario_lookup(&norm, invalid_utf8));

	ck_assert_ptr_null(gsb_legal_form_name((gsb_legal_form)BAD_ENUM));
	ck_assert_ptr_null(gsb_legal_form_name((gsb_legal_form)NEG_ENUM));
	ck_assert_ptr_null(gsb_legal_form_label((gsb_legal_form)BAD_ENUM, GSB_LANG_EN));
	EXPECT_NULL_OR_STRING(gsb_legal_form_label(GSB_LEGAL_BRANCH, BAD_LANG));
	EXPECT_EINVAL(gsb_legal_form_from_name(NULL, "branch"));
	EXPECT_EINVAL(gsb_legal_form_from_name(&lf, NULL));
	EXPECT_CODE(GSB_ENOTFOUND, gsb_legal_form_from_name(&lf, "no-such-form"));
	gsb_tri t = gsb_legal_form_is_legal_person((gsb_legal_form)BAD_ENUM);
	ck_assert(t == GSB_FALSE || t == GSB_UNKNOWN || t == GSB_TRUE);

	ck_assert_ptr_null(gsb_builder_type_name((gsb_builder_type)BAD_ENUM));
	ck_assert_ptr_null(gsb_builder_type_name((gsb_builder_type)NEG_ENUM));
	EXPECT_EINVAL(gsb_builder_type_from_name(NULL, "other"));
	EXPECT_EINVAL(gsb_builder_type_from_name(&bt, NULL));
	EXPECT_CODE(GSB_ENOTFOUND, gsb_builder_type_from_name(&bt, "nobody"));

	ck_assert_ptr_null(gsb_listing_kind_name((gsb_listing_kind)BAD_ENUM));
	ck_assert_ptr_null(gsb_listing_kind_label((gsb_listing_kind)NEG_ENUM, GSB_LANG_ZH));
	EXPECT_NULL_OR_STRING(gsb_listing_kind_label(GSB_LISTING_NATIONAL_PLATFORM, BAD_LANG));
	EXPECT_EINVAL(gsb_listing_kind_from_name(NULL, "national-platform"));
	EXPECT_EINVAL(gsb_listing_kind_from_name(&lk, NULL));
	EXPECT_CODE(GSB_ENOTFOUND, gsb_listing_kind_from_name(&lk, "nope"));

	ck_assert_ptr_null(gsb_tier_name((gsb_tier)BAD_ENUM));
	ck_assert_ptr_null(gsb_tier_name((gsb_tier)NEG_ENUM));
	ck_assert_ptr_null(gsb_tier_label((gsb_tier)BAD_ENUM, GSB_LANG_ZH));
	EXPECT_NULL_OR_STRING(gsb_tier_label(GSB_TIER_ENTERPRISE, BAD_LANG));
	EXPECT_EINVAL(gsb_tier_from_name(NULL, "enterprise"));
	EXPECT_EINVAL(gsb_tier_from_name(&tier, NULL));
	EXPECT_CODE(GSB_ENOTFOUND, gsb_tier_from_name(&tier, "galactic"));

	ck_assert_ptr_null(gsb_list_name((gsb_list)BAD_ENUM));
	ck_assert_ptr_null(gsb_list_name((gsb_list)NEG_ENUM));
	ck_assert_uint_eq(gsb_list_code_count((gsb_list)BAD_ENUM), 0);
	ck_assert_uint_eq(gsb_list_code_count((gsb_list)NEG_ENUM), 0);
	ck_assert_ptr_null(gsb_list_code((gsb_list)BAD_ENUM, 0));
	ck_assert_ptr_null(gsb_list_code(GSB_LIST_DOMAINS, SIZE_MAX));
	ck_assert_ptr_null(gsb_list_code(GSB_LIST_DOMAINS, gsb_list_code_count(GSB_LIST_DOMAINS)));
	ck_assert_ptr_null(gsb_list_code_label((gsb_list)BAD_ENUM, 0, GSB_LANG_ZH));
	ck_assert_ptr_null(gsb_list_code_label(GSB_LIST_DOMAINS, SIZE_MAX, GSB_LANG_ZH));
	EXPECT_NULL_OR_STRING(gsb_list_code_label(GSB_LIST_DOMAINS, 0, BAD_LANG));
	ck_assert_int_eq(gsb_list_code_index((gsb_list)BAD_ENUM, "rnd"), -1);
	ck_assert_int_eq(gsb_list_code_index(GSB_LIST_DOMAINS, NULL), -1);
	ck_assert_int_eq(gsb_list_code_index(GSB_LIST_DOMAINS, invalid_utf8), -1);

	EXPECT_EINVAL(gsb_uscc_decode(NULL, "91370200718018514D"));
	EXPECT_EINVAL(gsb_uscc_decode(&u, NULL));
	/* malformed codes are not errors (docs/rules.md §11.2) */
	gsb_error_clear();
	ck_assert_int_eq(gsb_uscc_decode(&u, ""), GSB_OK);
	ck_assert_int_eq(u.valid, 0);
	ck_assert_ptr_nonnull(u.problem);
	ck_assert_int_eq(gsb_uscc_decode(&u, invalid_utf8), GSB_OK);
	ck_assert_int_eq(u.valid, 0);
	ck_assert_int_eq(gsb_uscc_decode(&u, "91370200718018514D91370200718018514D"), GSB_OK);
	ck_assert_int_eq(u.valid, 0);
	ck_assert_int_eq(gsb_uscc_is_valid(NULL), 0);
	ck_assert_ptr_null(gsb_uscc_category_label(NULL, GSB_LANG_ZH));
	ck_assert_ptr_null(gsb_uscc_category_label("", GSB_LANG_ZH));
	ck_assert_ptr_null(gsb_uscc_category_label("9", GSB_LANG_ZH));
	EXPECT_NULL_OR_STRING(gsb_uscc_category_label("91", BAD_LANG));
}
END_TEST

/* ------------------------------------------------------------ policy.h */
START_TEST(policy_null)
{
	gsb_policy *p = NULL;
	gsb_param_type type;
	const char *value;

	EXPECT_EINVAL(gsb_policy_new(NULL));
	EXPECT_EINVAL(gsb_policy_load(NULL, NULL));
	EXPECT_EINVAL(gsb_policy_load(NULL, "params.xml"));
	EXPECT_CODE(GSB_EIO, gsb_policy_load(&p, "/nonexistent/geshibai/params.xml"));
	ck_assert_ptr_null(p);
	EXPECT_EINVAL(gsb_policy_load_memory(NULL, "<parameters/>", 13, NULL));
	EXPECT_EINVAL(gsb_policy_load_memory(&p, NULL, 13, NULL));
	EXPECT_FAIL(gsb_policy_load_memory(&p, "", 0, NULL));
	ck_assert_ptr_null(p);
	EXPECT_FAIL(gsb_policy_load_memory(&p, invalid_utf8, sizeof invalid_utf8 - 1, "bad"));
	ck_assert_ptr_null(p);
	gsb_policy_free(NULL);
	EXPECT_NULL_OR_STRING(gsb_policy_id(NULL)); /* the id is a constant */
	ck_assert_ptr_null(gsb_policy_source(NULL));
	ck_assert_ptr_null(gsb_param_name(gsb_param_count()));
	ck_assert_ptr_null(gsb_param_name(SIZE_MAX));
	EXPECT_EINVAL(gsb_param_type_of(NULL, "award.cap"));
	EXPECT_EINVAL(gsb_param_type_of(&type, NULL));
	EXPECT_CODE(GSB_ENOTFOUND, gsb_param_type_of(&type, "award.nope"));
	ck_assert_ptr_null(gsb_param_provision(NULL));
	ck_assert_ptr_null(gsb_param_provision("award.nope"));

	gsb_date d = gsb_date_from_ymd(2019, 6, 14);
	EXPECT_EINVAL(gsb_policy_param(NULL, policy, "award.cap", d));
	EXPECT_EINVAL(gsb_policy_param(&value, NULL, "award.cap", d));
	EXPECT_EINVAL(gsb_policy_param(&value, policy, NULL, d));
	EXPECT_CODE(GSB_ENOTFOUND, gsb_policy_param(&value, policy, "award.nope", d));
	/* a date outside every validity period gives the open-ended default */
	value = NULL;
	GSB_OK_OR_FAIL(gsb_policy_param(&value, policy, "award.cap", GSB_DATE_NONE));
	ck_assert_str_eq(value, "10000000.00");
	value = NULL;
	GSB_OK_OR_FAIL(gsb_policy_param(&value, policy, "award.cap", INT32_MAX));
	ck_assert_str_eq(value, "10000000.00");
	GSB_OK_OR_FAIL(gsb_policy_param_origin(NULL, NULL, NULL, policy, "award.cap", d));
	EXPECT_EINVAL(gsb_policy_param_origin(NULL, NULL, NULL, NULL, "award.cap", d));
	EXPECT_EINVAL(gsb_policy_param_origin(NULL, NULL, NULL, policy, NULL, d));
	EXPECT_CODE(GSB_ENOTFOUND,
	            gsb_policy_param_origin(NULL, NULL, NULL, policy, "award.nope", d));
}
END_TEST

/* ------------------------------------------------------- application.h */
START_TEST(application_null)
{
	gsb_date d = gsb_date_from_ymd(2019, 6, 14);
	gsb_kpi kpi;

	EXPECT_EINVAL(gsb_application_new(NULL));
	gsb_application_free(NULL);
	ck_assert_ptr_null(gsb_fact_name((gsb_fact)BAD_ENUM));
	ck_assert_ptr_null(gsb_fact_name((gsb_fact)NEG_ENUM));
	ck_assert_ptr_null(gsb_metric_name((gsb_metric)BAD_ENUM));
	ck_assert_ptr_null(gsb_kpi_name((gsb_kpi)BAD_ENUM));
	ck_assert_ptr_null(gsb_kpi_label((gsb_kpi)NEG_ENUM, GSB_LANG_ZH));
	EXPECT_NULL_OR_STRING(gsb_kpi_label(GSB_KPI_DEFECT_RATE, BAD_LANG));
	EXPECT_EINVAL(gsb_kpi_from_name(NULL, "defect-rate"));
	EXPECT_EINVAL(gsb_kpi_from_name(&kpi, NULL));
	EXPECT_CODE(GSB_ENOTFOUND, gsb_kpi_from_name(&kpi, "happiness"));

	/* every setter on a NULL application */
	EXPECT_EINVAL(gsb_application_set_id(NULL, "x"));
	EXPECT_EINVAL(gsb_application_set_year(NULL, 2019));
	EXPECT_EINVAL(gsb_application_set_submitted(NULL, d));
	EXPECT_EINVAL(gsb_application_set_claimed_tier(NULL, GSB_TIER_ENTERPRISE));
	EXPECT_EINVAL(gsb_application_set_name(NULL, "x"));
	EXPECT_EINVAL(gsb_application_set_uscc(NULL, "x"));
	EXPECT_EINVAL(gsb_application_set_division(NULL, "370212"));
	EXPECT_EINVAL(gsb_application_set_legal_form(NULL, GSB_LEGAL_BRANCH));
	EXPECT_EINVAL(gsb_application_set_fact(NULL, GSB_FACT_OWNER, GSB_TRUE));
	EXPECT_EINVAL(gsb_application_set_platform_name(NULL, "x"));
	EXPECT_EINVAL(gsb_application_set_builder_type(NULL, GSB_BUILDER_OTHER));
	EXPECT_EINVAL(gsb_application_set_operating_since(NULL, d));
	EXPECT_EINVAL(gsb_application_declare_list(NULL, GSB_LIST_DOMAINS));
	EXPECT_EINVAL(gsb_application_add_item(NULL, GSB_LIST_DOMAINS, "rnd"));
	EXPECT_EINVAL(gsb_application_set_metric(NULL, GSB_METRIC_CONNECTED_DEVICES, 1));
	EXPECT_EINVAL(gsb_application_declare_listings(NULL));
	EXPECT_EINVAL(gsb_application_add_listing(NULL, GSB_LISTING_NATIONAL_PLATFORM, 2019, NULL));
	EXPECT_EINVAL(gsb_application_set_expert_score(NULL, "88.5"));
	EXPECT_EINVAL(gsb_application_set_award(NULL, 100));
	EXPECT_EINVAL(gsb_application_set_equity(NULL, 100));
	EXPECT_EINVAL(gsb_application_add_loan(NULL, 100, "4.35", d, d + 365, NULL));
	EXPECT_EINVAL(gsb_application_add_local(NULL, 100, NULL));
	EXPECT_EINVAL(gsb_application_add_kpi(NULL, GSB_KPI_DEFECT_RATE, "2.0", "1.8"));
	ck_assert_ptr_null(gsb_application_id(NULL));
	ck_assert_int_eq(gsb_application_line(NULL), 0);
	ck_assert_ptr_null(gsb_application_name(NULL));
	ck_assert_ptr_null(gsb_application_uscc(NULL));
	ck_assert_ptr_null(gsb_application_division(NULL));
	ck_assert_ptr_null(gsb_application_platform_name(NULL));
	ck_assert_uint_eq(gsb_application_item_count(NULL, GSB_LIST_INDUSTRIES), 0);
	ck_assert_ptr_null(gsb_application_item(NULL, GSB_LIST_INDUSTRIES, 0));
}
END_TEST

START_TEST(application_out_of_range)
{
	gsb_date d = gsb_date_from_ymd(2019, 6, 14);

	/* NULL strings and bad values on a real application */
	GSB_OK_OR_FAIL(gsb_application_set_id(app, "kept"));
	EXPECT_EINVAL(gsb_application_set_id(app, NULL));
	EXPECT_EINVAL(gsb_application_set_id(app, invalid_utf8));
	ck_assert_str_eq(gsb_application_id(app), "kept");
	ck_assert_ptr_null(gsb_application_division(app));
	GSB_OK_OR_FAIL(gsb_application_set_division(app, "370203"));
	ck_assert_str_eq(gsb_application_division(app), "370203");
	GSB_OK_OR_FAIL(gsb_application_add_item(app, GSB_LIST_INDUSTRIES, "高端装备"));
	ck_assert_uint_eq(gsb_application_item_count(app, GSB_LIST_INDUSTRIES), 1);
	ck_assert_str_eq(gsb_application_item(app, GSB_LIST_INDUSTRIES, 0), "high-end-equipment");
	ck_assert_ptr_null(gsb_application_item(app, GSB_LIST_INDUSTRIES, 1));
	ck_assert_uint_eq(gsb_application_item_count(app, (gsb_list)BAD_ENUM), 0);
	ck_assert_ptr_null(gsb_application_item(app, (gsb_list)NEG_ENUM, 0));
	EXPECT_EINVAL(gsb_application_set_year(app, 0));
	EXPECT_EINVAL(gsb_application_set_year(app, 10000));
	EXPECT_EINVAL(gsb_application_set_year(app, INT32_MIN));
	EXPECT_EINVAL(gsb_application_set_submitted(app, GSB_DATE_NONE));
	EXPECT_EINVAL(gsb_application_set_claimed_tier(app, (gsb_tier)BAD_ENUM));
	EXPECT_EINVAL(gsb_application_set_claimed_tier(app, (gsb_tier)NEG_ENUM));
	EXPECT_EINVAL(gsb_application_set_name(app, NULL));
	EXPECT_EINVAL(gsb_application_set_name(app, invalid_utf8));
	EXPECT_EINVAL(gsb_application_set_uscc(app, NULL));
	EXPECT_EINVAL(gsb_application_set_uscc(app, invalid_utf8));
	EXPECT_EINVAL(gsb_application_set_division(app, NULL));
	EXPECT_EINVAL(gsb_application_set_division(app, "37021"));
	EXPECT_EINVAL(gsb_application_set_division(app, "3702123"));
	EXPECT_EINVAL(gsb_application_set_division(app, "37O212"));
	EXPECT_EINVAL(gsb_application_set_legal_form(app, (gsb_legal_form)BAD_ENUM));
	EXPECT_EINVAL(gsb_application_set_legal_form(app, (gsb_legal_form)NEG_ENUM));
	EXPECT_EINVAL(gsb_application_set_fact(app, (gsb_fact)BAD_ENUM, GSB_TRUE));
	EXPECT_EINVAL(gsb_application_set_fact(app, (gsb_fact)NEG_ENUM, GSB_TRUE));
	EXPECT_EINVAL(gsb_application_set_fact(app, GSB_FACT_OWNER, (gsb_tri)7));
	EXPECT_EINVAL(gsb_application_set_fact(app, GSB_FACT_OWNER, (gsb_tri)-1));
	EXPECT_EINVAL(gsb_application_set_platform_name(app, NULL));
	EXPECT_EINVAL(gsb_application_set_platform_name(app, invalid_utf8));
	EXPECT_EINVAL(gsb_application_set_builder_type(app, (gsb_builder_type)BAD_ENUM));
	EXPECT_EINVAL(gsb_application_set_builder_type(app, (gsb_builder_type)NEG_ENUM));
	EXPECT_EINVAL(gsb_application_declare_list(app, (gsb_list)BAD_ENUM));
	EXPECT_EINVAL(gsb_application_declare_list(app, (gsb_list)NEG_ENUM));
	EXPECT_EINVAL(gsb_application_add_item(app, (gsb_list)BAD_ENUM, "rnd"));
	EXPECT_EINVAL(gsb_application_add_item(app, GSB_LIST_DOMAINS, NULL));
	EXPECT_EINVAL(gsb_application_add_item(app, GSB_LIST_DOMAINS, "not-a-domain"));
	EXPECT_EINVAL(gsb_application_add_item(app, GSB_LIST_INDUSTRIES, invalid_utf8));
	EXPECT_EINVAL(gsb_application_add_item(app, GSB_LIST_CLUSTERS, invalid_utf8));
	EXPECT_EINVAL(gsb_application_set_metric(app, (gsb_metric)BAD_ENUM, 1));
	EXPECT_EINVAL(gsb_application_set_metric(app, GSB_METRIC_CONNECTED_DEVICES, -1));
	EXPECT_EINVAL(gsb_application_set_metric(app, GSB_METRIC_CONNECTED_DEVICES, INT64_MIN));
	EXPECT_EINVAL(gsb_application_add_listing(app, (gsb_listing_kind)BAD_ENUM, 2019, NULL));
	EXPECT_EINVAL(gsb_application_add_listing(app, GSB_LISTING_NATIONAL_PLATFORM, -1, NULL));
	EXPECT_EINVAL(gsb_application_add_listing(app, GSB_LISTING_NATIONAL_PLATFORM, 2019,
	                                          invalid_utf8));
	EXPECT_EINVAL(gsb_application_set_expert_score(app, NULL));
	EXPECT_FAIL(gsb_application_set_expert_score(app, "eighty"));
	EXPECT_FAIL(gsb_application_set_expert_score(app, "88.12345"));
	EXPECT_FAIL(gsb_application_set_expert_score(app, "99999999999999999999999"));
	EXPECT_FAIL(gsb_application_set_award(app, -1));
	EXPECT_FAIL(gsb_application_set_award(app, INT64_MIN));
	EXPECT_FAIL(gsb_application_set_equity(app, -1));
	EXPECT_EINVAL(gsb_application_add_loan(app, 100, NULL, d, d + 365, NULL));
	EXPECT_FAIL(gsb_application_add_loan(app, 100, "abc", d, d + 365, NULL));
	EXPECT_FAIL(gsb_application_add_loan(app, 100, "4.123456", d, d + 365, NULL));
	EXPECT_FAIL(gsb_application_add_loan(app, 100, "4.35", d, d + 365, "x"));
	EXPECT_FAIL(gsb_application_add_loan(app, -100, "4.35", d, d + 365, NULL));
	EXPECT_EINVAL(gsb_application_add_loan(app, 100, "4.35", GSB_DATE_NONE, d, NULL));
	EXPECT_EINVAL(gsb_application_add_loan(app, 100, "4.35", d, GSB_DATE_NONE, NULL));
	EXPECT_CODE(GSB_EINPUT, gsb_application_add_loan(app, 100, "4.35", d, d - 1, NULL));
	EXPECT_FAIL(gsb_application_add_local(app, -1, NULL));
	EXPECT_EINVAL(gsb_application_add_local(app, 1, invalid_utf8));
	EXPECT_EINVAL(gsb_application_add_kpi(app, (gsb_kpi)BAD_ENUM, "2.0", "1.8"));
	EXPECT_EINVAL(gsb_application_add_kpi(app, GSB_KPI_DEFECT_RATE, NULL, "1.8"));
	EXPECT_EINVAL(gsb_application_add_kpi(app, GSB_KPI_DEFECT_RATE, "2.0", NULL));
	EXPECT_FAIL(gsb_application_add_kpi(app, GSB_KPI_DEFECT_RATE, "two", "1.8"));

	/* the failures left the application as it was: still decided the same */
	gsb_decision *again = NULL;
	GSB_OK_OR_FAIL(gsb_evaluate(&again, policy, app, d, GSB_EVAL_DEFAULT));
	ck_assert_uint_eq(gsb_decision_loan_count(again), 0);
	ck_assert_uint_eq(gsb_decision_kpi_count(again), 0);
	ck_assert_int_eq(gsb_decision_requested(again), 0);
	gsb_decision_free(again);
}
END_TEST

/* ---------------------------------------------------------- decision.h */
START_TEST(evaluate_null)
{
	gsb_decision *d = NULL;
	gsb_date day = gsb_date_from_ymd(2019, 6, 14);

	EXPECT_EINVAL(gsb_evaluate(NULL, policy, app, day, 0));
	EXPECT_EINVAL(gsb_evaluate(&d, NULL, app, day, 0));
	ck_assert_ptr_null(d);
	EXPECT_EINVAL(gsb_evaluate(&d, policy, NULL, day, 0));
	ck_assert_ptr_null(d);
	gsb_decision_free(NULL);

	/* dates far outside the calendar: decided or refused, never UB */
	const gsb_date odd[] = { INT32_MAX, INT32_MIN + 1, -800000, 3000000 };
	for (size_t i = 0; i < sizeof odd / sizeof odd[0]; i++) {
		gsb_error_clear();
		int rc = gsb_evaluate(&d, policy, app, odd[i], GSB_EVAL_DEFAULT);
		if (rc == GSB_OK) {
			char *s = gsb_decision_to_string(d, GSB_FORMAT_JSON, GSB_LANG_EN);
			gsb_free(s);
			gsb_decision_free(d);
			d = NULL;
		} else {
			ck_assert_int_lt(rc, 0);
			ck_assert_str_ne(gsb_error_last()->message, "");
		}
	}
	/* unknown flags: decided or refused */
	if (gsb_evaluate(&d, policy, app, day, ~0u) == GSB_OK)
		gsb_decision_free(d);
}
END_TEST

START_TEST(decision_null_accessors)
{
	const gsb_decision *n = NULL;
	int64_t score = 0;

	ck_assert_ptr_null(gsb_decision_application(n));
	ck_assert_int_eq(gsb_decision_as_of(n), GSB_DATE_NONE);
	ck_assert_ptr_null(gsb_decision_policy(n));
	ck_assert_ptr_null(gsb_decision_applicant(n));
	ck_assert_ptr_null(gsb_check_label(NULL, GSB_LANG_ZH));
	ck_assert_ptr_null(gsb_check_label("no.such-check", GSB_LANG_EN));
	ck_assert_ptr_null(gsb_outcome_name((gsb_outcome)BAD_ENUM));
	ck_assert_ptr_null(gsb_outcome_name((gsb_outcome)NEG_ENUM));
	ck_assert_ptr_null(gsb_outcome_label((gsb_outcome)BAD_ENUM, GSB_LANG_ZH));
	EXPECT_NULL_OR_STRING(gsb_outcome_label(GSB_OUTCOME_ELIGIBLE, BAD_LANG));
	/* the promised values: a NULL decision never reads as eligible or granted */
	ck_assert_int_eq(gsb_decision_outcome(n), GSB_OUTCOME_INCOMPLETE);
	ck_assert_uint_eq(gsb_decision_check_count(n), 0);
	ck_assert_ptr_null(gsb_decision_check_id(n, 0));
	ck_assert_ptr_null(gsb_decision_check_provision(n, 0));
	ck_assert_int_eq(gsb_decision_check_result(n, 0), GSB_UNKNOWN);
	ck_assert_ptr_null(gsb_decision_check_reason(n, 0, GSB_LANG_ZH));
	ck_assert_uint_eq(gsb_decision_missing_count(n), 0);
	ck_assert_ptr_null(gsb_decision_missing(n, 0));
	ck_assert_ptr_null(gsb_relation_name(GSB_RELATION_NONE));
	ck_assert_ptr_null(gsb_relation_name((gsb_relation)BAD_ENUM));
	ck_assert_int_eq(gsb_decision_tier(n), GSB_TIER_NONE);
	ck_assert_int_eq(gsb_decision_claimed_tier(n), GSB_TIER_NONE);
	ck_assert_int_eq(gsb_decision_relation(n), GSB_RELATION_NONE);
	ck_assert_uint_eq(gsb_decision_criterion_count(n), 0);
	ck_assert_ptr_null(gsb_decision_criterion_id(n, 0));
	ck_assert_ptr_null(gsb_decision_criterion_provision(n, 0));
	ck_assert_int_eq(gsb_decision_criterion_result(n, 0), GSB_UNKNOWN);
	ck_assert_ptr_null(gsb_decision_criterion_reason(n, 0, GSB_LANG_EN));
	ck_assert_uint_eq(gsb_decision_enterprise_kinds(n), 0);
	ck_assert_uint_eq(gsb_decision_undetermined_count(n), 0);
	ck_assert_int_eq(gsb_decision_undetermined(n, 0), GSB_TIER_NONE);
	ck_assert_int_eq(gsb_decision_priority(n), 0);
	ck_assert_ptr_null(gsb_decision_priority_reason(n, GSB_LANG_ZH));
	ck_assert_int_eq(gsb_decision_expert_score(n, &score), 0);
	ck_assert_int_eq(gsb_decision_expert_score(n, NULL), 0);
	/* NULL ranks after every decision, equal to itself */
	ck_assert_int_eq(gsb_decision_rank_compare(n, n), 0);
	ck_assert_int_lt(gsb_decision_rank_compare(decision, n), 0);
	ck_assert_int_gt(gsb_decision_rank_compare(n, decision), 0);
	ck_assert_ptr_null(gsb_subsidy_status_name((gsb_subsidy_status)BAD_ENUM));
	ck_assert_ptr_null(gsb_subsidy_status_name((gsb_subsidy_status)NEG_ENUM));
	ck_assert_ptr_null(gsb_instrument_name((gsb_instrument)BAD_ENUM));
	ck_assert_ptr_null(gsb_instrument_label((gsb_instrument)NEG_ENUM, GSB_LANG_ZH));
	EXPECT_NULL_OR_STRING(gsb_instrument_label(GSB_INSTRUMENT_AWARD, BAD_LANG));
	ck_assert_int_eq(gsb_decision_subsidy_status(n), GSB_SUBSIDY_NOT_ELIGIBLE);
	ck_assert_ptr_null(gsb_decision_subsidy_reason(n, GSB_LANG_ZH));
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
	ck_assert_uint_eq(gsb_decision_loan_count(n), 0);
	ck_assert_int_eq(gsb_decision_loan_days(n, 0), 0);
	ck_assert_int_eq(gsb_decision_loan_subsidy(n, 0), 0);
	ck_assert_uint_eq(gsb_decision_kpi_count(n), 0);
	ck_assert_uint_eq(gsb_decision_kpi_met_count(n), 0);
	ck_assert_int_eq(gsb_decision_kpi(n, 0), 0);
	ck_assert_int_eq(gsb_decision_kpi_met(n, 0), GSB_UNKNOWN);
	ck_assert_ptr_null(gsb_decision_kpi_change(n, 0));
	ck_assert_ptr_null(gsb_decision_kpi_target(n, 0));
	ck_assert_ptr_null(gsb_decision_kpi_error(n, 0, GSB_LANG_ZH));
}
END_TEST

START_TEST(decision_out_of_range)
{
	const gsb_decision *d = decision;
	const size_t past[] = { 1000, SIZE_MAX, (size_t)INT32_MAX + 1 };

	ck_assert_uint_eq(gsb_decision_check_count(d), 15);
	ck_assert_uint_eq(gsb_decision_criterion_count(d), 5);
	for (size_t k = 0; k < sizeof past / sizeof past[0]; k++) {
		size_t i = past[k];
		ck_assert_ptr_null(gsb_decision_check_id(d, i));
		ck_assert_ptr_null(gsb_decision_check_provision(d, i));
		ck_assert_int_eq(gsb_decision_check_result(d, i), GSB_UNKNOWN);
		ck_assert_ptr_null(gsb_decision_check_reason(d, i, GSB_LANG_ZH));
		ck_assert_ptr_null(gsb_decision_missing(d, i));
		ck_assert_ptr_null(gsb_decision_criterion_id(d, i));
		ck_assert_ptr_null(gsb_decision_criterion_provision(d, i));
		ck_assert_int_eq(gsb_decision_criterion_result(d, i), GSB_UNKNOWN);
		ck_assert_ptr_null(gsb_decision_criterion_reason(d, i, GSB_LANG_EN));
		ck_assert_int_eq(gsb_decision_undetermined(d, i), GSB_TIER_NONE);
		ck_assert_int_eq(gsb_decision_loan_days(d, i), 0);
		ck_assert_int_eq(gsb_decision_loan_subsidy(d, i), 0);
		ck_assert_int_eq(gsb_decision_kpi_met(d, i), GSB_UNKNOWN);
		ck_assert_ptr_null(gsb_decision_kpi_change(d, i));
		ck_assert_ptr_null(gsb_decision_kpi_target(d, i));
		ck_assert_ptr_null(gsb_decision_kpi_error(d, i, GSB_LANG_ZH));
	}
	/* just past the end */
	ck_assert_ptr_null(gsb_decision_check_id(d, gsb_decision_check_count(d)));
	ck_assert_ptr_null(gsb_decision_criterion_id(d, gsb_decision_criterion_count(d)));
	ck_assert_ptr_null(gsb_decision_missing(d, gsb_decision_missing_count(d)));
	ck_assert_int_eq(gsb_decision_undetermined(d, gsb_decision_undetermined_count(d)),
	                 GSB_TIER_NONE);
	/* languages and instruments out of range */
	EXPECT_NULL_OR_STRING(gsb_decision_check_reason(d, 0, BAD_LANG));
	EXPECT_NULL_OR_STRING(gsb_decision_criterion_reason(d, 0, BAD_LANG));
	EXPECT_NULL_OR_STRING(gsb_decision_priority_reason(d, BAD_LANG));
	EXPECT_NULL_OR_STRING(gsb_decision_subsidy_reason(d, BAD_LANG));
	ck_assert_int_eq(gsb_decision_instrument_requested(d, (gsb_instrument)BAD_ENUM), 0);
	ck_assert_int_eq(gsb_decision_instrument_granted(d, (gsb_instrument)NEG_ENUM), 0);
	(void)gsb_decision_expert_score(d, NULL);
}
END_TEST

/* ---------------------------------------------------------------- io.h */
static int sink(void *ctx, const char *bytes, size_t len)
{
	(void)bytes;
	*(size_t *)ctx += len;
	return 0;
}

static int refuse(void *ctx, const char *bytes, size_t len)
{
	(void)ctx;
	(void)bytes;
	(void)len;
	return 1;
}

START_TEST(io_null)
{
	gsb_application *a = NULL;
	gsb_reader *r = NULL;
	gsb_writer *w = NULL;
	gsb_format f;
	size_t written = 0;

	EXPECT_EINVAL(gsb_application_read_file(NULL, "x.xml"));
	EXPECT_EINVAL(gsb_application_read_file(&a, NULL));
	ck_assert_ptr_null(a);
	EXPECT_CODE(GSB_EIO, gsb_application_read_file(&a, "/nonexistent/geshibai/x.xml"));
	ck_assert_ptr_null(a);
	EXPECT_FAIL(gsb_application_read_file(&a, "/"));
	ck_assert_ptr_null(a);
	EXPECT_EINVAL(gsb_application_read_memory(NULL, minimal_xml, sizeof minimal_xml - 1, NULL));
	EXPECT_EINVAL(gsb_application_read_memory(&a, NULL, 10, NULL));
	EXPECT_FAIL(gsb_application_read_memory(&a, "", 0, NULL));
	ck_assert_ptr_null(a);
	EXPECT_FAIL(gsb_application_read_memory(&a, minimal_xml, 20, "cut"));
	ck_assert_ptr_null(a);
	GSB_OK_OR_FAIL(gsb_application_read_memory(&a, minimal_xml, sizeof minimal_xml - 1, NULL));
	gsb_application_free(a);
	a = NULL;

	EXPECT_EINVAL(gsb_reader_open_file(NULL, "x.xml"));
	EXPECT_EINVAL(gsb_reader_open_file(&r, NULL));
	ck_assert_ptr_null(r);
	EXPECT_EINVAL(gsb_reader_open_memory(NULL, minimal_xml, sizeof minimal_xml - 1, NULL));
	EXPECT_EINVAL(gsb_reader_open_memory(&r, NULL, 10, NULL));
	ck_assert_ptr_null(r);
	EXPECT_EINVAL(gsb_reader_next(NULL, &a));
	ck_assert_int_eq(gsb_reader_is_batch(NULL), 0);
	ck_assert_uint_eq(gsb_reader_count(NULL), 0);
	gsb_reader_free(NULL);
	GSB_OK_OR_FAIL(gsb_reader_open_memory(&r, minimal_xml, sizeof minimal_xml - 1, "m"));
	EXPECT_EINVAL(gsb_reader_next(r, NULL));
	ck_assert_int_eq(gsb_reader_next(r, &a), 1);
	gsb_application_free(a);
	ck_assert_int_eq(gsb_reader_next(r, &a), 0);
	ck_assert_int_eq(gsb_reader_next(r, &a), 0); /* again past the end */
	gsb_reader_free(r);
	r = NULL;
	/* a reader over a document that breaks: errors, then 0 for ever */
	if (gsb_reader_open_memory(&r, minimal_xml, 40, "cut") == GSB_OK) {
		int rc, guard = 0;
		while ((rc = gsb_reader_next(r, &a)) != 0 && guard++ < 10) {
			if (rc == 1)
				gsb_application_free(a);
			else
				ck_assert_str_ne(gsb_error_last()->message, "");
		}
		ck_assert_int_eq(rc, 0);
		gsb_reader_free(r);
	}

	EXPECT_EINVAL(gsb_validate_file(NULL));
	EXPECT_CODE(GSB_EIO, gsb_validate_file("/nonexistent/geshibai/x.xml"));

	EXPECT_EINVAL(gsb_format_from_name(NULL, "json"));
	EXPECT_EINVAL(gsb_format_from_name(&f, NULL));
	EXPECT_FAIL(gsb_format_from_name(&f, "yaml"));

	EXPECT_EINVAL(gsb_writer_new(NULL, GSB_FORMAT_JSON, GSB_LANG_ZH, sink, &written));
	EXPECT_EINVAL(gsb_writer_new(&w, (gsb_format)BAD_ENUM, GSB_LANG_ZH, sink, &written));
	ck_assert_ptr_null(w);
	EXPECT_EINVAL(gsb_writer_new(&w, GSB_FORMAT_JSON, BAD_LANG, sink, &written));
	ck_assert_ptr_null(w);
	EXPECT_EINVAL(gsb_writer_new(&w, GSB_FORMAT_JSON, GSB_LANG_ZH, NULL, &written));
	ck_assert_ptr_null(w);
	EXPECT_EINVAL(gsb_writer_begin(NULL, 1));
	EXPECT_EINVAL(gsb_writer_decision(NULL, decision));
	EXPECT_EINVAL(gsb_writer_error(NULL, gsb_error_last()));
	EXPECT_EINVAL(gsb_writer_end(NULL));
	gsb_writer_free(NULL);

	for (int fmt = GSB_FORMAT_XML; fmt <= GSB_FORMAT_TEXT; fmt++) {
		GSB_OK_OR_FAIL(gsb_writer_new(&w, (gsb_format)fmt, GSB_LANG_ZH, sink, &written));
		/* out of order (before gsb_writer_begin): GSB_EINVAL */
		EXPECT_EINVAL(gsb_writer_decision(w, decision));
		EXPECT_EINVAL(gsb_writer_end(w));
		gsb_writer_free(w);
		GSB_OK_OR_FAIL(gsb_writer_new(&w, (gsb_format)fmt, GSB_LANG_ZH, sink, &written));
		GSB_OK_OR_FAIL(gsb_writer_begin(w, 1));
		EXPECT_EINVAL(gsb_writer_decision(w, NULL));
		EXPECT_EINVAL(gsb_writer_error(w, NULL));
		GSB_OK_OR_FAIL(gsb_writer_decision(w, decision));
		GSB_OK_OR_FAIL(gsb_writer_end(w));
		EXPECT_EINVAL(gsb_writer_decision(w, decision)); /* after the end */
		EXPECT_EINVAL(gsb_writer_end(w));
		gsb_writer_free(w);
		/* a writer whose output fails: GSB_EIO, and the library prints nothing */
		FILE *err = tmpfile();
		ck_assert_ptr_nonnull(err);
		fflush(stderr);
		int saved = dup(STDERR_FILENO);
		dup2(fileno(err), STDERR_FILENO);
		GSB_OK_OR_FAIL(gsb_writer_new(&w, (gsb_format)fmt, GSB_LANG_EN, refuse, NULL));
		int rc = gsb_writer_begin(w, 1);
		if (rc == GSB_OK)
			rc = gsb_writer_decision(w, decision);
		if (rc == GSB_OK)
			rc = gsb_writer_end(w);
		gsb_writer_free(w);
		w = NULL;
		fflush(stderr);
		dup2(saved, STDERR_FILENO);
		close(saved);
		long printed = ftell(err) > 0 ? ftell(err) : (fseek(err, 0, SEEK_END), ftell(err));
		fclose(err);
		ck_assert_int_eq(rc, GSB_EIO);
		ck_assert_str_ne(gsb_error_last()->message, "");
		ck_assert_msg(printed == 0, "format %d: the library wrote %ld bytes on stderr "
		              "when the output failed", fmt, printed);
	}
	ck_assert_uint_gt(written, 0);

	ck_assert_ptr_null(gsb_decision_to_string(NULL, GSB_FORMAT_JSON, GSB_LANG_ZH));
	ck_assert_ptr_null(gsb_decision_to_string(decision, (gsb_format)BAD_ENUM, GSB_LANG_ZH));
	char *s = gsb_decision_to_string(decision, GSB_FORMAT_JSON, BAD_LANG);
	gsb_free(s); /* NULL or a string */
}
END_TEST

/* ------------------------------------------------------------ ledger.h */
START_TEST(ledger_null)
{
	gsb_ledger *l = NULL;
	gsb_audit *au = NULL;
	gsb_audit_writer *aw = NULL;
	gsb_misuse m;
	gsb_date d = gsb_date_from_ymd(2019, 9, 1);

	EXPECT_EINVAL(gsb_ledger_new(NULL));
	gsb_ledger_free(NULL);
	EXPECT_EINVAL(gsb_ledger_set_application(NULL, "x"));
	EXPECT_EINVAL(gsb_ledger_set_as_of(NULL, d));
	EXPECT_EINVAL(gsb_ledger_set_award(NULL, 1, d, GSB_FALSE));
	EXPECT_EINVAL(gsb_ledger_set_investment(NULL, 1));
	EXPECT_EINVAL(gsb_ledger_declare_budget(NULL));
	EXPECT_EINVAL(gsb_ledger_add_budget_line(NULL, "x", 1));
	EXPECT_EINVAL(gsb_ledger_add_transfer(NULL, "t", "province", "recipient", 1, d));
	EXPECT_EINVAL(gsb_ledger_add_expense(NULL, "e", d, 1, "x", NULL, NULL));
	EXPECT_EINVAL(gsb_ledger_add_subsidy(NULL, NULL, 1));
	EXPECT_EINVAL(gsb_ledger_add_metric(NULL, "m", "1", "1"));
	ck_assert_ptr_null(gsb_ledger_application(NULL));
	ck_assert_int_eq(gsb_ledger_as_of(NULL), GSB_DATE_NONE);
	ck_assert_uint_eq(gsb_ledger_transfer_count(NULL), 0);
	ck_assert_uint_eq(gsb_ledger_expense_count(NULL), 0);
	EXPECT_EINVAL(gsb_ledger_read_file(NULL, "l.xml"));
	EXPECT_EINVAL(gsb_ledger_read_file(&l, NULL));
	ck_assert_ptr_null(l);
	EXPECT_CODE(GSB_EIO, gsb_ledger_read_file(&l, "/nonexistent/geshibai/l.xml"));
	ck_assert_ptr_null(l);
	EXPECT_EINVAL(gsb_ledger_read_memory(NULL, "<ledger/>", 9, NULL));
	EXPECT_EINVAL(gsb_ledger_read_memory(&l, NULL, 9, NULL));
	EXPECT_FAIL(gsb_ledger_read_memory(&l, "", 0, NULL));
	ck_assert_ptr_null(l);

	GSB_OK_OR_FAIL(gsb_ledger_new(&l));
	/* NULL may clear the id (GSB_OK) or be refused; either way no crash */
	gsb_error_clear();
	int rc_app = gsb_ledger_set_application(l, NULL);
	ck_assert(rc_app == GSB_OK || rc_app == GSB_EINVAL);
	EXPECT_EINVAL(gsb_ledger_set_application(l, invalid_utf8));
	EXPECT_FAIL(gsb_ledger_set_award(l, -1, d, GSB_FALSE));
	EXPECT_EINVAL(gsb_ledger_set_award(l, 1, d, (gsb_tri)7));
	EXPECT_FAIL(gsb_ledger_set_investment(l, -1));
	EXPECT_EINVAL(gsb_ledger_add_budget_line(l, NULL, 1));
	EXPECT_FAIL(gsb_ledger_add_budget_line(l, "x", -1));
	EXPECT_EINVAL(gsb_ledger_add_transfer(l, NULL, "province", "recipient", 1, d));
	EXPECT_EINVAL(gsb_ledger_add_transfer(l, "", "province", "recipient", 1, d));
	EXPECT_EINVAL(gsb_ledger_add_transfer(l, "t", NULL, "recipient", 1, d));
	EXPECT_EINVAL(gsb_ledger_add_transfer(l, "t", "province", "", 1, d));
	EXPECT_EINVAL(gsb_ledger_add_transfer(l, "t", "province", invalid_utf8, 1, d));
	EXPECT_FAIL(gsb_ledger_add_transfer(l, "t", "province", "recipient", -1, d));
	EXPECT_EINVAL(gsb_ledger_add_transfer(l, "t", "province", "recipient", 1, GSB_DATE_NONE));
	EXPECT_EINVAL(gsb_ledger_add_expense(l, NULL, d, 1, "x", NULL, NULL));
	EXPECT_EINVAL(gsb_ledger_add_expense(l, "e", GSB_DATE_NONE, 1, "x", NULL, NULL));
	EXPECT_FAIL(gsb_ledger_add_expense(l, "e", d, -1, "x", NULL, NULL));
	EXPECT_EINVAL(gsb_ledger_add_expense(l, "e", d, 1, "x", invalid_utf8, NULL));
	EXPECT_FAIL(gsb_ledger_add_subsidy(l, NULL, -1));
	EXPECT_EINVAL(gsb_ledger_add_metric(l, NULL, "1", "1"));
	EXPECT_EINVAL(gsb_ledger_add_metric(l, "m", NULL, "1"));
	EXPECT_FAIL(gsb_ledger_add_metric(l, "m", "one", "1"));
	ck_assert_uint_eq(gsb_ledger_transfer_count(l), 0);
	ck_assert_uint_eq(gsb_ledger_expense_count(l), 0);

	ck_assert_ptr_null(gsb_misuse_name((gsb_misuse)BAD_ENUM));
	ck_assert_ptr_null(gsb_misuse_name((gsb_misuse)NEG_ENUM));
	ck_assert_ptr_null(gsb_misuse_label((gsb_misuse)BAD_ENUM, GSB_LANG_ZH));
	EXPECT_NULL_OR_STRING(gsb_misuse_label(GSB_MISUSE_FRAUD, BAD_LANG));
	EXPECT_EINVAL(gsb_misuse_from_name(NULL, "fraud"));
	EXPECT_EINVAL(gsb_misuse_from_name(&m, NULL));
	EXPECT_CODE(GSB_ENOTFOUND, gsb_misuse_from_name(&m, "jaywalking"));

	EXPECT_EINVAL(gsb_audit_run(NULL, policy, l, d));
	EXPECT_EINVAL(gsb_audit_run(&au, NULL, l, d));
	EXPECT_EINVAL(gsb_audit_run(&au, policy, NULL, d));
	ck_assert_ptr_null(au);
	EXPECT_EINVAL(gsb_audit_file(NULL, policy, "l.xml", d));
	EXPECT_EINVAL(gsb_audit_file(&au, NULL, "l.xml", d));
	EXPECT_EINVAL(gsb_audit_file(&au, policy, NULL, d));
	EXPECT_CODE(GSB_EIO, gsb_audit_file(&au, policy, "/nonexistent/geshibai/l.xml", d));
	ck_assert_ptr_null(au);
	EXPECT_EINVAL(gsb_audit_memory(NULL, policy, "<ledger/>", 9, NULL, d));
	EXPECT_EINVAL(gsb_audit_memory(&au, NULL, "<ledger/>", 9, NULL, d));
	EXPECT_EINVAL(gsb_audit_memory(&au, policy, NULL, 9, NULL, d));
	EXPECT_FAIL(gsb_audit_memory(&au, policy, "", 0, NULL, d));
	ck_assert_ptr_null(au);
	gsb_audit_free(NULL);

	const gsb_audit *n = NULL;
	ck_assert_ptr_null(gsb_audit_ledger(n));
	ck_assert_int_eq(gsb_audit_as_of(n), GSB_DATE_NONE);
	ck_assert_ptr_null(gsb_audit_policy(n));
	ck_assert_int_eq(gsb_audit_clean(n), 0);
	ck_assert_uint_eq(gsb_audit_flag_count(n), 0);
	ck_assert_int_eq(gsb_audit_flag_category(n, 0), GSB_MISUSE_COUNT);
	ck_assert_ptr_null(gsb_audit_flag_provision(n, 0));
	ck_assert_int_eq(gsb_audit_flag_has_amount(n, 0), 0);
	ck_assert_int_eq(gsb_audit_flag_amount(n, 0), 0);
	ck_assert_ptr_null(gsb_audit_flag_subject(n, 0));
	ck_assert_uint_eq(gsb_audit_flag_evidence_count(n, 0), 0);
	ck_assert_ptr_null(gsb_audit_flag_evidence(n, 0, 0));
	ck_assert_ptr_null(gsb_audit_flag_reason(n, 0, GSB_LANG_ZH));
	ck_assert_ptr_null(gsb_audit_to_string(n, GSB_FORMAT_JSON, GSB_LANG_ZH));

	/* a real audit, indexed past its end */
	GSB_OK_OR_FAIL(gsb_ledger_set_award(l, 100000, d, GSB_FALSE));
	GSB_OK_OR_FAIL(gsb_ledger_add_transfer(l, "t1", "province", "city", 100000, d));
	GSB_OK_OR_FAIL(gsb_audit_run(&au, policy, l, gsb_date_from_ymd(2020, 6, 30)));
	size_t count = gsb_audit_flag_count(au);
	ck_assert_uint_ge(count, 1); /* withheld by the city */
	const size_t past[] = { count, 1000, SIZE_MAX };
	for (size_t k = 0; k < sizeof past / sizeof past[0]; k++) {
		size_t i = past[k];
		ck_assert_ptr_null(gsb_audit_flag_provision(au, i));
		ck_assert_int_eq(gsb_audit_flag_has_amount(au, i), 0);
		ck_assert_int_eq(gsb_audit_flag_amount(au, i), 0);
		ck_assert_ptr_null(gsb_audit_flag_subject(au, i));
		ck_assert_uint_eq(gsb_audit_flag_evidence_count(au, i), 0);
		ck_assert_ptr_null(gsb_audit_flag_evidence(au, i, 0));
		ck_assert_ptr_null(gsb_audit_flag_reason(au, i, GSB_LANG_EN));
		ck_assert_ptr_null(gsb_audit_flag_evidence(au, 0, i));
	}
	EXPECT_NULL_OR_STRING(gsb_audit_flag_reason(au, 0, BAD_LANG));
	ck_assert_ptr_null(gsb_audit_to_string(au, (gsb_format)BAD_ENUM, GSB_LANG_ZH));

	EXPECT_EINVAL(gsb_audit_writer_new(NULL, GSB_FORMAT_JSON, GSB_LANG_ZH, sink, NULL));
	EXPECT_EINVAL(gsb_audit_writer_new(&aw, (gsb_format)BAD_ENUM, GSB_LANG_ZH, sink, NULL));
	EXPECT_EINVAL(gsb_audit_writer_new(&aw, GSB_FORMAT_JSON, GSB_LANG_ZH, NULL, NULL));
	ck_assert_ptr_null(aw);
	EXPECT_EINVAL(gsb_audit_writer_begin(NULL, 1));
	EXPECT_EINVAL(gsb_audit_writer_audit(NULL, au));
	EXPECT_EINVAL(gsb_audit_writer_error(NULL, gsb_error_last()));
	EXPECT_EINVAL(gsb_audit_writer_end(NULL));
	gsb_audit_writer_free(NULL);
	size_t written = 0;
	GSB_OK_OR_FAIL(gsb_audit_writer_new(&aw, GSB_FORMAT_XML, GSB_LANG_ZH, sink, &written));
	GSB_OK_OR_FAIL(gsb_audit_writer_begin(aw, 1));
	EXPECT_EINVAL(gsb_audit_writer_audit(aw, NULL));
	EXPECT_EINVAL(gsb_audit_writer_error(aw, NULL));
	GSB_OK_OR_FAIL(gsb_audit_writer_end(aw));
	gsb_audit_writer_free(aw);

	gsb_audit_free(au);
	gsb_ledger_free(l);
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("api_null");
	TCase *tc = tcase_create("null");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, common_null);
	tcase_add_test(tc, vocab_null);
	tcase_add_test(tc, policy_null);
	tcase_add_test(tc, application_null);
	tcase_add_test(tc, application_out_of_range);
	tcase_add_test(tc, evaluate_null);
	tcase_add_test(tc, decision_null_accessors);
	tcase_add_test(tc, decision_out_of_range);
	tcase_add_test(tc, io_null);
	tcase_add_test(tc, ledger_null);
	suite_add_tcase(s, tc);
	return s;
}
