/*
 * libgeshibai — the programme report as one self-contained HTML page:
 * inline CSS, inline SVG bar charts, no script, nothing fetched (a
 * Content-Security-Policy of default-src 'none' makes the browser refuse
 * anything that would be). Every text node and attribute value goes through
 * gsb__html_escape(). Listings are sorted with ICU's Chinese collation.
 *
 * Numbers meant for programs carry ids and data- attributes (see
 * programme.h); tests/report_browser.sh reads them from Chromium's DOM.
 */
#include <stdlib.h>
#include <string.h>
#include "programme_int.h"
#include "relevance_int.h"
#include "report.h"

/* ================================================================ escaping */

/* Length of the valid UTF-8 sequence at s (1..4), or 0 when invalid. */
static size_t utf8_seq(const unsigned char *s)
{
	size_t n = s[0] < 0x80 ? 1 : (s[0] & 0xE0) == 0xC0 ? 2 : (s[0] & 0xF0) == 0xE0 ? 3
	         : (s[0] & 0xF8) == 0xF0 ? 4 : 0;
	for (size_t k = 1; k < n; k++)
		if ((s[k] & 0xC0) != 0x80)
			return 0;
	return n && gsb__utf8_valid((const char *)s, n) ? n : 0;
}

void gsb__html_escape(FILE *f, const char *text)
{
	const unsigned char *s = (const unsigned char *)(text ? text : "");
	while (*s) {
		switch (*s) {
		case '&': fputs("&amp;", f); s++; continue;
		case '<': fputs("&lt;", f); s++; continue;
		case '>': fputs("&gt;", f); s++; continue;
		case '"': fputs("&quot;", f); s++; continue;
		case '\'': fputs("&#39;", f); s++; continue;
		default: break;
		}
		if (*s < 0x20 || *s == 0x7F) {
			if (*s == '\t' || *s == '\n')
				fputc(*s, f);
			s++;
			continue;
		}
		size_t n = utf8_seq(s);
		if (n == 0) {
			fputs("\xEF\xBF\xBD", f); /* U+FFFD */
			s++;
		} else {
			fwrite(s, 1, n, f);
			s += n;
		}
	}
}

/* ================================================================ words */

typedef struct {
	gsb_lang lang;
	const char *html_lang, *title, *subtitle, *as_of, *as_of_each, *targets_on, *policy,
		*builtin, *generated, *yuan, *colon;
	const char *summary, *applications, *eligible, *incomplete, *ineligible, *recognised,
		*granted, *requested, *local, *errors;
	const char *targets_h, *targets_note, *tier, *target, *met, *not_met, *no_target;
	const char *cities_h, *industries_h, *city, *industry, *overlap, *award;
	const char *platforms_h, *platform, *application, *nothing;
	const char *incomplete_h, *applicant, *missing;
	const char *needs, *once, *proof, *if_supplied, *more_granted, *all_granted;
	const char *effect_h, *effect_note, *indicator, *reported, *met_count;
	const char *errors_h, *readings_h, *readings[4];
	const char *wan, *yi, *overshoot, *reason, *not_key_support, *nothing_requested, *no_award;
	const char *generated_on, *parameters_note, *policy_id;
} words;

static const words zh = {
	GSB_LANG_ZH, "zh-CN", "山东省产业互联网“个十百”平台培育 — 项目总体情况报告",
	"山东省产业互联网“个十百”平台培育及奖补办法（2018）", "统计日期", "各申报的评价日期",
	"目标口径日期", "参数", "内置默认参数", "生成", "元", "：",
	"总体情况", "申报数", "符合申报条件", "材料不全", "不符合申报条件", "认定平台",
	"省级奖补合计", "申请金额合计", "市县配套合计", "未能评价的输入",
	"认定平台与培育目标", "到2020年培育综合服务平台约1个、跨行业跨领域平台约10个、企业级平台约100个。",
	"层级", "目标", "已达成", "未达成", "无目标",
	"按城市（按省级奖补额排序）", "按行业（按省级奖补额排序）", "城市", "行业",
	"一个平台计入其申报的每一个行业，各行业之和可能大于总数。", "省级奖补",
	"认定平台名单", "平台", "申报编号", "无",
	"材料不全的申报及所缺事项", "申报单位", "所缺事项",
	"需补正的事实与证明材料", "补正后", "证明材料", "若上述申报的材料全部补齐",
	"可增加省级奖补", "省级奖补合计将为",
	"成效指标", "认定平台中填报与达到各项成效指标的数量。", "指标", "填报", "达到",
	"未能评价的输入", "本报告采用的解释",
	{
		"认定平台：符合申报条件、评定层级不为“无”、且经评审认定（review/@recognised 为 true）的平台，"
		"按评定层级（而非申报层级）计数；认定情况未知的不计 [2.1]。",
		"城市：取注册地行政区划代码的前四位；未填写时取有效统一社会信用代码的第3–8位。"
		"莱芜（3712）于2019-01-09并入济南：评价日期自该日起计入济南（3701），此前单列莱芜。",
		"行业：平台计入其申报的每个行业（十强产业之外的名称计入“其他行业”）；奖补为省级核定奖补额 [4.1]，"
		"市县配套单列 [4.2]。",
		"成效：只统计认定平台；每项指标每个平台计一次，评价结果为“达到”的计为达到 [2.2]。",
	},
	"万元", "亿元", "超出目标", "说明", "未列入重点支持，不予省级奖补",
	"未申请省级奖补", "未予省级奖补", "生成日期", "金额以万元、亿元显示，鼠标悬停可见精确到分的金额。",
	"政策编号",
};

