/* libgeshibai — calendar dates as day numbers (proleptic Gregorian). */
#include <string.h>
#include <time.h>
#include "error_int.h"
#include "params_int.h"

/* Days from civil, after Howard Hinnant's algorithm (exact for all int years here). */
static int32_t days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;
	int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static int days_in_month(int y, int m)
{
	static const int dim[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : dim[m - 1];
}

gsb_date gsb_date_from_ymd(int year, int month, int day)
{
	if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 ||
	    day > days_in_month(year, month))
		return GSB_DATE_NONE;
	return days_from_civil(year, month, day);
}

void gsb_date_to_ymd(gsb_date date, int *year, int *month, int *day)
{
	/* in 64 bits: date + 719468 overflows int for dates near INT32_MAX (UBSan) */
	int64_t z = (int64_t)date + 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = (int)(z - era * 146097);
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;
	int d = doy - (153 * mp + 2) / 5 + 1;
	int m = mp < 10 ? mp + 3 : mp - 9;
	int y = (int)(yoe + era * 400 + (m <= 2));
	if (year)
		*year = y;
	if (month)
		*month = m;
	if (day)
		*day = d;
}

static int digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int gsb_date_parse(gsb_date *out, const char *text)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(text);
	if (strlen(text) != 10 || text[4] != '-' || text[7] != '-')
		return gsb__error(GSB_EINVAL, "malformed date '%1$.40s' (want YYYY-MM-DD, e.g. 2019-06-14)"
		                  GSB__ZH "日期“%1$.40s”写法不对（应写作 年-月-日，例如 2019-06-14）", text);
	int y = digits(text, 4), m = digits(text + 5, 2), d = digits(text + 8, 2);
	gsb_date v = (y < 0 || m < 0 || d < 0) ? GSB_DATE_NONE : gsb_date_from_ymd(y, m, d);
	if (v == GSB_DATE_NONE && y >= 1 && m >= 1 && m <= 12 && d >= 1) {
		static const char *const months[] = { "January", "February", "March", "April", "May",
			"June", "July", "August", "September", "October", "November", "December" };
		return gsb__error(GSB_EINVAL, "malformed date '%1$s': %2$s %3$d has %4$d days"
		                  GSB__ZH "日期“%1$s”不存在：%3$d年%5$d月只有%4$d天", text, months[m - 1], y,
		                  days_in_month(y, m), m);
	}
	if (v == GSB_DATE_NONE)
		return gsb__error(GSB_EINVAL, "malformed date '%1$s' (want YYYY-MM-DD, e.g. 2019-06-14)"
		                  GSB__ZH "日期“%1$s”写法不对（应写作 年-月-日，例如 2019-06-14）", text);
	*out = v;
	return GSB_OK;
}

int gsb__date_check(gsb_date date, bool none_ok, const char *what)
{
	if (date == GSB_DATE_NONE)
		return none_ok ? GSB_OK : gsb__error(GSB_EINVAL, "%s: no date", what);
	if (date < GSB_DATE_MIN || date > GSB_DATE_MAX)
		return gsb__error(GSB_EINVAL, "%s: day number %ld is outside 0001-01-01..9999-12-31",
		                  what, (long)date);
	return GSB_OK;
}

/* v (0 <= v < 10^width) in exactly width digits; returns the end. */
static char *fixed_digits(char *p, int v, int width)
{
	for (int k = width - 1; k >= 0; k--, v /= 10)
		p[k] = (char)('0' + v % 10);
	return p + width;
}

/* The one writer of YYYY-MM-DD: reports and reasons write dates by the
 * million, so without snprintf. */
char *gsb_date_format(gsb_date date, char buf[11])
{
	int y, m, d;
	if (buf == NULL)
		return NULL;
	/* no date, or one no YYYY-MM-DD can write: "" rather than a wrong year */
	if (date == GSB_DATE_NONE || date < GSB_DATE_MIN || date > GSB_DATE_MAX) {
		buf[0] = '\0';
		return buf;
	}
	gsb_date_to_ymd(date, &y, &m, &d);
	char *p = fixed_digits(buf, y, 4);
	*p++ = '-';
	p = fixed_digits(p, m, 2);
	*p++ = '-';
	*fixed_digits(p, d, 2) = '\0';
	return buf;
}

gsb_date gsb_date_today(void)
{
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	return gsb_date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}
