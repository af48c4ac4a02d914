/* geshibai — helpers shared by the commands (see cli.h). */
#define _GNU_SOURCE /* sched_getaffinity, CPU_COUNT */
#include <getopt.h>
#include <sched.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "cli.h"

int gsb_cli_worse(int a, int b)
{
	return a > b ? a : b;
}

int gsb_cli_exit_for(int status)
{
	switch (status) {
	case GSB_OK:
		return GSB_EXIT_OK;
	case GSB_EIO:
	case GSB_ENOMEM:
	case GSB_ERROR:
		return GSB_EXIT_IO;
	default:
		return status > 0 ? GSB_EXIT_OK : GSB_EXIT_INVALID;
	}
}

void gsb_cli_usage_error(const char *command, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "%s%s%s: ", GSB_CLI_PROGRAM, command ? " " : "", command ? command : "");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry '%s%s%s --help' for more information.\n", GSB_CLI_PROGRAM,
	        command ? " " : "", command ? command : "");
}

gsb_lang gsb_cli_default_lang(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);
		if (v != NULL && v[0] != '\0')
			return strncmp(v, "zh", 2) == 0 ? GSB_LANG_ZH : GSB_LANG_EN;
	}
	return GSB_LANG_EN;
}

int gsb_cli_parse_as_of(gsb_date *out, const char *command, const char *arg)
{
	if (gsb_date_parse(out, arg) == GSB_OK)
		return 0;
	gsb_cli_usage_error(command, "--as-of: '%s' is not a date YYYY-MM-DD", arg);
	return -1;
}

int gsb_cli_parse_format(gsb_format *out, const char *command, const char *arg)
{
	if (gsb_format_from_name(out, arg) == GSB_OK)
		return 0;
	gsb_cli_usage_error(command, "--format: '%s' is not text, xml or json", arg);
	return -1;
}

int gsb_cli_parse_lang(gsb_lang *out, const char *command, const char *arg)
{
	if (strcmp(arg, "zh") == 0 || strcmp(arg, "en") == 0) {
		*out = arg[0] == 'z' ? GSB_LANG_ZH : GSB_LANG_EN;
		return 0;
	}
	gsb_cli_usage_error(command, "--lang: '%s' is not zh or en", arg);
	return -1;
}

int gsb_cli_getopt(int argc, char **argv, const struct option *longopts, unsigned allowed,
                   gsb_cli_value_fn value, void *o, int *help)
{
	const char *command = argv[0];
	*help = 0;
	optind = 0; /* GNU: start again (a previous command may have parsed) */
	opterr = 0;
	int opt, index;
	while ((opt = getopt_long(argc, argv, ":h", longopts, &index)) != -1) {
		if (opt == 'h') {
			*help = 1;
		} else if (opt == '?') {
			gsb_cli_usage_error(command, "unknown option '%s'", argv[optind - 1]);
			return -1;
		} else if (opt == ':') {
			gsb_cli_usage_error(command, "option '%s' needs a value", argv[optind - 1]);
			return -1;
		} else if (!(allowed & (1u << index))) {
			gsb_cli_usage_error(command, "this command takes no option '%s'", argv[optind - 1]);
			return -1;
		} else if (value(o, opt, command, optarg) < 0) {
			return -1;
		}
	}
	return optind;
}

static int parse_value(void *ctx, int opt, const char *command, const char *arg)
{
	gsb_cli_options *o = ctx;
	switch (opt) {
	case 'a':
		return gsb_cli_parse_as_of(&o->as_of, command, arg);
	case 'p':
		o->params = arg;
		return 0;
	case 'f':
		return gsb_cli_parse_format(&o->format, command, arg);
	case 'l':
		return gsb_cli_parse_lang(&o->lang, command, arg);
	case 't':
		if (strcmp(arg, "1") == 0 || strcmp(arg, "2") == 0) {
			o->threads = arg[0] - '0';
			return 0;
		}
		gsb_cli_usage_error(command, "--threads: '%s' is not 1 or 2", arg);
		return -1;
	default:
		return -1;
	}
}

/* evaluate's default --threads: 2 when this process may run on more than
 * one processor (its affinity mask, so that taskset and cpusets are heeded),
 * else 1. On the 2-core machine of the README's figures the second thread
 * takes a fifth off a large batch's wall time (README, Performance). */