static const words en = {
	GSB_LANG_EN, "en", "Shandong industrial-internet \u201cGe-Shi-Bai\u201d platforms \u2014 programme report",
	"Measures for cultivating and rewarding industrial-internet platforms, Shandong (2018)",
	"As of", "each application's evaluation date", "Targets read on", "Parameters",
	"built-in defaults", "Generated", "yuan", ": ",
	"Summary", "Applications", "Eligible", "Incomplete", "Ineligible", "Recognised platforms",
	"Provincial awards granted", "Amounts requested", "City and county support",
	"Inputs not decided",
	"Recognised platforms against the targets",
	"By 2020: about 1 comprehensive service platform, about 10 cross-industry cross-domain "
	"platforms and about 100 enterprise-level platforms.",
	"Tier", "Target", "met", "not met", "no target",
	"By city (ranked by provincial award)", "By industry (ranked by provincial award)", "City", "Industry",
	"A platform counts in every industry it declares: rows may add up to more than the total.",
	"Provincial award",
	"Recognised platforms", "Platform", "Application", "none",
	"Incomplete applications and their missing facts", "Applicant", "Missing",
	"Facts to supply and the documents that prove them", "Once supplied", "proof",
	"If every application above supplied what it lacks",
	"provincial awards would grow by", "and total",
	"Effect indicators", "Recognised platforms reporting and meeting each indicator.",
	"Indicator", "Reported", "Met",
	"Inputs not decided", "Readings used in this report",
	{
		"Recognised: eligible, classified tier not none, and recognised by the review "
		"(review/@recognised true); counted at the classified tier, not the claimed one; an "
		"unknown recognition does not count [2.1].",
		"City: first four digits of the registered division code, else of positions 3\u20138 "
		"of a valid unified social credit code. Laiwu (3712) merged into Jinan on 2019-01-09: "
		"evaluation dates from that day count it as Jinan (3701), earlier ones as Laiwu.",
		"Industry: a platform counts in each industry it declares (names outside the ten go "
		"under \u201cother\u201d); awards are the provincial amounts granted [4.1], city and "
		"county support is shown apart [4.2].",
		"Effect: recognised platforms only; each indicator counts once per platform, met when "
		"its decision says met [2.2].",
	},
	"10k yuan (万元)", "100m yuan (亿元)", "beyond the target", "Note",
	"not listed for key support: no provincial award", "no provincial award requested",
	"no provincial award", "Generated on",
	"Amounts in 万元 (10,000 yuan) or 亿元 (100 million yuan); hover for the exact amount.",
	"Policy id",
};

static const words *words_of(gsb_lang lang)
{
	return lang == GSB_LANG_EN ? &en : &zh;
}

/* Target of an indicator in percent, docs/rules.md §7. */
static const char *kpi_target(gsb_kpi k)
{
	static const char *const targets[GSB_KPI_COUNT] = { "-20%", "-20%", "+20%", "-10%", "+15%" };
	return (unsigned)k < GSB_KPI_COUNT ? targets[k] : "";
}

/* ================================================================ pieces */

static void esc(FILE *f, const char *s)
{
	gsb__html_escape(f, s);
}

/* An amount in 万元, or 亿元 from 1 亿 up, with the exact yuan on hover:
 * <span class="amount" title="79,027,291.66 元">7,902.73 万元</span> */
static void money(FILE *f, gsb_fen fen, gsb_lang lang)
{
	const words *w = words_of(lang);
	char exact[32], scaled[32];
	int yi = fen >= GSB__FEN_YI || fen <= -GSB__FEN_YI;
	fputs("<span class=\"amount\" title=\"", f);
	fputs(gsb__fen_grouped(fen, exact), f);
	fputc(' ', f);
	esc(f, lang == GSB_LANG_EN ? "yuan" : "元");
	fprintf(f, "\">%s ", gsb__fen_scaled(fen, yi ? GSB__FEN_YI : GSB__FEN_WAN, scaled));
	esc(f, lang == GSB_LANG_EN ? (yi ? "亿元" : "万元") : (yi ? w->yi : w->wan));
	fputs("</span>", f);
}

static void fen_attr(FILE *f, gsb_fen fen)
{
	char buf[24];
	fprintf(f, " data-fen=\"%lld\" data-yuan=\"%s\"", (long long)fen, gsb_fen_format(fen, buf));
}

