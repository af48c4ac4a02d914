/*
 * Tests for lib/whatif.c: the bundled examples under the built-in policy
 * and under an award.cap override (4.1, docs/rules.md §6 step 3) — every change
 * and the totals exact in fen — and the text, JSON and XML outputs.
 */
#include <jansson.h>
#include "rules_fixture.h"

static gsb_policy *A, *B;

/* award.cap 5,000,000.00 yuan for every date (the national cap unchanged). */
static const char cap_5m[] =
	"<parameters xmlns=\"urn:geshibai:1\" name=\"cap 5m\">"
	"<param name=\"award.cap\" value=\"5000000.00\" reference=\"what-if\"/></parameters>";

static void setup(void)
{
	A = fx_policy();
	B = NULL;
	GSB_OK_OR_FAIL(gsb_policy_load_memory(&B, cap_5m, sizeof cap_5m - 1, "cap-5m"));
}

static void teardown(void)
{
	gsb_policy_free(A);
	gsb_policy_free(B);
}

static const char *const examples[] = {
	"examples/qingdao-cross-domain.xml", "examples/jinan-comprehensive.xml",
	"examples/yantai-scaled.xml",        "examples/weifang-incomplete.xml",
	"examples/zibo-ineligible.xml",      "examples/linyi-tier-none.xml",
	"examples/weihai-national-cap.xml",  "examples/rizhao-region.xml",
	"examples/batch.xml",
};

/* Every bundled application into w, each as of its submitted date. */
static void add_examples(gsb_whatif *w)
{
	for (size_t i = 0; i < GSB_ARRAY_LEN(examples); i++) {
		gsb_reader *r = NULL;
		GSB_OK_OR_FAIL(gsb_reader_open_file(&r, gsb_test_path(examples[i])));
		gsb_application *app = NULL;
		int rc;
		while ((rc = gsb_reader_next(r, &app)) > 0) {
			GSB_OK_OR_FAIL(gsb_whatif_add(w, app, GSB_DATE_NONE));
			gsb_application_free(app);
			app = NULL;
		}
		ck_assert_int_eq(rc, 0);
		gsb_reader_free(r);
	}
}

static gsb_whatif *examples_under(const gsb_policy *a, const gsb_policy *b)
{
	gsb_whatif *w = NULL;
	GSB_OK_OR_FAIL(gsb_whatif_new(&w, a, b));
	add_examples(w);
	return w;
}

START_TEST(null_arguments)
{
	gsb_whatif *w = (gsb_whatif *)1;
	ck_assert_int_eq(gsb_whatif_new(NULL, A, B), GSB_EINVAL);
	ck_assert_int_eq(gsb_whatif_new(&w, NULL, B), GSB_EINVAL);
	ck_assert_ptr_null(w);
	ck_assert_int_eq(gsb_whatif_new(&w, A, NULL), GSB_EINVAL);
	gsb_whatif_free(NULL);
	ck_assert_int_eq(gsb_whatif_add(NULL, NULL, GSB_DATE_NONE), GSB_EINVAL);
	ck_assert_int_eq(gsb_whatif_count(NULL), 0);
	ck_assert_int_eq(gsb_whatif_total_b(NULL), 0);
	ck_assert_ptr_null(gsb_whatif_change_application(NULL, 0));
	ck_assert_ptr_null(gsb_whatif_to_string(NULL, GSB_FORMAT_TEXT, GSB_LANG_EN));
	GSB_OK_OR_FAIL(gsb_whatif_new(&w, A, B));
	ck_assert_int_eq(gsb_whatif_add(w, NULL, GSB_DATE_NONE), GSB_EINVAL);
	ck_assert_ptr_null(gsb_whatif_to_string(w, (gsb_format)42, GSB_LANG_EN));
	ck_assert_int_eq(gsb_whatif_change_count(w), 0);
	gsb_whatif_free(w);
}
END_TEST

/* Cap 10,000,000.00 -> 5,000,000.00: JN (8,000,000.00), YT (10,000,000.00
 * after scaling) and B-2019-104 (8,322,083.33) fall to 5,000,000.00; the
 * national platforms (cap-national 30,000,000.00) and B-2019-101
 * (3,500,000.00) do not change. */
