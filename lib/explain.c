/*
 * libgeshibai — the reasons of a decision (docs/rules.md §3–§7): each step's
 * result explained in Chinese and English, formatted into the decision's
 * arena only in the languages the decision explains (gsb__explain and
 * gsb__reason in internal.h), with references to the parameters a
 * parameters document set.
 */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

/* Append the decimal digits of v. */
static size_t put_int(char *out, long long v)
{
	char rev[24];
	size_t n = 0, o = 0;
	unsigned long long u = v < 0 ? -(unsigned long long)v : (unsigned long long)v;
	do {
		rev[n++] = (char)('0' + (int)(u % 10));
		u /= 10;
	} while (u);
	if (v < 0)
		out[o++] = '-';
	while (n)
		out[o++] = rev[--n];
	return o;
}

/*
 * The reasons' own printf: %s, %d, %lld, %zu and %%, into out (cap bytes);
 * pct is the first '%' of fmt. glibc's vsnprintf costs more than the rest of a decision. Returns the
 * length, or -1 for anything else or more than cap bytes (the caller then
 * uses vsnprintf).
 */
static long reason_format(char *out, size_t cap, const char *fmt, const char *pct, va_list *ap)
{
	size_t o = 0;
	for (const char *f = fmt;;) {
		/* the literal up to pct (leaving room for a number or the NUL),
		 * then the conversion at pct */
		size_t n = (size_t)(pct - f);
		if (o + n + 24 > cap)
			return -1;
		memcpy(out + o, f, n);
		o += n;
		if (*pct == '\0')
			break;
		f = pct + 1;
		const char *s;
		switch (*f++) {
		case '%':
			out[o++] = '%';
			break;
		case 's':
			s = va_arg(*ap, const char *);
			s = s ? s : "(null)";
			n = strlen(s);
			if (o + n + 24 > cap)
				return -1;
			memcpy(out + o, s, n);
			o += n;
			break;
		case 'd':
			o += put_int(out + o, va_arg(*ap, int));
			break;
		case 'l':
			if (f[0] != 'l' || f[1] != 'd')
				return -1;
			o += put_int(out + o, va_arg(*ap, long long));
			f += 2;
			break;
		case 'z': {
			if (f[0] != 'u')
				return -1;
			size_t z = va_arg(*ap, size_t);
			if (z > (size_t)LLONG_MAX)
				return -1;
			o += put_int(out + o, (long long)z);
			f += 1;
			break;
		}
		default:
			return -1;
		}
		/* the next conversion, or the end */
		pct = *f ? strchr(f, '%') : f;
		if (pct == NULL)
			pct = f + strlen(f);
	}
	out[o] = '\0';
	return (long)o;
}

/* fmt formatted into the arena; pct is its first '%'. */
static const char *arena_vprintf(gsb__arena *a, const char *fmt, const char *pct, va_list ap)
{
	enum { ROOM = 512 };
	va_list ap2;
	/* usually: straight into the arena's free space */
	char *room = gsb__arena_room(a, ROOM);
	if (room != NULL) {
		va_copy(ap2, ap);
		long n = reason_format(room, ROOM, fmt, pct, &ap2);
		va_end(ap2);
		if (n >= 0) {
			gsb__arena_take(a, room, (size_t)n + 1);
			return room;
		}
	}
	va_copy(ap2, ap);
	int m = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	char *p = m < 0 ? NULL : gsb__arena_alloc(a, (size_t)m + 1);
	if (p == NULL)
		return "";
	va_copy(ap2, ap);
	vsnprintf(p, (size_t)m + 1, fmt, ap2);
	va_end(ap2);
	return p;
}

/* One language's reason: "" when d does not explain in lang; a format
 * without conversions is a literal that outlives the decision. */
static const char *explain_one(gsb_decision *d, gsb_lang lang, const char *fmt, va_list ap)
{
	if (!(d->reasons & (1u << lang)))
		return "";
	const char *pct = strchr(fmt, '%');
	return pct ? arena_vprintf(&d->arena, fmt, pct, ap) : fmt;
}

void gsb__explain_fmt(gsb_decision *d, gsb__explained *e, gsb_tri result, const char *zh,
                      const char *en, ...)
{
	e->result = result;
	if (!d->reasons) {
		gsb__explain_bare(e, result);
		return;
	}
	/* both formats take the same arguments: each starts from the first */
	va_list ap;
	va_start(ap, en);
	e->reason[GSB_LANG_ZH] = explain_one(d, GSB_LANG_ZH, zh, ap);
	e->reason[GSB_LANG_EN] = explain_one(d, GSB_LANG_EN, en, ap);
	va_end(ap);
}

void gsb__cite_params(gsb_decision *d, gsb__explained *e, const gsb_policy *p,
                      const int *params, size_t n)
{
	if (!d->reasons)
		return;
	char refs[512] = "";
	size_t len = 0;
	for (size_t i = 0; i < n; i++) {
		const char *ref = gsb__param_reference(p, (gsb__param)params[i], d->as_of);
		if (ref == NULL || ref[0] == '\0')
			continue;
		bool seen = false; /* each reference once */
		for (size_t j = 0; j < i && !seen; j++) {
			const char *r = gsb__param_reference(p, (gsb__param)params[j], d->as_of);
			seen = r != NULL && strcmp(r, ref) == 0;
		}
		if (seen || len + strlen(ref) + 4 >= sizeof refs)
			continue;
		len += (size_t)snprintf(refs + len, sizeof refs - len, "%s%s", len ? "、" : "", ref);
	}
	if (len == 0)
		return;
	static const char *const form[2] = { [GSB_LANG_ZH] = "%s（依据 %s）",
		                             [GSB_LANG_EN] = "%s (per %s)" };
	for (int l = 0; l < 2; l++) {
		if (!(d->reasons & (1u << l)))
			continue;
		const char *r = gsb__arena_printf(&d->arena, form[l], e->reason[l], refs);
		if (r)
			e->reason[l] = r;
	}
}

/* One language's reason from its own format and arguments: a caller whose
 * two languages need different arguments (a word, a label) sets the result
 * with gsb__explain_bare() and then each language with this. */
void gsb__reason(gsb_decision *d, gsb__explained *e, gsb_lang lang, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	e->reason[lang] = explain_one(d, lang, fmt, ap);
	va_end(ap);
}
