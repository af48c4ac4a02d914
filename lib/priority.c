/*
 * libgeshibai — priority (docs/rules.md §5, §11.10).
 *
 * 4.3: projects in the national industrial-internet innovation and
 * development programme, its demonstration projects, two-integration
 * demonstrations and the like are listed with priority. Priority orders a
 * batch (gsb_decision_rank_compare); it never makes an application eligible.
 */
#include "internal.h"

/* The kinds of 4.3 (not national-platform, which raises the cap of 4.1). */
static bool priority_kind(gsb_listing_kind kind)
{
	return kind == GSB_LISTING_INNOVATION_PROGRAMME ||
	       kind == GSB_LISTING_INNOVATION_DEMONSTRATION ||
	       kind == GSB_LISTING_TWO_INTEGRATION_DEMONSTRATION ||
	       kind == GSB_LISTING_OTHER_NATIONAL_DEMONSTRATION;
}

/* priority — 4.3 */
int gsb__priority(gsb_decision *d, const gsb_policy *p, const gsb_application *a)
{
	(void)p;
	int as_of_year = d->as_of_year;
	const gsb__listing *found = NULL;
	size_t later = 0;
	for (size_t i = 0; i < a->n_listings && found == NULL; i++) {
		if (!priority_kind(a->listings[i].kind))
			continue;
		if (gsb__listing_held(&a->listings[i], as_of_year))
			found = &a->listings[i];
		else
			later++;
	}
	d->priority = found != NULL;
	d->has_score = a->has_score;
	d->score_e4 = a->score_e4;

	gsb__explained e;
	const char *zh = found ? gsb_listing_kind_label(found->kind, GSB_LANG_ZH) : NULL;
	const char *en = found ? gsb_listing_kind_name(found->kind) : NULL;
	if (found && found->year) {
		gsb__explain_bare(&e, GSB_TRUE);
		gsb__reason(d, &e, GSB_LANG_ZH, "列入国家级%s（%d年），优先支持", zh ? zh : "",
		            found->year);
		gsb__reason(d, &e, GSB_LANG_EN, "listed in the national %s (%d): priority",
		            en ? en : "", found->year);
	} else if (found) {
		gsb__explain_bare(&e, GSB_TRUE);
		gsb__reason(d, &e, GSB_LANG_ZH, "列入国家级%s，优先支持", zh ? zh : "");
		gsb__reason(d, &e, GSB_LANG_EN, "listed in the national %s: priority", en ? en : "");
	} else if (later) {
		gsb__explain(d, &e, GSB_FALSE, "国家级列入的年份晚于评价年度 %d，不优先",
		             "national listings dated after the as-of year %d: no priority",
		             as_of_year);
	} else {
		gsb__explain(d, &e, GSB_FALSE, "未列入国家级创新发展工程或示范项目，不优先",
		             "not listed in a national programme or demonstration: no priority");
	}
	d->priority_reason[GSB_LANG_ZH] = e.reason[GSB_LANG_ZH];
	d->priority_reason[GSB_LANG_EN] = e.reason[GSB_LANG_EN];
	return GSB_OK;
}
