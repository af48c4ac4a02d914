/* Tests for lib/xml.c and the application readers (reader.c, xml_convert.c,
 * xml_fast.c, validate.c): applications and batches in,
 * schema errors in words, hardened parsing, streaming. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "runner.h"
#include "internal.h"

#define NS "xmlns=\"urn:geshibai:1\""

static gsb_date D(const char *s)
{
	gsb_date d = GSB_DATE_NONE;
	ck_assert_int_eq(gsb_date_parse(&d, s), GSB_OK);
	return d;
}

/* Read one application from a string. */
static int read_str(gsb_application **app, const char *xml)
{
	return gsb_application_read_memory(app, xml, strlen(xml), "test.xml");
}

/* An application wrapping applicant and platform content, then the rest. */
static char *doc(const char *attrs, const char *applicant, const char *platform, const char *rest)
{
	static char buf[8192];
	snprintf(buf, sizeof buf,
	         "<?xml version=\"1.0\"?>\n"
	         "<application " NS " id=\"T-1\" %s>\n"
	         "  <applicant>%s</applicant>\n"
	         "  <platform%s</platform>\n"
	         "%s</application>\n",
	         attrs, applicant, platform, rest);
	return buf;
}

/* The document must fail with code, message and element path. */
static void expect_error(const char *xml, int code, const char *message, const char *element)
{
	gsb_application *app = NULL;
	int rc = read_str(&app, xml);
	const gsb_error *e = gsb_error_last();
	ck_assert_msg(rc == code, "expected %d, got %d: %s", code, rc, e->message);
	ck_assert_ptr_null(app);
	ck_assert_str_eq(e->message, message);
	if (element) {
		ck_assert_ptr_nonnull(e->element);
		ck_assert_str_eq(e->element, element);
	}
	ck_assert_str_eq(e->file, "test.xml");
}

/* ------------------------------------------------------------ round trip */

START_TEST(formats_example_round_trip)
{
	gsb_application *a;
	GSB_OK_OR_FAIL(gsb_application_read_file(&a, gsb_test_path("tests/data/formats-example.xml")));
	ck_assert_str_eq(gsb_application_id(a), "QD-2019-007");
	/* libxml2 numbers an element by the line where its start tag ends */
	ck_assert_int_eq(gsb_application_line(a), 3);
	ck_assert_int_eq(a->year, 2019);
	ck_assert_int_eq(a->submitted, D("2019-06-14"));
	ck_assert_int_eq(a->claimed, GSB_TIER_CROSS_DOMAIN);
	ck_assert_str_eq(a->name, "某某工业互联网有限公司");
	ck_assert_str_eq(a->uscc, "91370200718018514D");
	ck_assert_str_eq(a->division, "370212");
	ck_assert_int_eq(a->legal_form, GSB_LEGAL_ENTERPRISE_LEGAL_PERSON);
	ck_assert_int_eq(a->facts[GSB_FACT_DISHONEST_DEBTOR], GSB_FALSE);
	ck_assert_int_eq(a->facts[GSB_FACT_MAJOR_TAX_VIOLATION], GSB_FALSE);
	ck_assert_int_eq(a->facts[GSB_FACT_CAPABLE], GSB_TRUE);
	ck_assert_int_eq(a->facts[GSB_FACT_OWNER], GSB_TRUE);
	ck_assert_int_eq(a->facts[GSB_FACT_GOVERNMENT_LED], GSB_FALSE);
	ck_assert_int_eq(a->facts[GSB_FACT_INDUSTRY_LEADING], GSB_TRUE);
	ck_assert_int_eq(a->facts[GSB_FACT_RECOGNISED], GSB_TRUE);
	ck_assert_int_eq(a->facts[GSB_FACT_KEY_SUPPORT], GSB_TRUE);
	ck_assert_str_eq(a->platform_name, "某某云平台");
	ck_assert_int_eq(a->builder_type, GSB_BUILDER_INDUSTRY_LEADER);
	ck_assert_int_eq(a->operating_since, D("2017-04-20"));
	ck_assert_int_eq(a->lists[GSB_LIST_INDUSTRIES].n, 3);
	ck_assert_int_eq(a->lists[GSB_LIST_DOMAINS].n, 3);
	ck_assert_int_eq(a->lists[GSB_LIST_RESOURCES].n, 5);
	ck_assert_int_eq(a->lists[GSB_LIST_CAPABILITIES].n, 3);
	ck_assert_int_eq(a->lists[GSB_LIST_FUNCTIONS].n, 1);
	ck_assert_str_eq(a->lists[GSB_LIST_REGIONAL_FUNCTIONS].items[0], "regional-data-collection");
	ck_assert_str_eq(a->lists[GSB_LIST_CLUSTERS].items[0], "textiles");
	ck_assert_str_eq(a->lists[GSB_LIST_SCENARIOS].items[0], "remote-maintenance");
	ck_assert_int_eq(a->metrics[GSB_METRIC_CONNECTED_DEVICES], 1200000);
	ck_assert_int_eq(a->metrics[GSB_METRIC_ENTERPRISES_SERVED], 3000);
	ck_assert(a->listings_declared);
	ck_assert_int_eq(a->n_listings, 2);
	ck_assert_int_eq(a->listings[0].kind, GSB_LISTING_NATIONAL_PLATFORM);
	ck_assert_int_eq(a->listings[0].year, 2019);
	ck_assert_str_eq(a->listings[0].text, "跨行业跨领域工业互联网平台");
	ck_assert_ptr_null(a->listings[1].text);
	ck_assert(a->has_score);
	ck_assert_int_eq(a->score_e4, 885000);
	ck_assert_int_eq(a->award, 1200000000);
	ck_assert_int_eq(a->equity, 500000000);
	ck_assert_int_eq(a->n_loans, 1);
	ck_assert_int_eq(a->loans[0].principal, 10000000000);
	ck_assert_int_eq(a->loans[0].start, D("2019-01-01"));
	ck_assert_int_eq(a->n_locals, 1);
	ck_assert_str_eq(a->locals[0].source, "青岛市");
	ck_assert_int_eq(a->n_kpis, 2);
	ck_assert_int_eq(a->kpis[1].kpi, GSB_KPI_DEFECT_RATE);
	gsb_application_free(a);
}
END_TEST

