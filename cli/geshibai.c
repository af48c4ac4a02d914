/*
 * geshibai — the command line of libgeshibai (docs/formats.md "Command line"):
 * evaluate, audit, validate, industries, lookup, uscc.
 */
#include <stdlib.h>
#include <string.h>
#include "ahead.h"
#include "cli.h"
#include "help_zh.h"
#include "programme_cli.h"
#include "table.h"
#include "serve.h"

/* ================================================================= help */

static const char usage_main[] =
"Usage: geshibai COMMAND [OPTION]... [ARGUMENT]...\n"
"       geshibai --version | --help\n"
"\n"
"Decide applications under the 2018 Shandong industrial-internet \"个十百\" platform\n"
"measures (eligibility, tier, priority, subsidy, effect) and audit the use of awards.\n"
"\n"
"Commands:\n"
"  evaluate    decide applications (XML application or batch documents)\n"
"  audit       audit project ledgers for funding misuse (docs/rules.md §8)\n"
"  validate    check documents against their schema\n"
"  industries  list the taxonomy (ten strong industries and the coded lists)\n"
"  lookup      normalise industry names\n"
"  uscc        validate and decode unified social credit codes\n"
"  compare     what-if: decide applications under two parameter sets\n"
"  report      the programme report (targets, cities, industries) as HTML\n"
"  serve       the decision service over HTTP (evaluate, audit, taxonomy)\n"
"  notice      notices to supply materials (补正材料通知) for incomplete applications\n"
"  review      show, advance or check review records (the procedure of 5.2)\n"
"\n"
"Run 'geshibai COMMAND --help' for the options of a command.\n"
"\n"
"Exit status:\n"
"  0  all inputs evaluated\n"
"  1  at least one input was invalid (the others are still reported)\n"
"  2  usage error\n"
"  3  I/O or internal error\n"
GSB_CLI_ZH HELP_MAIN_ZH;

