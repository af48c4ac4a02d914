/*
 * libgeshibai — eligibility (docs/rules.md §3, §11.1–§11.6).
 *
 * Fifteen checks, in the order of the rule book, each three-valued and
 * explained. Each check is a small function beside the id and the provision
 * it implements; the table at the end fixes their order.
 */
#include <string.h>
#include "internal.h"

/* What every check may look at. */
typedef struct {
	gsb_decision *d;
	const gsb_policy *policy;
	const gsb_application *app;
	gsb_date as_of;
	bool has_uscc;  /* a uscc was given */
	const gsb_uscc *uscc;  /* decoded when given (by gsb_application_set_uscc) */
} elig_ctx;

/* ------------------------------------------------------- policy.in-force */

/* policy.in-force — notice, preamble (§11.1): 2018-12-20 <= as-of <= 2020-12-31
 * and 2018 <= Y <= 2020, Y the application year or the as-of year. */
static void check_policy_in_force(elig_ctx *c, gsb__explained *e)
{
	const gsb__param_value *from = gsb__policy_value(c->policy, GSB_P_POLICY_FROM, c->as_of);
	const gsb__param_value *to = gsb__policy_value(c->policy, GSB_P_POLICY_TO, c->as_of);
	const gsb__param_value *y0 = gsb__policy_value(c->policy, GSB_P_POLICY_FIRST_YEAR, c->as_of);
	const gsb__param_value *y1 = gsb__policy_value(c->policy, GSB_P_POLICY_LAST_YEAR, c->as_of);
	int year = c->app->year ? c->app->year : c->d->as_of_year;

	bool date_in = (from == NULL || c->as_of >= (gsb_date)from->i) &&
	               (to == NULL || c->as_of <= (gsb_date)to->i);
	bool year_in = (y0 == NULL || year >= y0->i) && (y1 == NULL || year <= y1->i);
	gsb_tri result = gsb__tri(date_in && year_in);
	if (!c->d->reasons) {
		gsb__explain(c->d, e, result, "", "");
		return;
	}
	char as_of[11], f[11] = "…", t[11] = "…";
	gsb_date_format(c->as_of, as_of);
	if (from)
		gsb_date_format((gsb_date)from->i, f);
	if (to)
		gsb_date_format((gsb_date)to->i, t);
	long long first = y0 ? (long long)y0->i : 0, last = y1 ? (long long)y1->i : 9999;
	/* each language from its own words */
	gsb__explain_bare(e, result);
	gsb__reason(c->d, e, GSB_LANG_ZH, "评价日 %s %s %s 至 %s 内；申报年度 %d %s %lld–%lld 内",
	            as_of, date_in ? "在" : "不在", f, t, year, year_in ? "在" : "不在", first,
	            last);
	gsb__reason(c->d, e, GSB_LANG_EN, "as-of %s %s %s..%s; application year %d %s %lld..%lld",
	            as_of, date_in ? "inside" : "outside", f, t, year,
	            year_in ? "inside" : "outside", first, last);
}

/* ---------------------------------------------------- applicant (3.2.1) */

/* applicant.identity — 3.2.1 (§2, §11.2): a well-formed USCC with the right
 * check character; false when given but invalid; unknown when none. */
static void check_identity(elig_ctx *c, gsb__explained *e)
{
	if (!c->has_uscc) {
		gsb__explain(c->d, e, GSB_UNKNOWN, "未提供统一社会信用代码", "no USCC given");
	} else if (c->uscc->valid) {
		gsb__explain(c->d, e, GSB_TRUE, "统一社会信用代码有效", "USCC valid");
	} else {
		const char *why = c->uscc->problem ? c->uscc->problem : "malformed";
		gsb__explain(c->d, e, GSB_FALSE, "统一社会信用代码无效（%s）", "USCC invalid (%s)",
		             why);
	}
}

/* §11.3: a division is tested by its first two characters; one that is not
 * six digits is not in Shandong. */
