/*
 * libgeshibai — the layout of a decision and the steps that fill it
 * (decision.c, eligibility.c, tier.c, priority.c, subsidy.c, effect.c,
 * explain.c, industry_nearest.c).
 * Private: nothing here is part of the ABI (lib/libgeshibai.sym).
 */
#ifndef GSB_DECISION_INT_H
#define GSB_DECISION_INT_H

#include "application_int.h"
#include "arena.h"
#include "params_int.h"

#define GSB_CHECK_COUNT 15
#define GSB_CRITERION_COUNT 5

typedef struct {
	gsb_tri result;
	const char *reason[2]; /* [GSB_LANG_ZH], [GSB_LANG_EN]; "" without reasons */
} gsb__explained;

typedef struct {
	int32_t days;
	gsb_fen subsidy;
} gsb__loan_out;

typedef struct {
	gsb_kpi kpi;
	gsb_tri met;
	const char *change;   /* "-22.00", NULL when invalid */
	const char *target;   /* "-20.00" */
	const char *error[2]; /* NULL when valid */
} gsb__kpi_out;

/* An industry name that falls to "other" but lies near one of the ten. */
typedef struct {
	const char *name;     /* as the application holds it (normalised) */
	gsb_industry nearest;
	gsb__explained why;   /* result unused; the warning in both languages */
} gsb__name_warning;

struct gsb_decision {
	gsb__arena arena; /* owns every string below */
	const char *application;
	const char *applicant; /* the applicant's name, or NULL */
	gsb_date as_of;
	int as_of_year; /* the year of as_of */
	const char *policy;
	const char *params, *params_file; /* the parameters document's name and file; NULL: built in */
	unsigned char reasons; /* the languages explained: bit 1 << GSB_LANG_ZH, 1 << GSB_LANG_EN */

	gsb_outcome outcome;
	gsb__explained checks[GSB_CHECK_COUNT];

	gsb_tier tier, claimed;
	gsb_relation relation;
	gsb__explained criteria[GSB_CRITERION_COUNT];
	unsigned kinds;
	gsb_tier undetermined[3];
	size_t n_undetermined;

	int priority;
	const char *priority_reason[2];
	bool has_score;
	int64_t score_e4;

	gsb_subsidy_status status;
	const char *subsidy_reason[2];
	gsb_fen cap;
	int national, cap_applied;
	gsb_fen requested, granted, local, total;
	gsb_fen inst_requested[GSB_INSTRUMENT_COUNT], inst_granted[GSB_INSTRUMENT_COUNT];
	const char *granted_words; /* set when known at evaluation ("零元整"), else NULL */
	_Atomic(char *) words;     /* otherwise spelled on first read (ICU is slow); malloc'd */
	gsb__loan_out *loans;
	size_t n_loans;

	gsb__kpi_out *kpis;
	size_t n_kpis, kpis_met;

	struct gsb__relevance *relevance; /* relevance.c; NULL when none */

	gsb__name_warning *warnings; /* industry names near one of the ten (industry_nearest.c) */
	size_t n_warnings, warnings_cap;
};

/* The cap of docs/rules.md §6 step 3 in force on as_of: award.cap, or
 * award.cap-national for a platform on the national list (subsidy.c). The
 * funding-misuse audit (misuse.c) uses the same function (§8 fraud). */
gsb_fen gsb__award_cap(const gsb_policy *policy, gsb_date as_of, bool national);

/* The steps of gsb_evaluate (one file each); each fills its part of d. */
int gsb__eligibility(gsb_decision *d, const gsb_policy *p, const gsb_application *a);
/* The fact check i is the value of (capable, builder, …), or -1 for a check
 * judged otherwise (eligibility.c). */
int gsb__check_fact(size_t i);
/* The legal form a credit code's positions 1-2 imply, where they imply one
 * (uscc.c; the reading of 3.2.1 that eligibility takes), else
 * GSB_LEGAL_FORM_NONE. */
gsb_legal_form gsb__uscc_legal_form(const char *authority_category);
int gsb__tier(gsb_decision *d, const gsb_policy *p, const gsb_application *a);
int gsb__priority(gsb_decision *d, const gsb_policy *p, const gsb_application *a);
int gsb__subsidy(gsb_decision *d, const gsb_policy *p, const gsb_application *a);
int gsb__effect(gsb_decision *d, const gsb_policy *p, const gsb_application *a);
/* Append to e's reasons the references of the parameters (gsb__param values)
 * that a parameters document set: "（依据 …）" in Chinese, " (per …)" in
 * English, each reference once; nothing when none has one (the built-in
 * defaults cite their provision already) or without reasons. */
void gsb__cite_params(gsb_decision *d, gsb__explained *e, const gsb_policy *p,
                      const int *params, size_t n);
/* The decision's warnings of industry names near one of the ten (industry_nearest.c). */
int gsb__industry_warnings(gsb_decision *d, const gsb_application *a);
/* Judge one indicator of 2.2 from its baseline and current values (effect.c):
 * sets k->valid, k->met and k->change. */
void gsb__kpi_judge(gsb__kpi_in *k);

/* Set an explained result; reasons are printf formats for zh then en,
 * formatted only when d->reasons, each only in a language it asks for (both
 * formats take the same arguments; when the languages need different ones,
 * gsb__explain_bare() then gsb__reason() once per language).
 * Without reasons the arguments are not even evaluated. */
#define gsb__explain(d, e, result, ...)                                             \
	((d)->reasons ? gsb__explain_fmt((d), (e), (result), __VA_ARGS__)           \
	              : gsb__explain_bare((e), (result)))
void gsb__explain_fmt(gsb_decision *d, gsb__explained *e, gsb_tri result, const char *zh,
                      const char *en, ...);
static inline void gsb__explain_bare(gsb__explained *e, gsb_tri result)
{
	e->result = result;
	e->reason[GSB_LANG_ZH] = e->reason[GSB_LANG_EN] = "";
}
/* Set one language's reason of e from its own format and arguments ("" when
 * d does not explain in lang). */
void gsb__reason(gsb_decision *d, gsb__explained *e, gsb_lang lang, const char *fmt, ...);

#endif
