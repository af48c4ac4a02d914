/*
 * libFuzzer target: the application reader (one document and the streaming
 * batch reader), then evaluation and every report format. Any input must
 * give a decision or an error with a message — never a crash, a leak or UB.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "geshibai.h"

static gsb_policy *policy;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (gsb_policy_new(&policy) != GSB_OK)
		abort();
	return 0;
}

static void decide(const gsb_application *app)
{
	gsb_decision *d = NULL;
	if (gsb_evaluate(&d, policy, app, GSB_DATE_NONE, GSB_EVAL_DEFAULT) != GSB_OK) {
		if (gsb_error_last()->message[0] == '\0')
			abort(); /* an error without a message */
		return;
	}
	for (int f = GSB_FORMAT_XML; f <= GSB_FORMAT_TEXT; f++) {
		char *s = gsb_decision_to_string(d, (gsb_format)f, (gsb_lang)(f & 1));
		gsb_free(s);
	}
	gsb_decision_free(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *xml = (const char *)data;
	gsb_application *app = NULL;

	if (gsb_application_read_memory(&app, xml, size, "fuzz") == GSB_OK) {
		decide(app);
		gsb_application_free(app);
	} else if (app != NULL || gsb_error_last()->message[0] == '\0') {
		abort(); /* failure must leave *out NULL and say why */
	}

	gsb_reader *r = NULL;
	if (gsb_reader_open_memory(&r, xml, size, "fuzz-batch") == GSB_OK) {
		int rc, guard = 0;
		while ((rc = gsb_reader_next(r, &app)) != 0 && guard++ < 10000) {
			if (rc == 1) {
				decide(app);
				gsb_application_free(app);
				app = NULL;
			}
		}
		if (rc != 0)
			abort(); /* the reader never ends */
		(void)gsb_reader_is_batch(r);
		(void)gsb_reader_count(r);
		gsb_reader_free(r);
	}
	return 0;
}
