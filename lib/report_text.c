/*
 * libgeshibai — a decision as readable terminal text for clerks and
 * reviewers: every check with its provision and reason (Chinese or English),
 * the missing facts, the tier, and the amounts with their 大写.
 */
#include <stdlib.h>
#include <string.h>
#include "report.h"

/* The words of the text report, [GSB_LANG_ZH] and [GSB_LANG_EN]. */
typedef struct {
	const char *application, *as_of, *policy;
	const char *eligibility, *missing, *tier, *claimed, *kinds, *undetermined;
	const char *priority, *yes, *no, *subsidy, *cap, *national_cap, *requested, *granted;
	const char *local, *total, *effect, *met, *not_met, *unknown, *target, *yuan;
	const char *requested_total, *granted_total, *colon, *comma, *semicolon;
} words;

static const words W_ZH = {
	"申报", "评价日", "政策",
	"一、申报资格", "缺少的事实", "二、平台层级", "申报层级", "企业级平台类型", "有待补充可升级",
	"三、优先支持", "是", "否", "四、省级奖补", "上限", "国家级平台上限", "申请", "核定",
	"市县配套", "总计（省级 + 市县）", "五、实施成效", "达标", "未达标", "不确定", "目标", "元",
	"申请合计", "核定省级奖补", "：", "，", "；",
};

static const words W_EN = {
	"Application", "as of", "policy",
	"1. Eligibility", "Missing facts", "2. Tier", "claimed", "enterprise kinds",
	"could rise with more facts",
	"3. Priority", "yes", "no", "4. Provincial award", "cap", "national-platform cap",
	"requested", "granted", "City/county support", "total (provincial + local)", "5. Effect",
	"met", "not met", "unknown", "target", "yuan",
	"requested in total", "provincial award granted", ": ", ", ", "; ",
};

static const words *words_of(gsb_lang lang)
{
	return lang == GSB_LANG_ZH ? &W_ZH : &W_EN;
}

static const char *mark(gsb_tri t)
{
	return t == GSB_TRUE ? "✓" : t == GSB_FALSE ? "✗" : "?";
}

/* "19,205,208.33" */
static const char *grouped(gsb_fen fen, char out[40])
{
	char plain[24];
	gsb_fen_format(fen, plain);
	const char *digits = plain[0] == '-' ? plain + 1 : plain;
	const char *dot = strchr(digits, '.');
	size_t n = dot ? (size_t)(dot - digits) : strlen(digits);
	char *p = out;
	if (plain[0] == '-')
		*p++ = '-';
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			*p++ = ',';
		*p++ = digits[i];
	}
	strcpy(p, dot ? dot : "");
	return out;
}

static void amount(gsb__sink *s, gsb_fen fen, gsb_lang lang)
{
	char g[40];
	gsb__sink_printf(s, "%s %s", grouped(fen, g), words_of(lang)->yuan);
	char *cap = fen >= 0 ? gsb_fen_to_words(fen) : NULL;
	if (cap != NULL)
		gsb__sink_printf(s, lang == GSB_LANG_ZH ? "（%s）" : " (%s)", cap);
	gsb_free(cap);
}

/* ---------------------------------------------- the Chinese report in words */

/* Codes a Chinese reason may still quote, and the words a clerk reads. */
static const char *const zh_words[][2] = {
	{ "=true", "=是" }, { "=false", "=否" }, { "=unknown", "=未知" }, { "=n/a", "=不适用" },
	{ "：true", "：是" }, { "：false", "：否" }, { "：unknown", "：未知" },
	{ "dishonestDebtor", "失信被执行人" }, { "seriousDishonesty", "严重失信主体" },
	{ "majorTaxViolation", "重大税收违法" },
	{ "not-eligible", "不符合条件" }, { "ineligible", "不符合申报条件" },
	{ "incomplete", "材料不全" }, { "eligible", "符合申报条件" },
	{ "not-key-support", "未列为重点支持" }, { "tier-none", "未达到任何层级" },
	{ "not-recognised", "未经认定" },
};

/* A legal form's code at r ("enterprise-legal-person"): its label, and its length in *n. */
static const char *legal_form_at(const char *r, size_t *n)
{
	for (int f = 0; f < GSB_LEGAL_FORM_COUNT; f++) {
		const char *name = gsb_legal_form_name((gsb_legal_form)f);
		*n = name ? strlen(name) : 0;
		if (*n > 0 && strncmp(r, name, *n) == 0 && (r[*n] < 'a' || r[*n] > 'z') && r[*n] != '-')
			return gsb_legal_form_label((gsb_legal_form)f, GSB_LANG_ZH);
	}
	return NULL;
}

