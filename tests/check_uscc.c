/* Tests for lib/uscc.c: the unified social credit code (docs/rules.md §2, §11.2). */
#include <string.h>
#include "runner.h"
#include "internal.h"

#define HAIER "91370200264574251E"  /* 海尔智家: check remainder 17 -> E */
#define INSPUR "913700001630477270" /* 浪潮集团: check remainder 0 -> 0 */

static gsb_uscc decode(const char *code)
{
	gsb_uscc u;
	memset(&u, 0x5a, sizeof u);
	GSB_OK_OR_FAIL(gsb_uscc_decode(&u, code));
	return u;
}

static void expect_invalid(const char *code, const char *problem)
{
	gsb_uscc u = decode(code);
	ck_assert_msg(!u.valid, "%s should be invalid", code);
	ck_assert_ptr_nonnull(u.problem);
	ck_assert_msg(strstr(u.problem, problem) != NULL, "%s: problem \"%s\", want \"%s\"", code,
	              u.problem, problem);
	ck_assert(!gsb_uscc_is_valid(code));
}

START_TEST(real_codes)
{
	gsb_uscc u = decode(HAIER);
	ck_assert_int_eq(u.valid, 1);
	ck_assert_ptr_null(u.problem);
	ck_assert_str_eq(u.code, HAIER);
	ck_assert_str_eq(u.authority, "9");
	ck_assert_str_eq(u.category, "1");
	ck_assert_str_eq(u.division, "370200");
	ck_assert_str_eq(u.organisation, "264574251");
	ck_assert_int_eq(u.check, 'E');
	ck_assert_int_eq(u.expected_check, 'E');
	ck_assert(gsb_uscc_is_valid(HAIER));

	u = decode(INSPUR);
	ck_assert_int_eq(u.valid, 1);
	ck_assert_int_eq(u.check, '0');
	ck_assert_int_eq(u.expected_check, '0');
	ck_assert_str_eq(u.division, "370000");
	ck_assert(gsb_uscc_is_valid(INSPUR));
}
END_TEST