START_TEST(changed_cap_exact_totals)
{
	gsb_whatif *w = examples_under(A, B);
	ck_assert_int_eq(gsb_whatif_count(w), 12);
	ck_assert_int_eq(gsb_whatif_total_a(w), fx_fen("79027291.66"));
	ck_assert_int_eq(gsb_whatif_total_b(w), fx_fen("67705208.33"));
	ck_assert_int_eq(gsb_whatif_difference(w), -fx_fen("11322083.33"));
	ck_assert_int_eq(gsb_whatif_change_count(w), 3);
	static const struct {
		const char *id;
		size_t position;
		const char *a, *b;
	} want[] = {
		{ "JN-2019-001", 2, "8000000.00", "5000000.00" },
		{ "YT-2019-015", 3, "10000000.00", "5000000.00" },
		{ "B-2019-104", 12, "8322083.33", "5000000.00" },
	};
	for (size_t i = 0; i < GSB_ARRAY_LEN(want); i++) {
		ck_assert_str_eq(gsb_whatif_change_application(w, i), want[i].id);
		ck_assert_int_eq(gsb_whatif_change_position(w, i), want[i].position);
		ck_assert_uint_eq(gsb_whatif_change_what(w, i), GSB_CHANGE_GRANTED);
		ck_assert_int_eq(gsb_whatif_change_granted(w, i, 0), fx_fen(want[i].a));
		ck_assert_int_eq(gsb_whatif_change_granted(w, i, 1), fx_fen(want[i].b));
		ck_assert_int_eq(gsb_whatif_change_cap(w, i, 0), fx_fen("10000000.00"));
		ck_assert_int_eq(gsb_whatif_change_cap(w, i, 1), fx_fen("5000000.00"));
		ck_assert_int_eq(gsb_whatif_change_outcome(w, i, 1), GSB_OUTCOME_ELIGIBLE);
		ck_assert_int_eq(gsb_whatif_change_status(w, i, 1), GSB_SUBSIDY_GRANTED);
		ck_assert_int_eq(gsb_whatif_change_tier(w, i, 0), gsb_whatif_change_tier(w, i, 1));
	}
	ck_assert_int_eq(gsb_whatif_change_as_of(w, 0), fx_date("2019-05-20"));
	ck_assert_ptr_null(gsb_whatif_change_application(w, 3));

	/* the sum of the changes is the difference of the totals */
	gsb_fen sum = 0;
	for (size_t i = 0; i < gsb_whatif_change_count(w); i++)
		sum += gsb_whatif_change_granted(w, i, 1) - gsb_whatif_change_granted(w, i, 0);
	ck_assert_int_eq(sum, gsb_whatif_difference(w));
	gsb_whatif_free(w);
}
END_TEST

/* The example guide of 2019: cap 12,000,000.00 in 2019 and a devices
 * minimum for cross-domain platforms — a tier change too. */
START_TEST(example_guide_changes_tier)
{
	gsb_policy *g = NULL;
	GSB_OK_OR_FAIL(gsb_policy_load(&g, gsb_test_path("examples/params/params-2019.xml")));
	gsb_whatif *w = examples_under(A, g);
	ck_assert_int_eq(gsb_whatif_total_a(w), fx_fen("79027291.66"));
	ck_assert_int_eq(gsb_whatif_total_b(w), fx_fen("72589708.33"));
	ck_assert_int_eq(gsb_whatif_change_count(w), 2);
	ck_assert_str_eq(gsb_whatif_change_application(w, 0), "YT-2019-015");
	ck_assert_int_eq(gsb_whatif_change_granted(w, 0, 1), fx_fen("11884500.00"));
	ck_assert_str_eq(gsb_whatif_change_application(w, 1), "B-2019-104");
	ck_assert_uint_eq(gsb_whatif_change_what(w, 1), GSB_CHANGE_TIER | GSB_CHANGE_GRANTED);
	ck_assert_int_eq(gsb_whatif_change_tier(w, 1, 0), GSB_TIER_CROSS_DOMAIN);
	ck_assert_int_eq(gsb_whatif_change_tier(w, 1, 1), GSB_TIER_NONE);
	gsb_whatif_free(w);
	gsb_policy_free(g);
}
END_TEST

START_TEST(same_policy_no_change)
{
	gsb_whatif *w = examples_under(A, A);
	ck_assert_int_eq(gsb_whatif_change_count(w), 0);
	ck_assert_int_eq(gsb_whatif_total_a(w), gsb_whatif_total_b(w));
	ck_assert_int_eq(gsb_whatif_difference(w), 0);
	char *text = gsb_whatif_to_string(w, GSB_FORMAT_TEXT, GSB_LANG_EN);
	ck_assert_ptr_nonnull(strstr(text, "no change"));
	gsb_free(text);
	gsb_whatif_free(w);
}
END_TEST

