## Tests: one Check suite per library file (tests/check_*.c), each linked with
## tests/runner.c, run through automake's TAP driver (one line per test).
LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
TEST_EXTENSIONS = .sh
SH_LOG_DRIVER = $(LOG_DRIVER)
AM_TESTS_ENVIRONMENT = \
	CK_TAP_LOG_FILE_NAME=-; export CK_TAP_LOG_FILE_NAME; \
	GSB_SRCDIR='$(abs_top_srcdir)'; export GSB_SRCDIR; \
	GSB_BUILDDIR='$(abs_top_builddir)'; export GSB_BUILDDIR; \
	GSB_JAVAC='$(JAVAC)'; export GSB_JAVAC;

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
## The C API's contracts: date range, text, labels, overflow (issue 13 item 7).
check_units += tests/check_contracts
tests_check_contracts_SOURCES = tests/check_contracts.c tests/runner.c
tests_check_contracts_CFLAGS = $(TEST_CFLAGS)
tests_check_contracts_LDADD = $(TEST_LDADD)

## The rules (eligibility, tier, priority, subsidy, effect, decision): docs/rules.md §3–§7.
rules_units = \
	tests/check_eligibility tests/check_tier tests/check_priority \
	tests/check_subsidy tests/check_effect tests/check_decision
check_units += $(rules_units)
EXTRA_DIST += tests/rules_fixture.h

tests_check_eligibility_SOURCES = tests/check_eligibility.c tests/runner.c
tests_check_eligibility_CFLAGS = $(TEST_CFLAGS)
tests_check_eligibility_LDADD = $(TEST_LDADD)
tests_check_tier_SOURCES = tests/check_tier.c tests/runner.c
tests_check_tier_CFLAGS = $(TEST_CFLAGS)
tests_check_tier_LDADD = $(TEST_LDADD)
tests_check_priority_SOURCES = tests/check_priority.c tests/runner.c
tests_check_priority_CFLAGS = $(TEST_CFLAGS)
tests_check_priority_LDADD = $(TEST_LDADD)
tests_check_subsidy_SOURCES = tests/check_subsidy.c tests/runner.c
tests_check_subsidy_CFLAGS = $(TEST_CFLAGS)
tests_check_subsidy_LDADD = $(TEST_LDADD)
tests_check_effect_SOURCES = tests/check_effect.c tests/runner.c
tests_check_effect_CFLAGS = $(TEST_CFLAGS)
tests_check_effect_LDADD = $(TEST_LDADD)
tests_check_decision_SOURCES = tests/check_decision.c tests/runner.c
tests_check_decision_CFLAGS = $(TEST_CFLAGS)
tests_check_decision_LDADD = $(TEST_LDADD)

## The report writers (lib/report*.c) and the geshibai command (tests/cli.sh).
check_PROGRAMS += tests/check_report
TESTS += tests/check_report tests/cli.sh
EXTRA_DIST += tests/cli.sh
## geshibai review and validate on review records (docs/review.md).
TESTS += tests/review_cli.sh
EXTRA_DIST += tests/review_cli.sh tests/data/review-disbursed-early.xml \
	tests/data/review-dates-backwards.xml
## An output file is never an input (cli/output.c).
TESTS += tests/output_cli.sh
EXTRA_DIST += tests/output_cli.sh
tests_check_report_SOURCES = tests/check_report.c tests/runner.c
tests_check_report_CFLAGS = $(TEST_CFLAGS) $(XML_CFLAGS) $(JANSSON_CFLAGS)
tests_check_report_LDADD = $(TEST_LDADD) $(XML_LIBS) $(JANSSON_LIBS)

## Text, words, taxonomy and USCC (lib/text.c, words.c, taxonomy.c, uscc.c).
check_units += tests/check_text tests/check_words tests/check_taxonomy tests/check_uscc
tests_check_text_SOURCES = tests/check_text.c tests/runner.c
tests_check_text_CFLAGS = $(TEST_CFLAGS)
tests_check_text_LDADD = $(TEST_LDADD)
tests_check_words_SOURCES = tests/check_words.c tests/runner.c
tests_check_words_CFLAGS = $(TEST_CFLAGS)
tests_check_words_LDADD = $(TEST_LDADD)
tests_check_taxonomy_SOURCES = tests/check_taxonomy.c tests/runner.c
tests_check_taxonomy_CFLAGS = $(TEST_CFLAGS)
tests_check_taxonomy_LDADD = $(TEST_LDADD)
## The industry nearest to a name that falls to other (lib/industry_nearest.c).
check_units += tests/check_industry_nearest
tests_check_industry_nearest_SOURCES = tests/check_industry_nearest.c tests/runner.c
tests_check_industry_nearest_CFLAGS = $(TEST_CFLAGS)
tests_check_industry_nearest_LDADD = $(TEST_LDADD)
tests_check_uscc_SOURCES = tests/check_uscc.c tests/runner.c
tests_check_uscc_CFLAGS = $(TEST_CFLAGS)
tests_check_uscc_LDADD = $(TEST_LDADD)

