/* Tests for lib/text.c: the name normalisation of docs/rules.md §1. */
#include <pthread.h>
#include <stdio.h>
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

/* gsb__utf8_valid (arena.c) as it was written first, byte by byte: the
 * reference the word-at-a-time version must agree with. */
static bool utf8_valid_ref(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str, *end = s + len;
	while (s < end) {
		unsigned c = *s;
		size_t n;
		unsigned min;
		if (c < 0x80) {
			s++;
			continue;
		} else if (c >= 0xC2 && c <= 0xDF) {
			n = 1, min = 0x80, c &= 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			n = 2, min = 0x800, c &= 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			n = 3, min = 0x10000, c &= 0x07;
		} else {
			return false;
		}
		if ((size_t)(end - s) <= n)
			return false;
		for (size_t i = 1; i <= n; i++) {
			if ((s[i] & 0xC0) != 0x80)
				return false;
			c = (c << 6) | (s[i] & 0x3F);
		}
		if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
			return false;
		s += n + 1;
	}
	return true;
}

/* Both validators on seq (n bytes) alone and inside ASCII and CJK text, so
 * that every fast path (eight ASCII bytes, the last eight, two three-byte
 * sequences at a time) meets it at every offset. */
static void utf8_agree(const unsigned char *seq, size_t n)
{
	static const char *const before[] = { "", "abcdefghij", "中", "a中文字" };
	static const char *const after[] = { "", "xyz0123", "文字", "文z" };
	char buf[64];
	for (size_t b = 0; b < GSB_ARRAY_LEN(before); b++)
		for (size_t a = 0; a < GSB_ARRAY_LEN(after); a++) {
			size_t lb = strlen(before[b]), la = strlen(after[a]);
			memcpy(buf, before[b], lb);
			memcpy(buf + lb, seq, n);
			memcpy(buf + lb + n, after[a], la);
			size_t len = lb + n + la;
			bool want = utf8_valid_ref(buf, len), got = gsb__utf8_valid(buf, len);
			if (got != want) {
				char hex[3 * 64 + 1] = "";
				for (size_t i = 0; i < len; i++)
					snprintf(hex + 3 * i, 4, "%02x ", (unsigned char)buf[i]);
				ck_abort_msg("utf8_valid(%s) = %d, want %d", hex, got, want);
			}
		}
}

/* Bytes at the edges of the ranges of table 3-7. */
static const unsigned char edges[] = { 0x00, 0x41, 0x7F, 0x80, 0x81, 0x8F, 0x90, 0x9F, 0xA0,
	                               0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED,
	                               0xEE, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF };

START_TEST(utf8_one_and_two_bytes)
{
	unsigned char seq[2];
	for (unsigned b0 = 0; b0 < 256; b0++) {
		seq[0] = (unsigned char)b0;
		utf8_agree(seq, 1);
		for (unsigned b1 = 0; b1 < 256; b1++) {
			seq[1] = (unsigned char)b1;
			utf8_agree(seq, 2);
		}
	}
}
END_TEST

START_TEST(utf8_three_bytes)
{
	/* every lead and second byte, the third at the edges; every third byte
	 * after the leads of three-byte sequences */
	unsigned char seq[3];
	for (unsigned b0 = 0x80; b0 < 256; b0++)
		for (unsigned b1 = 0; b1 < 256; b1++) {
			seq[0] = (unsigned char)b0, seq[1] = (unsigned char)b1;
			for (size_t e = 0; e < sizeof edges; e++) {
				seq[2] = edges[e];
				utf8_agree(seq, 3);
			}
			if (b0 >= 0xE0 && b0 <= 0xEF && b1 >= 0x7F && b1 <= 0xC0)
				for (unsigned b2 = 0; b2 < 256; b2++) {
					seq[2] = (unsigned char)b2;
					utf8_agree(seq, 3);
				}
		}
}
END_TEST

