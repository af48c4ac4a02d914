/* geshibai — helpers shared by compare, report and notice (see programme_cli.h). */
#include <getopt.h>
#include <string.h>
#include "programme_cli.h"

static int popt_value(void *ctx, int opt, const char *command, const char *arg)
{
	gsb_cli_popts *o = ctx;
	switch (opt) {
	case 'a':
		return gsb_cli_parse_as_of(&o->as_of, command, arg);
	case 'p':
		if (o->n_params < o->max_params) {
			o->params[o->n_params++] = arg;
			return 0;
		}
		gsb_cli_usage_error(command, GSB_CLI_T("--params given more than %d time%s",
		                                       "--params 最多给出 %d 次%s"), o->max_params,
		                    o->max_params == 1 || gsb_cli_lang() == GSB_LANG_ZH ? "" : "s");
		return -1;
	case 'f':
		return gsb_cli_parse_format(&o->format, command, arg);
	case 'l':
		o->lang_given = 1;
		return gsb_cli_parse_lang(&o->lang, command, arg);
	case 'o':
		if (arg[0] != '\0') {
			o->html = arg;
			return 0;
		}
		gsb_cli_usage_text(command, "--html needs a file name ('-' for standard output)"
		                   GSB_CLI_ZH "--html 须带文件名（“-”表示标准输出）");
		return -1;
	default:
		return -1;
	}
}

int gsb_cli_popts_parse(gsb_cli_popts *o, int argc, char **argv, unsigned allowed,
                        int max_params)
{
	static const struct option longopts[] = { /* in the order of the GSB_POPT_* bits */
		{ "as-of", required_argument, NULL, 'a' },
		{ "params", required_argument, NULL, 'p' },
		{ "format", required_argument, NULL, 'f' },
		{ "lang", required_argument, NULL, 'l' },
		{ "html", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	memset(o, 0, sizeof *o);
	o->as_of = GSB_DATE_NONE;
	o->format = GSB_FORMAT_TEXT;
	o->lang = gsb_lang_default();
	o->max_params = max_params;
	return gsb_cli_getopt(argc, argv, longopts, allowed, popt_value, o, &o->help);
}

int gsb_cli_policy_named(gsb_policy **out, const char *params)
{
	if (params != NULL && strcmp(params, "default") == 0)
		params = NULL;
	return gsb_cli_load_policy(out, params);
}

int gsb_cli_programme_command(int argc, char **argv, const char *usage, int html_required,
                              gsb_cli_programme_run run)
{
	const char *command = argv[0];
	gsb_cli_popts opt;
	unsigned allowed = GSB_POPT_AS_OF | GSB_POPT_PARAMS | GSB_POPT_LANG | GSB_POPT_HTML;
	int first = gsb_cli_popts_parse(&opt, argc, argv, allowed, 1);
	if (first < 0)
		return GSB_EXIT_USAGE;
	if (!opt.lang_given)
		opt.lang = GSB_LANG_ZH; /* issue 7: the programme's own language */
	if (opt.help)
		return gsb_cli_print_help(usage);
	if (html_required && opt.html == NULL) {
		gsb_cli_usage_text(command, "--html OUT.html is required ('-' for standard output)"
		                   GSB_CLI_ZH "须给出 --html 输出.html（“-”表示标准输出）");
		return GSB_EXIT_USAGE;
	}
	if (first >= argc) {
		gsb_cli_usage_text(command, GSB_CLI_NO_INPUT);
		return GSB_EXIT_USAGE;
	}
	/* issue 13 item 9: the output never replaces an input (or the parameters) */
	if (opt.html &&
	    (gsb_cli_refuse_output_input(command, "--html", opt.html, argv + first, argc - first) ||
	     gsb_cli_refuse_output_input(command, "--html", opt.html, (char **)opt.params,
	                                 opt.n_params)))
		return GSB_EXIT_USAGE;
	gsb_policy *policy = NULL;
	int status = gsb_cli_policy_named(&policy, opt.n_params ? opt.params[0] : NULL);
	if (status == GSB_EXIT_OK)
		status = run(policy, &opt, argv + first, argc - first);
	gsb_policy_free(policy);
	return status;
}

/* One file under the visitor: the worst status so far, and the status of an
 * application the visitor could not handle, for its error that follows. */
typedef struct {
	const gsb_cli_visit *v;
	gsb_cli_progress *progress;
	const char *path;
	int status;
	int failed;
} visit_file;

static int visit_application(void *ctx, const gsb_application *app)
{
	visit_file *f = ctx;
	int rc = f->v->application(f->v->ctx, app);
	if (rc < 0)
		f->failed = rc; /* the loop reports it next, placed at app */
	else
		gsb_cli_progress_tick(f->progress);
	return rc;
}

/* An input that could not be read or handled: FILE:LINE: ... on stderr and
 * to the visitor. */
static int visit_error(void *ctx, const gsb_error *e)
{
	visit_file *f = ctx;
	gsb_cli_print_error(f->path, e);
	f->v->error(f->v->ctx, e);
	f->status = gsb_cli_worse(f->status, gsb_cli_exit_for(f->failed < 0 ? f->failed : e->code));
	f->failed = 0;
	gsb_cli_progress_tick(f->progress);
	return 0;
}

/* Every application of one file (the library's loop); the worst status. */
static int each_in_file(const char *path, const gsb_cli_visit *v, gsb_cli_progress *progress,
                        int *stopped)
{
	visit_file f = { .v = v, .progress = progress, .path = path, .status = GSB_EXIT_OK };
	gsb_cli_progress_file(progress, path);
	if (gsb_each_application(path, visit_application, visit_error, &f) != GSB_OK)
		*stopped = 1;
	return f.status;
}

int gsb_cli_each_application(char **files, int n, const gsb_cli_visit *v, const char *what,
                             int *stopped)
{
	int status = GSB_EXIT_OK;
	gsb_cli_progress progress;
	gsb_cli_progress_init(&progress, what);
	*stopped = 0;
	gsb_cli_progress_inputs(&progress, files, n);
	for (int i = 0; i < n && !*stopped; i++)
		status = gsb_cli_worse(status, each_in_file(files[i], v, &progress, stopped));
	gsb_cli_progress_done(&progress);
	return status;
}
