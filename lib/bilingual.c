/*
 * libgeshibai — messages in two languages from one format.
 *
 * A message format holds its English text, then GSB__ZH ("\x1f"), then its
 * Chinese text: "malformed date '%1$s'" GSB__ZH "日期“%1$s”写得不对". Both
 * halves use the same arguments, by position (%1$s) when the Chinese needs
 * another order; a format without GSB__ZH is the same in both languages.
 * A string argument that is itself a two-language message ("en\x1fzh") gives
 * each half its own language, so messages can be built in steps.
 * And the language when none is given (gsb_lang_default).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "error_int.h"

enum { MAX_ARGS = 16 };

typedef enum { A_NONE, A_INT, A_LONG, A_LLONG, A_SIZE, A_PTR, A_DOUBLE } arg_type;

typedef struct {
	const char *start; /* at '%' */
	size_t len;        /* through the conversion character */
	int index;         /* 1-based argument, 0 for "%%" */
	arg_type type;
	char conv;
	char spec[32];     /* the spec without "n$", for snprintf */
} spec;

/* Parse the spec at p ('%'); *seq counts non-positional arguments. 0 when
 * the spec is not understood (then it is copied as text). */
static int parse_spec(const char *p, int *seq, spec *s)
{
	const char *q = p + 1;
	memset(s, 0, sizeof *s);
	s->start = p;
	if (*q == '%') {
		s->len = 2;
		s->conv = '%';
		return 1;
	}
	int pos = 0;
	const char *d = q;
	while (*d >= '0' && *d <= '9')
		pos = pos * 10 + (*d++ - '0');
	if (*d == '$' && pos > 0) {
		q = d + 1;
	} else {
		pos = ++*seq;
	}
	size_t o = 0;
	s->spec[o++] = '%';
	while (*q && strchr("-+ #0123456789.", *q) && o < sizeof s->spec - 4)
		s->spec[o++] = *q++;
	arg_type t = A_INT;
	if (q[0] == 'l' && q[1] == 'l') {
		t = A_LLONG;
		s->spec[o++] = *q++;
		s->spec[o++] = *q++;
	} else if (*q == 'l') {
		t = A_LONG;
		s->spec[o++] = *q++;
	} else if (*q == 'z') {
		t = A_SIZE;
		s->spec[o++] = *q++;
	} else if (*q == 'h') {
		s->spec[o++] = *q++;
	}
	if (*q == '\0' || strchr("diuxXcspfge", *q) == NULL)
		return 0;
	s->conv = *q;
	if (*q == 's' || *q == 'p')
		t = A_PTR;
	else if (strchr("fge", *q))
		t = A_DOUBLE;
	s->spec[o++] = *q++;
	s->spec[o] = '\0';
	s->index = pos;
	s->type = t;
	s->len = (size_t)(q - p);
	return pos <= MAX_ARGS;
}

typedef union {
	long long i;
	double d;
	const void *p;
} arg_value;

/* Note the types of a half's arguments. */
static void scan_types(const char *fmt, const char *end, arg_type types[MAX_ARGS + 1])
{
	int seq = 0;
	spec s;
	for (const char *p = fmt; p < end; p++) {
		if (*p != '%' || !parse_spec(p, &seq, &s))
			continue;
		if (s.index > 0 && types[s.index] == A_NONE)
			types[s.index] = s.type;
		p += s.len - 1;
	}
}

/* The half of a two-language string: zh selects the part after GSB__ZH. */
static void half(const char *s, int zh, const char **start, size_t *len)
{
	const char *sep = strchr(s, '\x1f');
	if (sep == NULL) {
		*start = s;
		*len = strlen(s);
	} else if (zh) {
		*start = sep + 1;
		*len = strlen(sep + 1);
	} else {
		*start = s;
		*len = (size_t)(sep - s);
	}
}

static size_t put(char *out, size_t size, size_t o, const char *s, size_t n)
{
	if (o + 1 < size) {
		size_t room = size - 1 - o;
		memcpy(out + o, s, n < room ? n : room);
	}
	return o + n;
}

