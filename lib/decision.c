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
#include "accessor.h"
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

GSB__GET(const char *, gsb_decision_application, gsb_decision, application, NULL)
GSB__GET(const char *, gsb_decision_applicant, gsb_decision, applicant, NULL)
GSB__GET(gsb_date, gsb_decision_as_of, gsb_decision, as_of, GSB_DATE_NONE)
GSB__GET(const char *, gsb_decision_policy, gsb_decision, policy, NULL)
GSB__GET(const char *, gsb_decision_params, gsb_decision, params, NULL)
GSB__GET(const char *, gsb_decision_params_file, gsb_decision, params_file, NULL)
GSB__GET(gsb_outcome, gsb_decision_outcome, gsb_decision, outcome, GSB_OUTCOME_INCOMPLETE)

/* gsb_decision_T_count, gsb_decision_T_result and gsb_decision_T_reason of
 * the COUNT explained items ITEMS of a decision (its checks, its criteria). */
#define EXPLAINED(T, ITEMS, COUNT)                                                     \
	size_t gsb_decision_##T##_count(const gsb_decision *d)                         \
	{                                                                              \
		return d ? (COUNT) : 0;                                                \
	}                                                                              \
	GSB__GET_AT(gsb_tri, gsb_decision_##T##_result, gsb_decision, (COUNT),         \
	            ITEMS[i].result, GSB_UNKNOWN)                                      \
	const char *gsb_decision_##T##_reason(const gsb_decision *d, size_t i,         \
	                                      gsb_lang lang)                           \
	{                                                                              \
		return d && i < (COUNT) ? reason_of(d->ITEMS[i].reason, lang) : NULL;  \
	}

EXPLAINED(check, checks, GSB_CHECK_COUNT)

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

GSB__GET(size_t, gsb_decision_warning_count, gsb_decision, n_warnings, 0)
GSB__GET_AT(const char *, gsb_decision_warning_name,
            gsb_decision, o->n_warnings, warnings[i].name, NULL)
GSB__GET_AT(gsb_industry, gsb_decision_warning_nearest,
            gsb_decision, o->n_warnings, warnings[i].nearest, GSB_INDUSTRY_OTHER)

const char *gsb_decision_warning_reason(const gsb_decision *d, size_t i, gsb_lang lang)
{
	return d && i < d->n_warnings ? reason_of(d->warnings[i].why.reason, lang) : NULL;
}

GSB__GET(gsb_tier, gsb_decision_tier, gsb_decision, tier, GSB_TIER_NONE)
GSB__GET(gsb_tier, gsb_decision_claimed_tier, gsb_decision, claimed, GSB_TIER_NONE)
GSB__GET(gsb_relation, gsb_decision_relation, gsb_decision, relation, GSB_RELATION_NONE)

EXPLAINED(criterion, criteria, GSB_CRITERION_COUNT)

GSB__GET(unsigned, gsb_decision_enterprise_kinds, gsb_decision, kinds, 0)
GSB__GET(size_t, gsb_decision_undetermined_count, gsb_decision, n_undetermined, 0)
GSB__GET_AT(gsb_tier, gsb_decision_undetermined,
            gsb_decision, o->n_undetermined, undetermined[i], GSB_TIER_NONE)
GSB__GET(int, gsb_decision_priority, gsb_decision, priority, 0)

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

GSB__GET(gsb_subsidy_status, gsb_decision_subsidy_status,
         gsb_decision, status, GSB_SUBSIDY_NOT_ELIGIBLE)

const char *gsb_decision_subsidy_reason(const gsb_decision *d, gsb_lang lang)
{
	return d ? reason_of(d->subsidy_reason, lang) : NULL;
}

GSB__GET(gsb_fen, gsb_decision_cap, gsb_decision, cap, 0)
GSB__GET(int, gsb_decision_national, gsb_decision, national, 0)
GSB__GET(int, gsb_decision_cap_applied, gsb_decision, cap_applied, 0)
GSB__GET(gsb_fen, gsb_decision_requested, gsb_decision, requested, 0)
GSB__GET(gsb_fen, gsb_decision_granted, gsb_decision, granted, 0)
GSB__GET(gsb_fen, gsb_decision_local, gsb_decision, local, 0)
GSB__GET(gsb_fen, gsb_decision_total, gsb_decision, total, 0)

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

GSB__GET(size_t, gsb_decision_loan_count, gsb_decision, n_loans, 0)
GSB__GET_AT(int32_t, gsb_decision_loan_days, gsb_decision, o->n_loans, loans[i].days, 0)
GSB__GET_AT(gsb_fen, gsb_decision_loan_subsidy, gsb_decision, o->n_loans, loans[i].subsidy, 0)
GSB__GET(size_t, gsb_decision_kpi_count, gsb_decision, n_kpis, 0)
GSB__GET(size_t, gsb_decision_kpi_met_count, gsb_decision, kpis_met, 0)
GSB__GET_AT(gsb_kpi, gsb_decision_kpi, gsb_decision, o->n_kpis, kpis[i].kpi, (gsb_kpi)0)
GSB__GET_AT(gsb_tri, gsb_decision_kpi_met, gsb_decision, o->n_kpis, kpis[i].met, GSB_UNKNOWN)
GSB__GET_AT(const char *, gsb_decision_kpi_change, gsb_decision, o->n_kpis, kpis[i].change, NULL)
GSB__GET_AT(const char *, gsb_decision_kpi_target, gsb_decision, o->n_kpis, kpis[i].target, NULL)

const char *gsb_decision_kpi_error(const gsb_decision *d, size_t i, gsb_lang lang)
{
	if (d == NULL || i >= d->n_kpis || (unsigned)lang > GSB_LANG_EN)
		return NULL;
	return d->kpis[i].error[lang];
}