/* A Chinese reason with the codes it quotes put into words. */
static void zh_reason(gsb__sink *s, const char *r)
{
	while (*r) {
		size_t n;
		const char *form = legal_form_at(r, &n);
		if (form != NULL) {
			gsb__sink_puts(s, form);
			r += n;
			continue;
		}
		size_t k = 0;
		for (; k < GSB_ARRAY_LEN(zh_words); k++) {
			size_t n = strlen(zh_words[k][0]);
			/* a code, not part of a longer one ("eligible" in "not-eligible") */
			if (strncmp(r, zh_words[k][0], n) == 0 && (r[n] < 'a' || r[n] > 'z') && r[n] != '-')
				break;
		}
		if (k < GSB_ARRAY_LEN(zh_words)) {
			gsb__sink_puts(s, zh_words[k][1]);
			r += strlen(zh_words[k][0]);
		} else {
			const char *next = r + 1;
			while ((*next & 0xC0) == 0x80)
				next++;
			gsb__sink_printf(s, "%.*s", (int)(next - r), r);
			r = next;
		}
	}
}

static const char *tri_word(gsb_tri t, gsb_lang lang)
{
	if (lang != GSB_LANG_ZH)
		return gsb_tri_name(t);
	const char *w = gsb_tri_label(t, GSB_LANG_ZH);
	return w ? w : gsb_tri_label(GSB_UNKNOWN, GSB_LANG_ZH);
}

/* The label of a check or tier criterion, for the Chinese report. */
static const char *check_words(const char *id, gsb_lang lang)
{
	static const char *const criteria[][2] = {
		{ "enterprise/industry", "企业级平台（行业）" }, { "enterprise/region", "企业级平台（区域）" },
		{ "enterprise/scenario", "企业级平台（场景）" },
	};
	gsb_tier tier;
	if (lang != GSB_LANG_ZH || id == NULL)
		return id;
	if (gsb_tier_from_name(&tier, id) == GSB_OK && gsb_tier_label(tier, lang))
		return gsb_tier_label(tier, lang);
	for (size_t i = 0; i < GSB_ARRAY_LEN(criteria); i++)
		if (strcmp(criteria[i][0], id) == 0)
			return criteria[i][1];
	const char *label = gsb_check_label(id, lang);
	return label ? label : id;
}

/* " — reason" after a line's result, the Chinese one with its codes in words;
 * nothing when there is no reason. */
static void dash_reason(gsb__sink *s, const char *reason, gsb_lang lang)
{
	if (reason == NULL || reason[0] == '\0')
		return;
	gsb__sink_puts(s, " — ");
	if (lang == GSB_LANG_ZH)
		zh_reason(s, reason);
	else
		gsb__sink_puts(s, reason);
}

static void reason_line(gsb__sink *s, gsb_tri t, const char *id, const char *provision,
                        const char *reason, gsb_lang lang)
{
	gsb__sink_printf(s, "  %s %s [%s] %s", mark(t), check_words(id, lang),
	                 provision ? provision : "", tri_word(t, lang));
	dash_reason(s, reason, lang);
	gsb__sink_puts(s, "\n");
}

/* "(code)" after a label, in English only: the Chinese report shows words. */
static void code_after(gsb__sink *s, const char *code, gsb_lang lang)
{
	if (lang != GSB_LANG_ZH && code)
		gsb__sink_printf(s, " (%s)", code);
}

static void text_header(gsb__sink *s, const gsb_decision *d, gsb_lang lang)
{
	const words *w = words_of(lang);
	char date[11];
	const char *id = gsb_decision_application(d), *name = gsb_decision_applicant(d);
	gsb__sink_printf(s, "%s %s", w->application, id ? id : "-");
	if (name != NULL)
		gsb__sink_printf(s, lang == GSB_LANG_ZH ? "（%s）" : " (%s)", name);
	gsb__sink_printf(s, "  %s %s  %s %s", w->as_of,
	                 gsb_date_format(gsb_decision_as_of(d), date), w->policy,
	                 gsb_decision_policy(d) ? gsb_decision_policy(d) : "-");
	/* the parameter set beside the policy, when not the built-in one */
	const char *params = gsb_decision_params(d), *file = gsb_decision_params_file(d);
	if (params != NULL)
		gsb__sink_printf(s, lang == GSB_LANG_ZH ? "（参数 %s%s%s）" : " (parameters %s%s%s)",
		                 params, file && strcmp(file, params) ? w->comma : "",
		                 file && strcmp(file, params) ? file : "");
	gsb__sink_puts(s, "\n");
}

