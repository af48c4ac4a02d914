/*
 * Relevance (lib/relevance.c, docs/relevance.md): the needs of each kind,
 * their values, words and proofs, the potential, the flag that turns it off,
 * and the accessors' contracts. The property over a generated corpus is
 * tests/relevance.sh.
 */
#include "rules_fixture.h"
#include "relevance_int.h"

/* Index of the need of fact (and value, when not NULL), or -1. */
static long need_of(const gsb_decision *d, const char *fact, const char *value)
{
	for (size_t i = 0; i < gsb_decision_need_count(d); i++)
		if (strcmp(gsb_decision_need_fact(d, i), fact) == 0 &&
		    (value == NULL || (gsb_decision_need_value(d, i) &&
		                       strcmp(gsb_decision_need_value(d, i), value) == 0)))
			return (long)i;
	return -1;
}

/* Make a list of the fixture absent (white box: there is no setter to
 * undeclare one, as a document simply leaves it out). */
static void drop_list(gsb_application *a, gsb_list list)
{
	gsb__strlist *l = &a->lists[list];
	for (size_t i = 0; i < l->n; i++)
		free(l->items[i]);
	l->n = 0;
	l->declared = false;
	l->facts = (gsb__list_facts){ 0 };
	l->facts_n = 0;
}

START_TEST(complete_has_none)
{
	gsb_policy *p = fx_policy();
	gsb_application *a = fx_app();
	gsb_decision *d = fx_eval_at(p, a, NULL);
	ck_assert_int_eq(gsb_decision_outcome(d), GSB_OUTCOME_ELIGIBLE);
	ck_assert_int_eq(gsb_decision_undetermined_count(d), 0);
	ck_assert_int_eq(gsb_decision_has_relevance(d), 0);
	ck_assert_uint_eq(gsb_decision_need_count(d), 0);
	/* without relevance the potential is the decision itself */
	ck_assert_int_eq(gsb_decision_potential_outcome(d), gsb_decision_outcome(d));
	ck_assert_int_eq(gsb_decision_potential_tier(d), gsb_decision_tier(d));
	ck_assert_int_eq(gsb_decision_potential_granted(d), gsb_decision_granted(d));
	gsb_decision_free(d);
	gsb_application_free(a);
	gsb_policy_free(p);
}
END_TEST

START_TEST(condition_and_blacklist)
{
	gsb_policy *p = fx_policy();
	gsb_application *a = fx_app();
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_CAPABLE, GSB_UNKNOWN));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_SERIOUS_DISHONESTY, GSB_UNKNOWN));
	gsb_decision *d = fx_eval_at(p, a, NULL);
	ck_assert_int_eq(gsb_decision_outcome(d), GSB_OUTCOME_INCOMPLETE);
	ck_assert_int_eq(gsb_decision_has_relevance(d), 1);
	ck_assert_uint_eq(gsb_decision_need_count(d), 2);
	/* in check order: good-credit before capable */
	ck_assert_str_eq(gsb_decision_need_fact(d, 0), "applicant/credit/@seriousDishonesty");
	ck_assert_str_eq(gsb_decision_need_value(d, 0), "false");
	ck_assert_str_eq(gsb_decision_need_for(d, 0, 0), "applicant.good-credit");
	ck_assert_str_eq(gsb_decision_need_fact(d, 1), "applicant/capable");
	ck_assert_str_eq(gsb_decision_need_value(d, 1), "true");
	ck_assert_uint_eq(gsb_decision_need_for_count(d, 1), 1);
	ck_assert_str_eq(gsb_decision_need_for(d, 1, 0), "applicant.capable");
	ck_assert_str_eq(gsb_decision_need_provision(d, 1), "3.2.1");
	/* the words and proof come from the materials table */
	const gsb__material *m = gsb__material_of("applicant/capable");
	ck_assert_ptr_nonnull(m);
	ck_assert_str_eq(gsb_decision_need_label(d, 1, GSB_LANG_ZH), m->label[GSB_LANG_ZH]);
	ck_assert_str_eq(gsb_decision_need_proof(d, 1, GSB_LANG_EN), m->proof[GSB_LANG_EN]);
	/* the potential: eligible, the same tier, the grant of the complete one */
	ck_assert_int_eq(gsb_decision_potential_outcome(d), GSB_OUTCOME_ELIGIBLE);
	ck_assert_int_eq(gsb_decision_potential_tier(d), GSB_TIER_CROSS_DOMAIN);
	ck_assert_int_eq(gsb_decision_granted(d), 0);
	gsb_application *full = fx_app();
	gsb_decision *e = fx_eval_at(p, full, NULL);
	ck_assert_int_eq(gsb_decision_potential_granted(d), gsb_decision_granted(e));
	gsb_decision_free(e);
	gsb_application_free(full);
	gsb_decision_free(d);
	gsb_application_free(a);
	gsb_policy_free(p);
}
END_TEST

