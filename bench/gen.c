/* The benchmark generator: one description, two outputs (XML and C API). */
#include <stdlib.h>
#include <string.h>
#include "gen.h"

/* splitmix64: small, fast, reproducible for a seed */
static uint64_t next(gen_rng *r)
{
	uint64_t z = (r->state += 0x9E3779B97F4A7C15ULL);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

void gen_seed(gen_rng *r, uint64_t seed)
{
	r->state = seed;
}

static int pick(gen_rng *r, int n)
{
	return (int)(next(r) % (uint64_t)n);
}

static int percent(gen_rng *r, int p)
{
	return pick(r, 100) < p;
}

static const char *const cities[] = { "济南", "青岛", "淄博", "枣庄", "东营", "烟台", "潍坊",
	"济宁", "泰安", "威海", "日照", "莱芜", "临沂", "德州", "聊城", "滨州", "菏泽" };
static const char *const words[] = { "海创", "智云", "半岛", "齐鲁", "泰山", "黄河", "蓝海", "鲁信" };
static const char *const industries[] = { "新一代信息技术", "high-end-equipment", "高端装备",
	"醫養健康", "现代海洋", "绿色化工", "轮胎", "纺织", "new energy and new materials" };
static const char *const domains[] = { "rnd", "procurement", "manufacturing", "management",
	"logistics", "service" };
static const char *const resources[] = { "databases", "algorithm-libraries", "modelling-tools",
	"development-interfaces", "micro-services" };
static const char *const capabilities[] = { "massive-device-access", "large-scale-api-calls",
	"multi-party-sharing" };
static const char *const functions[] = { "economic-monitoring", "government-decision-support",
	"resource-integration", "enterprise-decision-support" };
static const char *const regional[] = { "regional-data-collection", "online-collaboration",
	"resource-sharing" };
static const char *const scenarios[] = { "remote-maintenance", "智能设计", "产品质量全程追溯" };
static const char *const facts[] = { "capable", "builder", "owner" };
static const char *const project[] = { "operatingWell", "developmentPlan", "overallStrength",
	"precisePositioning", "userBase", "prospects", "demonstrationEffect" };

/* What one generated application holds. */
typedef struct {
	char id[32], name[96], uscc[19], division[7];
	int year, kind; /* kind 0 comprehensive, 1 cross-domain, 2 enterprise, 3 none */
	int missing_fact;  /* index into project[], or -1 */
	int bad_credit;
	int n_industries, n_domains;
	const char *industry[3];
	int national, demonstration;
	long long award_fen, equity_fen, loan_fen;
	char score[8];
} gen_app;

static void make_uscc(gen_rng *r, char out[19], const char *division)
{
	static const char set[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	static const int w[17] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
	out[0] = '9';
	out[1] = '1';
	memcpy(out + 2, division, 6);
	for (int i = 8; i < 17; i++)
		out[i] = set[pick(r, 31)];
	int sum = 0;
	for (int i = 0; i < 17; i++)
		sum += (int)(strchr(set, out[i]) - set) * w[i];
	out[17] = set[(31 - sum % 31) % 31];
	out[18] = '\0';
}

static void describe(gen_rng *r, long i, gen_app *a)
{
	memset(a, 0, sizeof *a);
	int city = pick(r, 17);
	snprintf(a->id, sizeof a->id, "G-%07ld", i);
	snprintf(a->name, sizeof a->name, "%s%s工业互联网有限公司", cities[city],
	         words[pick(r, 8)]);
	snprintf(a->division, sizeof a->division, "37%02d%02d", city + 1, 2 + pick(r, 10));
	make_uscc(r, a->uscc, a->division);
	a->year = 2019 + pick(r, 2);
	a->kind = pick(r, 4);
	a->missing_fact = percent(r, 30) ? pick(r, 7) : -1;
	a->bad_credit = percent(r, 8);
	a->n_industries = 1 + pick(r, 3);
	for (int k = 0; k < a->n_industries; k++)
		a->industry[k] = industries[pick(r, 9)];
	a->n_domains = 1 + pick(r, 6);
	a->national = percent(r, 10);
	a->demonstration = percent(r, 20);
	a->award_fen = (long long)(50 + pick(r, 1500)) * 1000000;
	a->equity_fen = percent(r, 30) ? (long long)pick(r, 800) * 1000000 : 0;
	a->loan_fen = percent(r, 40) ? (long long)(100 + pick(r, 9900)) * 1000000 : 0;
	snprintf(a->score, sizeof a->score, "%d.%d", 60 + pick(r, 40), pick(r, 10));
}

static void xml_list(FILE *out, const char *outer, const char *inner, const char *const *v, int n)
{
	fprintf(out, "<%s>", outer);
	for (int k = 0; k < n; k++)
		fprintf(out, "<%s>%s</%s>", inner, v[k], inner);
	fprintf(out, "</%s>", outer);
}

static void fen_text(long long fen, char buf[32])
{
	snprintf(buf, 32, "%lld.%02lld", fen / 100, fen % 100);
}

void gen_write_xml(gen_rng *r, long i, FILE *out)
{
	gen_app a;
	char b1[32], b2[32];
	describe(r, i, &a);
	fprintf(out, "<application id=\"%s\" year=\"%d\" submitted=\"%d-05-%02d\">\n", a.id, a.year,
	        a.year, 1 + (int)(i % 28));
	fprintf(out, "<applicant><name>%s</name><uscc>%s</uscc><division>%s</division>"
	        "<legalForm>enterprise-legal-person</legalForm>"
	        "<credit dishonestDebtor=\"%s\" seriousDishonesty=\"false\" majorTaxViolation=\"false\"/>",
	        a.name, a.uscc, a.division, a.bad_credit ? "true" : "false");
	for (int k = 0; k < 3; k++)
		fprintf(out, "<%s>true</%s>", facts[k], facts[k]);
	fprintf(out, "</applicant>\n<platform name=\"%s平台\" builderType=\"%s\">", a.name,
	        a.kind == 2 ? "industry-leader" : "ict-enterprise");
	for (int k = 0; k < 7; k++)
		if (k != a.missing_fact)
			fprintf(out, "<%s>true</%s>", project[k], project[k]);
	fprintf(out, "<governmentLed>%s</governmentLed><thirdPartyOperated>%s</thirdPartyOperated>"
	        "<intranetUpgrade>%s</intranetUpgrade><industryLeading>true</industryLeading>",
	        a.kind == 0 ? "true" : "false", a.kind == 0 ? "true" : "false",
	        a.kind == 2 ? "true" : "false");
	xml_list(out, "industries", "industry", a.industry, a.n_industries);
	xml_list(out, "domains", "domain", domains, a.n_domains);
	xml_list(out, "resources", "resource", resources, a.kind <= 1 ? 5 : 2);
	xml_list(out, "capabilities", "capability", capabilities, a.kind <= 1 ? 3 : 1);
	xml_list(out, "functions", "function", functions, a.kind == 0 ? 4 : 0);
	xml_list(out, "regionalFunctions", "function", regional, a.kind == 2 ? 3 : 1);
	if (a.kind == 2)
		fprintf(out, "<clusters><cluster>纺织</cluster></clusters>");
	xml_list(out, "scenarios", "scenario", scenarios, a.kind == 3 ? 0 : 1);
	fprintf(out, "<metrics connectedDevices=\"%d\" apiCallsPerDay=\"%d\"/></platform>\n",
	        pick(r, 2000000), pick(r, 9000000));
	if (a.national || a.demonstration) {
		fprintf(out, "<listings>");
		if (a.national)
			fprintf(out, "<listing kind=\"national-platform\" year=\"%d\"/>", a.year);
		if (a.demonstration)
			fprintf(out, "<listing kind=\"two-integration-demonstration\" year=\"2018\"/>");
		fprintf(out, "</listings>");
	}
	fprintf(out, "<review recognised=\"true\" keySupport=\"%s\" expertScore=\"%s\"/>",
	        percent(r, 90) ? "true" : "false", a.score);
	fprintf(out, "<funding><award amount=\"%s\"/>", (fen_text(a.award_fen, b1), b1));
	if (a.equity_fen)
		fprintf(out, "<equity amount=\"%s\"/>", (fen_text(a.equity_fen, b2), b2));
	if (a.loan_fen)
		fprintf(out, "<loan principal=\"%s\" ratePercent=\"4.35\" start=\"%d-01-01\" "
		        "end=\"%d-07-01\" ratio=\"0.5\"/>", (fen_text(a.loan_fen, b2), b2), a.year, a.year);
	fprintf(out, "<local amount=\"500000.00\" source=\"%s市\"/></funding>\n", cities[0]);
	fprintf(out, "<effect><kpi name=\"operating-cost\" baseline=\"1000.0\" current=\"%d.0\"/>"
	        "<kpi name=\"defect-rate\" baseline=\"2.0\" current=\"1.%d\"/></effect>\n",
	        700 + pick(r, 300), pick(r, 10));
	fprintf(out, "</application>\n");
}

#define TRY(call)                                                                 \
	do {                                                                      \
		if ((call) != GSB_OK)                                             \
			goto fail;                                                \
	} while (0)

static int add_all(gsb_application *app, gsb_list list, const char *const *v, int n)
{
	int rc = gsb_application_declare_list(app, list);
	for (int k = 0; rc == GSB_OK && k < n; k++)
		rc = gsb_application_add_item(app, list, v[k]);
	return rc;
}

gsb_application *gen_build(gen_rng *r, long i)
{
	static const gsb_fact project_facts[] = { GSB_FACT_OPERATING_WELL, GSB_FACT_DEVELOPMENT_PLAN,
		GSB_FACT_OVERALL_STRENGTH, GSB_FACT_PRECISE_POSITIONING, GSB_FACT_USER_BASE,
		GSB_FACT_PROSPECTS, GSB_FACT_DEMONSTRATION_EFFECT };
	gen_app a;
	gsb_application *app = NULL;
	char score[8];
	describe(r, i, &a);
	memcpy(score, a.score, sizeof score);
	if (gsb_application_new(&app) != GSB_OK)
		return NULL;
	TRY(gsb_application_set_id(app, a.id));
	TRY(gsb_application_set_year(app, a.year));
	TRY(gsb_application_set_submitted(app, gsb_date_from_ymd(a.year, 5, 1 + (int)(i % 28))));
	TRY(gsb_application_set_name(app, a.name));
	TRY(gsb_application_set_uscc(app, a.uscc));
	TRY(gsb_application_set_division(app, a.division));
	TRY(gsb_application_set_legal_form(app, GSB_LEGAL_ENTERPRISE_LEGAL_PERSON));
	TRY(gsb_application_set_fact(app, GSB_FACT_DISHONEST_DEBTOR, a.bad_credit ? GSB_TRUE : GSB_FALSE));
	TRY(gsb_application_set_fact(app, GSB_FACT_SERIOUS_DISHONESTY, GSB_FALSE));
	TRY(gsb_application_set_fact(app, GSB_FACT_MAJOR_TAX_VIOLATION, GSB_FALSE));
	TRY(gsb_application_set_fact(app, GSB_FACT_CAPABLE, GSB_TRUE));
	TRY(gsb_application_set_fact(app, GSB_FACT_BUILDER, GSB_TRUE));
	TRY(gsb_application_set_fact(app, GSB_FACT_OWNER, GSB_TRUE));
	TRY(gsb_application_set_builder_type(app, a.kind == 2 ? GSB_BUILDER_INDUSTRY_LEADER
	                                                      : GSB_BUILDER_ICT_ENTERPRISE));
	for (int k = 0; k < 7; k++)
		if (k != a.missing_fact)
			TRY(gsb_application_set_fact(app, project_facts[k], GSB_TRUE));
	TRY(gsb_application_set_fact(app, GSB_FACT_GOVERNMENT_LED, a.kind == 0 ? GSB_TRUE : GSB_FALSE));
	TRY(gsb_application_set_fact(app, GSB_FACT_THIRD_PARTY_OPERATED, a.kind == 0 ? GSB_TRUE : GSB_FALSE));
	TRY(gsb_application_set_fact(app, GSB_FACT_INTRANET_UPGRADE, a.kind == 2 ? GSB_TRUE : GSB_FALSE));
	TRY(gsb_application_set_fact(app, GSB_FACT_INDUSTRY_LEADING, GSB_TRUE));
	TRY(add_all(app, GSB_LIST_INDUSTRIES, a.industry, a.n_industries));
	TRY(add_all(app, GSB_LIST_DOMAINS, domains, a.n_domains));
	TRY(add_all(app, GSB_LIST_RESOURCES, resources, a.kind <= 1 ? 5 : 2));
	TRY(add_all(app, GSB_LIST_CAPABILITIES, capabilities, a.kind <= 1 ? 3 : 1));
	TRY(add_all(app, GSB_LIST_FUNCTIONS, functions, a.kind == 0 ? 4 : 0));
	TRY(add_all(app, GSB_LIST_REGIONAL_FUNCTIONS, regional, a.kind == 2 ? 3 : 1));
	if (a.kind == 2)
		TRY(gsb_application_add_item(app, GSB_LIST_CLUSTERS, "纺织"));
	TRY(add_all(app, GSB_LIST_SCENARIOS, scenarios, a.kind == 3 ? 0 : 1));
	TRY(gsb_application_set_metric(app, GSB_METRIC_CONNECTED_DEVICES, pick(r, 2000000)));
	TRY(gsb_application_set_metric(app, GSB_METRIC_API_CALLS_PER_DAY, pick(r, 9000000)));
	if (a.national)
		TRY(gsb_application_add_listing(app, GSB_LISTING_NATIONAL_PLATFORM, a.year, NULL));
	if (a.demonstration)
		TRY(gsb_application_add_listing(app, GSB_LISTING_TWO_INTEGRATION_DEMONSTRATION, 2018, NULL));
	TRY(gsb_application_set_fact(app, GSB_FACT_RECOGNISED, GSB_TRUE));
	TRY(gsb_application_set_fact(app, GSB_FACT_KEY_SUPPORT, percent(r, 90) ? GSB_TRUE : GSB_FALSE));
	TRY(gsb_application_set_expert_score(app, score));
	TRY(gsb_application_set_award(app, a.award_fen));
	if (a.equity_fen)
		TRY(gsb_application_set_equity(app, a.equity_fen));
	if (a.loan_fen)
		TRY(gsb_application_add_loan(app, a.loan_fen, "4.35", gsb_date_from_ymd(a.year, 1, 1),
		                             gsb_date_from_ymd(a.year, 7, 1), "0.5"));
	TRY(gsb_application_add_local(app, 50000000, "济南市"));
	char cur[16];
	snprintf(cur, sizeof cur, "%d.0", 700 + pick(r, 300));
	TRY(gsb_application_add_kpi(app, GSB_KPI_OPERATING_COST, "1000.0", cur));
	snprintf(cur, sizeof cur, "1.%d", pick(r, 10));
	TRY(gsb_application_add_kpi(app, GSB_KPI_DEFECT_RATE, "2.0", cur));
	return app;
fail:
	gsb_application_free(app);
	return NULL;
}
