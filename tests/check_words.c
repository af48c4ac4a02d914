/* Tests for lib/words.c: amounts in Chinese financial capitals (§6 step 7, §11.12). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "runner.h"
#include "internal.h"

static void expect(gsb_fen fen, const char *want)
{
	char *w = gsb_fen_to_words(fen);
	ck_assert_msg(w != NULL, "gsb_fen_to_words(%lld) failed: %s", (long long)fen,
	              gsb_error_last()->message);
	ck_assert_msg(strcmp(w, want) == 0, "%lld fen: \"%s\", want \"%s\"", (long long)fen, w,
	              want);
	gsb_free(w);
}

/* Every example of docs/rules.md §11.12 and §6 step 7. */
START_TEST(rules_examples)
{
	expect(0, "零元整");
	expect(50, "伍角整");
	expect(5, "伍分");
	expect(1005, "壹拾元零伍分");
	expect(1050, "壹拾元伍角整");
	expect(1234567, "壹万贰仟叁佰肆拾伍元陆角柒分");
	expect(100500, "壹仟零伍元整");
	expect(10010000, "壹拾万零壹佰元整");
	expect(11000000, "壹拾壹万元整");
	expect(3000000000, "叁仟万元整");
}
END_TEST

START_TEST(small_amounts)
{
	expect(1, "壹分");
	expect(10, "壹角整");
	expect(11, "壹角壹分");
	expect(100, "壹元整");
	expect(105, "壹元零伍分");
	expect(110, "壹元壹角整");
	expect(1000, "壹拾元整");
	expect(1900, "壹拾玖元整");
	expect(2000, "贰拾元整");
	expect(10100, "壹佰零壹元整");
	expect(11000, "壹佰壹拾元整");
	expect(101000, "壹仟零壹拾元整");
	expect(1000000, "壹万元整");
	expect(1000500, "壹万零伍元整");
	expect(99999999, "玖拾玖万玖仟玖佰玖拾玖元玖角玖分");
	expect(1000000000, "壹仟万元整");
	expect(1001000000, "壹仟零壹万元整");
}
END_TEST

/* 亿 and above: 零 before a group that begins with zeros; 万亿, not 兆. */
START_TEST(large_amounts)
{
	expect(INT64_C(10000000000), "壹亿元整");
	expect(INT64_C(10000000100), "壹亿零壹元整");
	expect(INT64_C(50041003000), "伍亿零肆拾壹万零叁拾元整");
	expect(INT64_C(10010000000), "壹亿零壹拾万元整");
	expect(INT64_C(12000000000), "壹亿贰仟万元整");
	expect(INT64_C(100000000000), "壹拾亿元整");
	expect(INT64_C(100000000000000), "壹万亿元整");
	expect(INT64_C(100000000000005), "壹万亿元零伍分");
	expect(INT64_MAX, "玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零柒分");
}
END_TEST

/* Properties over many amounts: the form the rules ask for. */
START_TEST(shapes)
{
	for (gsb_fen f = 0; f < 3000000; f += 997) {
		char *w = gsb_fen_to_words(f);
		ck_assert_ptr_nonnull(w);
		ck_assert_msg(strncmp(w, "拾", 3) != 0, "%lld: %s starts with 拾", (long long)f, w);
		ck_assert_msg(strstr(w, "零零") == NULL, "%lld: %s", (long long)f, w);
		bool has_fen = f % 10 != 0;
		size_t n = strlen(w);
		ck_assert(n >= 3);
		ck_assert_msg(strcmp(w + n - 3, has_fen ? "分" : "整") == 0, "%lld: %s", (long long)f, w);
		ck_assert_msg(strstr(w, "分整") == NULL, "%lld: %s", (long long)f, w);
		ck_assert_msg((strstr(w, "元") != NULL) == (f >= 100 || f == 0), "%lld: %s",
		              (long long)f, w);
		gsb_free(w);
	}
}
END_TEST

START_TEST(refuses_negative)
{
	gsb_error_clear();
	ck_assert_ptr_null(gsb_fen_to_words(-1));
	ck_assert_int_eq(gsb_error_last()->code, GSB_EINVAL);
	ck_assert_ptr_null(gsb_fen_to_words(INT64_MIN));
	ck_assert_int_eq(gsb_error_last()->code, GSB_EINVAL);
}
END_TEST

static void *worker(void *arg)
{
	gsb_fen base = (gsb_fen)(intptr_t)arg;
	for (int i = 0; i < 300; i++) {
		char *w = gsb_fen_to_words(base);
		int bad = w == NULL || strcmp(w, base == 1234567 ? "壹万贰仟叁佰肆拾伍元陆角柒分"
		                                                 : "壹拾万零壹佰元整") != 0;
		gsb_free(w);
		if (bad)
			return (void *)1;
	}
	return NULL;
}

START_TEST(threads)
{
	pthread_t t[6];
	for (int i = 0; i < 6; i++) {
		gsb_fen f = i % 2 ? 1234567 : 10010000;
		ck_assert_int_eq(pthread_create(&t[i], NULL, worker, (void *)(intptr_t)f), 0);
	}
	for (int i = 0; i < 6; i++) {
		void *r = NULL;
		pthread_join(t[i], &r);
		ck_assert_ptr_null(r);
	}
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("words");
	TCase *tc = tcase_create("words");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, rules_examples);
	tcase_add_test(tc, small_amounts);
	tcase_add_test(tc, large_amounts);
	tcase_add_test(tc, shapes);
	tcase_add_test(tc, refuses_negative);
	tcase_add_test(tc, threads);
	suite_add_tcase(s, tc);
	return s;
}
