/* Tests for lib/tier.c: the criteria of docs/rules.md §4 and §11.7–§11.9. */
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

/* Forget a list entirely (no setter undeclares one). */
static void undeclare(gsb_list list)
{
	gsb__strlist *l = &A->lists[list];
	for (size_t i = 0; i < l->n; i++)
		free(l->items[i]);
	l->n = 0;
	l->declared = false;
}

/* Declare a list holding exactly the given items (NULL-terminated). */
static void set_list(gsb_list list, const char *first, ...)
{
	undeclare(list);
	GSB_OK_OR_FAIL(gsb_application_declare_list(A, list));
	va_list ap;
	va_start(ap, first);
	for (const char *s = first; s; s = va_arg(ap, const char *))
		fx_add(A, list, s);
	va_end(ap);
}

static gsb_tri criterion(const char *id)
{
	gsb_decision *d = fx_eval_at(P, A, NULL);
	gsb_tri t = fx_criterion_result(d, id);
	gsb_decision_free(d);
	return t;
}

static gsb_tier tier(void)
{
	gsb_decision *d = fx_eval_at(P, A, NULL);
	gsb_tier t = gsb_decision_tier(d);
	gsb_decision_free(d);
	return t;
}

static void make_comprehensive(void)
{
	GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_GOVERNMENT_LED, GSB_TRUE));
	GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_THIRD_PARTY_OPERATED, GSB_TRUE));
	set_list(GSB_LIST_FUNCTIONS, "economic-monitoring", "government-decision-support",
	         "resource-integration", "enterprise-decision-support", NULL);
}

START_TEST(example_is_cross_domain)
{
	gsb_decision *d = fx_eval_at(P, A, NULL);
	static const char *const ids[] = { "comprehensive", "cross-domain", "enterprise/industry",
		"enterprise/region", "enterprise/scenario" };
	static const char *const provisions[] = { "3.1.2", "3.1.3", "3.1.4", "3.1.4", "3.1.4" };
	static const gsb_tri want[] = { GSB_FALSE, GSB_TRUE, GSB_TRUE, GSB_FALSE, GSB_TRUE };
	ck_assert_int_eq(gsb_decision_criterion_count(d), 5);
	for (size_t i = 0; i < 5; i++) {
		ck_assert_str_eq(gsb_decision_criterion_id(d, i), ids[i]);
		ck_assert_str_eq(gsb_decision_criterion_provision(d, i), provisions[i]);
		ck_assert_int_eq(gsb_decision_criterion_result(d, i), want[i]);
		ck_assert_msg(strlen(gsb_decision_criterion_reason(d, i, GSB_LANG_ZH)) > 0, "zh");
		ck_assert_msg(strlen(gsb_decision_criterion_reason(d, i, GSB_LANG_EN)) > 0, "en");
	}
	ck_assert_ptr_null(gsb_decision_criterion_id(d, 5));
	ck_assert_int_eq(gsb_decision_tier(d), GSB_TIER_CROSS_DOMAIN);
	ck_assert_uint_eq(gsb_decision_enterprise_kinds(d), GSB_KIND_INDUSTRY | GSB_KIND_SCENARIO);
	ck_assert_int_eq(gsb_decision_undetermined_count(d), 0);
	ck_assert_int_eq(gsb_decision_claimed_tier(d), GSB_TIER_NONE);
	ck_assert_int_eq(gsb_decision_relation(d), GSB_RELATION_NONE);
	ck_assert_ptr_null(gsb_relation_name(GSB_RELATION_NONE));
	ck_assert_str_eq(gsb_decision_criterion_reason(d, 2, GSB_LANG_EN),
	                 "serves a ten-strong industry=true; intranet upgraded=true; "
	                 "industry-leading=true");
	gsb_decision_free(d);
}
END_TEST

