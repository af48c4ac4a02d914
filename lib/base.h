/*
 * libgeshibai — what every file of the library uses: the public API,
 * GSB_ARRAY_LEN and the three-valued operators.
 * Private: nothing here is part of the ABI (lib/libgeshibai.sym).
 */
#ifndef GSB_BASE_H
#define GSB_BASE_H

#include <stdarg.h>
#include <stdbool.h>
#include "geshibai.h"

#define GSB_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Three-valued logic: FALSE < UNKNOWN < TRUE. */
static inline gsb_tri gsb__and(gsb_tri a, gsb_tri b) { return a < b ? a : b; }
static inline gsb_tri gsb__or(gsb_tri a, gsb_tri b) { return a > b ? a : b; }
static inline gsb_tri gsb__not(gsb_tri a) { return (gsb_tri)(GSB_TRUE - a); }
static inline gsb_tri gsb__tri(bool b) { return b ? GSB_TRUE : GSB_FALSE; }

#endif
