/*
 * One gsb_policy shared by 8 threads at once (include/geshibai/policy.h: a policy is
 * immutable and evaluation reentrant): every thread reads, decides and
 * writes the same applications and must get, byte for byte, the decisions
 * the main thread got alone. The per-thread error must stay per thread.
 * .ci/sanitize.sh also builds this suite with -fsanitize=thread.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runner.h"

#define THREADS 8
/* Rounds per thread: $GSB_THREAD_ROUNDS, default 20 (valgrind runs use fewer). */
static int rounds(void)
{
	const char *e = getenv("GSB_THREAD_ROUNDS");
	int n = e ? atoi(e) : 0;
	return n > 0 ? n : 20;
}

static const char *const xml_docs[] = {
	"<application xmlns=\"urn:geshibai:1\" id=\"T-XML-1\" year=\"2019\" submitted=\"2019-06-14\""
	" claimedTier=\"cross-domain\">"
	"<applicant><name>青岛并发测试有限公司</name><uscc>91370200718018514D</uscc>"
	"<division>370212</division><legalForm>enterprise-legal-person</legalForm>"
	"<credit dishonestDebtor=\"false\" seriousDishonesty=\"false\" majorTaxViolation=\"false\"/>"
	"<capable>true</capable><builder>true</builder><owner>true</owner></applicant>"
	"<platform name=\"某某云平台\" builderType=\"industry-leader\" operatingSince=\"2017-04-20\">"
	"<operatingWell>true</operatingWell><developmentPlan>true</developmentPlan>"
	"<overallStrength>true</overallStrength><precisePositioning>true</precisePositioning>"
	"<userBase>true</userBase><prospects>true</prospects>"
	"<demonstrationEffect>true</demonstrationEffect><governmentLed>false</governmentLed>"
	"<thirdPartyOperated>false</thirdPartyOperated><intranetUpgrade>true</intranetUpgrade>"
	"<industryLeading>true</industryLeading>"
	"<industries><industry>高端裝備</industry><industry>NEW-GENERATION-IT</industry>"
	"<industry>纺 织</industry></industries>"
	"<domains><domain>rnd</domain><domain>manufacturing</domain><domain>service</domain></domains>"
	"<resources><resource>databases</resource><resource>algorithm-libraries</resource>"
	"<resource>modelling-tools</resource><resource>development-interfaces</resource>"
	"<resource>micro-services</resource></resources>"
	"<capabilities><capability>massive-device-access</capability>"
	"<capability>large-scale-api-calls</capability><capability>multi-party-sharing</capability>"
	"</capabilities><clusters><cluster>textiles</cluster></clusters>"
	"<scenarios><scenario>remote-maintenance</scenario></scenarios>"
	"<metrics connectedDevices=\"1200000\" apiCallsPerDay=\"5000000\" enterprisesServed=\"3000\"/>"
	"</platform>"
	"<listings><listing kind=\"national-platform\" year=\"2019\">跨行业跨领域工业互联网平台</listing></listings>"
	"<review recognised=\"true\" keySupport=\"true\" expertScore=\"88.5\"/>"
	"<funding><award amount=\"12000000.00\"/><equity amount=\"5000000.00\"/>"
	"<loan principal=\"100000000.00\" ratePercent=\"4.35\" start=\"2019-01-01\" end=\"2020-01-01\""
	" ratio=\"0.5\"/><local amount=\"2000000.00\" source=\"青岛市\"/></funding>"
	"<effect><kpi name=\"operating-cost\" baseline=\"1000.0\" current=\"780.0\"/>"
	"<kpi name=\"defect-rate\" baseline=\"0\" current=\"1.8\"/></effect>"
	"</application>",
	"<application xmlns=\"urn:geshibai:1\" id=\"T-XML-2\" submitted=\"2020-03-01\">"
	"<applicant><uscc>not a code</uscc></applicant><platform/></application>",
};
#define N_XML (sizeof xml_docs / sizeof xml_docs[0])

#define N_C 3
#define N_APPS (N_XML + N_C)

static gsb_policy *policy;
static gsb_application *apps[N_APPS];
static char *expected[N_APPS][2]; /* JSON zh, text en */
static pthread_barrier_t start;

