/*
 * libgeshibai — an application (docs/formats.md "Application"), built field by
 * field from C or read from XML (see io.h).
 *
 * Every fact starts unknown; a setter makes it known. Strings are UTF-8 and
 * copied. Setters return GSB_EINVAL for NULL or out-of-range arguments or
 * invalid UTF-8, and leave the application unchanged then.
 */
#ifndef GESHIBAI_APPLICATION_H
#define GESHIBAI_APPLICATION_H

#include "common.h"
#include "vocab.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct gsb_application gsb_application;

GSB_WARN_UNUSED int gsb_application_new(gsb_application **out);
void gsb_application_free(gsb_application *app);

/** Boolean facts of an application (docs/formats.md names in comments). */
typedef enum {
	GSB_FACT_DISHONEST_DEBTOR = 0,   /* credit/@dishonestDebtor */
	GSB_FACT_SERIOUS_DISHONESTY,     /* credit/@seriousDishonesty */
	GSB_FACT_MAJOR_TAX_VIOLATION,    /* credit/@majorTaxViolation */
	GSB_FACT_CAPABLE,                /* applicant/capable */
	GSB_FACT_BUILDER,                /* applicant/builder */
	GSB_FACT_OWNER,                  /* applicant/owner */
	GSB_FACT_OPERATING_WELL,         /* platform/operatingWell */
	GSB_FACT_DEVELOPMENT_PLAN,       /* platform/developmentPlan */
	GSB_FACT_OVERALL_STRENGTH,       /* platform/overallStrength */
	GSB_FACT_PRECISE_POSITIONING,    /* platform/precisePositioning */
	GSB_FACT_USER_BASE,              /* platform/userBase */
	GSB_FACT_PROSPECTS,              /* platform/prospects */
	GSB_FACT_DEMONSTRATION_EFFECT,   /* platform/demonstrationEffect */
	GSB_FACT_GOVERNMENT_LED,         /* platform/governmentLed */
	GSB_FACT_THIRD_PARTY_OPERATED,   /* platform/thirdPartyOperated */
	GSB_FACT_INTRANET_UPGRADE,       /* platform/intranetUpgrade */
	GSB_FACT_INDUSTRY_LEADING,       /* platform/industryLeading */
	GSB_FACT_RECOGNISED,             /* review/@recognised */
	GSB_FACT_KEY_SUPPORT,            /* review/@keySupport */
	GSB_FACT_COUNT
} gsb_fact;
/** The docs/formats.md name of a fact ("dishonestDebtor", "capable", ...). */
const char *gsb_fact_name(gsb_fact fact);
/** The fact in words, as docs/materials.md writes it ("申报单位具有承担项目建设的相应能力"). */
const char *gsb_fact_label(gsb_fact fact, gsb_lang lang);
GSB_WARN_UNUSED int gsb_fact_from_name(gsb_fact *out, const char *name);

/** Platform metrics (platform/metrics attributes). */
typedef enum {
	GSB_METRIC_CONNECTED_DEVICES = 0,
	GSB_METRIC_API_CALLS_PER_DAY,
	GSB_METRIC_ENTERPRISES_SERVED,
	GSB_METRIC_COUNT
} gsb_metric;
const char *gsb_metric_name(gsb_metric metric);
const char *gsb_metric_label(gsb_metric metric, gsb_lang lang);
GSB_WARN_UNUSED int gsb_metric_from_name(gsb_metric *out, const char *name);

/* ---- the application element ---- */
GSB_WARN_UNUSED int gsb_application_set_id(gsb_application *app, const char *id);
/** Application year (1..9999). Absent: the as-of year. */
GSB_WARN_UNUSED int gsb_application_set_year(gsb_application *app, int year);
GSB_WARN_UNUSED int gsb_application_set_submitted(gsb_application *app, gsb_date date);
/** The claimed tier; GSB_TIER_NONE removes the claim. */
GSB_WARN_UNUSED int gsb_application_set_claimed_tier(gsb_application *app, gsb_tier tier);

/* ---- applicant ---- */
GSB_WARN_UNUSED int gsb_application_set_name(gsb_application *app, const char *name);
/** Any string: a malformed code makes applicant.identity false (docs/rules.md §11.2). */
GSB_WARN_UNUSED int gsb_application_set_uscc(gsb_application *app, const char *uscc);
/** Registered division code: six ASCII digits, else GSB_EINVAL. */
GSB_WARN_UNUSED int gsb_application_set_division(gsb_application *app, const char *division);
GSB_WARN_UNUSED int gsb_application_set_legal_form(gsb_application *app, gsb_legal_form form);

