/*
 * geshibai notice — a 补正材料通知 (notice to supply materials) for every
 * application that lacks facts: the applicant, the platform, each missing
 * fact in words with the document that proves it and the provision that
 * asks for it, the date, and what the application would be granted once
 * complete (docs/relevance.md). Text on standard output, or one printable,
 * self-contained HTML page (a notice per A4 page) with --html.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "programme_cli.h"
#include "help_zh.h"

static const char usage_notice[] =
"NAME\n"
"  geshibai notice - notices to supply materials (补正材料通知)\n"
"\n"
"SYNOPSIS\n"
"  geshibai notice [--as-of DATE] [--params FILE] [--lang zh|en] [--html OUT.html]\n"
"                  FILE...\n"
"\n"
"DESCRIPTION\n"
"  Decides every application of each FILE (an <application> or an\n"
"  <applications> batch; '-' is standard input) and writes, for each one that\n"
"  lacks facts (incomplete, a higher tier undetermined, or an award waiting on\n"
"  the review) and is not ineligible, a notice addressed to the applicant: the\n"
"  application, the applicant and its platform, each missing fact in words with\n"
"  the document that proves it (证明材料) and the provision of the measures that\n"
"  asks for it, and what the application would be once complete: its outcome,\n"
"  tier and provincial award (docs/relevance.md; the documents:\n"
"  docs/materials.md).\n"
"  Applications that lack nothing get no notice.\n"
"\n"
"OPTIONS\n"
"  --html OUT       write one printable HTML page (a notice per A4 page, no\n"
"                   external resources) to OUT ('-': standard output) instead of\n"
"                   text; never an input file (refused, exit 2)\n"
"  --as-of DATE     decide as of DATE (YYYY-MM-DD, 2019/06/14, 2019年6月14日) and\n"
"                   date the notices DATE; default: each application's submitted\n"
"                   date, and today's date on the notices\n"
"  --params FILE    a parameters document (annual guide) overriding the\n"
"                   built-in parameters\n"
"  --lang LANG      zh (the default: notices are official documents) or en\n"
"  -h, --help       show this help\n"
"\n"
"EXIT STATUS\n"
"  0 every application decided; 1 at least one input was invalid (reported on\n"
"  standard error; the others get their notices); 2 usage error; 3 a file could\n"
"  not be read, or the notices could not be written.\n"
"\n"
"EXAMPLES\n"
"  geshibai notice examples/weifang-incomplete.xml\n"
"  geshibai notice --html notices.html --as-of 2019-09-01 applications.xml\n"
GSB_CLI_ZH HELP_NOTICE_ZH;

/* The words of a notice, [GSB_LANG_ZH] and [GSB_LANG_EN]. */
typedef struct {
	const char *title, *to, *application, *applicant, *uscc, *platform, *date, *intro;
	const char *proof, *provision, *then, *award, *close, *none, *issuer;
} words;

static const words W[2] = {
	{ "补正材料通知", "致", "申报编号", "申报单位", "统一社会信用代码", "平台名称", "日期",
	  "经审查，贵单位的产业互联网“个十百”平台培育项目申报尚缺以下事实，请补充相应证明材料：",
	  "证明材料", "依据", "材料补齐且内容属实的，按现有申报测算", "省级奖补", 
	  "请于收到本通知后及时补正。逾期未补正的，按现有材料审查。", "（未提供）",
	  "山东省产业互联网“个十百”平台培育工程 申报受理" },
	{ "Notice to supply materials", "To", "Application", "Applicant",
	  "Unified social credit code", "Platform", "Date",
	  "On review, the application of your unit for the industrial-internet platform "
	  "programme lacks the facts below; please supply the documents that prove them:",
	  "Proof", "Provision", "Once these are supplied and true, on the present application",
	  "provincial award",
	  "Please supply them promptly; an application not completed is reviewed as it stands.",
	  "(not given)", "Shandong industrial-internet platform programme, application office" },
};

/* How the measures name a provision (docs/rules.md cites them by id). */
static const char *provision_words(const char *id, gsb_lang lang)
{
	static const struct { const char *id, *zh; } names[] = {
		{ "3.1.1", "三(一) 实施方向" }, { "3.1.2", "三(一) 综合服务平台" },
		{ "3.1.3", "三(一) 跨行业跨领域平台" }, { "3.1.4", "三(一) 企业级平台" },
		{ "3.2.1", "三(二)1" }, { "3.2.2", "三(二)2" }, { "4.1", "四、1" },
	};
	if (lang == GSB_LANG_ZH)
		for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
			if (strcmp(names[i].id, id) == 0)
				return names[i].zh;
	return id;
}

