/*
 * geshibai report — the programme report: recognised platforms per tier
 * against the targets of 2.1, platforms and awards per city and industry
 * (docs/rules.md §10), incomplete applications and their missing facts, the
 * effect indicators of 2.2, as one self-contained HTML page. The library
 * does the work (gsb_programme_*).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "help_zh.h"
#include "programme_cli.h"

static const char usage_report[] =
"NAME\n"
"  geshibai report - the programme report as one self-contained HTML page\n"
"\n"
"SYNOPSIS\n"
"  geshibai report --html OUT.html [--as-of DATE] [--params FILE] [--lang zh|en]\n"
"                  FILE...\n"
"\n"
"DESCRIPTION\n"
"  Decides every application of each FILE (an <application> or an\n"
"  <applications> batch; '-' is standard input) and writes one HTML page to\n"
"  OUT.html ('-': standard output) showing:\n"
"    - the applications by outcome, the provincial awards granted, the amounts\n"
"      requested and the city and county support;\n"
"    - recognised platforms per classified tier against the targets of 2.1\n"
"      (target.comprehensive 1, target.cross-domain 10, target.enterprise 100,\n"
"      or the values of --params), as a table and a bar chart;\n"
"    - platforms and awards per city (first four digits of the registered\n"
"      division, else of the credit code's positions 3-8; 3712 Laiwu counts as\n"
"      3701 Jinan for dates from 2019-01-09, as Laiwu before) and per\n"
"      industry, with bar charts;\n"
"    - the recognised platforms; the incomplete applications with their\n"
"      missing facts, what each must supply (in words, with the document\n"
"      that proves it) and what it would be once supplied (outcome, tier,\n"
"      provincial award), and what the programme would grant if all were;\n"
"    - the effect indicators (2.2) reported and met;\n"
"    - the inputs that could not be decided, and the readings used.\n"
"  A platform is recognised when it is eligible, its classified tier is not\n"
"  none, and the review recognised it (review/@recognised true).\n"
"\n"
"  Amounts are shown in 万元 (亿元 from 1 亿 up) with the exact yuan on hover;\n"
"  cities and industries are ranked by provincial award; a target bar shows\n"
"  a count beyond its target (the target marked on it); a recognised platform\n"
"  granted nothing has its reason; the footer names the generation date, the\n"
"  policy and the parameters; printed, the page fits A4.\n"
"\n"
"  The page needs nothing else: inline CSS and SVG, no script, nothing fetched\n"
"  (a Content-Security-Policy forbids it). Other listings are sorted with\n"
"  ICU's Chinese collation (pinyin order). Figures carry ids and data- attributes\n"
"  for programs (#tier-cross-domain[data-recognised], #total-granted[data-fen],\n"
"  #city-3701, #industry-health-care, ...).\n"
"\n"
"OPTIONS\n"
"  --html OUT       where to write the page (required); '-' is standard output;\n"
"                   never an input file or the --params file (refused, exit 2)\n"
"  --as-of DATE     the date of the report (YYYY-MM-DD): every application is\n"
"                   decided and placed in its city as of DATE, and the targets\n"
"                   are those in force on DATE. Default: each application's\n"
"                   submitted date (else today), the targets of the latest one.\n"
"  --params FILE    a parameters document (annual guide) overriding the\n"
"                   built-in parameters; 'default' names the built-in policy\n"
"  --lang LANG      zh (the default: the programme's own language, whatever the\n"
"                   locale) or en\n"
"  -h, --help       show this help\n"
"\n"
"EXIT STATUS\n"
"  0 every application decided; 1 at least one input was invalid (it is listed\n"
"  in the page, the others are reported); 2 usage error; 3 a file could not be\n"
"  read, or the page could not be written.\n"
"\n"
"EXAMPLES\n"
"  geshibai report --html programme.html examples/batch.xml examples/jinan-*.xml\n"
"  geshibai report --html - --lang en --as-of 2019-12-31 applications.xml > p.html\n"
GSB_CLI_ZH HELP_REPORT_ZH;

typedef struct {
	gsb_programme *programme;
	const gsb_policy *policy;
	gsb_date as_of;
} rep_run;

static int rep_application(void *ctx, const gsb_application *app)
{
	rep_run *run = ctx;
	gsb_decision *d = NULL;
	int rc = gsb_evaluate(&d, run->policy, app, run->as_of, GSB_EVAL_NO_REASONS);
	if (rc == GSB_OK)
		rc = gsb_programme_add(run->programme, app, d);
	gsb_decision_free(d);
	return rc; /* an error: reported by the loop, at the application */
}

static void rep_error(void *ctx, const gsb_error *e)
{
	rep_run *run = ctx;
	if (gsb_programme_add_error(run->programme, e) < 0)
		gsb_cli_print_error(NULL, gsb_error_last());
}

/* Write the page to path ('-': stdout); an exit status. */
static int rep_write(const char *path, const char *html)
{
	int to_stdout = strcmp(path, "-") == 0;
	FILE *f = to_stdout ? stdout : fopen(path, "w");
	if (f == NULL) {
		const char *why = strerror(errno);
		fprintf(stderr, "%s report: cannot write ", GSB_CLI_PROGRAM);
		gsb_cli_put_name(stderr, path);
		fprintf(stderr, ": %s\n", why);
		return GSB_EXIT_IO;
	}
	int ok = fputs(html, f) >= 0;
	if (to_stdout)
		return ok ? gsb_cli_finish_stdout() : GSB_EXIT_IO;
	ok = fclose(f) == 0 && ok;
	if (!ok) {
		fprintf(stderr, "%s report: cannot write ", GSB_CLI_PROGRAM);
		gsb_cli_put_name(stderr, path);
		fputc('\n', stderr);
	}
	return ok ? GSB_EXIT_OK : GSB_EXIT_IO;
}

static int rep_files(const gsb_policy *policy, const gsb_cli_popts *opt, char **files, int n)
{
	rep_run run = { .policy = policy, .as_of = opt->as_of };
	if (gsb_programme_new(&run.programme, policy, opt->as_of) < 0)
		return gsb_cli_library_failed();
	gsb_cli_visit visit = { rep_application, rep_error, &run };
	int stopped;
	int status = gsb_cli_each_application(files, n, &visit, opt->lang == GSB_LANG_ZH
	                                      ? "份申报已统计" : "applications counted", &stopped);
	char *html = gsb_programme_to_html(run.programme, opt->lang);
	if (html == NULL) {
		status = gsb_cli_library_failed();
	} else {
		status = gsb_cli_worse(status, rep_write(opt->html, html));
		gsb_free(html);
	}
	gsb_programme_free(run.programme);
	return status;
}

int gsb_cli_report(int argc, char **argv)
{
	return gsb_cli_programme_command(argc, argv, usage_report, 1, rep_files);
}
