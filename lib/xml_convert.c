/*
 * libgeshibai — one <application> element into a gsb_application
 * (docs/formats.md "Application"): checked against data/application.xsd
 * (the fast check of xml_fast.c first, the XSD itself for anything it does
 * not certainly accept), then turned into an application through the
 * setters of application.h. The XML reader (reader.c) gives it the
 * elements of a batch one at a time; the JSON reader (json_read.c) a tree
 * built from JSON.
 */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "json_read.h"
#include "xml_app.h"

/* names[S_x - 1] is the name of S_x. */
static const char *const names[] = {
#define GSB_NAME(n) #n,
	GSB_APP_NAMES(GSB_NAME)
#undef GSB_NAME
};

/* The names by hash, open addressing: index[slot] is S_x, or S_NONE for an
 * empty slot; filled once. */
static uint8_t name_index[256];
_Static_assert(GSB_ARRAY_LEN(names) < GSB_ARRAY_LEN(name_index) / 2, "the index stays sparse");
static pthread_once_t name_index_once = PTHREAD_ONCE_INIT;

static unsigned name_hash(const char *s)
{
	uint32_t h = 2166136261u; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (uint8_t)*s) * 16777619u;
	return h & (GSB_ARRAY_LEN(name_index) - 1);
}

static void name_index_fill(void)
{
	for (size_t i = 0; i < GSB_ARRAY_LEN(names); i++) {
		unsigned slot = name_hash(names[i]);
		while (name_index[slot] != S_NONE)
			slot = (slot + 1) & (GSB_ARRAY_LEN(name_index) - 1);
		name_index[slot] = (uint8_t)(i + 1);
	}
}

uintptr_t gsb__app_symbol(const char *name)
{
	pthread_once(&name_index_once, name_index_fill);
	for (unsigned slot = name_hash(name); name_index[slot] != S_NONE;
	     slot = (slot + 1) & (GSB_ARRAY_LEN(name_index) - 1))
		if (strcmp(name, names[name_index[slot] - 1]) == 0)
			return name_index[slot];
	return S_NONE;
}

/* An attribute by symbol (any namespace, as xmlHasProp), NULL when absent;
 * the engine gives every attribute one text child. */
static const xmlNode *attr_node(const xmlNode *n, gsb__sym sym)
{
	for (const xmlAttr *a = n->properties; a; a = a->next)
		if (SYM(a) == sym)
			return (const xmlNode *)a;
	return NULL;
}

static const char *attr(const xmlNode *n, gsb__sym sym)
{
	const xmlNode *a = attr_node(n, sym);
	if (a == NULL)
		return NULL;
	return a->children && a->children->content ? (const char *)a->children->content : "";
}

const char *gsb__app_id(const xmlNode *app)
{
	return attr(app, S_id);
}

typedef struct {
	gsb_xml *x;
	gsb_application *app;
	const char *id;
} gsb__conv;

/* A setter failed: locate its error at node. Bad values the schema lets
 * through are input errors; running out of memory stays what it is. */
static int setter_failed(gsb__conv *c, const xmlNode *n, int rc)
{
	if (rc != GSB_ENOMEM && rc != GSB_ESCHEMA)
		rc = GSB_EINPUT;
	char text[1536];
	gsb__error_text(gsb_error_last(), text, sizeof text);
	return gsb_xml_error(c->x, rc, n, c->id, "%s", text);
}

/* A code (enumeration value) of an element's text or an attribute. */
static const char *code_of(char *buf, size_t size, const char *text)
{
	gsb__xml_trim(buf, size, text ? text : "");
	return buf;
}

static int bad_code(gsb__conv *c, const xmlNode *n, const char *what, const char *value)
{
	return gsb_xml_error(c->x, GSB_ESCHEMA, n, c->id, "unknown %s '%.60s'", what, value);
}

