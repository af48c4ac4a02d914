/*
 * libgeshibai — deciding an application (docs/rules.md §3–§7): the five steps
 * in order, and the accessors of decision.h (the reasons are formatted by
 * explain.c).
 *
 * A decision owns one arena; every string and array it holds lives there and
 * goes with gsb_decision_free(). With GSB_EVAL_NO_REASONS nothing is
 * formatted: reasons read "" and the evaluation allocates only the decision;
 * with GSB_EVAL_ZH_ONLY / GSB_EVAL_EN_ONLY only that language's reasons.
 */
#include <limits.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "relevance_int.h"

/* ------------------------------------------------------------ evaluating */

int gsb_evaluate(gsb_decision **out, const gsb_policy *policy, const gsb_application *app,
                 gsb_date as_of, unsigned flags)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	GSB__CHECK_ARG(policy);
	GSB__CHECK_ARG(app);
	if (flags & ~(unsigned)(GSB_EVAL_NO_REASONS | GSB_EVAL_ZH_ONLY | GSB_EVAL_EN_ONLY |
	                        GSB_EVAL_NO_RELEVANCE))
		return gsb__error(GSB_EINVAL, "gsb_evaluate: unknown flags 0x%x", flags);
	if ((flags & GSB_EVAL_ZH_ONLY) && (flags & GSB_EVAL_EN_ONLY))
		return gsb__error(GSB_EINVAL, "gsb_evaluate: GSB_EVAL_ZH_ONLY and GSB_EVAL_EN_ONLY together");
	if (gsb__date_check(as_of, true, "gsb_evaluate: as-of") != GSB_OK)
		return GSB_EINVAL;
	if (as_of == GSB_DATE_NONE)
		as_of = app->submitted != GSB_DATE_NONE ? app->submitted : gsb_date_today();
	if (as_of < gsb_date_from_ymd(1, 1, 1) || as_of > gsb_date_from_ymd(9999, 12, 31))
		return gsb__error(GSB_EINVAL, "gsb_evaluate: as-of date outside the years 1..9999");

	gsb_decision *d = malloc(sizeof *d);
	if (d == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	memset(d, 0, offsetof(gsb_decision, arena));
	memset((char *)d + offsetof(gsb_decision, arena) + sizeof d->arena, 0,
	       sizeof *d - offsetof(gsb_decision, arena) - sizeof d->arena);
	gsb__arena_init(&d->arena);
	atomic_init(&d->words, NULL);
	d->application = app->id;
	d->as_of = as_of;
	gsb_date_to_ymd(as_of, &d->as_of_year, NULL, NULL);
	d->policy = gsb_policy_id(policy);
	d->reasons = flags & GSB_EVAL_NO_REASONS ? 0
	           : flags & GSB_EVAL_ZH_ONLY    ? 1u << GSB_LANG_ZH
	           : flags & GSB_EVAL_EN_ONLY    ? 1u << GSB_LANG_EN
	           : (1u << GSB_LANG_ZH) | (1u << GSB_LANG_EN);

	int rc = gsb__eligibility(d, policy, app);
	if (rc == GSB_OK)
		rc = gsb__tier(d, policy, app);
	if (rc == GSB_OK)
		rc = gsb__priority(d, policy, app);
	if (rc == GSB_OK)
		rc = gsb__subsidy(d, policy, app);
	if (rc == GSB_OK)
		rc = gsb__effect(d, policy, app);
	if (rc == GSB_OK)
		rc = gsb__industry_warnings(d, app);
	if (rc == GSB_OK && !(flags & GSB_EVAL_NO_RELEVANCE))
		rc = gsb__relevance(d, policy, app);
	if (rc == GSB_OK && app->id != NULL &&
	    (d->application = gsb__arena_strdup(&d->arena, app->id)) == NULL)
		rc = gsb__error(GSB_ENOMEM, "out of memory");
	const char *source = gsb_policy_source(policy), *file = gsb_policy_file(policy);
	if (rc == GSB_OK && source != NULL &&
	    (d->params = gsb__arena_strdup(&d->arena, source)) == NULL)
		rc = gsb__error(GSB_ENOMEM, "out of memory");
	if (rc == GSB_OK && file != NULL &&
	    (d->params_file = gsb__arena_strdup(&d->arena, file)) == NULL)
		rc = gsb__error(GSB_ENOMEM, "out of memory");
	if (rc == GSB_OK && app->name != NULL &&
	    (d->applicant = gsb__arena_strdup(&d->arena, app->name)) == NULL)
		rc = gsb__error(GSB_ENOMEM, "out of memory");
	if (rc != GSB_OK) {
		gsb__error_locate(NULL, app->id);
		gsb_decision_free(d);
		return rc;
	}
	*out = d;
	return GSB_OK;
}

