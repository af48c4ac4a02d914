/* Tests for the library's messages in two languages (lib/bilingual.c, with
 * the default language,
 * lib/messages_zh.c, lib/nearest.c, lib/xml_errors.c): every error carries
 * English and Chinese, says what was expected and offers the nearest name. */
#include <stdlib.h>
#include <string.h>
#include "runner.h"
#include "../lib/internal.h"

#define NS "xmlns=\"urn:geshibai:1\""

static int read_str(gsb_application **a, const char *xml)
{
	*a = NULL;
	return gsb_application_read_memory(a, xml, strlen(xml), "t.xml");
}

static void has(const char *text, const char *part)
{
	ck_assert_msg(strstr(text, part) != NULL, "'%s' not in '%s'", part, text);
}

START_TEST(two_halves_and_positions)
{
	char out[256], en[128], zh[128];
	gsb__bi_format(out, sizeof out, "%1$s on line %2$d" GSB__ZH "第 %2$d 行的%1$s", "x", 7);
	ck_assert_str_eq(gsb__bi_half(out, GSB_LANG_EN, en, sizeof en), "x on line 7");
	ck_assert_str_eq(gsb__bi_half(out, GSB_LANG_ZH, zh, sizeof zh), "第 7 行的x");
	/* a two-language argument gives each half its own language */
	char inner[128];
	gsb__bi_format(inner, sizeof inner, "bad" GSB__ZH "不对");
	gsb__bi_format(out, sizeof out, "value: %1$s" GSB__ZH "值：%1$s", inner);
	ck_assert_str_eq(gsb__bi_half(out, GSB_LANG_EN, en, sizeof en), "value: bad");
	ck_assert_str_eq(gsb__bi_half(out, GSB_LANG_ZH, zh, sizeof zh), "值：不对");
	/* widths, precision and sizes survive */
	gsb__bi_format(out, sizeof out, "[%1$.3s|%2$lld|%3$zu|%4$5d]" GSB__ZH "%4$d", "abcdef",
	               (long long)1 << 40, (size_t)3, 42);
	ck_assert_str_eq(gsb__bi_half(out, GSB_LANG_EN, en, sizeof en), "[abc|1099511627776|3|   42]");
	ck_assert_str_eq(gsb__bi_half(out, GSB_LANG_ZH, zh, sizeof zh), "42");
}
END_TEST

START_TEST(error_in_both_languages)
{
	gsb_date d;
	ck_assert_int_eq(gsb_date_parse(&d, "2019-06-31"), GSB_EINVAL);
	const gsb_error *e = gsb_error_last();
	has(gsb_error_message(e, GSB_LANG_EN), "June 2019 has 30 days");
	has(gsb_error_message(e, GSB_LANG_ZH), "2019年6月只有30天");
	ck_assert_str_eq(gsb_error_message(NULL, GSB_LANG_ZH), "");
	/* an error made by a program without Chinese falls back to English */
	gsb_error mine = { .code = GSB_EINVAL, .message = "mine" };
	ck_assert_str_eq(gsb_error_message(&mine, GSB_LANG_ZH), "mine");
	/* an English-only format finds its Chinese in the catalogue */
	gsb_error_clear();
	gsb_fen f;
	ck_assert_int_eq(gsb_fen_parse(&f, "12,000,000.00"), GSB_EINVAL);
	has(gsb_error_last()->message, "12000000.00");
	has(gsb_error_message(gsb_error_last(), GSB_LANG_ZH), "不加千位分隔符");
}
END_TEST

START_TEST(schema_errors_say_what_was_expected)
{
	gsb_application *a;
	static const char misspelt[] = "<application " NS " id=\"A\"><applicant><bulider>true</bulider>"
	                               "</applicant><platform/></application>";
	ck_assert_int_eq(read_str(&a, misspelt), GSB_ESCHEMA);
	const gsb_error *e = gsb_error_last();
	has(e->message, "did you mean builder?");
	has(gsb_error_message(e, GSB_LANG_ZH), "是否应为 builder");
	ck_assert_str_eq(e->file, "t.xml");
	ck_assert_str_eq(e->application, "A");
	static const char boolean[] = "<application " NS " id=\"A\"><applicant><capable>是</capable>"
	                              "</applicant><platform/></application>";
	ck_assert_int_eq(read_str(&a, boolean), GSB_ESCHEMA);
	has(gsb_error_last()->message, "write true or false");
	has(gsb_error_message(gsb_error_last(), GSB_LANG_ZH), "是写 true，否写 false");
	static const char kpi[] = "<application " NS " id=\"A\"><applicant/><platform/><effect>"
	                          "<kpi name=\"operating-cots\" baseline=\"1\" current=\"2\"/>"
	                          "</effect></application>";
	ck_assert_int_eq(read_str(&a, kpi), GSB_ESCHEMA);
	has(gsb_error_last()->message, "did you mean operating-cost?");
	has(gsb_error_message(gsb_error_last(), GSB_LANG_ZH), "未知的效果指标");
}
END_TEST

