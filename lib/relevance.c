/*
 * libgeshibai — what it would take (docs/relevance.md; provisions 3.2, 3.1,
 * 4.1): the unknown facts that matter to a decision, each with the value
 * that would settle it in the applicant's favour, and the potential — the
 * outcome, tier and award the decision would have with all of them.
 *
 * The needs of each kind:
 *   - eligibility (3.2.1, 3.2.2), when the outcome is incomplete: for every
 *     unknown check, its absent facts — a condition true, a blacklist fact of
 *     the credit record false, and for the facts that name the applicant
 *     (credit code, division, legal form) no value at all;
 *   - tiers (3.1.2-3.1.4), for every undetermined tier above the classified
 *     one: the absent facts of its criterion — a condition true, an absent
 *     list the fewest items that meet its threshold, in the order of the
 *     vocabulary, a metric the least count the parameter asks for; for 百
 *     the kind of enterprise platform that needs the fewest facts;
 *   - review (4.1), when the outcome could become eligible with a tier: the
 *     absent recognition and key-support facts the award waits on.
 * A known fact is never a need: more facts cannot repair a false check.
 */
#include <string.h>
#include "relevance_int.h"

const gsb__material *gsb__material_of(const char *fact)
{
	for (size_t i = 0; i < gsb__material_count; i++)
		if (strcmp(gsb__materials[i].fact, fact) == 0)
			return &gsb__materials[i];
	return NULL;
}

/* Where each fact of application.h stands in the document. */
static const char *const fact_path[GSB_FACT_COUNT] = {
	[GSB_FACT_DISHONEST_DEBTOR] = "applicant/credit/@dishonestDebtor",
	[GSB_FACT_SERIOUS_DISHONESTY] = "applicant/credit/@seriousDishonesty",
	[GSB_FACT_MAJOR_TAX_VIOLATION] = "applicant/credit/@majorTaxViolation",
	[GSB_FACT_CAPABLE] = "applicant/capable",
	[GSB_FACT_BUILDER] = "applicant/builder",
	[GSB_FACT_OWNER] = "applicant/owner",
	[GSB_FACT_OPERATING_WELL] = "platform/operatingWell",
	[GSB_FACT_DEVELOPMENT_PLAN] = "platform/developmentPlan",
	[GSB_FACT_OVERALL_STRENGTH] = "platform/overallStrength",
	[GSB_FACT_PRECISE_POSITIONING] = "platform/precisePositioning",
	[GSB_FACT_USER_BASE] = "platform/userBase",
	[GSB_FACT_PROSPECTS] = "platform/prospects",
	[GSB_FACT_DEMONSTRATION_EFFECT] = "platform/demonstrationEffect",
	[GSB_FACT_GOVERNMENT_LED] = "platform/governmentLed",
	[GSB_FACT_THIRD_PARTY_OPERATED] = "platform/thirdPartyOperated",
	[GSB_FACT_INTRANET_UPGRADE] = "platform/intranetUpgrade",
	[GSB_FACT_INDUSTRY_LEADING] = "platform/industryLeading",
	[GSB_FACT_RECOGNISED] = "review/@recognised",
	[GSB_FACT_KEY_SUPPORT] = "review/@keySupport",
};

/* Where an item of each list stands. */
static const char *const list_path[GSB_LIST_COUNT] = {
	[GSB_LIST_INDUSTRIES] = "platform/industries/industry",
	[GSB_LIST_DOMAINS] = "platform/domains/domain",
	[GSB_LIST_RESOURCES] = "platform/resources/resource",
	[GSB_LIST_CAPABILITIES] = "platform/capabilities/capability",
	[GSB_LIST_FUNCTIONS] = "platform/functions/function",
	[GSB_LIST_REGIONAL_FUNCTIONS] = "platform/regionalFunctions/function",
	[GSB_LIST_CLUSTERS] = "platform/clusters/cluster",
	[GSB_LIST_SCENARIOS] = "platform/scenarios/scenario",
};

const gsb__material *gsb__fact_material(gsb_fact fact)
{
	return (unsigned)fact < GSB_FACT_COUNT ? gsb__material_of(fact_path[fact]) : NULL;
}

