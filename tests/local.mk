## Tests: one Check suite per library file (tests/check_*.c), each linked with
## tests/runner.c, run through automake's TAP driver (one line per test).
LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
TEST_EXTENSIONS = .sh
SH_LOG_DRIVER = $(LOG_DRIVER)
AM_TESTS_ENVIRONMENT = \
	CK_TAP_LOG_FILE_NAME=-; export CK_TAP_LOG_FILE_NAME; \
	GSB_SRCDIR='$(abs_top_srcdir)'; export GSB_SRCDIR; \
	GSB_BUILDDIR='$(abs_top_builddir)'; export GSB_BUILDDIR;

TEST_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
TEST_LDADD = lib/libgeshibai_core.la $(CHECK_LIBS)

check_units = \
	tests/check_date tests/check_money tests/check_params tests/check_application

check_PROGRAMS += $(check_units)
TESTS += $(check_units)
EXTRA_DIST += tests/runner.h

tests_check_date_SOURCES = tests/check_date.c tests/runner.c
tests_check_date_CFLAGS = $(TEST_CFLAGS)
tests_check_date_LDADD = $(TEST_LDADD)
tests_check_money_SOURCES = tests/check_money.c tests/runner.c
tests_check_money_CFLAGS = $(TEST_CFLAGS)
tests_check_money_LDADD = $(TEST_LDADD)
tests_check_params_SOURCES = tests/check_params.c tests/runner.c
tests_check_params_CFLAGS = $(TEST_CFLAGS)
tests_check_params_LDADD = $(TEST_LDADD)
tests_check_application_SOURCES = tests/check_application.c tests/runner.c
tests_check_application_CFLAGS = $(TEST_CFLAGS)
tests_check_application_LDADD = $(TEST_LDADD)