START_TEST(absent_means_unknown)
{
	gsb_application *a;
	GSB_OK_OR_FAIL(read_str(&a, "<application " NS "><applicant/><platform/></application>"));
	ck_assert_ptr_null(gsb_application_id(a));
	ck_assert_int_eq(gsb_application_line(a), 1);
	ck_assert_int_eq(a->facts[GSB_FACT_CAPABLE], GSB_UNKNOWN);
	ck_assert(!a->lists[GSB_LIST_DOMAINS].declared);
	ck_assert(!a->listings_declared);
	gsb_application_free(a);
	/* a present, empty list is declared; booleans 1/0 and white space */
	GSB_OK_OR_FAIL(read_str(&a, doc("", "<capable> 1 </capable><owner>0</owner>",
	                                "><domains/><clusters></clusters>", "")));
	ck_assert(a->lists[GSB_LIST_DOMAINS].declared);
	ck_assert_int_eq(a->lists[GSB_LIST_DOMAINS].n, 0);
	ck_assert(a->lists[GSB_LIST_CLUSTERS].declared);
	ck_assert_int_eq(a->facts[GSB_FACT_CAPABLE], GSB_TRUE);
	ck_assert_int_eq(a->facts[GSB_FACT_OWNER], GSB_FALSE);
	gsb_application_free(a);
}
END_TEST

/* Character data as libxml2's tree would hold it: references resolved in
 * attributes and text, CDATA and text pieces merged around comments into
 * what gsb_xml_text() gives, a long text read in many pieces whole. */
START_TEST(references_cdata_and_long_text)
{
	gsb_application *a;
	GSB_OK_OR_FAIL(read_str(&a, doc("", "<name>A &amp; B<!-- c --> &lt;C&gt;<![CDATA[<&>]]>&#x4e2d;</name>",
	                                " name=\"p &amp; q &#38; r &lt; s &#x4e2d;&quot;\">", "")));
	ck_assert_str_eq(a->name, "A & B <C><&>中");
	ck_assert_str_eq(a->platform_name, "p & q & r < s 中\"");
	gsb_application_free(a);
	/* empty pieces (found by fuzzing: nothing to gather, no buffer yet) */
	GSB_OK_OR_FAIL(read_str(&a, doc("", "<name><![CDATA[]]><![CDATA[]]>x<![CDATA[]]></name>", ">", "")));
	ck_assert_str_eq(a->name, "x");
	gsb_application_free(a);
	GSB_OK_OR_FAIL(read_str(&a, "<application " NS " id=\"x&amp;y&#38;z\"><applicant/><platform/></application>"));
	ck_assert_str_eq(gsb_application_id(a), "x&y&z");
	gsb_application_free(a);
	/* 100,000 bytes of text: the parser hands it over in many pieces */
	size_t n = 100000;
	char *name = malloc(n + 1), *xml = malloc(n + 4096);
	ck_assert_ptr_nonnull(name);
	ck_assert_ptr_nonnull(xml);
	for (size_t i = 0; i < n; i++)
		name[i] = (char)('a' + i % 26);
	name[n] = '\0';
	snprintf(xml, n + 4096, "<application " NS "><applicant><name>%s</name></applicant><platform/></application>", name);
	GSB_OK_OR_FAIL(read_str(&a, xml));
	ck_assert_str_eq(a->name, name);
	gsb_application_free(a);
	free(name);
	free(xml);
}
END_TEST

/* ------------------------------------------------------------ schema errors */

START_TEST(unknown_element)
{
	expect_error(doc("", "<name>x</name>\n<nickname>x</nickname>", ">", ""), GSB_ESCHEMA,
	             "unknown element 'nickname'", "application/applicant/nickname");
	ck_assert_str_eq(gsb_error_last()->application, "T-1");
	ck_assert_int_eq(gsb_error_last()->line, 4);
	/* a known name in the wrong place */
	expect_error(doc("", "", ">", "<applicant/>"), GSB_ESCHEMA, "unexpected element 'applicant'",
	             "application/applicant");
}
END_TEST

START_TEST(unknown_attribute)
{
	expect_error(doc("", "<credit dishonestDebtor=\"false\" foo=\"1\"/>", ">", ""), GSB_ESCHEMA,
	             "unknown attribute 'foo'", "application/applicant/credit/@foo");
	expect_error(doc("colour=\"red\"", "", ">", ""), GSB_ESCHEMA, "unknown attribute 'colour'",
	             "application/@colour");
	ck_assert_int_eq(gsb_error_last()->line, 2);
}
END_TEST

START_TEST(missing_parts)
{
	gsb_application *a = NULL;
	ck_assert_int_eq(read_str(&a, "<application " NS "><applicant/></application>"), GSB_ESCHEMA);
	ck_assert_ptr_nonnull(strstr(gsb_error_last()->message, "platform"));
	expect_error(doc("", "", ">", "<funding><award/></funding>"), GSB_ESCHEMA,
	             "missing attribute 'amount'", "application/funding/award");
}
END_TEST

START_TEST(malformed_amount)
{
	expect_error(doc("", "", ">", "<funding><award amount=\"1,5\"/></funding>"), GSB_ESCHEMA,
	             "malformed amount '1,5': write yuan with at most two decimals and no separators, e.g. 12000000.00", "application/funding/award/@amount");
	ck_assert_int_eq(gsb_error_last()->line, 5);
	expect_error(doc("", "", ">", "<funding><local amount=\"1.234\"/></funding>"), GSB_ESCHEMA,
	             "malformed amount '1.234': write yuan with at most two decimals and no separators, e.g. 12000000.00", "application/funding/local/@amount");
	expect_error(doc("", "", ">", "<funding><equity amount=\"-5.00\"/></funding>"), GSB_ESCHEMA,
	             "malformed amount '-5.00': write yuan with at most two decimals and no separators, e.g. 12000000.00", "application/funding/equity/@amount");
}
END_TEST

