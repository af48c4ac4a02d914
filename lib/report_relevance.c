/*
 * libgeshibai — the relevance of a decision (docs/relevance.md) in each
 * report format: XML and JSON as docs/formats.md shows them, and words for
 * the text report (labels, never fact paths).
 */
#include <string.h>
#include "report.h"
#include "relevance_int.h"

/* "applicant.capable cross-domain": the ids a need feeds, space-separated. */
static const char *for_list(const gsb_decision *d, size_t i, char *buf, size_t size)
{
	size_t o = 0;
	buf[0] = '\0';
	for (size_t k = 0; k < gsb_decision_need_for_count(d, i); k++) {
		const char *id = gsb_decision_need_for(d, i, k);
		size_t n = strlen(id);
		if (o + n + 2 > size)
			break;
		if (o)
			buf[o++] = ' ';
		memcpy(buf + o, id, n + 1);
		o += n;
	}
	return buf;
}

int gsb__relevance_xml(gsb__xw *w, const gsb_decision *d, gsb_lang lang)
{
	if (!gsb_decision_has_relevance(d))
		return 0;
	if (gsb__xw_start(w, "relevance") < 0)
		return -1;
	for (size_t i = 0; i < gsb_decision_need_count(d); i++) {
		char fors[256];
		if (gsb__xw_start(w, "need") < 0 ||
		    gsb__xml_attr_code(w, "fact", gsb_decision_need_fact(d, i)) < 0 ||
		    gsb__xml_attr(w, "value", gsb_decision_need_value(d, i)) < 0 ||
		    gsb__xml_attr_code(w, "for", for_list(d, i, fors, sizeof fors)) < 0 ||
		    gsb__xml_attr_code(w, "provision", gsb_decision_need_provision(d, i)) < 0 ||
		    gsb__xml_text_element(w, "label", gsb_decision_need_label(d, i, lang)) < 0 ||
		    gsb__xml_text_element(w, "proof", gsb_decision_need_proof(d, i, lang)) < 0 ||
		    gsb__xw_end(w) < 0)
			return -1;
	}
	return gsb__xw_start(w, "potential") < 0 ||
	       gsb__xml_attr_code(w, "outcome", gsb_outcome_name(gsb_decision_potential_outcome(d))) < 0 ||
	       gsb__xml_attr_code(w, "tier", gsb_tier_name(gsb_decision_potential_tier(d))) < 0 ||
	       gsb__xml_attr_fen(w, "granted", gsb_decision_potential_granted(d)) < 0 ||
	       gsb__xw_end(w) < 0 || gsb__xw_end(w) < 0
		? -1 : 0;
}

/* The "relevance" member of a decision's object, when it has one. */
void gsb__relevance_json(gsb__jw *w, const gsb_decision *d, gsb_lang lang)
{
	if (!gsb_decision_has_relevance(d))
		return;
	char amount[24];
	gsb__jw_object(w, "relevance");
	gsb__jw_array(w, "needs");
	for (size_t i = 0; i < gsb_decision_need_count(d); i++) {
		gsb__jw_object(w, NULL);
		gsb__jw_str(w, "fact", gsb_decision_need_fact(d, i));
		gsb__jw_str(w, "value", gsb_decision_need_value(d, i));
		gsb__jw_array(w, "for");
		for (size_t k = 0; k < gsb_decision_need_for_count(d, i); k++)
			gsb__jw_str(w, NULL, gsb_decision_need_for(d, i, k));
		gsb__jw_end_array(w);
		gsb__jw_str(w, "provision", gsb_decision_need_provision(d, i));
		gsb__jw_str(w, "label", gsb_decision_need_label(d, i, lang));
		gsb__jw_str(w, "proof", gsb_decision_need_proof(d, i, lang));
		gsb__jw_end_object(w);
	}
	gsb__jw_end_array(w);
	gsb__jw_object(w, "potential");
	gsb__jw_str(w, "outcome", gsb_outcome_name(gsb_decision_potential_outcome(d)));
	gsb__jw_str(w, "tier", gsb_tier_name(gsb_decision_potential_tier(d)));
	gsb__jw_str(w, "granted", gsb_fen_format(gsb_decision_potential_granted(d), amount));
	gsb__jw_end_object(w);
	gsb__jw_end_object(w);
}

int gsb__need_value_is_count(const char *value)
{
	return value && *value && strspn(value, "0123456789") == strlen(value);
}

/* The text report's section: what it would take, in words. */
void gsb__relevance_text(gsb__sink *s, const gsb_decision *d, gsb_lang lang)
{
	if (!gsb_decision_has_relevance(d))
		return;
	bool zh = lang == GSB_LANG_ZH;
	gsb__sink_puts(s, zh ? "六、补正后可得\n" : "6. What it would take\n");
	for (size_t i = 0; i < gsb_decision_need_count(d); i++) {
		const char *value = gsb_decision_need_value(d, i);
		gsb__sink_printf(s, "  • %s", gsb_decision_need_label(d, i, lang));
		if (gsb__need_value_is_count(value))
			gsb__sink_printf(s, zh ? "（至少 %s）" : " (at least %s)", value);
		gsb__sink_printf(s, zh ? " [%s]\n    证明材料：%s\n" : " [%s]\n    proof: %s\n",
		                 gsb_decision_need_provision(d, i), gsb_decision_need_proof(d, i, lang));
	}
	char amount[32]; /* grouped, as every amount of the text report */
	gsb__fen_grouped(gsb_decision_potential_granted(d), amount);
	gsb__sink_printf(s, zh ? "  补正后：%s，%s，省级奖补 %s 元\n"
	                       : "  Once supplied: %s, %s, provincial award %s yuan\n",
	                 gsb_outcome_label(gsb_decision_potential_outcome(d), lang),
	                 gsb_tier_label(gsb_decision_potential_tier(d), lang), amount);
}