/* comprehensive (个) — 3.1.2 */
START_TEST(comprehensive)
{
	make_comprehensive();
	ck_assert_int_eq(criterion("comprehensive"), GSB_TRUE);
	ck_assert_int_eq(tier(), GSB_TIER_COMPREHENSIVE);

	static const gsb_fact facts[] = { GSB_FACT_GOVERNMENT_LED, GSB_FACT_THIRD_PARTY_OPERATED };
	for (size_t i = 0; i < 2; i++) {
		GSB_OK_OR_FAIL(gsb_application_set_fact(A, facts[i], GSB_FALSE));
		ck_assert_int_eq(criterion("comprehensive"), GSB_FALSE);
		GSB_OK_OR_FAIL(gsb_application_set_fact(A, facts[i], GSB_UNKNOWN));
		ck_assert_int_eq(criterion("comprehensive"), GSB_UNKNOWN);
		GSB_OK_OR_FAIL(gsb_application_set_fact(A, facts[i], GSB_TRUE));
	}
	set_list(GSB_LIST_FUNCTIONS, "economic-monitoring", "government-decision-support",
	         "resource-integration", NULL);
	ck_assert_int_eq(criterion("comprehensive"), GSB_FALSE);
	set_list(GSB_LIST_FUNCTIONS, NULL);
	ck_assert_int_eq(criterion("comprehensive"), GSB_FALSE);
	undeclare(GSB_LIST_FUNCTIONS);
	ck_assert_int_eq(criterion("comprehensive"), GSB_UNKNOWN);
	make_comprehensive();
	undeclare(GSB_LIST_INDUSTRIES);
	ck_assert_int_eq(criterion("comprehensive"), GSB_UNKNOWN);
	set_list(GSB_LIST_INDUSTRIES, "tyres", NULL);
	ck_assert_int_eq(criterion("comprehensive"), GSB_FALSE);
	set_list(GSB_LIST_INDUSTRIES, "tyres", "医养健康", NULL);
	ck_assert_int_eq(criterion("comprehensive"), GSB_TRUE);
}
END_TEST

/* cross-domain (十) — 3.1.3, Reading — 跨 */
START_TEST(cross_domain_resources_and_capabilities)
{
	set_list(GSB_LIST_RESOURCES, "databases", "algorithm-libraries", "modelling-tools",
	         "development-interfaces", NULL);
	ck_assert_int_eq(criterion("cross-domain"), GSB_FALSE);
	set_list(GSB_LIST_RESOURCES, "databases", "algorithm-libraries", "modelling-tools",
	         "development-interfaces", "databases", NULL); /* five items, four kinds */
	ck_assert_int_eq(criterion("cross-domain"), GSB_FALSE);
	undeclare(GSB_LIST_RESOURCES);
	ck_assert_int_eq(criterion("cross-domain"), GSB_UNKNOWN);
	set_list(GSB_LIST_RESOURCES, "databases", "algorithm-libraries", "modelling-tools",
	         "development-interfaces", NULL);
	GSB_OK_OR_FAIL(gsb__policy_add(P, GSB_P_MIN_RESOURCES, "4", GSB_DATE_NONE, GSB_DATE_NONE,
	                               NULL));
	ck_assert_int_eq(criterion("cross-domain"), GSB_TRUE);

	set_list(GSB_LIST_CAPABILITIES, "massive-device-access", "multi-party-sharing", NULL);
	ck_assert_int_eq(criterion("cross-domain"), GSB_FALSE);
	undeclare(GSB_LIST_CAPABILITIES);
	ck_assert_int_eq(criterion("cross-domain"), GSB_UNKNOWN);
	set_list(GSB_LIST_CAPABILITIES, "multi-party-sharing", "large-scale-api-calls",
	         "massive-device-access", NULL);
	ck_assert_int_eq(criterion("cross-domain"), GSB_TRUE);
}
END_TEST