START_TEST(corruptions)
{
	/* one character changed: the check character no longer fits */
	gsb_uscc u = decode("91370200264574252E");
	ck_assert_int_eq(u.valid, 0);
	ck_assert_str_eq(u.problem, "check character E should be H");
	ck_assert_int_eq(u.check, 'E');
	ck_assert_int_eq(u.expected_check, 'H');
	ck_assert_str_eq(u.code, "91370200264574252E"); /* parts still given */
	ck_assert_str_eq(u.division, "370200");
	expect_invalid("91370200264574251F", "check character F should be E");
	expect_invalid("913700001630477271", "check character 1 should be 0");
	expect_invalid("913700001630477370", "check character 0 should be");
	/* swapping two symbols is caught too */
	expect_invalid("19370200264574251E", "check character E should be");
	/* every single-symbol change of either code is caught */
	static const char symbols[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	static const char *const real[] = { HAIER, INSPUR };
	for (size_t r = 0; r < 2; r++) {
		for (size_t pos = 0; pos < 18; pos++) {
			for (size_t s = 0; s < 31; s++) {
				char c[19];
				memcpy(c, real[r], 19);
				if (c[pos] == symbols[s])
					continue;
				c[pos] = symbols[s];
				ck_assert_msg(!gsb_uscc_is_valid(c), "%s accepted", c);
			}
		}
	}
}
END_TEST

START_TEST(lower_case)
{
	gsb_uscc u = decode("91370200264574251e");
	ck_assert_int_eq(u.valid, 1);
	ck_assert_str_eq(u.code, HAIER);
	ck_assert_int_eq(u.check, 'E');
	ck_assert(gsb_uscc_is_valid("91370200264574251e"));
}
END_TEST

START_TEST(lengths)
{
	gsb_uscc u = decode("91370200264574251");
	ck_assert_int_eq(u.valid, 0);
	ck_assert_str_eq(u.problem, "length 17, want 18");
	ck_assert_str_eq(u.code, "");
	ck_assert_int_eq(u.expected_check, 'E'); /* what the missing character should be */
	expect_invalid(HAIER "0", "length 19, want 18");
	expect_invalid("", "length 0, want 18");
	expect_invalid("9", "length 1, want 18");
	expect_invalid(" " HAIER, "length 19, want 18");
	expect_invalid(HAIER "\n", "length 19, want 18");
	expect_invalid(HAIER HAIER HAIER HAIER HAIER HAIER, "length over 99, want 18");
	expect_invalid(HAIER HAIER HAIER HAIER HAIER, "length 90, want 18");
	u = decode("");
	ck_assert_str_eq(u.code, "");
	ck_assert_str_eq(u.division, "");
	ck_assert_int_eq(u.check, '\0');
	ck_assert_int_eq(u.expected_check, '\0');
}
END_TEST

START_TEST(letters_not_used)
{
	/* I, O, S, V and Z (either case) are not symbols of the set */
	static const char bad[] = "IOSVZiosvz";
	for (size_t i = 0; bad[i]; i++) {
		char c[19];
		memcpy(c, HAIER, 19);
		c[4] = bad[i];
		gsb_uscc u = decode(c);
		ck_assert_int_eq(u.valid, 0);
		ck_assert_msg(strstr(u.problem, "position 5 ") != NULL, "%s: %s", c, u.problem);
		ck_assert_int_eq(u.expected_check, '\0');
		ck_assert(!gsb_uscc_is_valid(c));
	}
	expect_invalid("91370200264574251O", "position 18 ");
	expect_invalid("9137020026457425-E", "position 17 ");
	expect_invalid("91370200 64574251E", "position 9 ");
}
END_TEST

START_TEST(non_ascii)
{
	/* full-width digits: 18 characters, but not of the set */
	expect_invalid("９１３７０２００２６４５７４２５１Ｅ", "position 1 ");
	/* 17 ASCII + one full-width letter: 18 characters, 20 bytes */
	expect_invalid("91370200264574251Ｅ", "position 18 ");
	/* six full-width digits are 18 bytes but 6 characters */
	gsb_uscc u = decode("９１３７０２");
	ck_assert_str_eq(u.problem, "length 6, want 18");
	ck_assert_str_eq(u.code, "");
	/* ideographic space inside */
	expect_invalid("9137020026457425\u3000E", "position 17 ");
	/* invalid UTF-8 counts bytes */
	expect_invalid("\xff" "1370200264574251E", "position 1 ");
	expect_invalid("\x80" "1370200264574251E", "position 1 ");
	expect_invalid("9\x80" "370200264574251E", "position 2 ");
}
END_TEST

START_TEST(arguments)
{
	gsb_uscc u;
	ck_assert_int_eq(gsb_uscc_decode(NULL, HAIER), GSB_EINVAL);
	ck_assert_int_eq(gsb_uscc_decode(&u, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_uscc_is_valid(NULL), 0);
}
END_TEST

START_TEST(category_labels)
{
	ck_assert_str_eq(gsb_uscc_category_label("91", GSB_LANG_ZH), "企业");
	ck_assert_str_eq(gsb_uscc_category_label("91", GSB_LANG_EN), "Enterprise");
	ck_assert_str_eq(gsb_uscc_category_label("11", GSB_LANG_ZH), "机关");
	ck_assert_str_eq(gsb_uscc_category_label("12", GSB_LANG_ZH), "事业单位");
	ck_assert_str_eq(gsb_uscc_category_label("13", GSB_LANG_ZH),
	                 "中央编办直接管理机构编制的群众团体");
	ck_assert_str_eq(gsb_uscc_category_label("19", GSB_LANG_ZH), "其他");
	ck_assert_str_eq(gsb_uscc_category_label("51", GSB_LANG_ZH), "社会团体");
	ck_assert_str_eq(gsb_uscc_category_label("52", GSB_LANG_ZH), "民办非企业单位");
	ck_assert_str_eq(gsb_uscc_category_label("53", GSB_LANG_ZH), "基金会");
	ck_assert_str_eq(gsb_uscc_category_label("59", GSB_LANG_ZH), "其他");
	ck_assert_str_eq(gsb_uscc_category_label("92", GSB_LANG_ZH), "个体工商户");
	ck_assert_str_eq(gsb_uscc_category_label("93", GSB_LANG_ZH), "农民专业合作社");
	ck_assert_str_eq(gsb_uscc_category_label("93", GSB_LANG_EN), "Farmers' specialised cooperative");
	ck_assert_str_eq(gsb_uscc_category_label("y1", GSB_LANG_ZH), "其他");
	/* the first two characters of a whole code */
	ck_assert_str_eq(gsb_uscc_category_label(HAIER, GSB_LANG_ZH), "企业");
	ck_assert_ptr_null(gsb_uscc_category_label("94", GSB_LANG_ZH));
	ck_assert_ptr_null(gsb_uscc_category_label("9", GSB_LANG_ZH));
	ck_assert_ptr_null(gsb_uscc_category_label("", GSB_LANG_ZH));
	ck_assert_ptr_null(gsb_uscc_category_label(NULL, GSB_LANG_ZH));
	ck_assert_ptr_null(gsb_uscc_category_label("91", (gsb_lang)7));
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("uscc");
	TCase *tc = tcase_create("uscc");
	tcase_add_test(tc, real_codes);
	tcase_add_test(tc, corruptions);
	tcase_add_test(tc, lower_case);
	tcase_add_test(tc, lengths);
	tcase_add_test(tc, letters_not_used);
	tcase_add_test(tc, non_ascii);
	tcase_add_test(tc, arguments);
	tcase_add_test(tc, category_labels);
	suite_add_tcase(s, tc);
	return s;
}
