/*
 * libgeshibai — deciding an application: eligibility (docs/rules.md §3), tier
 * (§4), priority (§5), subsidy (§6) and effect (§7), every step explained.
 *
 * A gsb_decision is immutable; its accessors never fail on a valid decision
 * and return 0 / NULL / GSB_UNKNOWN for a NULL decision or an index out of
 * range — except gsb_decision_outcome(), which says GSB_OUTCOME_INCOMPLETE, and
 * gsb_decision_subsidy_status(), which says GSB_SUBSIDY_NOT_ELIGIBLE, so that
 * a NULL never reads as "eligible" or "granted". Strings live as long as the
 * decision.
 */
#ifndef GESHIBAI_DECISION_H
#define GESHIBAI_DECISION_H

#include "common.h"
#include "vocab.h"
#include "policy.h"
#include "application.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct gsb_decision gsb_decision;

/** Evaluation options (flags). */
enum {
	GSB_EVAL_DEFAULT = 0,
	GSB_EVAL_NO_REASONS = 1 << 0, /**< skip the reasons (faster); reasons read "" */
	GSB_EVAL_ZH_ONLY = 1 << 1,    /**< reasons in Chinese only; English ones read "" */
	GSB_EVAL_EN_ONLY = 1 << 2,    /**< reasons in English only; Chinese ones read "" */
	GSB_EVAL_NO_RELEVANCE = 1 << 3 /**< skip what it would take (relevance.h) */
};

/**
 * Decide an application as of a date. as_of GSB_DATE_NONE: the application's
 * submitted date, else today. Returns GSB_EOVERFLOW when an amount of the
 * application cannot be computed in 64-bit fen (the request or a loan's
 * interest overflows), with gsb_error_last(); nothing is ever wrapped.
 * Reentrant: any number of threads may evaluate with one policy.
 *
 * flags: GSB_EVAL_DEFAULT explains every step in both languages. A caller
 * that writes one language (as the command does) saves the other's
 * formatting with GSB_EVAL_ZH_ONLY or GSB_EVAL_EN_ONLY (not both: GSB_EINVAL);
 * GSB_EVAL_NO_REASONS skips the reasons altogether, whatever language flag
 * stands beside it. GSB_EVAL_NO_RELEVANCE skips the needs and potential of
 * relevance.h (then gsb_decision_has_relevance() is 0). Results never depend
 * on the flags; labels and indicator errors (constants) are always in both
 * languages.
 */
GSB_WARN_UNUSED int gsb_evaluate(gsb_decision **out, const gsb_policy *policy,
                                 const gsb_application *app, gsb_date as_of, unsigned flags);
void gsb_decision_free(gsb_decision *decision);

const char *gsb_decision_application(const gsb_decision *d); /* id, or NULL */
gsb_date gsb_decision_as_of(const gsb_decision *d); /* GSB_DATE_NONE for NULL */
const char *gsb_decision_policy(const gsb_decision *d);      /* policy id */
/** The parameter set that decided it: the parameters document's name (else
 *  its file name) and its file, as gsb_policy_source() / gsb_policy_file()
 *  said; NULL for the built-in parameters of the rule book. */
const char *gsb_decision_params(const gsb_decision *d);
const char *gsb_decision_params_file(const gsb_decision *d);
/** The applicant's name as the application gives it, or NULL. */
const char *gsb_decision_applicant(const gsb_decision *d);

/* ---- eligibility (§3) ---- */
typedef enum {
	GSB_OUTCOME_ELIGIBLE = 0,
	GSB_OUTCOME_INELIGIBLE,
	GSB_OUTCOME_INCOMPLETE
} gsb_outcome;
const char *gsb_outcome_name(gsb_outcome outcome);
const char *gsb_outcome_label(gsb_outcome outcome, gsb_lang lang);
GSB_WARN_UNUSED int gsb_outcome_from_name(gsb_outcome *out, const char *name);

