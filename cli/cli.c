/* geshibai — helpers shared by the commands (see cli.h). */
#define _GNU_SOURCE /* sched_getaffinity, CPU_COUNT */
#include <dirent.h>
#include <getopt.h>
#include <limits.h>
#include <sched.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"
#include "table.h"

/* The progress line being shown, if any: cleared before an error line and,
 * when standard output is a terminal too, before report output. */
static gsb_cli_progress *shown;

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

static int lang_set;
static gsb_lang lang_now;

gsb_lang gsb_cli_lang(void)
{
	if (!lang_set) {
		lang_now = gsb_lang_default();
		lang_set = 1;
	}
	return lang_now;
}

void gsb_cli_set_lang(gsb_lang lang)
{
	lang_now = lang;
	lang_set = 1;
}

void gsb_cli_put_text(const char *text, FILE *f)
{
	const char *sep = strchr(text, '\x1f');
	if (sep == NULL)
		fputs(text, f);
	else if (gsb_cli_lang() == GSB_LANG_ZH)
		fputs(sep + 1, f);
	else
		fwrite(text, 1, (size_t)(sep - text), f);
}

/* digits of a date part: at most max of them, at least one */
static const char *date_part(const char *p, int max, int *value)
{
	int n = 0;
	*value = 0;
	while (*p >= '0' && *p <= '9' && n < max) {
		*value = *value * 10 + (*p++ - '0');
		n++;
	}
	return n > 0 ? p : NULL;
}

int gsb_cli_date_parse(gsb_date *out, const char *text)
{
	if (gsb_date_parse(out, text) == GSB_OK)
		return GSB_OK;
	/* 2019/06/14, 2019/6/14; 2019年6月14日 */
	int y, m, d;
	const char *p = date_part(text, 4, &y);
	int slash = p && *p == '/';
	const char *sep[3] = { slash ? "/" : "年", slash ? "/" : "月", slash ? "" : "日" };
	for (int i = 0; p && i < 3; i++) {
		if (i > 0)
			p = date_part(p, 2, i == 1 ? &m : &d);
		if (p == NULL || strncmp(p, sep[i], strlen(sep[i])) != 0)
			p = NULL;
		else
			p += strlen(sep[i]);
	}
	if (p == NULL || *p != '\0' || y < 1)
		return GSB_EINVAL;
	gsb_date date = gsb_date_from_ymd(y, m, d);
	if (date == GSB_DATE_NONE)
		return GSB_EINVAL;
	*out = date;
	return GSB_OK;
}

void gsb_cli_usage_text(const char *command, const char *text)
{
	const char *sep = strchr(text, '\x1f');
	int n = sep == NULL ? (int)strlen(text) : (int)(sep - text);
	if (sep != NULL && gsb_cli_lang() == GSB_LANG_ZH)
		gsb_cli_usage_error(command, "%s", sep + 1);
	else
		gsb_cli_usage_error(command, "%.*s", n, text);
}

void gsb_cli_usage_error(const char *command, const char *fmt, ...)
{
	va_list ap;
	gsb_cli_progress_clear();
	fprintf(stderr, "%s%s%s%s", GSB_CLI_PROGRAM, command ? " " : "", command ? command : "",
	        GSB_CLI_T(": ", "："));
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, GSB_CLI_T("\nTry '%s%s%s --help' for more information.\n",
	                          "\n详见“%s%s%s --help”。\n"), GSB_CLI_PROGRAM,
	        command ? " " : "", command ? command : "");
}

int gsb_cli_parse_as_of(gsb_date *out, const char *command, const char *arg)
{
	if (gsb_cli_date_parse(out, arg) == GSB_OK)
		return 0;
	gsb_cli_usage_error(command, GSB_CLI_T("--as-of: '%s' is not a date (2019-06-14, 2019/06/14 "
	                                       "or 2019年6月14日)",
	                                       "--as-of：“%s”不是日期（可写 2019-06-14、2019/06/14 "
	                                       "或 2019年6月14日）"), arg);
	return -1;
}

