/*
 * libgeshibai — effect (docs/rules.md §7, §11.13).
 *
 * 2.2: operating cost −20%, product upgrade cycle −20%, production
 * efficiency +20%, defect rate −10%, energy utilisation +15% or better.
 * Change = (current − baseline) / baseline, decided exactly: the values are
 * exact decimals, brought to one scale in 128 bits, and the quotient is
 * expanded digit by digit (no float, no overflow).
 */
#include <string.h>
#include "internal.h"

typedef unsigned __int128 gsb__u128;

/* The indicators of 2.2: whether lower is better, and the target in percent. */
static const struct {
	bool lower;
	int target; /* percent, positive */
	const char *text;
} indicators[GSB_KPI_COUNT] = {
	[GSB_KPI_OPERATING_COST] = { true, 20, "-20.00" },        /* 2.2 运营成本 */
	[GSB_KPI_UPGRADE_CYCLE] = { true, 20, "-20.00" },         /* 2.2 产品升级周期 */
	[GSB_KPI_PRODUCTION_EFFICIENCY] = { false, 20, "20.00" }, /* 2.2 生产效率 */
	[GSB_KPI_DEFECT_RATE] = { true, 10, "-10.00" },           /* 2.2 产品不良品率 */
	[GSB_KPI_ENERGY_UTILISATION] = { false, 15, "15.00" },    /* 2.2 能源利用率 */
};

/*
 * |D| / B written as q + 0.d1 d2 d3 d4 …, with half_up set when the rest
 * after d4 is at least one half (so 10000·|D|/B rounds away from zero).
 */
typedef struct {
	gsb__u128 q;
	int digit[4];
	bool half_up;
} expansion;

/* The same in 64 bits when the numbers are small enough (the usual case). */
static bool expand64(expansion *x, gsb__u128 num, gsb__u128 den)
{
	if (num >= ((gsb__u128)1 << 63) || den >= ((uint64_t)1 << 59))
		return false;
	uint64_t n = (uint64_t)num, b = (uint64_t)den; /* 10r < 10b < 2^63 */
	x->q = n / b;
	uint64_t r = n % b;
	for (int k = 0; k < 4; k++) {
		r *= 10;
		x->digit[k] = (int)(r / b);
		r %= b;
	}
	x->half_up = r >= b - r;
	return true;
}

static expansion expand(gsb__u128 num, gsb__u128 den)
{
	expansion x;
	if (expand64(&x, num, den))
		return x;
	x.q = num / den;
	gsb__u128 r = num % den; /* r < den < 2^123: 10r does not overflow */
	for (int k = 0; k < 4; k++) {
		r *= 10;
		x.digit[k] = (int)(r / den);
		r %= den;
	}
	x.half_up = r >= den - r;
	return x;
}

/* The change in percent to two decimals, rounded half away from zero. */
static void percent_text(char out[56], bool negative, const expansion *x)
{
	char digits[48];
	size_t n = 0;
	char rev[40];
	size_t m = 0;
	gsb__u128 q = x->q;
	do {
		rev[m++] = (char)('0' + (int)(q % 10));
		q /= 10;
	} while (q != 0);
	while (m > 0)
		digits[n++] = rev[--m];
	for (int k = 0; k < 4; k++)
		digits[n++] = (char)('0' + x->digit[k]);
	/* digits now hold 10000·|D|/B truncated: hundredths of a percent */
	if (x->half_up) {
		size_t i = n;
		while (i > 0 && digits[i - 1] == '9')
			digits[--i] = '0';
		if (i == 0) {
			memmove(digits + 1, digits, n++);
			digits[0] = '1';
		} else {
			digits[i - 1]++;
		}
	}
	size_t start = 0;
	while (start + 3 < n && digits[start] == '0')
		start++;
	bool zero = true;
	for (size_t i = start; i < n && zero; i++)
		zero = digits[i] == '0';
	size_t o = 0;
	if (negative && !zero)
		out[o++] = '-';
	for (size_t i = start; i < n - 2; i++)
		out[o++] = digits[i];
	out[o++] = '.';
	out[o++] = digits[n - 2];
	out[o++] = digits[n - 1];
	out[o] = '\0';
}

/* One indicator — 2.2 (§11.13: a baseline <= 0 is invalid, met unknown).
 * It depends on the application only, so gsb_application_add_kpi judges it
 * once and every evaluation copies the result (judge_kpi below). */
void gsb__kpi_judge(gsb__kpi_in *in)
{
	in->change[0] = '\0';
	in->valid = in->baseline.mant > 0;
	if (!in->valid) {
		in->met = GSB_UNKNOWN;
		return;
	}
	/* one scale: both < 2^63 · 10^18 < 2^123 */
	int s = in->baseline.scale > in->current.scale ? in->baseline.scale : in->current.scale;
	__int128 B = (__int128)in->baseline.mant * gsb__pow10(s - in->baseline.scale);
	__int128 C = (__int128)in->current.mant * gsb__pow10(s - in->current.scale);
	__int128 D = C - B;
	bool negative = D < 0;
	expansion x = expand((gsb__u128)(negative ? -D : D), (gsb__u128)B);

	/* met: floor(100·|D|/B) >= target, in the right direction (the target is
	 * a whole percent, so the floor decides exactly) */
	bool right_way = indicators[in->kpi].lower ? D <= 0 : D >= 0;
	bool enough = x.q >= 1 || x.digit[0] * 10 + x.digit[1] >= indicators[in->kpi].target;
	in->met = gsb__tri(right_way && enough);
	percent_text(in->change, negative, &x);
}

/* One indicator into the decision, as gsb__kpi_judge found it. */
static int judge_kpi(gsb_decision *d, const gsb__kpi_in *in, gsb__kpi_out *out)
{
	out->kpi = in->kpi;
	out->target = indicators[in->kpi].text;
	out->change = NULL;
	out->error[GSB_LANG_ZH] = out->error[GSB_LANG_EN] = NULL;
	out->met = in->met;
	if (!in->valid) {
		out->error[GSB_LANG_ZH] = "基准值 <= 0：该指标的输入无效";
		out->error[GSB_LANG_EN] = "baseline <= 0: invalid input for this indicator";
		return GSB_OK;
	}
	out->change = gsb__arena_strdup(&d->arena, in->change);
	return out->change ? GSB_OK : gsb__error(GSB_ENOMEM, "out of memory");
}

/* effect — 2.2 */
int gsb__effect(gsb_decision *d, const gsb_policy *p, const gsb_application *a)
{
	(void)p;
	d->n_kpis = 0;
	d->kpis_met = 0;
	d->kpis = NULL;
	if (a->n_kpis == 0)
		return GSB_OK;
	if (a->n_kpis > SIZE_MAX / sizeof *d->kpis ||
	    (d->kpis = gsb__arena_alloc(&d->arena, a->n_kpis * sizeof *d->kpis)) == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	for (size_t i = 0; i < a->n_kpis; i++) {
		if ((unsigned)a->kpis[i].kpi >= GSB_KPI_COUNT)
			return gsb__error(GSB_EINPUT, "indicator %d out of range", (int)a->kpis[i].kpi);
		int rc = judge_kpi(d, &a->kpis[i], &d->kpis[i]);
		if (rc != GSB_OK)
			return rc;
		d->n_kpis = i + 1;
		d->kpis_met += d->kpis[i].met == GSB_TRUE;
	}
	return GSB_OK;
}