static const char usage_evaluate[] =
"NAME\n"
"  geshibai evaluate - decide 个十百 platform applications\n"
"\n"
"SYNOPSIS\n"
"  geshibai evaluate [--as-of DATE] [--params FILE] [--format text|xml|json]\n"
"                    [--lang zh|en] [--threads 1|2] [--no-relevance] FILE...\n"
"  geshibai evaluate --format csv [-o FILE.csv] [OPTION]... FILE...\n"
"  geshibai evaluate --format xlsx -o FILE.xlsx [OPTION]... FILE...\n"
"\n"
"DESCRIPTION\n"
"  Reads each FILE (an <application> or an <applications> batch; '-' is standard\n"
"  input), validates it against the schema and decides every application: the\n"
"  fifteen eligibility checks, the tier, priority, the provincial award with its\n"
"  amount in Chinese capitals, and the effect indicators, each with the provision\n"
"  it applies and a reason. Batches are read as a stream: memory does not grow.\n"
"  A decision that lacks facts says what it would take: each fact that matters,\n"
"  the document that proves it, and what the decision would be once supplied\n"
"  (docs/relevance.md).\n"
"\n"
"  One application alone gives one decision (one JSON object). Several files, or\n"
"  a batch, give one report in input order: XML <decisions>, a JSON array. An\n"
"  application that cannot be decided is reported in its place as an error entry\n"
"  (and on standard error as FILE:LINE: ELEMENT: message); the others go on.\n"
"\n"
"OPTIONS\n"
"  --as-of DATE     evaluate as of DATE (2019-06-14, 2019/06/14 or 2019年6月14日);\n"
"                   default: each application's submitted date, else today\n"
"  --params FILE    a parameters document (annual guide or what-if reform) that\n"
"                   overrides the built-in parameters\n"
"  --format FORMAT  text (default), xml or json (docs/formats.md); a batch in\n"
"                   text ends with a summary (counts by outcome and tier, totals\n"
"                   in 万元). csv or xlsx: one row per application (id, applicant,\n"
"                   credit code, city, industries, outcome, tier, priority, cap,\n"
"                   requested, granted, local support, missing facts, the facts\n"
"                   to supply and the documents that prove them, the outcome,\n"
"                   tier and award once supplied, error, policy, parameter set\n"
"                   and its file), in the --lang language.\n"
"                   csv: RFC 4180, UTF-8 with a byte-order mark (Excel, WPS), to\n"
"                   standard output or -o FILE. xlsx: a\n"
"                   workbook (amounts as numbers in yuan, a sheet of totals),\n"
"                   only to -o FILE, never to a terminal\n"
"  -o, --output FILE  where --format csv or xlsx writes the table\n"
"  --lang LANG      language of reasons and labels: zh or en; default from the\n"
"                   locale (LC_ALL, LC_MESSAGES, LANG starting with zh: zh)\n"
"  --threads N      2: read and check the next applications on a second thread\n"
"                   while this one decides and writes (the default when this\n"
"                   process may run on more than one processor); 1: one thread.\n"
"                   The report and its errors are the same either way.\n"
"  --no-relevance   leave out what incomplete decisions would take (the needs\n"
"                   and the potential); every other result is the same\n"
"  -h, --help       show this help\n"
"\n"
"PROGRESS\n"
"  When standard error is a terminal, a progress line shows the applications\n"
"  decided and their rate, and for input files (not standard input) the share\n"
"  done and the time left. It is cleared before any error line and, when the\n"
"  report goes to the same terminal, before the report's lines: it never mixes\n"
"  with them. Redirected standard error gets no progress line.\n"
"  GSB_PROGRESS_DELAY=SECONDS shows it after that long (default 1; 0: at once).\n"
"\n"
"EXIT STATUS\n"
"  0 all applications decided; 1 at least one was invalid (schema error, bad\n"
"  values): the others are still reported; 2 usage error; 3 a file could not be\n"
"  read, or the report could not be written.\n"
"\n"
"EXAMPLES\n"
"  geshibai evaluate examples/qingdao-cross-domain.xml\n"
"  geshibai evaluate --format json --as-of 2019-06-30 a.xml b.xml\n"
"  geshibai evaluate --params examples/params/params-2019.xml --format xml batch.xml\n"
"  cat application.xml | geshibai evaluate --lang en -\n"
"  geshibai evaluate --format csv -o 申报.csv --lang zh batch.xml\n"
"  geshibai evaluate --format xlsx -o 申报.xlsx batch.xml\n"
GSB_CLI_ZH HELP_EVALUATE_ZH;

static const char usage_validate[] =
"NAME\n"
"  geshibai validate - check documents against their schema\n"
"\n"
"SYNOPSIS\n"
"  geshibai validate [--lang zh|en] FILE...\n"
"\n"
"DESCRIPTION\n"
"  Checks each FILE ('-' is standard input): an application, a batch, a ledger,\n"
"  a parameters document (values in range, periods not overlapping), a review\n"
"  record (as a whole: dates in order, each step allowed at its date, no\n"
"  disbursement inside the publicity period; see geshibai review). Prints\n"
"  'FILE: valid' for each valid document and the\n"
"  first error of each invalid one as FILE:LINE: ELEMENT: message on standard\n"
"  error, saying what was expected and the nearest known name of a misspelt\n"
"  one. An industry name of an application that matches none of the ten strong\n"
"  industries (e.g. 高端装备制造) gets a warning with the nearest industry; it\n"
"  still falls to 'other' and the document is still valid (standard input is\n"
"  read once: checked, without these warnings). Nothing is evaluated.\n"
"\n"
"OPTIONS\n"
"  --lang LANG  messages in zh or en (default from the locale)\n"
"  -h, --help  show this help\n"
"\n"
"EXIT STATUS\n"
"  0 every document is valid; 1 at least one is invalid; 2 usage error;\n"
"  3 a file could not be read.\n"
"\n"
"EXAMPLES\n"
"  geshibai validate examples/*.xml\n"
GSB_CLI_ZH HELP_VALIDATE_ZH;