int gsb_cli_parse_format(gsb_format *out, const char *command, const char *arg)
{
	if (gsb_format_from_name(out, arg) == GSB_OK)
		return 0;
	gsb_cli_usage_error(command, GSB_CLI_T("--format: '%s' is not text, xml or json",
	                                       "--format：“%s”不是 text、xml 或 json"), arg);
	return -1;
}

int gsb_cli_parse_lang(gsb_lang *out, const char *command, const char *arg)
{
	if (strcmp(arg, "zh") == 0 || strcmp(arg, "en") == 0) {
		*out = arg[0] == 'z' ? GSB_LANG_ZH : GSB_LANG_EN;
		gsb_cli_set_lang(*out);
		return 0;
	}
	gsb_cli_usage_error(command, GSB_CLI_T("--lang: '%s' is not zh or en",
	                                       "--lang：“%s”不是 zh 或 en"), arg);
	return -1;
}

int gsb_cli_getopt(int argc, char **argv, const struct option *longopts, unsigned allowed,
                   gsb_cli_value_fn value, void *o, int *help)
{
	const char *command = argv[0];
	*help = 0;
	/* --lang first, so that every message (even of an earlier bad option) is in it */
	for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		const char *v = strncmp(argv[i], "--lang=", 7) == 0 ? argv[i] + 7
		                : strcmp(argv[i], "--lang") == 0 && i + 1 < argc ? argv[i + 1] : NULL;
		if (v != NULL && (strcmp(v, "zh") == 0 || strcmp(v, "en") == 0))
			gsb_cli_set_lang(v[0] == 'z' ? GSB_LANG_ZH : GSB_LANG_EN);
	}
	optind = 0; /* GNU: start again (a previous command may have parsed) */
	opterr = 0;
	int opt, index;
	while ((index = -1, opt = getopt_long(argc, argv, ":ho:", longopts, &index)) != -1) {
		if (opt == 'o' && index < 0) { /* -o FILE: the place of --output, if any */
			for (int i = 0; longopts[i].name != NULL; i++)
				if (longopts[i].val == 'o')
					index = i;
		}
		if (opt == 'h') {
			*help = 1;
		} else if (opt == 'o' && index < 0) {
			gsb_cli_usage_error(command, "unknown option '-o'");
			return -1;
		} else if (opt == 'h') {
			*help = 1;
		} else if (opt == '?') {
			gsb_cli_usage_error(command, GSB_CLI_T("unknown option '%s'", "未知选项“%s”"),
			                    argv[optind - 1]);
			return -1;
		} else if (opt == ':') {
			gsb_cli_usage_error(command, GSB_CLI_T("option '%s' needs a value", "选项“%s”须带一个值"),
			                    argv[optind - 1]);
			return -1;
		} else if (!(allowed & (1u << index))) {
			gsb_cli_usage_error(command, GSB_CLI_T("this command takes no option '--%s'",
			                                       "此命令没有选项“--%s”"), longopts[index].name);
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
		if (strcmp(command, "evaluate") == 0 && (strcmp(arg, "csv") == 0 || strcmp(arg, "xlsx") == 0)) {
			o->table = arg[0] == 'c' ? GSB_CLI_TABLE_CSV : GSB_CLI_TABLE_XLSX;
			return 0;
		}
		o->table = GSB_CLI_TABLE_NONE;
		return gsb_cli_parse_format(&o->format, command, arg);
	case 'o':
		o->output = arg;
		return 0;
	case 'l':
		return gsb_cli_parse_lang(&o->lang, command, arg);
	case 't':
		if (strcmp(arg, "1") == 0 || strcmp(arg, "2") == 0) {
			o->threads = arg[0] - '0';
			return 0;
		}
		gsb_cli_usage_error(command, GSB_CLI_T("--threads: '%s' is not 1 or 2",
		                                       "--threads：“%s”不是 1 或 2"), arg);
		return -1;
	case 'R':
		o->no_relevance = 1;
		return 0;
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
		{ "output", required_argument, NULL, 'o' },
		{ "no-relevance", no_argument, NULL, 'R' },
		{ NULL, 0, NULL, 0 }
	};
	o->no_relevance = 0;
	o->threads = default_threads();
	o->as_of = GSB_DATE_NONE;
	o->params = NULL;
	o->format = GSB_FORMAT_TEXT;
	o->lang = gsb_lang_default();
	o->table = GSB_CLI_TABLE_NONE;
	o->output = NULL;
	int first = gsb_cli_getopt(argc, argv, longopts, allowed, parse_value, o, &o->help);
	o->lang = gsb_cli_lang();
	return first;
}

