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
 * words the error exactly as before.
 *
 * The schema is described below as data, type by type, and one walker
 * checks any element against its description. The code lists are not
 * copied here: they are read from the library's vocabularies (taxonomy.c).
 * Keep the descriptions in step with application.xsd: tests/check_xml_fast.c
 * proves every code list of the schema equal to the codes accepted here and
 * tries every code in every place it is used; tests/check_xml_read.c
 * compares the two checks on mutated applications.
 */
#include <pthread.h>
#include <string.h>
#include "xml_app.h"

/* The simple types of application.xsd: xs:string, xs:boolean, the schema's
 * own patterns, then its enumerations (code lists). */
typedef enum {
	V_STRING, V_BOOL, V_AMOUNT, V_DATE, V_DIVISION, V_YEAR, V_COUNT, V_DECIMAL,
	V_TIER, V_LEGAL_FORM, V_BUILDER_TYPE, V_DOMAIN, V_RESOURCE, V_CAPABILITY, V_FUNCTION,
	V_REGIONAL_FUNCTION, V_LISTING_KIND, V_KPI,
	V_TYPES
} gsb__vtype;

#define V_FIRST_ENUM V_TIER

/* The name in application.xsd of each enumeration (for the tests). */
static const char *const enum_types[V_TYPES] = {
	[V_TIER] = "tier",
	[V_LEGAL_FORM] = "legalForm",
	[V_BUILDER_TYPE] = "builderType",
	[V_DOMAIN] = "domain",
	[V_RESOURCE] = "resource",
	[V_CAPABILITY] = "capability",
	[V_FUNCTION] = "function",
	[V_REGIONAL_FUNCTION] = "regionalFunction",
	[V_LISTING_KIND] = "listingKind",
	[V_KPI] = "kpi",
};

/* The i-th code of a closed list, NULL past the last. */
static const char *list_code(gsb_list list, size_t i)
{
	return i < gsb_list_code_count(list) ? gsb_list_code(list, i) : NULL;
}

/* The i-th code of an enumeration, NULL past the last, from its vocabulary:
 * the one home of the codes. */
static const char *enum_code(gsb__vtype type, size_t i)
{
	switch (type) {
	case V_TIER: /* "none" (GSB_TIER_NONE) is no code of the documents */
		return i < GSB_TIER_COMPREHENSIVE ? gsb_tier_name((gsb_tier)(i + 1)) : NULL;
	case V_LEGAL_FORM:
		return i < GSB_LEGAL_FORM_COUNT ? gsb_legal_form_name((gsb_legal_form)i) : NULL;
	case V_BUILDER_TYPE:
		return i < GSB_BUILDER_COUNT ? gsb_builder_type_name((gsb_builder_type)i) : NULL;
	case V_DOMAIN:
		return list_code(GSB_LIST_DOMAINS, i);
	case V_RESOURCE:
		return list_code(GSB_LIST_RESOURCES, i);
	case V_CAPABILITY:
		return list_code(GSB_LIST_CAPABILITIES, i);
	case V_FUNCTION:
		return list_code(GSB_LIST_FUNCTIONS, i);
	case V_REGIONAL_FUNCTION:
		return list_code(GSB_LIST_REGIONAL_FUNCTIONS, i);
	case V_LISTING_KIND:
		return i < GSB_LISTING_COUNT ? gsb_listing_kind_name((gsb_listing_kind)i) : NULL;
	case V_KPI:
		return i < GSB_KPI_COUNT ? gsb_kpi_name((gsb_kpi)i) : NULL;
	default:
		return NULL;
	}
}

/* The codes of each enumeration, NULL-terminated, read once from the
 * vocabularies (so that checking a value is a few strcmp, as fast as a
 * copy of the lists here would be). A vocabulary grown past the room
 * here would only send its last codes to the XSD, and fail the tests. */
enum { MAX_CODES = 16 };
static const char *codes[V_TYPES][MAX_CODES];
static pthread_once_t codes_once = PTHREAD_ONCE_INIT;

static void read_codes(void)
{
	const char *code;
	for (int t = V_FIRST_ENUM; t < V_TYPES; t++)
		for (size_t i = 0; i + 1 < MAX_CODES && (code = enum_code((gsb__vtype)t, i)); i++)
			codes[t][i] = code;
}

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
static bool fast_value(const char *v, gsb__vtype type)
{
	const char *p = v;
	switch (type) {
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
	default: /* an enumeration */
		for (const char *const *code = codes[type]; *code; code++)
			if (strcmp(v, *code) == 0)
				return true;
		return false;
	}
}

/* ------------------------------------------------------------ the walker */

/* A declared attribute. */
typedef struct {
	gsb__sym name;
	gsb__vtype type;
	bool required;
} gsb__fattr;

/* What an element holds. */
typedef enum {
	C_TEXT,  /* simple content of .type: no child, or one text node */
	C_EMPTY, /* nothing at all (a complex type of attributes only) */
	C_ALL,   /* xs:all: each of .parts at most once, the required ones present */
	C_MANY   /* any number of .parts in any order (a repeated xs:sequence of one
	            element, an unbounded xs:choice) */
} gsb__content;

