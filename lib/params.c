/*
 * libgeshibai — the parameters of the rule book (docs/rules.md §0) and the policy
 * that holds them. Every default cites the provision it comes from; a
 * parameters file (params_read.c) adds values with validity periods.
 */
#include <stdlib.h>
#include <string.h>
#include "error_int.h"
#include "params_int.h"

#define GSB_POLICY_ID "sd-2018-ge-shi-bai"

/* name, type, provision, default, and the range allowed (min, max inclusive;
 * docs/parameters.md gives the reasons): wide enough for any annual guide or
 * what-if reform, narrow enough that no arithmetic with a value can overflow
 * (a day count added to a date stays inside years 1..9999; a cap times a
 * count of awards stays inside 64-bit fen; a ratio or tolerance is at most 1). */
const gsb__param_def gsb__params[GSB_P_COUNT] = {
	[GSB_P_POLICY_FROM] = { "policy.from", GSB_PARAM_DATE, "notice", "2018-12-20",
		"2000-01-01", "2099-12-31" },
	[GSB_P_POLICY_TO] = { "policy.to", GSB_PARAM_DATE, "notice", "2020-12-31",
		"2000-01-01", "2099-12-31" },
	[GSB_P_POLICY_FIRST_YEAR] = { "policy.first-year", GSB_PARAM_INTEGER, "preamble", "2018",
		"2000", "2099" },
	[GSB_P_POLICY_LAST_YEAR] = { "policy.last-year", GSB_PARAM_INTEGER, "preamble", "2020",
		"2000", "2099" },
	[GSB_P_AWARD_CAP] = { "award.cap", GSB_PARAM_MONEY, "4.1", "10000000.00",
		"0.00", "10000000000.00" },
	[GSB_P_AWARD_CAP_NATIONAL] = { "award.cap-national", GSB_PARAM_MONEY, "4.1", "30000000.00",
		"0.00", "10000000000.00" },
	[GSB_P_AWARD_INTEREST_RATIO] = { "award.interest-ratio", GSB_PARAM_DECIMAL, "4.1", "1",
		"0", "1" },
	[GSB_P_MIN_RESOURCES] = { "tier.cross-domain.min-resources", GSB_PARAM_INTEGER, "3.1.3", "5",
		"0", "1000000" },
	[GSB_P_MIN_INDUSTRIES] = { "tier.cross-domain.min-industries", GSB_PARAM_INTEGER, "3.1.3", "2",
		"0", "1000" },
	[GSB_P_MIN_DOMAINS] = { "tier.cross-domain.min-domains", GSB_PARAM_INTEGER, "3.1.3", "2",
		"0", "1000" },
	[GSB_P_MIN_DEVICES] = { "tier.cross-domain.min-devices", GSB_PARAM_INTEGER, "3.1.3", NULL,
		"0", "1000000000000" },
	[GSB_P_MIN_API_CALLS] = { "tier.cross-domain.min-api-calls", GSB_PARAM_INTEGER, "3.1.3", NULL,
		"0", "1000000000000000" },
	[GSB_P_WITHHOLDING_DAYS] = { "misuse.withholding-days", GSB_PARAM_INTEGER, "5.4", "30",
		"0", "3650" },
	[GSB_P_LINE_TOLERANCE] = { "misuse.line-tolerance", GSB_PARAM_DECIMAL, "5.4", "0.1",
		"0", "1" },
	[GSB_P_METRIC_TOLERANCE] = { "misuse.metric-tolerance", GSB_PARAM_DECIMAL, "5.4", "0.1",
		"0", "1" },
	[GSB_P_PUBLICITY_DAYS] = { "review.publicity-days", GSB_PARAM_INTEGER, "5.2", "5",
		"0", "365" },
	[GSB_P_TARGET_COMPREHENSIVE] = { "target.comprehensive", GSB_PARAM_INTEGER, "2.1", "1",
		"0", "1000000" },
	[GSB_P_TARGET_CROSS_DOMAIN] = { "target.cross-domain", GSB_PARAM_INTEGER, "2.1", "10",
		"0", "1000000" },
	[GSB_P_TARGET_ENTERPRISE] = { "target.enterprise", GSB_PARAM_INTEGER, "2.1", "100",
		"0", "1000000" },
};

/* An override, kept in a list per parameter; later ones win. */
typedef struct gsb__override {
	struct gsb__override *next; /* earlier override */
	gsb__param_value v;
	char *text, *reference;
} gsb__override;

struct gsb_policy {
	char *source;
	char *file; /* the parameters document's file name, or NULL */
	bool has_default[GSB_P_COUNT];
	gsb__param_value defaults[GSB_P_COUNT];
	gsb__override *latest[GSB_P_COUNT];
};