int gsb_cli_print_help(const char *usage)
{
	gsb_cli_put_text(usage, stdout);
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
		gsb_cli_usage_text(argv[0], missing);
		*status = GSB_EXIT_USAGE;
	} else if (missing == NULL && first < argc) {
		gsb_cli_usage_error(argv[0], GSB_CLI_T("unexpected argument '%s'", "多余的参数“%s”"),
		                    argv[first]);
		*status = GSB_EXIT_USAGE;
	} else {
		return first;
	}
	return -1;
}

int gsb_cli_write_file(void *ctx, const char *bytes, size_t len)
{
	FILE *f = ctx ? ctx : stdout;
	if (f == stdout && shown != NULL && shown->shared)
		gsb_cli_progress_clear(); /* the report and the progress line share a terminal */
	return fwrite(bytes, 1, len, f) == len ? 0 : -1;
}

int gsb_cli_finish_stdout(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, GSB_CLI_T("%s: cannot write the report to standard output\n",
		                          "%s：报告无法写到标准输出\n"), GSB_CLI_PROGRAM);
		return GSB_EXIT_IO;
	}
	return GSB_EXIT_OK;
}

/* The length of the well-formed UTF-8 sequence at s, 0 when ill-formed. */
static size_t utf8_char(const unsigned char *s)
{
	unsigned c = s[0];
	size_t n = c < 0x80 ? 1 : c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
	unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
	unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
	for (size_t i = 1; i < n; i++)
		if (s[i] < (i == 1 ? lo : 0x80) || s[i] > (i == 1 ? hi : 0xBF))
			return 0;
	return n;
}

void gsb_cli_put_name(FILE *f, const char *name)
{
	for (const unsigned char *s = (const unsigned char *)name; *s;) {
		size_t n = utf8_char(s);
		if (n == 0) {
			fputs("\xEF\xBF\xBD", f);
			s++;
		} else {
			fwrite(s, 1, n, f);
			s += n;
		}
	}
}

void gsb_cli_print_error(const char *path, const gsb_error *e)
{
	const char *file = e->file ? e->file : path;
	gsb_cli_progress_clear();
	if (file) {
		gsb_cli_put_name(stderr, file);
		fputc(':', stderr);
	}
	if (e->line > 0)
		fprintf(stderr, "%ld:", e->line);
	if (file || e->line > 0)
		fputc(' ', stderr);
	if (e->element)
		fprintf(stderr, "%s: ", e->element);
	const char *message = gsb_error_message(e, gsb_cli_lang());
	fputs(message[0] ? message : gsb_status_name(e->code), stderr);
	if (e->application)
		fprintf(stderr, GSB_CLI_T(" (application %s)", "（申报 %s）"), e->application);
	fputc('\n', stderr);
}

int gsb_cli_library_failed(void)
{
	gsb_cli_print_error(NULL, gsb_error_last());
	return GSB_EXIT_IO;
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
	p->shared = p->enabled && isatty(STDOUT_FILENO);
	p->what = what;
	p->start = p->last = now();
	p->fd = -1;
	const char *delay = getenv("GSB_PROGRESS_DELAY"); /* README: 0 draws at once and often */
	p->delay = delay != NULL && delay[0] != '\0' ? atof(delay) : 1.0;
	if (p->shared)
		setvbuf(stdout, NULL, _IOLBF, 0); /* whole lines between progress lines */
}

