/*
 * Tests for lib/report.c, report_json.c, report_text.c: decisions written as
 * XML, JSON and text, read back (libxml2, jansson) and compared with the
 * accessors; the XML validated against data/decision.xsd.
 */
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include "runner.h"

#define NS "urn:geshibai:1"

/* ------------------------------------------------------------- fixtures */

static gsb_date date_of(const char *s)
{
	gsb_date d = GSB_DATE_NONE;
	ck_assert_int_eq(gsb_date_parse(&d, s), GSB_OK);
	return d;
}

static gsb_fen fen_of(const char *s)
{
	gsb_fen f = 0;
	ck_assert_int_eq(gsb_fen_parse(&f, s), GSB_OK);
	return f;
}

static void add_items(gsb_application *a, gsb_list list, const char *const *items)
{
	for (; *items; items++)
		GSB_OK_OR_FAIL(gsb_application_add_item(a, list, *items));
}

static void set_facts(gsb_application *a)
{
	for (int f = GSB_FACT_DISHONEST_DEBTOR; f <= GSB_FACT_MAJOR_TAX_VIOLATION; f++)
		GSB_OK_OR_FAIL(gsb_application_set_fact(a, (gsb_fact)f, GSB_FALSE));
	for (int f = GSB_FACT_CAPABLE; f <= GSB_FACT_DEMONSTRATION_EFFECT; f++)
		GSB_OK_OR_FAIL(gsb_application_set_fact(a, (gsb_fact)f, GSB_TRUE));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_GOVERNMENT_LED, GSB_FALSE));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_THIRD_PARTY_OPERATED, GSB_FALSE));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_INTRANET_UPGRADE, GSB_TRUE));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_INDUSTRY_LEADING, GSB_TRUE));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_RECOGNISED, GSB_TRUE));
	GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_KEY_SUPPORT, GSB_TRUE));
}

static void set_platform(gsb_application *a)
{
	static const char *const industries[] = { "高端装备", "new-generation-it", "纺织", NULL };
	static const char *const domains[] = { "rnd", "manufacturing", "service", NULL };
	static const char *const resources[] = { "databases", "algorithm-libraries",
		"modelling-tools", "development-interfaces", "micro-services", NULL };
	static const char *const caps[] = { "massive-device-access", "large-scale-api-calls",
		"multi-party-sharing", NULL };
	GSB_OK_OR_FAIL(gsb_application_set_builder_type(a, GSB_BUILDER_INDUSTRY_LEADER));
	GSB_OK_OR_FAIL(gsb_application_set_operating_since(a, date_of("2017-04-20")));
	add_items(a, GSB_LIST_INDUSTRIES, industries);
	add_items(a, GSB_LIST_DOMAINS, domains);
	add_items(a, GSB_LIST_RESOURCES, resources);
	add_items(a, GSB_LIST_CAPABILITIES, caps);
	GSB_OK_OR_FAIL(gsb_application_add_item(a, GSB_LIST_SCENARIOS, "remote-maintenance"));
}

static void set_funding(gsb_application *a)
{
	GSB_OK_OR_FAIL(gsb_application_add_listing(a, GSB_LISTING_NATIONAL_PLATFORM, 2019, "平台"));
	GSB_OK_OR_FAIL(gsb_application_add_listing(a, GSB_LISTING_TWO_INTEGRATION_DEMONSTRATION,
	                                           2018, NULL));
	GSB_OK_OR_FAIL(gsb_application_set_award(a, fen_of("12000000.00")));
	GSB_OK_OR_FAIL(gsb_application_set_equity(a, fen_of("5000000.00")));
	GSB_OK_OR_FAIL(gsb_application_add_loan(a, fen_of("100000000.00"), "4.35",
	                                        date_of("2019-01-01"), date_of("2020-01-01"), "0.5"));
	GSB_OK_OR_FAIL(gsb_application_add_local(a, fen_of("2000000.00"), "青岛市"));
	GSB_OK_OR_FAIL(gsb_application_add_kpi(a, GSB_KPI_OPERATING_COST, "1000.0", "780.0"));
	GSB_OK_OR_FAIL(gsb_application_add_kpi(a, GSB_KPI_DEFECT_RATE, "0", "1.8"));
}

