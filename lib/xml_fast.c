/*
 * libgeshibai — the fast structural check of an application (xml_app.h).
 *
 * A hand-written check of an application subtree for the common case, so
 * that a batch does not pay for libxml2's XSD validation of every
 * application. It answers true only for subtrees that data/application.xsd
 * certainly accepts: elements in urn:geshibai:1 with the content models of
 * the schema, attributes without namespace that the schema declares,
 * element-only content with white space only, simple content of one text
 * node, values in their plainest lexical form (no white space to collapse:
 * "true", not " true "). Anything else (comments, processing instructions,
 * CDATA, namespaced attributes, white space around a token, ...) answers
 * false and the application goes through the XSD, which accepts it or
 * words the error exactly as before. Keep in step with application.xsd
 * (tests/check_xml_read.c compares the two on mutated applications).
 */
#include <string.h>
#include "xml_app.h"

typedef enum {
	V_STRING, V_BOOL, V_AMOUNT, V_DATE, V_DIVISION, V_YEAR, V_COUNT, V_DECIMAL, V_ENUM
} gsb__vkind;

typedef struct {
	gsb__sym name;
	gsb__vkind kind;
	const char *const *values; /* V_ENUM: NULL-terminated */
	bool required;
} gsb__fattr;

static const char *const e_tier[] = { "comprehensive", "cross-domain", "enterprise", NULL };
static const char *const e_legal[] = { "enterprise-legal-person", "public-institution",
	                               "social-organisation", "state-organ", "cooperative",
	                               "branch", "partnership", "sole-proprietorship",
	                               "individual-business", NULL };
static const char *const e_builder[] = { "ict-enterprise", "industry-leader", "government",
	                                 "other", NULL };
static const char *const e_domain[] = { "rnd", "procurement", "manufacturing", "management",
	                                "logistics", "service", NULL };
static const char *const e_resource[] = { "databases", "algorithm-libraries", "modelling-tools",
	                                  "development-interfaces", "micro-services", NULL };
static const char *const e_capability[] = { "massive-device-access", "large-scale-api-calls",
	                                    "multi-party-sharing", NULL };
static const char *const e_function[] = { "economic-monitoring", "government-decision-support",
	                                  "resource-integration", "enterprise-decision-support",
	                                  NULL };
static const char *const e_regional[] = { "regional-data-collection", "online-collaboration",
	                                  "resource-sharing", NULL };
static const char *const e_listing[] = { "national-platform", "innovation-programme",
	                                 "innovation-demonstration",
	                                 "two-integration-demonstration",
	                                 "other-national-demonstration", NULL };
static const char *const e_kpi[] = { "operating-cost", "upgrade-cycle", "production-efficiency",
	                             "defect-rate", "energy-utilisation", NULL };

static bool digits(const char **p, int min, int max)
{
	int n = 0;
	while (**p >= '0' && **p <= '9' && (max < 0 || n < max)) {
		(*p)++;
		n++;
	}
	return n >= min;
}

/* The value is certainly valid for the simple type (no white space at all). */
static bool fast_value(const char *v, gsb__vkind kind, const char *const *values)
{
	const char *p = v;
	switch (kind) {
	case V_STRING:
		return true;
	case V_BOOL:
		return strcmp(v, "true") == 0 || strcmp(v, "false") == 0 || strcmp(v, "1") == 0 ||
		       strcmp(v, "0") == 0;
	case V_AMOUNT:
		if (!digits(&p, 1, -1))
			return false;
		if (*p == '.') {
			p++;
			if (!digits(&p, 1, 2))
				return false;
		}
		return *p == '\0';
	case V_DATE:
		return digits(&p, 4, 4) && *p++ == '-' && digits(&p, 2, 2) && *p++ == '-' &&
		       digits(&p, 2, 2) && *p == '\0';
	case V_DIVISION:
		return digits(&p, 6, 6) && *p == '\0';
	case V_YEAR:
		return digits(&p, 4, 4) && *p == '\0';
	case V_COUNT:
		return digits(&p, 1, -1) && *p == '\0';
	case V_DECIMAL:
		if (*p == '-')
			p++;
		if (!digits(&p, 1, -1))
			return false;
		if (*p == '.') {
			p++;
			if (!digits(&p, 1, -1))
				return false;
		}
		return *p == '\0';
	case V_ENUM:
		for (; *values; values++)
			if (strcmp(v, *values) == 0)
				return true;
		return false;
	}
	return false;
}

