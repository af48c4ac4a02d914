/*
 * libgeshibai — applications in (docs/formats.md "Application", "Batch"): the
 * streaming gsb_reader, one application read whole, and schema validation
 * of any document.
 *
 * A batch streams: each <application> is expanded, validated alone against
 * data/application.xsd (a fast hand-written check first, the XSD itself for
 * anything it does not certainly accept), turned into a gsb_application
 * through the setters of application.h, and skipped (freed), so that memory
 * does not grow with the batch and one bad application gives one error while
 * the others are still read.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/stat.h>
#include "json_read.h"
#include "xml.h"

#define GSB_APP_XSD "application.xsd"

/* The names of application.xsd (elements and attributes), as symbols of the
 * SAX engine (xml.h): S_applicant is the symbol of "applicant". */
#define GSB_APP_NAMES(X)                                                                 \
	X(application) X(applicant) X(name) X(uscc) X(division) X(legalForm) X(credit)   \
	X(capable) X(builder) X(owner) X(platform) X(operatingWell) X(developmentPlan)   \
	X(overallStrength) X(precisePositioning) X(userBase) X(prospects)                \
	X(demonstrationEffect) X(governmentLed) X(thirdPartyOperated) X(intranetUpgrade) \
	X(industryLeading) X(industries) X(industry) X(domains) X(domain) X(resources)   \
	X(resource) X(capabilities) X(capability) X(functions) X(function)               \
	X(regionalFunctions) X(clusters) X(cluster) X(scenarios) X(scenario) X(metrics)  \
	X(listings) X(listing) X(review) X(funding) X(award) X(equity) X(loan) X(local)  \
	X(effect) X(kpi) X(id) X(year) X(submitted) X(claimedTier) X(dishonestDebtor)    \
	X(seriousDishonesty) X(majorTaxViolation) X(builderType) X(operatingSince)       \
	X(connectedDevices) X(apiCallsPerDay) X(enterprisesServed) X(kind) X(recognised) \
	X(keySupport) X(expertScore) X(amount) X(principal) X(ratePercent) X(start)      \
	X(end) X(ratio) X(source) X(baseline) X(current)

typedef enum {
	S_NONE = 0,
#define GSB_SYM(n) S_##n,
	GSB_APP_NAMES(GSB_SYM)
#undef GSB_SYM
} gsb__sym;

static const char *const gsb__app_names[] = {
#define GSB_NAME(n) #n,
	GSB_APP_NAMES(GSB_NAME)
#undef GSB_NAME
	NULL
};

#define SYM(node) ((gsb__sym)GSB_XML_SYMBOL(node))

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

/* ============================================================ saved errors */

/* A copy of the thread's error, to be raised again later. */
typedef struct {
	int code;
	long line;
	char message[1536], file[256], element[256], application[128];
	bool has_file, has_element, has_application;
} gsb__saved;

static void save(gsb__saved *s)
{
	const gsb_error *e = gsb_error_last();
	s->code = e->code ? e->code : GSB_ERROR;
	s->line = e->line;
	gsb__error_text(e, s->message, sizeof s->message);
	s->has_file = e->file != NULL;
	s->has_element = e->element != NULL;
	s->has_application = e->application != NULL;
	snprintf(s->file, sizeof s->file, "%s", e->file ? e->file : "");
	snprintf(s->element, sizeof s->element, "%s", e->element ? e->element : "");
	snprintf(s->application, sizeof s->application, "%s", e->application ? e->application : "");
}

static int restore(const gsb__saved *s)
{
	return gsb__error_at(s->code, s->has_file ? s->file : NULL, s->line,
	                     s->has_element ? s->element : NULL,
	                     s->has_application ? s->application : NULL, "%s", s->message);
}

/* ============================================================ conversion */

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

static void trim_copy(char *out, size_t size, const char *s)
{
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	size_t n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
		n--;
	if (n >= size)
		n = size - 1;
	memcpy(out, s, n);
	out[n] = '\0';
}

