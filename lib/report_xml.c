/*
 * libgeshibai — the decision as XML (docs/formats.md "Decision report"),
 * through the writer of xw.c (which does the escaping); report_json.c and
 * report_text.c write it in the other formats, report.c streams them.
 */
#include <stdio.h>
#include <string.h>
#include "report.h"

typedef gsb__xw * W;

static int xml_reason(W w, const char *reason)
{
	return gsb__xml_text_element(w, "reason", reason);
}

static int xml_explained(W w, const char *element, const char *id, const char *provision,
                         gsb_tri result, const char *reason)
{
	return gsb__xw_start(w, element) < 0 ||
	       gsb__xml_attr_code(w, "id", id) < 0 ||
	       gsb__xml_attr_code(w, "provision", provision) < 0 ||
	       gsb__xml_attr_tri(w, "result", result) < 0 ||
	       xml_reason(w, reason) < 0 ||
	       gsb__xw_end(w) < 0
		? -1 : 0;
}

static int xml_empty(W w, const char *element, const char *attr, const char *value)
{
	return gsb__xw_start(w, element) < 0 ||
	       gsb__xml_attr_code(w, attr, value) < 0 ||
	       gsb__xw_end(w) < 0
		? -1 : 0;
}

static int xml_eligibility(W w, const gsb_decision *d, gsb_lang lang)
{
	if (gsb__xw_start(w, "eligibility") < 0 ||
	    gsb__xml_attr_code(w, "outcome", gsb_outcome_name(gsb_decision_outcome(d))) < 0)
		return -1;
	for (size_t i = 0; i < gsb_decision_check_count(d); i++)
		if (xml_explained(w, "check", gsb_decision_check_id(d, i),
		                  gsb_decision_check_provision(d, i), gsb_decision_check_result(d, i),
		                  gsb_decision_check_reason(d, i, lang)) < 0)
			return -1;
	for (size_t i = 0; i < gsb_decision_missing_count(d); i++)
		if (xml_empty(w, "missing", "fact", gsb_decision_missing(d, i)) < 0)
			return -1;
	return gsb__xw_end(w);
}

/* "industry region scenario" for the true enterprise kinds, or NULL. */
static const char *kinds_list(unsigned kinds, char buf[32])
{
	static const char *const names[] = { "industry", "region", "scenario" };
	buf[0] = '\0';
	for (size_t i = 0; i < GSB_ARRAY_LEN(names); i++) {
		if (kinds & (1u << i)) {
			if (buf[0])
				strcat(buf, " ");
			strcat(buf, names[i]);
		}
	}
	return buf[0] ? buf : NULL;
}

static int xml_tier(W w, const gsb_decision *d, gsb_lang lang)
{
	char kinds[32];
	gsb_tier claimed = gsb_decision_claimed_tier(d);
	if (gsb__xw_start(w, "tier") < 0 ||
	    gsb__xml_attr_code(w, "classified", gsb_tier_name(gsb_decision_tier(d))) < 0 ||
	    gsb__xml_attr_code(w, "claimed", claimed == GSB_TIER_NONE ? NULL : gsb_tier_name(claimed)) < 0 ||
	    gsb__xml_attr_code(w, "relation", gsb_relation_name(gsb_decision_relation(d))) < 0 ||
	    gsb__xml_attr_code(w, "enterpriseKinds",
	                  kinds_list(gsb_decision_enterprise_kinds(d), kinds)) < 0)
		return -1;
	for (size_t i = 0; i < gsb_decision_criterion_count(d); i++)
		if (xml_explained(w, "criterion", gsb_decision_criterion_id(d, i),
		                  gsb_decision_criterion_provision(d, i),
		                  gsb_decision_criterion_result(d, i),
		                  gsb_decision_criterion_reason(d, i, lang)) < 0)
			return -1;
	for (size_t i = 0; i < gsb_decision_undetermined_count(d); i++)
		if (xml_empty(w, "undetermined", "tier",
		              gsb_tier_name(gsb_decision_undetermined(d, i))) < 0)
			return -1;
	for (size_t i = 0; i < gsb_decision_warning_count(d); i++)
		if (gsb__xw_start(w, "warning") < 0 ||
		    gsb__xml_attr(w, "name", gsb_decision_warning_name(d, i)) < 0 ||
		    gsb__xml_attr_code(w, "nearest",
		                       gsb_industry_name(gsb_decision_warning_nearest(d, i))) < 0 ||
		    xml_reason(w, gsb_decision_warning_reason(d, i, lang)) < 0 || gsb__xw_end(w) < 0)
			return -1;
	return gsb__xw_end(w);
}

static int xml_priority(W w, const gsb_decision *d, gsb_lang lang)
{
	return gsb__xw_start(w, "priority") < 0 ||
	       gsb__xml_attr_bool(w, "value", gsb_decision_priority(d)) < 0 ||
	       gsb__xml_attr_code(w, "provision", "4.3") < 0 ||
	       xml_reason(w, gsb_decision_priority_reason(d, lang)) < 0 ||
	       gsb__xw_end(w) < 0
		? -1 : 0;
}

