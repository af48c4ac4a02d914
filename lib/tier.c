/*
 * libgeshibai — tier (docs/rules.md §4, §11.7–§11.9).
 *
 * Five criteria, each the Kleene AND of its parts; the classified tier is the
 * highest whose criterion is true (个 > 十 > 百), `enterprise` being the
 * Kleene OR of its three kinds.
 */
#include <string.h>
#include "internal.h"

/* ------------------------------------------------------------ list parts */

/* The lists' parts below read what gsb_application_add_item noted of each
 * list (gsb__list_facts: codes held, distinct items, ten strong), so that a
 * decision compares no strings. */

/* "Lists ⊇ S" for S all codes of a closed list: unknown when the list is not
 * declared, false when declared without them all. */
static gsb_tri has_all_codes(const gsb_application *a, gsb_list list)
{
	const gsb__strlist *l = &a->lists[list];
	if (!l->declared)
		return GSB_UNKNOWN;
	size_t n = gsb_list_code_count(list);
	unsigned all = n >= 32 ? ~0u : (1u << n) - 1;
	return gsb__tri((gsb__list_facts_of(l, list).codes & all) == all);
}

/* Distinct kinds (codes) of a closed list, compared with a minimum (§11.7). */
static gsb_tri at_least_codes(const gsb_application *a, gsb_list list, int64_t min)
{
	const gsb__strlist *l = &a->lists[list];
	if (!l->declared)
		return GSB_UNKNOWN;
	return gsb__tri(__builtin_popcount(gsb__list_facts_of(l, list).codes) >= min);
}

/* Distinct non-empty items of a list (industries after the §1 lookup). */
static gsb_tri at_least_distinct(const gsb_application *a, gsb_list list, int64_t min)
{
	const gsb__strlist *l = &a->lists[list];
	if (!l->declared)
		return GSB_UNKNOWN;
	return gsb__tri((int64_t)gsb__list_facts_of(l, list).distinct >= min);
}

/* "Serves ten" (Reading — ten strong): a declared industry is a ten-strong code. */
static gsb_tri serves_ten(const gsb_application *a)
{
	const gsb__strlist *l = &a->lists[GSB_LIST_INDUSTRIES];
	if (!l->declared)
		return GSB_UNKNOWN;
	return gsb__tri(gsb__list_facts_of(l, GSB_LIST_INDUSTRIES).ten);
}

/* "At least one cluster / scenario declared" (§11.7): unknown when absent,
 * false when present without a non-empty item. */
static gsb_tri any_item(const gsb_application *a, gsb_list list)
{
	const gsb__strlist *l = &a->lists[list];
	if (!l->declared)
		return GSB_UNKNOWN;
	return gsb__tri(gsb__list_facts_of(l, list).distinct > 0); /* a non-empty item */
}

/* A metric against a parameter (§11.8): true when the parameter has no value. */
static gsb_tri metric_at_least(const gsb_policy *p, const gsb_application *a, gsb_date as_of,
                               gsb__param param, gsb_metric metric, bool *judged)
{
	const gsb__param_value *v = gsb__policy_value(p, param, as_of);
	*judged = v != NULL;
	if (v == NULL)
		return GSB_TRUE;
	if (!(a->metrics_set & (1u << metric)))
		return GSB_UNKNOWN;
	return gsb__tri(a->metrics[metric] >= v->i);
}

/* ------------------------------------------------------------- criteria */

/* What every criterion may look at. */
typedef struct {
	gsb_decision *d;
	const gsb_policy *p;
	const gsb_application *a;
	gsb_tri ten; /* serves ten */
} tier_ctx;

/* comprehensive (个) — 3.1.2, 3.1.1: government-led; third-party
 * operated; functions ⊇ all four (a–d of 3.1.2); serves ten. */
static void criterion_comprehensive(const tier_ctx *c, gsb__explained *e)
{
	gsb_decision *d = c->d;
	const gsb_application *a = c->a;
	gsb_tri led = a->facts[GSB_FACT_GOVERNMENT_LED];
	gsb_tri third = a->facts[GSB_FACT_THIRD_PARTY_OPERATED];
	gsb_tri functions = has_all_codes(a, GSB_LIST_FUNCTIONS);
	gsb_tri ten = c->ten;
	gsb_tri r = gsb__and(gsb__and(led, third), gsb__and(functions, ten));
	gsb__explain(d, e, r,
	             "政府主导建设=%s；第三方独立运营=%s；四项功能齐备=%s；服务十强产业=%s",
	             "government-led=%s; third-party operated=%s; all four functions=%s; "
	             "serves a ten-strong industry=%s",
	             gsb_tri_name(led), gsb_tri_name(third), gsb_tri_name(functions),
	             gsb_tri_name(ten));
}