/* A code (enumeration value) of an element's text or an attribute. */
static const char *code_of(char *buf, size_t size, const char *text)
{
	trim_copy(buf, size, text ? text : "");
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

/* ============================================================ the reader */

/*
 * The reader runs the SAX engine of xml.h: the parser hands over each
 * application whole and it is validated and converted at once; what comes
 * out (an application or one error) waits in a queue, in document order,
 * for gsb_reader_next(). One piece of input (32 kB) at most is read ahead.
 */

/* An application, or the error in its place. */
typedef struct {
	gsb_application *app;
	gsb__saved *err; /* when app is NULL */
	bool item;       /* an element of the batch (gsb_reader_count) */
} gsb__result;

struct gsb_reader {
	gsb_xml *x;
	gsb__json *json; /* a JSON document (json_read.c) instead of x */
	bool batch;   /* root <applications> */
	bool done;    /* nothing more to read */
	size_t count; /* items returned */
	gsb__result *q;
	size_t q_head, q_len, q_cap;
	bool nomem; /* a result could not be queued */
	/* one application (a document that is not, or not yet known to be, a
	 * batch): its result, held until the document has ended well, so that
	 * junk after it replaces it with the error, in XML as in JSON. */
	bool holding;
	gsb__result held;
};

/* A result at the end of the queue. */
static void enqueue(gsb_reader *r, gsb__result res)
{
	if (r->q_len == r->q_cap && gsb__grow((void **)&r->q, &r->q_cap, r->q_len, sizeof *r->q)) {
		gsb_application_free(res.app);
		free(res.err);
		r->nomem = true;
		return;
	}
	r->q[r->q_len++] = res;
}

/* Whether the document may still be one application, not a batch. */
static bool may_be_one(const gsb_reader *r)
{
	return r->json ? gsb__json_is_batch(r->json) != 1 : !r->batch;
}

/* The id of the held application (or of the one its error names), or NULL. */
static const char *held_id(const gsb__result *held)
{
	if (held->app)
		return gsb_application_id(held->app);
	return held->err && held->err->has_application ? held->err->application : NULL;
}

static void drop_held(gsb_reader *r)
{
	gsb_application_free(r->held.app);
	free(r->held.err);
	r->holding = false;
	r->held = (gsb__result){ 0 };
}

/* The held result queued: the document went on well after it. */
static void release(gsb_reader *r)
{
	if (r->holding)
		enqueue(r, r->held);
	r->holding = false;
	r->held = (gsb__result){ 0 };
}

static void push(gsb_reader *r, gsb_application *app, bool item)
{
	gsb__saved *err = NULL;
	if (app == NULL && (err = malloc(sizeof *err)) == NULL) {
		r->nomem = true;
		return;
	}
	if (r->holding && !may_be_one(r))
		release(r); /* a batch after all (JSON Lines: a second line) */
	if (r->holding && app == NULL) { /* junk after the one application */
		gsb__error_locate(NULL, held_id(&r->held));
		drop_held(r);
		item = true;
	}
	if (err)
		save(err);
	gsb__result res = { app, err, item };
	if (may_be_one(r) && item && !r->done && !r->holding) { /* see fill() */
		r->holding = true;
		r->held = res;
		return;
	}
	enqueue(r, res);
}

/* The thread's error, queued in place of an item (or between items). */
static void push_error(gsb_reader *r, bool item)
{
	push(r, NULL, item);
}

/* The root's attributes: none is declared (namespace declarations are not
 * attributes here); the first is the error. */
static void check_batch_attrs(gsb_reader *r, const xmlNode *root)
{
	const xmlAttr *a = root->properties;
	if (a == NULL)
		return;
	char name[130], path[160];
	const char *prefix = a->ns && a->ns->prefix ? (const char *)a->ns->prefix : NULL;
	snprintf(name, sizeof name, "%s%s%.120s", prefix ? prefix : "", prefix ? ":" : "",
	         (const char *)a->name);
	snprintf(path, sizeof path, "applications/@%s", name);
	gsb__error_at(GSB_ESCHEMA, gsb_xml_name(r->x), gsb_xml_line(root), path, NULL,
	              "unknown attribute '%s'", name);
	push_error(r, false);
}

/* The root: a batch gives its children one at a time, an application
 * comes whole; anything else ends the document. */
static int on_root(void *ctx, gsb_xml *x, xmlNode *root)
{
	gsb_reader *r = ctx;
	const char *name = (const char *)root->name;
	if (strcmp(name, "applications") == 0) {
		r->batch = true;
		check_batch_attrs(r, root);
		return 1;
	}
	if (strcmp(name, "application") == 0)
		return 0;
	char msg[512];
	if (gsb__wrong_document(msg, sizeof msg, name))
		return gsb__error_at(GSB_ESCHEMA, gsb_xml_name(x), gsb_xml_line(root), name, NULL, "%s", msg);
	return gsb__error_at(GSB_ESCHEMA, gsb_xml_name(x), gsb_xml_line(root), name, NULL,
	                     "wrong root element '%.60s': expected 'application' or 'applications'",
	                     name);
}

/* An element of a batch that is not an application. */
static int not_an_application(gsb_reader *r, const xmlNode *n)
{
	gsb_xml_set_base(r->x, NULL);
	if (strcmp((const char *)n->name, "application") == 0)
		return gsb_xml_error(r->x, GSB_ESCHEMA, n, NULL, "unexpected element '%1$s'"
		                     GSB__ZH "元素“%1$s”不应在此处", (const char *)n->name);
	return gsb_xml_error(r->x, GSB_ESCHEMA, n, NULL, "unknown element '%1$s'"
	                     GSB__ZH "未知元素“%1$s”（批量文件中应为 application）", (const char *)n->name);
}

/* Validate and convert one application element. */
static int decide(gsb_xml *x, xmlNode *n, const char *id, gsb_application **out)
{
	gsb_xml_set_base(x, n);
	int rc = gsb__application_fast_valid(n) ? GSB_OK : gsb_xml_validate(x, GSB_APP_XSD, n, id);
	if (rc == GSB_OK)
		rc = convert(x, n, id, out);
	gsb_xml_set_base(x, NULL);
	return rc;
}

static int decide_item(gsb_reader *r, xmlNode *n, const char *id, gsb_application **out)
{
	if (!gsb_xml_is(n, "application"))
		return not_an_application(r, n);
	return decide(r->x, n, id, out);
}

/* The symbols of a tree built elsewhere (as the SAX engine gives them). */
static void *symbol_of(const xmlChar *name)
{
	for (size_t i = 0; gsb__app_names[i]; i++)
		if (strcmp((const char *)name, gsb__app_names[i]) == 0)
			return (void *)(uintptr_t)(i + 1);
	return NULL;
}

static void label(xmlNode *n)
{
	n->_private = symbol_of(n->name);
	for (xmlAttr *a = n->properties; a; a = a->next)
		a->_private = symbol_of(a->name);
	for (xmlNode *c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			label(c);
}

int gsb__application_from_tree(gsb_xml *x, xmlNode *app, gsb_application **out)
{
	*out = NULL;
	label(app);
	return decide(x, app, attr(app, S_id), out);
}

/* A whole element of the batch (or the one application): one result. */
static void on_element(void *ctx, gsb_xml *x, xmlNode *n)
{
	gsb_reader *r = ctx;
	gsb_application *app = NULL;
	if (decide_item(r, n, attr(n, S_id), &app) != GSB_OK) {
		gsb_application_free(app);
		app = NULL;
	}
	push(r, app, true);
}

static void on_text(void *ctx, gsb_xml *x, long line)
{
	gsb_reader *r = ctx;
	gsb__error_at(GSB_ESCHEMA, gsb_xml_name(x), line, NULL, NULL, "unexpected text");
	push_error(r, false);
}

/* A broken element of the batch: its error in its place (named by its id
 * when its start tag was read); reading goes on at the next application. */
static void on_broken(void *ctx, gsb_xml *x, const xmlNode *open, bool item)
{
	(void)x;
	gsb_reader *r = ctx;
	if (open)
		gsb__error_locate(NULL, attr(open, S_id));
	push_error(r, item);
}

static const gsb_xml_handlers reader_handlers = { on_root, on_element, on_text, gsb__app_names,
	                                          on_broken };

/* What the JSON reader gives (json_read.h). */
static void on_json(void *ctx, gsb_application *app, bool item)
{
	push(ctx, app, item);
}

/* Read on until something is queued or the document is over. A failure is
 * queued in place of the element it stopped in (named by its id). */
static void fill(gsb_reader *r)
{
	/* JSON Lines: read on until it is known whether there is a second line */
	while ((r->q_len == r->q_head || (r->json && gsb__json_is_batch(r->json) < 0)) && !r->done) {
		if (r->q_head == r->q_len)
			r->q_head = r->q_len = 0;
		if (r->json) {
			r->done = gsb__json_pump(r->json) == 0;
			r->batch = gsb__json_is_batch(r->json) == 1;
			if (r->done || r->batch)
				release(r);
			continue;
		}
		int rc = gsb_xml_pump(r->x);
		if (rc == 1)
			continue;
		r->done = true;
		if (rc < 0) {
			const xmlNode *open = gsb_xml_partial(r->x);
			if (open)
				gsb__error_locate(NULL, attr(open, S_id));
			push_error(r, open != NULL); /* junk after the one application: in its place */
		}
		release(r);
	}
}

/* Open path ("-": standard input) unless fd is given (>= 0: a duplicate of
 * it is read). The errors of gsb_xml_open_file. */
static int open_input(const char *path, int given, int *fd)
{
	struct stat st;
	if (given >= 0)
		*fd = dup(given);
	else if (strcmp(path, "-") == 0)
		*fd = STDIN_FILENO;
	else
		*fd = open(path, O_RDONLY | O_CLOEXEC);
	if (*fd < 0) {
		int err = errno;
		gsb__error_at(GSB_EIO, path, 0, NULL, NULL, "cannot open '%s': %s", path,
		              strerror(err));
		errno = err; /* as gsb_xml_open_file: errno says why */
		return GSB_EIO;
	}
	if (*fd != STDIN_FILENO && fstat(*fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		close(*fd);
		errno = EISDIR;
		return gsb__error_at(GSB_EIO, path, 0, NULL, NULL, "'%s' is a directory", path);
	}
	return GSB_OK;
}

/* Read up to the first character that is not white space (a few kilobytes
 * at most), to tell JSON from XML: 1 JSON. */
static int sniff_fd(int fd, char *pre, size_t size, size_t *n)
{
	int json = -1;
	*n = 0;
	while (json < 0 && *n < size) {
		ssize_t r = read(fd, pre + *n, size - *n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break; /* the XML reader reports the end or the error as before */
		*n += (size_t)r;
		json = gsb__json_sniff(pre, *n);
	}
	return json;
}

/* A reader on a buffer (xml), a path, or a descriptor (fd >= 0). */
static int reader_new(gsb_reader **out, const char *path, int fd, const char *xml, size_t len,
                      const char *name)
{
	gsb_reader *r = calloc(1, sizeof *r);
	if (r == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	int rc = GSB_OK;
	char pre[4096];
	size_t n = 0;
	if (xml && gsb__json_sniff(xml, len) == 1)
		rc = gsb__json_open(&r->json, -1, NULL, 0, xml, len, name, on_json, r);
	else if (xml)
		rc = gsb_xml_open_memory_sax(&r->x, xml, len, name, &reader_handlers, r);
	else if ((rc = open_input(path, fd, &fd)) == GSB_OK && sniff_fd(fd, pre, sizeof pre, &n) == 1)
		rc = gsb__json_open(&r->json, fd, pre, n, NULL, 0, path, on_json, r);
	else if (rc == GSB_OK)
		rc = gsb_xml_open_fd_sax(&r->x, fd, path, pre, n, &reader_handlers, r);
	if (rc != GSB_OK) {
		free(r);
		return rc;
	}
	fill(r); /* past the root, so that gsb_reader_is_batch() knows */
	*out = r;
	return GSB_OK;
}

int gsb_reader_open_file(gsb_reader **out, const char *path)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	GSB__CHECK_ARG(path);
	return reader_new(out, path, -1, NULL, 0, NULL);
}

int gsb_reader_open_memory(gsb_reader **out, const char *xml, size_t len, const char *name)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	GSB__CHECK_ARG(xml);
	return reader_new(out, NULL, -1, xml, len, name);
}

void gsb_reader_free(gsb_reader *reader)
{
	if (reader == NULL)
		return;
	for (size_t i = reader->q_head; i < reader->q_len; i++) {
		gsb_application_free(reader->q[i].app);
		free(reader->q[i].err);
	}
	free(reader->q);
	gsb_application_free(reader->held.app);
	free(reader->held.err);
	gsb_xml_free(reader->x);
	gsb__json_free(reader->json);
	free(reader);
}

int gsb_reader_is_batch(const gsb_reader *reader)
{
	return reader && reader->batch;
}

gsb_format gsb_reader_format(const gsb_reader *reader)
{
	return reader && reader->json ? GSB_FORMAT_JSON : GSB_FORMAT_XML;
}

int gsb_reader_open_fd(gsb_reader **out, int fd, const char *name)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	if (fd < 0)
		return gsb__error(GSB_EINVAL, "invalid argument: descriptor %d", fd);
	return reader_new(out, name ? name : "-", fd, NULL, 0, NULL);
}

size_t gsb_reader_count(const gsb_reader *reader)
{
	return reader ? reader->count : 0;
}

int gsb_reader_next(gsb_reader *reader, gsb_application **out)
{
	GSB__CHECK_ARG(reader);
	GSB__CHECK_ARG(out);
	*out = NULL;
	fill(reader);
	if (reader->nomem) {
		reader->nomem = false;
		return gsb__error(GSB_ENOMEM, "out of memory: a result of the batch was lost");
	}
	if (reader->q_head == reader->q_len)
		return 0;
	gsb__result res = reader->q[reader->q_head++];
	reader->count += res.item;
	if (res.app) {
		*out = res.app;
		return 1;
	}
	int rc = restore(res.err);
	free(res.err);
	return rc;
}

/* ============================================================ fast check */

/*
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
	static const gsb_xml_handlers h = { both_root, both_element, NULL, gsb__app_names, NULL };
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

/* ============================================================ one application */

static int read_one(gsb_reader *r, gsb_application **out)
{
	gsb_application *app = NULL, *extra = NULL;
	int rc;
	if (r->batch)
		rc = gsb__error_at(GSB_ESCHEMA, gsb_xml_name(r->x), 0, "applications", NULL,
		                   "a batch (<applications>) where one application was expected");
	else if ((rc = gsb_reader_next(r, &app)) == 1 && (rc = gsb_reader_next(r, &extra)) == 0)
		rc = GSB_OK;
	if (rc == 0 && app == NULL)
		rc = gsb__error(GSB_EPARSE, "no application in the document");
	gsb_application_free(extra);
	if (rc != GSB_OK) {
		gsb_application_free(app);
		return rc < 0 ? rc : GSB_ERROR;
	}
	*out = app;
	return GSB_OK;
}

int gsb_application_read_file(gsb_application **out, const char *path)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	gsb_reader *r;
	int rc = gsb_reader_open_file(&r, path);
	if (rc == GSB_OK)
		rc = read_one(r, out);
	gsb_reader_free(r);
	return rc;
}

int gsb_application_read_memory(gsb_application **out, const char *xml, size_t len,
                                const char *name)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	gsb_reader *r;
	int rc = gsb_reader_open_memory(&r, xml, len, name);
	if (rc == GSB_OK)
		rc = read_one(r, out);
	gsb_reader_free(r);
	return rc;
}