static int conv_year(gsb__conv *c, const xmlNode *n, const char *text, int *out)
{
	char buf[16];
	code_of(buf, sizeof buf, text);
	char *end;
	long y = strtol(buf, &end, 10);
	if (buf[0] == '\0' || *end != '\0' || y < 1 || y > 9999)
		return gsb_xml_error(c->x, GSB_ESCHEMA, n, c->id, "malformed year '%.20s'", text);
	*out = (int)y;
	return GSB_OK;
}

/* ---- the application element ---- */

static int conv_root_attrs(gsb__conv *c, const xmlNode *app)
{
	const char *v;
	int rc = GSB_OK;
	if (c->id && (rc = gsb_application_set_id(c->app, c->id)) != GSB_OK)
		return setter_failed(c, attr_node(app, S_id), rc);
	if ((v = attr(app, S_year))) {
		int year;
		const xmlNode *a = attr_node(app, S_year);
		if ((rc = conv_year(c, a, v, &year)) != GSB_OK)
			return rc;
		if ((rc = gsb_application_set_year(c->app, year)) != GSB_OK)
			return setter_failed(c, a, rc);
	}
	if ((v = attr(app, S_submitted))) {
		gsb_date d;
		const xmlNode *a = attr_node(app, S_submitted);
		if ((rc = gsb_xml_date(c->x, a, v, c->id, &d)) != GSB_OK)
			return rc;
		if ((rc = gsb_application_set_submitted(c->app, d)) != GSB_OK)
			return setter_failed(c, a, rc);
	}
	if ((v = attr(app, S_claimedTier))) {
		char buf[64];
		gsb_tier t;
		const xmlNode *a = attr_node(app, S_claimedTier);
		if (gsb_tier_from_name(&t, code_of(buf, sizeof buf, v)) != GSB_OK || t == GSB_TIER_NONE)
			return bad_code(c, a, "tier", v);
		if ((rc = gsb_application_set_claimed_tier(c->app, t)) != GSB_OK)
			return setter_failed(c, a, rc);
	}
	return GSB_OK;
}

/* ---- booleans ---- */

static const struct {
	gsb__sym sym;
	gsb_fact fact;
} gsb__fact_elements[] = {
	{ S_capable, GSB_FACT_CAPABLE },
	{ S_builder, GSB_FACT_BUILDER },
	{ S_owner, GSB_FACT_OWNER },
	{ S_operatingWell, GSB_FACT_OPERATING_WELL },
	{ S_developmentPlan, GSB_FACT_DEVELOPMENT_PLAN },
	{ S_overallStrength, GSB_FACT_OVERALL_STRENGTH },
	{ S_precisePositioning, GSB_FACT_PRECISE_POSITIONING },
	{ S_userBase, GSB_FACT_USER_BASE },
	{ S_prospects, GSB_FACT_PROSPECTS },
	{ S_demonstrationEffect, GSB_FACT_DEMONSTRATION_EFFECT },
	{ S_governmentLed, GSB_FACT_GOVERNMENT_LED },
	{ S_thirdPartyOperated, GSB_FACT_THIRD_PARTY_OPERATED },
	{ S_intranetUpgrade, GSB_FACT_INTRANET_UPGRADE },
	{ S_industryLeading, GSB_FACT_INDUSTRY_LEADING },
};

static int set_fact(gsb__conv *c, const xmlNode *n, const char *text, gsb_fact fact)
{
	gsb_tri v;
	int rc = gsb_xml_bool(c->x, n, text, c->id, &v);
	if (rc == GSB_OK && (rc = gsb_application_set_fact(c->app, fact, v)) != GSB_OK)
		return setter_failed(c, n, rc);
	return rc;
}

/* A boolean child element; 1 when n is none of them. */
static int conv_fact_element(gsb__conv *c, const xmlNode *n)
{
	for (size_t i = 0; i < GSB_ARRAY_LEN(gsb__fact_elements); i++)
		if (SYM(n) == gsb__fact_elements[i].sym)
			return set_fact(c, n, gsb_xml_text(c->x, n), gsb__fact_elements[i].fact);
	return 1;
}