static gsb_date ymd(int y, int m, int d) { return gsb_date_from_ymd(y, m, d); }

/* Applications built from C: names that go through the ICU lookup, loans, indicators. */
static gsb_application *build(int which)
{
	gsb_application *a = NULL;
	GSB_OK_OR_FAIL(gsb_application_new(&a));
	char id[32];
	snprintf(id, sizeof id, "T-C-%d", which);
	GSB_OK_OR_FAIL(gsb_application_set_id(a, id));
	GSB_OK_OR_FAIL(gsb_application_set_submitted(a, ymd(2019, 7, 1 + which)));
	if (which == 0) {
		GSB_OK_OR_FAIL(gsb_application_set_uscc(a, "91370200718018514d"));
		for (int f = 0; f < GSB_FACT_COUNT; f++)
			GSB_OK_OR_FAIL(gsb_application_set_fact(a, (gsb_fact)f,
			                                        f < 3 ? GSB_FALSE : GSB_TRUE));
		GSB_OK_OR_FAIL(gsb_application_set_builder_type(a, GSB_BUILDER_ICT_ENTERPRISE));
		GSB_OK_OR_FAIL(gsb_application_set_operating_since(a, ymd(2016, 1, 1)));
		const char *industries[] = { "高端装备", "ＨＩＧＨ－ＥＮＤ－ＥＱＵＩＰＭＥＮＴ", "现代金融",
			                     "智慧海洋", "钢铁", "鋼鐵" };
		for (size_t i = 0; i < sizeof industries / sizeof industries[0]; i++)
			GSB_OK_OR_FAIL(gsb_application_add_item(a, GSB_LIST_INDUSTRIES, industries[i]));
		GSB_OK_OR_FAIL(gsb_application_add_item(a, GSB_LIST_DOMAINS, "rnd"));
		GSB_OK_OR_FAIL(gsb_application_add_item(a, GSB_LIST_DOMAINS, "service"));
		for (size_t i = 0; i < gsb_list_code_count(GSB_LIST_RESOURCES); i++)
			GSB_OK_OR_FAIL(gsb_application_add_item(a, GSB_LIST_RESOURCES,
			                                        gsb_list_code(GSB_LIST_RESOURCES, i)));
		GSB_OK_OR_FAIL(gsb_application_add_item(a, GSB_LIST_SCENARIOS, "某个 新 场景"));
		GSB_OK_OR_FAIL(gsb_application_set_metric(a, GSB_METRIC_CONNECTED_DEVICES, 10));
		GSB_OK_OR_FAIL(gsb_application_set_expert_score(a, "90.1234"));
		GSB_OK_OR_FAIL(gsb_application_set_award(a, 2000000000));
		GSB_OK_OR_FAIL(gsb_application_add_loan(a, 500000000, "4.9", ymd(2019, 1, 1),
		                                        ymd(2019, 12, 31), NULL));
		GSB_OK_OR_FAIL(gsb_application_add_loan(a, 100000, "3.333", ymd(2019, 3, 3),
		                                        ymd(2019, 3, 3), "0.3333"));
		GSB_OK_OR_FAIL(gsb_application_add_kpi(a, GSB_KPI_PRODUCTION_EFFICIENCY, "100", "121"));
		GSB_OK_OR_FAIL(gsb_application_add_kpi(a, GSB_KPI_ENERGY_UTILISATION, "3", "2.9"));
		GSB_OK_OR_FAIL(gsb_application_add_listing(a, GSB_LISTING_TWO_INTEGRATION_DEMONSTRATION,
		                                           0, NULL));
	} else if (which == 1) {
		GSB_OK_OR_FAIL(gsb_application_set_legal_form(a, GSB_LEGAL_BRANCH));
		GSB_OK_OR_FAIL(gsb_application_set_division(a, "110105"));
		GSB_OK_OR_FAIL(gsb_application_set_fact(a, GSB_FACT_DISHONEST_DEBTOR, GSB_TRUE));
		GSB_OK_OR_FAIL(gsb_application_set_claimed_tier(a, GSB_TIER_COMPREHENSIVE));
		GSB_OK_OR_FAIL(gsb_application_add_item(a, GSB_LIST_CLUSTERS, "纺织服装"));
		GSB_OK_OR_FAIL(gsb_application_add_local(a, 123456, "济南市"));
	}
	/* which == 2: nothing known at all */
	return a;
}

