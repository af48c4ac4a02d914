/*
 * Tests of the ledger reader (lib/ledger_read.c) and of the streaming audit
 * of provision 5.4 over documents: hardening, errors with line and element,
 * a malformed record in the middle, and the example ledgers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runner.h"

static gsb_policy *policy;

static void setup(void)
{
	GSB_OK_OR_FAIL(gsb_policy_new(&policy));
}

static void teardown(void)
{
	gsb_policy_free(policy);
	policy = NULL;
}

#define HEAD "<ledger xmlns=\"urn:geshibai:1\" application=\"R-1\" asOf=\"2020-06-30\">\n"

static const char good[] =
	HEAD
	"  <award amount=\"10000000.00\" approved=\"2019-09-01\" national=\"false\"/>\n"
	"  <investment total=\"50000000.00\"/>\n"
	"  <budget>\n"
	"    <line category=\"equipment\" amount=\"6000000.00\"/>\n"
	"  </budget>\n"
	"  <transfer id=\"t1\" from=\"province\" to=\"city-3702\" amount=\"10000000.00\" date=\"2019-09-05\"/>\n"
	"  <transfer id=\"t2\" from=\"city-3702\" to=\"recipient\" amount=\"9000000.00\" date=\"2019-10-20\"/>\n"
	"  <expense id=\"e1\" date=\"2019-11-01\" amount=\"500000.00\" category=\"equipment\"\n"
	"           invoice=\"3702191130-00012345\" payee=\"某设备公司\"/>\n"
	"  <subsidy source=\"国家某专项\" amount=\"5000000.00\"/>\n"
	"  <metric name=\"connected-devices\" declared=\"1000000\" verified=\"600000\"/>\n"
	"</ledger>\n";

static gsb_date D(const char *s)
{
	gsb_date d;
	ck_assert_int_eq(gsb_date_parse(&d, s), GSB_OK);
	return d;
}

START_TEST(read_formats_example)
{
	gsb_ledger *l;
	GSB_OK_OR_FAIL(gsb_ledger_read_memory(&l, good, sizeof good - 1, "good"));
	ck_assert_str_eq(gsb_ledger_application(l), "R-1");
	ck_assert_int_eq(gsb_ledger_as_of(l), D("2020-06-30"));
	ck_assert_uint_eq(gsb_ledger_transfer_count(l), 2);
	ck_assert_uint_eq(gsb_ledger_expense_count(l), 1);
	gsb_audit *a;
	GSB_OK_OR_FAIL(gsb_audit_run(&a, policy, l, GSB_DATE_NONE));
	/* docs/formats.md's example: the city holds 1,000,000.00; the metric is off */
	ck_assert_uint_eq(gsb_audit_flag_count(a), 2);
	ck_assert_int_eq(gsb_audit_flag_category(a, 0), GSB_MISUSE_WITHHOLDING);
	ck_assert_int_eq(gsb_audit_flag_amount(a, 0), 100000000);
	ck_assert_str_eq(gsb_audit_flag_evidence(a, 0, 0), "t1");
	ck_assert_int_eq(gsb_audit_flag_category(a, 1), GSB_MISUSE_FALSIFICATION);
	ck_assert_str_eq(gsb_audit_flag_evidence(a, 1, 0), "metric:connected-devices");

	/* the streaming audit gives the same */
	gsb_audit *b;
	GSB_OK_OR_FAIL(gsb_audit_memory(&b, policy, good, sizeof good - 1, "good", GSB_DATE_NONE));
	char *x = gsb_audit_to_string(a, GSB_FORMAT_JSON, GSB_LANG_EN);
	char *y = gsb_audit_to_string(b, GSB_FORMAT_JSON, GSB_LANG_EN);
	ck_assert_str_eq(x, y);
	gsb_free(x);
	gsb_free(y);
	gsb_audit_free(a);
	gsb_audit_free(b);
	gsb_ledger_free(l);
}
END_TEST

/* A malformed record in the middle: a clear error naming its line and
 * element, and nothing else lost — the next document reads normally. */