/* Boolean attributes of an element. */
static int conv_fact_attrs(gsb__conv *c, const xmlNode *n, const gsb__sym names[],
                           const gsb_fact facts[], size_t count)
{
	for (size_t i = 0; i < count; i++) {
		const char *v = attr(n, names[i]);
		int rc;
		if (v && (rc = set_fact(c, attr_node(n, names[i]), v, facts[i])) != GSB_OK)
			return rc;
	}
	return GSB_OK;
}

/* ---- applicant ---- */

static int conv_credit(gsb__conv *c, const xmlNode *n)
{
	static const gsb__sym names[] = { S_dishonestDebtor, S_seriousDishonesty,
		                          S_majorTaxViolation };
	static const gsb_fact facts[] = { GSB_FACT_DISHONEST_DEBTOR, GSB_FACT_SERIOUS_DISHONESTY,
		                          GSB_FACT_MAJOR_TAX_VIOLATION };
	return conv_fact_attrs(c, n, names, facts, 3);
}

static int conv_applicant_child(gsb__conv *c, const xmlNode *n)
{
	gsb__sym sym = SYM(n);
	const char *text = gsb_xml_text(c->x, n);
	char buf[64];
	int rc = GSB_OK;
	if (text == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	if (sym == S_name)
		rc = gsb_application_set_name(c->app, text);
	else if (sym == S_uscc)
		rc = gsb_application_set_uscc(c->app, text); /* as given: §11.2 */
	else if (sym == S_division) {
		code_of(buf, sizeof buf, text);
		if (gsb_application_set_division(c->app, buf) != GSB_OK)
			return gsb_xml_error(c->x, GSB_ESCHEMA, n, c->id,
			                     "division code '%.20s' is not six digits", text);
	} else if (sym == S_legalForm) {
		gsb_legal_form f;
		if (gsb_legal_form_from_name(&f, code_of(buf, sizeof buf, text)) != GSB_OK)
			return bad_code(c, n, "legal form", text);
		rc = gsb_application_set_legal_form(c->app, f);
	} else if (sym == S_credit)
		return conv_credit(c, n);
	else
		return (rc = conv_fact_element(c, n)) == 1 ? GSB_OK : rc;
	return rc == GSB_OK ? GSB_OK : setter_failed(c, n, rc);
}

/* ---- platform ---- */

static const struct {
	gsb__sym sym;
	gsb_list list;
	bool closed; /* codes only: trimmed */
} gsb__list_elements[] = {
	{ S_industries, GSB_LIST_INDUSTRIES, false },
	{ S_domains, GSB_LIST_DOMAINS, true },
	{ S_resources, GSB_LIST_RESOURCES, true },
	{ S_capabilities, GSB_LIST_CAPABILITIES, true },
	{ S_functions, GSB_LIST_FUNCTIONS, true },
	{ S_regionalFunctions, GSB_LIST_REGIONAL_FUNCTIONS, true },
	{ S_clusters, GSB_LIST_CLUSTERS, false },
	{ S_scenarios, GSB_LIST_SCENARIOS, false },
};

static int conv_list(gsb__conv *c, const xmlNode *n, gsb_list list, bool closed)
{
	int rc = gsb_application_declare_list(c->app, list);
	if (rc != GSB_OK)
		return setter_failed(c, n, rc);
	for (const xmlNode *i = gsb_xml_first_element(n); i; i = gsb_xml_next_element(i)) {
		const char *text = gsb_xml_text(c->x, i);
		char buf[128];
		if (text == NULL)
			return gsb__error(GSB_ENOMEM, "out of memory");
		if (closed)
			text = code_of(buf, sizeof buf, text);
		if ((rc = gsb_application_add_item(c->app, list, text)) != GSB_OK)
			return rc == GSB_EINVAL && closed ? bad_code(c, i, (const char *)i->name, text)
			                                  : setter_failed(c, i, rc);
	}
	return GSB_OK;
}

static int conv_metrics(gsb__conv *c, const xmlNode *n)
{
	static const gsb__sym names[GSB_METRIC_COUNT] = { S_connectedDevices, S_apiCallsPerDay,
		                                          S_enterprisesServed };
	for (int m = 0; m < GSB_METRIC_COUNT; m++) {
		const char *v = attr(n, names[m]);
		if (v == NULL)
			continue;
		const xmlNode *a = attr_node(n, names[m]);
		char buf[64], *end;
		code_of(buf, sizeof buf, v);
		errno = 0;
		long long value = strtoll(buf, &end, 10);
		if (buf[0] == '\0' || *end != '\0' || value < 0)
			return gsb_xml_error(c->x, GSB_ESCHEMA, a, c->id, "malformed count '%.40s'", v);
		if (errno == ERANGE || strlen(v) >= sizeof buf)
			return gsb_xml_error(c->x, GSB_EINPUT, a, c->id, "count '%.40s' is too large", v);
		int rc = gsb_application_set_metric(c->app, (gsb_metric)m, value);
		if (rc != GSB_OK)
			return setter_failed(c, a, rc);
	}
	return GSB_OK;
}

static int conv_platform_attrs(gsb__conv *c, const xmlNode *p)
{
	const char *v;
	char buf[64];
	int rc = GSB_OK;
	if ((v = attr(p, S_name)) &&
	    (rc = gsb_application_set_platform_name(c->app, v)) != GSB_OK)
		return setter_failed(c, attr_node(p, S_name), rc);
	if ((v = attr(p, S_builderType))) {
		gsb_builder_type t;
		const xmlNode *a = attr_node(p, S_builderType);
		if (gsb_builder_type_from_name(&t, code_of(buf, sizeof buf, v)) != GSB_OK)
			return bad_code(c, a, "builder type", v);
		if ((rc = gsb_application_set_builder_type(c->app, t)) != GSB_OK)
			return setter_failed(c, a, rc);
	}
	if ((v = attr(p, S_operatingSince))) {
		gsb_date d;
		const xmlNode *a = attr_node(p, S_operatingSince);
		if ((rc = gsb_xml_date(c->x, a, v, c->id, &d)) != GSB_OK)
			return rc;
		if ((rc = gsb_application_set_operating_since(c->app, d)) != GSB_OK)
			return setter_failed(c, a, rc);
	}
	return GSB_OK;
}

static int conv_platform_child(gsb__conv *c, const xmlNode *n)
{
	for (size_t i = 0; i < GSB_ARRAY_LEN(gsb__list_elements); i++)
		if (SYM(n) == gsb__list_elements[i].sym)
			return conv_list(c, n, gsb__list_elements[i].list, gsb__list_elements[i].closed);
	if (SYM(n) == S_metrics)
		return conv_metrics(c, n);
	int rc = conv_fact_element(c, n);
	return rc == 1 ? GSB_OK : rc;
}

/* ---- listings, review ---- */

static int conv_listing(gsb__conv *c, const xmlNode *n)
{
	char buf[64];
	const char *kind = attr(n, S_kind), *year = attr(n, S_year);
	const char *text = gsb_xml_text(c->x, n);
	gsb_listing_kind k;
	int y = 0, rc;
	if (kind == NULL || gsb_listing_kind_from_name(&k, code_of(buf, sizeof buf, kind)) != GSB_OK)
		return bad_code(c, attr_node(n, S_kind), "listing kind", kind ? kind : "");
	if (year && (rc = conv_year(c, attr_node(n, S_year), year, &y)) != GSB_OK)
		return rc;
	if (text && text[0] == '\0')
		text = NULL;
	if ((rc = gsb_application_add_listing(c->app, k, y, text)) != GSB_OK)
		return setter_failed(c, n, rc);
	return GSB_OK;
}

static int conv_listings(gsb__conv *c, const xmlNode *n)
{
	int rc = gsb_application_declare_listings(c->app);
	if (rc != GSB_OK)
		return setter_failed(c, n, rc);
	for (const xmlNode *l = gsb_xml_first_element(n); l; l = gsb_xml_next_element(l))
		if ((rc = conv_listing(c, l)) != GSB_OK)
			return rc;
	return GSB_OK;
}

static int conv_review(gsb__conv *c, const xmlNode *n)
{
	static const gsb__sym names[] = { S_recognised, S_keySupport };
	static const gsb_fact facts[] = { GSB_FACT_RECOGNISED, GSB_FACT_KEY_SUPPORT };
	int rc = conv_fact_attrs(c, n, names, facts, 2);
	const char *score = attr(n, S_expertScore);
	char buf[64];
	if (rc == GSB_OK && score &&
	    (rc = gsb_application_set_expert_score(c->app, code_of(buf, sizeof buf, score))) != GSB_OK)
		return setter_failed(c, attr_node(n, S_expertScore), rc);
	return rc;
}

/* ---- funding ---- */

static int conv_amount_attr(gsb__conv *c, const xmlNode *n, gsb__sym sym, gsb_fen *out)
{
	return gsb_xml_amount(c->x, attr_node(n, sym), attr(n, sym), c->id, out);
}

static int conv_loan(gsb__conv *c, const xmlNode *n)
{
	gsb_fen principal;
	gsb_date start, end;
	char rate[64], ratio[64];
	const char *r = attr(n, S_ratePercent), *q = attr(n, S_ratio);
	int rc;
	if ((rc = conv_amount_attr(c, n, S_principal, &principal)) != GSB_OK ||
	    (rc = gsb_xml_date(c->x, attr_node(n, S_start), attr(n, S_start),
	                       c->id, &start)) != GSB_OK ||
	    (rc = gsb_xml_date(c->x, attr_node(n, S_end), attr(n, S_end),
	                       c->id, &end)) != GSB_OK)
		return rc;
	if (r == NULL)
		return gsb_xml_error(c->x, GSB_ESCHEMA, n, c->id, "missing attribute 'ratePercent'");
	rc = gsb_application_add_loan(c->app, principal, code_of(rate, sizeof rate, r), start, end,
	                              q ? code_of(ratio, sizeof ratio, q) : NULL);
	return rc == GSB_OK ? GSB_OK : setter_failed(c, n, rc);
}

static int conv_funding(gsb__conv *c, const xmlNode *f)
{
	bool award = false, equity = false;
	for (const xmlNode *n = gsb_xml_first_element(f); n; n = gsb_xml_next_element(n)) {
		const char *name = (const char *)n->name;
		gsb_fen amount;
		int rc = GSB_OK;
		bool is_award = SYM(n) == S_award, is_equity = SYM(n) == S_equity;
		if ((is_award && award) || (is_equity && equity))
			return gsb_xml_error(c->x, GSB_ESCHEMA, n, c->id,
			                     "more than one '%s' (docs/rules.md §11.11)", name);
		if (is_award || is_equity || SYM(n) == S_local) {
			if ((rc = conv_amount_attr(c, n, S_amount, &amount)) != GSB_OK)
				return rc;
			if (is_award)
				award = true, rc = gsb_application_set_award(c->app, amount);
			else if (is_equity)
				equity = true, rc = gsb_application_set_equity(c->app, amount);
			else
				rc = gsb_application_add_local(c->app, amount,
				                               attr(n, S_source));
			if (rc != GSB_OK)
				return setter_failed(c, n, rc);
		} else if (SYM(n) == S_loan && (rc = conv_loan(c, n)) != GSB_OK) {
			return rc;
		}
	}
	return GSB_OK;
}

/* ---- effect ---- */

static int conv_effect(gsb__conv *c, const xmlNode *e)
{
	for (const xmlNode *n = gsb_xml_first_element(e); n; n = gsb_xml_next_element(n)) {
		char kb[64], bb[64], cb[64];
		const char *k = attr(n, S_name), *b = attr(n, S_baseline),
		           *v = attr(n, S_current);
		gsb_kpi kpi;
		if (k == NULL || gsb_kpi_from_name(&kpi, code_of(kb, sizeof kb, k)) != GSB_OK)
			return bad_code(c, attr_node(n, S_name), "kpi", k ? k : "");
		if (b == NULL || v == NULL)
			return gsb_xml_error(c->x, GSB_ESCHEMA, n, c->id, "missing attribute '%s'",
			                     b ? "current" : "baseline");
		int rc = gsb_application_add_kpi(c->app, kpi, code_of(bb, sizeof bb, b),
		                                 code_of(cb, sizeof cb, v));
		if (rc != GSB_OK)
			return setter_failed(c, n, rc);
	}
	return GSB_OK;
}

/* ---- the whole ---- */

typedef int (*gsb__child_fn)(gsb__conv *c, const xmlNode *n);

static int each_child(gsb__conv *c, const xmlNode *parent, gsb__child_fn fn)
{
	for (const xmlNode *n = gsb_xml_first_element(parent); n; n = gsb_xml_next_element(n)) {
		int rc = fn(c, n);
		if (rc != GSB_OK)
			return rc;
	}
	return GSB_OK;
}

static int conv_section(gsb__conv *c, const xmlNode *n)
{
	int rc;
	switch (SYM(n)) {
	case S_applicant:
		return each_child(c, n, conv_applicant_child);
	case S_platform:
		return (rc = conv_platform_attrs(c, n)) != GSB_OK
		               ? rc
		               : each_child(c, n, conv_platform_child);
	case S_listings:
		return conv_listings(c, n);
	case S_review:
		return conv_review(c, n);
	case S_funding:
		return conv_funding(c, n);
	case S_effect:
		return conv_effect(c, n);
	default:
		return GSB_OK; /* the schema allows nothing else */
	}
}

/* A validated <application> element into a new application. */
static int convert(gsb_xml *x, const xmlNode *node, const char *id, gsb_application **out)
{
	gsb__conv c = { x, NULL, id };
	int rc = gsb_application_new(&c.app);
	if (rc != GSB_OK)
		return rc;
	c.app->line = gsb_xml_line(node);
	if ((rc = conv_root_attrs(&c, node)) == GSB_OK)
		rc = each_child(&c, node, conv_section);
	if (rc != GSB_OK) {
		gsb_application_free(c.app);
		return rc;
	}
	*out = c.app;
	return GSB_OK;
}

int gsb__app_decide(gsb_xml *x, xmlNode *n, const char *id, gsb_application **out)
{
	gsb_xml_set_base(x, n);
	int rc = gsb__application_fast_valid(n) ? GSB_OK : gsb_xml_validate(x, GSB_APP_XSD, n, id);
	if (rc == GSB_OK)
		rc = convert(x, n, id, out);
	gsb_xml_set_base(x, NULL);
	return rc;
}

/* The symbols of a tree built elsewhere (as the SAX engine gives them). */
static void label(xmlNode *n)
{
	n->_private = (void *)gsb__app_symbol((const char *)n->name);
	for (xmlAttr *a = n->properties; a; a = a->next)
		a->_private = (void *)gsb__app_symbol((const char *)a->name);
	for (xmlNode *c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			label(c);
}

int gsb__application_from_tree(gsb_xml *x, xmlNode *app, gsb_application **out)
{
	*out = NULL;
	label(app);
	return gsb__app_decide(x, app, attr(app, S_id), out);
}
