/* Tests for lib/xml_fast.c against data/application.xsd, read as a document:
 * every code list of the schema (an xs:simpleType of xs:enumeration values)
 * is, as a set, the codes the fast check takes from the library's
 * vocabularies; every code passes both checks in every place the schema
 * uses its list, and a value outside the list passes neither. An edit of the
 * schema without the vocabulary, or of a vocabulary without the schema,
 * fails here. (tests/check_xml_read.c compares the two checks on mutated
 * applications.) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include "runner.h"
#include "internal.h"
#include "xml_app.h"

#define NS "xmlns=\"urn:geshibai:1\""
#define MAX_VALUES 64

/* Each place of application.xsd that uses a code list: an application with
 * %s where the code goes. A new place in the schema needs its line here
 * (the test counts the places). */
static const struct {
	const char *type, *doc;
} places[] = {
	{ "tier", "<application " NS " claimedTier=\"%s\"><applicant/><platform/></application>" },
	{ "legalForm", "<application " NS "><applicant><legalForm>%s</legalForm></applicant>"
	               "<platform/></application>" },
	{ "builderType", "<application " NS "><applicant/><platform builderType=\"%s\"/></application>" },
	{ "domain", "<application " NS "><applicant/><platform><domains><domain>rnd</domain>"
	            "<domain>%s</domain></domains></platform></application>" },
	{ "resource", "<application " NS "><applicant/><platform><resources><resource>%s</resource>"
	              "</resources></platform></application>" },
	{ "capability", "<application " NS "><applicant/><platform><capabilities><capability>%s"
	                "</capability></capabilities></platform></application>" },
	{ "function", "<application " NS "><applicant/><platform><functions><function>%s</function>"
	              "</functions></platform></application>" },
	{ "regionalFunction", "<application " NS "><applicant/><platform><regionalFunctions>"
	                      "<function>%s</function></regionalFunctions></platform></application>" },
	{ "listingKind", "<application " NS "><applicant/><platform/><listings>"
	                 "<listing kind=\"%s\" year=\"2018\">L</listing></listings></application>" },
	{ "kpi", "<application " NS "><applicant/><platform/><effect>"
	         "<kpi name=\"%s\" baseline=\"1\" current=\"2\"/></effect></application>" },
};

/* The schema and an XPath context with xs: bound. */
typedef struct {
	xmlDocPtr doc;
	xmlXPathContextPtr xp;
} schema;

static void schema_open(schema *s)
{
	s->doc = xmlReadFile(gsb_test_path("data/application.xsd"), NULL, XML_PARSE_NONET);
	ck_assert_ptr_nonnull(s->doc);
	s->xp = xmlXPathNewContext(s->doc);
	ck_assert_ptr_nonnull(s->xp);
	ck_assert_int_eq(xmlXPathRegisterNs(s->xp, BAD_CAST "xs",
	                                    BAD_CAST "http://www.w3.org/2001/XMLSchema"),
	                 0);
}

static void schema_close(schema *s)
{
	xmlXPathFreeContext(s->xp);
	xmlFreeDoc(s->doc);
}

/* The nodes of expr from node (NULL: the document). */
static xmlXPathObjectPtr select_nodes(schema *s, xmlNodePtr node, const char *expr)
{
	s->xp->node = node ? node : xmlDocGetRootElement(s->doc);
	xmlXPathObjectPtr o = xmlXPathEvalExpression(BAD_CAST expr, s->xp);
	ck_assert_msg(o && o->type == XPATH_NODESET, "XPath %s", expr);
	return o;
}

static size_t count(const xmlXPathObjectPtr o)
{
	return o->nodesetval ? (size_t)o->nodesetval->nodeNr : 0;
}

/* The values of the enumeration (the simple type node t) into out, room
 * for at most room; their count. */
static size_t xsd_values(schema *s, xmlNodePtr t, char **out, size_t room)
{
	xmlXPathObjectPtr o = select_nodes(s, t, "xs:restriction/xs:enumeration/@value");
	size_t n = count(o);
	ck_assert_uint_le(n, room);
	for (size_t i = 0; i < n; i++)
		out[i] = (char *)xmlNodeGetContent(o->nodesetval->nodeTab[i]);
	xmlXPathFreeObject(o);
	return n;
}

static bool member(const char *v, char *const *set, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v, set[i]) == 0)
			return true;
	return false;
}

/* The enumerations of the schema, as a node set. */
static xmlXPathObjectPtr enumerations(schema *s)
{
	xmlXPathObjectPtr o =
		select_nodes(s, NULL, "/xs:schema/xs:simpleType[xs:restriction/xs:enumeration]");
	ck_assert_uint_ge(count(o), 10); /* the XPath reads the schema */
	return o;
}

static char *type_name(xmlXPathObjectPtr o, size_t k)
{
	char *name = (char *)xmlGetProp(o->nodesetval->nodeTab[k], BAD_CAST "name");
	ck_assert_ptr_nonnull(name);
	return name;
}

static void free_values(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		xmlFree(v[i]);
}