static const char style[] =
	"body{font-family:\"Noto Sans CJK SC\",\"WenQuanYi Zen Hei\",\"Microsoft YaHei\","
	"sans-serif;margin:24px auto;max-width:1100px;color:#1d2733;background:#fff;"
	"line-height:1.5}\n"
	"h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;border-bottom:2px solid #c8102e;"
	"padding-bottom:4px;margin-top:32px}\n"
	".meta{color:#555;font-size:13px;margin:2px 0}\n"
	".cards{display:flex;flex-wrap:wrap;gap:10px;padding:0;margin:0}\n"
	".card{border:1px solid #d5dbe3;border-radius:6px;padding:8px 14px;min-width:150px;"
	"margin:0}\n.card dt{font-size:13px;color:#555}.card dd{margin:0;font-size:20px;"
	"font-weight:bold}\n"
	"table{border-collapse:collapse;width:100%;margin:8px 0;font-size:14px}\n"
	"th,td{border:1px solid #d5dbe3;padding:4px 8px;text-align:left}"
	"th{background:#f1f4f8}td.num{text-align:right;font-variant-numeric:tabular-nums}\n"
	".met{color:#137333;font-weight:bold}.unmet{color:#b3261e;font-weight:bold}\n"
	"code{font-size:12px;color:#444}.note{font-size:13px;color:#555}\n"
	"svg{display:block;margin:8px 0}svg text{font-size:13px;fill:#1d2733}\n"
	"svg .track{fill:#eef1f5}svg .bar{fill:#2f6db5}svg .bar.ok{fill:#2e8b57}"
	"svg .bar.over{fill:#e8a33d}svg .mark{stroke:#1d2733;stroke-width:2}\n"
	".amount{cursor:help;white-space:nowrap}td.reason{font-size:13px;color:#7a4b00}\n"
	"footer{margin-top:36px;font-size:12px;color:#666;border-top:1px solid #d5dbe3;"
	"padding-top:8px}footer p{margin:2px 0}\n"
	"@media print{@page{size:A4;margin:15mm 12mm}"
	"body{margin:0;max-width:none;font-size:10.5pt;color:#000}"
	"h1{font-size:17pt}h2{font-size:13pt;break-after:avoid;page-break-after:avoid}"
	"section,tr,svg,.card{break-inside:avoid;page-break-inside:avoid}"
	"table{font-size:9.5pt}th{background:#eee}svg{max-width:100%;height:auto}"
	".card{border-color:#999}.amount{cursor:auto}"
	"*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n";

static void head(FILE *f, const words *w)
{
	fprintf(f, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n",
	        w->html_lang);
	fputs("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	      "style-src 'unsafe-inline'; img-src data:\">\n"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	      "<meta name=\"generator\" content=\"libgeshibai ", f);
	esc(f, gsb_version());
	fputs("\">\n<title>", f);
	esc(f, w->title);
	fprintf(f, "</title>\n<style>\n%s</style>\n</head>\n", style);
}

/* "统计日期：… · 目标口径日期：… · 参数：…", in the header and the footer. */
static void settings(FILE *f, const gsb_programme *p, const words *w)
{
	char d[11];
	esc(f, w->as_of);
	esc(f, w->colon);
	esc(f, p->as_of == GSB_DATE_NONE ? w->as_of_each : gsb_date_format(p->as_of, d));
	fputs(" · ", f);
	esc(f, w->targets_on);
	esc(f, w->colon);
	fprintf(f, "%s · ", gsb_date_format(gsb_programme_target_date(p), d));
	esc(f, w->policy);
	esc(f, w->colon);
	const char *source = gsb_policy_source(p->policy);
	esc(f, source ? source : w->builtin);
}

static void header(FILE *f, const gsb_programme *p, const words *w)
{
	char d[11];
	fputs("<header>\n<h1 id=\"title\">", f);
	esc(f, w->title);
	fputs("</h1>\n<p class=\"meta\">", f);
	esc(f, w->subtitle);
	fprintf(f, "</p>\n<p class=\"meta\" id=\"as-of\" data-as-of=\"%s\">",
	        p->as_of == GSB_DATE_NONE ? "" : gsb_date_format(p->as_of, d));
	settings(f, p, w);
	fputs("</p>\n</header>\n", f);
}

static void card(FILE *f, const char *id, const char *label, size_t count)
{
	fprintf(f, "<div class=\"card\"><dt>");
	esc(f, label);
	fprintf(f, "</dt><dd id=\"%s\" data-count=\"%zu\">%zu</dd></div>\n", id, count, count);
}

static void money_card(FILE *f, const char *id, const char *label, gsb_fen fen, const words *w)
{
	fprintf(f, "<div class=\"card\"><dt>");
	esc(f, label);
	fprintf(f, "</dt><dd id=\"%s\"", id);
	fen_attr(f, fen);
	fputc('>', f);
	money(f, fen, w->lang);
	fputs("</dd></div>\n", f);
}

/* <section id="id"><h2>heading</h2>, each on its line. */
static void section_open(FILE *f, const char *id, const char *heading)
{
	fprintf(f, "<section id=\"%s\">\n<h2>", id);
	esc(f, heading);
	fputs("</h2>\n", f);
}

/* A paragraph of class note. */
static void note(FILE *f, const char *text)
{
	fputs("<p class=\"note\">", f);
	esc(f, text);
	fputs("</p>\n", f);
}

