/* libgeshibai — a chunked bump allocator and small string helpers. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "arena.h"
#include "text_int.h"

struct gsb__arena_chunk {
	gsb__arena_chunk *next;
	size_t size;
	max_align_t data[];
};

void gsb__arena_init(gsb__arena *a)
{
	a->head = NULL;
	a->next = a->first;
	a->left = sizeof a->first;
}

void gsb__arena_release(gsb__arena *a)
{
	gsb__arena_chunk *c = a->head;
	while (c) {
		gsb__arena_chunk *n = c->next;
		free(c);
		c = n;
	}
	gsb__arena_init(a);
}

void gsb__arena_reset(gsb__arena *a)
{
	gsb__arena_chunk *keep = a->head;
	if (keep == NULL) {
		gsb__arena_init(a);
		return;
	}
	gsb__arena_chunk *c = keep->next;
	while (c) {
		gsb__arena_chunk *n = c->next;
		free(c);
		c = n;
	}
	keep->next = NULL;
	a->next = (char *)keep->data;
	a->left = keep->size;
}

/* A new chunk of at least size bytes at the head: twice the last one (so
 * that the one kept by gsb__arena_reset soon holds everything), from 4 kB
 * to 1 MB. */
static bool grow(gsb__arena *a, size_t size)
{
	size_t want = a->head ? 2 * a->head->size : 4096;
	if (want > (1u << 20))
		want = 1u << 20;
	if (want < size)
		want = size;
	gsb__arena_chunk *c = malloc(sizeof *c + want);
	if (c == NULL)
		return false;
	c->next = a->head;
	c->size = want;
	a->head = c;
	a->next = (char *)c->data;
	a->left = want;
	return true;
}

void *gsb__arena_alloc(gsb__arena *a, size_t size)
{
	const size_t align = sizeof(max_align_t);
	size = (size + align - 1) / align * align;
	uintptr_t at = ((uintptr_t)a->next + align - 1) / align * align;
	size_t pad = at - (uintptr_t)a->next;
	if (pad + size > a->left) {
		if (!grow(a, size))
			return NULL;
		at = (uintptr_t)a->next;
		pad = 0;
	}
	a->next += pad + size;
	a->left -= pad + size;
	return (void *)at;
}

char *gsb__arena_room(gsb__arena *a, size_t size)
{
	if (size > a->left && !grow(a, size))
		return NULL;
	return a->next;
}

void gsb__arena_take(gsb__arena *a, char *room, size_t used)
{
	a->left -= (size_t)(room + used - a->next);
	a->next = room + used;
}

const char *gsb__arena_strdup(gsb__arena *a, const char *s)
{
	if (s == NULL)
		return NULL;
	size_t n = strlen(s) + 1;
	char *p = gsb__arena_alloc(a, n);
	if (p)
		memcpy(p, s, n);
	return p;
}

const char *gsb__arena_printf(gsb__arena *a, const char *fmt, ...)
{
	char small[256];
	va_list ap, ap2;
	va_start(ap, fmt);
	va_copy(ap2, ap);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	char *p = NULL;
	if (n >= 0 && (p = gsb__arena_alloc(a, (size_t)n + 1)) != NULL) {
		if ((size_t)n < sizeof small)
			memcpy(p, small, (size_t)n + 1);
		else
			vsnprintf(p, (size_t)n + 1, fmt, ap2);
	}
	va_end(ap2);
	return p ? p : "";
}

char *gsb__strdup(const char *s)
{
	return s ? strdup(s) : NULL;
}

static const uint64_t ascii_high = UINT64_C(0x8080808080808080);

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* Whether the eight bytes at s start with two three-byte sequences led by
 * E1..EC or EE..EF (so neither overlong nor a surrogate): the bulk of CJK. */
static inline bool two_plain_threes(const unsigned char *s)
{
	static const bool plain[16] = { [1] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, [14] = 1, 1 };
	uint64_t w;
	memcpy(&w, s, 8);
	return (w & UINT64_C(0xC0C0F0C0C0F0)) == UINT64_C(0x8080E08080E0) && plain[w & 0xF] &&
	       plain[(w >> 24) & 0xF];
}
#else
static inline bool two_plain_threes(const unsigned char *s)
{
	(void)s;
	return false;
}
#endif

/* gsb__utf8_valid from s, a byte that is not ASCII or follows one: where
 * the first ill-formed sequence starts, end when there is none. */
