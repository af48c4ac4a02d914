/*
 * libgeshibai — raising errors (error.c) and messages in two languages
 * (bilingual.c, messages_zh.c, nearest.c).
 * Private: nothing here is part of the ABI (lib/libgeshibai.sym).
 */
#ifndef GSB_ERROR_INT_H
#define GSB_ERROR_INT_H

#include "base.h"

/* Set the calling thread's error and return code (error.c). */
int gsb__error(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The same with the place in an input document; any of file/element/app may be NULL. */
int gsb__error_at(int code, const char *file, long line, const char *element,
                  const char *application, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
/* Messages in two languages (bilingual.c): "English" GSB__ZH "中文", with the
 * same arguments (by position, %1$s, when the order differs). */
#define GSB__ZH "\x1f"
void gsb__bi_vformat(char *en, size_t en_size, char *zh, size_t zh_size, const char *fmt,
                     va_list ap);
/* Format both halves into out as "en\x1fzh" (just "en" when they are the same),
 * to pass on through "%s" to gsb__error and friends. */
void gsb__bi_vjoin(char *out, size_t size, const char *fmt, va_list ap);
void gsb__bi_format(char *out, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* " (did you mean BEST?)" in both languages, or "" when BEST is NULL (nearest.c). */
void gsb__did_you_mean(char *out, size_t size, const char *best);
/* One language's half of a two-language string, copied into buf. */
const char *gsb__bi_half(const char *s, gsb_lang lang, char *buf, size_t size);
/* The Chinese of an English-only error format, or of an English word such a
 * format takes as argument; NULL when there is none (messages_zh.c). */
const char *gsb__message_zh(const char *english);
const char *gsb__word_zh(const char *english);
size_t gsb__message_zh_count(void);
const char *gsb__message_zh_entry(size_t i, gsb_lang lang);
/* Edit distance over code points (nearest.c); INT32_MAX for names over 64 code points. */
int gsb__edit_distance(const char *a, const char *b);
/* An error's message in both languages, "en\x1fzh", to raise it again with "%s". */
void gsb__error_text(const gsb_error *e, char *out, size_t size);
/* The same of the thread's last error, in a thread-local buffer. */
const char *gsb__error_both(void);
/* Keep the current error but fill in a file / application not yet known. */
void gsb__error_locate(const char *file, const char *application);
/* GSB_EINVAL "NAME: NULL argument" when p is NULL. */
#define GSB__CHECK_ARG(p)                                                        \
	do {                                                                     \
		if ((p) == NULL)                                                 \
			return gsb__error(GSB_EINVAL, "%1$s: %2$s is NULL" GSB__ZH "%1$s：参数 %2$s 为空", __func__, #p); \
	} while (0)

#endif