const gsb__material *gsb__list_material(gsb_list list)
{
	return (unsigned)list < GSB_LIST_COUNT ? gsb__material_of(list_path[list]) : NULL;
}

/* The facts behind each eligibility check that can be unknown (3.2.1,
 * 3.2.2) and is not simply the value of one fact (those, gsb__check_fact,
 * ask for that fact to be true): fact < 0 marks a fact that names the
 * applicant (no value to invent). The division is unknown only when there is neither a division nor
 * a valid credit code; then the credit code is missing too, and it settles
 * both (its positions 3-8 are the division): one need, not two. */
static const struct {
	const char *check;
	const char *path; /* for fact < 0 */
	int fact;
	const char *value;
} check_facts[] = {
	{ "applicant.identity", "applicant/uscc", -1, NULL },
	{ "applicant.in-shandong", "applicant/uscc", -1, NULL },
	{ "applicant.independent-liability", "applicant/legalForm", -1, NULL },
	{ "applicant.good-credit", NULL, GSB_FACT_DISHONEST_DEBTOR, "false" },
	{ "applicant.good-credit", NULL, GSB_FACT_SERIOUS_DISHONESTY, "false" },
	{ "applicant.good-credit", NULL, GSB_FACT_MAJOR_TAX_VIOLATION, "false" },
};

/* What the needs of one decision are gathered in. With dry set, needs are
 * only counted (to choose the cheapest kind of 百). */
typedef struct {
	gsb_decision *d;
	const gsb_policy *p;
	const gsb_application *a;
	struct gsb__relevance *r;
	bool dry;
	size_t counted;
	int rc;
} ctx;

static bool same_value(const char *x, const char *y)
{
	return x == y || (x && y && strcmp(x, y) == 0);
}

static const char *item_label(gsb__arena *arena, const char *row, const char *item, gsb_lang lang)
{
	if (item == NULL)
		return row;
	const char *s = gsb__arena_printf(arena, lang == GSB_LANG_ZH ? "%s：%s" : "%s: %s", row, item);
	return s ? s : row;
}

/* Add the need (path, value) for check or criterion id `for`; item: the
 * labels of a list item, or NULL. An existing need of the same fact and
 * value only gains the id. */
static void need(ctx *c, const char *path, const char *value, const char *const item[2],
                 const char *for_id)
{
	if (c->rc != GSB_OK)
		return;
	struct gsb__relevance *r = c->r;
	for (size_t i = 0; i < r->n; i++) {
		gsb__need *n = &r->needs[i];
		if (strcmp(n->m->fact, path) != 0 || !same_value(n->value, value))
			continue;
		for (size_t k = 0; k < n->n_for; k++)
			if (strcmp(n->fors[k], for_id) == 0)
				return;
		if (n->n_for < GSB__NEED_MAX_FOR)
			n->fors[n->n_for++] = for_id;
		return;
	}
	if (c->dry) {
		c->counted++;
		return;
	}
	const gsb__material *m = gsb__material_of(path);
	if (m == NULL) {
		c->rc = gsb__error(GSB_ERROR, "relevance: no material for %1$s (docs/materials.md)"
		                   GSB__ZH "补正所需：%1$s 在证明材料表（docs/materials.md）中没有条目", path);
		return;
	}
	if (r->n == r->cap) {
		size_t cap = r->cap ? 2 * r->cap : 8;
		gsb__need *grown = gsb__arena_alloc(&c->d->arena, cap * sizeof *grown);
		if (grown == NULL) {
			c->rc = gsb__error(GSB_ENOMEM, "out of memory");
			return;
		}
		if (r->n)
			memcpy(grown, r->needs, r->n * sizeof *grown);
		r->needs = grown;
		r->cap = cap;
	}
	gsb__need *n = &r->needs[r->n++];
	n->m = m;
	n->value = value;
	for (int l = GSB_LANG_ZH; l <= GSB_LANG_EN; l++)
		n->label[l] = item_label(&c->d->arena, m->label[l], item ? item[l] : NULL, (gsb_lang)l);
	n->fors[0] = for_id;
	n->n_for = 1;
}

