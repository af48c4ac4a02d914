/*
 * libgeshibai — what it would take (docs/relevance.md): the unknown facts
 * that matter to a decision, the document that proves each, and what the
 * decision would become if each were established in the applicant's favour.
 *
 * A decision carries relevance when its eligibility is incomplete, when a
 * tier above the classified one is undetermined, or when its award waits on
 * unknown review facts; it is computed by gsb_evaluate() unless the flag
 * GSB_EVAL_NO_RELEVANCE is given. Relevance never changes any other result.
 *
 * Accessors follow decision.h: they never fail on a valid decision and give
 * 0 / NULL for a NULL decision or an index out of range, except
 * gsb_decision_potential_outcome(NULL), which says GSB_OUTCOME_INCOMPLETE.
 * Strings live as long as the decision. Thread safety: as the decision.
 */
#ifndef GESHIBAI_RELEVANCE_H
#define GESHIBAI_RELEVANCE_H

#include "decision.h"

#ifdef __cplusplus
extern "C" {
#endif

/** 1 when the decision carries relevance (needs and a potential), else 0. */
int gsb_decision_has_relevance(const gsb_decision *d);

/**
 * The needs, in this order: eligibility (in check order), tiers (highest
 * first), review. A list threshold is met with the fewest items, in the
 * order of the vocabulary.
 */
size_t gsb_decision_need_count(const gsb_decision *d);
/** Path of the fact in the application document ("applicant/capable",
 *  "applicant/credit/@dishonestDebtor", "platform/functions/function"). */
const char *gsb_decision_need_fact(const gsb_decision *d, size_t i);
/** The favourable value as it would stand in the document ("true", "false",
 *  a code to add, a count), or NULL for a fact that names the applicant
 *  (credit code, division, legal form): there is no value to invent. */
const char *gsb_decision_need_value(const gsb_decision *d, size_t i);
/** The ids of the checks and criteria the need feeds ("applicant.capable",
 *  "cross-domain", "subsidy"), k < gsb_decision_need_for_count(). */
size_t gsb_decision_need_for_count(const gsb_decision *d, size_t i);
const char *gsb_decision_need_for(const gsb_decision *d, size_t i, size_t k);
/** What the fact is, in words ("申报单位具有承担项目建设的相应能力"; for a list
 *  item, the list's words and the item's label). NULL for a bad language. */
const char *gsb_decision_need_label(const gsb_decision *d, size_t i, gsb_lang lang);
/** The document that proves it (证明材料). NULL for a bad language. */
const char *gsb_decision_need_proof(const gsb_decision *d, size_t i, gsb_lang lang);
/** The provision of the measures that asks for it ("3.2.1"). */
const char *gsb_decision_need_provision(const gsb_decision *d, size_t i);

/**
 * The potential: the outcome, tier and provincial award granted of the
 * decision obtained by adding every need with its value to the application
 * and deciding it on the same as-of date (a need without a value counts as
 * settling its check in the applicant's favour). Without relevance: the
 * decision's own outcome, tier and grant.
 */
gsb_outcome gsb_decision_potential_outcome(const gsb_decision *d);
gsb_tier gsb_decision_potential_tier(const gsb_decision *d);
gsb_fen gsb_decision_potential_granted(const gsb_decision *d);

#ifdef __cplusplus
}
#endif
#endif
