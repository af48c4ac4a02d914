/*
 * libgeshibai — the programme over a batch: recognised platforms per tier
 * against the targets of 2.1, platforms and awards per city and industry
 * (docs/rules.md §10), incomplete applications with their missing facts
 * (§11.5), and the effect indicators of 2.2 met by recognised platforms.
 *
 * Readings (docs: the closing note of issue 7):
 *   - recognised [2.1]: eligible, classified tier not none, and
 *     review/@recognised true; counted at the classified tier;
 *   - city [§10]: first four digits of the registered division, else of
 *     USCC positions 3-8 when the code is valid; 3712 莱芜 counts as 3701
 *     济南 for dates from 2019-01-09 (the merger's announcement);
 *   - industries: an application counts once in each industry it declares
 *     (rows overlap); awards are those granted (provincial, 4.1);
 *   - effect [2.2]: over recognised platforms; an indicator is reported
 *     once per platform and met when the decision says met (true).
 */
#include <stdlib.h>
#include <string.h>
#include <unicode/ucol.h>
#include <unicode/ustring.h>
#include "accessor.h"
#include "programme_int.h"

/* ================================================================ cities */

/* 山东省 prefecture-level cities of 2018 (GB/T 2260), docs/rules.md §10. */
static const struct {
	const char *code, *zh, *en;
} cities[GSB__CITY_COUNT] = {
	{ "3701", "济南", "Jinan" },      { "3702", "青岛", "Qingdao" },
	{ "3703", "淄博", "Zibo" },       { "3704", "枣庄", "Zaozhuang" },
	{ "3705", "东营", "Dongying" },   { "3706", "烟台", "Yantai" },
	{ "3707", "潍坊", "Weifang" },    { "3708", "济宁", "Jining" },
	{ "3709", "泰安", "Tai'an" },     { "3710", "威海", "Weihai" },
	{ "3711", "日照", "Rizhao" },     { "3712", "莱芜", "Laiwu" },
	{ "3713", "临沂", "Linyi" },      { "3714", "德州", "Dezhou" },
	{ "3715", "聊城", "Liaocheng" },  { "3716", "滨州", "Binzhou" },
	{ "3717", "菏泽", "Heze" },
	{ "other", "其他地区", "Other divisions" },
	{ "unknown", "地区未知", "Division unknown" },
};

#define CITY_JINAN 0
#define CITY_LAIWU 11

/* §10: 莱芜 merged into 济南, announced 2019-01-09. */
static gsb_date laiwu_merger(void)
{
	return gsb_date_from_ymd(2019, 1, 9);
}

/* The division an application is placed by: explicit, else a valid USCC's. */
static bool division_of(const gsb_application *app, char out[7])
{
	if (app->division[0] != '\0') {
		memcpy(out, app->division, 7);
		return true;
	}
	gsb_uscc u;
	if (app->uscc == NULL || gsb_uscc_decode(&u, app->uscc) != GSB_OK || !u.valid)
		return false;
	memcpy(out, u.division, 7);
	return true;
}

int gsb__city_index(const gsb_application *app, gsb_date as_of)
{
	char div[7];
	if (app == NULL || !division_of(app, div))
		return GSB__CITY_UNKNOWN;
	if (div[0] != '3' || div[1] != '7' || div[2] < '0' || div[2] > '9' || div[3] < '0' ||
	    div[3] > '9')
		return GSB__CITY_OTHER;
	int n = (div[2] - '0') * 10 + (div[3] - '0');
	if (n < 1 || n > 17)
		return GSB__CITY_OTHER;
	if (n - 1 == CITY_LAIWU && (as_of == GSB_DATE_NONE ? gsb_date_today() : as_of) >= laiwu_merger())
		return CITY_JINAN;
	return n - 1;
}

const char *gsb_city_of(const gsb_application *app, gsb_date as_of)
{
	return cities[gsb__city_index(app, as_of)].code;
}

