/* Every enumeration of the public API has its name, its name back and its
 * words (docs/api.md "Vocabularies"): for each value in range, _name gives a
 * code that _from_name turns back into the value, and _label gives words in
 * Chinese and English; out of range, a bad language and an unknown name are
 * refused as the headers say. */
#include <string.h>
#include "runner.h"

/* One vocabulary seen through int, whatever its enum type. */
typedef struct {
	const char *what;
	const char *(*name)(int v);
	const char *(*label)(int v, gsb_lang lang);
	int (*from_name)(int *v, const char *name);
	int lo, hi;   /* the values [lo, hi) */
	int nameless; /* a value in range without a name (relation NONE), or lo - 1 */
	int total;    /* 1: _name never NULL, even out of range */
} vocab;

#define WRAP(T)                                                                          \
	static const char *T##_n(int v) { return gsb_##T##_name((gsb_##T)v); }          \
	static const char *T##_l(int v, gsb_lang l) { return gsb_##T##_label((gsb_##T)v, l); } \
	static int T##_f(int *v, const char *s)                                          \
	{                                                                                \
		gsb_##T x = (gsb_##T)0;                                                  \
		int rc = gsb_##T##_from_name(&x, s);                                     \
		*v = (int)x;                                                             \
		return rc;                                                               \
	}
#define V(T, lo, hi) #T, T##_n, T##_l, T##_f, (lo), (hi)

WRAP(builder_type) WRAP(fact) WRAP(format) WRAP(group) WRAP(industry) WRAP(instrument)
WRAP(kpi) WRAP(lang) WRAP(legal_form) WRAP(list) WRAP(listing_kind) WRAP(metric) WRAP(misuse)
WRAP(outcome) WRAP(param_type) WRAP(relation) WRAP(review_state) WRAP(subsidy_status)
WRAP(tier) WRAP(tri)

static const char *status_n(int v) { return gsb_status_name(v); }
static const char *status_l(int v, gsb_lang l) { return gsb_status_label(v, l); }
static int status_f(int *v, const char *s)
{
	int x = 0, rc = gsb_status_from_name(&x, s);
	*v = x;
	return rc;
}

static const vocab vocabs[] = {
	{ V(builder_type, 0, GSB_BUILDER_COUNT), -1, 0 },
	{ V(fact, 0, GSB_FACT_COUNT), -1, 0 },
	{ V(format, GSB_FORMAT_XML, GSB_FORMAT_TEXT + 1), -1, 0 },
	{ V(group, GSB_GROUP_CITY, GSB_GROUP_INDUSTRY + 1), -1, 0 },
	{ V(industry, GSB_INDUSTRY_OTHER, GSB_INDUSTRY_COUNT), -2, 0 },
	{ V(instrument, 0, GSB_INSTRUMENT_COUNT), -1, 0 },
	{ V(kpi, 0, GSB_KPI_COUNT), -1, 0 },
	{ V(lang, GSB_LANG_ZH, GSB_LANG_EN + 1), -1, 0 },
	{ V(legal_form, 0, GSB_LEGAL_FORM_COUNT), -1, 0 },
	{ V(list, 0, GSB_LIST_COUNT), -1, 0 },
	{ V(listing_kind, 0, GSB_LISTING_COUNT), -1, 0 },
	{ V(metric, 0, GSB_METRIC_COUNT), -1, 0 },
	{ V(misuse, 0, GSB_MISUSE_COUNT), -1, 0 },
	{ V(outcome, GSB_OUTCOME_ELIGIBLE, GSB_OUTCOME_INCOMPLETE + 1), -1, 0 },
	{ V(param_type, GSB_PARAM_MONEY, GSB_PARAM_DATE + 1), -1, 0 },
	{ V(relation, GSB_RELATION_NONE, GSB_RELATION_ABOVE_CLAIM + 1), GSB_RELATION_NONE, 0 },
	{ V(review_state, 0, GSB_REVIEW_STATE_COUNT), -1, 0 },
	{ V(subsidy_status, GSB_SUBSIDY_GRANTED, GSB_SUBSIDY_NOT_KEY_SUPPORT + 1), -1, 0 },
	{ V(tier, GSB_TIER_NONE, GSB_TIER_COMPREHENSIVE + 1), -1, 0 },
	{ V(tri, GSB_FALSE, GSB_TRUE + 1), -1, 1 },
	{ "status", status_n, status_l, status_f, GSB_ENOTFOUND, GSB_OK + 1, GSB_ENOTFOUND - 1, 1 },
};

/* Not ASCII: Chinese words, not a code. */
static int has_chinese(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return 1;
	return 0;
}