/* cross-domain (十) — 3.1.3, 3.1.1: resources of at least min-resources
 * kinds; capabilities ⊇ all three; distinct industries >= min-industries and
 * domains >= min-domains (Reading — 跨); serves ten; devices and API calls
 * only when their parameters are set (§11.8). */
static void criterion_cross_domain(const tier_ctx *c, gsb__explained *e)
{
	gsb_decision *d = c->d;
	const gsb_policy *p = c->p;
	const gsb_application *a = c->a;
	gsb_date as_of = d->as_of;
	int64_t min_res = gsb__param_int(p, GSB_P_MIN_RESOURCES, as_of, 5);
	int64_t min_ind = gsb__param_int(p, GSB_P_MIN_INDUSTRIES, as_of, 2);
	int64_t min_dom = gsb__param_int(p, GSB_P_MIN_DOMAINS, as_of, 2);
	gsb_tri resources = at_least_codes(a, GSB_LIST_RESOURCES, min_res);
	gsb_tri capabilities = has_all_codes(a, GSB_LIST_CAPABILITIES);
	gsb_tri industries = at_least_distinct(a, GSB_LIST_INDUSTRIES, min_ind);
	gsb_tri domains = at_least_codes(a, GSB_LIST_DOMAINS, min_dom);
	gsb_tri ten = c->ten;
	bool dev_judged, api_judged;
	gsb_tri devices = metric_at_least(p, a, as_of, GSB_P_MIN_DEVICES,
	                                  GSB_METRIC_CONNECTED_DEVICES, &dev_judged);
	gsb_tri api = metric_at_least(p, a, as_of, GSB_P_MIN_API_CALLS,
	                              GSB_METRIC_API_CALLS_PER_DAY, &api_judged);
	gsb_tri r = gsb__and(gsb__and(resources, capabilities), gsb__and(industries, domains));
	r = gsb__and(gsb__and(r, ten), gsb__and(devices, api));
	if (!d->reasons) {
		gsb__explain(d, e, r, "", "");
		return;
	}
	const char *dev = dev_judged ? gsb_tri_name(devices) : "n/a";
	const char *apis = api_judged ? gsb_tri_name(api) : "n/a";
	/* the references of the thresholds a parameters document set */
	static const int used[] = { GSB_P_MIN_RESOURCES, GSB_P_MIN_INDUSTRIES, GSB_P_MIN_DOMAINS,
	                            GSB_P_MIN_DEVICES, GSB_P_MIN_API_CALLS };
	gsb__explain(d, e, r,
	             "资源≥%lld类=%s；三项服务能力=%s；行业≥%lld=%s；领域≥%lld=%s；"
	             "服务十强产业=%s；设备接入=%s；接口调用=%s",
	             "resources>=%lld kinds=%s; all three capabilities=%s; industries>=%lld=%s; "
	             "domains>=%lld=%s; serves a ten-strong industry=%s; devices=%s; api-calls=%s",
	             (long long)min_res, gsb_tri_name(resources), gsb_tri_name(capabilities),
	             (long long)min_ind, gsb_tri_name(industries), (long long)min_dom,
	             gsb_tri_name(domains), gsb_tri_name(ten), dev, apis);
	gsb__cite_params(d, e, p, used, GSB_ARRAY_LEN(used));
}

/* A criterion met when its three conditions x, y and z all are; zh and en
 * name them, each with a %s for its value. */
static void all_three(const tier_ctx *c, gsb__explained *e, const char *zh, const char *en,
                      gsb_tri x, gsb_tri y, gsb_tri z)
{
	gsb__explain(c->d, e, gsb__and(x, gsb__and(y, z)), zh, en, gsb_tri_name(x),
	             gsb_tri_name(y), gsb_tri_name(z));
}

/* enterprise/industry (百, specific industry) — 3.1.4: serves ten; internal
 * network upgraded (内网改造); industry-leading role. */
static void criterion_enterprise_industry(const tier_ctx *c, gsb__explained *e)
{
	all_three(c, e, "服务十强产业=%s；内网改造=%s；行业引领作用=%s",
	          "serves a ten-strong industry=%s; intranet upgraded=%s; industry-leading=%s",
	          c->ten, c->a->facts[GSB_FACT_INTRANET_UPGRADE],
	          c->a->facts[GSB_FACT_INDUSTRY_LEADING]);
}

/* enterprise/region (百, specific region) — 3.1.4: a cluster declared;
 * builder an industry leader (§11.8: absent is unknown); regional functions
 * ⊇ all three. */