gsb_outcome gsb_decision_outcome(const gsb_decision *d);
/** The fifteen checks, in the order of docs/rules.md §3. */
size_t gsb_decision_check_count(const gsb_decision *d);
const char *gsb_decision_check_id(const gsb_decision *d, size_t i);
const char *gsb_decision_check_provision(const gsb_decision *d, size_t i);
gsb_tri gsb_decision_check_result(const gsb_decision *d, size_t i);
/** What a person calls the fact a check (or a missing fact) asks for:
 *  "信用记录良好" / "good credit" for "applicant.good-credit"; NULL for an
 *  unknown id. */
const char *gsb_check_label(const char *id, gsb_lang lang);
const char *gsb_decision_check_reason(const gsb_decision *d, size_t i, gsb_lang lang);
/** Ids of the unknown checks, in check order; only when incomplete (§11.5). */
size_t gsb_decision_missing_count(const gsb_decision *d);
const char *gsb_decision_missing(const gsb_decision *d, size_t i);

/* ---- tier (§4) ---- */
typedef enum {
	GSB_RELATION_NONE = 0,  /**< no claimed tier */
	GSB_RELATION_MATCH,
	GSB_RELATION_BELOW_CLAIM,
	GSB_RELATION_ABOVE_CLAIM
} gsb_relation;
const char *gsb_relation_name(gsb_relation relation); /* NULL for NONE */
/** "低于申报层级", "below the claimed tier"; NULL for NONE. */
const char *gsb_relation_label(gsb_relation relation, gsb_lang lang);
GSB_WARN_UNUSED int gsb_relation_from_name(gsb_relation *out, const char *name);

/** Enterprise kinds, as bits of gsb_decision_enterprise_kinds(). */
enum {
	GSB_KIND_INDUSTRY = 1 << 0,
	GSB_KIND_REGION = 1 << 1,
	GSB_KIND_SCENARIO = 1 << 2
};

gsb_tier gsb_decision_tier(const gsb_decision *d);
gsb_tier gsb_decision_claimed_tier(const gsb_decision *d); /* NONE when no claim */
gsb_relation gsb_decision_relation(const gsb_decision *d);
/** The five criteria: comprehensive, cross-domain, enterprise/industry,
 *  enterprise/region, enterprise/scenario. */
size_t gsb_decision_criterion_count(const gsb_decision *d);
const char *gsb_decision_criterion_id(const gsb_decision *d, size_t i);
const char *gsb_decision_criterion_provision(const gsb_decision *d, size_t i);
gsb_tri gsb_decision_criterion_result(const gsb_decision *d, size_t i);
const char *gsb_decision_criterion_reason(const gsb_decision *d, size_t i, gsb_lang lang);
/** Bits GSB_KIND_* of the enterprise kinds whose criterion is true. */
unsigned gsb_decision_enterprise_kinds(const gsb_decision *d);
/** Higher tiers whose criterion is unknown, highest first (§11.9). */
size_t gsb_decision_undetermined_count(const gsb_decision *d);
gsb_tier gsb_decision_undetermined(const gsb_decision *d, size_t i);

/*
 * Industry names that match none of the ten strong industries and so count
 * as "other", yet lie near one of them (高端装备制造, 新一代信息技术产业,
 * a misspelling, pinyin): a warning only — the decision counts them as
 * "other" like any other name (see gsb_industry_nearest()).
 */
size_t gsb_decision_warning_count(const gsb_decision *d);
/** The name as the application holds it (normalised: lower case, no spaces). */
const char *gsb_decision_warning_name(const gsb_decision *d, size_t i);
/** The industry it lies nearest to. */
gsb_industry gsb_decision_warning_nearest(const gsb_decision *d, size_t i);
/** The warning in words ("" without reasons, as the other reasons). */
const char *gsb_decision_warning_reason(const gsb_decision *d, size_t i, gsb_lang lang);

/* ---- priority (§5) ---- */
int gsb_decision_priority(const gsb_decision *d); /* 1 or 0 */
const char *gsb_decision_priority_reason(const gsb_decision *d, gsb_lang lang);
/** Expert score times 10000, and whether one was given. */
int gsb_decision_expert_score(const gsb_decision *d, int64_t *score_e4);
/**
 * Ranking order of a batch (§5, §11.14): negative when a ranks before b.
 * Eligible, incomplete, ineligible; priority first; expert score descending
 * (none last); application id. A NULL decision ranks after every decision
 * and equal to another NULL.
 */
