/*
 * libgeshibai — an application in XML (docs/formats.md "Application"): the
 * names of data/application.xsd as symbols of the SAX engine (xml.h), and
 * the check and conversion of one <application> element that the readers
 * of applications share. Private: not part of the ABI.
 *
 *   xml_convert.c  one validated <application> element into a gsb_application
 *   xml_fast.c     the fast structural check (the XSD for anything else)
 *   reader.c       the streaming gsb_reader (XML here, JSON through json_read.c)
 */
#ifndef GSB_XML_APP_H
#define GSB_XML_APP_H

#include <stdbool.h>
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

/* The symbol of a name (S_NONE for a name application.xsd does not have),
 * as the SAX engine's handlers take it (gsb_xml_handlers.symbol). */
uintptr_t gsb__app_symbol(const char *name);

#define SYM(node) ((gsb__sym)GSB_XML_SYMBOL(node))

/* xml_convert.c: the id attribute of an application element, NULL when
 * it has none. */
const char *gsb__app_id(const xmlNode *app);
/* xml_convert.c: validate (the fast check, else the XSD) and convert one
 * <application> element whose nodes carry the symbols; id names it in
 * errors. */
int gsb__app_decide(gsb_xml *x, xmlNode *n, const char *id, gsb_application **out);

/* xml_fast.c: true when data/application.xsd certainly accepts the
 * application subtree (a fast check of the common case; false means "ask
 * the XSD", not "invalid"). */
bool gsb__application_fast_valid(const xmlNode *app);
/* For the tests: both checks on one application document. */
int gsb__application_fast_check(const char *xml, size_t len, bool *fast);
/* For the tests: the name in application.xsd of the k-th enumeration the
 * fast check knows ("legalForm"), NULL past the last; the i-th code it
 * accepts for the enumeration named xsd_type, NULL past the last and for a
 * name that is none of its enumerations. */
const char *gsb__application_fast_enum(size_t k);
const char *gsb__application_fast_code(const char *xsd_type, size_t i);

#endif