/* docs/formats.md's example application; id may hold characters to escape. */
static gsb_application *example(const char *id)
{
	gsb_application *a = NULL;
	GSB_OK_OR_FAIL(gsb_application_new(&a));
	GSB_OK_OR_FAIL(gsb_application_set_id(a, id));
	GSB_OK_OR_FAIL(gsb_application_set_year(a, 2019));
	GSB_OK_OR_FAIL(gsb_application_set_submitted(a, date_of("2019-06-14")));
	GSB_OK_OR_FAIL(gsb_application_set_claimed_tier(a, GSB_TIER_CROSS_DOMAIN));
	GSB_OK_OR_FAIL(gsb_application_set_name(a, "某某工业互联网有限公司"));
	GSB_OK_OR_FAIL(gsb_application_set_uscc(a, "91370200718018514D"));
	GSB_OK_OR_FAIL(gsb_application_set_division(a, "370212"));
	GSB_OK_OR_FAIL(gsb_application_set_legal_form(a, GSB_LEGAL_ENTERPRISE_LEGAL_PERSON));
	set_facts(a);
	set_platform(a);
	set_funding(a);
	return a;
}

static gsb_decision *decide(const char *id)
{
	gsb_policy *p = NULL;
	GSB_OK_OR_FAIL(gsb_policy_new(&p));
	gsb_application *a = example(id);
	gsb_decision *d = NULL;
	GSB_OK_OR_FAIL(gsb_evaluate(&d, p, a, GSB_DATE_NONE, GSB_EVAL_DEFAULT));
	gsb_application_free(a);
	gsb_policy_free(p);
	return d;
}

static const char *fen_text(gsb_fen f, char buf[24])
{
	return gsb_fen_format(f, buf);
}

/* ----------------------------------------------------------- XML helpers */

static xmlDocPtr parse(const char *xml)
{
	xmlDocPtr doc = xmlReadMemory(xml, (int)strlen(xml), "report.xml", NULL, XML_PARSE_NONET);
	ck_assert_msg(doc != NULL, "not well-formed: %s", xml);
	return doc;
}

static int validates(xmlDocPtr doc)
{
	xmlSchemaParserCtxtPtr pc = xmlSchemaNewParserCtxt(gsb_test_path("data/decision.xsd"));
	xmlSchemaPtr schema = xmlSchemaParse(pc);
	ck_assert_ptr_nonnull(schema);
	xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema);
	int rc = xmlSchemaValidateDoc(vc, doc);
	xmlSchemaFreeValidCtxt(vc);
	xmlSchemaFree(schema);
	xmlSchemaFreeParserCtxt(pc);
	return rc == 0;
}

/* The n-th child element called name (0-based), or NULL. */
static xmlNodePtr child(xmlNodePtr parent, const char *name, int n)
{
	for (xmlNodePtr c = parent->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name, name) == 0 && n-- == 0)
			return c;
	return NULL;
}

static int count(xmlNodePtr parent, const char *name)
{
	int n = 0;
	while (child(parent, name, n))
		n++;
	return n;
}

/* Attribute value compared with expected (NULL: absent). */
static void attr_is(xmlNodePtr node, const char *name, const char *expected)
{
	xmlChar *v = xmlGetProp(node, (const xmlChar *)name);
	if (expected == NULL)
		ck_assert_msg(v == NULL, "%s/@%s present: %s", node->name, name, (char *)v);
	else
		ck_assert_msg(v != NULL && strcmp((char *)v, expected) == 0, "%s/@%s: '%s' != '%s'",
		              node->name, name, v ? (char *)v : "(absent)", expected);
	xmlFree(v);
}

/* -------------------------------------------------------------- XML tests */

static void assert_xml_checks(xmlNodePtr elig, const gsb_decision *d)
{
	attr_is(elig, "outcome", gsb_outcome_name(gsb_decision_outcome(d)));
	ck_assert_int_eq(count(elig, "check"), (int)gsb_decision_check_count(d));
	ck_assert_int_eq(count(elig, "check"), 15);
	for (size_t i = 0; i < gsb_decision_check_count(d); i++) {
		xmlNodePtr c = child(elig, "check", (int)i);
		attr_is(c, "id", gsb_decision_check_id(d, i));
		attr_is(c, "provision", gsb_decision_check_provision(d, i));
		attr_is(c, "result", gsb_tri_name(gsb_decision_check_result(d, i)));
		xmlNodePtr r = child(c, "reason", 0);
		ck_assert_ptr_nonnull(r);
		xmlChar *text = xmlNodeGetContent(r);
		ck_assert_str_eq((char *)text, gsb_decision_check_reason(d, i, GSB_LANG_ZH));
		xmlFree(text);
	}
	ck_assert_int_eq(count(elig, "missing"), (int)gsb_decision_missing_count(d));
}

