/*
 * geshibai — helpers shared by the commands of the geshibai program
 * (cli/geshibai.c: evaluate, validate, industries, lookup, uscc; cli/audit.c:
 * audit). Exit status and options exactly as docs/formats.md "Command line".
 */
#ifndef GSB_CLI_H
#define GSB_CLI_H

#include <stddef.h>
#include <limits.h>
#include <stdio.h>
#include "geshibai.h"

#define GSB_CLI_PROGRAM "geshibai"

/* Exit status (docs/formats.md). */
enum {
	GSB_EXIT_OK = 0,      /* all inputs evaluated */
	GSB_EXIT_INVALID = 1, /* at least one input was invalid (the others reported) */
	GSB_EXIT_USAGE = 2,   /* usage error */
	GSB_EXIT_IO = 3       /* I/O or internal error */
};

/* The worse of two exit statuses (3 > 2 > 1 > 0). */
int gsb_cli_worse(int a, int b);
/* Exit status for a library status code: I/O, memory and internal errors 3,
 * invalid input 1, GSB_OK 0. */
int gsb_cli_exit_for(int status);

/* Options of evaluate and audit. */
enum {
	GSB_OPT_AS_OF = 1 << 0,
	GSB_OPT_PARAMS = 1 << 1,
	GSB_OPT_FORMAT = 1 << 2,
	GSB_OPT_LANG = 1 << 3,
	GSB_OPT_ALL = 0xf,     /* the four above */
	GSB_OPT_THREADS = 1 << 5, /* evaluate only (bit 4 is --help's place) */
	GSB_OPT_OUTPUT = 1 << 6,  /* -o/--output FILE, and --format csv|xlsx: evaluate only */
	GSB_OPT_NO_RELEVANCE = 1 << 7 /* evaluate only: no needs and potential */
};

typedef struct {
	gsb_date as_of;     /* --as-of, else GSB_DATE_NONE (the document's date, else today) */
	const char *params; /* --params FILE, else NULL (built-in defaults) */
	gsb_format format;  /* --format, default text */
	gsb_lang lang;      /* --lang, default from the locale */
	int threads;        /* --threads 1|2, default 2 on more than one processor */
	int help;           /* --help or -h given */
	int table;          /* --format csv / xlsx: GSB_CLI_TABLE_* (table.h), else 0 */
	const char *output; /* -o FILE, else NULL (standard output) */
	int no_relevance;   /* --no-relevance given */
} gsb_cli_options;

/*
 * Parse the options of a command: argv[0] is the command's name ("audit"),
 * allowed is a mask of GSB_OPT_* (--help is always allowed). Returns the index
 * of the first operand, or -1 after printing a usage error on stderr (then
 * exit GSB_EXIT_USAGE). "-" is an operand (standard input); "--" ends options.
 */
int gsb_cli_parse_options(gsb_cli_options *o, int argc, char **argv, unsigned allowed);

/* The values of --as-of, --format and --lang, alike for every command: 0, or
 * -1 after a usage error on stderr. */
int gsb_cli_parse_as_of(gsb_date *out, const char *command, const char *arg);
int gsb_cli_parse_format(gsb_format *out, const char *command, const char *arg);
int gsb_cli_parse_lang(gsb_lang *out, const char *command, const char *arg);

/*
 * The option loop of every command (gsb_cli_parse_options,
 * gsb_cli_popts_parse): argv[0] is the command's name; longopts lists the
 * options in the order of their bits in allowed, then "help" ('h', also -h:
 * always allowed, sets *help). value(o, opt, command, arg) stores an allowed
 * option's value: 0, or -1 after a usage error. Returns the index of the
 * first operand, or -1 after a usage error on stderr.
 */
struct option;
typedef int (*gsb_cli_value_fn)(void *o, int opt, const char *command, const char *arg);
int gsb_cli_getopt(int argc, char **argv, const struct option *longopts, unsigned allowed,
                   gsb_cli_value_fn value, void *o, int *help);

/* A command's --help: the usage text on stdout. Returns the exit status. */
int gsb_cli_print_help(const char *usage);

/*
 * How evaluate, audit, validate, industries, lookup and uscc start: their
 * options (gsb_cli_parse_options), --help (the usage text), then the
 * operands: at least one, else the usage error missing; none when missing is
 * NULL. Returns the index of the first operand (*status GSB_EXIT_OK), or -1
 * when the command is done, with its exit status in *status.
 */
int gsb_cli_start(gsb_cli_options *o, int argc, char **argv, unsigned allowed,
                  const char *usage, const char *missing, int *status);

/*
 * The language of the command's own texts (usage errors, --help, error lines
 * on stderr): --lang when given (gsb_cli_getopt looks for it before anything
 * else), else gsb_lang_default() (the library's rule). The texts are built in, in both
 * languages (no gettext catalogue: --lang picks per run, and no zh_CN locale
 * need be installed). GSB_CLI_T("English", "中文") picks one; a help text
 * holds both halves, English GSB_CLI_ZH Chinese (cli/help_zh.h).
 */