/* A table's head, one <th> a column; its body follows. */
static void table_head(FILE *f, const char *const *cols, size_t n)
{
	fputs("<table>\n<thead><tr>", f);
	for (size_t i = 0; i < n; i++) {
		fputs("<th>", f);
		esc(f, cols[i]);
		fputs("</th>", f);
	}
	fputs("</tr></thead>\n<tbody>\n", f);
}

static void summary(FILE *f, const gsb_programme *p, const words *w)
{
	section_open(f, "summary", w->summary);
	fputs("<dl class=\"cards\">\n", f);
	card(f, "count-applications", w->applications, p->count);
	card(f, "count-eligible", w->eligible, p->outcomes[GSB_OUTCOME_ELIGIBLE]);
	card(f, "count-incomplete", w->incomplete, p->outcomes[GSB_OUTCOME_INCOMPLETE]);
	card(f, "count-ineligible", w->ineligible, p->outcomes[GSB_OUTCOME_INELIGIBLE]);
	card(f, "count-recognised", w->recognised, gsb_programme_recognised(p, GSB_TIER_NONE));
	money_card(f, "total-granted", w->granted, p->granted, w);
	money_card(f, "total-requested", w->requested, p->requested, w);
	money_card(f, "total-local", w->local, p->local, w);
	card(f, "count-errors", w->errors, p->errors.n);
	fputs("</dl>\n</section>\n", f);
}

/* ================================================================ charts */

#define CHART_LABEL 170
#define CHART_BAR 560
#define CHART_ROW 26

/* Width of value on a bar of CHART_BAR pixels for max; integers only. */
static long bar_width(int64_t value, int64_t max)
{
	if (max <= 0 || value <= 0)
		return 0;
	if (value >= max)
		return CHART_BAR;
	return (long)((__int128)value * CHART_BAR / max);
}

static void svg_open(FILE *f, const char *id, const char *title, size_t rows)
{
	fprintf(f, "<svg id=\"%s\" role=\"img\" width=\"%d\" "
	        "height=\"%zu\" viewBox=\"0 0 %d %zu\" aria-label=\"",
	        id, CHART_LABEL + CHART_BAR + 200, rows * CHART_ROW + 8,
	        CHART_LABEL + CHART_BAR + 200, rows * CHART_ROW + 8);
	esc(f, title);
	fputs("\"><title>", f);
	esc(f, title);
	fputs("</title>\n", f);
}

/* One row: label, a track of full width, a bar of value/max, a caption. */
static void svg_row(FILE *f, size_t row, const char *label, int64_t value, int64_t max,
                    const char *caption)
{
	size_t y = row * CHART_ROW + 4;
	fprintf(f, "<text x=\"%d\" y=\"%zu\" text-anchor=\"end\">", CHART_LABEL - 8, y + 17);
	esc(f, label);
	fprintf(f, "</text><rect class=\"track\" x=\"%d\" y=\"%zu\" width=\"%d\" height=\"20\"/>",
	        CHART_LABEL, y, CHART_BAR);
	fprintf(f, "<rect class=\"bar\" x=\"%d\" y=\"%zu\" width=\"%ld\" height=\"20\"/>",
	        CHART_LABEL, y, bar_width(value, max));
	fprintf(f, "<text x=\"%d\" y=\"%zu\">", CHART_LABEL + CHART_BAR + 8, y + 17);
	esc(f, caption);
	fputs("</text>\n", f);
}

/* ================================================================ targets */

/* A tier's bar against its target: the scale runs to the larger of the two,
 * so that 726 recognised of a target of 100 draws a full bar with the target
 * marked at a seventh of it and the overshoot in its own colour, not a bar
 * that stops at 100 of 100. */
static void target_bar(FILE *f, size_t row, const gsb_programme *p, gsb_tier t, const words *w)
{
	int64_t target = gsb_programme_target(p, t), n = (int64_t)gsb_programme_recognised(p, t);
	int64_t scale = n > target ? n : target > 0 ? target : 1;
	long bar = bar_width(n, scale), mark = bar_width(target, scale);
	size_t y = row * CHART_ROW + 4;
	fprintf(f, "<g id=\"bar-%s\" class=\"target-bar\" data-recognised=\"%lld\" "
	        "data-target=\"%lld\" data-bar=\"%ld\" data-mark=\"%ld\">", gsb_tier_name(t),
	        (long long)n, (long long)target, bar, mark);
	fprintf(f, "<text x=\"%d\" y=\"%zu\" text-anchor=\"end\">", CHART_LABEL - 8, y + 17);
	esc(f, gsb_tier_label(t, w->lang));
	fprintf(f, "</text><rect class=\"track\" x=\"%d\" y=\"%zu\" width=\"%d\" height=\"20\"/>",
	        CHART_LABEL, y, CHART_BAR);
	long within = target > 0 && n > target ? mark : bar;
	fprintf(f, "<rect class=\"bar%s\" x=\"%d\" y=\"%zu\" width=\"%ld\" height=\"20\"/>",
	        gsb_programme_target_met(p, t) ? " ok" : "", CHART_LABEL, y, within);
	if (within < bar) {
		fprintf(f, "<rect class=\"bar over\" x=\"%ld\" y=\"%zu\" width=\"%ld\" height=\"20\">"
		        "<title>", CHART_LABEL + within, y, bar - within);
		esc(f, w->overshoot);
		fputs("</title></rect>", f);
	}
	if (target > 0)
		fprintf(f, "<line class=\"mark\" x1=\"%ld\" x2=\"%ld\" y1=\"%zu\" y2=\"%zu\"/>",
		        CHART_LABEL + mark, CHART_LABEL + mark, y - 2, y + 22);
	fprintf(f, "<text x=\"%d\" y=\"%zu\">%lld / %lld", CHART_LABEL + CHART_BAR + 8, y + 17,
	        (long long)n, (long long)(target < 0 ? 0 : target));
	if (target > 0)
		fprintf(f, " (%lld%%)", (long long)((__int128)n * 100 / target));
	fputs("</text></g>\n", f);
}