START_TEST(cross_domain_industries_and_domains)
{
	set_list(GSB_LIST_INDUSTRIES, "smart-ocean", "现代海洋", NULL); /* one code */
	ck_assert_int_eq(criterion("cross-domain"), GSB_FALSE);
	set_list(GSB_LIST_INDUSTRIES, "smart-ocean", "tyres", NULL); /* ten-strong + other */
	ck_assert_int_eq(criterion("cross-domain"), GSB_TRUE);
	set_list(GSB_LIST_INDUSTRIES, "tyres", "textiles", NULL); /* others only */
	ck_assert_int_eq(criterion("cross-domain"), GSB_FALSE);
	set_list(GSB_LIST_INDUSTRIES, "smart-ocean", NULL);
	ck_assert_int_eq(criterion("cross-domain"), GSB_FALSE);
	GSB_OK_OR_FAIL(gsb__policy_add(P, GSB_P_MIN_INDUSTRIES, "1", GSB_DATE_NONE, GSB_DATE_NONE,
	                               NULL));
	ck_assert_int_eq(criterion("cross-domain"), GSB_TRUE);
	undeclare(GSB_LIST_INDUSTRIES);
	ck_assert_int_eq(criterion("cross-domain"), GSB_UNKNOWN);
	set_list(GSB_LIST_INDUSTRIES, "smart-ocean", "health-care", NULL);

	set_list(GSB_LIST_DOMAINS, "rnd", NULL);
	ck_assert_int_eq(criterion("cross-domain"), GSB_FALSE);
	set_list(GSB_LIST_DOMAINS, "rnd", "rnd", NULL);
	ck_assert_int_eq(criterion("cross-domain"), GSB_FALSE);
	undeclare(GSB_LIST_DOMAINS);
	ck_assert_int_eq(criterion("cross-domain"), GSB_UNKNOWN);
	set_list(GSB_LIST_DOMAINS, "logistics", "service", NULL);
	ck_assert_int_eq(criterion("cross-domain"), GSB_TRUE);
}
END_TEST

/* §11.8: devices and API calls only when their parameters are set. */
START_TEST(cross_domain_metrics)
{
	ck_assert_int_eq(criterion("cross-domain"), GSB_TRUE); /* no metrics, no parameter */
	GSB_OK_OR_FAIL(gsb__policy_add(P, GSB_P_MIN_DEVICES, "100000", GSB_DATE_NONE,
	                               GSB_DATE_NONE, NULL));
	ck_assert_int_eq(criterion("cross-domain"), GSB_UNKNOWN);
	GSB_OK_OR_FAIL(gsb_application_set_metric(A, GSB_METRIC_CONNECTED_DEVICES, 99999));
	ck_assert_int_eq(criterion("cross-domain"), GSB_FALSE);
	GSB_OK_OR_FAIL(gsb_application_set_metric(A, GSB_METRIC_CONNECTED_DEVICES, 100000));
	ck_assert_int_eq(criterion("cross-domain"), GSB_TRUE);
	GSB_OK_OR_FAIL(gsb__policy_add(P, GSB_P_MIN_API_CALLS, "5000000", GSB_DATE_NONE,
	                               GSB_DATE_NONE, NULL));
	ck_assert_int_eq(criterion("cross-domain"), GSB_UNKNOWN);
	GSB_OK_OR_FAIL(gsb_application_set_metric(A, GSB_METRIC_API_CALLS_PER_DAY, 4999999));
	ck_assert_int_eq(criterion("cross-domain"), GSB_FALSE);
	GSB_OK_OR_FAIL(gsb_application_set_metric(A, GSB_METRIC_API_CALLS_PER_DAY, 5000000));
	ck_assert_int_eq(criterion("cross-domain"), GSB_TRUE);
}
END_TEST

/* A parameter's validity period decides whether it applies. */
START_TEST(metric_parameter_with_period)
{
	GSB_OK_OR_FAIL(gsb__policy_add(P, GSB_P_MIN_DEVICES, "100000", fx_date("2020-01-01"),
	                               fx_date("2020-12-31"), NULL));
	gsb_decision *d = fx_eval_at(P, A, "2019-06-14");
	ck_assert_int_eq(fx_criterion_result(d, "cross-domain"), GSB_TRUE);
	gsb_decision_free(d);
	d = fx_eval_at(P, A, "2020-06-14");
	ck_assert_int_eq(fx_criterion_result(d, "cross-domain"), GSB_UNKNOWN);
	gsb_decision_free(d);
}
END_TEST