START_TEST(parser_errors_in_words)
{
	gsb_application *a;
	static const char mismatch[] = "<application " NS " id=\"A\">\n<applicant>\n</owner>\n"
	                               "</application>";
	ck_assert_int_eq(read_str(&a, mismatch), GSB_EPARSE);
	const gsb_error *e = gsb_error_last();
	has(e->message, "element <applicant> opened on line 2 is closed by </owner>");
	has(gsb_error_message(e, GSB_LANG_ZH), "第 2 行开始的元素 <applicant> 却以 </owner> 结束");
	ck_assert_ptr_null(strstr(gsb_error_message(e, GSB_LANG_ZH), "Opening and ending"));
}
END_TEST

START_TEST(nearest_names)
{
	static const char *const names[] = { "builder", "owner", "capable", "operating-cost", "高端装备" };
	ck_assert_str_eq(gsb_nearest("bulider", names, 5), "builder");
	ck_assert_str_eq(gsb_nearest("Owner", names, 5), "owner");
	ck_assert_str_eq(gsb_nearest("operating-cots", names, 5), "operating-cost");
	ck_assert_str_eq(gsb_nearest("高端装备制造", names, 5), "高端装备");
	ck_assert_ptr_null(gsb_nearest("xyz", names, 5));
	ck_assert_ptr_null(gsb_nearest("builder", names, 5)); /* never the word itself */
	ck_assert_ptr_null(gsb_nearest(NULL, names, 5));
	ck_assert_ptr_null(gsb_nearest("x", NULL, 5));
	ck_assert_int_eq(gsb__edit_distance("ab", "ba"), 1);
}
END_TEST

START_TEST(catalogue_is_chinese)
{
	/* every catalogued format has a Chinese text that is not its English */
	for (size_t i = 0; i < gsb__message_zh_count(); i++) {
		const char *en = gsb__message_zh_entry(i, GSB_LANG_EN);
		const char *zh = gsb__message_zh_entry(i, GSB_LANG_ZH);
		ck_assert_ptr_nonnull(zh);
		ck_assert_msg(strcmp(en, zh) != 0, "'%s' is not translated", en);
		ck_assert_ptr_eq(gsb__message_zh(en), zh);
	}
}
END_TEST

/* gsb_lang_default: the first of LC_ALL, LC_MESSAGES, LANG that is set and
 * not empty decides; "zh..." is Chinese, anything else English. */
static void env(const char *all, const char *messages, const char *lang)
{
	const char *const names[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	const char *values[] = { all, messages, lang };
	for (int i = 0; i < 3; i++) {
		if (values[i] != NULL)
			ck_assert_int_eq(setenv(names[i], values[i], 1), 0);
		else
			ck_assert_int_eq(unsetenv(names[i]), 0);
	}
}

START_TEST(default_language)
{
	env(NULL, NULL, NULL);
	ck_assert_int_eq(gsb_lang_default(), GSB_LANG_EN);
	env(NULL, NULL, "zh_CN.UTF-8");
	ck_assert_int_eq(gsb_lang_default(), GSB_LANG_ZH);
	env(NULL, NULL, "zh");
	ck_assert_int_eq(gsb_lang_default(), GSB_LANG_ZH);
	env(NULL, "en_US.UTF-8", "zh_CN.UTF-8"); /* LC_MESSAGES before LANG */
	ck_assert_int_eq(gsb_lang_default(), GSB_LANG_EN);
	env("", "zh_TW.UTF-8", "C");             /* an empty one does not decide */
	ck_assert_int_eq(gsb_lang_default(), GSB_LANG_ZH);
	env("C", "zh_CN.UTF-8", "zh_CN.UTF-8");   /* LC_ALL first */
	ck_assert_int_eq(gsb_lang_default(), GSB_LANG_EN);
	env("zh_HK", NULL, "en_GB");
	ck_assert_int_eq(gsb_lang_default(), GSB_LANG_ZH);
	env(NULL, NULL, "ZH_CN");                /* the locale names are case-sensitive */
	ck_assert_int_eq(gsb_lang_default(), GSB_LANG_EN);
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("messages");
	TCase *tc = tcase_create("messages");
	tcase_add_test(tc, two_halves_and_positions);
	tcase_add_test(tc, error_in_both_languages);
	tcase_add_test(tc, schema_errors_say_what_was_expected);
	tcase_add_test(tc, parser_errors_in_words);
	tcase_add_test(tc, nearest_names);
	tcase_add_test(tc, catalogue_is_chinese);
	tcase_add_test(tc, default_language);
	suite_add_tcase(s, tc);
	return s;
}