const char *gsb_city_label(const char *code, gsb_lang lang)
{
	if (code == NULL || (lang != GSB_LANG_ZH && lang != GSB_LANG_EN))
		return NULL;
	for (size_t i = 0; i < GSB__CITY_COUNT; i++)
		if (strcmp(cities[i].code, code) == 0)
			return lang == GSB_LANG_EN ? cities[i].en : cities[i].zh;
	return NULL;
}

/* ================================================================ groups */

size_t gsb__group_rows(gsb_group group)
{
	return group == GSB_GROUP_CITY ? GSB__CITY_COUNT : GSB__IND_COUNT;
}

const char *gsb__group_row_code(gsb_group group, size_t row)
{
	if (row >= gsb__group_rows(group))
		return NULL;
	if (group == GSB_GROUP_CITY)
		return cities[row].code;
	if (row < GSB_INDUSTRY_COUNT)
		return gsb_industry_name((gsb_industry)row);
	return row == GSB__IND_OTHER ? "other" : "none";
}

const char *gsb__group_row_label(gsb_group group, size_t row, gsb_lang lang)
{
	if (row >= gsb__group_rows(group))
		return NULL;
	if (group == GSB_GROUP_CITY)
		return lang == GSB_LANG_EN ? cities[row].en : cities[row].zh;
	if (row < GSB_INDUSTRY_COUNT)
		return gsb_industry_label((gsb_industry)row, lang);
	if (row == GSB__IND_OTHER)
		return lang == GSB_LANG_EN ? "Other industries" : "其他行业";
	return lang == GSB_LANG_EN ? "No industry declared" : "未申报行业";
}

/* Bit i set for each industry row an application counts in. */
static unsigned industry_rows(const gsb_application *app)
{
	const gsb__strlist *l = &app->lists[GSB_LIST_INDUSTRIES];
	unsigned rows = 0;
	for (size_t i = 0; i < l->n; i++) {
		int row = GSB__IND_OTHER;
		for (int k = 0; k < GSB_INDUSTRY_COUNT; k++)
			if (strcmp(l->items[i], gsb_industry_name((gsb_industry)k)) == 0)
				row = k;
		rows |= 1u << row;
	}
	return rows ? rows : 1u << GSB__IND_NONE;
}

/* ============================================================ lifecycle */

int gsb_programme_new(gsb_programme **out, const gsb_policy *policy, gsb_date as_of)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	GSB__CHECK_ARG(policy);
	if (gsb__date_check(as_of, true, "programme: as-of") != GSB_OK)
		return GSB_EINVAL;
	gsb_programme *p = calloc(1, sizeof *p);
	if (p == NULL)
		return gsb__error(GSB_ENOMEM, "gsb_programme_new: out of memory");
	p->policy = policy;
	p->as_of = as_of;
	p->latest = GSB_DATE_NONE;
	*out = p;
	return GSB_OK;
}

static void incomplete_release(gsb__incomplete *c)
{
	free(c->id);
	free(c->name);
	for (size_t k = 0; k < c->n_missing; k++)
		free(c->missing[k]);
	free(c->missing);
	for (size_t k = 0; k < c->n_needs; k++) {
		gsb__lack *l = &c->needs[k];
		free(l->label[0]), free(l->label[1]), free(l->proof[0]), free(l->proof[1]);
		free(l->value), free(l->provision);
	}
	free(c->needs);
}

void gsb_programme_free(gsb_programme *p)
{
	if (p == NULL)
		return;
	for (size_t i = 0; i < p->n_incomplete; i++)
		incomplete_release(&p->incomplete[i]);
	free(p->incomplete);
	for (size_t i = 0; i < p->n_platforms; i++) {
		free(p->platforms[i].id);
		free(p->platforms[i].name);
	}
	free(p->platforms);
	gsb__errors_release(&p->errors);
	free(p);
}

/* ============================================================ errors */

static bool dup_opt(char **out, const char *s)
{
	*out = s ? gsb__strdup(s) : NULL;
	return s == NULL || *out != NULL;
}