/* enterprise/industry (百) — 3.1.4 */
START_TEST(enterprise_industry)
{
	ck_assert_int_eq(criterion("enterprise/industry"), GSB_TRUE);
	static const gsb_fact facts[] = { GSB_FACT_INTRANET_UPGRADE, GSB_FACT_INDUSTRY_LEADING };
	for (size_t i = 0; i < 2; i++) {
		GSB_OK_OR_FAIL(gsb_application_set_fact(A, facts[i], GSB_FALSE));
		ck_assert_int_eq(criterion("enterprise/industry"), GSB_FALSE);
		GSB_OK_OR_FAIL(gsb_application_set_fact(A, facts[i], GSB_UNKNOWN));
		ck_assert_int_eq(criterion("enterprise/industry"), GSB_UNKNOWN);
		GSB_OK_OR_FAIL(gsb_application_set_fact(A, facts[i], GSB_TRUE));
	}
	set_list(GSB_LIST_INDUSTRIES, "tyres", NULL);
	ck_assert_int_eq(criterion("enterprise/industry"), GSB_FALSE);
	undeclare(GSB_LIST_INDUSTRIES);
	ck_assert_int_eq(criterion("enterprise/industry"), GSB_UNKNOWN);
}
END_TEST

/* enterprise/region (百) — 3.1.4, §11.7, §11.8 */
START_TEST(enterprise_region)
{
	ck_assert_int_eq(criterion("enterprise/region"), GSB_FALSE); /* one regional function */
	set_list(GSB_LIST_REGIONAL_FUNCTIONS, "regional-data-collection", "online-collaboration",
	         "resource-sharing", NULL);
	ck_assert_int_eq(criterion("enterprise/region"), GSB_TRUE);
	set_list(GSB_LIST_CLUSTERS, "某某产业集群", NULL); /* any name */
	ck_assert_int_eq(criterion("enterprise/region"), GSB_TRUE);
	set_list(GSB_LIST_CLUSTERS, NULL);
	ck_assert_int_eq(criterion("enterprise/region"), GSB_FALSE);
	undeclare(GSB_LIST_CLUSTERS);
	ck_assert_int_eq(criterion("enterprise/region"), GSB_UNKNOWN);
	set_list(GSB_LIST_CLUSTERS, "food", NULL);

	static const struct {
		gsb_builder_type type;
		gsb_tri want;
	} builders[] = {
		{ GSB_BUILDER_ICT_ENTERPRISE, GSB_FALSE }, { GSB_BUILDER_INDUSTRY_LEADER, GSB_TRUE },
		{ GSB_BUILDER_GOVERNMENT, GSB_FALSE },     { GSB_BUILDER_OTHER, GSB_FALSE },
		{ GSB_BUILDER_NONE, GSB_UNKNOWN },
	};
	for (size_t i = 0; i < GSB_ARRAY_LEN(builders); i++) {
		GSB_OK_OR_FAIL(gsb_application_set_builder_type(A, builders[i].type));
		ck_assert_msg(criterion("enterprise/region") == builders[i].want, "builder %zu", i);
	}
	GSB_OK_OR_FAIL(gsb_application_set_builder_type(A, GSB_BUILDER_INDUSTRY_LEADER));
	set_list(GSB_LIST_REGIONAL_FUNCTIONS, "regional-data-collection", "resource-sharing", NULL);
	ck_assert_int_eq(criterion("enterprise/region"), GSB_FALSE);
	undeclare(GSB_LIST_REGIONAL_FUNCTIONS);
	ck_assert_int_eq(criterion("enterprise/region"), GSB_UNKNOWN);
}
END_TEST

/* enterprise/scenario (百) — 3.1.4, §11.7 */
START_TEST(enterprise_scenario)
{
	ck_assert_int_eq(criterion("enterprise/scenario"), GSB_TRUE);
	set_list(GSB_LIST_SCENARIOS, "安全生产监测", NULL);
	ck_assert_int_eq(criterion("enterprise/scenario"), GSB_TRUE);
	set_list(GSB_LIST_SCENARIOS, NULL);
	ck_assert_int_eq(criterion("enterprise/scenario"), GSB_FALSE);
	undeclare(GSB_LIST_SCENARIOS);
	ck_assert_int_eq(criterion("enterprise/scenario"), GSB_UNKNOWN);
}
END_TEST