typedef struct {
	const gsb_policy *policy;
	const gsb_cli_popts *opt;
	FILE *out;
	int html;
	int notices;
} notice_run;

/* "2019年6月14日" / "2019-06-14" */
static const char *date_words(gsb_date date, gsb_lang lang, char buf[32])
{
	int y, m, d;
	gsb_date_to_ymd(date, &y, &m, &d);
	snprintf(buf, 32, lang == GSB_LANG_ZH ? "%d年%d月%d日" : "%04d-%02d-%02d", y, m, d);
	return buf;
}

/* Text as HTML character data or attribute value. */
static void put_html(FILE *f, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '"': fputs("&quot;", f); break;
		default: fputc(*s, f);
		}
	}
}

/* One field: "label：value" as a text line or an HTML row. */
static void field(const notice_run *run, const char *label, const char *value)
{
	gsb_lang lang = run->opt->lang;
	const char *v = value && *value ? value : W[lang].none;
	if (!run->html) {
		fprintf(run->out, "%s%s%s\n", label, lang == GSB_LANG_ZH ? "：" : ": ", v);
		return;
	}
	fputs("<tr><th>", run->out);
	put_html(run->out, label);
	fputs("</th><td>", run->out);
	put_html(run->out, v);
	fputs("</td></tr>\n", run->out);
}

static void need_item(const notice_run *run, const gsb_decision *d, size_t i)
{
	gsb_lang lang = run->opt->lang;
	const words *w = &W[lang];
	const char *label = gsb_decision_need_label(d, i, lang);
	const char *proof = gsb_decision_need_proof(d, i, lang);
	const char *id = gsb_decision_need_provision(d, i);
	const char *prov = provision_words(id, lang);
	const char *sep = lang == GSB_LANG_ZH ? "：" : ": ";
	if (!run->html) {
		fprintf(run->out, "  %zu. %s\n     %s%s%s\n     %s%s%s [%s]\n", i + 1, label, w->proof,
		        sep, proof, w->provision, sep, prov, id);
		return;
	}
	fputs("<li><p class=\"fact\">", run->out);
	put_html(run->out, label);
	fprintf(run->out, "</p><p>%s%s", w->proof, sep);
	put_html(run->out, proof);
	fprintf(run->out, "</p><p class=\"prov\">%s%s%s [%s]</p></li>\n", w->provision, sep, prov,
	        id);
}

static void outcome_line(const notice_run *run, const gsb_decision *d)
{
	gsb_lang lang = run->opt->lang;
	char amount[24];
	gsb_fen_format(gsb_decision_potential_granted(d), amount);
	char *capitals = gsb_fen_to_words(gsb_decision_potential_granted(d));
	const char *outcome = gsb_outcome_label(gsb_decision_potential_outcome(d), lang);
	const char *tier = gsb_tier_label(gsb_decision_potential_tier(d), lang);
	const char *fmt = lang == GSB_LANG_ZH ? "%s：%s，%s，%s %s 元（%s）。"
	                                      : "%s: %s, %s, %s %s yuan (%s).";
	if (run->html) {
		fputs("<p class=\"then\">", run->out);
		fprintf(run->out, fmt, W[lang].then, outcome, tier, W[lang].award, amount,
		        capitals ? capitals : "");
		fputs("</p>\n", run->out);
	} else {
		fprintf(run->out, fmt, W[lang].then, outcome, tier, W[lang].award, amount,
		        capitals ? capitals : "");
		fputc('\n', run->out);
	}
	gsb_free(capitals);
}

static void notice(notice_run *run, const gsb_application *app, const gsb_decision *d)
{
	gsb_lang lang = run->opt->lang;
	const words *w = &W[lang];
	char date[32];
	gsb_date on = run->opt->as_of != GSB_DATE_NONE ? run->opt->as_of : gsb_date_today();
	const char *name = gsb_application_name(app);
	if (run->html)
		fprintf(run->out, "<section class=\"notice\">\n<h1>%s</h1>\n<table>\n", w->title);
	else
		fprintf(run->out, "%s%s\n\n", run->notices ? "\f\n" : "", w->title);
	field(run, w->to, name);
	field(run, w->application, gsb_decision_application(d));
	field(run, w->uscc, gsb_application_uscc(app));
	field(run, w->platform, gsb_application_platform_name(app));
	field(run, w->date, date_words(on, lang, date));
	if (run->html) {
		fputs("</table>\n<p>", run->out);
		put_html(run->out, w->intro);
		fputs("</p>\n<ol>\n", run->out);
	} else {
		fprintf(run->out, "\n%s\n", w->intro);
	}
	for (size_t i = 0; i < gsb_decision_need_count(d); i++)
		need_item(run, d, i);
	if (run->html)
		fputs("</ol>\n", run->out);
	outcome_line(run, d);
	if (run->html) {
		fprintf(run->out, "<p>%s</p>\n<p class=\"issuer\">%s<br>", w->close, w->issuer);
		put_html(run->out, date);
		fputs("</p>\n</section>\n", run->out);
	} else {
		fprintf(run->out, "%s\n\n%s\n%s\n", w->close, w->issuer, date);
	}
	run->notices++;
}