static void text_eligibility(gsb__sink *s, const gsb_decision *d, gsb_lang lang)
{
	const words *w = words_of(lang);
	gsb_outcome o = gsb_decision_outcome(d);
	const char *label = gsb_outcome_label(o, lang);
	gsb__sink_printf(s, "%s%s%s", w->eligibility, w->colon, label ? label : "");
	code_after(s, gsb_outcome_name(o), lang);
	gsb__sink_puts(s, "\n");
	for (size_t i = 0; i < gsb_decision_check_count(d); i++)
		reason_line(s, gsb_decision_check_result(d, i), gsb_decision_check_id(d, i),
		            gsb_decision_check_provision(d, i), gsb_decision_check_reason(d, i, lang),
		            lang);
	size_t n = gsb_decision_missing_count(d);
	if (n > 0) {
		gsb__sink_printf(s, "  %s%s", w->missing, w->colon);
		for (size_t i = 0; i < n; i++)
			gsb__sink_printf(s, "%s%s", i ? (lang == GSB_LANG_ZH ? "、" : " ") : "",
			                 check_words(gsb_decision_missing(d, i), lang));
		gsb__sink_puts(s, "\n");
	}
}

static void text_kinds(gsb__sink *s, const gsb_decision *d, gsb_lang lang)
{
	static const char *const names_en[] = { "industry", "region", "scenario" };
	static const char *const names_zh[] = { "行业", "区域", "场景" };
	const char *const *names = lang == GSB_LANG_ZH ? names_zh : names_en;
	unsigned bits = gsb_decision_enterprise_kinds(d);
	if (bits == 0)
		return;
	gsb__sink_printf(s, "  %s%s", words_of(lang)->kinds, words_of(lang)->colon);
	const char *sep = "";
	for (size_t i = 0; i < GSB_ARRAY_LEN(names_en); i++) {
		if (bits & (1u << i)) {
			gsb__sink_printf(s, "%s%s", sep, names[i]);
			sep = lang == GSB_LANG_ZH ? "、" : " ";
		}
	}
	gsb__sink_puts(s, "\n");
}

static void text_tier(gsb__sink *s, const gsb_decision *d, gsb_lang lang)
{
	const words *w = words_of(lang);
	gsb_tier t = gsb_decision_tier(d), claimed = gsb_decision_claimed_tier(d);
	const char *label = gsb_tier_label(t, lang);
	gsb__sink_printf(s, "%s%s%s", w->tier, w->colon, label ? label : "");
	code_after(s, gsb_tier_name(t), lang);
	gsb_relation rel = gsb_decision_relation(d);
	if (claimed != GSB_TIER_NONE && lang == GSB_LANG_ZH)
		gsb__sink_printf(s, "%s%s %s%s%s", w->semicolon, w->claimed, gsb_tier_label(claimed, lang),
		                 w->colon, gsb_relation_label(rel, lang) ? gsb_relation_label(rel, lang) : "");
	else if (claimed != GSB_TIER_NONE)
		gsb__sink_printf(s, "%s%s %s%s%s", w->semicolon, w->claimed, gsb_tier_name(claimed),
		                 w->colon, gsb_relation_name(rel));
	gsb__sink_puts(s, "\n");
	for (size_t i = 0; i < gsb_decision_criterion_count(d); i++)
		reason_line(s, gsb_decision_criterion_result(d, i), gsb_decision_criterion_id(d, i),
		            gsb_decision_criterion_provision(d, i),
		            gsb_decision_criterion_reason(d, i, lang), lang);
	text_kinds(s, d, lang);
	size_t n = gsb_decision_undetermined_count(d);
	if (n > 0) {
		gsb__sink_printf(s, "  %s%s", w->undetermined, w->colon);
		for (size_t i = 0; i < n; i++)
			gsb__sink_printf(s, "%s%s", i ? (lang == GSB_LANG_ZH ? "、" : " ") : "",
			                 lang == GSB_LANG_ZH
			                 ? gsb_tier_label(gsb_decision_undetermined(d, i), lang)
			                 : gsb_tier_name(gsb_decision_undetermined(d, i)));
		gsb__sink_puts(s, "\n");
	}
	for (size_t i = 0; i < gsb_decision_warning_count(d); i++) {
		const char *why = gsb_decision_warning_reason(d, i, lang);
		gsb_industry near = gsb_decision_warning_nearest(d, i);
		gsb__sink_printf(s, "  ! %s%s", lang == GSB_LANG_ZH ? "提示" : "warning", w->colon);
		if (why && why[0])
			gsb__sink_printf(s, "%s\n", why);
		else
			gsb__sink_printf(s, "%s → %s\n", gsb_decision_warning_name(d, i),
			                 gsb_industry_label(near, lang));
	}
}