static void target_row(FILE *f, const gsb_programme *p, gsb_tier t, const words *w)
{
	size_t n = gsb_programme_recognised(p, t);
	int64_t target = gsb_programme_target(p, t);
	int met = gsb_programme_target_met(p, t);
	fprintf(f, "<tr id=\"tier-%s\" data-tier=\"%s\" data-recognised=\"%zu\" data-target=\"%lld\" "
	        "data-met=\"%s\"><td>", gsb_tier_name(t), gsb_tier_name(t), n, (long long)target,
	        met ? "true" : "false");
	esc(f, gsb_tier_label(t, w->lang));
	fprintf(f, "</td><td class=\"num\">%zu</td><td class=\"num\">", n);
	if (target >= 0)
		fprintf(f, "≥ %lld", (long long)target);
	else
		esc(f, w->no_target);
	fprintf(f, "</td><td class=\"%s\">", met ? "met" : "unmet");
	esc(f, target < 0 ? w->no_target : met ? w->met : w->not_met);
	fputs("</td></tr>\n", f);
}

static void targets(FILE *f, const gsb_programme *p, const words *w)
{
	static const gsb_tier tiers[] = { GSB_TIER_COMPREHENSIVE, GSB_TIER_CROSS_DOMAIN,
	                                  GSB_TIER_ENTERPRISE };
	section_open(f, "targets", w->targets_h);
	note(f, w->targets_note);
	const char *cols[] = { w->tier, w->recognised, w->target, "" };
	table_head(f, cols, GSB_ARRAY_LEN(cols));
	for (size_t i = 0; i < GSB_ARRAY_LEN(tiers); i++)
		target_row(f, p, tiers[i], w);
	fputs("</tbody>\n</table>\n", f);
	svg_open(f, "chart-targets", w->targets_h, GSB_ARRAY_LEN(tiers));
	for (size_t i = 0; i < GSB_ARRAY_LEN(tiers); i++)
		target_bar(f, i, p, tiers[i], w);
	fputs("</svg>\n</section>\n", f);
}

/* ================================================================ groups */

/* The rows of a group with applications: the named ones (cities, the ten
 * industries) ranked by provincial award, largest first (equal ones by label,
 * collation), then other / unknown / none. */
static int sorted_rows(const gsb_programme *p, gsb_group group, gsb_lang lang, size_t *rows,
                       size_t *n)
{
	const char *labels[GSB__CITY_COUNT + GSB__IND_COUNT];
	size_t idx[GSB__CITY_COUNT + GSB__IND_COUNT], order[GSB__CITY_COUNT + GSB__IND_COUNT];
	size_t named = group == GSB_GROUP_CITY ? GSB__CITY_OTHER : GSB__IND_OTHER, k = 0;
	for (size_t r = 0; r < named; r++) {
		if (p->rows[group][r].applications == 0)
			continue;
		idx[k] = r;
		labels[k++] = gsb__group_row_label(group, r, lang);
	}
	int rc = gsb__collate_order(order, (const char *const *)labels, k);
	for (size_t i = 0; rc == GSB_OK && i < k; i++)
		rows[i] = idx[order[i]];
	for (size_t i = 1; rc == GSB_OK && i < k; i++) { /* by award, largest first; stable */
		size_t r = rows[i], j = i;
		for (; j > 0 && p->rows[group][rows[j - 1]].granted < p->rows[group][r].granted; j--)
			rows[j] = rows[j - 1];
		rows[j] = r;
	}
	for (size_t r = named; r < gsb__group_rows(group); r++)
		if (p->rows[group][r].applications > 0)
			rows[k++] = r;
	*n = k;
	return rc;
}

static void group_row(FILE *f, const gsb_programme *p, gsb_group group, size_t r,
                      gsb_lang lang)
{
	const gsb__group_row *row = &p->rows[group][r];
	const char *code = gsb__group_row_code(group, r);
	fprintf(f, "<tr id=\"%s-%s\" data-code=\"%s\" data-applications=\"%zu\" "
	        "data-recognised=\"%zu\"", group == GSB_GROUP_CITY ? "city" : "industry", code, code,
	        row->applications, row->recognised);
	fen_attr(f, row->granted);
	fputs("><td>", f);
	esc(f, gsb__group_row_label(group, r, lang));
	fprintf(f, " <code>%s</code></td><td class=\"num\">%zu</td><td class=\"num\">%zu</td>"
	        "<td class=\"num\">", code, row->applications, row->recognised);
	money(f, row->granted, lang);
	fputs("</td></tr>\n", f);
}

