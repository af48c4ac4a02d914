/*
 * libgeshibai — the programme as a whole: the targets of provision 2.1
 * counted over a batch (docs/rules.md §10), the effect of 2.2, a self-contained
 * HTML report; and what-if runs that price a reform of the annual guide by
 * deciding one batch under two policies.
 *
 * Both objects accumulate: memory grows only with the applications listed in
 * the report (incomplete ones, recognised platforms, changed ones, errors),
 * never with the rest of the batch. Neither is shared between threads while
 * it is being filled; each keeps no global state. The policies given to the
 * constructors must outlive the objects.
 */
#ifndef GESHIBAI_PROGRAMME_H
#define GESHIBAI_PROGRAMME_H

#include "common.h"
#include "vocab.h"
#include "policy.h"
#include "application.h"
#include "decision.h"
#include "io.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ================================================================ programme */

typedef struct gsb_programme gsb_programme;

/**
 * A programme accumulator reading targets from policy.
 *
 * as_of is the date of the report. When it is a date, the targets in force on
 * it are used, and every application is placed in the city of that date
 * (docs/rules.md §10: a 3712 莱芜 division counts as 3701 济南 from 2019-01-09,
 * as 莱芜 before). GSB_DATE_NONE: each application is placed by the as-of
 * date of its own decision, and the targets are those in force on the latest
 * decision date added (today while none is).
 */
GSB_WARN_UNUSED int gsb_programme_new(gsb_programme **out, const gsb_policy *policy,
                                      gsb_date as_of);
void gsb_programme_free(gsb_programme *p);

/**
 * Count one decided application. The decision must be the application's
 * (gsb_evaluate). GSB_EINVAL for NULL; GSB_EOVERFLOW when a sum of awards
 * would pass 64-bit fen (the programme is then unchanged); GSB_ENOMEM.
 *
 * Reading [2.1]: a platform is *recognised* when its outcome is eligible,
 * its classified tier is not none, and the review recognised it
 * (review/@recognised true). It is counted at its classified tier — not at
 * the tier it claims — and an unknown recognition is not counted.
 */
GSB_WARN_UNUSED int gsb_programme_add(gsb_programme *p, const gsb_application *app, const gsb_decision *d);
/** Note an input that could not be decided (listed in the report). */
GSB_WARN_UNUSED int gsb_programme_add_error(gsb_programme *p, const gsb_error *error);

/** The date of the report as given, or GSB_DATE_NONE. */
gsb_date gsb_programme_as_of(const gsb_programme *p);
/** The date the targets are read on (see gsb_programme_new). */
gsb_date gsb_programme_target_date(const gsb_programme *p);

/** Applications counted (gsb_programme_add), and those with an outcome. */
size_t gsb_programme_count(const gsb_programme *p);
size_t gsb_programme_outcome_count(const gsb_programme *p, gsb_outcome outcome);
size_t gsb_programme_error_count(const gsb_programme *p);
/** The i-th error: its message, file, line and application (NULL / 0 when unknown). */
const char *gsb_programme_error_message(const gsb_programme *p, size_t i);
const char *gsb_programme_error_file(const gsb_programme *p, size_t i);
long gsb_programme_error_line(const gsb_programme *p, size_t i);
const char *gsb_programme_error_application(const gsb_programme *p, size_t i);

/* ---- targets [2.1] ---- */
/** Recognised platforms at a classified tier; GSB_TIER_NONE gives all tiers together. */
size_t gsb_programme_recognised(const gsb_programme *p, gsb_tier tier);
/** The target of a tier (target.comprehensive ...), or -1 when none is in force. */
int64_t gsb_programme_target(const gsb_programme *p, gsb_tier tier);
/** 1 when the recognised count reaches the target, else 0 (0 without a target). */
int gsb_programme_target_met(const gsb_programme *p, gsb_tier tier);

/* ---- money [4.1, 4.2] ---- */
gsb_fen gsb_programme_requested(const gsb_programme *p); /* all applications */
gsb_fen gsb_programme_granted(const gsb_programme *p);   /* provincial awards */
gsb_fen gsb_programme_local(const gsb_programme *p);     /* city and county support */

/* ---- per city and per industry [2.1, docs/rules.md §10] ---- */
typedef enum {
	GSB_GROUP_CITY = 0,
	GSB_GROUP_INDUSTRY
} gsb_group;
/** "city", "industry"; words "城市"/"city", "产业"/"industry". */
const char *gsb_group_name(gsb_group group);
const char *gsb_group_label(gsb_group group, gsb_lang lang);
GSB_WARN_UNUSED int gsb_group_from_name(gsb_group *out, const char *name);

/**
 * Groups with at least one application, in code order. Cities: "3701" 济南
 * ... "3717" 菏泽, then "other" (a division outside 3701-3717) and "unknown"
 * (no division and no valid USCC). The city is the first four digits of the
 * registered division, else of USCC positions 3-8 when the code is valid.
 * Industries: the ten codes in the order of the measures, "other" (a name
 * that is none of the ten) and "none" (no industry declared). An application
 * counts once in each industry it declares, so industry rows overlap: their
 * sums may exceed the programme's totals (city rows never overlap).
 */
size_t gsb_programme_group_count(const gsb_programme *p, gsb_group group);
const char *gsb_programme_group_code(const gsb_programme *p, gsb_group group, size_t i);
const char *gsb_programme_group_label(const gsb_programme *p, gsb_group group, size_t i,
                                      gsb_lang lang);
/** Index of a group by code ("3701", "health-care"), or -1 when it has no application. */
long gsb_programme_group_find(const gsb_programme *p, gsb_group group, const char *code);
size_t gsb_programme_group_applications(const gsb_programme *p, gsb_group group, size_t i);
size_t gsb_programme_group_recognised(const gsb_programme *p, gsb_group group, size_t i);
gsb_fen gsb_programme_group_granted(const gsb_programme *p, gsb_group group, size_t i);

