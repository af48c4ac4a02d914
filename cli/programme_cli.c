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

int gsb_cli_visit_error(const gsb_cli_visit *v, const char *path, int rc,
                        const gsb_application *app)
{
	gsb_error e = *gsb_error_last();
	if (e.line == 0 && app != NULL)
		e.line = gsb_application_line(app);
	if (e.application == NULL && app != NULL)
		e.application = gsb_application_id(app);
	if (e.file == NULL)
		e.file = path;
	gsb_cli_print_error(path, &e);
	v->error(v->ctx, &e);
	return gsb_cli_exit_for(rc);
}

/* Every application of one file; the worst status. */
static int each_in_file(const char *path, const gsb_cli_visit *v, gsb_cli_progress *progress,
                        int *stopped)
{
	gsb_reader *r = NULL;
	gsb_cli_progress_file(progress, path);
	int rc = gsb_reader_open_file(&r, path);
	if (rc < 0)
		return gsb_cli_visit_error(v, path, rc, NULL);
	int status = GSB_EXIT_OK;
	size_t seen = 0;
	gsb_application *app = NULL;
	while (!*stopped && (rc = gsb_reader_next(r, &app)) != 0) {
		seen++;
		if (rc > 0) {
			int s = v->application(v->ctx, path, app);
			if (s < 0)
				*stopped = 1;
			else
				status = gsb_cli_worse(status, s);
		} else {
			status = gsb_cli_worse(status, gsb_cli_visit_error(v, path, rc, NULL));
		}
		gsb_application_free(app);
		app = NULL;
		gsb_cli_progress_tick(progress);
		if (rc == GSB_EIO)
			break;
	}
	if (seen == 0 && !gsb_reader_is_batch(r) && !*stopped) {
		gsb_error e = { .code = GSB_ESCHEMA, .message = "no application in the document",
		                .message_zh = "文件中没有申报",
		                .file = path };
		gsb_cli_print_error(path, &e);
		v->error(v->ctx, &e);
		status = gsb_cli_worse(status, GSB_EXIT_INVALID);
	}
	gsb_reader_free(r);
	return status;
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