int gsb__errors_add(gsb__errors *list, const gsb_error *e)
{
	GSB__CHECK_ARG(e);
	if (gsb__grow((void **)&list->items, &list->cap, list->n, sizeof *list->items) < 0)
		return gsb__error(GSB_ENOMEM, "out of memory noting an error");
	gsb__noted_error *n = &list->items[list->n];
	memset(n, 0, sizeof *n);
	n->code = e->code;
	n->line = e->line;
	if (!dup_opt(&n->message, e->message ? e->message : "") || !dup_opt(&n->file, e->file) ||
	    !dup_opt(&n->element, e->element) || !dup_opt(&n->application, e->application) ||
	    !dup_opt(&n->message_zh, e->message_zh)) {
		free(n->message);
		free(n->message_zh);
		free(n->file);
		free(n->element);
		free(n->application);
		return gsb__error(GSB_ENOMEM, "out of memory noting an error");
	}
	list->n++;
	return GSB_OK;
}

void gsb__errors_release(gsb__errors *list)
{
	for (size_t i = 0; i < list->n; i++) {
		free(list->items[i].message);
		free(list->items[i].file);
		free(list->items[i].element);
		free(list->items[i].application);
		free(list->items[i].message_zh);
	}
	free(list->items);
	list->items = NULL;
	list->n = list->cap = 0;
}

gsb_error gsb__errors_get(const gsb__errors *list, size_t i)
{
	const gsb__noted_error *n = &list->items[i];
	return (gsb_error){ .code = n->code, .message = n->message, .file = n->file,
	                    .line = n->line, .element = n->element,
	                    .application = n->application, .message_zh = n->message_zh };
}

int gsb_programme_add_error(gsb_programme *p, const gsb_error *error)
{
	GSB__CHECK_ARG(p);
	return gsb__errors_add(&p->errors, error);
}

/* ============================================================ adding */

/* [2.1] The reading of "recognised": see the header. */
static bool is_recognised(const gsb_application *app, const gsb_decision *d)
{
	return gsb_decision_outcome(d) == GSB_OUTCOME_ELIGIBLE &&
	       gsb_decision_tier(d) != GSB_TIER_NONE && app->facts[GSB_FACT_RECOGNISED] == GSB_TRUE;
}

/* The totals after adding d, or GSB_EOVERFLOW. */
static int sums_after(const gsb_programme *p, const gsb_decision *d, gsb_fen sums[3])
{
	if (__builtin_add_overflow(p->requested, gsb_decision_requested(d), &sums[0]) ||
	    __builtin_add_overflow(p->granted, gsb_decision_granted(d), &sums[1]) ||
	    __builtin_add_overflow(p->local, gsb_decision_local(d), &sums[2]))
		return gsb__error(GSB_EOVERFLOW, "programme: the sum of awards does not fit in 64-bit fen");
	return GSB_OK;
}

/* What it would take (docs/relevance.md): the needs in both languages and
 * the potential. False when out of memory. */
static bool keep_needs(gsb__incomplete *c, const gsb_decision *d)
{
	if (!gsb_decision_has_relevance(d))
		return true;
	c->potential = true;
	c->potential_outcome = gsb_decision_potential_outcome(d);
	c->potential_tier = gsb_decision_potential_tier(d);
	c->potential_granted = gsb_decision_potential_granted(d);
	size_t n = gsb_decision_need_count(d);
	if (n == 0)
		return true;
	if ((c->needs = calloc(n, sizeof *c->needs)) == NULL)
		return false;
	bool ok = true;
	for (size_t k = 0; ok && k < n; k++, c->n_needs++) {
		gsb__lack *l = &c->needs[k];
		for (int lang = 0; ok && lang < 2; lang++)
			ok = dup_opt(&l->label[lang], gsb_decision_need_label(d, k, (gsb_lang)lang)) &&
			     dup_opt(&l->proof[lang], gsb_decision_need_proof(d, k, (gsb_lang)lang));
		ok = ok && dup_opt(&l->value, gsb_decision_need_value(d, k)) &&
		     dup_opt(&l->provision, gsb_decision_need_provision(d, k));
	}
	return ok;
}