static int notice_application(void *ctx, const gsb_application *app)
{
	notice_run *run = ctx;
	gsb_decision *d = NULL;
	unsigned flags = run->opt->lang == GSB_LANG_ZH ? GSB_EVAL_ZH_ONLY : GSB_EVAL_EN_ONLY;
	int rc = gsb_evaluate(&d, run->policy, app, run->opt->as_of, flags);
	if (rc != GSB_OK)
		return rc; /* reported by the loop, at the application */
	/* an ineligible application cannot be completed: no notice */
	if (gsb_decision_need_count(d) > 0 && gsb_decision_outcome(d) != GSB_OUTCOME_INELIGIBLE)
		notice(run, app, d);
	gsb_decision_free(d);
	return ferror(run->out) ? 1 : GSB_OK; /* 1 stops: the output failed */
}

static void notice_error(void *ctx, const gsb_error *e)
{
	(void)ctx;
	(void)e; /* printed on standard error by the visitor */
}

static void html_head(FILE *f, gsb_lang lang)
{
	fprintf(f,
	        "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
	        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	        "style-src 'unsafe-inline'\">\n<title>%s</title>\n<style>\n"
	        "body{font-family:\"Noto Serif CJK SC\",\"WenQuanYi Zen Hei\",serif;margin:0;"
	        "color:#111}\n"
	        ".notice{max-width:170mm;margin:12mm auto;padding:0 8mm;line-height:1.7}\n"
	        "h1{text-align:center;font-size:20pt;letter-spacing:.3em;margin:0 0 6mm}\n"
	        "table{border-collapse:collapse;margin-bottom:4mm}\n"
	        "th{text-align:left;padding:1mm 4mm 1mm 0;white-space:nowrap;font-weight:normal;"
	        "color:#444}\n"
	        "td{padding:1mm 0}\nol{padding-left:7mm}\nli{margin-bottom:3mm}\n"
	        "li p{margin:0}\n.fact{font-weight:bold}\n.prov{color:#555;font-size:90%%}\n"
	        ".then{border-top:1px solid #999;padding-top:3mm}\n"
	        ".issuer{text-align:right;margin-top:10mm}\n"
	        "@page{size:A4;margin:18mm}\n"
	        "@media print{.notice{margin:0 auto;padding:0;break-after:page}"
	        ".notice:last-child{break-after:auto}}\n"
	        "</style>\n</head>\n<body>\n",
	        lang == GSB_LANG_ZH ? "zh-CN" : "en", W[lang].title);
}

static int notice_files(const gsb_policy *policy, const gsb_cli_popts *opt, char **files,
                        int n)
{
	int html = opt->html != NULL;
	int to_stdout = !html || strcmp(opt->html, "-") == 0;
	FILE *out = to_stdout ? stdout : fopen(opt->html, "w");
	if (out == NULL) {
		fprintf(stderr, "%s notice: %s %s\n", GSB_CLI_PROGRAM,
		        opt->lang == GSB_LANG_ZH ? "无法写入" : "cannot write", opt->html);
		return GSB_EXIT_IO;
	}
	notice_run run = { .policy = policy, .opt = opt, .out = out, .html = html };
	gsb_cli_visit visit = { notice_application, notice_error, &run };
	if (html)
		html_head(out, opt->lang);
	int stopped;
	int status = gsb_cli_each_application(files, n, &visit, opt->lang == GSB_LANG_ZH
	                                      ? "份申报已审查" : "applications read", &stopped);
	if (html)
		fputs("</body>\n</html>\n", out);
	int ok = !stopped && fflush(out) == 0 && !ferror(out);
	if (!to_stdout)
		ok = fclose(out) == 0 && ok;
	if (!ok) {
		fprintf(stderr, "%s notice: %s\n", GSB_CLI_PROGRAM,
		        opt->lang == GSB_LANG_ZH ? "通知未能写出" : "the notices could not be written");
		return GSB_EXIT_IO;
	}
	return status;
}

int gsb_cli_notice(int argc, char **argv)
{
	return gsb_cli_programme_command(argc, argv, usage_notice, 0, notice_files);
}