void gsb_decision_free(gsb_decision *decision)
{
	if (decision == NULL)
		return;
	gsb_free(atomic_load(&decision->words));
	gsb__arena_release(&decision->arena);
	free(decision);
}

/* -------------------------------------------------------------- accessors */

static const char *reason_of(const char *const reason[2], gsb_lang lang)
{
	if ((unsigned)lang > GSB_LANG_EN || reason[lang] == NULL)
		return NULL;
	return reason[lang];
}

const char *gsb_decision_application(const gsb_decision *d)
{
	return d ? d->application : NULL;
}

const char *gsb_decision_applicant(const gsb_decision *d)
{
	return d ? d->applicant : NULL;
}

gsb_date gsb_decision_as_of(const gsb_decision *d)
{
	return d ? d->as_of : GSB_DATE_NONE;
}

const char *gsb_decision_policy(const gsb_decision *d)
{
	return d ? d->policy : NULL;
}

const char *gsb_decision_params(const gsb_decision *d)
{
	return d ? d->params : NULL;
}

const char *gsb_decision_params_file(const gsb_decision *d)
{
	return d ? d->params_file : NULL;
}

gsb_outcome gsb_decision_outcome(const gsb_decision *d)
{
	return d ? d->outcome : GSB_OUTCOME_INCOMPLETE;
}

size_t gsb_decision_check_count(const gsb_decision *d)
{
	return d ? GSB_CHECK_COUNT : 0;
}

gsb_tri gsb_decision_check_result(const gsb_decision *d, size_t i)
{
	return d && i < GSB_CHECK_COUNT ? d->checks[i].result : GSB_UNKNOWN;
}

const char *gsb_decision_check_reason(const gsb_decision *d, size_t i, gsb_lang lang)
{
	return d && i < GSB_CHECK_COUNT ? reason_of(d->checks[i].reason, lang) : NULL;
}

/* §11.5: the unknown checks, in check order, only when incomplete. */
size_t gsb_decision_missing_count(const gsb_decision *d)
{
	if (d == NULL || d->outcome != GSB_OUTCOME_INCOMPLETE)
		return 0;
	size_t n = 0;
	for (size_t i = 0; i < GSB_CHECK_COUNT; i++)
		n += d->checks[i].result == GSB_UNKNOWN;
	return n;
}

const char *gsb_decision_missing(const gsb_decision *d, size_t i)
{
	if (d == NULL || d->outcome != GSB_OUTCOME_INCOMPLETE)
		return NULL;
	for (size_t c = 0; c < GSB_CHECK_COUNT; c++)
		if (d->checks[c].result == GSB_UNKNOWN && i-- == 0)
			return gsb_decision_check_id(d, c);
	return NULL;
}

size_t gsb_decision_warning_count(const gsb_decision *d)
{
	return d ? d->n_warnings : 0;
}

const char *gsb_decision_warning_name(const gsb_decision *d, size_t i)
{
	return d && i < d->n_warnings ? d->warnings[i].name : NULL;
}