static char *render(const gsb_decision *d, int k)
{
	return k == 0 ? gsb_decision_to_string(d, GSB_FORMAT_JSON, GSB_LANG_ZH)
	              : gsb_decision_to_string(d, GSB_FORMAT_TEXT, GSB_LANG_EN);
}

static void setup(void)
{
	GSB_OK_OR_FAIL(gsb_policy_new(&policy));
	for (size_t i = 0; i < N_XML; i++)
		GSB_OK_OR_FAIL(gsb_application_read_memory(&apps[i], xml_docs[i], strlen(xml_docs[i]),
		                                           "threads"));
	for (int i = 0; i < N_C; i++)
		apps[N_XML + i] = build(i);
	for (size_t i = 0; i < N_APPS; i++) {
		gsb_decision *d = NULL;
		GSB_OK_OR_FAIL(gsb_evaluate(&d, policy, apps[i], GSB_DATE_NONE, GSB_EVAL_DEFAULT));
		for (int k = 0; k < 2; k++) {
			expected[i][k] = render(d, k);
			ck_assert_ptr_nonnull(expected[i][k]);
		}
		gsb_decision_free(d);
	}
	ck_assert_int_eq(pthread_barrier_init(&start, NULL, THREADS), 0);
}

static void teardown(void)
{
	pthread_barrier_destroy(&start);
	for (size_t i = 0; i < N_APPS; i++) {
		gsb_application_free(apps[i]);
		apps[i] = NULL;
		gsb_free(expected[i][0]);
		gsb_free(expected[i][1]);
	}
	gsb_policy_free(policy);
	policy = NULL;
}

typedef struct {
	int id;
	int mismatches;
	int failures;
	char first[256];
} worker;

static void note(worker *w, const char *what)
{
	if (w->first[0] == '\0')
		snprintf(w->first, sizeof w->first, "thread %d: %s", w->id, what);
}

static void *run(void *arg)
{
	worker *w = arg;
	pthread_barrier_wait(&start);
	for (int round = 0, n_rounds = rounds(); round < n_rounds; round++) {
		/* start with a different application in each thread */
		for (size_t j = 0; j < N_APPS; j++) {
			size_t i = (j + (size_t)w->id + (size_t)round) % N_APPS;
			gsb_application *own = NULL;
			const gsb_application *a = apps[i];
			/* the XML ones are also read again, here, at the same time */
			if (i < N_XML) {
				if (gsb_application_read_memory(&own, xml_docs[i], strlen(xml_docs[i]),
				                                "threads") != GSB_OK) {
					w->failures++;
					note(w, gsb_error_last()->message);
					continue;
				}
				a = own;
			}
			gsb_decision *d = NULL;
			if (gsb_evaluate(&d, policy, a, GSB_DATE_NONE, GSB_EVAL_DEFAULT) != GSB_OK) {
				w->failures++;
				note(w, gsb_error_last()->message);
				gsb_application_free(own);
				continue;
			}
			for (int k = 0; k < 2; k++) {
				char *s = render(d, k);
				if (s == NULL || strcmp(s, expected[i][k]) != 0) {
					w->mismatches++;
					note(w, k == 0 ? "JSON differs" : "text differs");
				}
				gsb_free(s);
			}
			gsb_decision_free(d);
			gsb_application_free(own);
		}
		/* shared read-only vocabularies at the same time */
		gsb_industry ind;
		char *norm = NULL;
		if (gsb_industry_lookup(&ind, &norm, "高端裝備") != GSB_OK ||
		    ind != GSB_INDUSTRY_HIGH_END_EQUIPMENT) {
			w->failures++;
			note(w, "industry lookup");
		}
		gsb_free(norm);
		gsb_uscc u;
		if (gsb_uscc_decode(&u, "91370200718018514D") != GSB_OK || !u.valid) {
			w->failures++;
			note(w, "uscc decode");
		}
		/* the last error belongs to its thread */
		gsb_application *scratch = NULL;
		if (gsb_application_new(&scratch) == GSB_OK) {
			int year = 10000 + w->id * 1000 + round;
			char want[16];
			snprintf(want, sizeof want, "%d", year);
			if (gsb_application_set_year(scratch, year) != GSB_EINVAL ||
			    strstr(gsb_error_last()->message, want) == NULL) {
				w->failures++;
				note(w, "gsb_error_last() shows another thread's error");
			}
			gsb_application_free(scratch);
		}
	}
	return NULL;
}