static gsb_tri division_in_shandong(const char *division)
{
	size_t n = strlen(division);
	if (n != 6)
		return GSB_FALSE;
	for (size_t i = 0; i < n; i++)
		if (division[i] < '0' || division[i] > '9')
			return GSB_FALSE;
	return gsb__tri(division[0] == '3' && division[1] == '7');
}

/* applicant.in-shandong — 3.2.1. Reading — division: an explicit registered
 * division wins; USCC positions 3–8 (the division at issue) only when none
 * is given. Unknown with neither. */
static void check_in_shandong(elig_ctx *c, gsb__explained *e)
{
	const char *explicit_division = c->app->division;
	if (explicit_division[0] != '\0') {
		gsb__explain(c->d, e, division_in_shandong(explicit_division),
		             "登记行政区划代码 %s", "registered division code %s", explicit_division);
	} else if (c->has_uscc && c->uscc->valid) {
		gsb__explain(c->d, e, division_in_shandong(c->uscc->division),
		             "未提供登记行政区划代码，按统一社会信用代码第3–8位（赋码时）%s",
		             "no division given; USCC positions 3-8 (division at issue) %s",
		             c->uscc->division);
	} else {
		gsb__explain(c->d, e, GSB_UNKNOWN, "未提供行政区划代码且无有效统一社会信用代码",
		             "no division and no valid USCC");
	}
}

/* applicant.independent-liability — 3.2.1 (§11.4): an explicit legal form
 * decides; else USCC positions 1–2 (Reading); else unknown. */
static void check_independent_liability(elig_ctx *c, gsb__explained *e)
{
	gsb_legal_form form = c->app->legal_form;
	if (form != GSB_LEGAL_FORM_NONE) {
		gsb_tri t = gsb_legal_form_is_legal_person(form);
		gsb__explain(c->d, e, t, "组织形式 %s", "legal form %s", gsb_legal_form_name(form));
		return;
	}
	if (c->has_uscc && c->uscc->valid) {
		char ac[3] = { c->uscc->code[0], c->uscc->code[1], '\0' };
		gsb_legal_form implied = gsb__uscc_legal_form(ac);
		if (implied != GSB_LEGAL_FORM_NONE) {
			/* Reading: the legal form positions 1-2 of a valid code imply */
			bool lp = gsb_legal_form_is_legal_person(implied) == GSB_TRUE;
			gsb__explain_bare(e, lp ? GSB_TRUE : GSB_FALSE);
			gsb__reason(c->d, e, GSB_LANG_ZH,
			            lp ? "未提供组织形式；统一社会信用代码前两位 %s（%s）为法人"
			               : "未提供组织形式；统一社会信用代码前两位 %s（%s）不是法人",
			            ac, gsb_uscc_category_label(ac, GSB_LANG_ZH));
			gsb__reason(c->d, e, GSB_LANG_EN,
			            lp ? "no legal form; USCC positions 1-2 %s denote a legal person"
			               : "no legal form; USCC positions 1-2 %s denote a non-legal person",
			            ac);
			return;
		}
	}
	gsb__explain(c->d, e, GSB_UNKNOWN, "未提供组织形式，统一社会信用代码不能确定",
	             "no legal form and the USCC does not tell");
}

/* applicant.good-credit — 3.2.1: none of 失信被执行人, 严重失信主体名单,
 * 重大税收违法失信 (false when any is true; unknown when any is absent). */
static void check_good_credit(elig_ctx *c, gsb__explained *e)
{
	gsb_tri debtor = c->app->facts[GSB_FACT_DISHONEST_DEBTOR];
	gsb_tri serious = c->app->facts[GSB_FACT_SERIOUS_DISHONESTY];
	gsb_tri tax = c->app->facts[GSB_FACT_MAJOR_TAX_VIOLATION];
	gsb_tri result = gsb__not(gsb__or(debtor, gsb__or(serious, tax)));
	gsb__explain(c->d, e, result,
	             "信用记录：dishonestDebtor=%s、seriousDishonesty=%s、majorTaxViolation=%s",
	             "credit record: dishonestDebtor=%s, seriousDishonesty=%s, majorTaxViolation=%s",
	             gsb_tri_name(debtor), gsb_tri_name(serious), gsb_tri_name(tax));
}