gsb_lang gsb_cli_lang(void);
void gsb_cli_set_lang(gsb_lang lang);
#define GSB_CLI_T(en, zh) (gsb_cli_lang() == GSB_LANG_ZH ? (zh) : (en))
#define GSB_CLI_ZH "\x1f"
/* The current language's half of a two-language text, on f. */
void gsb_cli_put_text(const char *text, FILE *f);
/* A usage error whose message is a two-language text. */
void gsb_cli_usage_text(const char *command, const char *text);
#define GSB_CLI_NO_INPUT \
	"no input file (use '-' for standard input)" GSB_CLI_ZH "没有输入文件（用“-”表示标准输入）"
/* A date for --as-of: 2019-06-14, 2019/06/14 or 2019年6月14日. */
int gsb_cli_date_parse(gsb_date *out, const char *text);

/* "geshibai COMMAND: MESSAGE" and a hint at --help, on stderr. */
void gsb_cli_usage_error(const char *command, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* A gsb_write_fn writing to a FILE * (ctx; NULL means stdout). */
int gsb_cli_write_file(void *ctx, const char *bytes, size_t len);

/* Flush stdout; GSB_EXIT_IO (with a message) when writing failed. */
int gsb_cli_finish_stdout(void);

/*
 * An error on stderr as "FILE:LINE: ELEMENT: message" (file from the error,
 * else path; parts that are unknown are left out; the application id is
 * added in parentheses when known).
 */
/* A name (a file name need not be UTF-8) written to f, each byte of an
 * ill-formed UTF-8 sequence as U+FFFD, so that a report stays UTF-8. */
void gsb_cli_put_name(FILE *f, const char *name);
void gsb_cli_print_error(const char *path, const gsb_error *e);
/* The library's last error printed (gsb_cli_print_error); GSB_EXIT_IO. */
int gsb_cli_library_failed(void);

/* Load the policy (--params FILE or the defaults). Returns an exit status:
 * 0, or 1 / 3 after printing the error. */
int gsb_cli_load_policy(gsb_policy **out, const char *params);

/*
 * A progress line on stderr for long runs, only when stderr is a terminal
 * (README, "Progress"): the applications done, their rate, and when the
 * inputs are files of known size, the share done and the time left. It never
 * mixes with the report: it is cleared before any error line
 * (gsb_cli_print_error, gsb_cli_usage_error) and, when standard output is the
 * terminal too, before report output (gsb_cli_write_file; stdout is then
 * line-buffered). First shown after a second (GSB_PROGRESS_DELAY seconds;
 * 0: at once and every 64 applications).
 */
typedef struct {
	int enabled, shared;   /* stderr is a terminal; stdout too */
	size_t count;
	double start, last, delay;
	const char *what;      /* "applications evaluated" */
	long long total, done; /* bytes of all inputs (-1: unknown), of finished files */
	char current[PATH_MAX];/* the file being read (real path), "" when none */
	int fd;                /* the descriptor reading it, -1 until found */
} gsb_cli_progress;

void gsb_cli_progress_init(gsb_cli_progress *p, const char *what);
/* The inputs of the run (their sizes give the share done); "-" or a pipe: none. */
void gsb_cli_progress_inputs(gsb_cli_progress *p, char **files, int n);
/* Reading of path begins (the files in the order of gsb_cli_progress_inputs). */
void gsb_cli_progress_file(gsb_cli_progress *p, const char *path);
void gsb_cli_progress_tick(gsb_cli_progress *p);
void gsb_cli_progress_done(gsb_cli_progress *p);
/* Clear the progress line if one is shown (before anything else on stderr). */
void gsb_cli_progress_clear(void);

/* Output files (cli/output.c). The input among inputs[0..n) ("-" is
 * standard input) that is the same file as out (device and inode, so a
 * link or another spelling of the name counts), or NULL: also when out is
 * "-", does not exist yet or is not a regular file (/dev/null). */
const char *gsb_cli_output_input(const char *out, char *const *inputs, int n);
/* The same, as a usage error naming the option ("--html", "-o"): -1 after
 * printing it (exit GSB_EXIT_USAGE), 0 when out is no input. */
int gsb_cli_refuse_output_input(const char *command, const char *option, const char *out,
                                char *const *inputs, int n);

/* Output files (cli/output.c). The input among inputs[0..n) ("-" is
 * standard input) that is the same file as out (device and inode, so a
 * link or another spelling of the name counts), or NULL: also when out is
 * "-", does not exist yet or is not a regular file (/dev/null). */
const char *gsb_cli_output_input(const char *out, char *const *inputs, int n);
/* The same, as a usage error naming the option ("--html", "-o"): -1 after
 * printing it (exit GSB_EXIT_USAGE), 0 when out is no input. */
int gsb_cli_refuse_output_input(const char *command, const char *option, const char *out,
                                char *const *inputs, int n);

/* The review command (cli/review_cli.c): argv[0] is "review". Returns the
 * exit status. */
int gsb_cli_review(int argc, char **argv);

/* The audit command (cli/audit.c): argv[0] is "audit". Returns the exit status. */
int gsb_cli_audit(int argc, char **argv);

#endif