/**
 * The city (first four digits) an application is placed in on a date, as
 * its code ("3701") — "other" or "unknown" as above. The string is static.
 */
const char *gsb_city_of(const gsb_application *app, gsb_date as_of);
/** Label of a city code ("3712" -> 莱芜 / Laiwu), or NULL for an unknown code. */
const char *gsb_city_label(const char *code, gsb_lang lang);

/* ---- incomplete applications [docs/rules.md §11.5] ---- */
size_t gsb_programme_incomplete_count(const gsb_programme *p);
const char *gsb_programme_incomplete_application(const gsb_programme *p, size_t i); /* id or NULL */
const char *gsb_programme_incomplete_name(const gsb_programme *p, size_t i); /* applicant or NULL */
size_t gsb_programme_incomplete_missing_count(const gsb_programme *p, size_t i);
const char *gsb_programme_incomplete_missing(const gsb_programme *p, size_t i, size_t k);

/* ---- recognised platforms, in input order ---- */
const char *gsb_programme_platform_application(const gsb_programme *p, size_t i);
const char *gsb_programme_platform_name(const gsb_programme *p, size_t i);
gsb_tier gsb_programme_platform_tier(const gsb_programme *p, size_t i);
const char *gsb_programme_platform_city(const gsb_programme *p, size_t i);
gsb_fen gsb_programme_platform_granted(const gsb_programme *p, size_t i);

/* ---- effect [2.2], over recognised platforms ---- */
/** Recognised platforms reporting an indicator, and those meeting it. */
size_t gsb_programme_kpi_reported(const gsb_programme *p, gsb_kpi kpi);
size_t gsb_programme_kpi_met(const gsb_programme *p, gsb_kpi kpi);

/**
 * The programme report: one self-contained HTML page (inline CSS and SVG
 * charts; no script, nothing fetched: a Content-Security-Policy of
 * default-src 'none' says so to the browser). Chinese, or English with
 * GSB_LANG_EN; listings sorted with ICU's Chinese collation. Numbers a program
 * may check carry ids and data- attributes: #tier-comprehensive
 * [data-recognised][data-target][data-met], #total-granted[data-fen],
 * #city-3701[data-applications][data-recognised][data-fen], ...
 * The caller frees the string with gsb_free(); NULL (and gsb_error_last())
 * on failure.
 */
char *gsb_programme_to_html(const gsb_programme *p, gsb_lang lang);

/* ================================================================== what-if */

typedef struct gsb_whatif gsb_whatif;

/** A comparison of policy a (the current guide) with policy b (the reform). */
GSB_WARN_UNUSED int gsb_whatif_new(gsb_whatif **out, const gsb_policy *a, const gsb_policy *b);
void gsb_whatif_free(gsb_whatif *w);

/**
 * Decide app under both policies as of as_of (GSB_DATE_NONE: its submitted
 * date, else today) and keep it when its outcome, classified tier or granted
 * amount differ. Errors as gsb_evaluate (the comparison is then unchanged),
 * GSB_EOVERFLOW when a total would pass 64-bit fen.
 */
GSB_WARN_UNUSED int gsb_whatif_add(gsb_whatif *w, const gsb_application *app, gsb_date as_of);
/** Note an input that could not be decided (listed in the report). */
GSB_WARN_UNUSED int gsb_whatif_add_error(gsb_whatif *w, const gsb_error *error);

/** Applications compared, and errors noted. */
size_t gsb_whatif_count(const gsb_whatif *w);
size_t gsb_whatif_error_count(const gsb_whatif *w);
/** Total provincial award under policy a / b, exact in fen; and b - a. */
gsb_fen gsb_whatif_total_a(const gsb_whatif *w);
gsb_fen gsb_whatif_total_b(const gsb_whatif *w);
gsb_fen gsb_whatif_difference(const gsb_whatif *w);

/** What changed, as bits of gsb_whatif_change_what(). */
enum {
	GSB_CHANGE_OUTCOME = 1 << 0,
	GSB_CHANGE_TIER = 1 << 1,
	GSB_CHANGE_GRANTED = 1 << 2
};

/** The changed applications, in input order. b: 0 for policy a, 1 for b. */
size_t gsb_whatif_change_count(const gsb_whatif *w);
const char *gsb_whatif_change_application(const gsb_whatif *w, size_t i); /* id or NULL */
/** 1-based position of the application among those compared. */
size_t gsb_whatif_change_position(const gsb_whatif *w, size_t i);
unsigned gsb_whatif_change_what(const gsb_whatif *w, size_t i);
gsb_date gsb_whatif_change_as_of(const gsb_whatif *w, size_t i);
gsb_outcome gsb_whatif_change_outcome(const gsb_whatif *w, size_t i, int b);
gsb_tier gsb_whatif_change_tier(const gsb_whatif *w, size_t i, int b);
gsb_subsidy_status gsb_whatif_change_status(const gsb_whatif *w, size_t i, int b);
gsb_fen gsb_whatif_change_cap(const gsb_whatif *w, size_t i, int b);
gsb_fen gsb_whatif_change_granted(const gsb_whatif *w, size_t i, int b);

/**
 * The comparison as text, JSON (jansson) or XML (<comparison> in
 * urn:geshibai:1), labels in lang. Amounts are decimal strings in yuan.
 * The caller frees it with gsb_free(); NULL (and gsb_error_last()) on failure.
 */
char *gsb_whatif_to_string(const gsb_whatif *w, gsb_format format, gsb_lang lang);

#ifdef __cplusplus
}
#endif
#endif