/* A check that is the value of one fact (capable, builder, owner [3.2.1];
 * development plan … demonstration effect [3.2.2]: its row of the table
 * below), explained as "label: value"; the reasons are literals indexed by
 * the value (gsb_tri: false, unknown, true). */
typedef struct {
	const char *zh[3], *en[3];
} fact_reasons;

#define FACT_REASONS(zh, en)                                                    \
	{ { zh "：false", zh "：unknown", zh "：true" },                        \
	  { en ": false", en ": unknown", en ": true" } }

static void check_fact(elig_ctx *c, gsb__explained *e, gsb_fact fact, const fact_reasons *r)
{
	gsb_tri t = c->app->facts[fact];
	gsb__explain(c->d, e, t, r->zh[t], r->en[t]);
}

/* ------------------------------------------------------ project (3.2.2) */

/* project.operating-well — 3.2.2 (§11.6): false when operatingSince is after
 * the as-of date (the same day is not), else the fact. */
static void check_operating_well(elig_ctx *c, gsb__explained *e)
{
	gsb_date since = c->app->operating_since;
	if (since != GSB_DATE_NONE && since > c->as_of) {
		char s[11] = "", a[11] = "";
		if (c->d->reasons) {
			gsb_date_format(since, s);
			gsb_date_format(c->as_of, a);
		}
		gsb__explain(c->d, e, GSB_FALSE, "运营开始日 %s 晚于评价日 %s",
		             "operating since %s, after the as-of date %s", s, a);
		return;
	}
	static const fact_reasons r = FACT_REASONS("运营良好", "operating well");
	check_fact(c, e, GSB_FACT_OPERATING_WELL, &r);
}

/* ------------------------------------------------------------ the table */

#define NO_REASONS { { NULL }, { NULL } } /* a check with its own function */

/* Each check: its id, provision, label, and either its function or the fact
 * it is the value of with its reasons (check_fact). fact also tells
 * relevance what an unknown check asks for; -1: not one fact. */
