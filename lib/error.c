/* libgeshibai — the per-thread last error (no global mutable state). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "error_int.h"
#include "text_int.h"

typedef struct {
	gsb_error pub;
	char message[1024];
	char message_zh[1024];
	char file[256];
	char element[256];
	char application[128];
} gsb__error_slot;

static _Thread_local gsb__error_slot slot = {
	.pub = { .code = GSB_OK, .message = "", .message_zh = "" }
};

/* A copy, as given: a file name need not be UTF-8, and the caller may want
 * its bytes (the report writers write each ill-formed sequence as U+FFFD). */
static const char *keep(char *buf, size_t size, const char *s)
{
	if (s == NULL)
		return NULL;
	snprintf(buf, size, "%s", s);
	return buf;
}

static int set_v(int code, const char *file, long line, const char *element,
                 const char *application, const char *fmt, va_list ap)
{
	/* the arguments may point into the slot itself: copy before writing */
	char file_tmp[256], element_tmp[256], app_tmp[128];
	const char *f = keep(file_tmp, sizeof file_tmp, file);
	const char *e = keep(element_tmp, sizeof element_tmp, element);
	const char *a = keep(app_tmp, sizeof app_tmp, application);
	char msg[1024], msg_zh[1024];
	gsb__bi_vformat(msg, sizeof msg, msg_zh, sizeof msg_zh, fmt, ap);
	/* a message is UTF-8 text */
	gsb__utf8_fix(slot.message, sizeof slot.message, msg);
	gsb__utf8_fix(slot.message_zh, sizeof slot.message_zh, msg_zh);
	slot.pub.code = code;
	slot.pub.message = slot.message;
	slot.pub.message_zh = slot.message_zh;
	slot.pub.line = line;
	slot.pub.file = keep(slot.file, sizeof slot.file, f);
	slot.pub.element = keep(slot.element, sizeof slot.element, e);
	slot.pub.application = keep(slot.application, sizeof slot.application, a);
	return code;
}

int gsb__error(int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	set_v(code, NULL, 0, NULL, NULL, fmt, ap);
	va_end(ap);
	return code;
}

int gsb__error_at(int code, const char *file, long line, const char *element,
                  const char *application, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	set_v(code, file, line, element, application, fmt, ap);
	va_end(ap);
	return code;
}

void gsb__error_locate(const char *file, const char *application)
{
	if (file != NULL && slot.pub.file == NULL)
		slot.pub.file = keep(slot.file, sizeof slot.file, file);
	if (application != NULL && slot.pub.application == NULL)
		slot.pub.application = keep(slot.application, sizeof slot.application, application);
}

void gsb__error_text(const gsb_error *e, char *out, size_t size)
{
	const char *en = e->message ? e->message : "";
	const char *zh = e->message_zh ? e->message_zh : "";
	if (zh[0] == '\0' || strcmp(en, zh) == 0)
		snprintf(out, size, "%s", en);
	else
		snprintf(out, size, "%s\x1f%s", en, zh);
}

const char *gsb__error_both(void)
{
	static _Thread_local char both[2048];
	gsb__error_text(&slot.pub, both, sizeof both);
	return both;
}

const gsb_error *gsb_error_last(void)
{
	return &slot.pub;
}

void gsb_error_clear(void)
{
	memset(&slot.pub, 0, sizeof slot.pub);
	slot.pub.message = "";
	slot.pub.message_zh = "";
}

const char *gsb_error_message(const gsb_error *error, gsb_lang lang)
{
	if (error == NULL)
		return "";
	if (lang == GSB_LANG_ZH && error->message_zh != NULL && error->message_zh[0] != '\0')
		return error->message_zh;
	return error->message ? error->message : "";
}

void gsb_free(void *ptr)
{
	free(ptr);
}

const char *gsb_version(void)
{
	return GSB_VERSION_STRING;
}