/* An outcome change: the reform's period ends before the as-of date. */
START_TEST(outcome_change)
{
	static const char ended[] =
		"<parameters xmlns=\"urn:geshibai:1\">"
		"<param name=\"policy.to\" value=\"2019-03-31\"/></parameters>";
	gsb_policy *e = NULL;
	GSB_OK_OR_FAIL(gsb_policy_load_memory(&e, ended, sizeof ended - 1, NULL));
	gsb_application *app = fx_app();
	GSB_OK_OR_FAIL(gsb_application_set_award(app, fx_fen("1234.56")));
	gsb_whatif *w = NULL;
	GSB_OK_OR_FAIL(gsb_whatif_new(&w, A, e));
	GSB_OK_OR_FAIL(gsb_whatif_add(w, app, fx_date("2019-06-14")));
	ck_assert_int_eq(gsb_whatif_change_count(w), 1);
	ck_assert_uint_eq(gsb_whatif_change_what(w, 0) & GSB_CHANGE_OUTCOME, GSB_CHANGE_OUTCOME);
	ck_assert_int_eq(gsb_whatif_change_outcome(w, 0, 0), GSB_OUTCOME_ELIGIBLE);
	ck_assert_int_eq(gsb_whatif_change_outcome(w, 0, 1), GSB_OUTCOME_INELIGIBLE);
	ck_assert_int_eq(gsb_whatif_total_a(w), fx_fen("1234.56"));
	ck_assert_int_eq(gsb_whatif_total_b(w), 0);
	gsb_whatif_free(w);
	gsb_application_free(app);
	gsb_policy_free(e);
}
END_TEST

START_TEST(json_output)
{
	gsb_whatif *w = examples_under(A, B);
	gsb_error e = { .code = GSB_ESCHEMA, .message = "bad", .file = "x.xml", .line = 3 };
	GSB_OK_OR_FAIL(gsb_whatif_add_error(w, &e));
	char *text = gsb_whatif_to_string(w, GSB_FORMAT_JSON, GSB_LANG_ZH);
	ck_assert_ptr_nonnull(text);
	json_error_t err;
	json_t *j = json_loads(text, 0, &err);
	ck_assert_msg(j != NULL, "JSON: %s", err.text);
	ck_assert_int_eq(json_integer_value(json_object_get(j, "applications")), 12);
	ck_assert_int_eq(json_integer_value(json_object_get(j, "changed")), 3);
	ck_assert_str_eq(json_string_value(json_object_get(j, "totalA")), "79027291.66");
	ck_assert_str_eq(json_string_value(json_object_get(j, "totalB")), "67705208.33");
	ck_assert_str_eq(json_string_value(json_object_get(j, "difference")), "-11322083.33");
	json_t *c = json_array_get(json_object_get(j, "changes"), 1);
	ck_assert_str_eq(json_string_value(json_object_get(c, "application")), "YT-2019-015");
	ck_assert_str_eq(json_string_value(json_object_get(json_object_get(c, "b"), "granted")),
	                 "5000000.00");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(c, "changed"), 0)),
	                 "granted");
	json_t *pb = json_array_get(json_object_get(j, "policies"), 1);
	ck_assert_str_eq(json_string_value(json_object_get(pb, "source")), "cap 5m");
	ck_assert(json_is_true(json_object_get(json_array_get(json_object_get(j, "policies"), 0),
	                                       "builtin")));
	ck_assert_int_eq(json_array_size(json_object_get(j, "errors")), 1);
	json_decref(j);
	gsb_free(text);
	gsb_whatif_free(w);
}
END_TEST

START_TEST(xml_and_text_output)
{
	gsb_whatif *w = examples_under(A, B);
	char *xml = gsb_whatif_to_string(w, GSB_FORMAT_XML, GSB_LANG_EN);
	ck_assert_ptr_nonnull(xml);
	ck_assert_ptr_nonnull(strstr(xml, "<comparison xmlns=\"urn:geshibai:1\" applications=\"12\" "
	                                  "changed=\"3\" totalA=\"79027291.66\" "
	                                  "totalB=\"67705208.33\" difference=\"-11322083.33\">"));
	ck_assert_ptr_nonnull(strstr(xml, "<change application=\"B-2019-104\" position=\"12\""));
	gsb_free(xml);
	char *en = gsb_whatif_to_string(w, GSB_FORMAT_TEXT, GSB_LANG_EN);
	ck_assert_ptr_nonnull(strstr(en, "12 applications compared, 3 changed"));
	ck_assert_ptr_nonnull(strstr(en, "A 79,027,291.66; B 67,705,208.33; difference "
	                                 "-11,322,083.33"));
	gsb_free(en);
	char *zh = gsb_whatif_to_string(w, GSB_FORMAT_TEXT, GSB_LANG_ZH);
	ck_assert_ptr_nonnull(strstr(zh, "省级奖补合计：A 79,027,291.66；B 67,705,208.33"));
	gsb_free(zh);
	gsb_whatif_free(w);
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("whatif");
	TCase *tc = tcase_create("whatif");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, null_arguments);
	tcase_add_test(tc, changed_cap_exact_totals);
	tcase_add_test(tc, example_guide_changes_tier);
	tcase_add_test(tc, same_policy_no_change);
	tcase_add_test(tc, outcome_change);
	tcase_add_test(tc, json_output);
	tcase_add_test(tc, xml_and_text_output);
	suite_add_tcase(s, tc);
	return s;
}
