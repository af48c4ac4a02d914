/* Tests for lib/jw.c, the streaming JSON writer of the reports: what it
 * writes is what jansson parses back to the same values and dumps again
 * byte for byte (JSON_INDENT(2) | JSON_PRESERVE_ORDER), hostile strings
 * included; every example's decision report is jansson's layout. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include "runner.h"
#include "report.h"

static const char *const hostile[] = {
	"",
	"plain ascii",
	"quote \" backslash \\ slash /",
	"\b\f\n\r\t",
	"\x01\x02\x1f\x7f",
	"U+2028 \xE2\x80\xA8 U+2029 \xE2\x80\xA9",
	"中文 高端装备 \xF0\x9F\x98\x80",
	"\"\\\"\\\\\"",
	"</script><!-- & ]]>",
};

/* Strings that are not UTF-8: each bad byte becomes U+FFFD. */
static const struct {
	const char *in, *out;
} invalid[] = {
	{ "a\xFFz", "a\xEF\xBF\xBDz" },
	{ "\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD" },           /* overlong '/' */
	{ "\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" }, /* a surrogate */
	{ "x\xE4\xB8", "x\xEF\xBF\xBD\xEF\xBF\xBD" },       /* truncated */
	{ "\xF4\x90\x80\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" },
	{ "/tmp/\xB0\xA1.xml", "/tmp/\xEF\xBF\xBD\xEF\xBF\xBD.xml" }, /* a GBK file name */
};

/* Write {"s": s, "a": [s, {"k": s}], "e": [], "o": {}, "i": -12, "b": true}. */
static char *write_doc(const char *s)
{
	gsb__strbuf buf = { 0 };
	gsb__sink sink = { gsb__strbuf_write, &buf, 0 };
	gsb__jw *w = malloc(sizeof *w);
	ck_assert_ptr_nonnull(w);
	gsb__jw_init(w, &sink);
	gsb__jw_object(w, NULL);
	gsb__jw_str(w, "s", s);
	gsb__jw_array(w, "a");
	gsb__jw_str(w, NULL, s);
	gsb__jw_object(w, NULL);
	gsb__jw_str(w, s, s);
	gsb__jw_end_object(w);
	gsb__jw_end_array(w);
	gsb__jw_array(w, "e");
	gsb__jw_end_array(w);
	gsb__jw_object(w, "o");
	gsb__jw_end_object(w);
	gsb__jw_int(w, "i", -12);
	gsb__jw_bool(w, "b", true);
	gsb__jw_str(w, "absent", NULL);
	gsb__jw_end_object(w);
	ck_assert_int_eq(gsb__jw_flush(w), 0);
	free(w);
	return buf.data;
}

/* jansson reads it back: the string as given (or as expected). */
static json_t *parse_back(const char *text, const char *expect)
{
	json_error_t err;
	json_t *doc = json_loads(text, 0, &err);
	ck_assert_msg(doc != NULL, "jansson refuses %s: %s", text, err.text);
	ck_assert_str_eq(json_string_value(json_object_get(doc, "s")), expect);
	json_t *a = json_object_get(doc, "a");
	ck_assert_str_eq(json_string_value(json_array_get(a, 0)), expect);
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(a, 1), expect)), expect);
	ck_assert_int_eq(json_integer_value(json_object_get(doc, "i")), -12);
	ck_assert(json_is_true(json_object_get(doc, "b")));
	ck_assert_ptr_null(json_object_get(doc, "absent"));
	return doc;
}

START_TEST(hostile_strings_as_jansson_writes_them)
{
	char *text = write_doc(hostile[_i]);
	json_t *doc = parse_back(text, hostile[_i]);
	char *again = json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	ck_assert_str_eq(text, again);
	free(again);
	json_decref(doc);
	free(text);
}
END_TEST

START_TEST(invalid_utf8_replaced)
{
	char *text = write_doc(invalid[_i].in);
	json_t *doc = parse_back(text, invalid[_i].out);
	json_decref(doc);
	free(text);
}
END_TEST

/* Each example decided, written as JSON, is jansson's own layout. */
START_TEST(example_reports_in_jansson_layout)
{
	static const char *const names[] = { "qingdao-cross-domain", "jinan-comprehensive",
		                             "yantai-scaled", "weifang-incomplete",
		                             "zibo-ineligible", "linyi-tier-none",
		                             "weihai-national-cap", "rizhao-region" };
	gsb_policy *p;
	GSB_OK_OR_FAIL(gsb_policy_new(&p));
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		char path[128];
		gsb_application *a;
		gsb_decision *d;
		snprintf(path, sizeof path, "examples/%s.xml", names[i]);
		GSB_OK_OR_FAIL(gsb_application_read_file(&a, gsb_test_path(path)));
		GSB_OK_OR_FAIL(gsb_evaluate(&d, p, a, GSB_DATE_NONE, 0));
		for (int lang = GSB_LANG_ZH; lang <= GSB_LANG_EN; lang++) {
			char *text = gsb_decision_to_string(d, GSB_FORMAT_JSON, (gsb_lang)lang);
			ck_assert_ptr_nonnull(text);
			json_error_t err;
			json_t *doc = json_loads(text, 0, &err);
			ck_assert_msg(doc != NULL, "%s: %s", names[i], err.text);
			char *again = json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
			size_t n = strlen(again);
			ck_assert_msg(strncmp(text, again, n) == 0 && strcmp(text + n, "\n") == 0,
			              "%s: not jansson's layout", names[i]);
			free(again);
			json_decref(doc);
			gsb_free(text);
		}
		gsb_decision_free(d);
		gsb_application_free(a);
	}
	gsb_policy_free(p);
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("json_write");
	TCase *t = tcase_create("jw");
	tcase_add_loop_test(t, hostile_strings_as_jansson_writes_them, 0,
	                    (int)(sizeof hostile / sizeof hostile[0]));
	tcase_add_loop_test(t, invalid_utf8_replaced, 0, (int)(sizeof invalid / sizeof invalid[0]));
	tcase_add_test(t, example_reports_in_jansson_layout);
	suite_add_tcase(s, t);
	return s;
}