static const unsigned char *utf8_bad_from(const unsigned char *s, const unsigned char *end)
{
	while (s < end) {
		unsigned c = *s;
		size_t left = (size_t)(end - s);
		if (c < 0x80) {
			uint64_t w;
			for (s++; (size_t)(end - s) >= 8 && (memcpy(&w, s, 8), (w & ascii_high) == 0);)
				s += 8;
			continue;
		}
		if (left >= 8 && two_plain_threes(s)) {
			do
				s += 6;
			while ((size_t)(end - s) >= 8 && two_plain_threes(s));
			continue;
		}
		if (c - 0xE1u <= 0xECu - 0xE1u) { /* E1..EC 80..BF 80..BF */
			if (left < 3 || ((s[1] ^ 0x80u) | (s[2] ^ 0x80u)) >= 0x40)
				return s;
			s += 3;
		} else if (c < 0xE0) { /* C2..DF 80..BF */
			if (c < 0xC2 || left < 2 || (s[1] & 0xC0) != 0x80)
				return s;
			s += 2;
		} else if (c < 0xF0) { /* E0 A0..BF, ED 80..9F, EE..EF 80..BF; then 80..BF */
			if (left < 3)
				return s;
			unsigned b = s[1], lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
			if (b < lo || b > hi || (s[2] & 0xC0) != 0x80)
				return s;
			s += 3;
		} else { /* F0 90..BF, F1..F3 80..BF, F4 80..8F; then 80..BF 80..BF */
			if (c > 0xF4 || left < 4)
				return s;
			unsigned b = s[1], lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
			if (b < lo || b > hi || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
				return s;
			s += 4;
		}
	}
	return end;
}

static bool utf8_valid_from(const unsigned char *s, const unsigned char *end)
{
	return utf8_bad_from(s, end) == end;
}

size_t gsb__utf8_valid_len(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str, *end = s + len;
	uint64_t w;
	while ((size_t)(end - s) >= 8 && (memcpy(&w, s, 8), (w & ascii_high) == 0))
		s += 8;
	return (size_t)(utf8_bad_from(s, end) - (const unsigned char *)str);
}

/* The length of the ill-formed sequence at s (at least 1): its lead byte
 * and the continuation bytes that a well-formed sequence could have had
 * (Unicode's "maximal subpart"), so that each is one U+FFFD. */
size_t gsb__utf8_bad_len(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned c = s[0];
	size_t want = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 1;
	size_t n = 1;
	while (n < want && n < len) {
		unsigned b = s[n], lo = 0x80, hi = 0xBF;
		if (n == 1) {
			lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
			hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
		}
		if (b < lo || b > hi)
			break;
		n++;
	}
	return n;
}

char *gsb__utf8_fix(char *out, size_t size, const char *in)
{
	if (size == 0)
		return out;
	size_t len = strlen(in), o = 0;
	while (len > 0) {
		size_t good = gsb__utf8_valid_len(in, len);
		size_t take = good;
		if (o + take >= size) { /* what fits, not cutting a sequence */
			take = size - 1 - o;
			while (take > 0 && ((unsigned char)in[take] & 0xC0) == 0x80)
				take--;
		}
		memcpy(out + o, in, take);
		o += take;
		if (take < good || good == len || o + 3 >= size)
			break;
		size_t bad = gsb__utf8_bad_len(in + good, len - good);
		memcpy(out + o, "\xEF\xBF\xBD", 3); /* U+FFFD */
		o += 3;
		in += good + bad;
		len -= good + bad;
	}
	out[o] = '\0';
	return out;
}

/* Well-formed UTF-8 (no overlongs, no surrogates, at most U+10FFFF): the
 * byte ranges of the Unicode Standard, table 3-7. ASCII goes eight bytes at
 * a time, runs of three-byte sequences (most of the BMP, CJK among them) two
 * at a time. */
bool gsb__utf8_valid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str, *end = s + len;
	uint64_t w;
	if (len < 8) {
		for (; s < end; s++)
			if (*s >= 0x80)
				return utf8_valid_from(s, end);
		return true;
	}
	for (; (size_t)(end - s) >= 8; s += 8) {
		memcpy(&w, s, 8);
		if (w & ascii_high)
			return utf8_valid_from(s, end);
	}
	/* fewer than eight left: the last eight bytes cover them */
	memcpy(&w, end - 8, 8);
	return (w & ascii_high) == 0 || utf8_valid_from(s, end);
}

bool gsb__text_valid(const char *str, size_t len)
{
	if (!gsb__utf8_valid(str, len))
		return false;
	/* valid UTF-8: 0xC2 and 0xEF are lead bytes only, so the patterns of
	 * C1 controls (C2 80..9F) and U+FFFE/U+FFFF (EF BF BE/BF) are exact */
	const unsigned char *s = (const unsigned char *)str, *end = s + len;
	for (; s < end; s++) {
		unsigned b = *s;
		if (b >= 0x20 && b != 0x7F && b != 0xC2 && b != 0xEF)
			continue;
		if (b < 0x20 ? b != '\t' && b != '\n' && b != '\r' : b == 0x7F)
			return false;
		if (b == 0xC2 && s[1] <= 0x9F)
			return false;
		if (b == 0xEF && s[1] == 0xBF && s[2] >= 0xBE)
			return false;
	}
	return true;
}
