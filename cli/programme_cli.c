/* geshibai — helpers shared by compare and report (see programme_cli.h). */
#include <getopt.h>
#include <string.h>
#include "programme_cli.h"

static unsigned popt_bit(int opt)
{
	switch (opt) {
	case 'a': return GSB_POPT_AS_OF;
	case 'p': return GSB_POPT_PARAMS;
	case 'f': return GSB_POPT_FORMAT;
	case 'l': return GSB_POPT_LANG;
	case 'o': return GSB_POPT_HTML;
	default: return 0;
	}
}

static int popt_value(gsb_cli_popts *o, int opt, const char *command, const char *arg,
                      int max_params)
{
	switch (opt) {
	case 'a':
		if (gsb_date_parse(&o->as_of, arg) == GSB_OK)
			return 0;
		gsb_cli_usage_error(command, "--as-of: '%s' is not a date YYYY-MM-DD", arg);
		return -1;
	case 'p':
		if (o->n_params < max_params) {
			o->params[o->n_params++] = arg;
			return 0;
		}
		gsb_cli_usage_error(command, "--params given more than %d time%s", max_params,
		                    max_params == 1 ? "" : "s");
		return -1;
	case 'f':
		if (gsb_format_from_name(&o->format, arg) == GSB_OK)
			return 0;
		gsb_cli_usage_error(command, "--format: '%s' is not text, xml or json", arg);
		return -1;
	case 'l':
		if (strcmp(arg, "zh") == 0 || strcmp(arg, "en") == 0) {
			o->lang = arg[0] == 'z' ? GSB_LANG_ZH : GSB_LANG_EN;
			o->lang_given = 1;
			return 0;
		}
		gsb_cli_usage_error(command, "--lang: '%s' is not zh or en", arg);
		return -1;
	case 'o':
		if (arg[0] != '\0') {
			o->html = arg;
			return 0;
		}
		gsb_cli_usage_error(command, "--html needs a file name ('-' for standard output)");
		return -1;
	default:
		return -1;
	}
}

int gsb_cli_popts_parse(gsb_cli_popts *o, int argc, char **argv, unsigned allowed,
                        int max_params)
{
	static const struct option longopts[] = {
		{ "as-of", required_argument, NULL, 'a' },
		{ "params", required_argument, NULL, 'p' },
		{ "format", required_argument, NULL, 'f' },
		{ "lang", required_argument, NULL, 'l' },
		{ "html", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *command = argv[0];
	memset(o, 0, sizeof *o);
	o->as_of = GSB_DATE_NONE;
	o->format = GSB_FORMAT_TEXT;
	o->lang = gsb_cli_default_lang();
	optind = 0; /* GNU: start again */
	opterr = 0;
	int opt;
	while ((opt = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		if (opt == 'h') {
			o->help = 1;
		} else if (opt == '?') {
			gsb_cli_usage_error(command, "unknown option '%s'", argv[optind - 1]);
			return -1;
		} else if (opt == ':') {
			gsb_cli_usage_error(command, "option '%s' needs a value", argv[optind - 1]);
			return -1;
		} else if (!(allowed & popt_bit(opt))) {
			gsb_cli_usage_error(command, "this command takes no option '%s'", argv[optind - 1]);
			return -1;
		} else if (popt_value(o, opt, command, optarg, max_params) < 0) {
			return -1;
		}
	}
	return optind;
}

int gsb_cli_policy_named(gsb_policy **out, const char *params)
{
	if (params != NULL && strcmp(params, "default") == 0)
		params = NULL;
	return gsb_cli_load_policy(out, params);
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
		                .file = path };
		gsb_cli_print_error(path, &e);
		v->error(v->ctx, &e);
		status = gsb_cli_worse(status, GSB_EXIT_INVALID);
	}
	gsb_reader_free(r);
	return status;
}

int gsb_cli_each_application(char **files, int n, const gsb_cli_visit *v,
                             gsb_cli_progress *progress, int *stopped)
{
	int status = GSB_EXIT_OK;
	*stopped = 0;
	for (int i = 0; i < n && !*stopped; i++)
		status = gsb_cli_worse(status, each_in_file(files[i], v, progress, stopped));
	return status;
}