static int default_threads(void)
{
	cpu_set_t set;
	if (sched_getaffinity(0, sizeof set, &set) == 0)
		return CPU_COUNT(&set) > 1 ? 2 : 1;
	return sysconf(_SC_NPROCESSORS_ONLN) > 1 ? 2 : 1;
}

int gsb_cli_parse_options(gsb_cli_options *o, int argc, char **argv, unsigned allowed)
{
	static const struct option longopts[] = { /* in the order of the GSB_OPT_* bits */
		{ "as-of", required_argument, NULL, 'a' },
		{ "params", required_argument, NULL, 'p' },
		{ "format", required_argument, NULL, 'f' },
		{ "lang", required_argument, NULL, 'l' },
		{ "help", no_argument, NULL, 'h' },
		{ "threads", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 }
	};
	o->threads = default_threads();
	o->as_of = GSB_DATE_NONE;
	o->params = NULL;
	o->format = GSB_FORMAT_TEXT;
	o->lang = gsb_cli_default_lang();
	return gsb_cli_getopt(argc, argv, longopts, allowed, parse_value, o, &o->help);
}

int gsb_cli_print_help(const char *usage)
{
	fputs(usage, stdout);
	return gsb_cli_finish_stdout();
}

int gsb_cli_start(gsb_cli_options *o, int argc, char **argv, unsigned allowed,
                  const char *usage, const char *missing, int *status)
{
	int first = gsb_cli_parse_options(o, argc, argv, allowed);
	*status = GSB_EXIT_OK;
	if (first < 0) {
		*status = GSB_EXIT_USAGE;
	} else if (o->help) {
		*status = gsb_cli_print_help(usage);
	} else if (missing != NULL && first >= argc) {
		gsb_cli_usage_error(argv[0], "%s", missing);
		*status = GSB_EXIT_USAGE;
	} else if (missing == NULL && first < argc) {
		gsb_cli_usage_error(argv[0], "unexpected argument '%s'", argv[first]);
		*status = GSB_EXIT_USAGE;
	} else {
		return first;
	}
	return -1;
}

int gsb_cli_write_file(void *ctx, const char *bytes, size_t len)
{
	FILE *f = ctx ? ctx : stdout;
	return fwrite(bytes, 1, len, f) == len ? 0 : -1;
}

int gsb_cli_finish_stdout(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "%s: cannot write the report to standard output\n", GSB_CLI_PROGRAM);
		return GSB_EXIT_IO;
	}
	return GSB_EXIT_OK;
}

void gsb_cli_print_error(const char *path, const gsb_error *e)
{
	const char *file = e->file ? e->file : path;
	if (file)
		fprintf(stderr, "%s:", file);
	if (e->line > 0)
		fprintf(stderr, "%ld:", e->line);
	if (file || e->line > 0)
		fputc(' ', stderr);
	if (e->element)
		fprintf(stderr, "%s: ", e->element);
	fputs(e->message && e->message[0] ? e->message : gsb_status_name(e->code), stderr);
	if (e->application)
		fprintf(stderr, " (application %s)", e->application);
	fputc('\n', stderr);
}

int gsb_cli_load_policy(gsb_policy **out, const char *params)
{
	int rc = gsb_policy_load(out, params);
	if (rc == GSB_OK)
		return GSB_EXIT_OK;
	gsb_cli_print_error(params, gsb_error_last());
	return gsb_cli_exit_for(rc);
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void gsb_cli_progress_init(gsb_cli_progress *p, const char *what)
{
	memset(p, 0, sizeof *p);
	p->enabled = isatty(STDERR_FILENO);
	p->what = what;
	p->start = p->last = now();
}

void gsb_cli_progress_tick(gsb_cli_progress *p)
{
	p->count++;
	if (!p->enabled || (p->count & 63) != 0)
		return;
	double t = now();
	if (t - p->start < 1.0 || t - p->last < 0.25)
		return;
	p->last = t;
	fprintf(stderr, "\r%s: %zu %s (%.0f/s)", GSB_CLI_PROGRAM, p->count, p->what,
	        (double)p->count / (t - p->start));
	fflush(stderr);
}

void gsb_cli_progress_done(gsb_cli_progress *p)
{
	if (p->enabled && p->last > p->start) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
	}
}