static void group_chart(FILE *f, const gsb_programme *p, gsb_group group, const size_t *rows,
                        size_t n, gsb_lang lang, const char *title)
{
	gsb_fen max = 0;
	for (size_t i = 0; i < n; i++)
		if (p->rows[group][rows[i]].granted > max)
			max = p->rows[group][rows[i]].granted;
	svg_open(f, group == GSB_GROUP_CITY ? "chart-cities" : "chart-industries", title, n);
	for (size_t i = 0; i < n; i++) {
		const gsb__group_row *row = &p->rows[group][rows[i]];
		char caption[64], scaled[32];
		snprintf(caption, sizeof caption, "%s %s", gsb__fen_scaled(row->granted, GSB__FEN_WAN, scaled),
		         "万元");
		svg_row(f, i, gsb__group_row_label(group, rows[i], lang), row->granted, max, caption);
	}
	fputs("</svg>\n", f);
}

static int groups(FILE *f, const gsb_programme *p, gsb_group group, const words *w)
{
	gsb_lang lang = w->lang;
	size_t rows[GSB__CITY_COUNT + GSB__IND_COUNT], n;
	int rc = sorted_rows(p, group, lang, rows, &n);
	if (rc < 0)
		return rc;
	bool city = group == GSB_GROUP_CITY;
	section_open(f, city ? "cities" : "industries", city ? w->cities_h : w->industries_h);
	if (!city)
		note(f, w->overlap);
	const char *cols[] = { city ? w->city : w->industry, w->applications, w->recognised,
		               w->award };
	table_head(f, cols, GSB_ARRAY_LEN(cols));
	for (size_t i = 0; i < n; i++)
		group_row(f, p, group, rows[i], lang);
	fputs("</tbody>\n</table>\n", f);
	group_chart(f, p, group, rows, n, lang, city ? w->cities_h : w->industries_h);
	fputs("</section>\n", f);
	return GSB_OK;
}

/* ================================================================ listings */

static void empty_row(FILE *f, int columns, const words *w)
{
	fprintf(f, "<tr><td colspan=\"%d\">", columns);
	esc(f, w->nothing);
	fputs("</td></tr>\n", f);
}

static void platform_row(FILE *f, const gsb__platform *pl, const words *w, gsb_lang lang)
{
	fputs("<tr class=\"platform\" data-application=\"", f);
	esc(f, pl->id);
	fprintf(f, "\" data-tier=\"%s\" data-city=\"%s\"", gsb_tier_name(pl->tier),
	        gsb__group_row_code(GSB_GROUP_CITY, (size_t)pl->city));
	fen_attr(f, pl->granted);
	fputs("><td>", f);
	esc(f, pl->name);
	fputs("</td><td><code>", f);
	esc(f, pl->id);
	fputs("</code></td><td>", f);
	esc(f, gsb_tier_label(pl->tier, lang));
	fputs("</td><td>", f);
	esc(f, gsb__group_row_label(GSB_GROUP_CITY, (size_t)pl->city, lang));
	fputs("</td><td class=\"num\">", f);
	money(f, pl->granted, lang);
	fputs("</td><td class=\"reason\">", f);
	if (pl->granted == 0)
		esc(f, pl->status == GSB_SUBSIDY_NOT_KEY_SUPPORT ? w->not_key_support
		       : pl->status == GSB_SUBSIDY_GRANTED       ? w->nothing_requested
		                                                 : w->no_award);
	fputs("</td></tr>\n", f);
}

/* The order of n listed applications by name, else id (collation). */
static int order_by_name(size_t **order, const gsb_programme *p, size_t n,
                         const char *(*name_of)(const gsb_programme *, size_t))
{
	*order = NULL;
	const char **names = malloc((n ? n : 1) * sizeof *names);
	size_t *o = malloc((n ? n : 1) * sizeof *o);
	if (names == NULL || o == NULL) {
		free(names);
		free(o);
		return gsb__error(GSB_ENOMEM, "report: out of memory");
	}
	for (size_t i = 0; i < n; i++)
		names[i] = name_of(p, i);
	int rc = gsb__collate_order(o, (const char *const *)names, n);
	free(names);
	if (rc < 0)
		free(o);
	else
		*order = o;
	return rc;
}

/* How a listing of applications (platforms, incomplete ones) is written. */
typedef struct {
	const char *id;                                  /* of its section */
	size_t n;                                        /* applications listed */
	const char *(*name_of)(const gsb_programme *, size_t);
	void (*intro)(FILE *, const gsb_programme *, const words *); /* or NULL */
	void (*row)(FILE *, const gsb_programme *, size_t, const words *);
} listing_def;

/* A section listing applications by name: heading, intro, a table of cols
 * with a row an application ("nothing" when there is none). */
