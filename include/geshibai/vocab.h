/*
 * libgeshibai — the vocabularies of the measures (docs/rules.md §1) and the
 * unified social credit code (docs/rules.md §2).
 *
 * Every enumeration has gsb_X_name() (its stable ASCII code, as used in the
 * XML and JSON formats) and, where people read it, gsb_X_label(v, lang).
 * gsb_X_from_name() maps a code back (GSB_ENOTFOUND when it is none).
 */
#ifndef GESHIBAI_VOCAB_H
#define GESHIBAI_VOCAB_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The ten strong industries [1], in the order of the measures. */
typedef enum {
	GSB_INDUSTRY_NEW_GENERATION_IT = 0,
	GSB_INDUSTRY_HIGH_END_EQUIPMENT,
	GSB_INDUSTRY_NEW_ENERGY_MATERIALS,
	GSB_INDUSTRY_SMART_OCEAN,
	GSB_INDUSTRY_HEALTH_CARE,
	GSB_INDUSTRY_GREEN_CHEMICALS,
	GSB_INDUSTRY_MODERN_AGRICULTURE,
	GSB_INDUSTRY_CULTURAL_CREATIVE,
	GSB_INDUSTRY_QUALITY_TOURISM,
	GSB_INDUSTRY_MODERN_FINANCE,
	GSB_INDUSTRY_COUNT,
	GSB_INDUSTRY_OTHER = -1 /**< a name that is none of the ten */
} gsb_industry;

const char *gsb_industry_name(gsb_industry industry);
const char *gsb_industry_label(gsb_industry industry, gsb_lang lang);
/** An industry by its exact code ("health-care", "other"); GSB_ENOTFOUND for
 *  any other. Names in words are looked up by gsb_industry_lookup(). */
GSB_WARN_UNUSED int gsb_industry_from_name(gsb_industry *out, const char *name);
/** Aliases of an industry (Chinese and English), NULL past the last. */
const char *gsb_industry_alias(gsb_industry industry, size_t index);

/**
 * Look an industry name up exactly as docs/rules.md §1 says (NFKC, full-width
 * folded, all white space removed, Traditional folded to Simplified, codes
 * and English names case-insensitive).
 *
 * *industry receives the industry, or GSB_INDUSTRY_OTHER when the name is none
 * of the ten; *normalised (may be NULL) receives the normalised form (for an
 * industry its code; otherwise the name normalised and lower-cased), to be
 * freed with gsb_free(). GSB_EINVAL on NULL or invalid UTF-8.
 */
GSB_WARN_UNUSED int gsb_industry_lookup(gsb_industry *industry, char **normalised, const char *name);

/**
 * The industry nearest to a name, for a warning when the name falls to
 * "other": a suffix such as 产业, 制造, 服务, "industry" cut off, a
 * misspelling of a few characters, or the pinyin of an industry's name.
 * Never a remapping: gsb_industry_lookup() and every decision still count
 * such a name as "other".
 *
 * Returns 1 when the name is one of the ten (*industry is it), 2 when it is
 * none but lies near one (*industry is the nearest), 0 when it is near none
 * (*industry is GSB_INDUSTRY_OTHER); GSB_EINVAL on NULL or invalid UTF-8.
 */
int gsb_industry_nearest(gsb_industry *industry, const char *name);

/**
 * Normalise a cluster or scenario name: its code when the name is one of the
 * clusters / scenarios of 3.1.4 (by code or Chinese name), otherwise the
 * normalised, lower-cased name. The caller frees *out with gsb_free().
 */
GSB_WARN_UNUSED int gsb_cluster_lookup(char **out, const char *name);
GSB_WARN_UNUSED int gsb_scenario_lookup(char **out, const char *name);

/** Legal forms [3.2.1]. */
typedef enum {
	GSB_LEGAL_FORM_NONE = -1,
	GSB_LEGAL_ENTERPRISE_LEGAL_PERSON = 0,
	GSB_LEGAL_PUBLIC_INSTITUTION,
	GSB_LEGAL_SOCIAL_ORGANISATION,
	GSB_LEGAL_STATE_ORGAN,
	GSB_LEGAL_COOPERATIVE,
	GSB_LEGAL_BRANCH,
	GSB_LEGAL_PARTNERSHIP,
	GSB_LEGAL_SOLE_PROPRIETORSHIP,
	GSB_LEGAL_INDIVIDUAL_BUSINESS,
	GSB_LEGAL_FORM_COUNT,
	/* the same two by the rule of every other enumeration (docs/api.md) */
	GSB_LEGAL_NONE = GSB_LEGAL_FORM_NONE,
	GSB_LEGAL_COUNT = GSB_LEGAL_FORM_COUNT
} gsb_legal_form;
const char *gsb_legal_form_name(gsb_legal_form form);
const char *gsb_legal_form_label(gsb_legal_form form, gsb_lang lang);
GSB_WARN_UNUSED int gsb_legal_form_from_name(gsb_legal_form *out, const char *name);
/** GSB_TRUE when the form is a legal person, GSB_FALSE when not. */
gsb_tri gsb_legal_form_is_legal_person(gsb_legal_form form);

