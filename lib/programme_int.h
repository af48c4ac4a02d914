/*
 * libgeshibai — private definitions of the programme accumulator
 * (programme.c) shared with its HTML report (programme_html.c) and the
 * what-if comparison (whatif.c). Not part of the ABI.
 */
#ifndef GSB_PROGRAMME_INT_H
#define GSB_PROGRAMME_INT_H

#include <stdio.h>
#include "internal.h"

/* Cities (docs/rules.md §10): 3701 济南 … 3717 菏泽, then other and unknown. */
#define GSB__CITY_COUNT 19
#define GSB__CITY_OTHER 17
#define GSB__CITY_UNKNOWN 18
/* Industries: the ten, then other and none. */
#define GSB__IND_COUNT (GSB_INDUSTRY_COUNT + 2)
#define GSB__IND_OTHER GSB_INDUSTRY_COUNT
#define GSB__IND_NONE (GSB_INDUSTRY_COUNT + 1)

typedef struct {
	size_t applications, recognised;
	gsb_fen granted;
} gsb__group_row;

/* A need of an incomplete application (docs/relevance.md), in both languages. */
typedef struct {
	char *label[2], *proof[2]; /* [GSB_LANG_ZH], [GSB_LANG_EN] */
	char *value;               /* NULL: a fact that names the applicant */
	char *provision;
} gsb__lack;

typedef struct {
	char *id, *name;
	char **missing;
	size_t n_missing;
	gsb__lack *needs; /* what it would take, when the decision carried relevance */
	size_t n_needs;
	bool potential;   /* the decision carried relevance: the three below are set */
	gsb_outcome potential_outcome;
	gsb_tier potential_tier;
	gsb_fen potential_granted;
} gsb__incomplete;

typedef struct {
	char *id, *name;
	gsb_tier tier;
	int city;
	gsb_fen granted;
	gsb_subsidy_status status; /* why a recognised platform may be granted nothing */
} gsb__platform;

typedef struct {
	int code;
	char *message, *file, *element, *application, *message_zh;
	long line;
} gsb__noted_error;

typedef struct {
	gsb__noted_error *items;
	size_t n, cap;
} gsb__errors;

struct gsb_programme {
	const gsb_policy *policy;
	gsb_date as_of;  /* as given */
	gsb_date latest; /* latest decision date seen, GSB_DATE_NONE before any */
	size_t count, outcomes[3], recognised[4];
	gsb_fen requested, granted, local;
	gsb__group_row rows[2][GSB__IND_COUNT > GSB__CITY_COUNT ? GSB__IND_COUNT : GSB__CITY_COUNT];
	size_t kpi_reported[GSB_KPI_COUNT], kpi_met[GSB_KPI_COUNT];
	gsb__incomplete *incomplete;
	size_t n_incomplete, cap_incomplete;
	gsb_fen potential; /* the provincial awards the incomplete ones would be granted once complete */
	gsb__platform *platforms;
	size_t n_platforms, cap_platforms;
	gsb__errors errors;
};

/* Index of the city of an application on a date (0..18). */
int gsb__city_index(const gsb_application *app, gsb_date as_of);
/* Row count of a group kind, and a row's code and label. */
size_t gsb__group_rows(gsb_group group);
const char *gsb__group_row_code(gsb_group group, size_t row);
const char *gsb__group_row_label(gsb_group group, size_t row, gsb_lang lang);
/* The number of platforms the programme lists (recognised). */
size_t gsb__programme_platform_count(const gsb_programme *p);

/* Noted errors (copies), shared by programme.c and whatif.c. */
int gsb__errors_add(gsb__errors *list, const gsb_error *e);
void gsb__errors_release(gsb__errors *list);
/* A noted error as a gsb_error (its strings live as long as the note). */
gsb_error gsb__errors_get(const gsb__errors *list, size_t i);

/* Write text escaped for an HTML text node or a quoted attribute value:
 * & < > " ' become references, control characters other than tab and
 * newline are dropped, and bytes of invalid UTF-8 become U+FFFD. */
void gsb__html_escape(FILE *f, const char *text);

/* Order n UTF-8 strings by ICU's Chinese collation (ucol_open("zh")), ties by
 * index: order receives a permutation of 0..n-1. A collator is opened per
 * call: no state is shared. GSB_ENOMEM or GSB_ERROR (ICU) with the error set. */
int gsb__collate_order(size_t *order, const char *const *strings, size_t n);

#endif