static int listing(FILE *f, const gsb_programme *p, const listing_def *l, const char *heading,
                   const char *const *cols, size_t n_cols, const words *w)
{
	size_t *order;
	int rc = order_by_name(&order, p, l->n, l->name_of);
	if (rc < 0)
		return rc;
	section_open(f, l->id, heading);
	if (l->intro)
		l->intro(f, p, w);
	table_head(f, cols, n_cols);
	for (size_t i = 0; i < l->n; i++)
		l->row(f, p, order[i], w);
	if (l->n == 0)
		empty_row(f, (int)n_cols, w);
	fputs("</tbody>\n</table>\n</section>\n", f);
	free(order);
	return GSB_OK;
}

static const char *platform_name(const gsb_programme *p, size_t i)
{
	return p->platforms[i].name ? p->platforms[i].name : p->platforms[i].id;
}

static void platform_at(FILE *f, const gsb_programme *p, size_t i, const words *w)
{
	platform_row(f, &p->platforms[i], w, w->lang);
}

static int platforms(FILE *f, const gsb_programme *p, const words *w)
{
	const listing_def l = { "platforms", p->n_platforms, platform_name, NULL, platform_at };
	const char *cols[] = { w->platform, w->application, w->tier, w->city, w->award, w->reason };
	return listing(f, p, &l, w->platforms_h, cols, GSB_ARRAY_LEN(cols), w);
}

/* What an incomplete application lacks, in words: each need's label (with the
 * least count for a metric), the document that proves it and the provision. */
static void needs_cell(FILE *f, const gsb__incomplete *c, const words *w)
{
	gsb_lang lang = w->lang;
	fputs("<td><ul class=\"needs\">", f);
	for (size_t k = 0; k < c->n_needs; k++) {
		const gsb__lack *l = &c->needs[k];
		fputs("<li>", f);
		esc(f, l->label[lang]);
		if (gsb__need_value_is_count(l->value)) {
			fputs(lang == GSB_LANG_EN ? " (at least " : "（至少 ", f);
			esc(f, l->value);
			fputs(lang == GSB_LANG_EN ? ")" : "）", f);
		}
		fputs(" <code>", f);
		esc(f, l->provision);
		fputs("</code><br><span class=\"note\">", f);
		esc(f, w->proof);
		esc(f, w->colon);
		esc(f, l->proof[lang]);
		fputs("</span></li>", f);
	}
	fputs("</ul></td>", f);
}

/* What it would be once supplied: outcome, tier, provincial award. */
static void potential_cell(FILE *f, const gsb__incomplete *c, const words *w)
{
	if (!c->potential) {
		fputs("<td></td>", f);
		return;
	}
	fprintf(f, "<td class=\"potential\" data-outcome=\"%s\" data-tier=\"%s\"",
	        gsb_outcome_name(c->potential_outcome), gsb_tier_name(c->potential_tier));
	fen_attr(f, c->potential_granted);
	fputc('>', f);
	esc(f, gsb_outcome_label(c->potential_outcome, w->lang));
	fputs("<br>", f);
	esc(f, gsb_tier_label(c->potential_tier, w->lang));
	fputs("<br>", f);
	money(f, c->potential_granted, w->lang);
	fputs("</td>", f);
}

/* The programme once every incomplete application is complete. */
static void incomplete_potential(FILE *f, const gsb_programme *p, const words *w)
{
	size_t n = 0;
	for (size_t i = 0; i < p->n_incomplete; i++)
		n += p->incomplete[i].potential;
	gsb_fen total;
	if (n == 0 || __builtin_add_overflow(p->granted, p->potential, &total))
		return;
	fprintf(f, "<p id=\"incomplete-potential\" data-applications=\"%zu\"", n);
	fen_attr(f, p->potential);
	fprintf(f, " data-total-fen=\"%lld\">", (long long)total);
	esc(f, w->if_supplied);
	fputs(w->lang == GSB_LANG_EN ? ", " : "，", f);
	esc(f, w->more_granted);
	fputc(' ', f);
	money(f, p->potential, w->lang);
	fputs(w->lang == GSB_LANG_EN ? ", " : "，", f);
	esc(f, w->all_granted);
	fputc(' ', f);
	money(f, total, w->lang);
	fputs(w->lang == GSB_LANG_EN ? ".</p>\n" : "。</p>\n", f);
}

static void incomplete_row(FILE *f, const gsb__incomplete *c, const words *w)
{
	gsb_lang lang = w->lang;
	fprintf(f, "<tr class=\"incomplete\" data-missing=\"%zu\" data-application=\"", c->n_missing);
	esc(f, c->id);
	fprintf(f, "\" data-needs=\"%zu", c->n_needs);
	fputs("\"><td><code>", f);
	esc(f, c->id);
	fputs("</code></td><td>", f);
	esc(f, c->name);
	fputs("</td><td><ul>", f);
	for (size_t k = 0; k < c->n_missing; k++) {
		const char *label = gsb_check_label(c->missing[k], lang);
		fputs("<li>", f);
		esc(f, label ? label : c->missing[k]);
		fputs(" <code>", f);
		esc(f, c->missing[k]);
		fputs("</code></li>", f);
	}
	fputs("</ul></td>", f);
	needs_cell(f, c, w);
	potential_cell(f, c, w);
	fputs("</tr>\n", f);
}