static const struct {
	const char *id;
	const char *provision;
	const char *label[2]; /* [GSB_LANG_ZH], [GSB_LANG_EN]: what a person calls the fact */
	void (*check)(elig_ctx *, gsb__explained *);
	int fact;
	fact_reasons reasons;
} checks[GSB_CHECK_COUNT] = {
	{ "policy.in-force", "notice", { "政策有效期", "policy in force" }, check_policy_in_force,
	  -1, NO_REASONS },
	{ "applicant.identity", "3.2.1", { "统一社会信用代码", "credit code" }, check_identity,
	  -1, NO_REASONS },
	{ "applicant.in-shandong", "3.2.1", { "注册地在山东", "registered in Shandong" },
	  check_in_shandong, -1, NO_REASONS },
	{ "applicant.independent-liability", "3.2.1", { "独立承担法律责任", "independent liability" },
	  check_independent_liability, -1, NO_REASONS },
	{ "applicant.good-credit", "3.2.1", { "信用记录良好", "good credit" }, check_good_credit,
	  -1, NO_REASONS },
	{ "applicant.capable", "3.2.1", { "具备承担能力", "capable" }, NULL, GSB_FACT_CAPABLE,
	  FACT_REASONS("具有承担项目建设的相应能力", "capable of carrying out the project") },
	{ "applicant.builder", "3.2.1", { "平台建设主体", "builds the platform" }, NULL,
	  GSB_FACT_BUILDER, FACT_REASONS("为项目的建设者", "builder of the platform") },
	{ "applicant.owner", "3.2.1", { "拥有平台产权", "owns the property rights" }, NULL,
	  GSB_FACT_OWNER, FACT_REASONS("为项目的产权拥有者", "owner of the property rights") },
	/* the fact once operatingSince allows it (check_operating_well) */
	{ "project.operating-well", "3.2.2", { "运营良好", "operating well" }, check_operating_well,
	  GSB_FACT_OPERATING_WELL, NO_REASONS },
	{ "project.development-plan", "3.2.2", { "中长期发展规划", "development plan" }, NULL,
	  GSB_FACT_DEVELOPMENT_PLAN,
	  FACT_REASONS("有完备的中长期发展建设规划", "complete medium/long-term plan") },
	{ "project.overall-strength", "3.2.2", { "综合实力", "overall strength" }, NULL,
	  GSB_FACT_OVERALL_STRENGTH, FACT_REASONS("有综合实力", "overall strength") },
	{ "project.precise-positioning", "3.2.2", { "精准定位", "precise positioning" }, NULL,
	  GSB_FACT_PRECISE_POSITIONING, FACT_REASONS("有精准定位", "precise positioning") },
	{ "project.user-base", "3.2.2", { "用户基础", "user base" }, NULL, GSB_FACT_USER_BASE,
	  FACT_REASONS("有用户基础", "user base") },
	{ "project.prospects", "3.2.2", { "发展前景", "prospects" }, NULL, GSB_FACT_PROSPECTS,
	  FACT_REASONS("有发展前景", "development prospects") },
	{ "project.demonstration-effect", "3.2.2", { "示范带动作用", "demonstration effect" }, NULL,
	  GSB_FACT_DEMONSTRATION_EFFECT, FACT_REASONS("有良好示范带动作用", "demonstration effect") },
};

int gsb__check_fact(size_t i)
{
	return i < GSB_CHECK_COUNT ? checks[i].fact : -1;
}

const char *gsb_decision_check_id(const gsb_decision *d, size_t i)
{
	return d && i < GSB_CHECK_COUNT ? checks[i].id : NULL;
}

const char *gsb_check_label(const char *id, gsb_lang lang)
{
	for (size_t i = 0; id != NULL && i < GSB_CHECK_COUNT; i++)
		if (strcmp(checks[i].id, id) == 0)
			return checks[i].label[lang == GSB_LANG_EN ? GSB_LANG_EN : GSB_LANG_ZH];
	return NULL;
}

const char *gsb_decision_check_provision(const gsb_decision *d, size_t i)
{
	return d && i < GSB_CHECK_COUNT ? checks[i].provision : NULL;
}

/* §3 outcome: ineligible when any check is false; else incomplete when any is
 * unknown; else eligible. */
static gsb_outcome outcome_of(const gsb__explained *results)
{
	gsb_tri all = GSB_TRUE;
	for (size_t i = 0; i < GSB_CHECK_COUNT; i++)
		all = gsb__and(all, results[i].result);
	return all == GSB_TRUE ? GSB_OUTCOME_ELIGIBLE
	       : all == GSB_FALSE ? GSB_OUTCOME_INELIGIBLE
	                          : GSB_OUTCOME_INCOMPLETE;
}

int gsb__eligibility(gsb_decision *d, const gsb_policy *p, const gsb_application *a)
{
	elig_ctx c = { .d = d, .policy = p, .app = a, .as_of = d->as_of };
	c.has_uscc = a->uscc != NULL;
	c.uscc = &a->uscc_decoded;
	for (size_t i = 0; i < GSB_CHECK_COUNT; i++) {
		if (checks[i].check)
			checks[i].check(&c, &d->checks[i]);
		else
			check_fact(&c, &d->checks[i], (gsb_fact)checks[i].fact, &checks[i].reasons);
	}
	d->outcome = outcome_of(d->checks);
	return GSB_OK;
}