START_TEST(naming_facts_have_no_value)
{
	gsb_policy *p = fx_policy();
	gsb_application *a = fx_app();
	/* white box: no credit code, no division (a document leaves them out) */
	free(a->uscc);
	a->uscc = NULL;
	a->division[0] = '\0';
	gsb_decision *d = fx_eval_at(p, a, NULL);
	ck_assert_int_eq(gsb_decision_outcome(d), GSB_OUTCOME_INCOMPLETE);
	/* one need, the credit code, settles identity and the division */
	ck_assert_uint_eq(gsb_decision_need_count(d), 1);
	ck_assert_str_eq(gsb_decision_need_fact(d, 0), "applicant/uscc");
	ck_assert_ptr_null(gsb_decision_need_value(d, 0));
	ck_assert_uint_eq(gsb_decision_need_for_count(d, 0), 2);
	ck_assert_str_eq(gsb_decision_need_for(d, 0, 0), "applicant.identity");
	ck_assert_str_eq(gsb_decision_need_for(d, 0, 1), "applicant.in-shandong");
	ck_assert_int_eq(gsb_decision_potential_outcome(d), GSB_OUTCOME_ELIGIBLE);
	gsb_decision_free(d);
	gsb_application_free(a);
	gsb_policy_free(p);
}
END_TEST

START_TEST(list_threshold_fewest_items_in_order)
{
	gsb_policy *p = fx_policy();
	gsb_application *a = fx_app();
	drop_list(a, GSB_LIST_RESOURCES);
	drop_list(a, GSB_LIST_INDUSTRIES);
	gsb_decision *d = fx_eval_at(p, a, NULL);
	ck_assert_int_eq(fx_criterion_result(d, "cross-domain"), GSB_UNKNOWN);
	ck_assert_int_eq(gsb_decision_tier(d), GSB_TIER_ENTERPRISE);
	ck_assert_int_eq(gsb_decision_has_relevance(d), 1);
	/* the five resources of the vocabulary, in its order */
	for (size_t k = 0; k < gsb_list_code_count(GSB_LIST_RESOURCES); k++) {
		long i = need_of(d, "platform/resources/resource", gsb_list_code(GSB_LIST_RESOURCES, k));
		ck_assert_int_ge(i, 0);
		ck_assert_int_eq(i, need_of(d, "platform/resources/resource", NULL) + (long)k);
	}
	/* two industries (min-industries 2), the first two ten-strong ones */
	ck_assert_int_ge(need_of(d, "platform/industries/industry", "new-generation-it"), 0);
	ck_assert_int_ge(need_of(d, "platform/industries/industry", "high-end-equipment"), 0);
	ck_assert_int_lt(need_of(d, "platform/industries/industry", "new-energy-materials"), 0);
	/* the item's label stands beside the list's words */
	long i = need_of(d, "platform/resources/resource", "databases");
	ck_assert_ptr_nonnull(strstr(gsb_decision_need_label(d, (size_t)i, GSB_LANG_ZH), "数据库"));
	ck_assert_int_eq(gsb_decision_potential_tier(d), GSB_TIER_CROSS_DOMAIN);
	gsb_decision_free(d);
	gsb_application_free(a);
	gsb_policy_free(p);
}
END_TEST

