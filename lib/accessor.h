/*
 * libgeshibai — the accessors of the library's read-only objects (decision,
 * programme, audit, what-if comparison): each gives one field, or a fixed value when the
 * object is NULL or the index out of range, and cannot fail (docs/api.md
 * "Conventions"). The function's full name is written where it is defined,
 * so that a search for it finds the line.
 */
#ifndef GSB_ACCESSOR_H
#define GSB_ACCESSOR_H

#include <stddef.h>

/* T NAME(const O *o): o->FIELD, or NONE when o is NULL. */
#define GSB__GET(T, NAME, O, FIELD, NONE) \
	T NAME(const O *o)                \
	{                                 \
		return o ? o->FIELD : (NONE); \
	}

/* T NAME(const O *o, size_t i): o->ITEM (an expression of i) for i below
 * COUNT (an expression of o), or NONE when o is NULL or i is not. */
#define GSB__GET_AT(T, NAME, O, COUNT, ITEM, NONE)       \
	T NAME(const O *o, size_t i)                     \
	{                                                \
		return o && i < (COUNT) ? o->ITEM : (NONE); \
	}

#endif