static long long file_size(const char *path)
{
	struct stat st;
	if (strcmp(path, "-") == 0 || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return -1;
	return (long long)st.st_size;
}

void gsb_cli_progress_inputs(gsb_cli_progress *p, char **files, int n)
{
	p->total = 0;
	for (int i = 0; i < n; i++) {
		long long size = file_size(files[i]);
		if (size < 0) {
			p->total = -1; /* standard input or a pipe: no share, no time left */
			return;
		}
		p->total += size;
	}
}

void gsb_cli_progress_file(gsb_cli_progress *p, const char *path)
{
	if (p->current[0] != '\0')
		p->done += file_size(p->current) > 0 ? file_size(p->current) : 0;
	p->fd = -1;
	if (realpath(path, p->current) == NULL)
		p->current[0] = '\0';
}

/* How far the reader is in the current file: the offset of the descriptor
 * that has it open (Linux: /proc/self/fd, /proc/self/fdinfo); -1 when not
 * found. */
static long long current_offset(gsb_cli_progress *p)
{
	char link[64], target[PATH_MAX];
	if (p->current[0] == '\0')
		return -1;
	for (int tries = 0; tries < 2; tries++) {
		if (p->fd < 0) {
			DIR *dir = opendir("/proc/self/fd");
			struct dirent *e;
			while (dir != NULL && (e = readdir(dir)) != NULL) {
				snprintf(link, sizeof link, "/proc/self/fd/%.20s", e->d_name);
				ssize_t n = readlink(link, target, sizeof target - 1);
				if (n > 0 && (target[n] = '\0', strcmp(target, p->current) == 0))
					p->fd = atoi(e->d_name);
			}
			if (dir != NULL)
				closedir(dir);
			if (p->fd < 0)
				return -1;
		}
		snprintf(link, sizeof link, "/proc/self/fdinfo/%d", p->fd);
		FILE *f = fopen(link, "r");
		long long pos = -1;
		if (f != NULL) {
			if (fscanf(f, "pos: %lld", &pos) != 1)
				pos = -1;
			fclose(f);
		}
		if (pos >= 0)
			return pos;
		p->fd = -1; /* closed since: look again */
	}
	return -1;
}

void gsb_cli_progress_clear(void)
{
	if (shown == NULL)
		return;
	fputs("\r\033[K", stderr);
	fflush(stderr);
	shown = NULL;
}

/* "1 min 20 s" / "1 分 20 秒" */
static void duration(char *out, size_t size, double seconds, int zh)
{
	long s = seconds < 0 ? 0 : (long)(seconds + 0.5);
	if (s >= 3600)
		snprintf(out, size, zh ? "%ld 小时 %ld 分" : "%ld h %ld min", s / 3600, s % 3600 / 60);
	else if (s >= 60)
		snprintf(out, size, zh ? "%ld 分 %ld 秒" : "%ld min %ld s", s / 60, s % 60);
	else
		snprintf(out, size, zh ? "%ld 秒" : "%ld s", s);
}

void gsb_cli_progress_tick(gsb_cli_progress *p)
{
	p->count++;
	if (!p->enabled || (p->count & 63) != 0)
		return;
	double t = now();
	if (p->delay > 0 && (t - p->start < p->delay || t - p->last < 0.25))
		return;
	p->last = t;
	int zh = (unsigned char)p->what[0] >= 0x80;
	char line[256];
	int len = snprintf(line, sizeof line, "%s: %zu %s (%.0f/s)", GSB_CLI_PROGRAM, p->count,
	                   p->what, (double)p->count / (t - p->start > 0 ? t - p->start : 1e-9));
	long long pos = p->total > 0 ? current_offset(p) : -1;
	if (pos >= 0) {
		double share = (double)(p->done + pos) / (double)p->total;
		if (share > 1)
			share = 1;
		char left[48];
		duration(left, sizeof left, share > 0 ? (t - p->start) * (1 - share) / share : 0, zh);
		snprintf(line + len, sizeof line - (size_t)len, zh ? " · %.0f%% · 约剩 %s" : " · %.0f%% · about %s left",
		         share * 100, left);
	}
	if (p->shared)
		fflush(stdout); /* the report so far, before the line that follows it */
	fprintf(stderr, "\r%s\033[K", line);
	fflush(stderr);
	shown = p;
}

void gsb_cli_progress_done(gsb_cli_progress *p)
{
	if (shown == p)
		gsb_cli_progress_clear();
}