START_TEST(amount_beyond_64_bit_fen)
{
	gsb_application *a = NULL;
	ck_assert_int_eq(read_str(&a, doc("", "", ">",
	                                  "<funding><award amount=\"99999999999999999999.00\"/></funding>")),
	                 GSB_EOVERFLOW);
	ck_assert_ptr_nonnull(strstr(gsb_error_last()->message, "64-bit"));
	ck_assert_str_eq(gsb_error_last()->element, "application/funding/award/@amount");
	/* the largest amount that fits is read */
	GSB_OK_OR_FAIL(read_str(&a, doc("", "", ">",
	                                "<funding><award amount=\"92233720368547758.07\"/></funding>")));
	ck_assert_int_eq(a->award, INT64_MAX);
	gsb_application_free(a);
}
END_TEST

START_TEST(malformed_date)
{
	expect_error(doc("submitted=\"2019-6-1\"", "", ">", ""), GSB_ESCHEMA,
	             "malformed date '2019-6-1': write YYYY-MM-DD, e.g. 2019-06-14", "application/@submitted");
	expect_error(doc("submitted=\"2019-02-30\"", "", ">", ""), GSB_ESCHEMA,
	             "no such date '2019-02-30': February 2019 has 28 days", "application/@submitted");
	ck_assert_str_eq(gsb_error_last()->application, "T-1");
	ck_assert_int_eq(gsb_error_last()->line, 2);
	expect_error(doc("", "", " operatingSince=\"2019-13-01\">", ""), GSB_ESCHEMA,
	             "malformed date '2019-13-01': write YYYY-MM-DD, e.g. 2019-06-14", "application/platform/@operatingSince");
}
END_TEST

START_TEST(division_not_six_digits)
{
	expect_error(doc("", "<division>3702</division>", ">", ""), GSB_ESCHEMA,
	             "division code '3702' is not six digits (e.g. 370212)", "application/applicant/division");
	expect_error(doc("", "<division>37021a</division>", ">", ""), GSB_ESCHEMA,
	             "division code '37021a' is not six digits (e.g. 370212)", "application/applicant/division");
}
END_TEST

START_TEST(bad_codes)
{
	expect_error(doc("", "", "><domains><domain>rnd</domain><domain>rndx</domain></domains>", ""),
	             GSB_ESCHEMA, "unknown domain 'rndx' (did you mean rnd?)", "application/platform/domains/domain");
	expect_error(doc("", "", "><regionalFunctions><function>economic-monitoring</function>"
	                         "</regionalFunctions>", ""),
	             GSB_ESCHEMA, "unknown regional function 'economic-monitoring'",
	             "application/platform/regionalFunctions/function");
	expect_error(doc("", "<legalForm>company</legalForm>", ">", ""), GSB_ESCHEMA,
	             "unknown legal form 'company'", "application/applicant/legalForm");
	expect_error(doc("claimedTier=\"gold\"", "", ">", ""), GSB_ESCHEMA, "unknown tier 'gold'",
	             "application/@claimedTier");
	expect_error(doc("", "<capable>yes</capable>", ">", ""), GSB_ESCHEMA,
	             "malformed boolean 'yes': write true or false", "application/applicant/capable");
	expect_error(doc("", "", ">", "<effect><kpi name=\"speed\" baseline=\"1\" current=\"2\"/></effect>"),
	             GSB_ESCHEMA, "unknown kpi 'speed'", "application/effect/kpi/@name");
	/* industries, clusters and scenarios take any name */
	gsb_application *a;
	GSB_OK_OR_FAIL(read_str(&a, doc("", "", "><industries><industry>醫養健康</industry>"
	                                        "<industry>钢铁</industry></industries>", "")));
	ck_assert_int_eq(a->lists[GSB_LIST_INDUSTRIES].n, 2);
	gsb_application_free(a);
}
END_TEST

START_TEST(wrong_root)
{
	expect_error("<?xml version=\"1.0\"?>\n<ledger " NS "/>", GSB_ESCHEMA,
	             "this is a ledger, not an application: use 'geshibai audit'", "ledger");
	ck_assert_int_eq(gsb_error_last()->line, 2);
	gsb_application *a = NULL;
	ck_assert_int_eq(read_str(&a, "<application><applicant/><platform/></application>"), GSB_ESCHEMA);
	ck_assert_ptr_nonnull(strstr(gsb_error_last()->message, "namespace"));
	/* a batch is not one application */
	ck_assert_int_eq(read_str(&a, "<applications " NS "/>"), GSB_ESCHEMA);
}
END_TEST

START_TEST(input_errors)
{
	gsb_application *a = NULL;
	ck_assert_int_eq(read_str(&a, doc("", "", ">",
	                                  "<funding><loan principal=\"100.00\" ratePercent=\"4.35\" "
	                                  "start=\"2019-02-01\" end=\"2019-01-01\"/></funding>")),
	                 GSB_EINPUT);
	ck_assert_str_eq(gsb_error_last()->element, "application/funding/loan");
	ck_assert_int_eq(read_str(&a, doc("", "", ">",
	                                  "<funding><loan principal=\"100.00\" ratePercent=\"4.12345\" "
	                                  "start=\"2019-01-01\" end=\"2019-02-01\"/></funding>")),
	                 GSB_EINPUT);
	ck_assert_int_eq(read_str(&a, doc("", "", ">",
	                                  "<funding><award amount=\"1\"/><award amount=\"2\"/></funding>")),
	                 GSB_ESCHEMA);
	ck_assert_str_eq(gsb_error_last()->element, "application/funding/award");
	ck_assert_int_eq(read_str(&a, doc("", "", "><metrics connectedDevices=\"99999999999999999999\"/>",
	                                  "")),
	                 GSB_EINPUT);
	ck_assert_ptr_null(a);
}
END_TEST