static void assert_xml_subsidy(xmlNodePtr s, const gsb_decision *d)
{
	char buf[24];
	attr_is(s, "cap", fen_text(gsb_decision_cap(d), buf));
	attr_is(s, "national", gsb_decision_national(d) ? "true" : "false");
	attr_is(s, "granted", fen_text(gsb_decision_granted(d), buf));
	attr_is(s, "requested", fen_text(gsb_decision_requested(d), buf));
	attr_is(s, "total", fen_text(gsb_decision_total(d), buf));
	attr_is(s, "grantedInWords", gsb_decision_granted_in_words(d));
	ck_assert_int_eq(count(s, "instrument"), GSB_INSTRUMENT_COUNT);
	for (int i = 0; i < GSB_INSTRUMENT_COUNT; i++) {
		xmlNodePtr in = child(s, "instrument", i);
		attr_is(in, "kind", gsb_instrument_name((gsb_instrument)i));
		attr_is(in, "granted", fen_text(gsb_decision_instrument_granted(d, (gsb_instrument)i), buf));
	}
	ck_assert_int_eq(count(s, "loan"), (int)gsb_decision_loan_count(d));
}

START_TEST(xml_round_trip)
{
	gsb_decision *d = decide("QD-2019-007");
	char *xml = gsb_decision_to_string(d, GSB_FORMAT_XML, GSB_LANG_ZH);
	ck_assert_ptr_nonnull(xml);
	xmlDocPtr doc = parse(xml);
	xmlNodePtr root = xmlDocGetRootElement(doc);
	ck_assert_str_eq((const char *)root->name, "decision");
	ck_assert_ptr_nonnull(root->ns);
	ck_assert_str_eq((const char *)root->ns->href, NS);
	attr_is(root, "application", "QD-2019-007");
	attr_is(root, "asOf", "2019-06-14");
	attr_is(root, "policy", gsb_decision_policy(d));
	assert_xml_checks(child(root, "eligibility", 0), d);
	xmlNodePtr tier = child(root, "tier", 0);
	attr_is(tier, "classified", gsb_tier_name(gsb_decision_tier(d)));
	attr_is(tier, "claimed", "cross-domain");
	ck_assert_int_eq(count(tier, "criterion"), 5);
	attr_is(child(root, "priority", 0), "value", gsb_decision_priority(d) ? "true" : "false");
	assert_xml_subsidy(child(root, "subsidy", 0), d);
	xmlNodePtr effect = child(root, "effect", 0);
	ck_assert_int_eq(count(effect, "kpi"), 2);
	attr_is(child(effect, "kpi", 1), "change", NULL); /* baseline 0: no change */
	attr_is(child(effect, "kpi", 1), "met", "unknown");
	ck_assert(validates(doc));
	xmlFreeDoc(doc);
	gsb_free(xml);
	gsb_decision_free(d);
}
END_TEST

START_TEST(xml_escapes_what_needs_escaping)
{
	static const char id[] = "A<&>\"'-申报-𠀀";
	gsb_decision *d = decide(id);
	char *xml = gsb_decision_to_string(d, GSB_FORMAT_XML, GSB_LANG_EN);
	ck_assert_ptr_nonnull(xml);
	xmlDocPtr doc = parse(xml);
	attr_is(xmlDocGetRootElement(doc), "application", id);
	ck_assert(validates(doc));
	xmlFreeDoc(doc);
	gsb_free(xml);
	gsb_decision_free(d);
}
END_TEST

/* --------------------------------------------------------- writer to memory */

typedef struct {
	char *data;
	size_t len;
	int fail; /* make every write fail */
} buffer;

static int buffer_write(void *ctx, const char *bytes, size_t len)
{
	buffer *b = ctx;
	if (b->fail)
		return -1;
	b->data = realloc(b->data, b->len + len + 1);
	memcpy(b->data + b->len, bytes, len);
	b->len += len;
	b->data[b->len] = '\0';
	return 0;
}

