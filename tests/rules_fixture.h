/*
 * Shared by the rule suites (check_eligibility, check_tier, check_priority,
 * check_subsidy, check_effect, check_decision): a complete application built
 * through the C API — eligible, cross-domain, recognised and listed for key
 * support — that each test then changes in one place.
 */
#ifndef GSB_RULES_FIXTURE_H
#define GSB_RULES_FIXTURE_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runner.h"
#include "internal.h"

/* Valid codes (GB 32100-2015 check characters), all in Shandong (37xxxx). */
#define FX_USCC "91370200718018514D"          /* 91 enterprise, 370200 */
#define FX_USCC_11 "11370100MB1234567Y"       /* 机关 */
#define FX_USCC_12 "12370100MB1234567U"       /* 事业单位 */
#define FX_USCC_51 "51370100MB1234567T"       /* 社会团体 */
#define FX_USCC_53 "53370100MB1234567L"       /* 基金会 */
#define FX_USCC_92 "92370100MA1234567H"       /* 个体工商户 */
#define FX_USCC_93 "93370100MA1234567E"       /* 农民专业合作社 */
#define FX_USCC_Y1 "Y1370100MA1234567Y"       /* other */
#define FX_USCC_91_BEIJING "91110000MA12345679"
#define FX_USCC_91_JIANGSU "91320100MA12345670"
#define FX_USCC_LETTER_DIVISION "9137AB00MA12345674"

static inline gsb_date fx_date(const char *s)
{
	gsb_date d = GSB_DATE_NONE;
	ck_assert_msg(gsb_date_parse(&d, s) == GSB_OK, "bad test date %s", s);
	return d;
}

/* Yuan as text ("12345.67") to fen. */
static inline gsb_fen fx_fen(const char *yuan)
{
	gsb_fen f = 0;
	ck_assert_msg(gsb_fen_parse(&f, yuan) == GSB_OK, "bad test amount %s", yuan);
	return f;
}

static inline void fx_add(gsb_application *a, gsb_list list, const char *item)
{
	GSB_OK_OR_FAIL(gsb_application_add_item(a, list, item));
}

/* docs/formats.md's example application, without funding, listings or effect. */
static inline gsb_application *fx_app(void)
{
	gsb_application *a = NULL;
	GSB_OK_OR_FAIL(gsb_application_new(&a));
	GSB_OK_OR_FAIL(gsb_application_set_id(a, "T-0001"));
	GSB_OK_OR_FAIL(gsb_application_set_year(a, 2019));
	GSB_OK_OR_FAIL(gsb_application_set_submitted(a, fx_date("2019-06-14")));
	GSB_OK_OR_FAIL(gsb_application_set_uscc(a, FX_USCC));
	GSB_OK_OR_FAIL(gsb_application_set_division(a, "370212"));
	GSB_OK_OR_FAIL(gsb_application_set_legal_form(a, GSB_LEGAL_ENTERPRISE_LEGAL_PERSON));
	for (int f = GSB_FACT_DISHONEST_DEBTOR; f <= GSB_FACT_MAJOR_TAX_VIOLATION; f++)
		GSB_OK_OR_FAIL(gsb_application_set_fact(a, (gsb_fact)f, GSB_FALSE));
	for (int f = GSB_FACT_CAPABLE; f <= GSB_FACT_DEMONSTRATION_EFFECT; f++)
		GSB_OK_OR_FAIL(gsb_application_set_fact(a, (gsb_fact)f, GSB_TRUE));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_GOVERNMENT_LED, GSB_FALSE));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_THIRD_PARTY_OPERATED, GSB_FALSE));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_INTRANET_UPGRADE, GSB_TRUE));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_INDUSTRY_LEADING, GSB_TRUE));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_RECOGNISED, GSB_TRUE));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_KEY_SUPPORT, GSB_TRUE));
	GSB_OK_OR_FAIL(gsb_application_set_builder_type(a, GSB_BUILDER_INDUSTRY_LEADER));
	GSB_OK_OR_FAIL(gsb_application_set_operating_since(a, fx_date("2017-04-20")));
	fx_add(a, GSB_LIST_INDUSTRIES, "high-end-equipment");
	fx_add(a, GSB_LIST_INDUSTRIES, "new-generation-it");
	fx_add(a, GSB_LIST_DOMAINS, "rnd");
	fx_add(a, GSB_LIST_DOMAINS, "manufacturing");
	fx_add(a, GSB_LIST_RESOURCES, "databases");
	fx_add(a, GSB_LIST_RESOURCES, "algorithm-libraries");
	fx_add(a, GSB_LIST_RESOURCES, "modelling-tools");
	fx_add(a, GSB_LIST_RESOURCES, "development-interfaces");
	fx_add(a, GSB_LIST_RESOURCES, "micro-services");
	fx_add(a, GSB_LIST_CAPABILITIES, "massive-device-access");
	fx_add(a, GSB_LIST_CAPABILITIES, "large-scale-api-calls");
	fx_add(a, GSB_LIST_CAPABILITIES, "multi-party-sharing");
	fx_add(a, GSB_LIST_FUNCTIONS, "economic-monitoring");
	fx_add(a, GSB_LIST_REGIONAL_FUNCTIONS, "regional-data-collection");
	fx_add(a, GSB_LIST_CLUSTERS, "textiles");
	fx_add(a, GSB_LIST_SCENARIOS, "remote-maintenance");
	return a;
}

static inline gsb_policy *fx_policy(void)
{
	gsb_policy *p = NULL;
	GSB_OK_OR_FAIL(gsb_policy_new(&p));
	return p;
}

/* Evaluate with reasons; fails the test when the evaluation fails. */
static inline gsb_decision *fx_eval_at(const gsb_policy *p, const gsb_application *a,
                                       const char *as_of)
{
	gsb_decision *d = NULL;
	GSB_OK_OR_FAIL(gsb_evaluate(&d, p, a, as_of ? fx_date(as_of) : GSB_DATE_NONE,
	                            GSB_EVAL_DEFAULT));
	ck_assert_ptr_nonnull(d);
	return d;
}

/* Index of a check or criterion id, failing when there is none. */
static inline size_t fx_check(const gsb_decision *d, const char *id)
{
	for (size_t i = 0; i < gsb_decision_check_count(d); i++)
		if (strcmp(gsb_decision_check_id(d, i), id) == 0)
			return i;
	ck_abort_msg("no check %s", id);
	return 0;
}

static inline size_t fx_criterion(const gsb_decision *d, const char *id)
{
	for (size_t i = 0; i < gsb_decision_criterion_count(d); i++)
		if (strcmp(gsb_decision_criterion_id(d, i), id) == 0)
			return i;
	ck_abort_msg("no criterion %s", id);
	return 0;
}

static inline gsb_tri fx_check_result(const gsb_decision *d, const char *id)
{
	return gsb_decision_check_result(d, fx_check(d, id));
}

static inline gsb_tri fx_criterion_result(const gsb_decision *d, const char *id)
{
	return gsb_decision_criterion_result(d, fx_criterion(d, id));
}

static inline const char *fx_reason(const gsb_decision *d, const char *id, gsb_lang lang)
{
	return gsb_decision_check_reason(d, fx_check(d, id), lang);
}
#endif