START_TEST(malformed_record_in_the_middle)
{
	static const char bad[] =
		HEAD                                                          /* 1 */
		"  <transfer id=\"t1\" from=\"province\" to=\"recipient\" amount=\"100.00\" date=\"2019-09-05\"/>\n"
		"  <expense id=\"e1\" date=\"2019-11-01\" amount=\"1.00\" category=\"a\"/>\n"
		"  <expense id=\"e2\" date=\"2019-11-02\" amount=\"2.00\" category=\"a\"/>\n"
		"  <expense id=\"e3\" date=\"2019-11-03\" amount=\"1,5.00\" category=\"a\"/>\n" /* 5 */
		"  <expense id=\"e4\" date=\"2019-11-04\" amount=\"4.00\" category=\"a\"/>\n"
		"</ledger>\n";
	gsb_ledger *l = (gsb_ledger *)1;
	ck_assert_int_eq(gsb_ledger_read_memory(&l, bad, sizeof bad - 1, "bad.xml"), GSB_ESCHEMA);
	ck_assert_ptr_null(l);
	const gsb_error *e = gsb_error_last();
	ck_assert_int_eq(e->line, 5);
	ck_assert_str_eq(e->element, "ledger/expense/@amount");
	ck_assert_str_eq(e->file, "bad.xml");
	ck_assert_str_eq(e->application, "R-1");
	ck_assert_ptr_nonnull(strstr(e->message, "1,5.00"));

	gsb_audit *a = (gsb_audit *)1;
	ck_assert_int_eq(gsb_audit_memory(&a, policy, bad, sizeof bad - 1, "bad.xml", GSB_DATE_NONE),
	                 GSB_ESCHEMA);
	ck_assert_ptr_null(a);
	ck_assert_int_eq(gsb_error_last()->line, 5);

	/* a date that does not exist */
	static const char bad_date[] =
		HEAD "  <expense id=\"e1\" date=\"2019-02-30\" amount=\"1.00\" category=\"a\"/>\n</ledger>\n";
	ck_assert_int_eq(gsb_ledger_read_memory(&l, bad_date, sizeof bad_date - 1, NULL), GSB_ESCHEMA);
	ck_assert_int_eq(gsb_error_last()->line, 2);
	ck_assert_str_eq(gsb_error_last()->element, "ledger/expense/@date");

	/* the reader is not left in a bad state */
	GSB_OK_OR_FAIL(gsb_ledger_read_memory(&l, good, sizeof good - 1, "good"));
	gsb_ledger_free(l);
}
END_TEST

START_TEST(schema_errors)
{
	gsb_ledger *l;
	static const char unknown[] = HEAD "  <bribe amount=\"1.00\"/>\n</ledger>\n";
	ck_assert_int_eq(gsb_ledger_read_memory(&l, unknown, sizeof unknown - 1, NULL), GSB_ESCHEMA);
	ck_assert_int_eq(gsb_error_last()->line, 2);
	static const char missing[] = HEAD "  <transfer id=\"t\" from=\"a\" amount=\"1.00\" date=\"2019-01-01\"/>\n</ledger>\n";
	ck_assert_int_eq(gsb_ledger_read_memory(&l, missing, sizeof missing - 1, NULL), GSB_ESCHEMA);
	ck_assert_str_eq(gsb_error_last()->element, "ledger/transfer/@to");
	static const char root[] = "<application xmlns=\"urn:geshibai:1\"/>";
	ck_assert_int_eq(gsb_ledger_read_memory(&l, root, sizeof root - 1, NULL), GSB_ESCHEMA);
	static const char nons[] = "<ledger/>";
	ck_assert_int_eq(gsb_ledger_read_memory(&l, nons, sizeof nons - 1, NULL), GSB_ESCHEMA);
	static const char three[] = HEAD "  <award amount=\"1.001\"/>\n</ledger>\n";
	ck_assert_int_eq(gsb_ledger_read_memory(&l, three, sizeof three - 1, NULL), GSB_ESCHEMA);
	ck_assert_str_eq(gsb_error_last()->element, "ledger/award/@amount");
	static const char big[] = HEAD "  <award amount=\"999999999999999999999.00\"/>\n</ledger>\n";
	ck_assert_int_eq(gsb_ledger_read_memory(&l, big, sizeof big - 1, NULL), GSB_EOVERFLOW);
	static const char order[] = HEAD "  <metric name=\"m\" declared=\"1\" verified=\"1\"/>\n"
		"  <award amount=\"1.00\"/>\n</ledger>\n";
	ck_assert_int_eq(gsb_ledger_read_memory(&l, order, sizeof order - 1, NULL), GSB_ESCHEMA);
	ck_assert_int_eq(gsb_error_last()->line, 3);
}
END_TEST

/* Issue 13 item 8: every schema error of a ledger in words, in English and
 * Chinese — never the schema validator's own text ("[facet 'minLength'] …
 * underruns", "Element '{urn:geshibai:1}…'"), whichever record it meets. */