/* Classified tier, enterprise kinds, §11.9 undetermined. */
START_TEST(classification_and_undetermined)
{
	gsb_application *e;
	GSB_OK_OR_FAIL(gsb_application_new(&e));
	gsb_decision *d = fx_eval_at(P, e, "2019-06-14");
	ck_assert_int_eq(gsb_decision_tier(d), GSB_TIER_NONE);
	ck_assert_int_eq(gsb_decision_undetermined_count(d), 3);
	ck_assert_int_eq(gsb_decision_undetermined(d, 0), GSB_TIER_COMPREHENSIVE);
	ck_assert_int_eq(gsb_decision_undetermined(d, 1), GSB_TIER_CROSS_DOMAIN);
	ck_assert_int_eq(gsb_decision_undetermined(d, 2), GSB_TIER_ENTERPRISE);
	ck_assert_int_eq(gsb_decision_undetermined(d, 3), GSB_TIER_NONE);
	ck_assert_uint_eq(gsb_decision_enterprise_kinds(d), 0);
	gsb_decision_free(d);
	gsb_application_free(e);

	/* enterprise true, the two higher unknown */
	undeclare(GSB_LIST_RESOURCES);
	undeclare(GSB_LIST_FUNCTIONS);
	GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_GOVERNMENT_LED, GSB_TRUE));
	GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_THIRD_PARTY_OPERATED, GSB_UNKNOWN));
	d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_tier(d), GSB_TIER_ENTERPRISE);
	ck_assert_int_eq(gsb_decision_undetermined_count(d), 2);
	ck_assert_int_eq(gsb_decision_undetermined(d, 0), GSB_TIER_COMPREHENSIVE);
	ck_assert_int_eq(gsb_decision_undetermined(d, 1), GSB_TIER_CROSS_DOMAIN);
	gsb_decision_free(d);

	/* cross-domain true, comprehensive unknown: only the tier above */
	set_list(GSB_LIST_RESOURCES, "databases", "algorithm-libraries", "modelling-tools",
	         "development-interfaces", "micro-services", NULL);
	d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_tier(d), GSB_TIER_CROSS_DOMAIN);
	ck_assert_int_eq(gsb_decision_undetermined_count(d), 1);
	ck_assert_int_eq(gsb_decision_undetermined(d, 0), GSB_TIER_COMPREHENSIVE);
	gsb_decision_free(d);

	/* all three enterprise kinds; nothing above */
	set_list(GSB_LIST_FUNCTIONS, NULL);
	set_list(GSB_LIST_REGIONAL_FUNCTIONS, "regional-data-collection", "online-collaboration",
	         "resource-sharing", NULL);
	set_list(GSB_LIST_DOMAINS, "rnd", NULL);
	d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_tier(d), GSB_TIER_ENTERPRISE);
	ck_assert_uint_eq(gsb_decision_enterprise_kinds(d),
	                  GSB_KIND_INDUSTRY | GSB_KIND_REGION | GSB_KIND_SCENARIO);
	ck_assert_int_eq(gsb_decision_undetermined_count(d), 0);
	gsb_decision_free(d);
}
END_TEST

/* enterprise is the Kleene OR of its kinds (§11.9). */
START_TEST(enterprise_is_kleene_or)
{
	set_list(GSB_LIST_DOMAINS, "rnd", NULL); /* cross-domain false */
	undeclare(GSB_LIST_SCENARIOS);           /* scenario unknown */
	GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_INTRANET_UPGRADE, GSB_FALSE));
	gsb_decision *d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(fx_criterion_result(d, "enterprise/industry"), GSB_FALSE);
	ck_assert_int_eq(fx_criterion_result(d, "enterprise/region"), GSB_FALSE);
	ck_assert_int_eq(fx_criterion_result(d, "enterprise/scenario"), GSB_UNKNOWN);
	ck_assert_int_eq(gsb_decision_tier(d), GSB_TIER_NONE);
	ck_assert_int_eq(gsb_decision_undetermined_count(d), 1);
	ck_assert_int_eq(gsb_decision_undetermined(d, 0), GSB_TIER_ENTERPRISE);
	gsb_decision_free(d);
	set_list(GSB_LIST_SCENARIOS, NULL);
	d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_tier(d), GSB_TIER_NONE);
	ck_assert_int_eq(gsb_decision_undetermined_count(d), 0);
	gsb_decision_free(d);
}
END_TEST

