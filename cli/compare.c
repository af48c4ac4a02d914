/*
 * geshibai compare — what-if: a batch decided under two parameter sets
 * (docs/rules.md §0: the measures are data), every application whose outcome,
 * tier or grant changes, and the total provincial award under each (4.1,
 * docs/rules.md §6), exact to the fen. The library does the work (gsb_whatif_*).
 */
#include <stdio.h>
#include <stdlib.h>
#include "help_zh.h"
#include "programme_cli.h"

static const char usage_compare[] =
"NAME\n"
"  geshibai compare - what a different annual guide would cost (what-if)\n"
"\n"
"SYNOPSIS\n"
"  geshibai compare --params A --params B [--as-of DATE] [--format text|xml|json]\n"
"                   [--lang zh|en] FILE...\n"
"\n"
"DESCRIPTION\n"
"  Decides every application of each FILE (an <application> or an\n"
"  <applications> batch; '-' is standard input) twice: under the parameters A\n"
"  (the guide in force) and under B (the reform). Reports every application\n"
"  whose eligibility outcome, classified tier or granted provincial award\n"
"  differs, with both results (outcome, tier, subsidy status, cap, amount\n"
"  granted) and the change in award, then the total provincial award under A\n"
"  and under B and their difference B - A: the budget impact of the reform.\n"
"  Amounts are exact in fen (no floating point), written in yuan.\n"
"\n"
"  Batches are read as a stream. An application that cannot be decided is\n"
"  listed as an error (and on standard error as FILE:LINE: ELEMENT: message);\n"
"  it counts under neither total, and the others go on.\n"
"\n"
"OPTIONS\n"
"  --params A, --params B\n"
"                   exactly two, in this order: parameters documents\n"
"                   (docs/formats.md \"Parameters\") overriding the built-in\n"
"                   parameters. The word 'default' names the built-in policy\n"
"                   itself (write ./default for a file of that name).\n"
"  --as-of DATE     decide as of DATE (YYYY-MM-DD); default: each application's\n"
"                   submitted date, else today. Parameters are taken as in\n"
"                   force on that date (their validity periods).\n"
"  --format FORMAT  text (default), xml (<comparison> in urn:geshibai:1) or\n"
"                   json (the same tree: applications, changed, totalA,\n"
"                   totalB, difference, policies[], changes[] with a and b,\n"
"                   errors[]; amounts as decimal strings)\n"
"  --lang LANG      labels in zh or en; default from the locale (LC_ALL,\n"
"                   LC_MESSAGES, LANG starting with zh: zh)\n"
"  -h, --help       show this help\n"
"\n"
"EXIT STATUS\n"
"  0 every application decided under both; 1 at least one input was invalid\n"
"  (the others are still compared); 2 usage error (not exactly two --params);\n"
"  3 a file could not be read, or the report could not be written.\n"
"\n"
"EXAMPLES\n"
"  geshibai compare --params default --params examples/params/params-2019.xml \\\n"
"      examples/batch.xml examples/yantai-scaled.xml\n"
"  geshibai compare --params guide-2019.xml --params reform.xml --format json \\\n"
"      --as-of 2019-06-30 applications.xml\n"
GSB_CLI_ZH HELP_COMPARE_ZH;

typedef struct {
	gsb_whatif *whatif;
	gsb_date as_of;
} cmp_run;

static int cmp_application(void *ctx, const gsb_application *app)
{
	cmp_run *run = ctx;
	/* an error is reported by the loop, placed at the application */
	return gsb_whatif_add(run->whatif, app, run->as_of);
}

static void cmp_error(void *ctx, const gsb_error *e)
{
	cmp_run *run = ctx;
	if (gsb_whatif_add_error(run->whatif, e) < 0)
		gsb_cli_print_error(NULL, gsb_error_last());
}

/* Compare the files under two policies; write the report on stdout. */
static int cmp_files(gsb_policy *const pol[2], const gsb_cli_popts *opt, char **files, int n)
{
	cmp_run run = { .as_of = opt->as_of };
	if (gsb_whatif_new(&run.whatif, pol[0], pol[1]) < 0)
		return gsb_cli_library_failed();
	gsb_cli_visit visit = { cmp_application, cmp_error, &run };
	int stopped;
	int status = gsb_cli_each_application(files, n, &visit, opt->lang == GSB_LANG_ZH
	                                      ? "份申报已比较" : "applications compared", &stopped);
	char *text = gsb_whatif_to_string(run.whatif, opt->format, opt->lang);
	if (text == NULL) {
		status = gsb_cli_library_failed();
	} else {
		fputs(text, stdout);
		gsb_free(text);
	}
	gsb_whatif_free(run.whatif);
	return gsb_cli_worse(status, gsb_cli_finish_stdout());
}

int gsb_cli_compare(int argc, char **argv)
{
	gsb_cli_popts opt;
	unsigned allowed = GSB_POPT_AS_OF | GSB_POPT_PARAMS | GSB_POPT_FORMAT | GSB_POPT_LANG;
	int first = gsb_cli_popts_parse(&opt, argc, argv, allowed, 2);
	if (first < 0)
		return GSB_EXIT_USAGE;
	if (opt.help)
		return gsb_cli_print_help(usage_compare);
	if (opt.n_params != 2) {
		gsb_cli_usage_text("compare", "give exactly two --params (A, then B; 'default' is "
		                   "the built-in policy)" GSB_CLI_ZH "须给出恰好两个 --params（先 A 后 B；"
		                   "default 表示内置参数）");
		return GSB_EXIT_USAGE;
	}
	if (first >= argc) {
		gsb_cli_usage_text("compare", GSB_CLI_NO_INPUT);
		return GSB_EXIT_USAGE;
	}
	gsb_policy *pol[2] = { NULL, NULL };
	int status = gsb_cli_policy_named(&pol[0], opt.params[0]);
	if (status == GSB_EXIT_OK)
		status = gsb_cli_policy_named(&pol[1], opt.params[1]);
	if (status == GSB_EXIT_OK)
		status = cmp_files(pol, &opt, argv + first, argc - first);
	gsb_policy_free(pol[0]);
	gsb_policy_free(pol[1]);
	return status;
}
