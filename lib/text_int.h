/*
 * libgeshibai — strings: UTF-8 checks and repair (arena.c, text.c) and
 * the normalisation of names (text.c, taxonomy.c).
 * Private: nothing here is part of the ABI (lib/libgeshibai.sym).
 */
#ifndef GSB_TEXT_INT_H
#define GSB_TEXT_INT_H

#include "base.h"

char *gsb__strdup(const char *s);            /* NULL on NULL or no memory */
bool gsb__utf8_valid(const char *s, size_t len);
/* Text the library may store and write again: valid UTF-8 made only of
 * characters XML 1.0 can carry that are no terminal controls — no C0
 * control but TAB, LF and CR, no DEL, no C1 control (U+0080..U+009F, CSI
 * among them), no U+FFFE / U+FFFF. Every string setter checks this
 * (GSB_EINVAL), so no writer emits ill-formed XML or a terminal escape. */
bool gsb__text_valid(const char *s, size_t len);
/* The length of the longest well-formed UTF-8 prefix of str[0..len). */
size_t gsb__utf8_valid_len(const char *str, size_t len);
/* The length (1..4) of the ill-formed sequence at str (len > 0): each such
 * is one U+FFFD. */
size_t gsb__utf8_bad_len(const char *str, size_t len);
/* Copy the string in into out (size bytes, NUL-terminated, cut at a
 * character), each ill-formed UTF-8 sequence written as U+FFFD. Returns out. */
char *gsb__utf8_fix(char *out, size_t size, const char *in);

/* taxonomy.c: the normalisation of docs/rules.md §1 (ICU, text.c). The caller
 * frees *out with free(). lower: fold case (for codes and English names). */
int gsb__text_normalise(char **out, const char *utf8, bool lower);
/* taxonomy.c, for the tests: the i-th normalised industry key and its
 * industry, NULL past the last. */
const char *gsb__industry_key(size_t i, gsb_industry *industry);

#endif