START_TEST(every_value_round_trips_and_has_words)
{
	const vocab *v = &vocabs[_i];
	for (int x = v->lo; x < v->hi; x++) {
		const char *name = v->name(x);
		const char *zh = v->label(x, GSB_LANG_ZH), *en = v->label(x, GSB_LANG_EN);
		if (x == v->nameless) {
			ck_assert_msg(name == NULL && zh == NULL && en == NULL,
			              "%s %d: a value without a name has no words", v->what, x);
			continue;
		}
		ck_assert_msg(name != NULL && name[0] != '\0', "%s %d has no name", v->what, x);
		int back = x + 1000;
		ck_assert_msg(v->from_name(&back, name) == GSB_OK && back == x,
		              "%s: '%s' does not name %d back (got %d)", v->what, name, x, back);
		ck_assert_msg(zh != NULL && zh[0] != '\0', "%s %s: no Chinese words", v->what, name);
		ck_assert_msg(en != NULL && en[0] != '\0', "%s %s: no English words", v->what, name);
		/* a person reads words: Chinese ones wherever a Chinese word exists */
		if (strcmp(v->what, "format") != 0)
			ck_assert_msg(has_chinese(zh), "%s %s: Chinese label '%s'", v->what, name, zh);
		ck_assert_ptr_null(v->label(x, (gsb_lang)2));
		ck_assert_ptr_null(v->label(x, (gsb_lang)-1));
	}
}
END_TEST

START_TEST(out_of_range_and_unknown_names_are_refused)
{
	const vocab *v = &vocabs[_i];
	int below = v->lo - 1 == v->nameless ? v->lo - 2 : v->lo - 1;
	const int outside[] = { v->hi, below, 1000, -1000 };
	for (size_t k = 0; k < sizeof outside / sizeof outside[0]; k++) {
		if (v->total)
			ck_assert_ptr_nonnull(v->name(outside[k]));
		else
			ck_assert_msg(v->name(outside[k]) == NULL, "%s %d: a name out of range",
			              v->what, outside[k]);
		ck_assert_ptr_null(v->label(outside[k], GSB_LANG_ZH));
	}
	int out = 4242;
	ck_assert_int_eq(v->from_name(&out, "no-such-name"), GSB_ENOTFOUND);
	ck_assert_int_eq(out, 0); /* the wrapper's own initial value: nothing written */
	const gsb_error *e = gsb_error_last();
	ck_assert_ptr_nonnull(strstr(gsb_error_message(e, GSB_LANG_EN), "no-such-name"));
	ck_assert_ptr_nonnull(strstr(gsb_error_message(e, GSB_LANG_ZH), "no-such-name"));
	ck_assert_int_eq(v->from_name(&out, ""), GSB_ENOTFOUND);
	ck_assert_int_eq(v->from_name(&out, NULL), GSB_EINVAL);
}
END_TEST

START_TEST(labels_are_the_words_of_one_home)
{
	/* the facts' words are those of docs/materials.md, as a decision's needs
	 * show them; the words of the text report come from these functions */
	ck_assert_str_eq(gsb_fact_label(GSB_FACT_CAPABLE, GSB_LANG_ZH), "申报单位具有承担项目建设的相应能力");
	ck_assert_str_eq(gsb_tri_label(GSB_UNKNOWN, GSB_LANG_ZH), "未知");
	ck_assert_str_eq(gsb_relation_label(GSB_RELATION_BELOW_CLAIM, GSB_LANG_ZH), "低于申报层级");
	ck_assert_str_eq(gsb_status_label(GSB_EINVAL, GSB_LANG_EN), "invalid argument");
	ck_assert_str_eq(gsb_status_name(12345), "GSB_UNKNOWN_STATUS");
	ck_assert_str_eq(gsb_tri_name((gsb_tri)77), "unknown");
	gsb_industry ind = GSB_INDUSTRY_COUNT;
	ck_assert_int_eq(gsb_industry_from_name(&ind, "other"), GSB_OK);
	ck_assert_int_eq(ind, GSB_INDUSTRY_OTHER);
	/* a code, not a name in words: those go through gsb_industry_lookup() */
	ck_assert_int_eq(gsb_industry_from_name(&ind, "医养健康"), GSB_ENOTFOUND);
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("names");
	TCase *tc = tcase_create("names");
	int n = (int)(sizeof vocabs / sizeof vocabs[0]);
	tcase_add_loop_test(tc, every_value_round_trips_and_has_words, 0, n);
	tcase_add_loop_test(tc, out_of_range_and_unknown_names_are_refused, 0, n);
	tcase_add_test(tc, labels_are_the_words_of_one_home);
	suite_add_tcase(s, tc);
	return s;
}