static int xml_instrument(W w, const gsb_decision *d, gsb_instrument i)
{
	return gsb__xw_start(w, "instrument") < 0 ||
	       gsb__xml_attr_code(w, "kind", gsb_instrument_name(i)) < 0 ||
	       gsb__xml_attr_fen(w, "requested", gsb_decision_instrument_requested(d, i)) < 0 ||
	       gsb__xml_attr_fen(w, "granted", gsb_decision_instrument_granted(d, i)) < 0 ||
	       gsb__xw_end(w) < 0
		? -1 : 0;
}

static int xml_loan(W w, const gsb_decision *d, size_t i)
{
	return gsb__xw_start(w, "loan") < 0 ||
	       gsb__xml_attr_long(w, "days", gsb_decision_loan_days(d, i)) < 0 ||
	       gsb__xml_attr_fen(w, "subsidy", gsb_decision_loan_subsidy(d, i)) < 0 ||
	       gsb__xw_end(w) < 0
		? -1 : 0;
}

static int xml_subsidy_attrs(W w, const gsb_decision *d)
{
	return gsb__xml_attr_code(w, "provision", "4.1") < 0 ||
	       gsb__xml_attr_code(w, "status", gsb_subsidy_status_name(gsb_decision_subsidy_status(d))) < 0 ||
	       gsb__xml_attr_fen(w, "cap", gsb_decision_cap(d)) < 0 ||
	       gsb__xml_attr_bool(w, "national", gsb_decision_national(d)) < 0 ||
	       gsb__xml_attr_bool(w, "capApplied", gsb_decision_cap_applied(d)) < 0 ||
	       gsb__xml_attr_fen(w, "requested", gsb_decision_requested(d)) < 0 ||
	       gsb__xml_attr_fen(w, "granted", gsb_decision_granted(d)) < 0 ||
	       gsb__xml_attr(w, "grantedInWords", gsb_decision_granted_in_words(d)) < 0 ||
	       gsb__xml_attr_fen(w, "local", gsb_decision_local(d)) < 0 ||
	       gsb__xml_attr_fen(w, "total", gsb_decision_total(d)) < 0
		? -1 : 0;
}

static int xml_subsidy(W w, const gsb_decision *d, gsb_lang lang)
{
	if (gsb__xw_start(w, "subsidy") < 0 || xml_subsidy_attrs(w, d) < 0 ||
	    xml_reason(w, gsb_decision_subsidy_reason(d, lang)) < 0)
		return -1;
	for (int i = 0; i < GSB_INSTRUMENT_COUNT; i++)
		if (xml_instrument(w, d, (gsb_instrument)i) < 0)
			return -1;
	for (size_t i = 0; i < gsb_decision_loan_count(d); i++)
		if (xml_loan(w, d, i) < 0)
			return -1;
	return gsb__xw_end(w);
}

static int xml_kpi(W w, const gsb_decision *d, size_t i, gsb_lang lang)
{
	return gsb__xw_start(w, "kpi") < 0 ||
	       gsb__xml_attr_code(w, "name", gsb_kpi_name(gsb_decision_kpi(d, i))) < 0 ||
	       gsb__xml_attr_code(w, "change", gsb_decision_kpi_change(d, i)) < 0 ||
	       gsb__xml_attr_code(w, "target", gsb_decision_kpi_target(d, i)) < 0 ||
	       gsb__xml_attr_tri(w, "met", gsb_decision_kpi_met(d, i)) < 0 ||
	       gsb__xml_attr(w, "error", gsb_decision_kpi_error(d, i, lang)) < 0 ||
	       gsb__xw_end(w) < 0
		? -1 : 0;
}

static int xml_effect(W w, const gsb_decision *d, gsb_lang lang)
{
	if (gsb__xw_start(w, "effect") < 0 ||
	    gsb__xml_attr_code(w, "provision", "2.2") < 0 ||
	    gsb__xml_attr_long(w, "met", (long)gsb_decision_kpi_met_count(d)) < 0 ||
	    gsb__xml_attr_long(w, "of", (long)gsb_decision_kpi_count(d)) < 0)
		return -1;
	for (size_t i = 0; i < gsb_decision_kpi_count(d); i++)
		if (xml_kpi(w, d, i, lang) < 0)
			return -1;
	return gsb__xw_end(w);
}

int gsb__decision_xml(gsb__xw * w, const void *decision, gsb_lang lang, int root)
{
	const gsb_decision *d = decision;
	return gsb__xml_start_item(w, "decision", root) < 0 ||
	       gsb__xml_attr(w, "application", gsb_decision_application(d)) < 0 ||
	       gsb__xml_attr_date(w, "asOf", gsb_decision_as_of(d)) < 0 ||
	       gsb__xml_attr(w, "policy", gsb_decision_policy(d)) < 0 ||
	       gsb__xml_attr(w, "params", gsb_decision_params(d)) < 0 ||
	       gsb__xml_attr(w, "paramsFile", gsb_decision_params_file(d)) < 0 ||
	       xml_eligibility(w, d, lang) < 0 ||
	       xml_tier(w, d, lang) < 0 ||
	       xml_priority(w, d, lang) < 0 ||
	       xml_subsidy(w, d, lang) < 0 ||
	       xml_effect(w, d, lang) < 0 ||
	       gsb__relevance_xml(w, d, lang) < 0 ||
	       gsb__xw_end(w) < 0
		? -1 : 0;
}
