/*
 * libgeshibai — a decision as JSON (docs/formats.md "JSON"): the XML tree with
 * attributes as keys, repeated children under plurals (checks, criteria,
 * missing, undetermined, instruments, loans, kpis), three-valued results as
 * "true"/"false"/"unknown", amounts as decimal strings. Written as it goes
 * by the streaming writer of jw.c (the layout jansson's json_dumps gave).
 */
#include "report.h"

typedef gsb__jw W;

static void fen(W *w, const char *key, gsb_fen value)
{
	char buf[24];
	gsb__jw_str(w, key, gsb_fen_format(value, buf));
}

static void tri(W *w, const char *key, gsb_tri value)
{
	gsb__jw_str(w, key, gsb_tri_name(value));
}

/* A reason is written only when there is one. */
static void reason(W *w, const char *text)
{
	if (text && text[0])
		gsb__jw_str(w, "reason", text);
}

static void explained(W *w, const char *id, const char *provision, gsb_tri result,
                      const char *why)
{
	gsb__jw_object(w, NULL);
	gsb__jw_str(w, "id", id);
	gsb__jw_str(w, "provision", provision);
	tri(w, "result", result);
	reason(w, why);
	gsb__jw_end_object(w);
}

static void eligibility(W *w, const gsb_decision *d, gsb_lang lang)
{
	gsb__jw_object(w, "eligibility");
	gsb__jw_str(w, "outcome", gsb_outcome_name(gsb_decision_outcome(d)));
	gsb__jw_array(w, "checks");
	for (size_t i = 0; i < gsb_decision_check_count(d); i++)
		explained(w, gsb_decision_check_id(d, i), gsb_decision_check_provision(d, i),
		          gsb_decision_check_result(d, i), gsb_decision_check_reason(d, i, lang));
	gsb__jw_end_array(w);
	gsb__jw_array(w, "missing");
	for (size_t i = 0; i < gsb_decision_missing_count(d); i++)
		gsb__jw_str(w, NULL, gsb_decision_missing(d, i));
	gsb__jw_end_array(w);
	gsb__jw_end_object(w);
}

static void tier(W *w, const gsb_decision *d, gsb_lang lang)
{
	static const char *const kinds[] = { "industry", "region", "scenario" };
	gsb_tier claimed = gsb_decision_claimed_tier(d);
	unsigned bits = gsb_decision_enterprise_kinds(d);
	gsb__jw_object(w, "tier");
	gsb__jw_str(w, "classified", gsb_tier_name(gsb_decision_tier(d)));
	gsb__jw_str(w, "claimed", claimed == GSB_TIER_NONE ? NULL : gsb_tier_name(claimed));
	gsb__jw_str(w, "relation", gsb_relation_name(gsb_decision_relation(d)));
	gsb__jw_array(w, "enterpriseKinds");
	for (size_t i = 0; i < GSB_ARRAY_LEN(kinds); i++)
		if (bits & (1u << i))
			gsb__jw_str(w, NULL, kinds[i]);
	gsb__jw_end_array(w);
	gsb__jw_array(w, "criteria");
	for (size_t i = 0; i < gsb_decision_criterion_count(d); i++)
		explained(w, gsb_decision_criterion_id(d, i), gsb_decision_criterion_provision(d, i),
		          gsb_decision_criterion_result(d, i),
		          gsb_decision_criterion_reason(d, i, lang));
	gsb__jw_end_array(w);
	gsb__jw_array(w, "undetermined");
	for (size_t i = 0; i < gsb_decision_undetermined_count(d); i++)
		gsb__jw_str(w, NULL, gsb_tier_name(gsb_decision_undetermined(d, i)));
	gsb__jw_end_array(w);
	if (gsb_decision_warning_count(d) > 0) {
		gsb__jw_array(w, "warnings");
		for (size_t i = 0; i < gsb_decision_warning_count(d); i++) {
			gsb__jw_object(w, NULL);
			gsb__jw_str(w, "name", gsb_decision_warning_name(d, i));
			gsb__jw_str(w, "nearest",
			            gsb_industry_name(gsb_decision_warning_nearest(d, i)));
			reason(w, gsb_decision_warning_reason(d, i, lang));
			gsb__jw_end_object(w);
		}
		gsb__jw_end_array(w);
	}
	gsb__jw_end_object(w);
}