/* An element: its name, attributes and content. */
typedef struct gsb__felem {
	gsb__sym name;
	gsb__content content;
	gsb__vtype type; /* C_TEXT */
	const struct gsb__felem *parts; /* C_ALL, C_MANY: at most 32 */
	size_t n_parts;
	const gsb__fattr *attrs; /* at most 32 */
	size_t n_attrs;
	unsigned required; /* C_ALL: the parts that must be there, 1u << index */
} gsb__felem;

static bool in_ns(const xmlNode *n)
{
	return n->ns && n->ns->href && strcmp((const char *)n->ns->href, GSB_XML_NS) == 0;
}

/* Attributes: each declared (no namespace, known name, plain value), the
 * required ones present. */
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
		if (!fast_value(v, decl[i].type))
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

/* Simple content: no child or one text node whose value is plain. */
static bool fast_text(const xmlNode *n, gsb__vtype type)
{
	const xmlNode *t = n->children;
	const char *v = "";
	if (t) {
		if (t->type != XML_TEXT_NODE || t->next || t->content == NULL)
			return false;
		v = (const char *)t->content;
	}
	return fast_value(v, type);
}

static bool fast_parts(const xmlNode *n, const gsb__felem *e);

/* True when the element n (in the namespace, named e->name) certainly
 * conforms to its description e. */
static inline bool fast_element(const xmlNode *n, const gsb__felem *e)
{
	if (e->n_attrs ? !fast_attrs(n, e->attrs, e->n_attrs) : n->properties != NULL)
		return false;
	switch (e->content) {
	case C_TEXT:
		return fast_text(n, e->type);
	case C_EMPTY:
		return n->children == NULL;
	default:
		return fast_parts(n, e);
	}
}

/* The index of the part of e named sym, looked for from index i on (the
 * children of an element mostly come in the schema's order); n_parts when
 * none. */
static size_t part_index(const gsb__felem *e, gsb__sym sym, size_t i)
{
	for (size_t k = 0; k < e->n_parts; k++, i = i + 1 < e->n_parts ? i + 1 : 0)
		if (e->parts[i].name == sym)
			return i;
	return e->n_parts;
}

/* Element-only content of the parts of e (C_ALL or C_MANY). */
static bool fast_parts(const xmlNode *n, const gsb__felem *e)
{
	unsigned seen = 0;
	bool ok = true;
	size_t i = 0;
	for (const xmlNode *c = fast_next(n->children, &ok); c && ok; c = fast_next(c->next, &ok)) {
		i = part_index(e, SYM(c), i);
		if (i == e->n_parts || (e->content == C_ALL && (seen & (1u << i))) ||
		    !fast_element(c, &e->parts[i]))
			return false; /* unknown, repeated or invalid: the XSD decides */
		seen |= 1u << i;
		i = i + 1 < e->n_parts ? i + 1 : 0;
	}
	return ok && (seen & e->required) == e->required;
}

/* ------------------------------------------------- application.xsd, as data */

#define NONE NULL, 0
#define OF(array) (array), GSB_ARRAY_LEN(array)
/* An element of simple content, with attributes (OF(...) or NONE). */
#define TEXT(sym, type, attrs) { S_##sym, C_TEXT, type, NONE, attrs, 0 }
/* An element of simple content without attributes. */
#define LEAF(sym, type) TEXT(sym, type, NONE)
/* An element of attributes only. */
#define EMPTY(sym, attrs) { S_##sym, C_EMPTY, V_STRING, NONE, attrs, 0 }
/* An element of an xs:all group of parts, with attributes; required: the
 * parts of minOccurs 1, a bit each (1u << their index). */
