/*
 * geshibai audit — the funding-misuse audit of provision 5.4 (docs/rules.md §8,
 * §11.15–§11.18) over project ledgers (docs/formats.md "Ledger" and "Command
 * line"). Each ledger is read and audited in one streaming pass.
 */
#include <stdio.h>
#include <string.h>
#include "cli.h"
#include "help_zh.h"

static const char usage_audit[] =
"NAME\n"
"  geshibai audit - audit project ledgers for misuse of award funds (provision 5.4)\n"
"\n"
"SYNOPSIS\n"
"  geshibai audit [--as-of DATE] [--params FILE] [--format text|xml|json]\n"
"                 [--lang zh|en] LEDGER...\n"
"\n"
"DESCRIPTION\n"
"  Reads each LEDGER (a <ledger> document; '-' is standard input), validates it\n"
"  against the schema and raises a flag for each misuse (docs/rules.md §8):\n"
"    withholding       截留  an intermediary still holds funds received more than\n"
"                            misuse.withholding-days (30) days ago (first in,\n"
"                            first out)\n"
"    misappropriation  挪用  spending in a category with no budget line\n"
"    encroachment      挤占  spending over a budget line by more than\n"
"                            misuse.line-tolerance (10%)\n"
"    falsification     弄虚作假 two expenses with one invoice number; a declared\n"
"                            metric off its verified value by more than\n"
"                            misuse.metric-tolerance (10%)\n"
"    fraud             骗取  the award over its cap, or award plus other subsidies\n"
"                            over the total investment\n"
"  Each flag gives its amount, provision 5.4, the ids of the records that are its\n"
"  evidence, and a reason. A ledger is read as a stream: millions of expenses are\n"
"  audited in memory proportional to distinct invoices and parties.\n"
"\n"
"  One ledger gives one audit (one JSON object); several give one report in input\n"
"  order: XML <audits>, a JSON array. A ledger that cannot be audited is reported\n"
"  in its place as an error entry (and on standard error as FILE:LINE: ELEMENT:\n"
"  message); the others go on.\n"
"\n"
"OPTIONS\n"
"  --as-of DATE     audit as of DATE (2019-06-14, 2019/06/14 or 2019年6月14日);\n"
"                   default: each ledger's asOf,\n"
"                   else today\n"
"  --params FILE    a parameters file (annual guide) overriding the defaults\n"
"  --format FORMAT  text (default), xml or json\n"
"  --lang LANG      zh or en reasons (default from the locale)\n"
"  -h, --help       show this help\n"
"\n"
"EXIT STATUS\n"
"  0 every ledger audited; 1 at least one ledger was invalid (the others are\n"
"  reported); 2 usage error; 3 I/O or internal error.\n"
GSB_CLI_ZH HELP_AUDIT_ZH;

typedef struct {
	const gsb_cli_options *opt;
	gsb_policy *policy;
	gsb_audit_writer *writer;
	gsb_cli_progress progress;
	int status; /* worst exit status so far */
	int stop;   /* the report can no longer be written */
} au_run;

/* One ledger: its audit, or an error entry in its place. */
static void au_file(au_run *run, const char *path)
{
	gsb_audit *audit = NULL;
	int rc = gsb_audit_file(&audit, run->policy, path, run->opt->as_of);
	if (rc == GSB_OK) {
		if (gsb_audit_writer_audit(run->writer, audit) < 0)
			run->stop = 1;
		gsb_audit_free(audit);
	} else {
		gsb_error e = *gsb_error_last();
		gsb_cli_print_error(path, &e);
		if (e.file == NULL)
			e.file = path;
		run->status = gsb_cli_worse(run->status, gsb_cli_exit_for(rc));
		if (gsb_audit_writer_error(run->writer, &e) < 0)
			run->stop = 1;
	}
	gsb_cli_progress_tick(&run->progress);
}

int gsb_cli_audit(int argc, char **argv)
{
	gsb_cli_options opt;
	int status;
	int first = gsb_cli_start(&opt, argc, argv, GSB_OPT_ALL, usage_audit,
	                          "no ledger file (use '-' for standard input)"
	                          GSB_CLI_ZH "没有台账文件（用“-”表示标准输入）", &status);
	if (first < 0)
		return status;
	au_run run = { .opt = &opt };
	status = gsb_cli_load_policy(&run.policy, opt.params);
	if (status != GSB_EXIT_OK)
		return status;
	if (gsb_audit_writer_new(&run.writer, opt.format, opt.lang, gsb_cli_write_file, stdout) < 0) {
		gsb_cli_print_error(NULL, gsb_error_last());
		gsb_policy_free(run.policy);
		return GSB_EXIT_IO;
	}
	gsb_cli_progress_init(&run.progress, opt.lang == GSB_LANG_ZH ? "份台账已审计" : "ledgers audited");
	if (gsb_audit_writer_begin(run.writer, argc - first > 1) < 0)
		run.stop = 1;
	for (int i = first; i < argc && !run.stop; i++)
		au_file(&run, argv[i]);
	gsb_cli_progress_done(&run.progress);
	if (!run.stop && gsb_audit_writer_end(run.writer) < 0)
		run.stop = 1;
	gsb_audit_writer_free(run.writer);
	gsb_policy_free(run.policy);
	status = gsb_cli_finish_stdout();
	if (run.stop)
		status = GSB_EXIT_IO;
	return gsb_cli_worse(run.status, status);
}