/* [§11.5] Keep an incomplete application with its missing facts and what it
 * would take. */
static int keep_incomplete(gsb_programme *p, const gsb_application *app, const gsb_decision *d)
{
	gsb_fen potential;
	if (__builtin_add_overflow(p->potential, gsb_decision_has_relevance(d) ?
	                           gsb_decision_potential_granted(d) : 0, &potential))
		return gsb__error(GSB_EOVERFLOW, "programme: the sum of awards does not fit in 64-bit fen");
	if (gsb__grow((void **)&p->incomplete, &p->cap_incomplete, p->n_incomplete,
	              sizeof *p->incomplete) < 0)
		return gsb__error(GSB_ENOMEM, "programme: out of memory");
	gsb__incomplete c = { 0 };
	size_t n = gsb_decision_missing_count(d);
	bool ok = dup_opt(&c.id, app->id) && dup_opt(&c.name, app->name) &&
	          (n == 0 || (c.missing = calloc(n, sizeof *c.missing)) != NULL);
	for (size_t k = 0; ok && k < n; k++, c.n_missing++)
		ok = dup_opt(&c.missing[k], gsb_decision_missing(d, k));
	ok = ok && keep_needs(&c, d);
	if (!ok) {
		incomplete_release(&c);
		return gsb__error(GSB_ENOMEM, "programme: out of memory");
	}
	p->incomplete[p->n_incomplete++] = c;
	p->potential = potential;
	return GSB_OK;
}

/* Keep a recognised platform for the listing. */
static int keep_platform(gsb_programme *p, const gsb_application *app, const gsb_decision *d,
                         int city)
{
	if (gsb__grow((void **)&p->platforms, &p->cap_platforms, p->n_platforms,
	              sizeof *p->platforms) < 0)
		return gsb__error(GSB_ENOMEM, "programme: out of memory");
	gsb__platform pl = { .tier = gsb_decision_tier(d), .city = city,
	                     .granted = gsb_decision_granted(d),
	                     .status = gsb_decision_subsidy_status(d) };
	const char *name = app->platform_name ? app->platform_name : app->name;
	if (!dup_opt(&pl.id, app->id) || !dup_opt(&pl.name, name)) {
		free(pl.id);
		return gsb__error(GSB_ENOMEM, "programme: out of memory");
	}
	p->platforms[p->n_platforms++] = pl;
	return GSB_OK;
}

static void count_row(gsb__group_row *row, bool recognised, gsb_fen granted)
{
	row->applications++;
	row->recognised += recognised;
	row->granted += granted; /* never past the total, checked in sums_after */
}

/* [2.2] Indicators reported and met by a recognised platform, once each. */
static void count_effect(gsb_programme *p, const gsb_decision *d)
{
	unsigned reported = 0, met = 0;
	for (size_t i = 0; i < gsb_decision_kpi_count(d); i++) {
		gsb_kpi k = gsb_decision_kpi(d, i);
		if ((unsigned)k >= GSB_KPI_COUNT)
			continue;
		reported |= 1u << k;
		if (gsb_decision_kpi_met(d, i) == GSB_TRUE)
			met |= 1u << k;
	}
	for (int k = 0; k < GSB_KPI_COUNT; k++) {
		p->kpi_reported[k] += (reported >> k) & 1;
		p->kpi_met[k] += (met >> k) & 1;
	}
}