/* The options of industries, lookup and uscc, and the heading after them. */
#define HELP_LANG_OPTIONS \
"OPTIONS\n" \
"  --lang LANG  labels in zh or en (default from the locale)\n" \
"  -h, --help   show this help\n" \
"\n" \
"EXIT STATUS\n"

static const char usage_industries[] =
"NAME\n"
"  geshibai industries - list the taxonomy of the measures\n"
"\n"
"SYNOPSIS\n"
"  geshibai industries [--lang zh|en]\n"
"\n"
"DESCRIPTION\n"
"  Lists the ten strong industries (code, label, accepted names) in the order of\n"
"  the measures, then the codes of the other lists (domains, resources,\n"
"  capabilities, functions, regional functions, clusters, scenarios).\n"
"\n"
HELP_LANG_OPTIONS
"  0 success; 2 usage error; 3 output could not be written.\n"
"\n"
"EXAMPLES\n"
"  geshibai industries --lang zh\n"
GSB_CLI_ZH HELP_INDUSTRIES_ZH;

static const char usage_lookup[] =
"NAME\n"
"  geshibai lookup - normalise industry names\n"
"\n"
"SYNOPSIS\n"
"  geshibai lookup [--lang zh|en] NAME...\n"
"\n"
"DESCRIPTION\n"
"  Looks each NAME up as docs/rules.md §1 says (NFKC, full-width folded, white\n"
"  space removed, Traditional folded to Simplified, codes and English names\n"
"  case-insensitive) and prints NAME, a tab, the industry code (or 'other'), a\n"
"  tab, and its label (or the normalised form of a name that is none of the ten).\n"
"  A name that falls to 'other' gets a second line with the nearest industry\n"
"  (suffixes such as 产业/制造/服务/业 dropped, edit distance, pinyin or English\n"
"  near-miss): a hint only, the name stays 'other'.\n"
"\n"
HELP_LANG_OPTIONS
"  0 every name looked up; 1 a name is not valid UTF-8; 2 usage error.\n"
"\n"
"EXAMPLES\n"
"  geshibai lookup 醫養健康 'High-end equipment' 钢铁 高端装备制造\n"
GSB_CLI_ZH HELP_LOOKUP_ZH;

static const char usage_uscc[] =
"NAME\n"
"  geshibai uscc - validate and decode unified social credit codes\n"
"\n"
"SYNOPSIS\n"
"  geshibai uscc [--lang zh|en] CODE...\n"
"\n"
"DESCRIPTION\n"
"  Checks each CODE against GB 32100-2015 (18 characters, check character) and\n"
"  prints its parts: registration authority and organisation category, the\n"
"  administrative division at issue, the organisation code and the check\n"
"  character. Lower-case letters are upper-cased first.\n"
"\n"
HELP_LANG_OPTIONS
"  0 every code is valid; 1 at least one is invalid; 2 usage error.\n"
"\n"
"EXAMPLES\n"
"  geshibai uscc 91370200718018514D\n"
GSB_CLI_ZH HELP_USCC_ZH;

/* validate, lookup, uscc: each operand through one(); the worst status. */
static int each_operand(int argc, char **argv, unsigned allowed, const char *usage,
                        const char *missing, int (*one)(const char *operand, gsb_lang lang))
{
	gsb_cli_options opt;
	int status;
	int first = gsb_cli_start(&opt, argc, argv, allowed, usage, missing, &status);
	if (first < 0)
		return status;
	for (int i = first; i < argc; i++)
		status = gsb_cli_worse(status, one(argv[i], opt.lang));
	return gsb_cli_worse(status, gsb_cli_finish_stdout());
}

/* ============================================================= evaluate */

typedef struct {
	const gsb_cli_options *opt;
	gsb_policy *policy;
	gsb_writer *writer;
	gsb_cli_table *table; /* --format csv / xlsx: rows instead of the writer */
	gsb_cli_progress progress;
	int begun;
	int status;        /* exit status so far */
	int stop;          /* the report cannot be written any more */
} ev_run;

static void ev_begin(ev_run *run, int batch)
{
	if (run->begun)
		return;
	run->begun = 1;
	if (run->table == NULL && gsb_writer_begin(run->writer, batch) < 0)
		run->stop = 1;
}