static void text_priority(gsb__sink *s, const gsb_decision *d, gsb_lang lang)
{
	const words *w = words_of(lang);
	const char *reason = gsb_decision_priority_reason(d, lang);
	gsb__sink_printf(s, "%s [4.3]%s%s", w->priority, w->colon,
	                 gsb_decision_priority(d) ? w->yes : w->no);
	if (reason && reason[0])
		gsb__sink_printf(s, " — %s", reason);
	gsb__sink_puts(s, "\n");
}

static void text_instrument(gsb__sink *s, const gsb_decision *d, gsb_instrument i, gsb_lang lang)
{
	const words *w = words_of(lang);
	char a[40], b[40];
	const char *label = gsb_instrument_label(i, lang);
	gsb__sink_printf(s, "  %s", label ? label : "");
	code_after(s, gsb_instrument_name(i), lang);
	gsb__sink_printf(s, "%s%s %s%s%s %s\n",
	                 w->colon, w->requested, grouped(gsb_decision_instrument_requested(d, i), a),
	                 w->comma, w->granted, grouped(gsb_decision_instrument_granted(d, i), b));
}

static void text_subsidy(gsb__sink *s, const gsb_decision *d, gsb_lang lang)
{
	const words *w = words_of(lang);
	const char *reason = gsb_decision_subsidy_reason(d, lang);
	static const char *const status_zh[] = { "核定", "不符合条件", "未达到任何层级", "未经认定",
		"未列为重点支持" };
	gsb_subsidy_status st = gsb_decision_subsidy_status(d);
	gsb__sink_printf(s, "%s [4.1]%s%s", w->subsidy, w->colon,
	                 lang == GSB_LANG_ZH && (size_t)st < GSB_ARRAY_LEN(status_zh)
	                 ? status_zh[st] : gsb_subsidy_status_name(st));
	dash_reason(s, reason, lang);
	gsb__sink_printf(s, "\n  %s%s", gsb_decision_national(d) ? w->national_cap : w->cap, w->colon);
	amount(s, gsb_decision_cap(d), lang);
	gsb__sink_puts(s, "\n");
	for (int i = 0; i < GSB_INSTRUMENT_COUNT; i++)
		text_instrument(s, d, (gsb_instrument)i, lang);
	gsb__sink_printf(s, "  %s%s", w->requested_total, w->colon);
	amount(s, gsb_decision_requested(d), lang);
	gsb__sink_printf(s, "\n  %s%s", w->granted_total, w->colon);
	amount(s, gsb_decision_granted(d), lang);
	gsb__sink_printf(s, "\n  %s [4.2]%s", w->local, w->colon);
	amount(s, gsb_decision_local(d), lang);
	gsb__sink_printf(s, "\n  %s%s", w->total, w->colon);
	amount(s, gsb_decision_total(d), lang);
	gsb__sink_puts(s, "\n");
}

static void text_kpi(gsb__sink *s, const gsb_decision *d, size_t i, gsb_lang lang)
{
	const words *w = words_of(lang);
	gsb_kpi k = gsb_decision_kpi(d, i);
	gsb_tri met = gsb_decision_kpi_met(d, i);
	const char *change = gsb_decision_kpi_change(d, i);
	const char *label = gsb_kpi_label(k, lang);
	gsb__sink_printf(s, "  %s %s", mark(met), label ? label : "");
	code_after(s, gsb_kpi_name(k), lang);
	gsb__sink_puts(s, w->colon);
	if (change)
		gsb__sink_printf(s, "%s%%%s", change, w->comma);
	gsb__sink_printf(s, "%s %s%%%s%s", w->target, gsb_decision_kpi_target(d, i), w->comma,
	                 met == GSB_TRUE ? w->met : met == GSB_FALSE ? w->not_met : w->unknown);
	const char *error = gsb_decision_kpi_error(d, i, lang);
	if (error)
		gsb__sink_printf(s, " — %s", error);
	gsb__sink_puts(s, "\n");
}

static void text_effect(gsb__sink *s, const gsb_decision *d, gsb_lang lang)
{
	const words *w = words_of(lang);
	gsb__sink_printf(s, "%s [2.2]%s%s %zu / %zu\n", w->effect, w->colon, w->met,
	                 gsb_decision_kpi_met_count(d), gsb_decision_kpi_count(d));
	for (size_t i = 0; i < gsb_decision_kpi_count(d); i++)
		text_kpi(s, d, i, lang);
}