/* A batch: decision, error entry, decision. */
static char *batch(gsb_format format)
{
	buffer b = { 0 };
	gsb_writer *w = NULL;
	gsb_decision *d = decide("B-1");
	gsb_error e = { .code = GSB_ESCHEMA, .message = "division code '3702' is not six digits",
	                .line = 42, .element = "application/applicant/division",
	                .application = "B-2", .file = "batch.xml" };
	GSB_OK_OR_FAIL(gsb_writer_new(&w, format, GSB_LANG_EN, buffer_write, &b));
	GSB_OK_OR_FAIL(gsb_writer_begin(w, 1));
	GSB_OK_OR_FAIL(gsb_writer_decision(w, d));
	GSB_OK_OR_FAIL(gsb_writer_error(w, &e));
	GSB_OK_OR_FAIL(gsb_writer_decision(w, d));
	GSB_OK_OR_FAIL(gsb_writer_end(w));
	gsb_writer_free(w);
	gsb_decision_free(d);
	return b.data;
}

START_TEST(xml_batch_with_error_entry)
{
	char *xml = batch(GSB_FORMAT_XML);
	xmlDocPtr doc = parse(xml);
	xmlNodePtr root = xmlDocGetRootElement(doc);
	ck_assert_str_eq((const char *)root->name, "decisions");
	ck_assert_int_eq(count(root, "decision"), 2);
	ck_assert_int_eq(count(root, "error"), 1);
	xmlNodePtr e = child(root, "error", 0);
	attr_is(e, "application", "B-2");
	attr_is(e, "line", "42");
	attr_is(e, "element", "application/applicant/division");
	ck_assert(validates(doc));
	xmlFreeDoc(doc);
	free(xml);
}
END_TEST

START_TEST(json_batch_with_error_entry)
{
	char *text = batch(GSB_FORMAT_JSON);
	json_error_t err;
	json_t *a = json_loads(text, 0, &err);
	ck_assert_msg(a != NULL, "JSON: %s at %d", err.text, err.line);
	ck_assert(json_is_array(a));
	ck_assert_int_eq(json_array_size(a), 3);
	json_t *e = json_array_get(a, 1);
	ck_assert_str_eq(json_string_value(json_object_get(e, "error")),
	                 "division code '3702' is not six digits");
	ck_assert_str_eq(json_string_value(json_object_get(e, "application")), "B-2");
	ck_assert_int_eq(json_integer_value(json_object_get(e, "line")), 42);
	ck_assert_ptr_nonnull(json_object_get(json_array_get(a, 2), "eligibility"));
	json_decref(a);
	free(text);
}
END_TEST

START_TEST(json_round_trip)
{
	gsb_decision *d = decide("QD-2019-007");
	char *text = gsb_decision_to_string(d, GSB_FORMAT_JSON, GSB_LANG_EN);
	json_error_t err;
	json_t *o = json_loads(text, 0, &err);
	ck_assert_msg(o != NULL, "JSON: %s", err.text);
	ck_assert_str_eq(json_string_value(json_object_get(o, "application")), "QD-2019-007");
	ck_assert_str_eq(json_string_value(json_object_get(o, "asOf")), "2019-06-14");
	json_t *elig = json_object_get(o, "eligibility");
	json_t *checks = json_object_get(elig, "checks");
	ck_assert_int_eq(json_array_size(checks), 15);
	for (size_t i = 0; i < 15; i++) {
		json_t *c = json_array_get(checks, i);
		ck_assert_str_eq(json_string_value(json_object_get(c, "id")), gsb_decision_check_id(d, i));
		ck_assert_str_eq(json_string_value(json_object_get(c, "result")),
		                 gsb_tri_name(gsb_decision_check_result(d, i)));
		ck_assert(json_is_string(json_object_get(c, "reason")));
	}
	ck_assert(json_is_array(json_object_get(elig, "missing")));
	json_t *tier = json_object_get(o, "tier");
	ck_assert_int_eq(json_array_size(json_object_get(tier, "criteria")), 5);
	ck_assert(json_is_array(json_object_get(tier, "undetermined")));
	ck_assert(json_is_boolean(json_object_get(json_object_get(o, "priority"), "value")));
	json_t *s = json_object_get(o, "subsidy");
	char buf[24];
	ck_assert_str_eq(json_string_value(json_object_get(s, "granted")),
	                 fen_text(gsb_decision_granted(d), buf));
	ck_assert(json_is_boolean(json_object_get(s, "national")));
	ck_assert_int_eq(json_array_size(json_object_get(s, "instruments")), 3);
	json_t *effect = json_object_get(o, "effect");
	ck_assert(json_is_integer(json_object_get(effect, "met")));
	ck_assert_int_eq(json_integer_value(json_object_get(effect, "of")), 2);
	json_t *kpi = json_array_get(json_object_get(effect, "kpis"), 0);
	ck_assert(json_is_string(json_object_get(kpi, "change")));
	json_decref(o);
	gsb_free(text);
	gsb_decision_free(d);
}
END_TEST