/* Report an input that could not be decided: entry in the report, stderr. */
static void ev_report(ev_run *run, const char *path, int rc, gsb_error e,
                      const gsb_application *app)
{
	if (e.file == NULL)
		e.file = path;
	gsb_cli_print_error(path, &e);
	run->status = gsb_cli_worse(run->status, gsb_cli_exit_for(rc));
	ev_begin(run, 0);
	if (!run->stop && (run->table ? gsb_cli_table_error(run->table, app, &e)
	                              : gsb_writer_error(run->writer, &e)) < 0)
		run->stop = 1;
}

/* An error, placed at the application when the library did not say. */
static void ev_error(ev_run *run, const char *path, int rc, const gsb_error *error,
                     const gsb_application *app)
{
	gsb_error e = *error;
	if (e.line == 0 && app != NULL)
		e.line = gsb_application_line(app);
	if (e.application == NULL && app != NULL)
		e.application = gsb_application_id(app);
	ev_report(run, path, rc, e, app);
}

static void ev_application(ev_run *run, const char *path, gsb_application *app)
{
	gsb_decision *d = NULL;
	/* the report is in one language: the other's reasons need no formatting */
	unsigned flags = run->opt->lang == GSB_LANG_ZH ? GSB_EVAL_ZH_ONLY : GSB_EVAL_EN_ONLY;
	if (run->opt->no_relevance)
		flags |= GSB_EVAL_NO_RELEVANCE;
	int rc = gsb_evaluate(&d, run->policy, app, run->opt->as_of, flags);
	if (rc < 0) {
		ev_error(run, path, rc, gsb_error_last(), app);
	} else if ((run->table ? gsb_cli_table_decision(run->table, app, d)
	                       : gsb_writer_decision(run->writer, d)) < 0) {
		run->stop = 1;
	}
	gsb_decision_free(d);
}

/* Decide every application of one file; single: the only file. */
static void ev_file(ev_run *run, const char *path, int single)
{
	gsb_cli_ahead *r = NULL;
	gsb_cli_progress_file(&run->progress, path);
	int rc = gsb_cli_ahead_open(&r, path, run->opt->threads > 1);
	if (rc < 0) {
		ev_error(run, path, rc, gsb_error_last(), NULL);
		return;
	}
	gsb_application *app = NULL;
	const gsb_error *error;
	rc = gsb_cli_ahead_next(r, &app, &error);
	if (single)
		ev_begin(run, gsb_cli_ahead_is_batch(r));
	size_t seen = 0;
	while (rc != 0 && !run->stop) {
		seen++;
		if (rc > 0)
			ev_application(run, path, app);
		else
			ev_error(run, path, rc, error, NULL);
		gsb_cli_ahead_done(r, app);
		app = NULL;
		gsb_cli_progress_tick(&run->progress);
		if (rc == GSB_EIO)
			break;
		rc = gsb_cli_ahead_next(r, &app, &error);
	}
	gsb_cli_ahead_done(r, app);
	if (seen == 0 && !gsb_cli_ahead_is_batch(r)) {
		gsb_error e = { .code = GSB_ESCHEMA, .message = "no application in the document",
		                .message_zh = "文件中没有申报" };
		ev_report(run, path, GSB_ESCHEMA, e, NULL);
	}
	gsb_cli_ahead_free(r);
}