/** Set a boolean fact; GSB_UNKNOWN makes it unknown again. */
GSB_WARN_UNUSED int gsb_application_set_fact(gsb_application *app, gsb_fact fact, gsb_tri value);

/* ---- platform ---- */
GSB_WARN_UNUSED int gsb_application_set_platform_name(gsb_application *app, const char *name);
GSB_WARN_UNUSED int gsb_application_set_builder_type(gsb_application *app, gsb_builder_type type);
GSB_WARN_UNUSED int gsb_application_set_operating_since(gsb_application *app, gsb_date date);
/** Declare a list (present, perhaps empty). Adding an item declares it too. */
GSB_WARN_UNUSED int gsb_application_declare_list(gsb_application *app, gsb_list list);
/**
 * Add an item to a list. Industries, clusters and scenarios take any name and
 * go through the lookup of docs/rules.md §1; the other lists take only their codes
 * (GSB_EINVAL otherwise).
 */
GSB_WARN_UNUSED int gsb_application_add_item(gsb_application *app, gsb_list list, const char *item);
/** A platform metric (>= 0). */
GSB_WARN_UNUSED int gsb_application_set_metric(gsb_application *app, gsb_metric metric, int64_t value);

/* ---- listings ---- */
/** Declare the listings element (present, perhaps empty). */
GSB_WARN_UNUSED int gsb_application_declare_listings(gsb_application *app);
/** Add a listing; year 0 when the listing gives none; text may be NULL. */
GSB_WARN_UNUSED int gsb_application_add_listing(gsb_application *app, gsb_listing_kind kind, int year,
                                const char *text);

/* ---- review ---- */
/** Expert score as a decimal ("88.5", at most four decimals). */
GSB_WARN_UNUSED int gsb_application_set_expert_score(gsb_application *app, const char *score);

/* ---- funding ---- */
GSB_WARN_UNUSED int gsb_application_set_award(gsb_application *app, gsb_fen amount);
GSB_WARN_UNUSED int gsb_application_set_equity(gsb_application *app, gsb_fen amount);
/**
 * A loan for interest subsidy. rate_percent and ratio are decimals with at
 * most four decimals ("4.35", "0.5"); ratio NULL uses award.interest-ratio.
 * An end before the start is GSB_EINPUT.
 */
GSB_WARN_UNUSED int gsb_application_add_loan(gsb_application *app, gsb_fen principal, const char *rate_percent,
                             gsb_date start, gsb_date end, const char *ratio);
/** City or county support [4.2]; source may be NULL. */
GSB_WARN_UNUSED int gsb_application_add_local(gsb_application *app, gsb_fen amount, const char *source);

/* ---- effect ---- */
/** Effect indicators [2.2]. */
typedef enum {
	GSB_KPI_OPERATING_COST = 0,
	GSB_KPI_UPGRADE_CYCLE,
	GSB_KPI_PRODUCTION_EFFICIENCY,
	GSB_KPI_DEFECT_RATE,
	GSB_KPI_ENERGY_UTILISATION,
	GSB_KPI_COUNT
} gsb_kpi;
const char *gsb_kpi_name(gsb_kpi kpi);
const char *gsb_kpi_label(gsb_kpi kpi, gsb_lang lang);
GSB_WARN_UNUSED int gsb_kpi_from_name(gsb_kpi *out, const char *name);
/**
 * An indicator's baseline and current values as decimals ("1000.0"). A
 * baseline <= 0 is accepted here and reported inside the decision (§11.13).
 */
GSB_WARN_UNUSED int gsb_application_add_kpi(gsb_application *app, gsb_kpi kpi, const char *baseline,
                            const char *current);

/* ---- reading back ---- */
const char *gsb_application_id(const gsb_application *app); /* NULL when none */
/** Line of the application element in its document, 0 when built from C. */
long gsb_application_line(const gsb_application *app);
/** The applicant's name and unified social credit code as given, or NULL. */
const char *gsb_application_name(const gsb_application *app);
const char *gsb_application_uscc(const gsb_application *app);
/** The applicant's division (six digits) and the platform's name, or NULL. */
const char *gsb_application_division(const gsb_application *app);
const char *gsb_application_platform_name(const gsb_application *app);
/** The items of a list (industries: an industry's code, or the normalised
 *  form of a name that is none of the ten); NULL past the last. */
size_t gsb_application_item_count(const gsb_application *app, gsb_list list);
const char *gsb_application_item(const gsb_application *app, gsb_list list, size_t i);

#ifdef __cplusplus
}
#endif
#endif