/* ============================================================ validation */

/* Every application of a document; the first error is the result. */
static int validate_applications(gsb_reader *r)
{
	gsb__saved first;
	int result = GSB_OK, rc;
	gsb_application *app;
	while ((rc = gsb_reader_next(r, &app)) != 0) {
		gsb_application_free(app);
		if (rc < 0 && result == GSB_OK) {
			result = rc;
			save(&first);
		}
	}
	return result == GSB_OK ? GSB_OK : restore(&first);
}

/* Any other document: streaming validation against the schema declaring
 * its root element. */
static int validate_stream(gsb_xml *x)
{
	const char *root;
	int rc = gsb_xml_root(x, &root);
	if (rc != GSB_OK)
		return rc;
	return gsb_xml_finish(x);
}

static int open_either(gsb_xml **x, const char *path, const char *buf, size_t len)
{
	return buf ? gsb_xml_open_memory(x, buf, len, path) : gsb_xml_open_file(x, path);
}

static int validate_by_root(const char *path, const char *buf, size_t len, const char *root)
{
	int rc;
	if (strcmp(root, "application") == 0 || strcmp(root, "applications") == 0) {
		gsb_reader *r;
		rc = buf ? gsb_reader_open_memory(&r, buf, len, path) : gsb_reader_open_file(&r, path);
		if (rc == GSB_OK)
			rc = validate_applications(r);
		gsb_reader_free(r);
		return rc;
	}
	if (strcmp(root, "parameters") == 0) {
		gsb_policy *p = NULL;
		rc = buf ? gsb_policy_load_memory(&p, buf, len, path) : gsb_policy_load(&p, path);
		gsb_policy_free(p);
		return rc;
	}
	if (strcmp(root, "review") == 0) {
		/* a review record as a whole (docs/review.md): its steps replayed
		 * under the built-in policy, so that dates running backwards or a
		 * disbursement inside the publicity period are refused */
		gsb_policy *p = NULL;
		gsb_review *r = NULL;
		if ((rc = gsb_policy_new(&p)) == GSB_OK)
			rc = buf ? gsb_review_read_memory(&r, p, buf, len, path)
			         : gsb_review_read_file(&r, p, path);
		gsb_review_free(r);
		gsb_policy_free(p);
		return rc;
	}
	const char *schema = gsb_xml_schema_for(root);
	if (schema == NULL)
		return gsb__error_at(GSB_ESCHEMA, path, 0, root, NULL,
		                     "unknown document element '%.60s'", root);
	gsb_xml *x;
	if ((rc = open_either(&x, path, buf, len)) != GSB_OK)
		return rc;
	if ((rc = gsb_xml_validate_stream(x, schema)) == GSB_OK)
		rc = validate_stream(x);
	gsb_xml_free(x);
	return rc;
}