static int cmd_evaluate(int argc, char **argv)
{
	gsb_cli_options opt;
	int status;
	unsigned allowed = GSB_OPT_ALL | GSB_OPT_THREADS | GSB_OPT_OUTPUT | GSB_OPT_NO_RELEVANCE;
	int first = gsb_cli_start(&opt, argc, argv, allowed, usage_evaluate, GSB_CLI_NO_INPUT,
	                          &status);
	if (first < 0)
		return status;
	if (opt.output != NULL && opt.table == GSB_CLI_TABLE_NONE) {
		gsb_cli_usage_error("evaluate", "-o FILE goes with --format csv or xlsx "
		                    "(the other formats go to standard output)");
		return GSB_EXIT_USAGE;
	}
	if (gsb_cli_refuse_output_input("evaluate", "-o", opt.output, argv + first, argc - first) < 0)
		return GSB_EXIT_USAGE;
	ev_run run = { .opt = &opt };
	status = gsb_cli_load_policy(&run.policy, opt.params);
	if (status != GSB_EXIT_OK)
		return status;
	if (opt.table != GSB_CLI_TABLE_NONE) {
		status = gsb_cli_table_open(&run.table, opt.table, opt.output, opt.lang);
		if (status != GSB_EXIT_OK) {
			gsb_policy_free(run.policy);
			return status;
		}
	} else if (gsb_writer_new(&run.writer, opt.format, opt.lang, gsb_cli_write_file, stdout) < 0) {
		gsb_cli_print_error(NULL, gsb_error_last());
		gsb_policy_free(run.policy);
		return GSB_EXIT_IO;
	}
	gsb_cli_progress_init(&run.progress, opt.lang == GSB_LANG_ZH ? "份申报已评价" : "applications evaluated");
	gsb_cli_progress_inputs(&run.progress, argv + first, argc - first);
	int single = argc - first == 1;
	if (!single)
		ev_begin(&run, 1);
	for (int i = first; i < argc && !run.stop; i++)
		ev_file(&run, argv[i], single);
	gsb_cli_progress_done(&run.progress);
	ev_begin(&run, 0);
	if (!run.stop && run.writer != NULL && gsb_writer_end(run.writer) < 0)
		run.stop = 1;
	gsb_writer_free(run.writer);
	gsb_policy_free(run.policy);
	status = run.table ? gsb_cli_table_close(run.table) : gsb_cli_finish_stdout();
	if (run.stop)
		status = GSB_EXIT_IO;
	return gsb_cli_worse(run.status, status);
}

/* ============================================================= validate */

/* The warnings of a valid application document: each industry name that
 * falls to "other" near one of the ten, with the decision's own words
 * (standard input was read by the validation: not again). */
static void validate_warnings(const char *path, gsb_lang lang)
{
	gsb_reader *r = NULL;
	gsb_policy *policy = NULL;
	if (strcmp(path, "-") == 0 || gsb_reader_open_file(&r, path) < 0 ||
	    gsb_policy_new(&policy) < 0) {
		gsb_reader_free(r);
		return;
	}
	unsigned flags = GSB_EVAL_NO_RELEVANCE | (lang == GSB_LANG_ZH ? GSB_EVAL_ZH_ONLY
	                                                              : GSB_EVAL_EN_ONLY);
	gsb_application *app = NULL;
	int rc;
	while ((rc = gsb_reader_next(r, &app)) != 0) {
		gsb_decision *d = NULL;
		if (rc > 0 && gsb_evaluate(&d, policy, app, GSB_DATE_NONE, flags) == GSB_OK) {
			for (size_t i = 0; i < gsb_decision_warning_count(d); i++) {
				gsb_error e = { .file = path, .line = gsb_application_line(app),
				                .application = gsb_application_id(app) };
				char text[1024];
				snprintf(text, sizeof text, GSB_CLI_T("warning: %s", "提示：%s"),
				         gsb_decision_warning_reason(d, i, lang));
				e.message = e.message_zh = text;
				gsb_cli_print_error(path, &e);
			}
		}
		gsb_decision_free(d);
		gsb_application_free(app);
		app = NULL;
	}
	gsb_reader_free(r);
	gsb_policy_free(policy);
}

static int validate_one(const char *path, gsb_lang lang)
{
	int rc = gsb_validate_file(path);
	if (rc != GSB_OK) {
		gsb_cli_print_error(path, gsb_error_last());
		return gsb_cli_exit_for(rc);
	}
	validate_warnings(path, lang);
	gsb_cli_put_name(stdout, path);
	fputs(lang == GSB_LANG_ZH ? "：有效\n" : ": valid\n", stdout);
	return GSB_EXIT_OK;
}