/* Render one half of fmt (fmt..end) in language zh into out. */
static void render(char *out, size_t size, const char *fmt, const char *end, int zh,
                   const arg_type types[MAX_ARGS + 1], const arg_value vals[MAX_ARGS + 1])
{
	size_t o = 0;
	int seq = 0;
	spec s;
	char buf[1024];
	for (const char *p = fmt; p < end; p++) {
		if (*p != '%' || !parse_spec(p, &seq, &s)) {
			o = put(out, size, o, p, 1);
			continue;
		}
		p += s.len - 1;
		int n = 0;
		if (s.conv == '%') {
			buf[0] = '%';
			n = 1;
		} else if (s.type == A_PTR && s.conv == 's') {
			const char *v = vals[s.index].p ? vals[s.index].p : "(null)";
			const char *w = zh && strchr(v, '\x1f') == NULL ? gsb__word_zh(v) : NULL;
			if (w != NULL)
				v = w;
			const char *h;
			size_t hl;
			half(v, zh, &h, &hl);
			char part[1024];
			snprintf(part, sizeof part, "%.*s", (int)hl, h);
			n = snprintf(buf, sizeof buf, s.spec, part);
		} else {
			switch (types[s.index]) {
			case A_LLONG:
				n = snprintf(buf, sizeof buf, s.spec, vals[s.index].i);
				break;
			case A_LONG:
				n = snprintf(buf, sizeof buf, s.spec, (long)vals[s.index].i);
				break;
			case A_SIZE:
				n = snprintf(buf, sizeof buf, s.spec, (size_t)vals[s.index].i);
				break;
			case A_DOUBLE:
				n = snprintf(buf, sizeof buf, s.spec, vals[s.index].d);
				break;
			case A_PTR:
				n = snprintf(buf, sizeof buf, s.spec, vals[s.index].p);
				break;
			default:
				n = snprintf(buf, sizeof buf, s.spec, (int)vals[s.index].i);
				break;
			}
		}
		if (n > 0)
			o = put(out, size, o, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
	}
	if (size > 0)
		out[o < size ? o : size - 1] = '\0';
}

void gsb__bi_vformat(char *en, size_t en_size, char *zh, size_t zh_size, const char *fmt,
                     va_list ap)
{
	if (fmt == NULL)
		fmt = "";
	const char *sep = strchr(fmt, '\x1f');
	const char *en_end = sep ? sep : fmt + strlen(fmt);
	/* an English-only format: its Chinese from the catalogue (messages_zh.c) */
	const char *zh_fmt = sep ? sep + 1 : gsb__message_zh(fmt);
	if (zh_fmt == NULL)
		zh_fmt = fmt;
	const char *zh_end = zh_fmt + strlen(zh_fmt);
	arg_type types[MAX_ARGS + 1] = { A_NONE };
	arg_value vals[MAX_ARGS + 1];
	memset(vals, 0, sizeof vals);
	scan_types(fmt, en_end, types);
	scan_types(zh_fmt, zh_end, types);
	for (int i = 1; i <= MAX_ARGS && types[i] != A_NONE; i++) {
		switch (types[i]) {
		case A_LLONG: vals[i].i = va_arg(ap, long long); break;
		case A_LONG: vals[i].i = va_arg(ap, long); break;
		case A_SIZE: vals[i].i = (long long)va_arg(ap, size_t); break;
		case A_PTR: vals[i].p = va_arg(ap, const void *); break;
		case A_DOUBLE: vals[i].d = va_arg(ap, double); break;
		default: vals[i].i = va_arg(ap, int); break;
		}
	}
	if (en)
		render(en, en_size, fmt, en_end, 0, types, vals);
	if (zh)
		render(zh, zh_size, zh_fmt, zh_end, 1, types, vals);
}

void gsb__bi_vjoin(char *out, size_t size, const char *fmt, va_list ap)
{
	char en[1024], zh[1024];
	gsb__bi_vformat(en, sizeof en, zh, sizeof zh, fmt, ap);
	if (strcmp(en, zh) == 0)
		snprintf(out, size, "%s", en);
	else
		snprintf(out, size, "%s\x1f%s", en, zh);
}

void gsb__bi_format(char *out, size_t size, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	gsb__bi_vjoin(out, size, fmt, ap);
	va_end(ap);
}

const char *gsb__bi_half(const char *s, gsb_lang lang, char *buf, size_t size)
{
	const char *h;
	size_t n;
	half(s ? s : "", lang == GSB_LANG_ZH, &h, &n);
	snprintf(buf, size, "%.*s", (int)n, h);
	return buf;
}

gsb_lang gsb_lang_default(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);
		if (v != NULL && v[0] != '\0')
			return strncmp(v, "zh", 2) == 0 ? GSB_LANG_ZH : GSB_LANG_EN;
	}
	return GSB_LANG_EN;
}