gsb_industry gsb_decision_warning_nearest(const gsb_decision *d, size_t i)
{
	return d && i < d->n_warnings ? d->warnings[i].nearest : GSB_INDUSTRY_OTHER;
}

const char *gsb_decision_warning_reason(const gsb_decision *d, size_t i, gsb_lang lang)
{
	return d && i < d->n_warnings ? reason_of(d->warnings[i].why.reason, lang) : NULL;
}

gsb_tier gsb_decision_tier(const gsb_decision *d)
{
	return d ? d->tier : GSB_TIER_NONE;
}

gsb_tier gsb_decision_claimed_tier(const gsb_decision *d)
{
	return d ? d->claimed : GSB_TIER_NONE;
}

gsb_relation gsb_decision_relation(const gsb_decision *d)
{
	return d ? d->relation : GSB_RELATION_NONE;
}

size_t gsb_decision_criterion_count(const gsb_decision *d)
{
	return d ? GSB_CRITERION_COUNT : 0;
}

gsb_tri gsb_decision_criterion_result(const gsb_decision *d, size_t i)
{
	return d && i < GSB_CRITERION_COUNT ? d->criteria[i].result : GSB_UNKNOWN;
}

const char *gsb_decision_criterion_reason(const gsb_decision *d, size_t i, gsb_lang lang)
{
	return d && i < GSB_CRITERION_COUNT ? reason_of(d->criteria[i].reason, lang) : NULL;
}

unsigned gsb_decision_enterprise_kinds(const gsb_decision *d)
{
	return d ? d->kinds : 0;
}

size_t gsb_decision_undetermined_count(const gsb_decision *d)
{
	return d ? d->n_undetermined : 0;
}

gsb_tier gsb_decision_undetermined(const gsb_decision *d, size_t i)
{
	return d && i < d->n_undetermined ? d->undetermined[i] : GSB_TIER_NONE;
}

int gsb_decision_priority(const gsb_decision *d)
{
	return d ? d->priority : 0;
}

const char *gsb_decision_priority_reason(const gsb_decision *d, gsb_lang lang)
{
	return d ? reason_of(d->priority_reason, lang) : NULL;
}

int gsb_decision_expert_score(const gsb_decision *d, int64_t *score_e4)
{
	if (d == NULL || !d->has_score)
		return 0;
	if (score_e4)
		*score_e4 = d->score_e4;
	return 1;
}

/* §5: eligible, incomplete, ineligible. */
static int outcome_rank(gsb_outcome o)
{
	switch (o) {
	case GSB_OUTCOME_ELIGIBLE:
		return 0;
	case GSB_OUTCOME_INCOMPLETE:
		return 1;
	default:
		return 2;
	}
}

/* §5, §11.14: outcome; priority first; expert score descending (none last); id. */
int gsb_decision_rank_compare(const gsb_decision *a, const gsb_decision *b)
{
	if (a == NULL || b == NULL)
		return (a == NULL) - (b == NULL);
	int ra = outcome_rank(a->outcome), rb = outcome_rank(b->outcome);
	if (ra != rb)
		return ra < rb ? -1 : 1;
	if (a->priority != b->priority)
		return a->priority ? -1 : 1;
	if (a->has_score != b->has_score)
		return a->has_score ? -1 : 1;
	if (a->has_score && a->score_e4 != b->score_e4)
		return a->score_e4 > b->score_e4 ? -1 : 1;
	if (a->application == NULL || b->application == NULL)
		return (a->application == NULL) - (b->application == NULL);
	int c = strcmp(a->application, b->application);
	return (c > 0) - (c < 0);
}

gsb_subsidy_status gsb_decision_subsidy_status(const gsb_decision *d)
{
	return d ? d->status : GSB_SUBSIDY_NOT_ELIGIBLE;
}

const char *gsb_decision_subsidy_reason(const gsb_decision *d, gsb_lang lang)
{
	return d ? reason_of(d->subsidy_reason, lang) : NULL;
}

