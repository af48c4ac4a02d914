/*
 * libgeshibai — the layout of an application (application.c), read by
 * the rule files.
 * Private: nothing here is part of the ABI (lib/libgeshibai.sym).
 */
#ifndef GSB_APPLICATION_INT_H
#define GSB_APPLICATION_INT_H

#include "money_int.h"

/* Which codes of a closed list a list holds, its distinct items, whether it
 * names a ten-strong industry (application.c; read by tier.c). */
typedef struct {
	unsigned codes;  /* bit k: the list holds gsb_list_code(list, k) (k < 32) */
	size_t distinct; /* distinct non-empty items */
	bool ten;        /* industries: an item is a ten-strong industry code */
} gsb__list_facts;

typedef struct {
	char **items; /* industries: code, or "other" normalised form; clusters and
	                 scenarios: code or normalised form; others: codes */
	size_t n, cap;
	bool declared;
	/* What the tier rules ask of the items, kept by gsb_application_add_item
	 * so that an evaluation compares no strings (gsb__list_facts_of). */
	gsb__list_facts facts;
	size_t facts_n; /* the number of items facts covers */
	/* past a few items, the distinct items (hash.h), so that adding one
	 * costs constant time, not a scan of the list */
	struct gsb__hash *seen;
} gsb__strlist;

/* The facts of a list, counted again when its items were changed other than
 * through gsb_application_add_item (as white-box tests do). */
gsb__list_facts gsb__list_facts_count(const gsb__strlist *l, gsb_list list);
/* The items the calling thread's distinctness checks compared one by one
 * (a short list's scan), for the tests of linear time. */
extern _Thread_local size_t gsb__item_compares;
static inline gsb__list_facts gsb__list_facts_of(const gsb__strlist *l, gsb_list list)
{
	return l->facts_n == l->n ? l->facts : gsb__list_facts_count(l, list);
}

typedef struct {
	gsb_listing_kind kind;
	int year; /* 0: none given */
	char *text;
} gsb__listing;

/* The listing-year rule of priority (4.3) and of the national cap (4.1),
 * docs/rules.md §11.10: a listing counts when its year, if given, is not
 * after the as-of year. */
static inline bool gsb__listing_held(const gsb__listing *l, int as_of_year)
{
	return l->year == 0 || l->year <= as_of_year;
}

typedef struct {
	gsb_fen principal;
	gsb__dec rate_percent;
	gsb_date start, end;
	bool has_ratio;
	gsb__dec ratio;
} gsb__loan;

typedef struct {
	gsb_fen amount;
	char *source;
} gsb__local;

typedef struct {
	gsb_kpi kpi;
	gsb__dec baseline, current;
	/* judged once by gsb_application_add_kpi (gsb__kpi_judge, effect.c) */
	bool valid;      /* baseline > 0 */
	gsb_tri met;
	char change[56]; /* "-22.00" when valid */
} gsb__kpi_in;

struct gsb_application {
	char *id;
	int year;               /* 0: absent */
	gsb_date submitted;     /* GSB_DATE_NONE: absent */
	gsb_tier claimed;       /* GSB_TIER_NONE: no claim */

	char *name;
	char *uscc;             /* as given, NULL when absent */
	gsb_uscc uscc_decoded;  /* gsb_uscc_decode(uscc), when uscc is set */
	char division[7];       /* "" when absent, else six digits */
	gsb_legal_form legal_form;
	gsb_tri facts[GSB_FACT_COUNT];

	char *platform_name;
	gsb_builder_type builder_type;
	gsb_date operating_since;
	gsb__strlist lists[GSB_LIST_COUNT];
	int64_t metrics[GSB_METRIC_COUNT];
	unsigned metrics_set;   /* bit 1 << gsb_metric */

	bool listings_declared;
	gsb__listing *listings;
	size_t n_listings, cap_listings;

	bool has_score;
	int64_t score_e4;

	bool has_award, has_equity;
	gsb_fen award, equity;
	gsb__loan *loans;
	size_t n_loans, cap_loans;
	gsb__local *locals;
	size_t n_locals, cap_locals;
	gsb__kpi_in *kpis;
	size_t n_kpis, cap_kpis;

	long line;
};

/* Grow an array of elements of size elem so that it holds n + 1 (application.c). */
int gsb__grow(void **array, size_t *cap, size_t n, size_t elem);

#endif
