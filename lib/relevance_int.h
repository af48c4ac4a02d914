/*
 * libgeshibai — private: the materials table (generated from
 * docs/materials.md) and the relevance a decision carries (relevance.c).
 */
#ifndef GESHIBAI_RELEVANCE_INT_H
#define GESHIBAI_RELEVANCE_INT_H

#include "internal.h"

/* One row of docs/materials.md: a fact, its words, its proof, its provision. */
typedef struct {
	const char *fact;        /* "applicant/capable" */
	const char *label[2];    /* [GSB_LANG_ZH], [GSB_LANG_EN] */
	const char *proof[2];
	const char *provision;
} gsb__material;

extern const gsb__material gsb__materials[];
extern const size_t gsb__material_count;

/* The row of a fact path, or NULL. */
const gsb__material *gsb__material_of(const char *fact);
/* The row of a fact of application.h, of an item of a list; NULL out of range. */
const gsb__material *gsb__fact_material(gsb_fact fact);
const gsb__material *gsb__list_material(gsb_list list);

#define GSB__NEED_MAX_FOR 4

/* One need (docs/relevance.md). */
typedef struct {
	const gsb__material *m;
	const char *value;                /* NULL: a fact that names the applicant */
	const char *label[2];             /* the row's words, with the item's label */
	const char *fors[GSB__NEED_MAX_FOR];
	size_t n_for;
} gsb__need;

struct gsb__relevance {
	gsb__need *needs;
	size_t n, cap;
	gsb_outcome outcome;
	gsb_tier tier;
	gsb_fen granted;
};

/* 1 when a need's value is a count (a metric's least value), which words
 * show as "at least N"; a code to add is named by the need's label. */
int gsb__need_value_is_count(const char *value);

/* Compute d->relevance from the decided d (relevance.c); leaves it NULL when
 * the decision needs none. */
int gsb__relevance(gsb_decision *d, const gsb_policy *p, const gsb_application *a);

#endif