static void criterion_enterprise_region(const tier_ctx *c, gsb__explained *e)
{
	const gsb_application *a = c->a;
	gsb_tri leader = a->builder_type == GSB_BUILDER_NONE
		? GSB_UNKNOWN
		: gsb__tri(a->builder_type == GSB_BUILDER_INDUSTRY_LEADER);
	all_three(c, e, "块状经济产业集群=%s；行业龙头企业建设=%s；三项区域功能=%s",
	          "cluster declared=%s; built by an industry leader=%s; "
	          "all three regional functions=%s",
	          any_item(a, GSB_LIST_CLUSTERS), leader,
	          has_all_codes(a, GSB_LIST_REGIONAL_FUNCTIONS));
}

/* enterprise/scenario (百, specific scenario) — 3.1.4: a scenario declared. */
static void criterion_enterprise_scenario(const tier_ctx *c, gsb__explained *e)
{
	gsb_decision *d = c->d;
	const gsb_application *a = c->a;
	gsb_tri scenario = any_item(a, GSB_LIST_SCENARIOS);
	gsb__explain(d, e, scenario, "特定应用场景=%s", "scenario declared=%s",
	             gsb_tri_name(scenario));
}

enum { C_COMPREHENSIVE, C_CROSS_DOMAIN, C_INDUSTRY, C_REGION, C_SCENARIO };

static const struct {
	const char *id;
	const char *provision;
	void (*judge)(const tier_ctx *, gsb__explained *);
} criteria[GSB_CRITERION_COUNT] = {
	[C_COMPREHENSIVE] = { "comprehensive", "3.1.2", criterion_comprehensive },
	[C_CROSS_DOMAIN] = { "cross-domain", "3.1.3", criterion_cross_domain },
	[C_INDUSTRY] = { "enterprise/industry", "3.1.4", criterion_enterprise_industry },
	[C_REGION] = { "enterprise/region", "3.1.4", criterion_enterprise_region },
	[C_SCENARIO] = { "enterprise/scenario", "3.1.4", criterion_enterprise_scenario },
};

const char *gsb_decision_criterion_id(const gsb_decision *d, size_t i)
{
	return d && i < GSB_CRITERION_COUNT ? criteria[i].id : NULL;
}

const char *gsb_decision_criterion_provision(const gsb_decision *d, size_t i)
{
	return d && i < GSB_CRITERION_COUNT ? criteria[i].provision : NULL;
}

/* ------------------------------------------------------------ classifying */

/* §4 relation to the claimed tier (§11.9: none without a claim). */
static gsb_relation relation_of(gsb_tier classified, gsb_tier claimed)
{
	if (claimed == GSB_TIER_NONE)
		return GSB_RELATION_NONE;
	if (classified == claimed)
		return GSB_RELATION_MATCH;
	return classified < claimed ? GSB_RELATION_BELOW_CLAIM : GSB_RELATION_ABOVE_CLAIM;
}

int gsb__tier(gsb_decision *d, const gsb_policy *p, const gsb_application *a)
{
	tier_ctx c = { d, p, a, serves_ten(a) };
	for (size_t i = 0; i < GSB_CRITERION_COUNT; i++)
		criteria[i].judge(&c, &d->criteria[i]);

	/* §11.9: enterprise is the Kleene OR of its three kinds */
	gsb_tri by_tier[GSB_TIER_COMPREHENSIVE + 1];
	by_tier[GSB_TIER_NONE] = GSB_TRUE;
	by_tier[GSB_TIER_COMPREHENSIVE] = d->criteria[C_COMPREHENSIVE].result;
	by_tier[GSB_TIER_CROSS_DOMAIN] = d->criteria[C_CROSS_DOMAIN].result;
	by_tier[GSB_TIER_ENTERPRISE] = gsb__or(d->criteria[C_INDUSTRY].result,
	                                       gsb__or(d->criteria[C_REGION].result,
	                                               d->criteria[C_SCENARIO].result));
	d->kinds = (d->criteria[C_INDUSTRY].result == GSB_TRUE ? GSB_KIND_INDUSTRY : 0u) |
	           (d->criteria[C_REGION].result == GSB_TRUE ? GSB_KIND_REGION : 0u) |
	           (d->criteria[C_SCENARIO].result == GSB_TRUE ? GSB_KIND_SCENARIO : 0u);

	gsb_tier classified = GSB_TIER_COMPREHENSIVE;
	while (classified > GSB_TIER_NONE && by_tier[classified] != GSB_TRUE)
		classified--;
	d->tier = classified;
	d->n_undetermined = 0;
	for (gsb_tier t = GSB_TIER_COMPREHENSIVE; t > classified; t--)
		if (by_tier[t] == GSB_UNKNOWN)
			d->undetermined[d->n_undetermined++] = t;
	d->claimed = a->claimed;
	d->relation = relation_of(classified, a->claimed);
	return GSB_OK;
}