/* A condition of application.h that is absent: true settles it. */
static void fact_need(ctx *c, gsb_fact f, const char *value, const char *for_id)
{
	if (c->a->facts[f] == GSB_UNKNOWN)
		need(c, fact_path[f], value, NULL, for_id);
}

/* An absent list: its first `count` codes (ten-strong industries for
 * industries), the fewest items that meet the criterion. */
static void list_need(ctx *c, gsb_list list, int64_t count, const char *for_id)
{
	if (c->a->lists[list].declared)
		return;
	size_t avail = list == GSB_LIST_INDUSTRIES ? (size_t)GSB_INDUSTRY_COUNT
	                                           : gsb_list_code_count(list);
	if (list == GSB_LIST_CLUSTERS || list == GSB_LIST_SCENARIOS)
		avail = 1; /* any one item: the first named one */
	if (count < 1)
		count = 1;
	for (size_t k = 0; k < avail && (int64_t)k < count; k++) {
		const char *item[2];
		const char *code;
		if (list == GSB_LIST_INDUSTRIES) {
			code = gsb_industry_name((gsb_industry)k);
			item[0] = gsb_industry_label((gsb_industry)k, GSB_LANG_ZH);
			item[1] = gsb_industry_label((gsb_industry)k, GSB_LANG_EN);
		} else {
			code = gsb_list_code(list, k);
			item[0] = gsb_list_code_label(list, k, GSB_LANG_ZH);
			item[1] = gsb_list_code_label(list, k, GSB_LANG_EN);
		}
		need(c, list_path[list], code, item, for_id);
	}
}

/* A metric the policy sets a minimum for (3.1.3, when the parameter is set). */
static void metric_need(ctx *c, gsb__param param, gsb_metric metric, const char *path,
                        const char *for_id)
{
	const gsb__param_value *v = gsb__policy_value(c->p, param, c->d->as_of);
	if (v == NULL || (c->a->metrics_set & (1u << metric)))
		return;
	need(c, path, v->text, NULL, for_id);
}

/* ----------------------------------------------------------- eligibility */

/* 3.2.1, 3.2.2: the absent facts of every unknown check. */
static void eligibility_needs(ctx *c)
{
	if (c->d->outcome != GSB_OUTCOME_INCOMPLETE)
		return;
	for (size_t i = 0; i < gsb_decision_check_count(c->d); i++) {
		if (gsb_decision_check_result(c->d, i) != GSB_UNKNOWN)
			continue;
		const char *id = gsb_decision_check_id(c->d, i);
		if (gsb__check_fact(i) >= 0) {
			fact_need(c, (gsb_fact)gsb__check_fact(i), "true", id);
			continue;
		}
		for (size_t k = 0; k < GSB_ARRAY_LEN(check_facts); k++) {
			if (strcmp(check_facts[k].check, id) != 0)
				continue;
			if (check_facts[k].fact < 0)
				need(c, check_facts[k].path, NULL, NULL, id);
			else
				fact_need(c, (gsb_fact)check_facts[k].fact, check_facts[k].value, id);
		}
	}
}

/* ------------------------------------------------------------------ tiers */

/* 个 — 3.1.2, 3.1.1. */
static void comprehensive_needs(ctx *c)
{
	const char *id = "comprehensive";
	fact_need(c, GSB_FACT_GOVERNMENT_LED, "true", id);
	fact_need(c, GSB_FACT_THIRD_PARTY_OPERATED, "true", id);
	list_need(c, GSB_LIST_FUNCTIONS, (int64_t)gsb_list_code_count(GSB_LIST_FUNCTIONS), id);
	list_need(c, GSB_LIST_INDUSTRIES, 1, id);
}

