/* main() for every Check suite; TAP on stdout when CK_TAP_LOG_FILE_NAME=- . */
#include <stdio.h>
#include <stdlib.h>
#include "runner.h"

const char *gsb_test_path(const char *relative)
{
	static char buf[4096];
	const char *top = getenv("GSB_SRCDIR");
	snprintf(buf, sizeof buf, "%s/%s", top ? top : ".", relative);
	return buf;
}

int main(void)
{
	SRunner *sr = srunner_create(gsb_test_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
