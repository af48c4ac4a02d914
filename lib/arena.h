/*
 * libgeshibai — the arena (arena.c), a chunked bump allocator.
 * Private: nothing here is part of the ABI (lib/libgeshibai.sym).
 */
#ifndef GSB_ARENA_H
#define GSB_ARENA_H

#include "base.h"

/* A chunked bump allocator: everything a decision owns is freed at once. */
typedef struct gsb__arena_chunk gsb__arena_chunk;
typedef struct {
	gsb__arena_chunk *head;
	char *next;
	size_t left;
	char first[1024]; /* most decisions never allocate */
} gsb__arena;
void gsb__arena_init(gsb__arena *a);
void gsb__arena_release(gsb__arena *a);
/* Forget everything allocated but keep the largest chunk for reuse. */
void gsb__arena_reset(gsb__arena *a);
void *gsb__arena_alloc(gsb__arena *a, size_t size);
/* Free space of at least size bytes at the end of the arena (not aligned),
 * to write into before gsb__arena_take(a, room, used) keeps used bytes of it;
 * NULL when out of memory. */
char *gsb__arena_room(gsb__arena *a, size_t size);
void gsb__arena_take(gsb__arena *a, char *room, size_t used);
const char *gsb__arena_strdup(gsb__arena *a, const char *s);
const char *gsb__arena_printf(gsb__arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
