/*
 * libgeshibai — a decision as JSON (formats.md "JSON"): the XML tree with
 * attributes as keys, repeated children under plurals (checks, criteria,
 * missing, undetermined, instruments, loans, kpis), three-valued results as
 * "true"/"false"/"unknown", amounts as decimal strings. jansson escapes.
 */
#include "report.h"

typedef json_t J;

/* Build helpers return -1 on failure, so that a chain of || stops early. */
static int add(J *o, const char *key, J *v)
{
	return v == NULL ? -1 : json_object_set_new(o, key, v);
}

static int push(J *a, J *v)
{
	return v == NULL ? -1 : json_array_append_new(a, v);
}

static J *explained(const char *id, const char *provision, gsb_tri result, const char *reason)
{
	J *o = json_object();
	if (o == NULL)
		return NULL;
	if (gsb__json_str(o, "id", id) < 0 || gsb__json_str(o, "provision", provision) < 0 ||
	    gsb__json_tri(o, "result", result) < 0 ||
	    (reason && reason[0] && gsb__json_str(o, "reason", reason) < 0)) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static J *checks(const gsb_decision *d, gsb_lang lang)
{
	J *a = json_array();
	for (size_t i = 0; a && i < gsb_decision_check_count(d); i++) {
		J *c = explained(gsb_decision_check_id(d, i), gsb_decision_check_provision(d, i),
		                 gsb_decision_check_result(d, i), gsb_decision_check_reason(d, i, lang));
		if (push(a, c) < 0) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

static J *missing(const gsb_decision *d)
{
	J *a = json_array();
	for (size_t i = 0; a && i < gsb_decision_missing_count(d); i++) {
		if (gsb__json_push_str(a, gsb_decision_missing(d, i)) < 0) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

static J *eligibility(const gsb_decision *d, gsb_lang lang)
{
	J *o = json_object();
	if (o == NULL)
		return NULL;
	if (gsb__json_str(o, "outcome", gsb_outcome_name(gsb_decision_outcome(d))) < 0 ||
	    add(o, "checks", checks(d, lang)) < 0 || add(o, "missing", missing(d)) < 0) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static J *criteria(const gsb_decision *d, gsb_lang lang)
{
	J *a = json_array();
	for (size_t i = 0; a && i < gsb_decision_criterion_count(d); i++) {
		J *c = explained(gsb_decision_criterion_id(d, i), gsb_decision_criterion_provision(d, i),
		                 gsb_decision_criterion_result(d, i),
		                 gsb_decision_criterion_reason(d, i, lang));
		if (push(a, c) < 0) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

static J *kinds(const gsb_decision *d)
{
	static const char *const names[] = { "industry", "region", "scenario" };
	unsigned bits = gsb_decision_enterprise_kinds(d);
	J *a = json_array();
	for (size_t i = 0; a && i < GSB_ARRAY_LEN(names); i++) {
		if ((bits & (1u << i)) && gsb__json_push_str(a, names[i]) < 0) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

static J *undetermined(const gsb_decision *d)
{
	J *a = json_array();
	for (size_t i = 0; a && i < gsb_decision_undetermined_count(d); i++) {
		if (gsb__json_push_str(a, gsb_tier_name(gsb_decision_undetermined(d, i))) < 0) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

static J *tier(const gsb_decision *d, gsb_lang lang)
{
	gsb_tier claimed = gsb_decision_claimed_tier(d);
	J *o = json_object();
	if (o == NULL)
		return NULL;
	if (gsb__json_str(o, "classified", gsb_tier_name(gsb_decision_tier(d))) < 0 ||
	    gsb__json_str(o, "claimed", claimed == GSB_TIER_NONE ? NULL : gsb_tier_name(claimed)) < 0 ||
	    gsb__json_str(o, "relation", gsb_relation_name(gsb_decision_relation(d))) < 0 ||
	    add(o, "enterpriseKinds", kinds(d)) < 0 || add(o, "criteria", criteria(d, lang)) < 0 ||
	    add(o, "undetermined", undetermined(d)) < 0) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static J *priority(const gsb_decision *d, gsb_lang lang)
{
	const char *reason = gsb_decision_priority_reason(d, lang);
	J *o = json_object();
	if (o == NULL)
		return NULL;
	if (gsb__json_bool(o, "value", gsb_decision_priority(d)) < 0 ||
	    gsb__json_str(o, "provision", "4.3") < 0 ||
	    (reason && reason[0] && gsb__json_str(o, "reason", reason) < 0)) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static J *instrument(const gsb_decision *d, gsb_instrument i)
{
	J *o = json_object();
	if (o == NULL)
		return NULL;
	if (gsb__json_str(o, "kind", gsb_instrument_name(i)) < 0 ||
	    gsb__json_fen(o, "requested", gsb_decision_instrument_requested(d, i)) < 0 ||
	    gsb__json_fen(o, "granted", gsb_decision_instrument_granted(d, i)) < 0) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static J *instruments(const gsb_decision *d)
{
	J *a = json_array();
	for (int i = 0; a && i < GSB_INSTRUMENT_COUNT; i++) {
		if (push(a, instrument(d, (gsb_instrument)i)) < 0) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

static J *loan(const gsb_decision *d, size_t i)
{
	J *o = json_object();
	if (o == NULL)
		return NULL;
	if (gsb__json_int(o, "days", gsb_decision_loan_days(d, i)) < 0 ||
	    gsb__json_fen(o, "subsidy", gsb_decision_loan_subsidy(d, i)) < 0) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static J *loans(const gsb_decision *d)
{
	J *a = json_array();
	for (size_t i = 0; a && i < gsb_decision_loan_count(d); i++) {
		if (push(a, loan(d, i)) < 0) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

static int subsidy_amounts(J *o, const gsb_decision *d)
{
	return gsb__json_fen(o, "cap", gsb_decision_cap(d)) < 0 ||
	       gsb__json_bool(o, "national", gsb_decision_national(d)) < 0 ||
	       gsb__json_bool(o, "capApplied", gsb_decision_cap_applied(d)) < 0 ||
	       gsb__json_fen(o, "requested", gsb_decision_requested(d)) < 0 ||
	       gsb__json_fen(o, "granted", gsb_decision_granted(d)) < 0 ||
	       gsb__json_str(o, "grantedInWords", gsb_decision_granted_in_words(d)) < 0 ||
	       gsb__json_fen(o, "local", gsb_decision_local(d)) < 0 ||
	       gsb__json_fen(o, "total", gsb_decision_total(d)) < 0
		? -1 : 0;
}

static J *subsidy(const gsb_decision *d, gsb_lang lang)
{
	const char *reason = gsb_decision_subsidy_reason(d, lang);
	J *o = json_object();
	if (o == NULL)
		return NULL;
	if (gsb__json_str(o, "provision", "4.1") < 0 ||
	    gsb__json_str(o, "status", gsb_subsidy_status_name(gsb_decision_subsidy_status(d))) < 0 ||
	    subsidy_amounts(o, d) < 0 ||
	    (reason && reason[0] && gsb__json_str(o, "reason", reason) < 0) ||
	    add(o, "instruments", instruments(d)) < 0 || add(o, "loans", loans(d)) < 0) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static J *kpi(const gsb_decision *d, size_t i, gsb_lang lang)
{
	J *o = json_object();
	if (o == NULL)
		return NULL;
	if (gsb__json_str(o, "name", gsb_kpi_name(gsb_decision_kpi(d, i))) < 0 ||
	    gsb__json_str(o, "change", gsb_decision_kpi_change(d, i)) < 0 ||
	    gsb__json_str(o, "target", gsb_decision_kpi_target(d, i)) < 0 ||
	    gsb__json_tri(o, "met", gsb_decision_kpi_met(d, i)) < 0 ||
	    gsb__json_str(o, "error", gsb_decision_kpi_error(d, i, lang)) < 0) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static J *effect(const gsb_decision *d, gsb_lang lang)
{
	J *o = json_object();
	J *a = json_array();
	if (o == NULL || a == NULL || add(o, "provision", json_string("2.2")) < 0 ||
	    gsb__json_int(o, "met", (json_int_t)gsb_decision_kpi_met_count(d)) < 0 ||
	    gsb__json_int(o, "of", (json_int_t)gsb_decision_kpi_count(d)) < 0)
		goto fail;
	for (size_t i = 0; i < gsb_decision_kpi_count(d); i++)
		if (push(a, kpi(d, i, lang)) < 0)
			goto fail;
	return add(o, "kpis", a) < 0 ? (json_decref(o), NULL) : o;
fail:
	json_decref(a);
	json_decref(o);
	return NULL;
}

J *gsb__decision_json(const void *decision, gsb_lang lang)
{
	const gsb_decision *d = decision;
	J *o = json_object();
	if (o == NULL)
		return NULL;
	if (gsb__json_str(o, "application", gsb_decision_application(d)) < 0 ||
	    gsb__json_date(o, "asOf", gsb_decision_as_of(d)) < 0 ||
	    gsb__json_str(o, "policy", gsb_decision_policy(d)) < 0 ||
	    add(o, "eligibility", eligibility(d, lang)) < 0 || add(o, "tier", tier(d, lang)) < 0 ||
	    add(o, "priority", priority(d, lang)) < 0 || add(o, "subsidy", subsidy(d, lang)) < 0 ||
	    add(o, "effect", effect(d, lang)) < 0) {
		json_decref(o);
		return NULL;
	}
	return o;
}