## Documents in (lib/xml.c, reader.c, xml_convert.c, params_read.c): applications, batches, parameters.
check_units += tests/check_xml_read tests/check_params_read
EXTRA_DIST += tests/data/formats-example.xml tests/data/batch-bad-middle.xml \
	tests/data/params-2019.xml
tests_check_xml_read_SOURCES = tests/check_xml_read.c tests/runner.c
tests_check_xml_read_CFLAGS = $(TEST_CFLAGS) -pthread
tests_check_xml_read_LDADD = $(TEST_LDADD) -lpthread
tests_check_params_read_SOURCES = tests/check_params_read.c tests/runner.c
tests_check_params_read_CFLAGS = $(TEST_CFLAGS)
tests_check_params_read_LDADD = $(TEST_LDADD)

## The fast structural check (lib/xml_fast.c) against data/application.xsd.
check_units += tests/check_xml_fast
tests_check_xml_fast_SOURCES = tests/check_xml_fast.c tests/runner.c
tests_check_xml_fast_CFLAGS = $(TEST_CFLAGS) $(XML_CFLAGS)
tests_check_xml_fast_LDADD = $(TEST_LDADD) $(XML_LIBS)

## The funding-misuse audit (5.4): the auditor and the ledger reader.
check_PROGRAMS += tests/check_misuse tests/check_ledger_read
TESTS += tests/check_misuse tests/check_ledger_read
tests_check_misuse_SOURCES = tests/check_misuse.c tests/runner.c
tests_check_misuse_CFLAGS = $(TEST_CFLAGS)
tests_check_misuse_LDADD = $(TEST_LDADD)
tests_check_ledger_read_SOURCES = tests/check_ledger_read.c tests/runner.c
tests_check_ledger_read_CFLAGS = $(TEST_CFLAGS)
tests_check_ledger_read_LDADD = $(TEST_LDADD)

## The review procedure (5.2, docs/rules.md §9).
check_units += tests/check_review
tests_check_review_SOURCES = tests/check_review.c tests/runner.c
tests_check_review_CFLAGS = $(TEST_CFLAGS)
tests_check_review_LDADD = $(TEST_LDADD)

## Issue 5: hostile input, the NULL-safety of the C API, eight threads on one
## policy (docs/security.md). The fuzz targets live in tests/fuzz/local.mk.
check_hardening = tests/check_api_null tests/check_threads
check_PROGRAMS += $(check_hardening)
TESTS += $(check_hardening) tests/hostile.sh
## Nothing lost: junk after an application, non-UTF-8 file names, encodings.
TESTS += tests/integrity.sh tests/encodings.sh tests/json_invariant.sh
EXTRA_DIST += tests/integrity.sh tests/encodings.sh tests/json_invariant.sh tests/batch_entries.py
EXTRA_DIST += tests/hostile.sh tests/hostile tests/tap.sh
# tests/hostile is a directory of inputs: not to be made from tests/hostile.sh
# by make's built-in "%: %.sh" rule when the script is the newer of the two.
tests/hostile: ; @:
tests_check_api_null_SOURCES = tests/check_api_null.c tests/runner.c
tests_check_api_null_CFLAGS = $(TEST_CFLAGS)
## The public API's contracts are checked against the shared library as it is
## installed (lib/libgeshibai.la: only the exported functions), not the
## convenience library the other suites link.
tests_check_api_null_LDADD = lib/libgeshibai.la $(CHECK_LIBS)
tests_check_threads_SOURCES = tests/check_threads.c tests/runner.c
tests_check_threads_CFLAGS = $(TEST_CFLAGS) -pthread
tests_check_threads_LDADD = $(TEST_LDADD) -lpthread

