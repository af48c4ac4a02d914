/*
 * geshibai — the programme commands: compare (what-if, cli/compare.c) and
 * report (programme report, cli/report.c), with the helpers they share
 * (cli/programme_cli.c). Exit status as evaluate (cli.h).
 */
#ifndef GSB_PROGRAMME_CLI_H
#define GSB_PROGRAMME_CLI_H

#include "cli.h"

/* geshibai compare: argv[0] is "compare". Returns the exit status. */
int gsb_cli_compare(int argc, char **argv);
/* geshibai report: argv[0] is "report". Returns the exit status. */
int gsb_cli_report(int argc, char **argv);
/* geshibai notice (cli/notice.c): argv[0] is "notice". Returns the exit status. */
int gsb_cli_notice(int argc, char **argv);

/* Options of compare, report and notice. */
enum {
	GSB_POPT_AS_OF = 1 << 0,
	GSB_POPT_PARAMS = 1 << 1,
	GSB_POPT_FORMAT = 1 << 2,
	GSB_POPT_LANG = 1 << 3,
	GSB_POPT_HTML = 1 << 4
};

typedef struct {
	gsb_date as_of;        /* --as-of, else GSB_DATE_NONE */
	const char *params[2]; /* each --params in order */
	int n_params;
	int max_params;        /* at most this many --params */
	gsb_format format;     /* --format, default text */
	gsb_lang lang;         /* --lang, default from the locale */
	int lang_given;        /* --lang was given */
	const char *html;      /* --html OUT */
	int help;
} gsb_cli_popts;

/* Parse options (allowed: GSB_POPT_* bits; --help always; at most
 * max_params --params). Returns the first operand's index, or -1 after a
 * usage error on stderr. */
int gsb_cli_popts_parse(gsb_cli_popts *o, int argc, char **argv, unsigned allowed,
                        int max_params);

/* What report and notice do with their inputs once the options are read. */
typedef int (*gsb_cli_programme_run)(const gsb_policy *policy, const gsb_cli_popts *opt,
                                     char **files, int n);

/* The command line report and notice share (argv[0] the command's name):
 * --as-of, one --params, --lang (zh unless given: the programme's and the
 * notices' language), --html (required when html_required), --help (usage),
 * at least one FILE, --html never an input or the parameters file; then the
 * policy, and run. Returns the exit status. */
int gsb_cli_programme_command(int argc, char **argv, const char *usage, int html_required,
                              gsb_cli_programme_run run);

/* A policy from --params: "default" is the built-in policy (a file named
 * "default" is ./default). Returns an exit status after printing any error. */
int gsb_cli_policy_named(gsb_policy **out, const char *params);

/* What to do with each application of the input files, and with each input
 * that cannot be read or handled (error already printed on stderr). The
 * application callback returns 0; or the library's status (< 0) when it
 * could not handle app: the error of gsb_error_last() is then printed and
 * given to the error callback, placed at app's file, line and id
 * (gsb_each_application); > 0 stops the run: the output failed. */
typedef struct {
	gsb_application_fn application;
	void (*error)(void *ctx, const gsb_error *e);
	void *ctx;
} gsb_cli_visit;

/* Read every application of the files in order (streaming), under a
 * progress line counting "N <what>". Returns the worst exit status; *stopped
 * set when a callback stopped the run. */
int gsb_cli_each_application(char **files, int n, const gsb_cli_visit *v, const char *what,
                             int *stopped);

#endif