START_TEST(eight_threads_same_decisions)
{
	pthread_t t[THREADS];
	worker w[THREADS];
	memset(w, 0, sizeof w);
	for (int i = 0; i < THREADS; i++) {
		w[i].id = i;
		ck_assert_int_eq(pthread_create(&t[i], NULL, run, &w[i]), 0);
	}
	for (int i = 0; i < THREADS; i++)
		ck_assert_int_eq(pthread_join(t[i], NULL), 0);
	for (int i = 0; i < THREADS; i++) {
		ck_assert_msg(w[i].failures == 0, "%d failures; first: %s", w[i].failures, w[i].first);
		ck_assert_msg(w[i].mismatches == 0, "%d decisions differ from the main thread's; "
		              "first: %s", w[i].mismatches, w[i].first);
	}
}
END_TEST

/* The accessors agree with the JSON across threads too: a second policy,
 * loaded from a parameters document, used by all threads at once. */
static gsb_policy *loaded;
static gsb_fen granted_ref[N_APPS];

static void *run_loaded(void *arg)
{
	worker *w = arg;
	pthread_barrier_wait(&start);
	for (int round = 0, n_rounds = rounds(); round < n_rounds; round++)
		for (size_t i = 0; i < N_APPS; i++) {
			gsb_decision *d = NULL;
			if (gsb_evaluate(&d, loaded, apps[i], GSB_DATE_NONE, GSB_EVAL_NO_REASONS) != GSB_OK) {
				w->failures++;
				note(w, gsb_error_last()->message);
				continue;
			}
			if (gsb_decision_granted(d) != granted_ref[i]) {
				w->mismatches++;
				note(w, "granted differs");
			}
			gsb_decision_free(d);
		}
	return NULL;
}

START_TEST(eight_threads_loaded_policy)
{
	static const char params[] =
		"<parameters xmlns=\"urn:geshibai:1\" name=\"threads\">"
		"<param name=\"award.cap\" value=\"5000000.00\" from=\"2019-01-01\" to=\"2019-12-31\"/>"
		"<param name=\"tier.cross-domain.min-devices\" value=\"100000\"/>"
		"</parameters>";
	GSB_OK_OR_FAIL(gsb_policy_load_memory(&loaded, params, sizeof params - 1, "threads"));
	for (size_t i = 0; i < N_APPS; i++) {
		gsb_decision *d = NULL;
		GSB_OK_OR_FAIL(gsb_evaluate(&d, loaded, apps[i], GSB_DATE_NONE, GSB_EVAL_NO_REASONS));
		granted_ref[i] = gsb_decision_granted(d);
		gsb_decision_free(d);
	}
	pthread_t t[THREADS];
	worker w[THREADS];
	memset(w, 0, sizeof w);
	for (int i = 0; i < THREADS; i++) {
		w[i].id = i;
		ck_assert_int_eq(pthread_create(&t[i], NULL, run_loaded, &w[i]), 0);
	}
	for (int i = 0; i < THREADS; i++)
		ck_assert_int_eq(pthread_join(t[i], NULL), 0);
	gsb_policy_free(loaded);
	loaded = NULL;
	for (int i = 0; i < THREADS; i++) {
		ck_assert_msg(w[i].failures == 0, "%d failures; first: %s", w[i].failures, w[i].first);
		ck_assert_msg(w[i].mismatches == 0, "%d differ; first: %s", w[i].mismatches, w[i].first);
	}
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("threads");
	TCase *tc = tcase_create("threads");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, eight_threads_same_decisions);
	tcase_add_test(tc, eight_threads_loaded_policy);
	suite_add_tcase(s, tc);
	return s;
}