START_TEST(enterprise_kind_with_fewest_needs)
{
	gsb_policy *p = fx_policy();
	gsb_application *a = fx_app();
	/* no tier above none is known: cross-domain false, every kind unknown */
	drop_list(a, GSB_LIST_CLUSTERS);
	drop_list(a, GSB_LIST_SCENARIOS);
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_INTRANET_UPGRADE, GSB_UNKNOWN));
	drop_list(a, GSB_LIST_CAPABILITIES);
	GSB_OK_OR_FAIL(gsb_application_declare_list(a, GSB_LIST_CAPABILITIES));
	gsb_decision *d = fx_eval_at(p, a, NULL);
	ck_assert_int_eq(gsb_decision_tier(d), GSB_TIER_NONE);
	ck_assert_uint_eq(gsb_decision_undetermined_count(d), 1);
	/* industry needs one fact (intranet), region one (a cluster), scenario
	 * one: ties go to the first kind, industry */
	ck_assert_uint_eq(gsb_decision_need_count(d), 1);
	ck_assert_str_eq(gsb_decision_need_fact(d, 0), "platform/intranetUpgrade");
	ck_assert_str_eq(gsb_decision_need_for(d, 0, 0), "enterprise/industry");
	ck_assert_int_eq(gsb_decision_potential_tier(d), GSB_TIER_ENTERPRISE);
	gsb_decision_free(d);
	gsb_application_free(a);
	gsb_policy_free(p);
}
END_TEST

START_TEST(review_facts)
{
	gsb_policy *p = fx_policy();
	gsb_application *a = fx_app();
	GSB_OK_OR_FAIL(gsb_application_set_award(a, fx_fen("12000000.00")));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_RECOGNISED, GSB_UNKNOWN));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_KEY_SUPPORT, GSB_UNKNOWN));
	gsb_decision *d = fx_eval_at(p, a, NULL);
	ck_assert_int_eq(gsb_decision_outcome(d), GSB_OUTCOME_ELIGIBLE);
	ck_assert_int_eq(gsb_decision_granted(d), 0);
	ck_assert_uint_eq(gsb_decision_need_count(d), 2);
	ck_assert_str_eq(gsb_decision_need_fact(d, 0), "review/@recognised");
	ck_assert_str_eq(gsb_decision_need_fact(d, 1), "review/@keySupport");
	ck_assert_str_eq(gsb_decision_need_for(d, 1, 0), "subsidy");
	/* 12,000,000.00 requested, scaled to the 10,000,000.00 cap */
	ck_assert_int_eq(gsb_decision_potential_granted(d), fx_fen("10000000.00"));
	gsb_decision_free(d);

	/* not listed for key support: nothing to wait for, nothing to ask */
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_KEY_SUPPORT, GSB_FALSE));
	d = fx_eval_at(p, a, NULL);
	ck_assert_int_eq(gsb_decision_has_relevance(d), 0);
	gsb_decision_free(d);

	/* ineligible: a false check cannot be repaired, so no review need */
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_KEY_SUPPORT, GSB_UNKNOWN));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_OWNER, GSB_FALSE));
	d = fx_eval_at(p, a, NULL);
	ck_assert_int_eq(gsb_decision_outcome(d), GSB_OUTCOME_INELIGIBLE);
	ck_assert_int_eq(gsb_decision_has_relevance(d), 0);
	gsb_decision_free(d);
	gsb_application_free(a);
	gsb_policy_free(p);
}
END_TEST

START_TEST(flag_turns_it_off_and_changes_nothing_else)
{
	gsb_policy *p = fx_policy();
	gsb_application *a = fx_app();
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_OWNER, GSB_UNKNOWN));
	drop_list(a, GSB_LIST_FUNCTIONS);
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_GOVERNMENT_LED, GSB_UNKNOWN));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_THIRD_PARTY_OPERATED, GSB_UNKNOWN));
	gsb_decision *on = NULL, *off = NULL;
	GSB_OK_OR_FAIL(gsb_evaluate(&on, p, a, GSB_DATE_NONE, GSB_EVAL_DEFAULT));
	GSB_OK_OR_FAIL(gsb_evaluate(&off, p, a, GSB_DATE_NONE, GSB_EVAL_NO_RELEVANCE));
	ck_assert_int_eq(gsb_decision_has_relevance(on), 1);
	ck_assert_int_eq(gsb_decision_has_relevance(off), 0);
	ck_assert_uint_eq(gsb_decision_need_count(off), 0);
	ck_assert_int_eq(gsb_decision_potential_tier(on), GSB_TIER_COMPREHENSIVE);
	ck_assert_int_eq(gsb_decision_potential_tier(off), gsb_decision_tier(off));
	/* every other result is the same */
	char *x = gsb_decision_to_string(on, GSB_FORMAT_XML, GSB_LANG_ZH);
	char *y = gsb_decision_to_string(off, GSB_FORMAT_XML, GSB_LANG_ZH);
	ck_assert_ptr_nonnull(x);
	ck_assert_ptr_nonnull(y);
	char *rel = strstr(x, "  <relevance>");
	ck_assert_ptr_nonnull(rel);
	char *end = strstr(rel, "</relevance>\n");
	ck_assert_ptr_nonnull(end);
	memmove(rel, end + strlen("</relevance>\n"), strlen(end + strlen("</relevance>\n")) + 1);
	ck_assert_str_eq(x, y);
	gsb_free(x);
	gsb_free(y);
	gsb_decision_free(on);
	gsb_decision_free(off);
	gsb_application_free(a);
	gsb_policy_free(p);
}
END_TEST

