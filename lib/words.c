/*
 * libgeshibai — amounts in Chinese financial capitals (大写金额) for
 * disbursement documents [4.1], docs/rules.md §6 step 7 and §11.12.
 *
 * ICU's rule-based spell-out ("zh", %spellout-cardinal-financial) writes the
 * numbers; 元/角/分/整 are composed here:
 *   - 整 after 元, and after 角 when there is no 分; never after 分;
 *   - no 元 part when the amount is below one yuan (0.50 -> 伍角整), except
 *     0.00 -> 零元整;
 *   - 零 between 元 and 分 when there is no 角 (10.05 -> 壹拾元零伍分);
 *   - a number that would start with 拾 starts with 壹拾 (ICU writes 拾 for
 *     10-19 at the start: 10 -> 拾, 110000 -> 拾壹万).
 *
 * ICU (72) is right below 亿 (1005 -> 壹仟零伍, 100100 -> 拾万零壹佰), but
 * above it drops the 零 of a 万 group that begins with zeros (500410030 ->
 * 伍亿肆拾壹万零叁拾, where the People's Bank rule wants 伍亿零肆拾壹万零叁拾)
 * and uses 兆 and 京 rather than 万亿 and 亿亿. So numbers of 亿 and more are
 * split here into groups of eight digits, each spelt by ICU.
 *
 * The formatter is slow to open and not thread-safe: each thread opens its
 * own once, kept under a pthread key whose destructor closes it.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>
#include "error_int.h"
#include "text_int.h"

#define YI INT64_C(100000000) /* 亿 */

/* ------------------------------------------------- the per-thread formatter */

static pthread_once_t fmt_once = PTHREAD_ONCE_INIT;
static pthread_key_t fmt_key;
static bool fmt_key_ok;

static void fmt_close(void *f)
{
	unum_close(f);
}

static void fmt_key_create(void)
{
	fmt_key_ok = pthread_key_create(&fmt_key, fmt_close) == 0;
}

static UNumberFormat *fmt_open(void)
{
	UErrorCode st = U_ZERO_ERROR;
	/* sets U_USING_DEFAULT_WARNING: test U_FAILURE, not != U_ZERO_ERROR */
	UNumberFormat *f = unum_open(UNUM_SPELLOUT, NULL, 0, "zh", NULL, &st);
	if (U_FAILURE(st)) {
		gsb__error(GSB_ERROR, "ICU: cannot open the zh spell-out: %s", u_errorName(st));
		return NULL;
	}
	static const UChar rules[] = u"%spellout-cardinal-financial";
	unum_setTextAttribute(f, UNUM_DEFAULT_RULESET, rules, -1, &st);
	if (U_FAILURE(st)) {
		unum_close(f);
		gsb__error(GSB_ERROR, "ICU: no %%spellout-cardinal-financial: %s", u_errorName(st));
		return NULL;
	}
	return f;
}

/* At exit (or when the library is unloaded) close the calling thread's
 * formatter, whose key destructor does not run for the main thread, and
 * delete the key so that no thread later calls into unloaded code. */
__attribute__((destructor)) static void fmt_fini(void)
{
	if (!fmt_key_ok)
		return;
	UNumberFormat *f = pthread_getspecific(fmt_key);
	pthread_setspecific(fmt_key, NULL);
	unum_close(f);
	pthread_key_delete(fmt_key);
	fmt_key_ok = false;
}

/* The calling thread's formatter, or NULL (error set). */
static UNumberFormat *financial(void)
{
	pthread_once(&fmt_once, fmt_key_create);
	if (!fmt_key_ok) {
		gsb__error(GSB_ERROR, "pthread_key_create failed");
		return NULL;
	}
	UNumberFormat *f = pthread_getspecific(fmt_key);
	if (f != NULL)
		return f;
	if ((f = fmt_open()) == NULL)
		return NULL;
	if (pthread_setspecific(fmt_key, f) != 0) {
		unum_close(f);
		gsb__error(GSB_ERROR, "pthread_setspecific failed");
		return NULL;
	}
	return f;
}

/* ------------------------------------------------------------ composing */

typedef struct {
	char text[512]; /* INT64_MAX fen needs about 200 bytes */
	size_t len;
	UNumberFormat *fmt;
	bool failed;
} words;

static void put(words *w, const char *s)
{
	size_t n = strlen(s);
	if (w->len + n >= sizeof w->text) {
		w->failed = true;
		return;
	}
	memcpy(w->text + w->len, s, n + 1);
	w->len += n;
}

/* n (0 <= n < 1亿) as ICU spells it, a leading 拾 written 壹拾. */
static void spell(words *w, int64_t n)
{
	UChar u[128];
	char s[384];
	UErrorCode st = U_ZERO_ERROR;
	int32_t len = unum_formatInt64(w->fmt, n, u, (int32_t)GSB_ARRAY_LEN(u), NULL, &st);
	u_strToUTF8(s, (int32_t)sizeof s, NULL, u, len, &st);
	if (U_FAILURE(st) || st == U_STRING_NOT_TERMINATED_WARNING) {
		w->failed = true;
		return;
	}
	if (strncmp(s, "拾", strlen("拾")) == 0)
		put(w, "壹");
	put(w, s);
}

/* n >= 0 yuan in words, without 元: groups of eight digits joined by 亿, with
 * 零 before a group that begins with a zero. */
static void spell_yuan(words *w, int64_t n)
{
	if (n < YI) {
		spell(w, n);
		return;
	}
	spell_yuan(w, n / YI);
	put(w, "亿");
	int64_t low = n % YI;
	if (low == 0)
		return;
	if (low < YI / 10)
		put(w, "零");
	spell(w, low);
}

/* 元, 角 and 分 as docs/rules.md §11.12 says. */
static void compose(words *w, gsb_fen fen)
{
	int64_t yuan = fen / 100;
	int jiao = (int)(fen / 10 % 10), fen1 = (int)(fen % 10);
	if (yuan > 0 || fen == 0) {
		spell_yuan(w, yuan);
		put(w, "元");
	}
	if (jiao > 0) {
		spell(w, jiao);
		put(w, "角");
	} else if (fen1 > 0 && yuan > 0) {
		put(w, "零");
	}
	if (fen1 > 0) {
		spell(w, fen1);
		put(w, "分");
	} else {
		put(w, "整");
	}
}

char *gsb_fen_to_words(gsb_fen fen)
{
	if (fen < 0) {
		gsb__error(GSB_EINVAL, "gsb_fen_to_words: negative amount %lld", (long long)fen);
		return NULL;
	}
	words w = { .len = 0, .failed = false };
	w.text[0] = '\0';
	if ((w.fmt = financial()) == NULL)
		return NULL;
	compose(&w, fen);
	if (w.failed) {
		gsb__error(GSB_ERROR, "ICU: cannot spell %lld fen", (long long)fen);
		return NULL;
	}
	char *r = gsb__strdup(w.text);
	if (r == NULL)
		gsb__error(GSB_ENOMEM, "out of memory");
	return r;
}