/* 十 — 3.1.3, 3.1.1, with the thresholds in force. */
static void cross_domain_needs(ctx *c)
{
	const char *id = "cross-domain";
	gsb_date as_of = c->d->as_of;
	list_need(c, GSB_LIST_RESOURCES, gsb__param_int(c->p, GSB_P_MIN_RESOURCES, as_of, 5), id);
	list_need(c, GSB_LIST_CAPABILITIES, (int64_t)gsb_list_code_count(GSB_LIST_CAPABILITIES), id);
	list_need(c, GSB_LIST_INDUSTRIES, gsb__param_int(c->p, GSB_P_MIN_INDUSTRIES, as_of, 2), id);
	list_need(c, GSB_LIST_DOMAINS, gsb__param_int(c->p, GSB_P_MIN_DOMAINS, as_of, 2), id);
	metric_need(c, GSB_P_MIN_DEVICES, GSB_METRIC_CONNECTED_DEVICES,
	            "platform/metrics/@connectedDevices", id);
	metric_need(c, GSB_P_MIN_API_CALLS, GSB_METRIC_API_CALLS_PER_DAY,
	            "platform/metrics/@apiCallsPerDay", id);
}

/* 百 — 3.1.4, by kind. */
static void industry_needs(ctx *c)
{
	const char *id = "enterprise/industry";
	list_need(c, GSB_LIST_INDUSTRIES, 1, id);
	fact_need(c, GSB_FACT_INTRANET_UPGRADE, "true", id);
	fact_need(c, GSB_FACT_INDUSTRY_LEADING, "true", id);
}

static void region_needs(ctx *c)
{
	const char *id = "enterprise/region";
	list_need(c, GSB_LIST_CLUSTERS, 1, id);
	if (c->a->builder_type == GSB_BUILDER_NONE)
		need(c, "platform/@builderType", gsb_builder_type_name(GSB_BUILDER_INDUSTRY_LEADER),
		     NULL, id);
	list_need(c, GSB_LIST_REGIONAL_FUNCTIONS,
	          (int64_t)gsb_list_code_count(GSB_LIST_REGIONAL_FUNCTIONS), id);
}

static void scenario_needs(ctx *c)
{
	list_need(c, GSB_LIST_SCENARIOS, 1, "enterprise/scenario");
}

/* 百 is the OR of its kinds: the unknown kind that needs the fewest facts
 * (ties in the order industry, region, scenario). */
static void enterprise_needs(ctx *c)
{
	static void (*const kind[3])(ctx *) = { industry_needs, region_needs, scenario_needs };
	int best = -1;
	size_t fewest = 0;
	for (int k = 0; k < 3; k++) {
		/* criteria 2, 3, 4 are the three kinds (decision.h) */
		if (gsb_decision_criterion_result(c->d, 2 + (size_t)k) != GSB_UNKNOWN)
			continue;
		c->dry = true;
		c->counted = 0;
		kind[k](c);
		c->dry = false;
		if (best < 0 || c->counted < fewest) {
			best = k;
			fewest = c->counted;
		}
	}
	if (best >= 0)
		kind[best](c);
}

static void tier_needs(ctx *c)
{
	for (size_t i = 0; i < gsb_decision_undetermined_count(c->d); i++) {
		switch (gsb_decision_undetermined(c->d, i)) {
		case GSB_TIER_COMPREHENSIVE: comprehensive_needs(c); break;
		case GSB_TIER_CROSS_DOMAIN: cross_domain_needs(c); break;
		case GSB_TIER_ENTERPRISE: enterprise_needs(c); break;
		default: break;
		}
	}
}

/* ----------------------------------------------------------------- review */

/* 4.1: recognised by review and listed for key support; neither may be
 * known false for the award to wait on the other. */
static bool review_open(const gsb_application *a)
{
	return a->facts[GSB_FACT_RECOGNISED] != GSB_FALSE &&
	       a->facts[GSB_FACT_KEY_SUPPORT] != GSB_FALSE;
}

static void review_needs(ctx *c)
{
	struct gsb__relevance *r = c->r;
	if (r->outcome != GSB_OUTCOME_ELIGIBLE || r->tier == GSB_TIER_NONE || !review_open(c->a))
		return;
	fact_need(c, GSB_FACT_RECOGNISED, "true", "subsidy");
	fact_need(c, GSB_FACT_KEY_SUPPORT, "true", "subsidy");
}

/* ---------------------------------------------------------------- relevance */