START_TEST(text_report_has_words_and_reasons)
{
	gsb_decision *d = decide("QD-2019-007");
	char *zh = gsb_decision_to_string(d, GSB_FORMAT_TEXT, GSB_LANG_ZH);
	char *en = gsb_decision_to_string(d, GSB_FORMAT_TEXT, GSB_LANG_EN);
	ck_assert_ptr_nonnull(strstr(zh, "QD-2019-007"));
	ck_assert_ptr_nonnull(strstr(zh, gsb_decision_granted_in_words(d)));
	ck_assert_ptr_nonnull(strstr(zh, gsb_decision_check_reason(d, 0, GSB_LANG_ZH)));
	ck_assert_ptr_nonnull(strstr(en, gsb_decision_check_reason(d, 0, GSB_LANG_EN)));
	ck_assert_ptr_nonnull(strstr(en, "policy.in-force"));
	gsb_free(zh);
	gsb_free(en);
	gsb_decision_free(d);
}
END_TEST

START_TEST(empty_batches)
{
	static const gsb_format formats[] = { GSB_FORMAT_JSON, GSB_FORMAT_XML };
	for (size_t i = 0; i < 2; i++) {
		buffer b = { 0 };
		gsb_writer *w = NULL;
		GSB_OK_OR_FAIL(gsb_writer_new(&w, formats[i], GSB_LANG_EN, buffer_write, &b));
		GSB_OK_OR_FAIL(gsb_writer_begin(w, 1));
		GSB_OK_OR_FAIL(gsb_writer_end(w));
		gsb_writer_free(w);
		if (formats[i] == GSB_FORMAT_JSON) {
			ck_assert_str_eq(b.data, "[]\n");
		} else {
			xmlDocPtr doc = parse(b.data);
			ck_assert_str_eq((const char *)xmlDocGetRootElement(doc)->name, "decisions");
			ck_assert(validates(doc));
			xmlFreeDoc(doc);
		}
		free(b.data);
	}
}
END_TEST

START_TEST(writer_misuse_and_failures)
{
	gsb_decision *d = decide("X-1");
	buffer b = { .fail = 1 };
	gsb_writer *w = NULL;
	GSB_OK_OR_FAIL(gsb_writer_new(&w, GSB_FORMAT_JSON, GSB_LANG_EN, buffer_write, &b));
	GSB_OK_OR_FAIL(gsb_writer_begin(w, 0));
	ck_assert_int_eq(gsb_writer_decision(w, d), GSB_EIO);
	ck_assert_int_eq(gsb_writer_decision(w, d), GSB_EINVAL); /* one item alone */
	gsb_writer_free(w);
	ck_assert_int_eq(gsb_writer_new(&w, GSB_FORMAT_XML, GSB_LANG_EN, NULL, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_writer_decision(NULL, d), GSB_EINVAL);
	gsb_writer_free(NULL);
	gsb_format f;
	GSB_OK_OR_FAIL(gsb_format_from_name(&f, "json"));
	ck_assert_int_eq(f, GSB_FORMAT_JSON);
	ck_assert_int_lt(gsb_format_from_name(&f, "yaml"), 0);
	ck_assert_ptr_null(gsb_decision_to_string(NULL, GSB_FORMAT_XML, GSB_LANG_EN));
	gsb_decision_free(d);
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("report");
	TCase *tc = tcase_create("report");
	tcase_add_test(tc, xml_round_trip);
	tcase_add_test(tc, xml_escapes_what_needs_escaping);
	tcase_add_test(tc, xml_batch_with_error_entry);
	tcase_add_test(tc, json_batch_with_error_entry);
	tcase_add_test(tc, json_round_trip);
	tcase_add_test(tc, text_report_has_words_and_reasons);
	tcase_add_test(tc, empty_batches);
	tcase_add_test(tc, writer_misuse_and_failures);
	suite_add_tcase(s, tc);
	return s;
}