int gsb_decision_rank_compare(const gsb_decision *a, const gsb_decision *b);

/* ---- subsidy (§6) ---- */
typedef enum {
	GSB_SUBSIDY_GRANTED = 0,        /**< within or scaled to the cap */
	GSB_SUBSIDY_NOT_ELIGIBLE,       /**< outcome not eligible */
	GSB_SUBSIDY_TIER_NONE,          /**< no tier reached */
	GSB_SUBSIDY_NOT_RECOGNISED,     /**< not recognised by review (or unknown) */
	GSB_SUBSIDY_NOT_KEY_SUPPORT     /**< not listed for key support (or unknown) */
} gsb_subsidy_status;
const char *gsb_subsidy_status_name(gsb_subsidy_status status);
const char *gsb_subsidy_status_label(gsb_subsidy_status status, gsb_lang lang);
GSB_WARN_UNUSED int gsb_subsidy_status_from_name(gsb_subsidy_status *out, const char *name);

typedef enum {
	GSB_INSTRUMENT_INTEREST_SUBSIDY = 0, /**< 贴息 */
	GSB_INSTRUMENT_AWARD,                /**< 奖补 */
	GSB_INSTRUMENT_EQUITY,               /**< 股权投入 */
	GSB_INSTRUMENT_COUNT
} gsb_instrument;
const char *gsb_instrument_name(gsb_instrument instrument);
const char *gsb_instrument_label(gsb_instrument instrument, gsb_lang lang);
GSB_WARN_UNUSED int gsb_instrument_from_name(gsb_instrument *out, const char *name);

gsb_subsidy_status gsb_decision_subsidy_status(const gsb_decision *d);
const char *gsb_decision_subsidy_reason(const gsb_decision *d, gsb_lang lang);
gsb_fen gsb_decision_cap(const gsb_decision *d);
/**
 * 1 when the national-platform cap applied, else 0 (also for NULL). A result
 * the decision settled, so never unknown; the fact it was settled from — an
 * application's listing, or a ledger's award/@national — is a gsb_tri where
 * it may be unknown (gsb_ledger_set_award()).
 */
int gsb_decision_national(const gsb_decision *d);
int gsb_decision_cap_applied(const gsb_decision *d);  /* 0 when step 1 or 2 ended it */
gsb_fen gsb_decision_requested(const gsb_decision *d);
gsb_fen gsb_decision_granted(const gsb_decision *d);
gsb_fen gsb_decision_local(const gsb_decision *d);
gsb_fen gsb_decision_total(const gsb_decision *d);
/** Granted amount in Chinese financial capitals. */
const char *gsb_decision_granted_in_words(const gsb_decision *d);
gsb_fen gsb_decision_instrument_requested(const gsb_decision *d, gsb_instrument i);
gsb_fen gsb_decision_instrument_granted(const gsb_decision *d, gsb_instrument i);
/** Loans, in input order: days counted and the rounded interest subsidy. */
size_t gsb_decision_loan_count(const gsb_decision *d);
int32_t gsb_decision_loan_days(const gsb_decision *d, size_t i);
gsb_fen gsb_decision_loan_subsidy(const gsb_decision *d, size_t i);

/* ---- effect (§7) ---- */
size_t gsb_decision_kpi_count(const gsb_decision *d);   /* "of" */
size_t gsb_decision_kpi_met_count(const gsb_decision *d); /* "met" */
/* The i-th indicator given; 0 (not an error value) for a NULL decision or an
 * index past gsb_decision_kpi_count(): check the count first. */
gsb_kpi gsb_decision_kpi(const gsb_decision *d, size_t i);
gsb_tri gsb_decision_kpi_met(const gsb_decision *d, size_t i);
/** Change in percent, two decimals ("-22.00"); NULL when the baseline is invalid. */
const char *gsb_decision_kpi_change(const gsb_decision *d, size_t i);
/** Target in percent ("-20.00", "15.00"). */
const char *gsb_decision_kpi_target(const gsb_decision *d, size_t i);
/** Error text for an invalid indicator (baseline <= 0), else NULL. */
const char *gsb_decision_kpi_error(const gsb_decision *d, size_t i, gsb_lang lang);

#ifdef __cplusplus
}
#endif
#endif
