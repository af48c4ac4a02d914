/* main() for every Check suite; TAP on stdout when CK_TAP_LOG_FILE_NAME=- . */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runner.h"

const char *gsb_test_path(const char *relative)
{
	static _Thread_local char buf[4096]; /* per thread: tests read files from several */
	const char *top = getenv("GSB_SRCDIR");
	snprintf(buf, sizeof buf, "%s/%s", top ? top : ".", relative);
	return buf;
}

void gsb_test_report_has(const gsb_decision *d, gsb_format format, gsb_lang lang,
                         const char *needle, int want)
{
	char *report = gsb_decision_to_string(d, format, lang);
	ck_assert_ptr_nonnull(report);
	int has = strstr(report, needle) != NULL;
	if (has != want)
		ck_abort_msg("'%s' %s the report:\n%.2000s", needle, want ? "not in" : "in", report);
	gsb_free(report);
}

int main(void)
{
	SRunner *sr = srunner_create(gsb_test_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