int gsb_programme_add(gsb_programme *p, const gsb_application *app, const gsb_decision *d)
{
	GSB__CHECK_ARG(p);
	GSB__CHECK_ARG(app);
	GSB__CHECK_ARG(d);
	gsb_fen sums[3] = { 0, 0, 0 };
	int rc = sums_after(p, d, sums);
	if (rc < 0)
		return rc;
	gsb_outcome outcome = gsb_decision_outcome(d);
	bool recognised = is_recognised(app, d);
	gsb_date date = p->as_of != GSB_DATE_NONE ? p->as_of : gsb_decision_as_of(d);
	int city = gsb__city_index(app, date);
	if (outcome == GSB_OUTCOME_INCOMPLETE)
		rc = keep_incomplete(p, app, d);
	else if (recognised) /* eligible: never incomplete too */
		rc = keep_platform(p, app, d, city);
	if (rc < 0)
		return rc;
	p->requested = sums[0];
	p->granted = sums[1];
	p->local = sums[2];
	p->count++;
	if ((unsigned)outcome < 3)
		p->outcomes[outcome]++;
	if (recognised) {
		p->recognised[gsb_decision_tier(d)]++;
		count_effect(p, d);
	}
	gsb_fen granted = gsb_decision_granted(d);
	count_row(&p->rows[GSB_GROUP_CITY][city], recognised, granted);
	unsigned rows = industry_rows(app);
	for (int r = 0; r < GSB__IND_COUNT; r++)
		if (rows & (1u << r))
			count_row(&p->rows[GSB_GROUP_INDUSTRY][r], recognised, granted);
	gsb_date as_of = gsb_decision_as_of(d);
	if (p->latest == GSB_DATE_NONE || as_of > p->latest)
		p->latest = as_of;
	return GSB_OK;
}

/* ============================================================ accessors */

GSB__GET(gsb_date, gsb_programme_as_of, gsb_programme, as_of, GSB_DATE_NONE)

gsb_date gsb_programme_target_date(const gsb_programme *p)
{
	if (p == NULL)
		return GSB_DATE_NONE;
	if (p->as_of != GSB_DATE_NONE)
		return p->as_of;
	return p->latest != GSB_DATE_NONE ? p->latest : gsb_date_today();
}

GSB__GET(size_t, gsb_programme_count, gsb_programme, count, 0)

size_t gsb_programme_outcome_count(const gsb_programme *p, gsb_outcome outcome)
{
	return p && (unsigned)outcome < 3 ? p->outcomes[outcome] : 0;
}

GSB__GET(size_t, gsb_programme_error_count, gsb_programme, errors.n, 0)

GSB__GET_AT(const char *, gsb_programme_error_message,
            gsb_programme, o->errors.n, errors.items[i].message, NULL)
GSB__GET_AT(const char *, gsb_programme_error_file,
            gsb_programme, o->errors.n, errors.items[i].file, NULL)
GSB__GET_AT(long, gsb_programme_error_line, gsb_programme, o->errors.n, errors.items[i].line, 0)
GSB__GET_AT(const char *, gsb_programme_error_application,
            gsb_programme, o->errors.n, errors.items[i].application, NULL)

/* ---- targets [2.1] ---- */

size_t gsb_programme_recognised(const gsb_programme *p, gsb_tier tier)
{
	if (p == NULL || (unsigned)tier > GSB_TIER_COMPREHENSIVE)
		return 0;
	if (tier == GSB_TIER_NONE)
		return p->recognised[1] + p->recognised[2] + p->recognised[3];
	return p->recognised[tier];
}

int64_t gsb_programme_target(const gsb_programme *p, gsb_tier tier)
{
	static const gsb__param params[] = {
		[GSB_TIER_ENTERPRISE] = GSB_P_TARGET_ENTERPRISE,       /* 2.1: 100 百 */
		[GSB_TIER_CROSS_DOMAIN] = GSB_P_TARGET_CROSS_DOMAIN,   /* 2.1: 10 十 */
		[GSB_TIER_COMPREHENSIVE] = GSB_P_TARGET_COMPREHENSIVE, /* 2.1: 1 个 */
	};
	if (p == NULL || tier <= GSB_TIER_NONE || (unsigned)tier > GSB_TIER_COMPREHENSIVE)
		return -1;
	const gsb__param_value *v =
		gsb__policy_value(p->policy, params[tier], gsb_programme_target_date(p));
	return v ? v->i : -1;
}

