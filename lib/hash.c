/*
 * libgeshibai — open-addressing string hash (linear probing, power-of-two
 * table, load at most 1/2) for the linear-time audit of 5.4 (docs/rules.md §8).
 */
#include <stdlib.h>
#include <string.h>
#include "error_int.h"
#include "application_int.h"
#include "hash.h"

void gsb__pool_init(gsb__pool *p)
{
	p->bytes = NULL;
	p->len = p->cap = 0;
}

void gsb__pool_release(gsb__pool *p)
{
	free(p->bytes);
	gsb__pool_init(p);
}

int gsb__pool_add(gsb__pool *p, const char *s, size_t len, uint32_t *off)
{
	if (len >= UINT32_MAX || p->len > UINT32_MAX - len - 1)
		return gsb__error(GSB_ENOMEM, "string pool full (4 GiB)");
	if (p->len + len + 1 > p->cap) {
		size_t want = p->cap ? p->cap : 4096;
		while (want < p->len + len + 1)
			want *= 2;
		char *b = realloc(p->bytes, want);
		if (b == NULL)
			return gsb__error(GSB_ENOMEM, "out of memory");
		p->bytes = b;
		p->cap = want;
	}
	memcpy(p->bytes + p->len, s, len);
	p->bytes[p->len + len] = '\0';
	*off = (uint32_t)p->len;
	p->len += len + 1;
	return GSB_OK;
}

/* FNV-1a, 32 bits, with a final avalanche (murmur3 fmix32). */
static uint32_t hash_bytes(const char *s, size_t len)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	h ^= h >> 16;
	h *= 0x85ebca6bu;
	h ^= h >> 13;
	h *= 0xc2b2ae35u;
	h ^= h >> 16;
	return h;
}

void gsb__hash_init(gsb__hash *h)
{
	memset(h, 0, sizeof *h);
	gsb__pool_init(&h->keys);
}

void gsb__hash_release(gsb__hash *h)
{
	gsb__pool_release(&h->keys);
	free(h->offs);
	free(h->slots);
	gsb__hash_init(h);
}

static int64_t probe(const gsb__hash *h, const char *key, size_t len, uint32_t hv, size_t *slot)
{
	size_t i = hv & h->mask;
	for (;;) {
		const gsb__hash_slot *s = &h->slots[i];
		if (s->index == 0) {
			*slot = i;
			return -1;
		}
		if (s->hash == hv) {
			const char *k = h->keys.bytes + h->offs[s->index - 1];
			if (memcmp(k, key, len) == 0 && k[len] == '\0')
				return s->index - 1;
		}
		i = (i + 1) & h->mask;
	}
}

static int rehash(gsb__hash *h)
{
	size_t size = h->slots ? (h->mask + 1) * 2 : 64;
	gsb__hash_slot *slots = calloc(size, sizeof *slots);
	if (slots == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	for (size_t k = 0; h->slots && k <= h->mask; k++) {
		gsb__hash_slot s = h->slots[k];
		if (s.index == 0)
			continue;
		size_t i = s.hash & (size - 1);
		while (slots[i].index != 0)
			i = (i + 1) & (size - 1);
		slots[i] = s;
	}
	free(h->slots);
	h->slots = slots;
	h->mask = size - 1;
	return GSB_OK;
}

int gsb__hash_intern(gsb__hash *h, const char *key, size_t len, uint32_t *index, bool *is_new)
{
	int rc;
	if (h->slots == NULL || (h->n + 1) * 2 > h->mask + 1)
		if ((rc = rehash(h)) != GSB_OK)
			return rc;
	uint32_t hv = hash_bytes(key, len);
	size_t slot;
	int64_t found = probe(h, key, len, hv, &slot);
	if (found >= 0) {
		*index = (uint32_t)found;
		if (is_new)
			*is_new = false;
		return GSB_OK;
	}
	if (h->n >= UINT32_MAX - 1)
		return gsb__error(GSB_ENOMEM, "too many distinct keys");
	if ((rc = gsb__grow((void **)&h->offs, &h->offs_cap, h->n, sizeof *h->offs)) != GSB_OK)
		return rc;
	if ((rc = gsb__pool_add(&h->keys, key, len, &h->offs[h->n])) != GSB_OK)
		return rc;
	h->slots[slot] = (gsb__hash_slot){ (uint32_t)h->n + 1, hv };
	*index = (uint32_t)h->n++;
	if (is_new)
		*is_new = true;
	return GSB_OK;
}

int64_t gsb__hash_find(const gsb__hash *h, const char *key, size_t len)
{
	if (h->slots == NULL)
		return -1;
	size_t slot;
	return probe(h, key, len, hash_bytes(key, len), &slot);
}