/* ------------------------------------------------------------ hostile input */

START_TEST(doctype_refused)
{
	expect_error("<?xml version=\"1.0\"?>\n<!DOCTYPE application>\n<application " NS
	             "><applicant/><platform/></application>",
	             GSB_EPARSE, "DOCTYPE declarations are refused", "DOCTYPE");
	ck_assert_int_eq(gsb_error_last()->line, 2);
	expect_error("<!DOCTYPE application [<!ENTITY e \"x\">]><application " NS
	             "><applicant><name>&e;</name></applicant><platform/></application>",
	             GSB_EPARSE, "DOCTYPE declarations are refused", "DOCTYPE");
}
END_TEST

START_TEST(xxe_refused)
{
	char secret[] = "/tmp/gsb-xxe-XXXXXX";
	int fd = mkstemp(secret);
	ck_assert_int_ge(fd, 0);
	const char *marker = "TOP-SECRET-7f3a";
	ck_assert_int_eq(write(fd, marker, strlen(marker)), (ssize_t)strlen(marker));
	close(fd);
	char xml[1024];
	snprintf(xml, sizeof xml,
	         "<?xml version=\"1.0\"?>\n<!DOCTYPE application [<!ENTITY xxe SYSTEM \"file://%s\">]>\n"
	         "<application " NS " id=\"&xxe;\"><applicant><name>&xxe;</name></applicant>"
	         "<platform/></application>\n",
	         secret);
	gsb_application *a = NULL;
	ck_assert_int_eq(read_str(&a, xml), GSB_EPARSE);
	const gsb_error *e = gsb_error_last();
	ck_assert_str_eq(e->message, "DOCTYPE declarations are refused");
	ck_assert_ptr_null(strstr(e->message, marker));
	ck_assert(e->application == NULL || strstr(e->application, marker) == NULL);
	ck_assert(e->element == NULL || strstr(e->element, marker) == NULL);
	/* and through the streaming reader */
	gsb_reader *r;
	GSB_OK_OR_FAIL(gsb_reader_open_memory(&r, xml, strlen(xml), NULL));
	ck_assert_int_eq(gsb_reader_next(r, &a), GSB_EPARSE);
	ck_assert_ptr_null(strstr(gsb_error_last()->message, marker));
	ck_assert_int_eq(gsb_reader_next(r, &a), 0);
	gsb_reader_free(r);
	unlink(secret);
}
END_TEST