START_TEST(utf8_four_bytes)
{
	static const unsigned char leads[] = { 0xC2, 0xE0, 0xE4, 0xED, 0xEF, 0xF0, 0xF1,
		                               0xF3, 0xF4, 0xF5, 0xF8, 0xFF };
	static const unsigned char last[] = { 0x00, 0x7F, 0x80, 0xBF, 0xC0, 0xE4, 0xF0, 0xFF };
	unsigned char seq[4];
	for (size_t l = 0; l < sizeof leads; l++)
		for (unsigned b1 = 0; b1 < 256; b1++)
			for (size_t e2 = 0; e2 < sizeof edges; e2++)
				for (size_t e3 = 0; e3 < sizeof last; e3++) {
					seq[0] = leads[l], seq[1] = (unsigned char)b1;
					seq[2] = edges[e2], seq[3] = last[e3];
					utf8_agree(seq, 4);
				}
}
END_TEST

/* Random strings over bytes that make up UTF-8, valid and not. */
START_TEST(utf8_random)
{
	static const unsigned char pool[] = { 'a', ' ', 0x7F, 0x80, 0x88, 0x9F, 0xA0, 0xAD,
		                              0xBF, 0xC2, 0xD0, 0xE0, 0xE4, 0xE9, 0xED, 0xEF,
		                              0xF0, 0xF4, 0xF8, 0xC0 };
	/* valid pieces too, so that long valid runs happen */
	static const char *const pieces[] = { "中", "文", "é", "ab", "abcdefgh", "𠀀", "\xef\xbf\xbf",
		                              "\xee\x80\x80", "\xed\x9f\xbf", "\xe0\xa0\x80" };
	uint32_t x = 2463534242u;
	char buf[64];
	for (int r = 0; r < 400000; r++) {
		size_t len = 0, want = (x % 40) + 1;
		while (len < want) {
			x ^= x << 13, x ^= x >> 17, x ^= x << 5;
			if (x % 3 == 0) {
				buf[len++] = (char)pool[(x >> 8) % sizeof pool];
			} else {
				const char *p = pieces[(x >> 8) % GSB_ARRAY_LEN(pieces)];
				size_t n = strlen(p);
				if (len + n > sizeof buf)
					break;
				memcpy(buf + len, p, n);
				len += n;
			}
		}
		/* whole, prefixes and a suffix (no ck_assert per call: Check
		 * reports each to the parent process) */
		bool same = gsb__utf8_valid(buf, len) == utf8_valid_ref(buf, len) &&
		            gsb__utf8_valid(buf + len / 2, len - len / 2) ==
		                    utf8_valid_ref(buf + len / 2, len - len / 2);
		for (size_t cut = 0; same && cut < len; cut += 1 + len / 5)
			same = gsb__utf8_valid(buf, cut) == utf8_valid_ref(buf, cut);
		if (!same)
			ck_abort_msg("validators disagree on random string %d", r);
	}
}
END_TEST

/* A name of the memo is given out without gsb__utf8_valid: only names
 * that were valid go in. */
START_TEST(memo_refuses_still)
{
	expect("醫養健康", true, "医养健康");
	expect("醫養健康", true, "医养健康"); /* from the memo */
	char *out = (char *)"untouched";
	ck_assert_int_eq(gsb__text_normalise(&out, "醫養健\xe5", true), GSB_EINVAL);
	ck_assert_int_eq(gsb__text_normalise(&out, "醫養健康\xff", true), GSB_EINVAL);
	ck_assert_ptr_nonnull(strstr(gsb_error_last()->message, "not valid UTF-8"));
	ck_assert_str_eq(out, "untouched");
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
	tcase_add_test(tc, utf8_one_and_two_bytes);
	tcase_add_test(tc, utf8_three_bytes);
	tcase_add_test(tc, utf8_four_bytes);
	tcase_add_test(tc, utf8_random);
	tcase_add_test(tc, memo_refuses_still);
	suite_add_tcase(s, tc);
	return s;
}
