/* Shared by the Check suites: each tests/check_X.c defines gsb_test_suite(). */
#ifndef GSB_TEST_RUNNER_H
#define GSB_TEST_RUNNER_H
#include <check.h>
#include "geshibai.h"

Suite *gsb_test_suite(void);
/* Path of a file under the source tree ($GSB_SRCDIR, else "."); static buffer. */
const char *gsb_test_path(const char *relative);

/* Assert that the report of d in format and lang holds needle (want 1) or
 * does not (want 0). */
void gsb_test_report_has(const gsb_decision *d, gsb_format format, gsb_lang lang,
                         const char *needle, int want);

/* Assert a call succeeded, printing gsb_error_last() when not. */
#define GSB_OK_OR_FAIL(call)                                                        \
	do {                                                                        \
		int rc_ = (call);                                                   \
		ck_assert_msg(rc_ == GSB_OK, "%s returned %d: %s", #call, rc_,      \
		              gsb_error_last()->message);                           \
	} while (0)
#endif