START_TEST(billion_laughs_refused_quickly)
{
	char xml[4096];
	size_t o = (size_t)snprintf(xml, sizeof xml,
	                            "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
	for (int i = 1; i <= 9; i++) {
		o += (size_t)snprintf(xml + o, sizeof xml - o, "<!ENTITY lol%d \"", i);
		for (int j = 0; j < 10; j++)
			o += (size_t)snprintf(xml + o, sizeof xml - o, i == 1 ? "&lol;" : "&lol%d;", i - 1);
		o += (size_t)snprintf(xml + o, sizeof xml - o, "\">\n");
	}
	snprintf(xml + o, sizeof xml - o,
	         "]>\n<application " NS "><applicant><name>&lol9;</name></applicant><platform/>"
	         "</application>\n");
	clock_t t0 = clock();
	gsb_application *a = NULL;
	ck_assert_int_eq(read_str(&a, xml), GSB_EPARSE);
	ck_assert_str_eq(gsb_error_last()->message, "DOCTYPE declarations are refused");
	ck_assert_msg((double)(clock() - t0) / CLOCKS_PER_SEC < 1.0, "took too long");
}
END_TEST

START_TEST(invalid_utf8)
{
	static const char xml[] = "<application " NS "><applicant><name>\xff\xfe\xc3</name></applicant>"
	                          "<platform/></application>";
	gsb_application *a = NULL;
	ck_assert_int_eq(read_str(&a, xml), GSB_EPARSE);
	ck_assert_ptr_nonnull(strstr(gsb_error_last()->message, "UTF-8"));
	/* invalid UTF-8 in an attribute, in a batch */
	static const char batch[] = "<applications " NS "><application id=\"\xc3\x28\"><applicant/>"
	                            "<platform/></application></applications>";
	gsb_reader *r;
	GSB_OK_OR_FAIL(gsb_reader_open_memory(&r, batch, strlen(batch), NULL));
	ck_assert_int_eq(gsb_reader_next(r, &a), GSB_EPARSE);
	ck_assert_int_eq(gsb_reader_next(r, &a), 0);
	gsb_reader_free(r);
}
END_TEST

START_TEST(truncated_and_empty)
{
	gsb_application *a = NULL;
	const char *t = "<application " NS "><applicant><name>x</name></applicant><plat";
	ck_assert_int_eq(read_str(&a, t), GSB_EPARSE);
	ck_assert_ptr_nonnull(strstr(gsb_error_last()->message, "not well-formed"));
	ck_assert_int_eq(gsb_application_read_memory(&a, "", 0, "empty.xml"), GSB_EPARSE);
	ck_assert_str_eq(gsb_error_last()->message, "empty document");
	ck_assert_int_eq(read_str(&a, "  \n"), GSB_EPARSE);
	ck_assert_int_eq(read_str(&a, "<application " NS "><applicant/><platform/></application><x/>"),
	                 GSB_EPARSE);
	char path[] = "/tmp/gsb-empty-XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	close(fd);
	ck_assert_int_eq(gsb_application_read_file(&a, path), GSB_EPARSE);
	ck_assert_str_eq(gsb_error_last()->message, "empty document");
	ck_assert_str_eq(gsb_error_last()->file, path);
	unlink(path);
	ck_assert_ptr_null(a);
}
END_TEST

START_TEST(unreadable_files)
{
	gsb_application *a = NULL;
	gsb_reader *r = NULL;
	ck_assert_int_eq(gsb_application_read_file(&a, gsb_test_path("tests/data")), GSB_EIO);
	ck_assert_ptr_nonnull(strstr(gsb_error_last()->message, "directory"));
	ck_assert_int_eq(gsb_reader_open_file(&r, gsb_test_path("tests/data")), GSB_EIO);
	ck_assert_ptr_null(r);
	ck_assert_int_eq(gsb_application_read_file(&a, "/nonexistent/app.xml"), GSB_EIO);
	ck_assert_int_eq(gsb_validate_file(gsb_test_path("tests/data")), GSB_EIO);
	ck_assert_int_eq(gsb_application_read_file(&a, NULL), GSB_EINVAL);
}
END_TEST

/* ------------------------------------------------------------ batches */

START_TEST(batch_with_a_bad_member)
{
	gsb_reader *r;
	gsb_application *a;
	GSB_OK_OR_FAIL(gsb_reader_open_file(&r, gsb_test_path("tests/data/batch-bad-middle.xml")));
	ck_assert_int_eq(gsb_reader_is_batch(r), 1);
	ck_assert_int_eq(gsb_reader_next(r, &a), 1);
	ck_assert_str_eq(gsb_application_id(a), "A-1");
	ck_assert_int_eq(gsb_application_line(a), 4);
	gsb_application_free(a);
	ck_assert_int_eq(gsb_reader_next(r, &a), GSB_ESCHEMA);
	ck_assert_ptr_null(a);
	const gsb_error *e = gsb_error_last();
	ck_assert_str_eq(e->message, "division code '3702' is not six digits (e.g. 370212)");
	ck_assert_str_eq(e->element, "application/applicant/division");
	ck_assert_str_eq(e->application, "A-2");
	ck_assert_int_eq(e->line, 11);
	ck_assert_int_eq(gsb_reader_next(r, &a), 1);
	ck_assert_str_eq(gsb_application_id(a), "A-3");
	ck_assert_int_eq(gsb_application_line(a), 15);
	gsb_application_free(a);
	ck_assert_int_eq(gsb_reader_next(r, &a), 0);
	ck_assert_int_eq(gsb_reader_next(r, &a), 0);
	ck_assert_int_eq(gsb_reader_count(r), 3);
	gsb_reader_free(r);
	/* validation reports the first error */
	ck_assert_int_eq(gsb_validate_file(gsb_test_path("tests/data/batch-bad-middle.xml")),
	                 GSB_ESCHEMA);
	ck_assert_str_eq(gsb_error_last()->application, "A-2");
	GSB_OK_OR_FAIL(gsb_validate_file(gsb_test_path("tests/data/formats-example.xml")));
}
END_TEST

/* The reader parses ahead in chunks of 512 bytes: a well-formedness error
 * ends the document from the chunk holding it. */
START_TEST(batch_ending_badly)
{
	char xml[4096], pad[2048];
	memset(pad, ' ', sizeof pad - 1);
	pad[sizeof pad - 1] = '\0';
	snprintf(xml, sizeof xml,
	         "<applications " NS ">\n"
	         "<application id=\"G\"><applicant/><platform/></application>\n"
	         "<note/>\n"
	         "<application id=\"H\"><applicant/><platform/></application>\n"
	         "<!--%s-->\n"
	         "<application id=\"T\"><applicant><name>x</applicant>",
	         pad);
	gsb_reader *r;
	gsb_application *a;
	GSB_OK_OR_FAIL(gsb_reader_open_memory(&r, xml, strlen(xml), "b.xml"));
	ck_assert_int_eq(gsb_reader_next(r, &a), 1);
	gsb_application_free(a);
	ck_assert_int_eq(gsb_reader_next(r, &a), GSB_ESCHEMA); /* not an application */
	ck_assert_str_eq(gsb_error_last()->message, "unknown element 'note'");
	ck_assert_str_eq(gsb_error_last()->element, "applications/note");
	ck_assert_int_eq(gsb_reader_next(r, &a), 1);
	ck_assert_str_eq(gsb_application_id(a), "H");
	gsb_application_free(a);
	ck_assert_int_eq(gsb_reader_next(r, &a), GSB_EPARSE);
	ck_assert_ptr_nonnull(strstr(gsb_error_last()->message, "not well-formed"));
	ck_assert_int_gt(gsb_error_last()->line, 5);
	ck_assert_int_eq(gsb_reader_next(r, &a), 0);
	ck_assert_int_eq(gsb_reader_next(r, &a), 0);
	gsb_reader_free(r);
}
END_TEST

START_TEST(empty_batch_and_single)
{
	gsb_reader *r;
	gsb_application *a;
	const char *none = "<applications " NS "/>";
	GSB_OK_OR_FAIL(gsb_reader_open_memory(&r, none, strlen(none), NULL));
	ck_assert_int_eq(gsb_reader_is_batch(r), 1);
	ck_assert_int_eq(gsb_reader_next(r, &a), 0);
	gsb_reader_free(r);
	const char *one = "<application " NS " id=\"S\"><applicant/><platform/></application>";
	GSB_OK_OR_FAIL(gsb_reader_open_memory(&r, one, strlen(one), NULL));
	ck_assert_int_eq(gsb_reader_is_batch(r), 0);
	ck_assert_int_eq(gsb_reader_next(r, &a), 1);
	gsb_application_free(a);
	ck_assert_int_eq(gsb_reader_next(r, &a), 0);
	ck_assert_int_eq(gsb_reader_count(r), 1);
	gsb_reader_free(r);
	gsb_reader_free(NULL);
}
END_TEST

/* Lines past 65535 (libxml2 keeps only 16 bits in element nodes). */
START_TEST(big_line_numbers)
{
	size_t n = 70000, cap = n + 4096, o;
	char *xml = malloc(cap);
	ck_assert_ptr_nonnull(xml);
	o = (size_t)snprintf(xml, cap, "<applications " NS ">");
	memset(xml + o, '\n', n);
	o += n;
	snprintf(xml + o, cap - o,
	         "<application id=\"far\">\n<applicant/><platform/></application>\n"
	         "<application id=\"bad\" year=\"x\">\n<applicant/><platform/></application>"
	         "</applications>");
	gsb_reader *r;
	gsb_application *a;
	GSB_OK_OR_FAIL(gsb_reader_open_memory(&r, xml, strlen(xml), NULL));
	ck_assert_int_eq(gsb_reader_next(r, &a), 1);
	ck_assert_int_eq(gsb_application_line(a), (long)n + 1);
	gsb_application_free(a);
	ck_assert_int_eq(gsb_reader_next(r, &a), GSB_ESCHEMA);
	ck_assert_int_eq(gsb_error_last()->line, (long)n + 3);
	ck_assert_str_eq(gsb_error_last()->message, "malformed year 'x': write four digits, e.g. 2019");
	gsb_reader_free(r);
	free(xml);
}
END_TEST

/* Many applications stream through; every one is read. */
/* ---- the fast check of a batch (xml_fast.c) against the XSD ---- */

int gsb__application_fast_check(const char *xml, size_t len, bool *fast);

static const char fast_base[] =
	"<application " NS " id=\"F-1\" year=\"2019\" submitted=\"2019-03-01\" claimedTier=\"enterprise\">\n"
	" <applicant><name>某公司</name><uscc>91370100MA3C8XXX0X</uscc><division>370102</division>"
	"<legalForm>enterprise-legal-person</legalForm>"
	"<credit dishonestDebtor=\"false\" seriousDishonesty=\"0\" majorTaxViolation=\"false\"/>"
	"<capable>true</capable><builder>1</builder><owner>false</owner></applicant>\n"
	" <platform name=\"P\" builderType=\"industry-leader\" operatingSince=\"2017-01-01\">"
	"<operatingWell>true</operatingWell><developmentPlan>true</developmentPlan>"
	"<overallStrength>true</overallStrength><precisePositioning>true</precisePositioning>"
	"<userBase>true</userBase><prospects>true</prospects><demonstrationEffect>true</demonstrationEffect>"
	"<governmentLed>false</governmentLed><thirdPartyOperated>false</thirdPartyOperated>"
	"<intranetUpgrade>true</intranetUpgrade><industryLeading>true</industryLeading>"
	"<industries><industry>high-end-equipment</industry><industry>x</industry></industries>"
	"<domains><domain>rnd</domain><domain>service</domain></domains>"
	"<resources><resource>databases</resource></resources>"
	"<capabilities><capability>multi-party-sharing</capability></capabilities>"
	"<functions><function>economic-monitoring</function></functions>"
	"<regionalFunctions><function>resource-sharing</function></regionalFunctions>"
	"<clusters><cluster>c</cluster></clusters><scenarios><scenario>s</scenario></scenarios>"
	"<metrics connectedDevices=\"10\" apiCallsPerDay=\"5\" enterprisesServed=\"3\"/></platform>\n"
	" <listings><listing kind=\"national-platform\" year=\"2018\">L</listing>"
	"<listing kind=\"innovation-programme\"/></listings>\n"
	" <review recognised=\"true\" keySupport=\"false\" expertScore=\"-8.5\"/>\n"
	" <funding><award amount=\"100.5\"/><equity amount=\"7\"/>"
	"<loan principal=\"1000.00\" ratePercent=\"4.35\" start=\"2018-01-01\" end=\"2019-01-01\" ratio=\"0.5\"/>"
	"<local amount=\"3\" source=\"city\"/></funding>\n"
	" <effect><kpi name=\"defect-rate\" baseline=\"1.5\" current=\"1\"/></effect>\n"
	"</application>\n";

/* Tokens the mutations put in: names the schema knows (in other places),
 * names it does not, values right and wrong for every type. */
static const char *const fast_names[] = {
	"application", "applicant", "platform", "listings", "listing", "review", "funding",
	"effect", "kpi", "name", "uscc", "division", "legalForm", "credit", "capable", "builder",
	"owner", "operatingWell", "industryLeading", "industries", "industry", "domains", "domain",
	"resources", "resource", "capabilities", "capability", "functions", "function",
	"regionalFunctions", "clusters", "cluster", "scenarios", "scenario", "metrics", "award",
	"equity", "loan", "local", "nickname", "x:credit", "id", "year", "submitted", "claimedTier",
	"kind", "amount", "principal", "ratePercent", "start", "end", "ratio", "source",
	"baseline", "current", "recognised", "keySupport", "expertScore", "builderType",
	"operatingSince", "connectedDevices", "dishonestDebtor", "xsi:nil", "xml:lang", "foo",
};
static const char *const fast_values[] = {
	"", " ", "true", "false", "1", "0", "TRUE", " true", "true ", "yes", "2", "01",
	"100", "100.5", "100.55", "100.555", "1,5", ".5", "5.", "-5", "+5", "1e3", "0.00",
	"2019-03-01", "2019-3-01", "2019-02-30", "20190301", " 2019-03-01", "2019-03-01 ",
	"2019", "19", "20190", " 2019", "370102", "3701", "3701020", " 370102", "37010a",
	"-1.5", "-", "1.", "--1", "1.5.5", "١٢٣", "enterprise", "comprehensive", "cross-domain",
	"Enterprise", " enterprise", "enterprise-legal-person", "branch", "rnd", "RND",
	"databases", "massive-device-access", "economic-monitoring", "resource-sharing",
	"national-platform", "other-national-demonstration", "defect-rate", "energy-utilisation",
	"government", "other", "x y", "&amp;", "&#x9;true", "true&#xA;", "&#160;1",
};
static const char *const fast_snippets[] = {
	" ", "\n  ", "x", "<!-- c -->", "<![CDATA[]]>", "<![CDATA[ ]]>", "<?pi x?>", "<foo/>",
	"<industry>a</industry>", "<domain>rnd</domain>", "<function>resource-sharing</function>",
	"<x:credit xmlns:x=\"urn:other\"/>", "<credit/>", "<award amount=\"1\"/>",
	"<kpi name=\"defect-rate\" baseline=\"1\" current=\"2\"/>", "<capable>true</capable>",
	"<listing kind=\"national-platform\"/>", "<review/>", "<effect/>", "<funding/>",
	"<metrics/>", "<applicant/>", "<platform/>", "&#32;", "&#160;", "<name/>",
	"<listings/>", "<local amount=\"1\"/>", "<loan principal=\"1\" ratePercent=\"1\" "
	"start=\"2018-01-01\" end=\"2018-01-01\"/>", "<y:name xmlns:y=\"urn:geshibai:1\">n</y:name>",
};

static unsigned fast_rand(unsigned *s)
{
	*s = *s * 1103515245u + 12345u;
	return (*s >> 8) & 0xffffff;
}

/* The n-th match of a predicate position; -1 when none. */
static long pick(const char *d, unsigned *seed, bool (*want)(const char *d, size_t i))
{
	size_t len = strlen(d), count = 0;
	for (size_t i = 0; i < len; i++)
		count += want(d, i);
	if (count == 0)
		return -1;
	size_t k = fast_rand(seed) % count;
	for (size_t i = 0; i < len; i++)
		if (want(d, i) && k-- == 0)
			return (long)i;
	return -1;
}

static bool at_value(const char *d, size_t i) { return d[i] == '"' && i > 0 && d[i - 1] == '='; }
static bool at_text(const char *d, size_t i) { return d[i] == '>' && d[i + 1] && d[i + 1] != '<' && d[i + 1] != '\n'; }
static bool at_gt(const char *d, size_t i) { return d[i] == '>'; }
static bool at_start(const char *d, size_t i) { return d[i] == '<' && d[i + 1] != '/' && d[i + 1] != '?' && d[i + 1] != '!'; }
static bool at_attr(const char *d, size_t i) { return d[i] == ' ' && i > 0 && d[i - 1] != ' ' && d[i - 1] != '>' && strchr(d + i, '=') && strchr(d + i, '=') < strpbrk(d + i, ">\"") + 1 && d[i + 1] != ' ' && d[i + 1] != '\n' && d[i + 1] != 'x'; }

/* Replace [from, to) of d by s. */
static void splice(char *d, size_t size, size_t from, size_t to, const char *s)
{
	size_t n = strlen(s), rest = strlen(d + to);
	if (from + n + rest >= size)
		return; /* too long: leave it */
	memmove(d + from + n, d + to, rest + 1);
	memcpy(d + from, s, n);
}

/* The end of the element starting at i (after its end tag). */
static size_t element_end(const char *d, size_t i)
{
	char name[64], close[70];
	size_t n = 0;
	while (d[i + 1 + n] && !strchr(" />\n", d[i + 1 + n]) && n < sizeof name - 1) {
		name[n] = d[i + 1 + n];
		n++;
	}
	name[n] = '\0';
	const char *gt = strchr(d + i, '>');
	if (gt && gt[-1] == '/')
		return (size_t)(gt + 1 - d);
	snprintf(close, sizeof close, "</%s>", name);
	const char *e = strstr(d + i, close);
	return e ? (size_t)(e - d) + strlen(close) : strlen(d);
}

static void mutate(char *d, size_t size, unsigned *seed)
{
	long i;
	char buf[8192];
	switch (fast_rand(seed) % 8) {
	case 0: /* an attribute value */
		if ((i = pick(d, seed, at_value)) >= 0)
			splice(d, size, i + 1, strchr(d + i + 1, '"') - d,
			       fast_values[fast_rand(seed) % GSB_ARRAY_LEN(fast_values)]);
		break;
	case 1: /* an element's text */
		if ((i = pick(d, seed, at_text)) >= 0)
			splice(d, size, i + 1, strchr(d + i + 1, '<') - d,
			       fast_values[fast_rand(seed) % GSB_ARRAY_LEN(fast_values)]);
		break;
	case 2: /* something inserted after a tag */
		if ((i = pick(d, seed, at_gt)) >= 0)
			splice(d, size, i + 1, i + 1,
			       fast_snippets[fast_rand(seed) % GSB_ARRAY_LEN(fast_snippets)]);
		break;
	case 3: /* an attribute added */
		if ((i = pick(d, seed, at_start)) >= 0) {
			size_t j = i + 1;
			while (d[j] && !strchr(" />\n", d[j]))
				j++;
			const char *name = fast_names[fast_rand(seed) % GSB_ARRAY_LEN(fast_names)];
			snprintf(buf, sizeof buf, " %s%s=\"%s\"", name,
			         strchr(name, ':') && strncmp(name, "xml:", 4) != 0 ?
			         "" : "",
			         fast_values[fast_rand(seed) % GSB_ARRAY_LEN(fast_values)]);
			if (strncmp(name, "xsi:", 4) == 0)
				strncat(buf, " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
				        sizeof buf - strlen(buf) - 1);
			splice(d, size, j, j, buf);
		}
		break;
	case 4: /* an element removed */
		if ((i = pick(d, seed, at_start)) > 0)
			splice(d, size, i, element_end(d, i), "");
		break;
	case 5: /* an element repeated */
		if ((i = pick(d, seed, at_start)) > 0) {
			size_t e = element_end(d, i);
			snprintf(buf, sizeof buf, "%.*s", (int)(e - i), d + i);
			splice(d, size, e, e, buf);
		}
		break;
	case 6: /* an element renamed (start tag only: end tags follow when simple) */
		if ((i = pick(d, seed, at_start)) > 0) {
			size_t e = element_end(d, i), j = i + 1;
			while (d[j] && !strchr(" />\n", d[j]))
				j++;
			char old[64];
			snprintf(old, sizeof old, "%.*s", (int)(j - i - 1), d + i + 1);
			const char *name = fast_names[fast_rand(seed) % GSB_ARRAY_LEN(fast_names)];
			if (strchr(name, ':'))
				break;
			size_t ol = strlen(old);
			if (e >= ol + 3 && d[e - 1] == '>' && d[e - 2 - ol] == '/' &&
			    strncmp(d + e - 1 - ol, old, ol) == 0)
				splice(d, size, e - 1 - ol, e - 1, name);
			splice(d, size, i + 1, j, name);
		}
		break;
	default: /* an attribute removed */
		if ((i = pick(d, seed, at_attr)) >= 0) {
			const char *q = strchr(d + i, '"');
			q = q ? strchr(q + 1, '"') : NULL;
			if (q)
				splice(d, size, i, q + 1 - d, "");
		}
		break;
	}
}

START_TEST(fast_check_never_accepts_what_the_schema_refuses)
{
	static char d[8192];
	bool fast;
	ck_assert_int_eq(gsb__application_fast_check(fast_base, strlen(fast_base), &fast), GSB_OK);
	ck_assert(fast);
	unsigned seed = 20180601u;
	size_t fast_ok = 0, xsd_ok = 0, refused = 0, parsed = 0;
	for (int n = 0; n < 40000; n++) {
		snprintf(d, sizeof d, "%s", fast_base);
		int k = 1 + (int)(fast_rand(&seed) % 3);
		for (int m = 0; m < k; m++)
			mutate(d, sizeof d, &seed);
		int rc = gsb__application_fast_check(d, strlen(d), &fast);
		if (rc == GSB_EPARSE)
			continue;
		parsed++;
		ck_assert_msg(!fast || rc == GSB_OK, "fast check accepts what the XSD refuses (%s):\n%s",
		              gsb_error_last()->message, d);
		fast_ok += fast;
		xsd_ok += rc == GSB_OK;
		refused += rc == GSB_ESCHEMA;
	}
	/* the mutations reach both sides */
	ck_assert_uint_gt(parsed, 30000);
	ck_assert_uint_gt(fast_ok, 2000);
	ck_assert_uint_gt(refused, 10000);
	ck_assert_uint_gt(xsd_ok, fast_ok);
	if (getenv("GSB_FAST_STATS"))
		fprintf(stderr, "fast check: %zu parsed, %zu refused, %zu valid, %zu fast\n", parsed,
		        refused, xsd_ok, fast_ok);
}
END_TEST

START_TEST(stream_many)
{
	size_t n = 5000, cap = n * 200 + 100, o;
	char *xml = malloc(cap);
	ck_assert_ptr_nonnull(xml);
	o = (size_t)snprintf(xml, cap, "<applications " NS ">\n");
	for (size_t i = 0; i < n; i++)
		o += (size_t)snprintf(xml + o, cap - o,
		                      "<application id=\"S-%zu\"><applicant><division>%s</division>"
		                      "</applicant><platform/></application>\n",
		                      i, i % 1000 == 999 ? "37" : "370212");
	snprintf(xml + o, cap - o, "</applications>\n");
	gsb_reader *r;
	gsb_application *a;
	size_t good = 0, bad = 0;
	int rc;
	GSB_OK_OR_FAIL(gsb_reader_open_memory(&r, xml, strlen(xml), NULL));
	while ((rc = gsb_reader_next(r, &a)) != 0) {
		if (rc > 0) {
			good++;
			gsb_application_free(a);
		} else {
			ck_assert_int_eq(rc, GSB_ESCHEMA);
			bad++;
		}
	}
	ck_assert_int_eq(good, n - 5);
	ck_assert_int_eq(bad, 5);
	ck_assert_int_eq(gsb_reader_count(r), n);
	gsb_reader_free(r);
	free(xml);
}
END_TEST

/* Readers in several threads share the compiled schemas. */
static void *read_batch(void *arg)
{
	gsb_reader *r;
	gsb_application *a;
	int rc;
	long *good = arg;
	if (gsb_reader_open_file(&r, gsb_test_path("tests/data/batch-bad-middle.xml")) != GSB_OK)
		return NULL;
	for (int i = 0; i < 50; i++) {
		while ((rc = gsb_reader_next(r, &a)) != 0)
			if (rc > 0) {
				(*good)++;
				gsb_application_free(a);
			}
		gsb_reader_free(r);
		if (gsb_reader_open_file(&r, gsb_test_path("tests/data/batch-bad-middle.xml")) != GSB_OK)
			return NULL;
	}
	gsb_reader_free(r);
	return NULL;
}

START_TEST(threads)
{
	pthread_t t[4];
	long good[4] = { 0 };
	for (int i = 0; i < 4; i++)
		ck_assert_int_eq(pthread_create(&t[i], NULL, read_batch, &good[i]), 0);
	for (int i = 0; i < 4; i++) {
		pthread_join(t[i], NULL);
		ck_assert_int_eq(good[i], 100);
	}
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("xml_read");
	TCase *tc = tcase_create("read");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, formats_example_round_trip);
	tcase_add_test(tc, absent_means_unknown);
	tcase_add_test(tc, references_cdata_and_long_text);
	tcase_add_test(tc, unknown_element);
	tcase_add_test(tc, unknown_attribute);
	tcase_add_test(tc, missing_parts);
	tcase_add_test(tc, malformed_amount);
	tcase_add_test(tc, amount_beyond_64_bit_fen);
	tcase_add_test(tc, malformed_date);
	tcase_add_test(tc, division_not_six_digits);
	tcase_add_test(tc, bad_codes);
	tcase_add_test(tc, wrong_root);
	tcase_add_test(tc, input_errors);
	tcase_add_test(tc, doctype_refused);
	tcase_add_test(tc, xxe_refused);
	tcase_add_test(tc, billion_laughs_refused_quickly);
	tcase_add_test(tc, invalid_utf8);
	tcase_add_test(tc, truncated_and_empty);
	tcase_add_test(tc, unreadable_files);
	tcase_add_test(tc, batch_with_a_bad_member);
	tcase_add_test(tc, batch_ending_badly);
	tcase_add_test(tc, empty_batch_and_single);
	tcase_add_test(tc, big_line_numbers);
	tcase_add_test(tc, stream_many);
	tcase_add_test(tc, fast_check_never_accepts_what_the_schema_refuses);
	tcase_add_test(tc, threads);
	suite_add_tcase(s, tc);
	return s;
}
