/*
 * libgeshibai — the name normalisation of docs/rules.md §1 [1, 3.1.4], by ICU:
 *
 *   1. NFKC (folds full-width forms: "ＡＢＣ" -> "ABC", U+3000 -> U+0020);
 *   2. every White_Space character removed (U+3000 and U+00A0 included);
 *   3. Traditional -> Simplified by the transform "Hant-Hans" over the whole
 *      name (醫養健康 -> 医养健康);
 *   4. when lower: full case folding, then NFKC again so that the result is
 *      stable under a second normalisation.
 *
 * No global mutable state: the NFKC normaliser is ICU's shared immutable
 * instance; a UTransliterator is not thread-safe and slow to open, so each
 * thread opens its own once and keeps it under a pthread key whose
 * destructor closes it at thread exit. Pure ASCII input never reaches ICU.
 * Beside it each thread keeps a small memo of the last non-ASCII names it
 * normalised: a batch repeats the same industry, cluster and scenario names,
 * and ICU costs far more than the rest of reading an application.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include "error_int.h"
#include "text_int.h"

/* ------------------------------------------------------- ASCII fast path */

/* White_Space in ASCII: TAB, LF, VT, FF, CR and SPACE. */
static bool ascii_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool is_ascii(const char *s, size_t len)
{
	size_t i = 0;
	for (uint64_t w; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		if (w & UINT64_C(0x8080808080808080))
			return false;
	}
	for (; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			return false;
	return true;
}

/* NFKC, Hant-Hans and case folding all leave ASCII as it is, except that
 * folding lower-cases A-Z. */
static int normalise_ascii(char **out, const char *s, size_t len, bool lower)
{
	char *r = malloc(len + 1), *w = r;
	if (r == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (ascii_space(c))
			continue;
		*w++ = (char)(lower && c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
	}
	*w = '\0';
	*out = r;
	return GSB_OK;
}

/* ------------------------------------------- the per-thread transliterator */

/* A memo slot: normalise(in, lower) = out (both shorter than MEMO_TEXT). */
#define MEMO_SLOTS 64
#define MEMO_TEXT 96
typedef struct {
	bool used, lower;
	char in[MEMO_TEXT], out[MEMO_TEXT];
} memo_slot;

typedef struct {
	UTransliterator *trans; /* "Hant-Hans", opened on first use */
	memo_slot memo[MEMO_SLOTS];
} thread_state;

static pthread_once_t trans_once = PTHREAD_ONCE_INIT;
static pthread_key_t trans_key;
static bool trans_key_ok;

static void state_free(void *p)
{
	thread_state *st = p;
	if (st == NULL)
		return;
	utrans_close(st->trans);
	free(st);
}

static void trans_key_create(void)
{
	trans_key_ok = pthread_key_create(&trans_key, state_free) == 0;
}

/* At exit (or when the library is unloaded) close the calling thread's
 * transliterator, whose key destructor does not run for the main thread,
 * and delete the key so that no thread later calls into unloaded code. */
__attribute__((destructor)) static void trans_fini(void)
{
	if (!trans_key_ok)
		return;
	thread_state *st = pthread_getspecific(trans_key);
	pthread_setspecific(trans_key, NULL);
	state_free(st);
	pthread_key_delete(trans_key);
	trans_key_ok = false;
}

/* The calling thread's state, or NULL (error set). */
static thread_state *thread_state_get(void)
{
	pthread_once(&trans_once, trans_key_create);
	if (!trans_key_ok) {
		gsb__error(GSB_ERROR, "pthread_key_create failed");
		return NULL;
	}
	thread_state *st = pthread_getspecific(trans_key);
	if (st != NULL)
		return st;
	if ((st = calloc(1, sizeof *st)) == NULL) {
		gsb__error(GSB_ENOMEM, "out of memory");
		return NULL;
	}
	if (pthread_setspecific(trans_key, st) != 0) {
		free(st);
		gsb__error(GSB_ERROR, "pthread_setspecific failed");
		return NULL;
	}
	return st;
}

/* The calling thread's "Hant-Hans" transliterator, or NULL (error set). */
static UTransliterator *hant_hans(void)
{
	thread_state *state = thread_state_get();
	if (state == NULL)
		return NULL;
	if (state->trans != NULL)
		return state->trans;
	UErrorCode st = U_ZERO_ERROR;
	static const UChar id[] = u"Hant-Hans";
	UTransliterator *t = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &st);
	if (U_FAILURE(st)) {
		gsb__error(GSB_ERROR, "ICU: cannot open transform Hant-Hans: %s", u_errorName(st));
		return NULL;
	}
	return state->trans = t;
}

/* The memo slot of a name (FNV-1a). */
static memo_slot *memo_slot_of(thread_state *st, const char *s, size_t len, bool lower)
{
	uint32_t h = 2166136261u ^ (uint32_t)lower;
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return &st->memo[h % MEMO_SLOTS];
}

/* ------------------------------------------------------- UTF-16 buffers */

/* A UTF-16 string; small ones stay on the stack. */
typedef struct {
	UChar *p;
	int32_t len, cap;
	UChar small[128];
} ubuf;

static void ubuf_init(ubuf *b)
{
	b->p = b->small;
	b->len = 0;
	b->cap = (int32_t)GSB_ARRAY_LEN(b->small);
}

static void ubuf_free(ubuf *b)
{
	if (b->p != b->small)
		free(b->p);
	ubuf_init(b);
}

/* Room for at least cap units (contents are not kept). */
static int ubuf_reserve(ubuf *b, int32_t cap)
{
	if (cap <= b->cap)
		return GSB_OK;
	UChar *p = malloc((size_t)cap * sizeof *p);
	if (p == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	ubuf_free(b);
	b->p = p;
	b->cap = cap;
	return GSB_OK;
}

static void ubuf_swap(ubuf *a, ubuf *b)
{
	ubuf t = *a;
	*a = *b;
	*b = t;
	/* a pointer to the small array must follow the array */
	if (a->p == b->small)
		a->p = a->small;
	if (b->p == a->small)
		b->p = b->small;
}

static int icu_error(const char *what, UErrorCode st)
{
	return gsb__error(GSB_ERROR, "ICU: %s: %s", what, u_errorName(st));
}

static int from_utf8(ubuf *b, const char *s, size_t len)
{
	if (len > INT32_MAX / 2)
		return gsb__error(GSB_EINVAL, "name too long");
	int rc = ubuf_reserve(b, (int32_t)len + 1); /* UTF-16 never needs more units */
	if (rc != GSB_OK)
		return rc;
	UErrorCode st = U_ZERO_ERROR;
	u_strFromUTF8(b->p, b->cap, &b->len, s, (int32_t)len, &st);
	return U_FAILURE(st) ? icu_error("UTF-8 to UTF-16", st) : GSB_OK;
}

/* dst = NFKC(src); dst's contents are replaced. */
static int nfkc(ubuf *dst, const ubuf *src)
{
	UErrorCode st = U_ZERO_ERROR;
	const UNormalizer2 *n = unorm2_getNFKCInstance(&st);
	if (U_FAILURE(st))
		return icu_error("NFKC instance", st);
	int32_t need = unorm2_normalize(n, src->p, src->len, dst->p, dst->cap, &st);
	if (st == U_BUFFER_OVERFLOW_ERROR) {
		int rc = ubuf_reserve(dst, need + 1);
		if (rc != GSB_OK)
			return rc;
		st = U_ZERO_ERROR;
		need = unorm2_normalize(n, src->p, src->len, dst->p, dst->cap, &st);
	}
	if (U_FAILURE(st))
		return icu_error("NFKC", st);
	dst->len = need;
	return GSB_OK;
}

/* Remove every White_Space code point in place (docs/rules.md §1). */
static void strip_space(ubuf *b)
{
	int32_t r = 0, w = 0;
	while (r < b->len) {
		int32_t at = r;
		UChar32 c;
		U16_NEXT(b->p, r, b->len, c);
		if (u_isUWhiteSpace(c))
			continue;
		while (at < r)
			b->p[w++] = b->p[at++];
	}
	b->len = w;
}

/* Traditional -> Simplified over the whole string, in place. */
static int to_simplified(ubuf *b, ubuf *spare)
{
	UTransliterator *t = hant_hans();
	if (t == NULL)
		return gsb_error_last()->code;
	for (int32_t cap = b->len * 2 + 16;; cap *= 2) {
		int rc = ubuf_reserve(spare, cap);
		if (rc != GSB_OK)
			return rc;
		memcpy(spare->p, b->p, (size_t)b->len * sizeof *b->p);
		int32_t len = b->len, limit = b->len;
		UErrorCode st = U_ZERO_ERROR;
		utrans_transUChars(t, spare->p, &len, spare->cap, 0, &limit, &st);
		if (st == U_BUFFER_OVERFLOW_ERROR && cap < INT32_MAX / 4)
			continue;
		if (U_FAILURE(st))
			return icu_error("Hant-Hans", st);
		spare->len = len;
		ubuf_swap(b, spare);
		return GSB_OK;
	}
}

/* Full case folding of src into dst. */
static int fold(ubuf *dst, const ubuf *src)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t need = u_strFoldCase(dst->p, dst->cap, src->p, src->len, U_FOLD_CASE_DEFAULT, &st);
	if (st == U_BUFFER_OVERFLOW_ERROR) {
		int rc = ubuf_reserve(dst, need + 1);
		if (rc != GSB_OK)
			return rc;
		st = U_ZERO_ERROR;
		need = u_strFoldCase(dst->p, dst->cap, src->p, src->len, U_FOLD_CASE_DEFAULT, &st);
	}
	if (U_FAILURE(st))
		return icu_error("case folding", st);
	dst->len = need;
	return GSB_OK;
}

static int to_utf8(char **out, const ubuf *b)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t need = 0;
	u_strToUTF8(NULL, 0, &need, b->p, b->len, &st);
	if (st != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(st))
		return icu_error("UTF-16 to UTF-8", st);
	char *r = malloc((size_t)need + 1);
	if (r == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	st = U_ZERO_ERROR;
	u_strToUTF8(r, need + 1, NULL, b->p, b->len, &st);
	if (U_FAILURE(st)) {
		free(r);
		return icu_error("UTF-16 to UTF-8", st);
	}
	*out = r;
	return GSB_OK;
}

/* The four steps of docs/rules.md §1 over a and b, the result in a. */
static int normalise_icu(ubuf *a, ubuf *b, bool lower)
{
	int rc;
	if ((rc = nfkc(b, a)) != GSB_OK)
		return rc;
	strip_space(b);
	if ((rc = to_simplified(b, a)) != GSB_OK)
		return rc;
	if (!lower) {
		ubuf_swap(a, b);
		return GSB_OK;
	}
	if ((rc = fold(a, b)) != GSB_OK || (rc = nfkc(b, a)) != GSB_OK)
		return rc;
	strip_space(b); /* NFKC may have made a space again (U+00A8 -> U+0020 U+0308) */
	ubuf_swap(a, b);
	return GSB_OK;
}

int gsb__text_normalise(char **out, const char *utf8, bool lower)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(utf8);
	size_t len = strlen(utf8);
	/* ASCII is valid UTF-8, and so is a name of the memo (it was checked
	 * before it went in): neither needs gsb__utf8_valid */
	if (is_ascii(utf8, len))
		return normalise_ascii(out, utf8, len, lower);
	thread_state *st = len < MEMO_TEXT ? thread_state_get() : NULL;
	memo_slot *slot = st ? memo_slot_of(st, utf8, len, lower) : NULL;
	if (slot && slot->used && slot->lower == lower && strcmp(slot->in, utf8) == 0) {
		if ((*out = strdup(slot->out)) == NULL)
			return gsb__error(GSB_ENOMEM, "out of memory");
		return GSB_OK;
	}
	if (!gsb__utf8_valid(utf8, len))
		return gsb__error(GSB_EINVAL, "name is not valid UTF-8");
	ubuf a, b;
	ubuf_init(&a);
	ubuf_init(&b);
	int rc = from_utf8(&a, utf8, len);
	if (rc == GSB_OK)
		rc = normalise_icu(&a, &b, lower);
	if (rc == GSB_OK)
		rc = to_utf8(out, &a);
	ubuf_free(&a);
	ubuf_free(&b);
	if (rc == GSB_OK && slot && strlen(*out) < MEMO_TEXT) {
		memcpy(slot->in, utf8, len + 1);
		strcpy(slot->out, *out);
		slot->lower = lower;
		slot->used = true;
	}
	return rc;
}