static int cmd_validate(int argc, char **argv)
{
	return each_operand(argc, argv, GSB_OPT_LANG, usage_validate, GSB_CLI_NO_INPUT, validate_one);
}

/* =========================================================== industries */

static void list_industry(gsb_industry ind, gsb_lang lang)
{
	const char *label = gsb_industry_label(ind, lang);
	printf("%s\t%s", gsb_industry_name(ind), label ? label : "");
	const char *alias;
	for (size_t k = 0; (alias = gsb_industry_alias(ind, k)) != NULL; k++)
		printf("%s%s", k == 0 ? "\t" : (lang == GSB_LANG_ZH ? "、" : ", "), alias);
	putchar('\n');
}

static void list_codes(gsb_list list, gsb_lang lang)
{
	printf("\n[%s]\n", gsb_list_name(list));
	const char *code;
	for (size_t k = 0; (code = gsb_list_code(list, k)) != NULL; k++) {
		const char *label = gsb_list_code_label(list, k, lang);
		printf("%s\t%s\n", code, label ? label : "");
	}
}

static int cmd_industries(int argc, char **argv)
{
	gsb_cli_options opt;
	int status;
	if (gsb_cli_start(&opt, argc, argv, GSB_OPT_LANG, usage_industries, NULL, &status) < 0)
		return status;
	printf("[%s]\n", gsb_list_name(GSB_LIST_INDUSTRIES));
	for (int i = 0; i < GSB_INDUSTRY_COUNT; i++)
		list_industry((gsb_industry)i, opt.lang);
	for (int l = GSB_LIST_DOMAINS; l < GSB_LIST_COUNT; l++)
		list_codes((gsb_list)l, opt.lang);
	return gsb_cli_finish_stdout();
}

/* =============================================================== lookup */

static int lookup_one(const char *name, gsb_lang lang)
{
	gsb_industry ind;
	char *norm = NULL;
	int rc = gsb_industry_lookup(&ind, &norm, name);
	if (rc < 0) {
		gsb_cli_print_error(NULL, gsb_error_last());
		return gsb_cli_exit_for(rc);
	}
	gsb_industry near;
	if (ind == GSB_INDUSTRY_OTHER) {
		printf("%s\tother\t%s\n", name, norm ? norm : "");
		if (gsb_industry_nearest(&near, name) == 2)
			printf(lang == GSB_LANG_ZH ? "\t最接近：%s（%s）；仅供参考，此名称仍按“其他”计\n"
			                           : "\tnearest: %s (%s); a hint only, the name stays other\n",
			       gsb_industry_label(near, lang), gsb_industry_name(near));
	} else {
		const char *label = gsb_industry_label(ind, lang);
		printf("%s\t%s\t%s\n", name, gsb_industry_name(ind), label ? label : "");
	}
	gsb_free(norm);
	return GSB_EXIT_OK;
}

static int cmd_lookup(int argc, char **argv)
{
	return each_operand(argc, argv, GSB_OPT_LANG, usage_lookup,
	                    "no name to look up" GSB_CLI_ZH "没有要查找的名称", lookup_one);
}

/* ================================================================= uscc */

static int uscc_one(const char *code, gsb_lang lang)
{
	gsb_uscc u;
	if (gsb_uscc_decode(&u, code) < 0)
		return gsb_cli_library_failed();
	if (!u.valid) {
		printf("%s: %s: %s\n", code, lang == GSB_LANG_ZH ? "无效" : "invalid",
		       u.problem ? u.problem : "");
		if (u.expected_check != '\0' && u.expected_check != u.check)
			printf("  %s %c\n", lang == GSB_LANG_ZH ? "应有校验码" : "expected check character",
			       u.expected_check);
		return GSB_EXIT_INVALID;
	}
	char pair[3] = { u.authority[0], u.category[0], '\0' };
	const char *label = gsb_uscc_category_label(pair, lang);
	int zh = lang == GSB_LANG_ZH;
	printf("%s: %s\n", u.code, zh ? "有效" : "valid");
	printf("  %s\t%s %s\n", zh ? "登记管理部门和机构类别" : "authority/category", pair, label ? label : "");
	printf("  %s\t%s\n", zh ? "登记管理机关行政区划码" : "division", u.division);
	printf("  %s\t%s\n", zh ? "主体标识码" : "organisation", u.organisation);
	printf("  %s\t%c\n", zh ? "校验码" : "check", u.check);
	return GSB_EXIT_OK;
}