int gsb__decision_text(gsb__sink *s, const void *decision, gsb_lang lang)
{
	/* a decision's parts, in the order of the report */
	static void (*const parts[])(gsb__sink *, const gsb_decision *, gsb_lang) = {
		text_header, text_eligibility, text_tier, text_priority, text_subsidy, text_effect,
		gsb__relevance_text,
	};
	for (size_t i = 0; i < GSB_ARRAY_LEN(parts); i++)
		parts[i](s, decision, lang);
	return s->failed ? GSB_EIO : GSB_OK;
}

/* ============================================================ batch summary */

void gsb__tally_decision(gsb__tally *t, const gsb_decision *d)
{
	t->decided++;
	if ((unsigned)gsb_decision_outcome(d) < GSB_ARRAY_LEN(t->outcomes))
		t->outcomes[gsb_decision_outcome(d)]++;
	if ((unsigned)gsb_decision_tier(d) < GSB_ARRAY_LEN(t->tiers))
		t->tiers[gsb_decision_tier(d)]++;
	t->overflow |= __builtin_add_overflow(t->requested, gsb_decision_requested(d), &t->requested);
	t->overflow |= __builtin_add_overflow(t->granted, gsb_decision_granted(d), &t->granted);
	t->overflow |= __builtin_add_overflow(t->local, gsb_decision_local(d), &t->local);
}

/* "1,039.12 万元（10,391,791.66 元）" / "10,391,791.66 yuan (1,039.12 万元)" */
static void total(gsb__sink *s, const char *label, gsb_fen fen, gsb_lang lang)
{
	char wan[32], yuan[32];
	gsb__fen_scaled(fen, GSB__FEN_WAN, wan);
	gsb__fen_grouped(fen, yuan);
	if (lang == GSB_LANG_ZH)
		gsb__sink_printf(s, "  %s：%s 万元（%s 元）\n", label, wan, yuan);
	else
		gsb__sink_printf(s, "  %s: %s yuan (%s 万元)\n", label, yuan, wan);
}

int gsb__text_summary(gsb__sink *s, const gsb__tally *t, gsb_lang lang)
{
	static const gsb_outcome outcomes[] = { GSB_OUTCOME_ELIGIBLE, GSB_OUTCOME_INCOMPLETE,
	                                        GSB_OUTCOME_INELIGIBLE };
	static const gsb_tier tiers[] = { GSB_TIER_COMPREHENSIVE, GSB_TIER_CROSS_DOMAIN,
	                                  GSB_TIER_ENTERPRISE, GSB_TIER_NONE };
	int zh = lang == GSB_LANG_ZH;
	const char *sep = zh ? "，" : ", ";
	if (zh)
		gsb__sink_printf(s, "汇总：共 %zu 份申报，已评价 %zu 份，未能评价 %zu 份\n  按申报资格：",
		                 t->decided + t->errors, t->decided, t->errors);
	else
		gsb__sink_printf(s, "Summary: %zu applications, %zu decided, %zu not decided\n"
		                 "  by outcome: ", t->decided + t->errors, t->decided, t->errors);
	for (size_t i = 0; i < GSB_ARRAY_LEN(outcomes); i++)
		gsb__sink_printf(s, "%s%s %zu", i ? sep : "", gsb_outcome_label(outcomes[i], lang),
		                 t->outcomes[outcomes[i]]);
	gsb__sink_puts(s, zh ? "\n  按平台层级：" : "\n  by tier: ");
	for (size_t i = 0; i < GSB_ARRAY_LEN(tiers); i++)
		gsb__sink_printf(s, "%s%s %zu", i ? sep : "",
		                 tiers[i] == GSB_TIER_NONE ? (zh ? "未达层级" : "no tier")
		                                           : gsb_tier_label(tiers[i], lang),
		                 t->tiers[tiers[i]]);
	gsb__sink_puts(s, "\n");
	if (t->overflow)
		return gsb__sink_puts(s, zh ? "  金额合计超出可表示范围\n"
		                            : "  the totals pass the largest amount that can be shown\n");
	total(s, zh ? "申请合计" : "requested", t->requested, lang);
	total(s, zh ? "核定省级奖补合计" : "provincial awards granted", t->granted, lang);
	total(s, zh ? "市县配套合计" : "city and county support", t->local, lang);
	return s->failed ? GSB_EIO : GSB_OK;
}