#define ALL(sym, parts, attrs, required) { S_##sym, C_ALL, V_STRING, parts, attrs, required }
/* An element of any number of parts, in any order. */
#define MANY(sym, parts) { S_##sym, C_MANY, V_STRING, parts, NONE, 0 }
/* A list: any number of item elements of simple type `type`. */
#define LIST(sym, item, type) \
	{ S_##sym, C_MANY, V_STRING, (const gsb__felem[]){ LEAF(item, type) }, 1, NONE, 0 }

/* Credit */
static const gsb__fattr credit_attrs[] = {
	{ S_dishonestDebtor, V_BOOL, false },
	{ S_seriousDishonesty, V_BOOL, false },
	{ S_majorTaxViolation, V_BOOL, false },
};

/* Applicant: xs:all */
static const gsb__felem applicant_parts[] = {
	LEAF(name, V_STRING),          LEAF(uscc, V_STRING),
	LEAF(division, V_DIVISION),    LEAF(legalForm, V_LEGAL_FORM),
	EMPTY(credit, OF(credit_attrs)),
	LEAF(capable, V_BOOL),         LEAF(builder, V_BOOL),
	LEAF(owner, V_BOOL),
};

/* Metrics */
static const gsb__fattr metrics_attrs[] = {
	{ S_connectedDevices, V_COUNT, false },
	{ S_apiCallsPerDay, V_COUNT, false },
	{ S_enterprisesServed, V_COUNT, false },
};

/* Platform: xs:all */
static const gsb__felem platform_parts[] = {
	LEAF(operatingWell, V_BOOL),
	LEAF(developmentPlan, V_BOOL),
	LEAF(overallStrength, V_BOOL),
	LEAF(precisePositioning, V_BOOL),
	LEAF(userBase, V_BOOL),
	LEAF(prospects, V_BOOL),
	LEAF(demonstrationEffect, V_BOOL),
	LEAF(governmentLed, V_BOOL),
	LEAF(thirdPartyOperated, V_BOOL),
	LEAF(intranetUpgrade, V_BOOL),
	LEAF(industryLeading, V_BOOL),
	LIST(industries, industry, V_STRING),
	LIST(domains, domain, V_DOMAIN),
	LIST(resources, resource, V_RESOURCE),
	LIST(capabilities, capability, V_CAPABILITY),
	LIST(functions, function, V_FUNCTION),
	LIST(regionalFunctions, function, V_REGIONAL_FUNCTION),
	LIST(clusters, cluster, V_STRING),
	LIST(scenarios, scenario, V_STRING),
	EMPTY(metrics, OF(metrics_attrs)),
};
_Static_assert(GSB_ARRAY_LEN(platform_parts) <= 32, "a bit of fast_parts' seen per part");
static const gsb__fattr platform_attrs[] = {
	{ S_name, V_STRING, false },
	{ S_builderType, V_BUILDER_TYPE, false },
	{ S_operatingSince, V_DATE, false },
};

/* Listings: any number of Listing (simple content and attributes) */
static const gsb__fattr listing_attrs[] = {
	{ S_kind, V_LISTING_KIND, true },
	{ S_year, V_YEAR, false },
};
static const gsb__felem listings_parts[] = {
	TEXT(listing, V_STRING, OF(listing_attrs)),
};

/* Review */
static const gsb__fattr review_attrs[] = {
	{ S_recognised, V_BOOL, false },
	{ S_keySupport, V_BOOL, false },
	{ S_expertScore, V_DECIMAL, false },
};

/* Funding: an unbounded xs:choice of Amount, Loan and Local */
static const gsb__fattr amount_attrs[] = {
	{ S_amount, V_AMOUNT, true },
};
static const gsb__fattr loan_attrs[] = {
	{ S_principal, V_AMOUNT, true }, { S_ratePercent, V_DECIMAL, true },
	{ S_start, V_DATE, true },       { S_end, V_DATE, true },
	{ S_ratio, V_DECIMAL, false },
};
static const gsb__fattr local_attrs[] = {
	{ S_amount, V_AMOUNT, true },
	{ S_source, V_STRING, false },
};
static const gsb__felem funding_parts[] = {
	EMPTY(award, OF(amount_attrs)),
	EMPTY(equity, OF(amount_attrs)),
	EMPTY(loan, OF(loan_attrs)),
	EMPTY(local, OF(local_attrs)),
};

/* Effect: any number of Kpi */
static const gsb__fattr kpi_attrs[] = {
	{ S_name, V_KPI, true },
	{ S_baseline, V_DECIMAL, true },
	{ S_current, V_DECIMAL, true },
};
static const gsb__felem effect_parts[] = {
	EMPTY(kpi, OF(kpi_attrs)),
};

/* Application: xs:all, applicant and platform required */
static const gsb__felem application_parts[] = {
	ALL(applicant, OF(applicant_parts), NONE, 0),
	ALL(platform, OF(platform_parts), OF(platform_attrs), 0),
	MANY(listings, OF(listings_parts)),
	EMPTY(review, OF(review_attrs)),
	MANY(funding, OF(funding_parts)),
	MANY(effect, OF(effect_parts)),
};
static const gsb__fattr application_attrs[] = {
	{ S_id, V_STRING, false },
	{ S_year, V_YEAR, false },
	{ S_submitted, V_DATE, false },
	{ S_claimedTier, V_TIER, false },
};
static const gsb__felem application = ALL(application, OF(application_parts),
                                          OF(application_attrs), 1u << 0 | 1u << 1);

/* True when application.xsd certainly accepts the application subtree. */
bool gsb__application_fast_valid(const xmlNode *app)
{
	pthread_once(&codes_once, read_codes);
	return app && app->type == XML_ELEMENT_NODE && in_ns(app) && SYM(app) == S_application &&
	       fast_element(app, &application);
}

/* ------------------------------------------------------------ for the tests */

const char *gsb__application_fast_enum(size_t k)
{
	return k < V_TYPES - V_FIRST_ENUM ? enum_types[V_FIRST_ENUM + k] : NULL;
}

const char *gsb__application_fast_code(const char *xsd_type, size_t i)
{
	pthread_once(&codes_once, read_codes);
	for (int t = V_FIRST_ENUM; xsd_type && t < V_TYPES; t++)
		if (strcmp(enum_types[t], xsd_type) == 0)
			return i < MAX_CODES ? codes[t][i] : NULL;
	return NULL;
}

/* The fast check and the XSD on one application document. */
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