int gsb__param_index(const char *name)
{
	if (name == NULL)
		return -1;
	for (int i = 0; i < GSB_P_COUNT; i++)
		if (strcmp(gsb__params[i].name, name) == 0)
			return i;
	return -1;
}

/* Text into v per type, without setting a message: GSB_OK, GSB_EINVAL or
 * GSB_EOVERFLOW. */
static int parse_raw(gsb__param_value *v, gsb_param_type type, const char *text)
{
	int rc = GSB_OK;
	switch (type) {
	case GSB_PARAM_MONEY:
		rc = gsb_fen_parse(&v->i, text);
		break;
	case GSB_PARAM_INTEGER: {
		gsb__dec d;
		rc = gsb__dec_parse(&d, text, 0);
		v->i = d.mant;
		break;
	}
	case GSB_PARAM_DECIMAL:
		rc = gsb__dec_parse(&v->d, text, 6);
		break;
	case GSB_PARAM_DATE: {
		gsb_date d = GSB_DATE_NONE;
		rc = gsb_date_parse(&d, text);
		v->i = d;
		break;
	}
	}
	return rc;
}

/* -1, 0, 1: a against b, both of the type. */
static int value_cmp(const gsb__param_value *a, const gsb__param_value *b, gsb_param_type type)
{
	if (type == GSB_PARAM_DECIMAL)
		return gsb__dec_cmp(a->d, b->d);
	return a->i < b->i ? -1 : a->i > b->i;
}

int gsb__param_value_cmp(const gsb__param_value *a, const gsb__param_value *b, gsb__param p)
{
	return value_cmp(a, b, gsb__params[p].type);
}

int gsb__param_parse(gsb__param_value *v, gsb__param p, const char *text)
{
	GSB__CHECK_ARG(v);
	GSB__CHECK_ARG(text);
	const gsb__param_def *def = &gsb__params[p];
	v->text = text;
	int rc = parse_raw(v, def->type, text);
	if (rc != GSB_OK) {
		static const char *const want[] = { "an amount in yuan (two decimals)",
			"an integer", "a decimal", "a date YYYY-MM-DD" };
		return gsb__error(rc == GSB_EOVERFLOW ? GSB_EOVERFLOW : GSB_EINVAL,
		                  "parameter %s: '%.40s' is not %s (range %s..%s)", def->name, text,
		                  want[def->type], def->min_text, def->max_text);
	}
	gsb__param_value lo = { 0 }, hi = { 0 };
	if (parse_raw(&lo, def->type, def->min_text) != GSB_OK ||
	    parse_raw(&hi, def->type, def->max_text) != GSB_OK)
		return gsb__error(GSB_ERROR, "built-in range of parameter %s is malformed", def->name);
	if (value_cmp(v, &lo, def->type) < 0 || value_cmp(v, &hi, def->type) > 0)
		return gsb__error(GSB_EINVAL, "parameter %s: '%.40s' is outside its range %s..%s",
		                  def->name, text, def->min_text, def->max_text);
	return GSB_OK;
}

int gsb__policy_create(gsb_policy **out, const char *source)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	gsb_policy *p = calloc(1, sizeof *p);
	if (p == NULL || (source && (p->source = strdup(source)) == NULL)) {
		free(p);
		return gsb__error(GSB_ENOMEM, "out of memory");
	}
	for (int i = 0; i < GSB_P_COUNT; i++) {
		gsb__param_value *v = &p->defaults[i];
		v->from = v->to = GSB_DATE_NONE;
		v->reference = NULL;
		if (gsb__params[i].default_text == NULL)
			continue;
		if (gsb__param_parse(v, (gsb__param)i, gsb__params[i].default_text) != GSB_OK) {
			gsb_policy_free(p);
			return gsb__error(GSB_ERROR, "built-in parameter %s is malformed", gsb__params[i].name);
		}
		p->has_default[i] = true;
	}
	*out = p;
	return GSB_OK;
}

