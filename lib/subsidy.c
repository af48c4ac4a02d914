/*
 * libgeshibai — subsidy (docs/rules.md §6, §11.11).
 *
 * 4.1: the province grants recognised platforms listed for key support at
 * most award.cap (award.cap-national for a national platform) as interest
 * subsidy (贴息), award (奖补) or equity (股权投入); 4.2: city and county
 * support is reported beside it. All amounts are integer fen; intermediate
 * products are exact in 128 bits; overflow is an error, never a wrap.
 */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

typedef unsigned __int128 gsb__u128;

/* ---------------------------------------------------------------- the cap */

/* Step 3 — 4.1: award.cap, or award.cap-national for a national platform. */
gsb_fen gsb__award_cap(const gsb_policy *policy, gsb_date as_of, bool national)
{
	if (policy == NULL)
		return 0;
	const gsb__param_value *v = gsb__policy_value(
		policy, national ? GSB_P_AWARD_CAP_NATIONAL : GSB_P_AWARD_CAP, as_of);
	return v ? v->i : 0;
}

/* A national-platform listing whose year (if given) is not after the as-of
 * year (§6 step 3, §11.10). */
static bool national_platform(const gsb_application *a, int year)
{
	for (size_t i = 0; i < a->n_listings; i++)
		if (a->listings[i].kind == GSB_LISTING_NATIONAL_PLATFORM &&
		    gsb__listing_held(&a->listings[i], year))
			return true;
	return false;
}

/* ------------------------------------------------------ interest subsidy */

static int overflow(void)
{
	return gsb__error(GSB_EOVERFLOW, "an amount does not fit in 64-bit fen");
}

/* a * b in 128 bits; false on overflow. */
static bool mul_u128(gsb__u128 *out, gsb__u128 a, gsb__u128 b)
{
	return !__builtin_mul_overflow(a, b, out);
}

/*
 * Step 4 — 4.1: subsidy = principal × rate% × days / 360 × ratio, exact, then
 * rounded half-up to the fen once. With rate = r / 10^rs and ratio = q / 10^qs:
 *   principal · r · days · q / (100 · 360 · 10^(rs + qs)).
 */
static int loan_subsidy(gsb_fen *out, gsb_fen principal, gsb__dec rate, int32_t days,
                        gsb__dec ratio)
{
	if (principal < 0 || rate.mant < 0 || ratio.mant < 0 || days < 0)
		return gsb__error(GSB_EINPUT, "loan: negative principal, rate, ratio or days");
	if (principal == 0 || rate.mant == 0 || ratio.mant == 0 || days == 0) {
		*out = 0;
		return GSB_OK;
	}
	gsb__u128 num = (gsb__u128)principal;
	if (!mul_u128(&num, num, (gsb__u128)days) || !mul_u128(&num, num, (gsb__u128)rate.mant) ||
	    !mul_u128(&num, num, (gsb__u128)ratio.mant))
		return overflow(); /* the quotient would exceed 2^63 by far */
	gsb__u128 den = (gsb__u128)36000;
	if (!mul_u128(&den, den, (gsb__u128)gsb__pow10(rate.scale)) ||
	    !mul_u128(&den, den, (gsb__u128)gsb__pow10(ratio.scale)))
		return overflow();
	gsb__u128 q = num / den, r = num % den;
	if (r >= den - r) /* 2r >= den: half-up */
		q++;
	if (q > (gsb__u128)INT64_MAX)
		return overflow();
	*out = (gsb_fen)q;
	return GSB_OK;
}

static int add_fen(gsb_fen *sum, gsb_fen x)
{
	if (__builtin_add_overflow(*sum, x, sum))
		return overflow();
	return GSB_OK;
}

