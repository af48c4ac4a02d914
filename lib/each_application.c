/*
 * libgeshibai — every application of one input (io.h gsb_each_application,
 * gsb_reader_each_application): the loop a program would otherwise write
 * around gsb_reader_next(). The command's report, notice and compare, the
 * bindings' add_file helpers and the decision service all read through it.
 * Each error it reports names the file, the line and the application (when
 * known), and nothing is lost: a bad application is reported and the next
 * one is read.
 */
#include "internal.h"
#include "reader.h"

/* The last error, placed: in the input name, at the application's line and
 * id when the error does not say; reported through on_error. */
static int report(gsb_error_fn on_error, void *ctx, const char *name, const gsb_application *app)
{
	gsb_error e = *gsb_error_last();
	if (e.line == 0 && app != NULL)
		e.line = gsb_application_line(app);
	if (e.application == NULL && app != NULL)
		e.application = gsb_application_id(app);
	if (e.file == NULL)
		e.file = name;
	return on_error(ctx, &e);
}

int gsb_reader_each_application(gsb_reader *reader, gsb_application_fn on_application,
                                gsb_error_fn on_error, void *ctx)
{
	GSB__CHECK_ARG(reader);
	GSB__CHECK_ARG(on_application);
	GSB__CHECK_ARG(on_error);
	const char *name = gsb__reader_name(reader);
	int stop = 0, rc;
	size_t seen = 0;
	gsb_application *app = NULL;
	while (stop == 0 && (rc = gsb_reader_next(reader, &app)) != 0) {
		seen++;
		if (rc > 0 && (stop = on_application(ctx, app)) < 0)
			stop = report(on_error, ctx, name, app);
		else if (rc < 0)
			stop = report(on_error, ctx, name, NULL);
		gsb_application_free(app);
		app = NULL;
		if (rc == GSB_EIO)
			break;
	}
	if (stop == 0 && seen == 0 && !gsb_reader_is_batch(reader)) {
		gsb_error e = { .code = GSB_ESCHEMA, .message = "no application in the document",
		                .message_zh = "文件中没有申报", .file = name };
		stop = on_error(ctx, &e);
	}
	return stop;
}

int gsb_each_application(const char *path, gsb_application_fn on_application,
                         gsb_error_fn on_error, void *ctx)
{
	GSB__CHECK_ARG(path);
	GSB__CHECK_ARG(on_application);
	GSB__CHECK_ARG(on_error);
	gsb_reader *r = NULL;
	if (gsb_reader_open_file(&r, path) < 0)
		return report(on_error, ctx, path, NULL);
	int stop = gsb_reader_each_application(r, on_application, on_error, ctx);
	gsb_reader_free(r);
	return stop;
}
