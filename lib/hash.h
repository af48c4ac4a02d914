/*
 * libgeshibai — a small open-addressing hash of strings (private).
 *
 * The funding-misuse audit (5.4, docs/rules.md §8: "linear in the ledger size
 * (hashing, not pairwise comparison)") interns parties, budget categories
 * and invoice numbers here. Each distinct key gets a dense index 0, 1, 2, ...
 * in order of first insertion; callers keep their data in arrays by index.
 * Keys are copied into one pool, so memory is about 20 bytes per key plus
 * the key itself.
 */
#ifndef GSB_HASH_H
#define GSB_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* A growable byte pool addressed by 32-bit offsets. */
typedef struct {
	char *bytes;
	size_t len, cap;
} gsb__pool;

void gsb__pool_init(gsb__pool *p);
void gsb__pool_release(gsb__pool *p);
/* Append s[0..len) and a NUL; *off receives its offset. GSB_ENOMEM when full. */
int gsb__pool_add(gsb__pool *p, const char *s, size_t len, uint32_t *off);
static inline const char *gsb__pool_str(const gsb__pool *p, uint32_t off)
{
	return p->bytes + off;
}

/* A slot holds the key's hash beside its index, so that a probe touches the
 * key itself only when the hashes agree (one cache miss per lookup). */
typedef struct {
	uint32_t index; /* index + 1; 0: empty */
	uint32_t hash;
} gsb__hash_slot;

typedef struct gsb__hash {
	gsb__pool keys;
	uint32_t *offs;           /* key offset in the pool, by index */
	size_t n, offs_cap;
	gsb__hash_slot *slots;
	size_t mask;              /* slots - 1 (a power of two minus one) */
} gsb__hash;

void gsb__hash_init(gsb__hash *h);
void gsb__hash_release(gsb__hash *h);
/*
 * The index of key[0..len), inserting it when new (*is_new says which;
 * may be NULL). GSB_ENOMEM on failure.
 */
int gsb__hash_intern(gsb__hash *h, const char *key, size_t len, uint32_t *index, bool *is_new);
/* The index of key, or -1 when absent. */
int64_t gsb__hash_find(const gsb__hash *h, const char *key, size_t len);
static inline const char *gsb__hash_key(const gsb__hash *h, uint32_t index)
{
	return gsb__pool_str(&h->keys, h->offs[index]);
}
static inline size_t gsb__hash_count(const gsb__hash *h)
{
	return h->n;
}

#endif