/* Each loan rounded, then summed into interest-subsidy (§11.11). */
static int interest_subsidies(gsb_decision *d, const gsb_policy *p, const gsb_application *a,
                              gsb_fen *sum)
{
	*sum = 0;
	d->n_loans = 0;
	d->loans = NULL;
	if (a->n_loans == 0)
		return GSB_OK;
	if (a->n_loans > SIZE_MAX / sizeof *d->loans ||
	    (d->loans = gsb__arena_alloc(&d->arena, a->n_loans * sizeof *d->loans)) == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	const gsb__param_value *dflt = gsb__policy_value(p, GSB_P_AWARD_INTEREST_RATIO, d->as_of);
	gsb__dec one = { 1, 0 };
	for (size_t i = 0; i < a->n_loans; i++) {
		const gsb__loan *l = &a->loans[i];
		if (l->end < l->start)
			return gsb__error(GSB_EINPUT, "loan %zu ends before it starts", i + 1);
		if (l->rate_percent.scale > 4 || (l->has_ratio && l->ratio.scale > 4))
			return gsb__error(GSB_EINPUT,
			                  "loan %zu: ratePercent and ratio have at most four decimals",
			                  i + 1);
		int32_t days = l->end - l->start; /* start inclusive, end exclusive */
		gsb__dec ratio = l->has_ratio ? l->ratio : dflt ? dflt->d : one;
		gsb_fen s = 0;
		int rc = loan_subsidy(&s, l->principal, l->rate_percent, days, ratio);
		if (rc != GSB_OK)
			return rc;
		d->loans[i].days = days;
		d->loans[i].subsidy = s;
		d->n_loans = i + 1;
		if ((rc = add_fen(sum, s)) != GSB_OK)
			return rc;
	}
	return GSB_OK;
}

/* -------------------------------------------------------------- scaling */

/*
 * Step 5 — R > cap: each instrument gets floor(request × cap / R); the fen
 * left over go one at a time by largest remainder, ties in instrument order
 * (interest subsidy, award, equity), so that the grants sum to the cap.
 */
static void scale_to_cap(gsb_fen granted[GSB_INSTRUMENT_COUNT],
                         const gsb_fen requested[GSB_INSTRUMENT_COUNT], gsb_fen R, gsb_fen cap)
{
	gsb__u128 rem[GSB_INSTRUMENT_COUNT];
	gsb_fen left = cap;
	for (int i = 0; i < GSB_INSTRUMENT_COUNT; i++) {
		gsb__u128 prod = (gsb__u128)requested[i] * (gsb__u128)cap; /* < 2^126 */
		granted[i] = (gsb_fen)(prod / (gsb__u128)R);
		rem[i] = prod % (gsb__u128)R;
		left -= granted[i];
	}
	/* left < GSB_INSTRUMENT_COUNT: each floor loses less than one fen */
	bool given[GSB_INSTRUMENT_COUNT] = { false };
	while (left > 0) {
		int best = -1;
		for (int i = 0; i < GSB_INSTRUMENT_COUNT; i++)
			if (!given[i] && (best < 0 || rem[i] > rem[best]))
				best = i;
		given[best] = true;
		granted[best]++;
		left--;
	}
}

/* ---------------------------------------------------------------- status */

typedef struct {
	gsb_subsidy_status status;
	const char *zh, *en; /* formats taking the detail */
	const char *detail;
} status_reason;

/* Steps 1 and 2 — 4.1: who gets nothing, and why. */
static status_reason subsidy_status(const gsb_decision *d, const gsb_application *a)
{
	if (d->outcome != GSB_OUTCOME_ELIGIBLE)
		return (status_reason){ GSB_SUBSIDY_NOT_ELIGIBLE, "资格审查结论为 %s，省级奖补为 0",
			"eligibility outcome is %s: provincial award 0",
			gsb_outcome_name(d->outcome) };
	if (d->tier == GSB_TIER_NONE)
		return (status_reason){ GSB_SUBSIDY_TIER_NONE, "未达到任何层级，省级奖补为 0%s",
			"no tier reached: provincial award 0%s", "" };
	gsb_tri recognised = a->facts[GSB_FACT_RECOGNISED];
	if (recognised == GSB_FALSE)
		return (status_reason){ GSB_SUBSIDY_NOT_RECOGNISED, "未经评审认定，省级奖补为 0%s",
			"not recognised by review: provincial award 0%s", "" };
	if (recognised == GSB_UNKNOWN)
		return (status_reason){ GSB_SUBSIDY_NOT_RECOGNISED,
			"是否经评审认定未知（%s 未提供），省级奖补为 0",
			"recognition by review unknown (%s absent): provincial award 0",
			"recognised" };
	gsb_tri key = a->facts[GSB_FACT_KEY_SUPPORT];
	if (key == GSB_FALSE)
		return (status_reason){ GSB_SUBSIDY_NOT_KEY_SUPPORT,
			"未列入省级重点支持：奖励由统筹相关政策给予，本上限规则不适用%s",
			"not listed for provincial key support: awards come from coordinated "
			"policies; the cap is not applicable%s",
			"" };
	if (key == GSB_UNKNOWN)
		return (status_reason){ GSB_SUBSIDY_NOT_KEY_SUPPORT,
			"是否列入省级重点支持未知（%s 未提供），省级奖补为 0",
			"provincial key support unknown (%s absent): provincial award 0",
			"keySupport" };
	return (status_reason){ GSB_SUBSIDY_GRANTED, NULL, NULL, NULL };
}

/* Step 7: the granted amount in Chinese financial capitals. Zero is known
 * here; any other amount is spelled by gsb_decision_granted_in_words() on
 * first use, since ICU's spell-out costs more than the whole decision. */
static void granted_in_words(gsb_decision *d)
{
	d->granted_words = d->granted == 0 ? "零元整" : NULL;
}

static void set_reason(gsb_decision *d, gsb_tri t, const char *zh, const char *en,
                       const char *detail)
{
	gsb__explained e;
	gsb__explain(d, &e, t, zh, en, detail);
	d->subsidy_reason[GSB_LANG_ZH] = e.reason[GSB_LANG_ZH];
	d->subsidy_reason[GSB_LANG_EN] = e.reason[GSB_LANG_EN];
}

/* subsidy — 4.1, 4.2 */
int gsb__subsidy(gsb_decision *d, const gsb_policy *p, const gsb_application *a)
{
	int rc;
	/* requested amounts are always reported (§11.11) */
	gsb_fen interest;
	if ((rc = interest_subsidies(d, p, a, &interest)) != GSB_OK)
		return rc;
	d->inst_requested[GSB_INSTRUMENT_INTEREST_SUBSIDY] = interest;
	d->inst_requested[GSB_INSTRUMENT_AWARD] = a->has_award ? a->award : 0;
	d->inst_requested[GSB_INSTRUMENT_EQUITY] = a->has_equity ? a->equity : 0;
	gsb_fen R = 0;
	for (int i = 0; i < GSB_INSTRUMENT_COUNT; i++) {
		if (d->inst_requested[i] < 0)
			return gsb__error(GSB_EINPUT, "negative amount requested");
		if ((rc = add_fen(&R, d->inst_requested[i])) != GSB_OK)
			return rc;
	}
	d->requested = R;

	/* step 6 — 4.2: city and county support, beside the provincial award */
	d->local = 0;
	for (size_t i = 0; i < a->n_locals; i++)
		if ((rc = add_fen(&d->local, a->locals[i].amount)) != GSB_OK)
			return rc;

	d->national = national_platform(a, d->as_of_year);
	d->cap = gsb__award_cap(p, d->as_of, d->national);
	memset(d->inst_granted, 0, sizeof d->inst_granted);

	status_reason s = subsidy_status(d, a);
	d->status = s.status;
	/* the cap's reference, when a parameters document set it */
	gsb__explained e;
	const int cap_param[] = { d->national ? GSB_P_AWARD_CAP_NATIONAL : GSB_P_AWARD_CAP,
	                          GSB_P_AWARD_INTEREST_RATIO };
	if (s.status != GSB_SUBSIDY_GRANTED) {
		d->cap_applied = 0;
		d->granted = 0;
		set_reason(d, GSB_FALSE, s.zh, s.en, s.detail);
	} else if (R <= d->cap) {
		d->cap_applied = 1;
		memcpy(d->inst_granted, d->inst_requested, sizeof d->inst_granted);
		d->granted = R; /* R = 0 grants 0 */
		gsb__explain(d, &e, GSB_TRUE, "申请额未超过上限，全额给予",
		             "request within the cap: granted in full");
		gsb__cite_params(d, &e, p, cap_param, GSB_ARRAY_LEN(cap_param));
	} else {
		d->cap_applied = 1;
		scale_to_cap(d->inst_granted, d->inst_requested, R, d->cap);
		d->granted = d->cap;
		gsb__explain(d, &e, GSB_TRUE, "申请额超过上限，按比例核减至上限",
		             "request over the cap: scaled to the cap");
		gsb__cite_params(d, &e, p, cap_param, GSB_ARRAY_LEN(cap_param));
	}
	if (s.status == GSB_SUBSIDY_GRANTED) {
		d->subsidy_reason[GSB_LANG_ZH] = e.reason[GSB_LANG_ZH];
		d->subsidy_reason[GSB_LANG_EN] = e.reason[GSB_LANG_EN];
	}
	d->total = d->granted;
	if ((rc = add_fen(&d->total, d->local)) != GSB_OK)
		return rc;
	granted_in_words(d);
	return GSB_OK;
}