static void priority(W *w, const gsb_decision *d, gsb_lang lang)
{
	gsb__jw_object(w, "priority");
	gsb__jw_bool(w, "value", gsb_decision_priority(d));
	gsb__jw_str(w, "provision", "4.3");
	reason(w, gsb_decision_priority_reason(d, lang));
	gsb__jw_end_object(w);
}

static void subsidy(W *w, const gsb_decision *d, gsb_lang lang)
{
	gsb__jw_object(w, "subsidy");
	gsb__jw_str(w, "provision", "4.1");
	gsb__jw_str(w, "status", gsb_subsidy_status_name(gsb_decision_subsidy_status(d)));
	fen(w, "cap", gsb_decision_cap(d));
	gsb__jw_bool(w, "national", gsb_decision_national(d));
	gsb__jw_bool(w, "capApplied", gsb_decision_cap_applied(d));
	fen(w, "requested", gsb_decision_requested(d));
	fen(w, "granted", gsb_decision_granted(d));
	gsb__jw_str(w, "grantedInWords", gsb_decision_granted_in_words(d));
	fen(w, "local", gsb_decision_local(d));
	fen(w, "total", gsb_decision_total(d));
	reason(w, gsb_decision_subsidy_reason(d, lang));
	gsb__jw_array(w, "instruments");
	for (int i = 0; i < GSB_INSTRUMENT_COUNT; i++) {
		gsb__jw_object(w, NULL);
		gsb__jw_str(w, "kind", gsb_instrument_name((gsb_instrument)i));
		fen(w, "requested", gsb_decision_instrument_requested(d, (gsb_instrument)i));
		fen(w, "granted", gsb_decision_instrument_granted(d, (gsb_instrument)i));
		gsb__jw_end_object(w);
	}
	gsb__jw_end_array(w);
	gsb__jw_array(w, "loans");
	for (size_t i = 0; i < gsb_decision_loan_count(d); i++) {
		gsb__jw_object(w, NULL);
		gsb__jw_int(w, "days", gsb_decision_loan_days(d, i));
		fen(w, "subsidy", gsb_decision_loan_subsidy(d, i));
		gsb__jw_end_object(w);
	}
	gsb__jw_end_array(w);
	gsb__jw_end_object(w);
}

static void effect(W *w, const gsb_decision *d, gsb_lang lang)
{
	gsb__jw_object(w, "effect");
	gsb__jw_str(w, "provision", "2.2");
	gsb__jw_int(w, "met", (long long)gsb_decision_kpi_met_count(d));
	gsb__jw_int(w, "of", (long long)gsb_decision_kpi_count(d));
	gsb__jw_array(w, "kpis");
	for (size_t i = 0; i < gsb_decision_kpi_count(d); i++) {
		gsb__jw_object(w, NULL);
		gsb__jw_str(w, "name", gsb_kpi_name(gsb_decision_kpi(d, i)));
		gsb__jw_str(w, "change", gsb_decision_kpi_change(d, i));
		gsb__jw_str(w, "target", gsb_decision_kpi_target(d, i));
		tri(w, "met", gsb_decision_kpi_met(d, i));
		gsb__jw_str(w, "error", gsb_decision_kpi_error(d, i, lang));
		gsb__jw_end_object(w);
	}
	gsb__jw_end_array(w);
	gsb__jw_end_object(w);
}

int gsb__decision_json(gsb__jw *w, const void *decision, gsb_lang lang)
{
	const gsb_decision *d = decision;
	char date[11];
	gsb_date as_of = gsb_decision_as_of(d);
	gsb__jw_object(w, NULL);
	gsb__jw_str(w, "application", gsb_decision_application(d));
	gsb__jw_str(w, "asOf", as_of == GSB_DATE_NONE ? NULL : gsb_date_format(as_of, date));
	gsb__jw_str(w, "policy", gsb_decision_policy(d));
	gsb__jw_str(w, "params", gsb_decision_params(d));
	gsb__jw_str(w, "paramsFile", gsb_decision_params_file(d));
	/* a decision's parts, in the order of the report */
	static void (*const parts[])(W *, const gsb_decision *, gsb_lang) = {
		eligibility, tier, priority, subsidy, effect, gsb__relevance_json,
	};
	for (size_t i = 0; i < GSB_ARRAY_LEN(parts); i++)
		parts[i](w, d, lang);
	gsb__jw_end_object(w);
	return w->out.failed ? -1 : 0;
}