int gsb_programme_target_met(const gsb_programme *p, gsb_tier tier)
{
	int64_t target = gsb_programme_target(p, tier);
	return target >= 0 && (int64_t)gsb_programme_recognised(p, tier) >= target;
}

/* ---- money ---- */

GSB__GET(gsb_fen, gsb_programme_requested, gsb_programme, requested, 0)
GSB__GET(gsb_fen, gsb_programme_granted, gsb_programme, granted, 0)
GSB__GET(gsb_fen, gsb_programme_local, gsb_programme, local, 0)

/* ---- groups ---- */

/* The row of the i-th group with an application, or NULL. */
static const gsb__group_row *group_at(const gsb_programme *p, gsb_group group, size_t i,
                                      size_t *row)
{
	if (p == NULL || (unsigned)group > GSB_GROUP_INDUSTRY)
		return NULL;
	for (size_t r = 0; r < gsb__group_rows(group); r++) {
		if (p->rows[group][r].applications == 0)
			continue;
		if (i-- == 0) {
			if (row)
				*row = r;
			return &p->rows[group][r];
		}
	}
	return NULL;
}

size_t gsb_programme_group_count(const gsb_programme *p, gsb_group group)
{
	size_t n = 0;
	while (group_at(p, group, n, NULL) != NULL)
		n++;
	return n;
}

const char *gsb_programme_group_code(const gsb_programme *p, gsb_group group, size_t i)
{
	size_t row;
	return group_at(p, group, i, &row) ? gsb__group_row_code(group, row) : NULL;
}

const char *gsb_programme_group_label(const gsb_programme *p, gsb_group group, size_t i,
                                      gsb_lang lang)
{
	size_t row;
	return group_at(p, group, i, &row) ? gsb__group_row_label(group, row, lang) : NULL;
}

long gsb_programme_group_find(const gsb_programme *p, gsb_group group, const char *code)
{
	const char *c;
	for (size_t i = 0; code && (c = gsb_programme_group_code(p, group, i)) != NULL; i++)
		if (strcmp(c, code) == 0)
			return (long)i;
	return -1;
}

size_t gsb_programme_group_applications(const gsb_programme *p, gsb_group group, size_t i)
{
	const gsb__group_row *r = group_at(p, group, i, NULL);
	return r ? r->applications : 0;
}

size_t gsb_programme_group_recognised(const gsb_programme *p, gsb_group group, size_t i)
{
	const gsb__group_row *r = group_at(p, group, i, NULL);
	return r ? r->recognised : 0;
}

gsb_fen gsb_programme_group_granted(const gsb_programme *p, gsb_group group, size_t i)
{
	const gsb__group_row *r = group_at(p, group, i, NULL);
	return r ? r->granted : 0;
}

/* ---- incomplete ---- */

static const gsb__incomplete *incomplete_at(const gsb_programme *p, size_t i)
{
	return p && i < p->n_incomplete ? &p->incomplete[i] : NULL;
}

GSB__GET(size_t, gsb_programme_incomplete_count, gsb_programme, n_incomplete, 0)
GSB__GET_AT(const char *, gsb_programme_incomplete_application,
            gsb_programme, o->n_incomplete, incomplete[i].id, NULL)
GSB__GET_AT(const char *, gsb_programme_incomplete_name,
            gsb_programme, o->n_incomplete, incomplete[i].name, NULL)
GSB__GET_AT(size_t, gsb_programme_incomplete_missing_count,
            gsb_programme, o->n_incomplete, incomplete[i].n_missing, 0)

const char *gsb_programme_incomplete_missing(const gsb_programme *p, size_t i, size_t k)
{
	const gsb__incomplete *c = incomplete_at(p, i);
	return c && k < c->n_missing ? c->missing[k] : NULL;
}

/* ---- platforms ---- */

GSB__GET(size_t, gsb__programme_platform_count, gsb_programme, n_platforms, 0)