static const char *incomplete_name(const gsb_programme *p, size_t i)
{
	return p->incomplete[i].name ? p->incomplete[i].name : p->incomplete[i].id;
}

static void incomplete_at(FILE *f, const gsb_programme *p, size_t i, const words *w)
{
	incomplete_row(f, &p->incomplete[i], w);
}

static int incomplete(FILE *f, const gsb_programme *p, const words *w)
{
	const listing_def l = { "incomplete", p->n_incomplete, incomplete_name, incomplete_potential,
		                incomplete_at };
	const char *cols[] = { w->application, w->applicant, w->missing, w->needs, w->once };
	return listing(f, p, &l, w->incomplete_h, cols, GSB_ARRAY_LEN(cols), w);
}

static void effect(FILE *f, const gsb_programme *p, const words *w)
{
	gsb_lang lang = w->lang;
	section_open(f, "effect", w->effect_h);
	note(f, w->effect_note);
	const char *cols[] = { w->indicator, w->target, w->reported, w->met_count };
	table_head(f, cols, GSB_ARRAY_LEN(cols));
	for (int k = 0; k < GSB_KPI_COUNT; k++) {
		fprintf(f, "<tr id=\"kpi-%s\" data-reported=\"%zu\" data-met=\"%zu\"><td>",
		        gsb_kpi_name((gsb_kpi)k), p->kpi_reported[k], p->kpi_met[k]);
		esc(f, gsb_kpi_label((gsb_kpi)k, lang));
		fprintf(f, "</td><td class=\"num\">%s</td><td class=\"num\">%zu</td>"
		        "<td class=\"num\">%zu</td></tr>\n", kpi_target((gsb_kpi)k), p->kpi_reported[k],
		        p->kpi_met[k]);
	}
	fputs("</tbody>\n</table>\n</section>\n", f);
}

static void errors(FILE *f, const gsb_programme *p, const words *w)
{
	if (p->errors.n == 0)
		return;
	section_open(f, "errors", w->errors_h);
	fputs("<ul>\n", f);
	for (size_t i = 0; i < p->errors.n; i++) {
		const gsb__noted_error *e = &p->errors.items[i];
		fputs("<li class=\"error\"><code>", f);
		esc(f, e->file ? e->file : "");
		if (e->line > 0)
			fprintf(f, ":%ld", e->line);
		fputs("</code> ", f);
		esc(f, e->message);
		if (e->application) {
			fputs(" (", f);
			esc(f, e->application);
			fputc(')', f);
		}
		fputs("</li>\n", f);
	}
	fputs("</ul>\n</section>\n", f);
}

static void readings(FILE *f, const words *w)
{
	section_open(f, "readings", w->readings_h);
	fputs("<ol class=\"note\">\n", f);
	for (size_t i = 0; i < GSB_ARRAY_LEN(w->readings); i++) {
		fputs("<li>", f);
		esc(f, w->readings[i]);
		fputs("</li>\n", f);
	}
	fputs("</ol>\n</section>\n", f);
}

static void footer(FILE *f, const gsb_programme *p, const words *w)
{
	char d[11];
	fputs("<footer>\n<p id=\"generated\" data-date=\"", f);
	gsb_date today = gsb_date_today();
	fprintf(f, "%s\">", gsb_date_format(today, d));
	esc(f, w->generated_on);
	esc(f, w->colon);
	fprintf(f, "%s · libgeshibai ", gsb_date_format(today, d));
	esc(f, gsb_version());
	fputs("</p>\n<p id=\"footer-policy\">", f);
	esc(f, w->subtitle);
	fputs(" · ", f);
	esc(f, w->policy_id);
	esc(f, w->colon);
	esc(f, gsb_policy_id(p->policy));
	fputs("</p>\n<p id=\"footer-parameters\">", f);
	settings(f, p, w);
	fputs("</p>\n<p>", f);
	esc(f, w->parameters_note);
	fputs("</p>\n</footer>\n", f);
}

/* ================================================================ page */

static int page(FILE *f, const gsb_programme *p, const words *w)
{
	head(f, w);
	fputs("<body>\n", f);
	header(f, p, w);
	summary(f, p, w);
	targets(f, p, w);
	int rc = groups(f, p, GSB_GROUP_CITY, w);
	if (rc == GSB_OK)
		rc = groups(f, p, GSB_GROUP_INDUSTRY, w);
	if (rc == GSB_OK)
		rc = platforms(f, p, w);
	if (rc == GSB_OK)
		rc = incomplete(f, p, w);
	if (rc != GSB_OK)
		return rc;
	effect(f, p, w);
	errors(f, p, w);
	readings(f, w);
	footer(f, p, w);
	fputs("</body>\n</html>\n", f);
	return GSB_OK;
}

static int print_page(FILE *f, const void *p, gsb_lang lang)
{
	return page(f, p, words_of(lang));
}

char *gsb_programme_to_html(const gsb_programme *p, gsb_lang lang)
{
	if (p == NULL) {
		gsb__error(GSB_EINVAL, "gsb_programme_to_html: p is NULL");
		return NULL;
	}
	return gsb__print_to_string(print_page, p, lang, "report" GSB__ZH "报告");
}