START_TEST(code_lists_are_the_vocabularies)
{
	schema s;
	schema_open(&s);
	xmlXPathObjectPtr types = enumerations(&s);
	for (size_t k = 0; k < count(types); k++) {
		char *name = type_name(types, k), *want[MAX_VALUES];
		size_t n = xsd_values(&s, types->nodesetval->nodeTab[k], want, MAX_VALUES), m = 0;
		const char *code;
		ck_assert_uint_gt(n, 0);
		for (; (code = gsb__application_fast_code(name, m)) != NULL; m++) {
			ck_assert_uint_lt(m, MAX_VALUES);
			ck_assert_msg(member(code, want, n),
			              "the fast check accepts %s '%s', application.xsd does not", name,
			              code);
			for (size_t j = 0; j < m; j++)
				ck_assert_str_ne(gsb__application_fast_code(name, j), code);
		}
		for (size_t i = 0; i < n; i++) {
			size_t j = 0;
			while ((code = gsb__application_fast_code(name, j)) && strcmp(code, want[i]) != 0)
				j++;
			ck_assert_msg(code != NULL,
			              "application.xsd accepts %s '%s', the vocabulary does not", name,
			              want[i]);
		}
		ck_assert_uint_eq(m, n);
		free_values(want, n);
		xmlFree(name);
	}
	/* and every code list of the fast check is one of the schema's */
	const char *e;
	for (size_t j = 0; (e = gsb__application_fast_enum(j)) != NULL; j++) {
		bool found = false;
		for (size_t k = 0; k < count(types) && !found; k++) {
			char *name = type_name(types, k);
			found = strcmp(name, e) == 0;
			xmlFree(name);
		}
		ck_assert_msg(found, "the fast check's code list %s is not in application.xsd", e);
	}
	ck_assert_ptr_null(gsb__application_fast_code("no-such-type", 0));
	ck_assert_ptr_null(gsb__application_fast_code(NULL, 0));
	xmlXPathFreeObject(types);
	schema_close(&s);
}
END_TEST

/* Both checks on the application of a place with value v. */
static int check_place(size_t p, const char *v, bool *fast)
{
	char doc[1024];
	snprintf(doc, sizeof doc, places[p].doc, v);
	return gsb__application_fast_check(doc, strlen(doc), fast);
}

START_TEST(every_code_in_every_place)
{
	schema s;
	schema_open(&s);
	xmlXPathObjectPtr types = enumerations(&s);
	size_t tried = 0;
	for (size_t k = 0; k < count(types); k++) {
		char *name = type_name(types, k), *want[MAX_VALUES], *other[8 * MAX_VALUES];
		size_t n = xsd_values(&s, types->nodesetval->nodeTab[k], want, MAX_VALUES);
		/* the places of the schema that use the list, and ours */
		char expr[256];
		snprintf(expr, sizeof expr, "//xs:element[@type='%s'] | //xs:attribute[@type='%s']",
		         name, name);
		xmlXPathObjectPtr uses = select_nodes(&s, NULL, expr);
		size_t ours = 0;
		for (size_t p = 0; p < GSB_ARRAY_LEN(places); p++)
			ours += strcmp(places[p].type, name) == 0;
		ck_assert_msg(count(uses) == ours,
		              "application.xsd uses %s in %zu places, this test knows %zu", name,
		              count(uses), ours);
		xmlXPathFreeObject(uses);
		for (size_t p = 0; p < GSB_ARRAY_LEN(places); p++) {
			if (strcmp(places[p].type, name) != 0)
				continue;
			bool fast;
			/* each code of the list: both checks accept it */
			for (size_t i = 0; i < n; i++) {
				ck_assert_int_eq(check_place(p, want[i], &fast), GSB_OK);
				ck_assert_msg(fast, "the fast check refuses %s '%s'", name, want[i]);
				tried++;
			}
			/* the codes of the other lists and near misses: neither does */
			static const char *const misses[] = { "", "x", "none", "unknown", "Other",
				                              "enterprise-", "-" };
			size_t m = 0;
			for (size_t j = 0; j < count(types); j++)
				if (j != k)
					m += xsd_values(&s, types->nodesetval->nodeTab[j], other + m,
					                GSB_ARRAY_LEN(other) - m);
			for (size_t i = 0; i < m + GSB_ARRAY_LEN(misses); i++) {
				const char *v = i < m ? other[i] : misses[i - m];
				if (member(v, want, n))
					continue;
				ck_assert_int_eq(check_place(p, v, &fast), GSB_ESCHEMA);
				ck_assert_msg(!fast, "the fast check accepts %s '%s'", name, v);
				tried++;
			}
			/* a code in upper case or with white space around: the fast check
			 * leaves it to the XSD */
			char odd[128];
			snprintf(odd, sizeof odd, " %s", want[0]);
			ck_assert_int_eq(check_place(p, odd, &fast), GSB_OK);
			ck_assert(!fast);
			for (char *c = odd; *c; c++)
				*c = (char)(*c >= 'a' && *c <= 'z' ? *c - 'a' + 'A' : *c);
			ck_assert_int_eq(check_place(p, odd + 1, &fast), GSB_ESCHEMA);
			ck_assert(!fast);
			free_values(other, m);
		}
		free_values(want, n);
		xmlFree(name);
	}
	ck_assert_uint_gt(tried, 500);
	xmlXPathFreeObject(types);
	schema_close(&s);
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("xml_fast");
	TCase *tc = tcase_create("schema");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, code_lists_are_the_vocabularies);
	tcase_add_test(tc, every_code_in_every_place);
	suite_add_tcase(s, tc);
	return s;
}
