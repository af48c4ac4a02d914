/* libgeshibai — a chunked bump allocator and small string helpers. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

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

/* Well-formed UTF-8 (no overlongs, no surrogates, at most U+10FFFF). */
bool gsb__utf8_valid(const char *str, size_t len)
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