## Issue 7: the programme (targets 2.1, cities §10, industries, effect 2.2,
## the HTML report) and what-if comparisons; the report in headless Chromium.
check_units += tests/check_programme tests/check_whatif
TESTS += tests/compare_cli.sh tests/report_browser.sh
EXTRA_DIST += tests/compare_cli.sh tests/report_browser.sh tests/data/params-cap-5m.xml
tests_check_programme_SOURCES = tests/check_programme.c tests/runner.c
tests_check_programme_CFLAGS = $(TEST_CFLAGS)
tests_check_programme_LDADD = $(TEST_LDADD)
tests_check_whatif_SOURCES = tests/check_whatif.c tests/runner.c
tests_check_whatif_CFLAGS = $(TEST_CFLAGS) $(JANSSON_CFLAGS)
tests_check_whatif_LDADD = $(TEST_LDADD) $(JANSSON_LIBS)

## Every application of a file (gsb_each_application), errors in place.
check_units += tests/check_each
tests_check_each_SOURCES = tests/check_each.c tests/runner.c
tests_check_each_CFLAGS = $(TEST_CFLAGS)
tests_check_each_LDADD = $(TEST_LDADD)

## The decision service (geshibai serve) over HTTP on 127.0.0.1.
TESTS += tests/serve.sh
EXTRA_DIST += tests/serve.sh tests/serve.py tests/openapi3.schema.json
## The clerk's tables (issue 15): text summary, CSV, XLSX, progress line.
TESTS += tests/table_cli.sh
EXTRA_DIST += tests/table_cli.sh tests/data/params-target-2.xml

EXTRA_DIST += tests/table_cli.sh


## Applications as JSON (lib/json_read.c, docs/json.md): equivalence with
## the XML twins, errors with line and JSON Pointer, the three forms.
check_units += tests/check_json_read
tests_check_json_read_SOURCES = tests/check_json_read.c tests/runner.c
tests_check_json_read_CFLAGS = $(TEST_CFLAGS) $(XML_CFLAGS)
tests_check_json_read_LDADD = $(TEST_LDADD)
TESTS += tests/json.sh
EXTRA_DIST += tests/json.sh tests/xml2json.py
## tests/json.sh decides a generated corpus
tests/json.log: bench/gen_apps$(EXEEXT) cli/geshibai$(EXEEXT)

## The streaming JSON writer of the reports (lib/jw.c) against jansson.
check_units += tests/check_json_write
tests_check_json_write_SOURCES = tests/check_json_write.c tests/runner.c
tests_check_json_write_CFLAGS = $(TEST_CFLAGS) $(JANSSON_CFLAGS)
tests_check_json_write_LDADD = $(TEST_LDADD) $(JANSSON_LIBS)

## Messages in two languages (lib/bilingual.c, lib/messages_zh.c, lib/nearest.c).
check_units += tests/check_messages
TESTS += tests/messages.sh tests/cli_lang.sh
EXTRA_DIST += tests/messages.sh tests/cli_lang.sh
tests_check_messages_SOURCES = tests/check_messages.c tests/runner.c
tests_check_messages_CFLAGS = $(TEST_CFLAGS)
tests_check_messages_LDADD = $(TEST_LDADD)

## Relevance (lib/relevance.c): the Check suite, and the property over a
## generated corpus (tests/relevance.sh, which needs bench/gen_apps).
check_PROGRAMS += tests/check_relevance bench/gen_apps
TESTS += tests/check_relevance tests/relevance.sh
EXTRA_DIST += tests/relevance.sh tests/relevance_property.py tests/notice_check.py
tests_check_relevance_SOURCES = tests/check_relevance.c tests/runner.c
tests_check_relevance_CFLAGS = $(TEST_CFLAGS)
tests_check_relevance_LDADD = $(TEST_LDADD)

## Every citation resolves in the project's own documents (docs/), none in
## the shared specification (issue 14).
TESTS += tests/citations.sh
EXTRA_DIST += tests/citations.sh
## The ABI is exactly the documented API (issue 14): exported symbols against
## the headers; the manual pages name every command and exported function.
TESTS += tests/exports.sh tests/man.sh
EXTRA_DIST += tests/exports.sh tests/man.sh

## Every enumeration has _name, _from_name and _label (docs/api.md).
check_units += tests/check_names
tests_check_names_SOURCES = tests/check_names.c tests/runner.c
tests_check_names_CFLAGS = $(TEST_CFLAGS)
tests_check_names_LDADD = $(TEST_LDADD)