int gsb__relevance(gsb_decision *d, const gsb_policy *p, const gsb_application *a)
{
	struct gsb__relevance r = { 0 };
	ctx c = { d, p, a, &r, false, 0, GSB_OK };

	/* the potential: every unknown check settled, the highest undetermined
	 * tier reached (needs are added, never taken away) */
	r.outcome = d->outcome == GSB_OUTCOME_INCOMPLETE ? GSB_OUTCOME_ELIGIBLE : d->outcome;
	r.tier = d->n_undetermined ? d->undetermined[0] : d->tier;

	eligibility_needs(&c);
	tier_needs(&c);
	size_t before_review = r.n;
	review_needs(&c);
	if (c.rc != GSB_OK)
		return c.rc;
	if (d->outcome != GSB_OUTCOME_INCOMPLETE && d->n_undetermined == 0 && r.n == before_review)
		return GSB_OK; /* nothing waits on a fact */

	/* the award of 4.1 with the review's facts supplied: in full within the
	 * cap, scaled to it above (the grants sum to the cap exactly) */
	bool granted = r.outcome == GSB_OUTCOME_ELIGIBLE && r.tier != GSB_TIER_NONE && review_open(a);
	r.granted = !granted ? 0 : d->requested < d->cap ? d->requested : d->cap;

	struct gsb__relevance *kept = gsb__arena_alloc(&d->arena, sizeof *kept);
	if (kept == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	*kept = r;
	d->relevance = kept;
	return GSB_OK;
}

/* --------------------------------------------------------------- accessors */

static const gsb__need *need_at(const gsb_decision *d, size_t i)
{
	return d && d->relevance && i < d->relevance->n ? &d->relevance->needs[i] : NULL;
}

int gsb_decision_has_relevance(const gsb_decision *d)
{
	return d && d->relevance ? 1 : 0;
}

size_t gsb_decision_need_count(const gsb_decision *d)
{
	return d && d->relevance ? d->relevance->n : 0;
}

const char *gsb_decision_need_fact(const gsb_decision *d, size_t i)
{
	const gsb__need *n = need_at(d, i);
	return n ? n->m->fact : NULL;
}

const char *gsb_decision_need_value(const gsb_decision *d, size_t i)
{
	const gsb__need *n = need_at(d, i);
	return n ? n->value : NULL;
}

size_t gsb_decision_need_for_count(const gsb_decision *d, size_t i)
{
	const gsb__need *n = need_at(d, i);
	return n ? n->n_for : 0;
}

const char *gsb_decision_need_for(const gsb_decision *d, size_t i, size_t k)
{
	const gsb__need *n = need_at(d, i);
	return n && k < n->n_for ? n->fors[k] : NULL;
}

const char *gsb_decision_need_label(const gsb_decision *d, size_t i, gsb_lang lang)
{
	const gsb__need *n = need_at(d, i);
	return n && (lang == GSB_LANG_ZH || lang == GSB_LANG_EN) ? n->label[lang] : NULL;
}

const char *gsb_decision_need_proof(const gsb_decision *d, size_t i, gsb_lang lang)
{
	const gsb__need *n = need_at(d, i);
	return n && (lang == GSB_LANG_ZH || lang == GSB_LANG_EN) ? n->m->proof[lang] : NULL;
}

const char *gsb_decision_need_provision(const gsb_decision *d, size_t i)
{
	const gsb__need *n = need_at(d, i);
	return n ? n->m->provision : NULL;
}

gsb_outcome gsb_decision_potential_outcome(const gsb_decision *d)
{
	if (d == NULL)
		return GSB_OUTCOME_INCOMPLETE;
	return d->relevance ? d->relevance->outcome : d->outcome;
}

gsb_tier gsb_decision_potential_tier(const gsb_decision *d)
{
	if (d == NULL)
		return GSB_TIER_NONE;
	return d->relevance ? d->relevance->tier : d->tier;
}

gsb_fen gsb_decision_potential_granted(const gsb_decision *d)
{
	if (d == NULL)
		return 0;
	return d->relevance ? d->relevance->granted : d->granted;
}
