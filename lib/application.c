/* libgeshibai — an application built field by field (formats.md "Application"). */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

static const char *const fact_names[GSB_FACT_COUNT] = {
	"dishonestDebtor", "seriousDishonesty", "majorTaxViolation", "capable", "builder", "owner",
	"operatingWell", "developmentPlan", "overallStrength", "precisePositioning", "userBase",
	"prospects", "demonstrationEffect", "governmentLed", "thirdPartyOperated",
	"intranetUpgrade", "industryLeading", "recognised", "keySupport",
};

static const char *const metric_names[GSB_METRIC_COUNT] = {
	"connectedDevices", "apiCallsPerDay", "enterprisesServed",
};

const char *gsb_fact_name(gsb_fact fact)
{
	return (unsigned)fact < GSB_FACT_COUNT ? fact_names[fact] : NULL;
}

const char *gsb_metric_name(gsb_metric metric)
{
	return (unsigned)metric < GSB_METRIC_COUNT ? metric_names[metric] : NULL;
}

int gsb__grow(void **array, size_t *cap, size_t n, size_t elem)
{
	if (n < *cap)
		return GSB_OK;
	size_t want = *cap ? *cap * 2 : 4;
	if (want > SIZE_MAX / elem)
		return gsb__error(GSB_ENOMEM, "out of memory");
	void *p = realloc(*array, want * elem);
	if (p == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	*array = p;
	*cap = want;
	return GSB_OK;
}

int gsb_application_new(gsb_application **out)
{
	GSB__CHECK_ARG(out);
	gsb_application *a = calloc(1, sizeof *a);
	if (a == NULL) {
		*out = NULL;
		return gsb__error(GSB_ENOMEM, "out of memory");
	}
	a->submitted = GSB_DATE_NONE;
	a->claimed = GSB_TIER_NONE;
	a->legal_form = GSB_LEGAL_FORM_NONE;
	for (int i = 0; i < GSB_FACT_COUNT; i++)
		a->facts[i] = GSB_UNKNOWN;
	a->builder_type = GSB_BUILDER_NONE;
	a->operating_since = GSB_DATE_NONE;
	*out = a;
	return GSB_OK;
}

void gsb_application_free(gsb_application *a)
{
	if (a == NULL)
		return;
	free(a->id);
	free(a->name);
	free(a->uscc);
	free(a->platform_name);
	for (int l = 0; l < GSB_LIST_COUNT; l++) {
		for (size_t i = 0; i < a->lists[l].n; i++)
			free(a->lists[l].items[i]);
		free(a->lists[l].items);
	}
	for (size_t i = 0; i < a->n_listings; i++)
		free(a->listings[i].text);
	free(a->listings);
	free(a->loans);
	for (size_t i = 0; i < a->n_locals; i++)
		free(a->locals[i].source);
	free(a->locals);
	free(a->kpis);
	free(a);
}

/* Replace *field by a copy of a valid UTF-8 string. */
static int set_string(char **field, const char *value, const char *what)
{
	if (value == NULL)
		return gsb__error(GSB_EINVAL, "%s: NULL", what);
	if (!gsb__utf8_valid(value, strlen(value)))
		return gsb__error(GSB_EINVAL, "%s: invalid UTF-8", what);
	char *copy = strdup(value);
	if (copy == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	free(*field);
	*field = copy;
	return GSB_OK;
}

int gsb_application_set_id(gsb_application *app, const char *id)
{
	GSB__CHECK_ARG(app);
	return set_string(&app->id, id, "application id");
}

int gsb_application_set_year(gsb_application *app, int year)
{
	GSB__CHECK_ARG(app);
	if (year < 1 || year > 9999)
		return gsb__error(GSB_EINVAL, "application year %d out of range 1..9999", year);
	app->year = year;
	return GSB_OK;
}

int gsb_application_set_submitted(gsb_application *app, gsb_date date)
{
	GSB__CHECK_ARG(app);
	if (date == GSB_DATE_NONE)
		return gsb__error(GSB_EINVAL, "submitted: no date");
	app->submitted = date;
	return GSB_OK;
}

int gsb_application_set_claimed_tier(gsb_application *app, gsb_tier tier)
{
	GSB__CHECK_ARG(app);
	if ((unsigned)tier > GSB_TIER_COMPREHENSIVE)
		return gsb__error(GSB_EINVAL, "claimed tier %d out of range", (int)tier);
	app->claimed = tier;
	return GSB_OK;
}

int gsb_application_set_name(gsb_application *app, const char *name)
{
	GSB__CHECK_ARG(app);
	return set_string(&app->name, name, "applicant name");
}

int gsb_application_set_uscc(gsb_application *app, const char *uscc)
{
	GSB__CHECK_ARG(app);
	int rc = set_string(&app->uscc, uscc, "uscc");
	if (rc == GSB_OK) /* decoded once here, read by every evaluation */
		rc = gsb_uscc_decode(&app->uscc_decoded, app->uscc);
	return rc;
}

int gsb_application_set_division(gsb_application *app, const char *division)
{
	GSB__CHECK_ARG(app);
	GSB__CHECK_ARG(division);
	size_t n = strlen(division);
	bool ok = n == 6;
	for (size_t i = 0; ok && i < n; i++)
		ok = division[i] >= '0' && division[i] <= '9';
	if (!ok)
		return gsb__error(GSB_EINVAL, "division code '%.20s' is not six digits", division);
	memcpy(app->division, division, 7);
	return GSB_OK;
}

int gsb_application_set_legal_form(gsb_application *app, gsb_legal_form form)
{
	GSB__CHECK_ARG(app);
	if ((int)form < GSB_LEGAL_FORM_NONE || form >= GSB_LEGAL_FORM_COUNT)
		return gsb__error(GSB_EINVAL, "legal form %d out of range", (int)form);
	app->legal_form = form;
	return GSB_OK;
}

int gsb_application_set_fact(gsb_application *app, gsb_fact fact, gsb_tri value)
{
	GSB__CHECK_ARG(app);
	if ((unsigned)fact >= GSB_FACT_COUNT)
		return gsb__error(GSB_EINVAL, "fact %d out of range", (int)fact);
	if (value != GSB_TRUE && value != GSB_FALSE && value != GSB_UNKNOWN)
		return gsb__error(GSB_EINVAL, "fact value %d is not a gsb_tri", (int)value);
	app->facts[fact] = value;
	return GSB_OK;
}

int gsb_application_set_platform_name(gsb_application *app, const char *name)
{
	GSB__CHECK_ARG(app);
	return set_string(&app->platform_name, name, "platform name");
}

int gsb_application_set_builder_type(gsb_application *app, gsb_builder_type type)
{
	GSB__CHECK_ARG(app);
	if ((int)type < GSB_BUILDER_NONE || type >= GSB_BUILDER_COUNT)
		return gsb__error(GSB_EINVAL, "builder type %d out of range", (int)type);
	app->builder_type = type;
	return GSB_OK;
}

int gsb_application_set_operating_since(gsb_application *app, gsb_date date)
{
	GSB__CHECK_ARG(app);
	if (date == GSB_DATE_NONE)
		return gsb__error(GSB_EINVAL, "operatingSince: no date");
	app->operating_since = date;
	return GSB_OK;
}

int gsb_application_declare_list(gsb_application *app, gsb_list list)
{
	GSB__CHECK_ARG(app);
	if ((unsigned)list >= GSB_LIST_COUNT)
		return gsb__error(GSB_EINVAL, "list %d out of range", (int)list);
	app->lists[list].declared = true;
	return GSB_OK;
}

/* Add item i of a list to the facts of items 0..i-1 (what the tier rules of
 * tier.c ask of a list). */
static void facts_add(gsb__list_facts *f, gsb_list list, char *const *items, size_t i)
{
	const char *value = items[i];
	size_t n_codes = gsb_list_code_count(list);
	for (size_t k = 0; k < n_codes && k < 32; k++)
		if (strcmp(gsb_list_code(list, k), value) == 0) {
			f->codes |= 1u << k;
			break;
		}
	bool seen = value[0] == '\0';
	for (size_t j = 0; j < i && !seen; j++)
		seen = strcmp(items[j], value) == 0;
	f->distinct += !seen;
	if (list == GSB_LIST_INDUSTRIES)
		for (int k = 0; k < GSB_INDUSTRY_COUNT && !f->ten; k++) {
			const char *code = gsb_industry_name((gsb_industry)k);
			f->ten = code != NULL && strcmp(code, value) == 0;
		}
}

gsb__list_facts gsb__list_facts_count(const gsb__strlist *l, gsb_list list)
{
	gsb__list_facts f = { 0 };
	for (size_t i = 0; i < l->n; i++)
		facts_add(&f, list, l->items, i);
	return f;
}

int gsb_application_add_item(gsb_application *app, gsb_list list, const char *item)
{
	GSB__CHECK_ARG(app);
	GSB__CHECK_ARG(item);
	if ((unsigned)list >= GSB_LIST_COUNT)
		return gsb__error(GSB_EINVAL, "list %d out of range", (int)list);
	if (!gsb__utf8_valid(item, strlen(item)))
		return gsb__error(GSB_EINVAL, "%s item: invalid UTF-8", gsb_list_name(list));
	char *value = NULL;
	int rc;
	switch (list) {
	case GSB_LIST_INDUSTRIES: {
		gsb_industry ind;
		rc = gsb_industry_lookup(&ind, &value, item);
		break;
	}
	case GSB_LIST_CLUSTERS:
		rc = gsb_cluster_lookup(&value, item);
		break;
	case GSB_LIST_SCENARIOS:
		rc = gsb_scenario_lookup(&value, item);
		break;
	default:
		if (gsb_list_code_index(list, item) < 0)
			return gsb__error(GSB_EINVAL, "'%.60s' is not a code of %s", item,
			                  gsb_list_name(list));
		value = strdup(item);
		rc = value ? GSB_OK : gsb__error(GSB_ENOMEM, "out of memory");
	}
	if (rc != GSB_OK)
		return rc;
	gsb__strlist *l = &app->lists[list];
	if ((rc = gsb__grow((void **)&l->items, &l->cap, l->n, sizeof *l->items)) != GSB_OK) {
		free(value);
		return rc;
	}
	l->facts = gsb__list_facts_of(l, list);
	l->items[l->n] = value;
	facts_add(&l->facts, list, l->items, l->n);
	l->facts_n = ++l->n;
	l->declared = true;
	return GSB_OK;
}

int gsb_application_set_metric(gsb_application *app, gsb_metric metric, int64_t value)
{
	GSB__CHECK_ARG(app);
	if ((unsigned)metric >= GSB_METRIC_COUNT || value < 0)
		return gsb__error(GSB_EINVAL, "metric %d = %lld out of range", (int)metric,
		                  (long long)value);
	app->metrics[metric] = value;
	app->metrics_set |= 1u << metric;
	return GSB_OK;
}

int gsb_application_declare_listings(gsb_application *app)
{
	GSB__CHECK_ARG(app);
	app->listings_declared = true;
	return GSB_OK;
}

int gsb_application_add_listing(gsb_application *app, gsb_listing_kind kind, int year,
                                const char *text)
{
	GSB__CHECK_ARG(app);
	if ((unsigned)kind >= GSB_LISTING_COUNT || year < 0 || year > 9999)
		return gsb__error(GSB_EINVAL, "listing kind %d, year %d out of range", (int)kind, year);
	if (text && !gsb__utf8_valid(text, strlen(text)))
		return gsb__error(GSB_EINVAL, "listing text: invalid UTF-8");
	int rc = gsb__grow((void **)&app->listings, &app->cap_listings, app->n_listings,
	                   sizeof *app->listings);
	if (rc != GSB_OK)
		return rc;
	gsb__listing *l = &app->listings[app->n_listings];
	l->kind = kind;
	l->year = year;
	l->text = NULL;
	if (text && (l->text = strdup(text)) == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	app->n_listings++;
	app->listings_declared = true;
	return GSB_OK;
}

int gsb_application_set_expert_score(gsb_application *app, const char *score)
{
	GSB__CHECK_ARG(app);
	GSB__CHECK_ARG(score);
	gsb__dec d;
	int rc = gsb__dec_parse(&d, score, 4);
	if (rc != GSB_OK)
		return rc;
	__int128 e4 = (__int128)d.mant * gsb__pow10(4 - d.scale);
	if (e4 > INT64_MAX || e4 < INT64_MIN)
		return gsb__error(GSB_EOVERFLOW, "expert score '%.40s' is too large", score);
	app->score_e4 = (int64_t)e4;
	app->has_score = true;
	return GSB_OK;
}

static int check_amount(gsb_fen amount, const char *what)
{
	if (amount < 0)
		return gsb__error(GSB_EINPUT, "%s: negative amount", what);
	return GSB_OK;
}

int gsb_application_set_award(gsb_application *app, gsb_fen amount)
{
	GSB__CHECK_ARG(app);
	int rc = check_amount(amount, "award");
	if (rc == GSB_OK) {
		app->award = amount;
		app->has_award = true;
	}
	return rc;
}

int gsb_application_set_equity(gsb_application *app, gsb_fen amount)
{
	GSB__CHECK_ARG(app);
	int rc = check_amount(amount, "equity");
	if (rc == GSB_OK) {
		app->equity = amount;
		app->has_equity = true;
	}
	return rc;
}

int gsb_application_add_loan(gsb_application *app, gsb_fen principal, const char *rate_percent,
                             gsb_date start, gsb_date end, const char *ratio)
{
	GSB__CHECK_ARG(app);
	GSB__CHECK_ARG(rate_percent);
	gsb__loan loan = { .principal = principal, .start = start, .end = end };
	int rc = check_amount(principal, "loan principal");
	if (rc != GSB_OK)
		return rc;
	if (start == GSB_DATE_NONE || end == GSB_DATE_NONE)
		return gsb__error(GSB_EINVAL, "loan: start and end dates are required");
	if (end < start)
		return gsb__error(GSB_EINPUT, "loan ends before it starts");
	/* rules.md §11.11: ratePercent and ratio have at most four decimals */
	if ((rc = gsb__dec_parse(&loan.rate_percent, rate_percent, 4)) != GSB_OK)
		return gsb__error(rc == GSB_EOVERFLOW ? rc : GSB_EINPUT, "loan ratePercent: %s",
		                  gsb_error_last()->message);
	if (loan.rate_percent.mant < 0)
		return gsb__error(GSB_EINPUT, "loan ratePercent is negative");
	if (ratio) {
		if ((rc = gsb__dec_parse(&loan.ratio, ratio, 4)) != GSB_OK)
			return gsb__error(rc == GSB_EOVERFLOW ? rc : GSB_EINPUT, "loan ratio: %s",
			                  gsb_error_last()->message);
		if (loan.ratio.mant < 0)
			return gsb__error(GSB_EINPUT, "loan ratio is negative");
		loan.has_ratio = true;
	}
	if ((rc = gsb__grow((void **)&app->loans, &app->cap_loans, app->n_loans,
	                    sizeof *app->loans)) != GSB_OK)
		return rc;
	app->loans[app->n_loans++] = loan;
	return GSB_OK;
}

int gsb_application_add_local(gsb_application *app, gsb_fen amount, const char *source)
{
	GSB__CHECK_ARG(app);
	int rc = check_amount(amount, "local support");
	if (rc != GSB_OK)
		return rc;
	if (source && !gsb__utf8_valid(source, strlen(source)))
		return gsb__error(GSB_EINVAL, "local source: invalid UTF-8");
	if ((rc = gsb__grow((void **)&app->locals, &app->cap_locals, app->n_locals,
	                    sizeof *app->locals)) != GSB_OK)
		return rc;
	gsb__local *l = &app->locals[app->n_locals];
	l->amount = amount;
	l->source = NULL;
	if (source && (l->source = strdup(source)) == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	app->n_locals++;
	return GSB_OK;
}

int gsb_application_add_kpi(gsb_application *app, gsb_kpi kpi, const char *baseline,
                            const char *current)
{
	GSB__CHECK_ARG(app);
	GSB__CHECK_ARG(baseline);
	GSB__CHECK_ARG(current);
	if ((unsigned)kpi >= GSB_KPI_COUNT)
		return gsb__error(GSB_EINVAL, "indicator %d out of range", (int)kpi);
	gsb__kpi_in k = { .kpi = kpi };
	int rc;
	if ((rc = gsb__dec_parse(&k.baseline, baseline, 18)) != GSB_OK ||
	    (rc = gsb__dec_parse(&k.current, current, 18)) != GSB_OK)
		return rc;
	if ((rc = gsb__grow((void **)&app->kpis, &app->cap_kpis, app->n_kpis,
	                    sizeof *app->kpis)) != GSB_OK)
		return rc;
	gsb__kpi_judge(&k);
	app->kpis[app->n_kpis++] = k;
	return GSB_OK;
}

const char *gsb_application_id(const gsb_application *app)
{
	return app ? app->id : NULL;
}

long gsb_application_line(const gsb_application *app)
{
	return app ? app->line : 0;
}