/* Relation to the claimed tier. */
START_TEST(relation_to_claim)
{
	static const struct {
		gsb_tier claim;
		bool cross_domain; /* else: no tier */
		gsb_relation want;
		const char *name;
	} rows[] = {
		{ GSB_TIER_COMPREHENSIVE, true, GSB_RELATION_BELOW_CLAIM, "below-claim" },
		{ GSB_TIER_COMPREHENSIVE, false, GSB_RELATION_BELOW_CLAIM, "below-claim" },
		{ GSB_TIER_CROSS_DOMAIN, true, GSB_RELATION_MATCH, "match" },
		{ GSB_TIER_CROSS_DOMAIN, false, GSB_RELATION_BELOW_CLAIM, "below-claim" },
		{ GSB_TIER_ENTERPRISE, true, GSB_RELATION_ABOVE_CLAIM, "above-claim" },
		{ GSB_TIER_ENTERPRISE, false, GSB_RELATION_BELOW_CLAIM, "below-claim" },
		{ GSB_TIER_NONE, true, GSB_RELATION_NONE, NULL },
		{ GSB_TIER_NONE, false, GSB_RELATION_NONE, NULL },
	};
	for (size_t i = 0; i < GSB_ARRAY_LEN(rows); i++) {
		gsb_application_free(A);
		A = fx_app();
		if (!rows[i].cross_domain) {
			set_list(GSB_LIST_INDUSTRIES, "tyres", NULL);
			set_list(GSB_LIST_SCENARIOS, NULL);
			set_list(GSB_LIST_CLUSTERS, NULL);
		}
		GSB_OK_OR_FAIL(gsb_application_set_claimed_tier(A, rows[i].claim));
		gsb_decision *d = fx_eval_at(P, A, NULL);
		ck_assert_int_eq(gsb_decision_tier(d),
		                 rows[i].cross_domain ? GSB_TIER_CROSS_DOMAIN : GSB_TIER_NONE);
		ck_assert_int_eq(gsb_decision_claimed_tier(d), rows[i].claim);
		ck_assert_msg(gsb_decision_relation(d) == rows[i].want, "row %zu", i);
		if (rows[i].name)
			ck_assert_str_eq(gsb_relation_name(gsb_decision_relation(d)), rows[i].name);
		gsb_decision_free(d);
	}
	gsb_application_free(A);
	A = fx_app();
	make_comprehensive();
	GSB_OK_OR_FAIL(gsb_application_set_claimed_tier(A, GSB_TIER_COMPREHENSIVE));
	gsb_decision *d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_relation(d), GSB_RELATION_MATCH);
	gsb_decision_free(d);
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("tier");
	TCase *tc = tcase_create("tier");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, example_is_cross_domain);
	tcase_add_test(tc, comprehensive);
	tcase_add_test(tc, cross_domain_resources_and_capabilities);
	tcase_add_test(tc, cross_domain_industries_and_domains);
	tcase_add_test(tc, cross_domain_metrics);
	tcase_add_test(tc, metric_parameter_with_period);
	tcase_add_test(tc, enterprise_industry);
	tcase_add_test(tc, enterprise_region);
	tcase_add_test(tc, enterprise_scenario);
	tcase_add_test(tc, classification_and_undetermined);
	tcase_add_test(tc, enterprise_is_kleene_or);
	tcase_add_test(tc, relation_to_claim);
	suite_add_tcase(s, tc);
	return s;
}