/** Builder types [3.1.3, 3.1.4]. */
typedef enum {
	GSB_BUILDER_NONE = -1,
	GSB_BUILDER_ICT_ENTERPRISE = 0,
	GSB_BUILDER_INDUSTRY_LEADER,
	GSB_BUILDER_GOVERNMENT,
	GSB_BUILDER_OTHER,
	GSB_BUILDER_COUNT
} gsb_builder_type;
const char *gsb_builder_type_name(gsb_builder_type type);
GSB_WARN_UNUSED int gsb_builder_type_from_name(gsb_builder_type *out, const char *name);
const char *gsb_builder_type_label(gsb_builder_type type, gsb_lang lang);

/** National listings [4.1, 4.3]. */
typedef enum {
	GSB_LISTING_NATIONAL_PLATFORM = 0,
	GSB_LISTING_INNOVATION_PROGRAMME,
	GSB_LISTING_INNOVATION_DEMONSTRATION,
	GSB_LISTING_TWO_INTEGRATION_DEMONSTRATION,
	GSB_LISTING_OTHER_NATIONAL_DEMONSTRATION,
	GSB_LISTING_COUNT
} gsb_listing_kind;
const char *gsb_listing_kind_name(gsb_listing_kind kind);
const char *gsb_listing_kind_label(gsb_listing_kind kind, gsb_lang lang);
GSB_WARN_UNUSED int gsb_listing_kind_from_name(gsb_listing_kind *out, const char *name);

/** Tiers [3.1.2-3.1.4], ordered so that a higher tier compares greater. */
typedef enum {
	GSB_TIER_NONE = 0,
	GSB_TIER_ENTERPRISE = 1,    /**< 百 */
	GSB_TIER_CROSS_DOMAIN = 2,  /**< 十 */
	GSB_TIER_COMPREHENSIVE = 3  /**< 个 */
} gsb_tier;
const char *gsb_tier_name(gsb_tier tier);  /* "none", "enterprise", ... */
const char *gsb_tier_label(gsb_tier tier, gsb_lang lang);
GSB_WARN_UNUSED int gsb_tier_from_name(gsb_tier *out, const char *name);

/**
 * The coded lists of an application (docs/rules.md §1). In DOMAINS, RESOURCES,
 * CAPABILITIES, FUNCTIONS and REGIONAL_FUNCTIONS only the codes below are
 * allowed; INDUSTRIES, CLUSTERS and SCENARIOS take any name.
 */
typedef enum {
	GSB_LIST_INDUSTRIES = 0,
	GSB_LIST_DOMAINS,
	GSB_LIST_RESOURCES,
	GSB_LIST_CAPABILITIES,
	GSB_LIST_FUNCTIONS,
	GSB_LIST_REGIONAL_FUNCTIONS,
	GSB_LIST_CLUSTERS,
	GSB_LIST_SCENARIOS,
	GSB_LIST_COUNT
} gsb_list;
const char *gsb_list_name(gsb_list list); /* "industries", "domains", ... */
/** What an item of the list is, in words ("覆盖的价值链环节"). */
const char *gsb_list_label(gsb_list list, gsb_lang lang);
GSB_WARN_UNUSED int gsb_list_from_name(gsb_list *out, const char *name);
/** Number of codes of a closed list (0 for INDUSTRIES, CLUSTERS, SCENARIOS: open). */
size_t gsb_list_code_count(gsb_list list);
/** The i-th code of a list (for CLUSTERS / SCENARIOS the named ones), or NULL. */
const char *gsb_list_code(gsb_list list, size_t index);
/** Its label, or NULL. */
const char *gsb_list_code_label(gsb_list list, size_t index, gsb_lang lang);
/** Index of code in a list, or -1. */
int gsb_list_code_index(gsb_list list, const char *code);

/* ---- Unified social credit code (GB 32100-2015), docs/rules.md §2 ---- */

/** A decoded USCC. All strings are NUL-terminated ASCII. */
typedef struct {
	int valid;             /**< 1 when well formed with the right check character */
	char code[19];         /**< upper-cased input (when 18 bytes long) */
	char authority[2];     /**< position 1: registration authority */
	char category[2];      /**< position 2: organisation category */
	char division[7];      /**< positions 3-8: administrative division at issue */
	char organisation[10]; /**< positions 9-17: organisation code */
	char check;            /**< position 18 as given */
	char expected_check;   /**< the check character the first 17 call for ('\0' if
	                            they hold a character outside the set) */
	const char *problem;   /**< English reason when invalid, else NULL */
} gsb_uscc;

/**
 * Decode a USCC. Returns GSB_OK whether the code is valid or not (see
 * out->valid and out->problem); GSB_EINVAL only for NULL arguments.
 */
GSB_WARN_UNUSED int gsb_uscc_decode(gsb_uscc *out, const char *code);
/** 1 when code is a valid USCC, 0 otherwise (also for NULL). */
int gsb_uscc_is_valid(const char *code);
/** Label of a registration authority + category pair ("91" -> 企业), or NULL. */
const char *gsb_uscc_category_label(const char *authority_category, gsb_lang lang);

#ifdef __cplusplus
}
#endif
#endif