/* Standard input read whole (it cannot be read twice). */
static int slurp_stdin(char **out, size_t *len)
{
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap);
	for (;;) {
		if (buf == NULL)
			return gsb__error(GSB_ENOMEM, "out of memory");
		if (n == cap) {
			char *b = realloc(buf, cap *= 2);
			if (b == NULL)
				free(buf);
			buf = b;
			continue;
		}
		ssize_t r = read(STDIN_FILENO, buf + n, cap - n);
		if (r == 0)
			break;
		if (r < 0 && errno != EINTR) {
			free(buf);
			return gsb__error_at(GSB_EIO, "-", 0, NULL, NULL, "cannot read standard input: %s",
			                     strerror(errno));
		}
		n += r > 0 ? (size_t)r : 0;
	}
	*out = buf;
	*len = n;
	return GSB_OK;
}

/* A file that starts as JSON does (read and closed again). */
static bool json_file(const char *path)
{
	char pre[4096];
	size_t n;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	bool json = sniff_fd(fd, pre, sizeof pre, &n) == 1;
	close(fd);
	return json;
}

int gsb_validate_file(const char *path)
{
	GSB__CHECK_ARG(path);
	char *buf = NULL, root[128];
	size_t len = 0;
	const char *local;
	gsb_xml *x;
	int rc = strcmp(path, "-") == 0 ? slurp_stdin(&buf, &len) : GSB_OK;
	if (rc == GSB_OK && (buf ? gsb__json_sniff(buf, len) == 1 : json_file(path))) {
		/* applications as JSON (json_read.c): every one checked */
		gsb_reader *r;
		rc = buf ? gsb_reader_open_memory(&r, buf, len, path) : gsb_reader_open_file(&r, path);
		if (rc == GSB_OK)
			rc = validate_applications(r);
		gsb_reader_free(r);
		free(buf);
		return rc;
	}
	if (rc == GSB_OK && (rc = open_either(&x, path, buf, len)) == GSB_OK) {
		if ((rc = gsb_xml_root(x, &local)) == GSB_OK)
			snprintf(root, sizeof root, "%s", local);
		gsb_xml_free(x);
	}
	if (rc == GSB_OK)
		rc = validate_by_root(path, buf, len, root);
	else if (rc == GSB_EPARSE) /* unreadable: the application reader says what it is */
		rc = validate_by_root(path, buf, len, "applications");
	free(buf);
	return rc;
}