int gsb__policy_add(gsb_policy *policy, gsb__param p, const char *text, gsb_date from,
                    gsb_date to, const char *reference)
{
	GSB__CHECK_ARG(policy);
	GSB__CHECK_ARG(text);
	if ((int)p < 0 || p >= GSB_P_COUNT)
		return gsb__error(GSB_EINVAL, "no such parameter");
	gsb__override *o = calloc(1, sizeof *o);
	if (o == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	o->text = strdup(text);
	o->reference = reference ? strdup(reference) : NULL;
	int rc = o->text && (!reference || o->reference)
		? gsb__param_parse(&o->v, p, o->text)
		: gsb__error(GSB_ENOMEM, "out of memory");
	if (rc != GSB_OK) {
		free(o->text);
		free(o->reference);
		free(o);
		return rc;
	}
	o->v.text = o->text;
	o->v.reference = o->reference;
	o->v.from = from;
	o->v.to = to;
	o->next = policy->latest[p];
	policy->latest[p] = o;
	return GSB_OK;
}

int gsb_policy_new(gsb_policy **out)
{
	return gsb__policy_create(out, NULL);
}

void gsb_policy_free(gsb_policy *policy)
{
	if (policy == NULL)
		return;
	for (int i = 0; i < GSB_P_COUNT; i++) {
		gsb__override *o = policy->latest[i];
		while (o) {
			gsb__override *n = o->next;
			free(o->text);
			free(o->reference);
			free(o);
			o = n;
		}
	}
	free(policy->source);
	free(policy->file);
	free(policy);
}

static bool in_period(const gsb__param_value *v, gsb_date as_of)
{
	return (v->from == GSB_DATE_NONE || as_of >= v->from) &&
	       (v->to == GSB_DATE_NONE || as_of <= v->to);
}

const gsb__param_value *gsb__policy_value(const gsb_policy *policy, gsb__param p, gsb_date as_of)
{
	for (const gsb__override *o = policy->latest[p]; o; o = o->next)
		if (in_period(&o->v, as_of))
			return &o->v;
	return policy->has_default[p] ? &policy->defaults[p] : NULL;
}

int64_t gsb__param_int(const gsb_policy *policy, gsb__param p, gsb_date as_of, int64_t dflt)
{
	const gsb__param_value *v = gsb__policy_value(policy, p, as_of);
	return v ? v->i : dflt;
}

const char *gsb_policy_id(const gsb_policy *policy)
{
	(void)policy;
	return GSB_POLICY_ID;
}

const char *gsb_policy_source(const gsb_policy *policy)
{
	return policy ? policy->source : NULL;
}

const char *gsb_policy_file(const gsb_policy *policy)
{
	return policy ? policy->file : NULL;
}

int gsb__policy_set_file(gsb_policy *policy, const char *file)
{
	if (file == NULL)
		return GSB_OK;
	if ((policy->file = strdup(file)) == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	return GSB_OK;
}

const char *gsb__param_reference(const gsb_policy *policy, gsb__param p, gsb_date as_of)
{
	const gsb__param_value *v = gsb__policy_value(policy, p, as_of);
	return v != NULL ? v->reference : NULL;
}

size_t gsb_param_count(void)
{
	return GSB_P_COUNT;
}

const char *gsb_param_name(size_t index)
{
	return index < GSB_P_COUNT ? gsb__params[index].name : NULL;
}

int gsb_param_type_of(gsb_param_type *out, const char *name)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(name);
	int i = gsb__param_index(name);
	if (i < 0)
		return gsb__error(GSB_ENOTFOUND, "unknown parameter '%.60s'", name);
	*out = gsb__params[i].type;
	return GSB_OK;
}

const char *gsb_param_provision(const char *name)
{
	int i = gsb__param_index(name);
	return i < 0 ? NULL : gsb__params[i].provision;
}

static int lookup(const gsb__param_value **v, const gsb_policy *policy, const char *name,
                  gsb_date as_of)
{
	GSB__CHECK_ARG(policy);
	GSB__CHECK_ARG(name);
	int i = gsb__param_index(name);
	if (i < 0)
		return gsb__error(GSB_ENOTFOUND, "unknown parameter '%.60s'", name);
	*v = gsb__policy_value(policy, (gsb__param)i, as_of);
	return GSB_OK;
}

int gsb_policy_param(const char **value, const gsb_policy *policy, const char *name,
                     gsb_date as_of)
{
	const gsb__param_value *v = NULL;
	GSB__CHECK_ARG(value);
	int rc = lookup(&v, policy, name, as_of);
	if (rc == GSB_OK)
		*value = v ? v->text : NULL;
	return rc;
}

int gsb_policy_param_origin(const char **reference, gsb_date *from, gsb_date *to,
                            const gsb_policy *policy, const char *name, gsb_date as_of)
{
	const gsb__param_value *v = NULL;
	int rc = lookup(&v, policy, name, as_of);
	if (rc != GSB_OK)
		return rc;
	if (reference)
		*reference = v == NULL ? NULL : v->reference ? v->reference
		                                             : gsb__params[gsb__param_index(name)].provision;
	if (from)
		*from = v ? v->from : GSB_DATE_NONE;
	if (to)
		*to = v ? v->to : GSB_DATE_NONE;
	return GSB_OK;
}
