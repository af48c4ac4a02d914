/* libgeshibai — exact money (integer fen) and exact decimals. No floats. */
#include <string.h>
#include "error_int.h"
#include "money_int.h"

int64_t gsb__pow10(int n)
{
	static const int64_t p[19] = { 1LL, 10LL, 100LL, 1000LL, 10000LL, 100000LL, 1000000LL,
		10000000LL, 100000000LL, 1000000000LL, 10000000000LL, 100000000000LL,
		1000000000000LL, 10000000000000LL, 100000000000000LL, 1000000000000000LL,
		10000000000000000LL, 100000000000000000LL, 1000000000000000000LL };
	return n >= 0 && n <= 18 ? p[n] : 0;
}

/*
 * Parse [-]digits[.digits] into mant / 10^scale with at most max_scale
 * decimals. Overflow is detected in 128 bits, never wrapped.
 */
int gsb__dec_parse(gsb__dec *out, const char *text, int max_scale)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(text);
	const char *s = text;
	bool neg = false;
	if (*s == '-') {
		neg = true;
		s++;
	}
	__int128 v = 0;
	int scale = 0, ndigits = 0;
	bool dot = false;
	for (; *s; s++) {
		if (*s == '.' && !dot) {
			dot = true;
			if (ndigits == 0)
				break;
			continue;
		}
		if (*s < '0' || *s > '9')
			break;
		v = v * 10 + (*s - '0');
		ndigits++;
		if (dot)
			scale++;
		if (v > INT64_MAX)
			return gsb__error(GSB_EOVERFLOW, "number '%1$.40s' is too large" GSB__ZH "数字“%1$.40s”过大", text);
	}
	if (*s != '\0' || ndigits == 0 || (dot && s[-1] == '.'))
		return gsb__error(GSB_EINVAL, "malformed decimal '%1$.40s' (write e.g. 4.35)"
		                  GSB__ZH "数字“%1$.40s”写法不对（应写十进制数，例如 4.35）", text);
	if (scale > max_scale)
		return gsb__error(GSB_EINVAL, "'%1$.40s' has more than %2$d decimals"
		                  GSB__ZH "“%1$.40s”的小数超过 %2$d 位", text, max_scale);
	out->mant = neg ? -(int64_t)v : (int64_t)v;
	out->scale = scale;
	return GSB_OK;
}

/* [-]digits[.digits]: exactly scale (0..18) decimals, written right to left
 * without printf (reports format thousands of amounts). */
char *gsb__dec_format(gsb__dec d, char buf[24])
{
	uint64_t m = d.mant < 0 ? -(uint64_t)d.mant : (uint64_t)d.mant;
	char tmp[24], *end = tmp + sizeof tmp, *p = end;
	for (int i = 0; i < d.scale; i++, m /= 10)
		*--p = (char)('0' + m % 10);
	if (d.scale > 0)
		*--p = '.';
	do
		*--p = (char)('0' + m % 10);
	while ((m /= 10) != 0);
	if (d.mant < 0)
		*--p = '-';
	memcpy(buf, p, (size_t)(end - p));
	buf[end - p] = '\0';
	return buf;
}

int gsb__dec_cmp(gsb__dec a, gsb__dec b)
{
	__int128 x = (__int128)a.mant * gsb__pow10(b.scale);
	__int128 y = (__int128)b.mant * gsb__pow10(a.scale);
	return (x > y) - (x < y);
}

int gsb_fen_parse(gsb_fen *out, const char *yuan)
{
	gsb__dec d;
	int rc;
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(yuan);
	if ((rc = gsb__dec_parse(&d, yuan, 2)) != GSB_OK) {
		if (rc == GSB_EINVAL && strchr(yuan, '.') && strlen(strchr(yuan, '.')) > 3)
			return gsb__error(GSB_EINVAL, "amount '%1$.40s' has more than two decimals (fen)"
			                  GSB__ZH "金额“%1$.40s”超过两位小数（最小到分）", yuan);
		return rc == GSB_EOVERFLOW
			? gsb__error(GSB_EOVERFLOW, "amount '%1$.40s' does not fit in 64-bit fen"
			             GSB__ZH "金额“%1$.40s”过大，无法计算", yuan)
			: gsb__error(GSB_EINVAL, "malformed amount '%1$.40s': write yuan with at most two "
			             "decimals and no separators, e.g. 12000000.00"
			             GSB__ZH "金额“%1$.40s”写法不对：以元为单位，最多两位小数，不加千位分隔符，"
			             "例如 12000000.00", yuan);
	}
	__int128 fen = (__int128)d.mant * gsb__pow10(2 - d.scale);
	if (fen > INT64_MAX || fen < INT64_MIN)
		return gsb__error(GSB_EOVERFLOW, "amount '%1$.40s' does not fit in 64-bit fen"
		                  GSB__ZH "金额“%1$.40s”过大，无法计算", yuan);
	*out = (gsb_fen)fen;
	return GSB_OK;
}

char *gsb_fen_format(gsb_fen fen, char buf[24])
{
	if (buf == NULL)
		return NULL;
	gsb__dec d = { fen, 2 };
	return gsb__dec_format(d, buf);
}

char *gsb__fen_grouped(gsb_fen fen, char buf[32])
{
	char plain[24];
	gsb_fen_format(fen, plain);
	const char *digits = plain[0] == '-' ? plain + 1 : plain;
	size_t whole = strcspn(digits, ".");
	char *o = buf;
	if (plain[0] == '-')
		*o++ = '-';
	for (size_t i = 0; i < whole; i++) {
		if (i > 0 && (whole - i) % 3 == 0)
			*o++ = ',';
		*o++ = digits[i];
	}
	strcpy(o, digits + whole);
	return buf;
}

char *gsb__fen_scaled(gsb_fen fen, gsb_fen unit, char buf[32])
{
	if (unit <= 0)
		unit = 100;
	/* hundredths of the unit, rounded half away from zero */
	__int128 x = (__int128)fen * 100, half = unit / 2;
	x = x >= 0 ? (x + half) / unit : -((-x + half) / unit);
	return gsb__fen_grouped((gsb_fen)x, buf);
}