START_TEST(accessor_contracts)
{
	ck_assert_int_eq(gsb_decision_has_relevance(NULL), 0);
	ck_assert_uint_eq(gsb_decision_need_count(NULL), 0);
	ck_assert_ptr_null(gsb_decision_need_fact(NULL, 0));
	ck_assert_ptr_null(gsb_decision_need_value(NULL, 0));
	ck_assert_uint_eq(gsb_decision_need_for_count(NULL, 0), 0);
	ck_assert_ptr_null(gsb_decision_need_for(NULL, 0, 0));
	ck_assert_ptr_null(gsb_decision_need_label(NULL, 0, GSB_LANG_ZH));
	ck_assert_ptr_null(gsb_decision_need_proof(NULL, 0, GSB_LANG_ZH));
	ck_assert_ptr_null(gsb_decision_need_provision(NULL, 0));
	ck_assert_int_eq(gsb_decision_potential_outcome(NULL), GSB_OUTCOME_INCOMPLETE);
	ck_assert_int_eq(gsb_decision_potential_tier(NULL), GSB_TIER_NONE);
	ck_assert_int_eq(gsb_decision_potential_granted(NULL), 0);

	gsb_policy *p = fx_policy();
	gsb_application *a = fx_app();
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_BUILDER, GSB_UNKNOWN));
	gsb_decision *d = fx_eval_at(p, a, NULL);
	size_t n = gsb_decision_need_count(d);
	ck_assert_uint_eq(n, 1);
	ck_assert_ptr_null(gsb_decision_need_fact(d, n));
	ck_assert_ptr_null(gsb_decision_need_for(d, 0, 1));
	ck_assert_ptr_null(gsb_decision_need_label(d, 0, (gsb_lang)7));
	ck_assert_ptr_null(gsb_decision_need_proof(d, 0, (gsb_lang)-1));
	ck_assert_ptr_null(gsb_decision_need_provision(d, n));
	gsb_decision_free(d);
	gsb_application_free(a);
	gsb_policy_free(p);
}
END_TEST

/* Every fact a need can name has its row in docs/materials.md, once. */
START_TEST(materials_table)
{
	ck_assert_uint_ge(gsb__material_count, 30);
	for (size_t i = 0; i < gsb__material_count; i++) {
		const gsb__material *m = &gsb__materials[i];
		ck_assert_ptr_eq(gsb__material_of(m->fact), m);
		for (int l = 0; l < 2; l++) {
			ck_assert_msg(m->label[l][0] && m->proof[l][0], "%s has empty words", m->fact);
		}
		ck_assert_msg(strchr("0123456789", m->provision[0]) != NULL, "%s: provision %s",
		              m->fact, m->provision);
	}
	ck_assert_ptr_null(gsb__material_of("applicant/nothing"));
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("relevance");
	TCase *tc = tcase_create("relevance");
	tcase_add_test(tc, complete_has_none);
	tcase_add_test(tc, condition_and_blacklist);
	tcase_add_test(tc, naming_facts_have_no_value);
	tcase_add_test(tc, list_threshold_fewest_items_in_order);
	tcase_add_test(tc, enterprise_kind_with_fewest_needs);
	tcase_add_test(tc, review_facts);
	tcase_add_test(tc, flag_turns_it_off_and_changes_nothing_else);
	tcase_add_test(tc, accessor_contracts);
	tcase_add_test(tc, materials_table);
	suite_add_tcase(s, tc);
	return s;
}