static bool in_ns(const xmlNode *n)
{
	return n->ns && n->ns->href && strcmp((const char *)n->ns->href, GSB_XML_NS) == 0;
}

/* Attributes: each declared (no namespace, known name, plain value), the
 * required ones present. At most 8 declared attributes. */
static bool fast_attrs(const xmlNode *n, const gsb__fattr *decl, size_t count)
{
	unsigned seen = 0;
	for (const xmlAttr *a = n->properties; a; a = a->next) {
		if (a->type != XML_ATTRIBUTE_NODE || a->ns)
			return false;
		size_t i = 0;
		while (i < count && SYM(a) != decl[i].name)
			i++;
		if (i == count || (seen & (1u << i)))
			return false;
		seen |= 1u << i;
		const xmlNode *t = a->children;
		const char *v = "";
		if (t) {
			if (t->type != XML_TEXT_NODE || t->next || t->content == NULL)
				return false;
			v = (const char *)t->content;
		}
		if (!fast_value(v, decl[i].kind, decl[i].values))
			return false;
	}
	for (size_t i = 0; i < count; i++)
		if (decl[i].required && !(seen & (1u << i)))
			return false;
	return true;
}

static bool xml_space(const char *s)
{
	for (; *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return false;
	return true;
}

/* Element-only content: the next child element, skipping white-space text;
 * *ok = false on anything else. */
static const xmlNode *fast_next(const xmlNode *c, bool *ok)
{
	for (; c; c = c->next) {
		if (c->type == XML_ELEMENT_NODE) {
			if (!in_ns(c))
				*ok = false;
			return *ok ? c : NULL;
		}
		if (c->type != XML_TEXT_NODE || c->content == NULL ||
		    !xml_space((const char *)c->content)) {
			*ok = false;
			return NULL;
		}
	}
	return NULL;
}

/* No children at all (an empty complex type), and its attributes. */
static bool fast_empty(const xmlNode *n, const gsb__fattr *decl, size_t count)
{
	return n->children == NULL && fast_attrs(n, decl, count);
}

/* Simple content: no child or one text node whose value is plain. */
static bool fast_simple(const xmlNode *n, gsb__vkind kind, const char *const *values)
{
	const xmlNode *t = n->children;
	const char *v = "";
	if (t) {
		if (t->type != XML_TEXT_NODE || t->next || t->content == NULL)
			return false;
		v = (const char *)t->content;
	}
	return fast_value(v, kind, values);
}

/* A simple-content element with no attributes. */
static bool fast_leaf(const xmlNode *n, gsb__vkind kind, const char *const *values)
{
	return n->properties == NULL && fast_simple(n, kind, values);
}

/* A list: no attributes, element-only, every child `item`. */
static bool fast_list(const xmlNode *n, gsb__sym item, gsb__vkind kind,
                      const char *const *values)
{
	bool ok = n->properties == NULL;
	for (const xmlNode *c = fast_next(n->children, &ok); c && ok; c = fast_next(c->next, &ok))
		if (SYM(c) != item || !fast_leaf(c, kind, values))
			return false;
	return ok;
}

/* The index of child c among the names of an xs:all group, or -1 when it is
 * none of them or repeats one already seen (then the XSD decides). */
static int fast_all_child(const xmlNode *c, const gsb__sym *names, size_t n, unsigned *seen)
{
	for (size_t i = 0; i < n; i++)
		if (SYM(c) == names[i]) {
			if (*seen & (1u << i))
				return -1;
			*seen |= 1u << i;
			return (int)i;
		}
	return -1;
}

static const gsb__fattr a_credit[] = {
	{ S_dishonestDebtor, V_BOOL, NULL, false },
	{ S_seriousDishonesty, V_BOOL, NULL, false },
	{ S_majorTaxViolation, V_BOOL, NULL, false },
};

static bool fast_applicant(const xmlNode *n)
{
	static const gsb__sym names[] = { S_name,   S_uscc,    S_division, S_legalForm,
		                          S_credit, S_capable, S_builder,  S_owner };
	unsigned seen = 0;
	bool ok = n->properties == NULL;
	for (const xmlNode *c = fast_next(n->children, &ok); c && ok; c = fast_next(c->next, &ok)) {
		int i = fast_all_child(c, names, GSB_ARRAY_LEN(names), &seen);
		if (i < 0)
			return false;
		bool good;
		switch (i) {
		case 0:
		case 1:
			good = fast_leaf(c, V_STRING, NULL);
			break;
		case 2:
			good = fast_leaf(c, V_DIVISION, NULL);
			break;
		case 3:
			good = fast_leaf(c, V_ENUM, e_legal);
			break;
		case 4:
			good = fast_empty(c, a_credit, GSB_ARRAY_LEN(a_credit));
			break;
		default:
			good = fast_leaf(c, V_BOOL, NULL);
			break;
		}
		if (!good)
			return false;
	}
	return ok;
}

static const gsb__fattr a_platform[] = {
	{ S_name, V_STRING, NULL, false },
	{ S_builderType, V_ENUM, e_builder, false },
	{ S_operatingSince, V_DATE, NULL, false },
};
static const gsb__fattr a_metrics[] = {
	{ S_connectedDevices, V_COUNT, NULL, false },
	{ S_apiCallsPerDay, V_COUNT, NULL, false },
	{ S_enterprisesServed, V_COUNT, NULL, false },
};

static bool fast_platform(const xmlNode *n)
{
	static const gsb__sym names[] = {
		/* 0..10: booleans */
		S_operatingWell, S_developmentPlan, S_overallStrength, S_precisePositioning,
		S_userBase, S_prospects, S_demonstrationEffect, S_governmentLed,
		S_thirdPartyOperated, S_intranetUpgrade, S_industryLeading,
		/* 11.. */
		S_industries, S_domains, S_resources, S_capabilities, S_functions,
		S_regionalFunctions, S_clusters, S_scenarios, S_metrics
	};
	unsigned seen = 0;
	bool ok = fast_attrs(n, a_platform, GSB_ARRAY_LEN(a_platform));
	for (const xmlNode *c = fast_next(n->children, &ok); c && ok; c = fast_next(c->next, &ok)) {
		int i = fast_all_child(c, names, GSB_ARRAY_LEN(names), &seen);
		if (i < 0)
			return false;
		bool good;
		switch (i) {
		case 11: good = fast_list(c, S_industry, V_STRING, NULL); break;
		case 12: good = fast_list(c, S_domain, V_ENUM, e_domain); break;
		case 13: good = fast_list(c, S_resource, V_ENUM, e_resource); break;
		case 14: good = fast_list(c, S_capability, V_ENUM, e_capability); break;
		case 15: good = fast_list(c, S_function, V_ENUM, e_function); break;
		case 16: good = fast_list(c, S_function, V_ENUM, e_regional); break;
		case 17: good = fast_list(c, S_cluster, V_STRING, NULL); break;
		case 18: good = fast_list(c, S_scenario, V_STRING, NULL); break;
		case 19: good = fast_empty(c, a_metrics, GSB_ARRAY_LEN(a_metrics)); break;
		default: good = fast_leaf(c, V_BOOL, NULL); break;
		}
		if (!good)
			return false;
	}
	return ok;
}

static const gsb__fattr a_listing[] = {
	{ S_kind, V_ENUM, e_listing, true },
	{ S_year, V_YEAR, NULL, false },
};

static bool fast_listings(const xmlNode *n)
{
	bool ok = n->properties == NULL;
	for (const xmlNode *c = fast_next(n->children, &ok); c && ok; c = fast_next(c->next, &ok))
		if (SYM(c) != S_listing ||
		    !fast_attrs(c, a_listing, GSB_ARRAY_LEN(a_listing)) ||
		    !fast_simple(c, V_STRING, NULL))
			return false;
	return ok;
}

static const gsb__fattr a_review[] = {
	{ S_recognised, V_BOOL, NULL, false },
	{ S_keySupport, V_BOOL, NULL, false },
	{ S_expertScore, V_DECIMAL, NULL, false },
};
static const gsb__fattr a_amount[] = {
	{ S_amount, V_AMOUNT, NULL, true },
};
static const gsb__fattr a_loan[] = {
	{ S_principal, V_AMOUNT, NULL, true }, { S_ratePercent, V_DECIMAL, NULL, true },
	{ S_start, V_DATE, NULL, true },       { S_end, V_DATE, NULL, true },
	{ S_ratio, V_DECIMAL, NULL, false },
};
static const gsb__fattr a_local[] = {
	{ S_amount, V_AMOUNT, NULL, true },
	{ S_source, V_STRING, NULL, false },
};
static const gsb__fattr a_kpi[] = {
	{ S_name, V_ENUM, e_kpi, true },
	{ S_baseline, V_DECIMAL, NULL, true },
	{ S_current, V_DECIMAL, NULL, true },
};

static bool fast_funding(const xmlNode *n)
{
	bool ok = n->properties == NULL;
	for (const xmlNode *c = fast_next(n->children, &ok); c && ok; c = fast_next(c->next, &ok)) {
		bool good;
		if (SYM(c) == S_award || SYM(c) == S_equity)
			good = fast_empty(c, a_amount, GSB_ARRAY_LEN(a_amount));
		else if (SYM(c) == S_loan)
			good = fast_empty(c, a_loan, GSB_ARRAY_LEN(a_loan));
		else if (SYM(c) == S_local)
			good = fast_empty(c, a_local, GSB_ARRAY_LEN(a_local));
		else
			good = false;
		if (!good)
			return false;
	}
	return ok;
}

static bool fast_effect(const xmlNode *n)
{
	bool ok = n->properties == NULL;
	for (const xmlNode *c = fast_next(n->children, &ok); c && ok; c = fast_next(c->next, &ok))
		if (SYM(c) != S_kpi ||
		    !fast_empty(c, a_kpi, GSB_ARRAY_LEN(a_kpi)))
			return false;
	return ok;
}

static const gsb__fattr a_application[] = {
	{ S_id, V_STRING, NULL, false },
	{ S_year, V_YEAR, NULL, false },
	{ S_submitted, V_DATE, NULL, false },
	{ S_claimedTier, V_ENUM, e_tier, false },
};

/* True when application.xsd certainly accepts the application subtree. */
bool gsb__application_fast_valid(const xmlNode *app)
{
	static const gsb__sym names[] = { S_applicant, S_platform, S_listings,
		                          S_review,    S_funding,  S_effect };
	if (app == NULL || app->type != XML_ELEMENT_NODE || !in_ns(app) ||
	    SYM(app) != S_application)
		return false;
	unsigned seen = 0;
	bool ok = fast_attrs(app, a_application, GSB_ARRAY_LEN(a_application));
	for (const xmlNode *c = fast_next(app->children, &ok); c && ok; c = fast_next(c->next, &ok)) {
		int i = fast_all_child(c, names, GSB_ARRAY_LEN(names), &seen);
		if (i < 0)
			return false;
		bool good;
		switch (i) {
		case 0: good = fast_applicant(c); break;
		case 1: good = fast_platform(c); break;
		case 2: good = fast_listings(c); break;
		case 3: good = fast_empty(c, a_review, GSB_ARRAY_LEN(a_review)); break;
		case 4: good = fast_funding(c); break;
		default: good = fast_effect(c); break;
		}
		if (!good)
			return false;
	}
	/* applicant and platform are required */
	return ok && (seen & 3u) == 3u;
}

/* For the tests: the fast check and the XSD on one application document.
 * Returns the XSD's verdict (GSB_OK, GSB_ESCHEMA, ...) or the error of
 * reading it; *fast is the fast check's. */
typedef struct {
	bool fast;
	int rc;
} gsb__both;

static int both_root(void *ctx, gsb_xml *x, xmlNode *root)
{
	(void)ctx;
	(void)x;
	(void)root;
	return 0;
}

static void both_element(void *ctx, gsb_xml *x, xmlNode *app)
{
	gsb__both *b = ctx;
	b->fast = gsb__application_fast_valid(app);
	b->rc = gsb_xml_validate(x, GSB_APP_XSD, app, NULL);
}

int gsb__application_fast_check(const char *xml, size_t len, bool *fast)
{
	static const gsb_xml_handlers h = { both_root, both_element, NULL, gsb__app_symbol, NULL };
	gsb__both b = { false, GSB_EPARSE };
	gsb_xml *x;
	*fast = false;
	int rc = gsb_xml_open_memory_sax(&x, xml, len, "test.xml", &h, &b);
	if (rc != GSB_OK)
		return rc;
	while ((rc = gsb_xml_pump(x)) == 1)
		;
	gsb_xml_free(x);
	*fast = b.fast;
	return rc < 0 ? rc : b.rc;
}