gsb_fen gsb_decision_cap(const gsb_decision *d)
{
	return d ? d->cap : 0;
}

int gsb_decision_national(const gsb_decision *d)
{
	return d ? d->national : 0;
}

int gsb_decision_cap_applied(const gsb_decision *d)
{
	return d ? d->cap_applied : 0;
}

gsb_fen gsb_decision_requested(const gsb_decision *d)
{
	return d ? d->requested : 0;
}

gsb_fen gsb_decision_granted(const gsb_decision *d)
{
	return d ? d->granted : 0;
}

gsb_fen gsb_decision_local(const gsb_decision *d)
{
	return d ? d->local : 0;
}

gsb_fen gsb_decision_total(const gsb_decision *d)
{
	return d ? d->total : 0;
}

/*
 * §6 step 7. Spelled on first read and kept: a decision is immutable to its
 * readers, so concurrent first reads may both spell it; one result wins and
 * the other is freed. NULL (with gsb_error_last()) only when spelling fails.
 */
const char *gsb_decision_granted_in_words(const gsb_decision *d)
{
	if (d == NULL)
		return NULL;
	if (d->granted_words)
		return d->granted_words;
	gsb_decision *m = (gsb_decision *)d;
	char *words = atomic_load_explicit(&m->words, memory_order_acquire);
	if (words)
		return words;
	if ((words = gsb_fen_to_words(d->granted)) == NULL)
		return NULL;
	char *none = NULL;
	if (!atomic_compare_exchange_strong_explicit(&m->words, &none, words, memory_order_acq_rel,
	                                             memory_order_acquire)) {
		gsb_free(words);
		return none;
	}
	return words;
}

gsb_fen gsb_decision_instrument_requested(const gsb_decision *d, gsb_instrument i)
{
	return d && (unsigned)i < GSB_INSTRUMENT_COUNT ? d->inst_requested[i] : 0;
}

gsb_fen gsb_decision_instrument_granted(const gsb_decision *d, gsb_instrument i)
{
	return d && (unsigned)i < GSB_INSTRUMENT_COUNT ? d->inst_granted[i] : 0;
}

size_t gsb_decision_loan_count(const gsb_decision *d)
{
	return d ? d->n_loans : 0;
}

int32_t gsb_decision_loan_days(const gsb_decision *d, size_t i)
{
	return d && i < d->n_loans ? d->loans[i].days : 0;
}

gsb_fen gsb_decision_loan_subsidy(const gsb_decision *d, size_t i)
{
	return d && i < d->n_loans ? d->loans[i].subsidy : 0;
}

size_t gsb_decision_kpi_count(const gsb_decision *d)
{
	return d ? d->n_kpis : 0;
}

size_t gsb_decision_kpi_met_count(const gsb_decision *d)
{
	return d ? d->kpis_met : 0;
}

gsb_kpi gsb_decision_kpi(const gsb_decision *d, size_t i)
{
	return d && i < d->n_kpis ? d->kpis[i].kpi : (gsb_kpi)0;
}

gsb_tri gsb_decision_kpi_met(const gsb_decision *d, size_t i)
{
	return d && i < d->n_kpis ? d->kpis[i].met : GSB_UNKNOWN;
}

const char *gsb_decision_kpi_change(const gsb_decision *d, size_t i)
{
	return d && i < d->n_kpis ? d->kpis[i].change : NULL;
}

const char *gsb_decision_kpi_target(const gsb_decision *d, size_t i)
{
	return d && i < d->n_kpis ? d->kpis[i].target : NULL;
}

const char *gsb_decision_kpi_error(const gsb_decision *d, size_t i, gsb_lang lang)
{
	if (d == NULL || i >= d->n_kpis || (unsigned)lang > GSB_LANG_EN)
		return NULL;
	return d->kpis[i].error[lang];
}