static int cmd_uscc(int argc, char **argv)
{
	return each_operand(argc, argv, GSB_OPT_LANG, usage_uscc,
	                    "no code to check" GSB_CLI_ZH "没有要校验的代码", uscc_one);
}

/* ================================================================= main */

typedef struct {
	const char *name;
	int (*run)(int argc, char **argv);
} command;

static const command commands[] = {
	{ "evaluate", cmd_evaluate },
	{ "audit", gsb_cli_audit },
	{ "validate", cmd_validate },
	{ "industries", cmd_industries },
	{ "lookup", cmd_lookup },
	{ "uscc", cmd_uscc },
	{ "compare", gsb_cli_compare },
	{ "report", gsb_cli_report },
	{ "serve", gsb_cli_serve },
	{ "notice", gsb_cli_notice },
	{ "review", gsb_cli_review },
};

static const command *find_command(const char *name)
{
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

/* "unknown command 'evalute'" with the nearest command, if one is near. */
static int unknown_command(const char *name)
{
	const char *names[sizeof commands / sizeof commands[0] + 1];
	size_t n = 0;
	for (; n < sizeof commands / sizeof commands[0]; n++)
		names[n] = commands[n].name;
	names[n++] = "help";
	const char *near = gsb_nearest(name, names, n);
	if (near != NULL)
		gsb_cli_usage_error(NULL, GSB_CLI_T("unknown command '%s' (did you mean %s?)",
		                                    "未知命令“%s”（是否应为 %s？）"), name, near);
	else
		gsb_cli_usage_error(NULL, GSB_CLI_T("unknown command '%s'", "未知命令“%s”"), name);
	return GSB_EXIT_USAGE;
}

static int print_version(void)
{
	printf("geshibai (libgeshibai) %s\n", gsb_version());
	printf("山东省产业互联网\"个十百\"平台培育及奖补办法 (2018), policy sd-2018-ge-shi-bai\n");
	return gsb_cli_finish_stdout();
}

/* "geshibai help [COMMAND]" is "geshibai [COMMAND] --help". */
static int help_command(int argc, char **argv)
{
	if (argc < 3)
		return gsb_cli_print_help(usage_main);
	const command *c = find_command(argv[2]);
	if (c == NULL)
		return unknown_command(argv[2]);
	char *args[] = { argv[2], "--help", NULL };
	return c->run(2, args);
}

int main(int argc, char **argv)
{
	static char buffer[1 << 16];
	setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
	if (argc < 2) {
		gsb_cli_put_text(usage_main, stderr);
		return GSB_EXIT_USAGE;
	}
	const char *name = argv[1];
	for (int i = 1; i + 1 < argc; i++) /* geshibai --help --lang zh */
		if (strcmp(argv[i], "--lang") == 0 && (!strcmp(argv[i + 1], "zh") || !strcmp(argv[i + 1], "en")))
			gsb_cli_set_lang(argv[i + 1][0] == 'z' ? GSB_LANG_ZH : GSB_LANG_EN);
	if (strcmp(name, "--lang") == 0 && argc > 3) { /* geshibai --lang zh COMMAND ... */
		argv[2] = argv[0];
		return main(argc - 2, argv + 2);
	}
	if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0)
		return gsb_cli_print_help(usage_main);
	if (strcmp(name, "--version") == 0 || strcmp(name, "-V") == 0)
		return print_version();
	if (strcmp(name, "help") == 0)
		return help_command(argc, argv);
	const command *c = find_command(name);
	if (c == NULL)
		return unknown_command(name);
	return c->run(argc - 1, argv + 1);
}