START_TEST(schema_errors_in_words)
{
	static const struct {
		const char *body, *element, *words;
	} cases[] = {
		{ "<transfer id=\"\" from=\"province\" to=\"recipient\" amount=\"10\" date=\"2019-01-01\"/>",
		  "ledger/transfer/@id", "empty value" },
		{ "<transfer id=\"t\" from=\"province\" to=\"recipient\" date=\"2019-01-01\"/>",
		  "ledger/transfer/@amount", "attribute 'amount' is required" },
		{ "<transfr id=\"t\"/>", "ledger/transfr", "unknown element 'transfr' (did you mean transfer?)" },
		{ "<metric name=\"m\" declared=\"1\" verified=\"1\"/><award amount=\"1\"/>", "ledger/award",
		  "unexpected element 'award' (expected here: metric)" },
		{ "<award amount=\"1\" national=\"yes\"/>", "ledger/award/@national", "not a boolean 'yes'" },
		{ "<award amount=\"1\" nationl=\"true\"/>", "ledger/award/@nationl",
		  "unknown attribute 'nationl' (did you mean national?)" },
		{ "<award amount=\"1\">x</award>", "ledger/award", "element 'award' must be empty" },
		{ "<metric name=\"\" declared=\"1\" verified=\"1\"/>", "ledger/metric/@name", "empty value" },
		{ "<budget><line category=\"\" amount=\"1\"/></budget>", "ledger/budget/line/@category",
		  "empty value" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char doc[512];
		snprintf(doc, sizeof doc, HEAD "  %s\n</ledger>\n", cases[i].body);
		gsb_ledger *l = (gsb_ledger *)1;
		ck_assert_int_eq(gsb_ledger_read_memory(&l, doc, strlen(doc), "w.xml"), GSB_ESCHEMA);
		ck_assert_ptr_null(l);
		const gsb_error *e = gsb_error_last();
		ck_assert_int_eq(e->line, 2);
		ck_assert_str_eq(e->element, cases[i].element);
		ck_assert_str_eq(e->application, "R-1");
		ck_assert_msg(strstr(e->message, cases[i].words) != NULL, "%s: %s", cases[i].body, e->message);
		ck_assert_ptr_nonnull(e->message_zh);
		for (const char *m = e->message;; m = e->message_zh) {
			ck_assert_msg(strstr(m, "Element '") == NULL && strstr(m, "[facet") == NULL &&
			              strstr(m, "urn:geshibai") == NULL && strstr(m, "xs:") == NULL,
			              "raw validator text: %s", m);
			if (m == e->message_zh)
				break;
		}
		ck_assert_msg(strcmp(e->message, e->message_zh) != 0 && strstr(e->message_zh, "\xe2\x80\x9c"),
		              "no Chinese: %s", e->message_zh);
	}
}
END_TEST

START_TEST(hardening)
{
	gsb_ledger *l;
	static const char doctype[] =
		"<?xml version=\"1.0\"?>\n<!DOCTYPE ledger [<!ENTITY x \"yyyyyyyyyy\">]>\n"
		"<ledger xmlns=\"urn:geshibai:1\" application=\"&x;\"/>\n";
	ck_assert_int_eq(gsb_ledger_read_memory(&l, doctype, sizeof doctype - 1, NULL), GSB_EPARSE);
	ck_assert_ptr_nonnull(strstr(gsb_error_last()->message, "DOCTYPE"));
	static const char external[] =
		"<!DOCTYPE ledger SYSTEM \"file:///etc/passwd\">\n<ledger xmlns=\"urn:geshibai:1\"/>\n";
	ck_assert_int_eq(gsb_ledger_read_memory(&l, external, sizeof external - 1, NULL), GSB_EPARSE);
	static const char broken[] = HEAD "  <expense id=\"e1\"\n</ledger>\n";
	ck_assert_int_eq(gsb_ledger_read_memory(&l, broken, sizeof broken - 1, NULL), GSB_EPARSE);
	ck_assert_int_gt(gsb_error_last()->line, 1);
	ck_assert_int_eq(gsb_ledger_read_memory(&l, "", 0, NULL), GSB_EPARSE);
	ck_assert_int_eq(gsb_ledger_read_file(&l, "/nonexistent/ledger.xml"), GSB_EIO);
	gsb_audit *a;
	ck_assert_int_eq(gsb_audit_file(&a, policy, "/nonexistent/ledger.xml", GSB_DATE_NONE), GSB_EIO);
}
END_TEST

/* Passing on more than received, read from a document: the error names
 * the transfer's line. */
START_TEST(passing_on_more_from_a_document)
{
	static const char doc[] =
		HEAD
		"  <transfer id=\"t1\" from=\"province\" to=\"city\" amount=\"100.00\" date=\"2019-09-05\"/>\n"
		"  <transfer id=\"t2\" from=\"city\" to=\"recipient\" amount=\"100.01\" date=\"2019-09-06\"/>\n"
		"</ledger>\n";
	gsb_audit *a;
	ck_assert_int_eq(gsb_audit_memory(&a, policy, doc, sizeof doc - 1, "x.xml", GSB_DATE_NONE), GSB_EINPUT);
	ck_assert_int_eq(gsb_error_last()->line, 3);
	ck_assert_str_eq(gsb_error_last()->file, "x.xml");
	ck_assert_ptr_nonnull(strstr(gsb_error_last()->message, "t2"));
}
END_TEST

/* The examples: one clean ledger and one per category. */
START_TEST(example_ledgers)
{
	static const struct {
		const char *file;
		int kind; /* -1: clean */
	} ex[] = {
		{ "examples/ledgers/clean.xml", -1 },
		{ "examples/ledgers/withholding.xml", GSB_MISUSE_WITHHOLDING },
		{ "examples/ledgers/misappropriation.xml", GSB_MISUSE_MISAPPROPRIATION },
		{ "examples/ledgers/encroachment.xml", GSB_MISUSE_ENCROACHMENT },
		{ "examples/ledgers/falsification.xml", GSB_MISUSE_FALSIFICATION },
		{ "examples/ledgers/fraud.xml", GSB_MISUSE_FRAUD },
	};
	for (size_t k = 0; k < sizeof ex / sizeof ex[0]; k++) {
		gsb_audit *a;
		GSB_OK_OR_FAIL(gsb_audit_file(&a, policy, gsb_test_path(ex[k].file), GSB_DATE_NONE));
		if (ex[k].kind < 0) {
			ck_assert_msg(gsb_audit_clean(a), "%s is not clean", ex[k].file);
		} else {
			ck_assert_msg(gsb_audit_flag_count(a) > 0, "%s has no flag", ex[k].file);
			for (size_t i = 0; i < gsb_audit_flag_count(a); i++)
				ck_assert_msg((int)gsb_audit_flag_category(a, i) == ex[k].kind,
				              "%s: unexpected %s", ex[k].file,
				              gsb_misuse_name(gsb_audit_flag_category(a, i)));
		}
		gsb_ledger *l;
		GSB_OK_OR_FAIL(gsb_ledger_read_file(&l, gsb_test_path(ex[k].file)));
		gsb_audit *b;
		GSB_OK_OR_FAIL(gsb_audit_run(&b, policy, l, GSB_DATE_NONE));
		ck_assert_uint_eq(gsb_audit_flag_count(a), gsb_audit_flag_count(b));
		gsb_audit_free(b);
		gsb_ledger_free(l);
		gsb_audit_free(a);
	}
}
END_TEST

/* The as-of date: given, else the ledger's asOf, else today. */
START_TEST(as_of_resolution)
{
	static const char doc[] = "<ledger xmlns=\"urn:geshibai:1\"/>";
	gsb_audit *a;
	GSB_OK_OR_FAIL(gsb_audit_memory(&a, policy, doc, sizeof doc - 1, NULL, GSB_DATE_NONE));
	ck_assert_int_eq(gsb_audit_as_of(a), gsb_date_today());
	ck_assert_ptr_null(gsb_audit_ledger(a));
	ck_assert_int_eq(gsb_audit_clean(a), 1);
	gsb_audit_free(a);
	GSB_OK_OR_FAIL(gsb_audit_memory(&a, policy, good, sizeof good - 1, NULL, D("2019-09-06")));
	ck_assert_int_eq(gsb_audit_as_of(a), D("2019-09-06"));
	gsb_audit_free(a);
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("ledger_read");
	TCase *t = tcase_create("read");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, read_formats_example);
	tcase_add_test(t, malformed_record_in_the_middle);
	tcase_add_test(t, schema_errors);
	tcase_add_test(t, schema_errors_in_words);
	tcase_add_test(t, hardening);
	tcase_add_test(t, passing_on_more_from_a_document);
	tcase_add_test(t, example_ledgers);
	tcase_add_test(t, as_of_resolution);
	suite_add_tcase(s, t);
	return s;
}