static const gsb__platform *platform_at(const gsb_programme *p, size_t i)
{
	return p && i < p->n_platforms ? &p->platforms[i] : NULL;
}

GSB__GET_AT(const char *, gsb_programme_platform_application,
            gsb_programme, o->n_platforms, platforms[i].id, NULL)
GSB__GET_AT(const char *, gsb_programme_platform_name,
            gsb_programme, o->n_platforms, platforms[i].name, NULL)
GSB__GET_AT(gsb_tier, gsb_programme_platform_tier,
            gsb_programme, o->n_platforms, platforms[i].tier, GSB_TIER_NONE)

const char *gsb_programme_platform_city(const gsb_programme *p, size_t i)
{
	const gsb__platform *pl = platform_at(p, i);
	return pl ? cities[pl->city].code : NULL;
}

GSB__GET_AT(gsb_fen, gsb_programme_platform_granted,
            gsb_programme, o->n_platforms, platforms[i].granted, 0)

/* ---- effect ---- */

size_t gsb_programme_kpi_reported(const gsb_programme *p, gsb_kpi kpi)
{
	return p && (unsigned)kpi < GSB_KPI_COUNT ? p->kpi_reported[kpi] : 0;
}

size_t gsb_programme_kpi_met(const gsb_programme *p, gsb_kpi kpi)
{
	return p && (unsigned)kpi < GSB_KPI_COUNT ? p->kpi_met[kpi] : 0;
}

/* ============================================================ collation */

typedef struct {
	uint8_t *key;
	size_t index;
} sort_item;

static int sort_item_cmp(const void *a, const void *b)
{
	const sort_item *x = a, *y = b;
	int c = strcmp((const char *)x->key, (const char *)y->key);
	return c ? c : (x->index > y->index) - (x->index < y->index);
}

/* The collation sort key of a UTF-8 string (malloc'd, NUL-terminated). */
static uint8_t *sort_key(const UCollator *coll, const char *s)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t len = 0;
	u_strFromUTF8WithSub(NULL, 0, &len, s ? s : "", -1, 0xFFFD, NULL, &st);
	if (st != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(st))
		return NULL;
	st = U_ZERO_ERROR;
	UChar *u = malloc(((size_t)len + 1) * sizeof *u);
	if (u == NULL)
		return NULL;
	u_strFromUTF8WithSub(u, len + 1, NULL, s ? s : "", -1, 0xFFFD, NULL, &st);
	uint8_t *key = NULL;
	if (!U_FAILURE(st)) {
		int32_t n = ucol_getSortKey(coll, u, len, NULL, 0);
		key = n > 0 ? malloc((size_t)n) : NULL;
		if (key)
			ucol_getSortKey(coll, u, len, key, n);
	}
	free(u);
	return key;
}

int gsb__collate_order(size_t *order, const char *const *strings, size_t n)
{
	UErrorCode st = U_ZERO_ERROR;
	UCollator *coll = ucol_open("zh", &st); /* pinyin order for Han characters */
	if (U_FAILURE(st))
		return gsb__error(GSB_ERROR, "ICU: cannot open the zh collator: %s", u_errorName(st));
	sort_item *items = calloc(n ? n : 1, sizeof *items);
	int rc = items ? GSB_OK : gsb__error(GSB_ENOMEM, "collation: out of memory");
	for (size_t i = 0; rc == GSB_OK && i < n; i++) {
		items[i].index = i;
		if ((items[i].key = sort_key(coll, strings[i])) == NULL)
			rc = gsb__error(GSB_ENOMEM, "collation: cannot make a sort key");
	}
	if (rc == GSB_OK) {
		qsort(items, n, sizeof *items, sort_item_cmp);
		for (size_t i = 0; i < n; i++)
			order[i] = items[i].index;
	}
	for (size_t i = 0; items && i < n; i++)
		free(items[i].key);
	free(items);
	ucol_close(coll);
	return rc;
}
