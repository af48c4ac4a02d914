/* Tests for lib/text.c: the name normalisation of rules.md §1. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "runner.h"
#include "internal.h"

/* Normalise and compare; the result is freed here. */
static void expect(const char *in, bool lower, const char *want)
{
	char *out = NULL;
	int rc = gsb__text_normalise(&out, in, lower);
	ck_assert_msg(rc == GSB_OK, "normalise(%s) returned %d: %s", in, rc,
	              gsb_error_last()->message);
	ck_assert_msg(strcmp(out, want) == 0, "normalise(\"%s\", %d) = \"%s\", want \"%s\"", in,
	              (int)lower, out, want);
	free(out);
}

START_TEST(ascii_fast_path)
{
	expect("  New Generation\tIT\r\n", true, "newgenerationit");
	expect("  New Generation\tIT\r\n", false, "NewGenerationIT");
	expect("health-care", true, "health-care");
	expect("", true, "");
	expect(" \t\v\f ", false, "");
	/* 0x1C-0x1F are not White_Space: kept */
	expect("a\x1f" "b", true, "a\x1f" "b");
	expect("MiXeD 123 _-", true, "mixed123_-");
}
END_TEST

START_TEST(full_width_and_spaces)
{
	/* NFKC folds full-width letters and the full-width hyphen */
	expect("ＨＥＡＬＴＨ－ＣＡＲＥ", true, "health-care");
	expect("ＨＥＡＬＴＨ－ＣＡＲＥ", false, "HEALTH-CARE");
	/* ideographic space U+3000, no-break space, em space, line separator */
	expect("医\u3000养\u00a0健\u2003康\u2028", true, "医养健康");
	expect("\u3000智慧海洋\u3000", false, "智慧海洋");
	/* full-width digits */
	expect("２０１８年", false, "2018年");
	/* CJK compatibility ideograph U+F900 -> U+8C48 (豈) by NFKC, then 岂 by Hant-Hans */
	expect("\uf900", false, "岂");
}
END_TEST

START_TEST(traditional_to_simplified)
{
	expect("醫養健康", true, "医养健康");
	expect("醫養健康", false, "医养健康");
	expect("現代　海洋", true, "现代海洋");
	expect("紡織", true, "纺织");
	expect("新一代資訊技術", false, "新一代资讯技术");
	/* Simplified text passes unchanged */
	expect("新能源新材料", true, "新能源新材料");
}
END_TEST

START_TEST(case_folding)
{
	expect("ÉCOLE Supérieure", true, "écolesupérieure");
	expect("ÉCOLE Supérieure", false, "ÉCOLESupérieure");
	/* full case folding: ß -> ss */
	expect("Straße", true, "strasse");
	expect("ΣΟΦΊΑ", true, "σοφία");
	/* full-width upper case folded then lower-cased */
	expect("Ｍｏｄｅｒｎ　Ｍａｒｉｎｅ", true, "modernmarine");
}
END_TEST

START_TEST(beyond_bmp_and_long)
{
	/* CJK Extension B (U+20000) survives (surrogate pairs) */
	expect("𠀀 有限公司", true, "𠀀有限公司");
	/* longer than the stack buffers */
	size_t n = 1000;
	char *in = malloc(n * 4 + 1), *want = malloc(n * 3 + 1);
	ck_assert_ptr_nonnull(in);
	ck_assert_ptr_nonnull(want);
	in[0] = want[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		strcat(in, "醫 ");
		strcat(want, "医");
	}
	expect(in, true, want);
	/* U+FDFA expands to 18 code points under NFKC (with spaces removed: 15) */
	in[0] = '\0';
	for (size_t i = 0; i < 200; i++)
		strcat(in, "\ufdfa");
	char *out = NULL;
	GSB_OK_OR_FAIL(gsb__text_normalise(&out, in, false));
	ck_assert_uint_eq(strlen(out), 200 * 15 * 2); /* 15 Arabic letters of 2 bytes */
	ck_assert_ptr_null(strchr(out, ' '));
	free(out);
	free(in);
	free(want);
}
END_TEST

START_TEST(idempotent)
{
	static const char *const samples[] = {
		"ＨＥＡＬＴＨ－ＣＡＲＥ", "醫養健康", "Straße ǰ", "\u00a8x", "Ｍｏｄｅｒｎ　Ｍａｒｉｎｅ", "ﬁ ｶﾞ",
	};
	for (size_t i = 0; i < GSB_ARRAY_LEN(samples); i++) {
		for (int lower = 0; lower <= 1; lower++) {
			char *once = NULL, *twice = NULL;
			GSB_OK_OR_FAIL(gsb__text_normalise(&once, samples[i], lower));
			GSB_OK_OR_FAIL(gsb__text_normalise(&twice, once, lower));
			ck_assert_str_eq(once, twice);
			free(once);
			free(twice);
		}
	}
	/* U+00A8 decomposes to SPACE + U+0308: the space goes too */
	expect("\u00a8", true, "\u0308");
	/* half-width katakana compose under NFKC */
	expect("ｶﾞ", false, "ガ");
}
END_TEST

START_TEST(refuses)
{
	char *out = (char *)"untouched";
	ck_assert_int_eq(gsb__text_normalise(&out, "\xff", true), GSB_EINVAL);
	ck_assert_int_eq(gsb__text_normalise(&out, "ab\xc0\xaf", true), GSB_EINVAL); /* overlong */
	ck_assert_int_eq(gsb__text_normalise(&out, "\xed\xa0\x80", false), GSB_EINVAL); /* surrogate */
	ck_assert_int_eq(gsb__text_normalise(&out, "医\xe5", false), GSB_EINVAL); /* truncated */
	ck_assert_str_eq(out, "untouched");
	ck_assert_int_eq(gsb__text_normalise(NULL, "a", true), GSB_EINVAL);
	ck_assert_int_eq(gsb__text_normalise(&out, NULL, true), GSB_EINVAL);
	ck_assert_ptr_nonnull(strstr(gsb_error_last()->message, "NULL"));
}
END_TEST

/* Each thread opens its own transliterator; results must not interfere. */
static void *worker(void *arg)
{
	const char *in = arg;
	for (int i = 0; i < 200; i++) {
		char *out = NULL;
		if (gsb__text_normalise(&out, in, true) != GSB_OK)
			return (void *)1;
		int bad = strcmp(out, strstr(in, "醫") ? "医养健康" : "现代海洋") != 0;
		free(out);
		if (bad)
			return (void *)1;
	}
	return NULL;
}

START_TEST(threads)
{
	pthread_t t[6];
	static const char *const in[2] = { "醫 養 健 康", "現代　海洋" };
	for (int i = 0; i < 6; i++)
		ck_assert_int_eq(pthread_create(&t[i], NULL, worker, (void *)in[i % 2]), 0);
	for (int i = 0; i < 6; i++) {
		void *r = NULL;
		pthread_join(t[i], &r);
		ck_assert_ptr_null(r);
	}
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("text");
	TCase *tc = tcase_create("text");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, ascii_fast_path);
	tcase_add_test(tc, full_width_and_spaces);
	tcase_add_test(tc, traditional_to_simplified);
	tcase_add_test(tc, case_folding);
	tcase_add_test(tc, beyond_bmp_and_long);
	tcase_add_test(tc, idempotent);
	tcase_add_test(tc, refuses);
	tcase_add_test(tc, threads);
	suite_add_tcase(s, tc);
	return s;
}
