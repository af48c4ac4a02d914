/* Tests for lib/eligibility.c: the fifteen checks of docs/rules.md §3 and §11.1–§11.6. */
#include "rules_fixture.h"

static gsb_policy *P;
static gsb_application *A;

static void setup(void)
{
	P = fx_policy();
	A = fx_app();
}

static void teardown(void)
{
	gsb_application_free(A);
	gsb_policy_free(P);
	A = NULL;
	P = NULL;
}

/* Evaluate A as of a date and return one check's result. */
static gsb_tri result_at(const char *id, const char *as_of)
{
	gsb_decision *d = fx_eval_at(P, A, as_of);
	gsb_tri t = fx_check_result(d, id);
	gsb_decision_free(d);
	return t;
}

static gsb_tri result_of(const char *id)
{
	return result_at(id, "2019-06-14");
}

static const char *const check_ids[] = {
	"policy.in-force", "applicant.identity", "applicant.in-shandong",
	"applicant.independent-liability", "applicant.good-credit", "applicant.capable",
	"applicant.builder", "applicant.owner", "project.operating-well",
	"project.development-plan", "project.overall-strength", "project.precise-positioning",
	"project.user-base", "project.prospects", "project.demonstration-effect",
};

START_TEST(complete_application_is_eligible)
{
	gsb_decision *d = fx_eval_at(P, A, "2019-06-14");
	ck_assert_int_eq(gsb_decision_check_count(d), 15);
	for (size_t i = 0; i < 15; i++) {
		ck_assert_str_eq(gsb_decision_check_id(d, i), check_ids[i]);
		ck_assert_str_eq(gsb_decision_check_provision(d, i),
		                 i == 0 ? "notice" : i < 8 ? "3.2.1" : "3.2.2");
		ck_assert_msg(gsb_decision_check_result(d, i) == GSB_TRUE, "%s not true",
		              check_ids[i]);
	}
	ck_assert_int_eq(gsb_decision_outcome(d), GSB_OUTCOME_ELIGIBLE);
	ck_assert_int_eq(gsb_decision_missing_count(d), 0);
	ck_assert_ptr_null(gsb_decision_missing(d, 0));
	ck_assert_ptr_null(gsb_decision_check_id(d, 15));
	ck_assert_int_eq(gsb_decision_check_result(d, 15), GSB_UNKNOWN);
	gsb_decision_free(d);
}
END_TEST

START_TEST(reasons_in_both_languages)
{
	gsb_decision *d = fx_eval_at(P, A, "2019-06-14");
	ck_assert_str_eq(fx_reason(d, "policy.in-force", GSB_LANG_ZH),
	                 "评价日 2019-06-14 在 2018-12-20 至 2020-12-31 内；申报年度 2019 在 2018–2020 内");
	ck_assert_str_eq(fx_reason(d, "policy.in-force", GSB_LANG_EN),
	                 "as-of 2019-06-14 inside 2018-12-20..2020-12-31; application year 2019 "
	                 "inside 2018..2020");
	ck_assert_str_eq(fx_reason(d, "applicant.identity", GSB_LANG_ZH), "统一社会信用代码有效");
	ck_assert_str_eq(fx_reason(d, "applicant.identity", GSB_LANG_EN), "USCC valid");
	ck_assert_str_eq(fx_reason(d, "applicant.in-shandong", GSB_LANG_ZH), "登记行政区划代码 370212");
	ck_assert_str_eq(fx_reason(d, "applicant.in-shandong", GSB_LANG_EN),
	                 "registered division code 370212");
	ck_assert_str_eq(fx_reason(d, "applicant.independent-liability", GSB_LANG_ZH),
	                 "组织形式 enterprise-legal-person");
	ck_assert_str_eq(fx_reason(d, "applicant.independent-liability", GSB_LANG_EN),
	                 "legal form enterprise-legal-person");
	ck_assert_str_eq(fx_reason(d, "applicant.good-credit", GSB_LANG_ZH),
	                 "信用记录：dishonestDebtor=false、seriousDishonesty=false、majorTaxViolation=false");
	ck_assert_str_eq(fx_reason(d, "applicant.good-credit", GSB_LANG_EN),
	                 "credit record: dishonestDebtor=false, seriousDishonesty=false, "
	                 "majorTaxViolation=false");
	ck_assert_str_eq(fx_reason(d, "applicant.capable", GSB_LANG_ZH), "具有承担项目建设的相应能力：true");
	ck_assert_str_eq(fx_reason(d, "applicant.capable", GSB_LANG_EN),
	                 "capable of carrying out the project: true");
	ck_assert_str_eq(fx_reason(d, "project.development-plan", GSB_LANG_EN),
	                 "complete medium/long-term plan: true");
	ck_assert_str_eq(fx_reason(d, "project.demonstration-effect", GSB_LANG_ZH),
	                 "有良好示范带动作用：true");
	ck_assert_ptr_null(gsb_decision_check_reason(d, 0, (gsb_lang)2));
	gsb_decision_free(d);
}
END_TEST

/* policy.in-force — notice, §11.1 */
START_TEST(in_force_window)
{
	static const struct {
		const char *as_of;
		int year; /* 0: absent */
		gsb_tri want;
	} rows[] = {
		{ "2018-12-19", 2018, GSB_FALSE }, { "2018-12-20", 2018, GSB_TRUE },
		{ "2020-12-31", 2020, GSB_TRUE },  { "2021-01-01", 2020, GSB_FALSE },
		{ "2019-05-06", 2017, GSB_FALSE }, { "2019-05-06", 2018, GSB_TRUE },
		{ "2019-05-06", 2020, GSB_TRUE },  { "2019-05-06", 2021, GSB_FALSE },
		{ "2019-03-01", 0, GSB_TRUE },     { "2018-12-20", 0, GSB_TRUE },
		{ "2018-06-30", 2018, GSB_FALSE }, { "2020-12-31", 0, GSB_TRUE },
		{ "2021-01-01", 0, GSB_FALSE },
	};
	for (size_t i = 0; i < GSB_ARRAY_LEN(rows); i++) {
		A->year = rows[i].year; /* absent is only reachable directly */
		ck_assert_msg(result_at("policy.in-force", rows[i].as_of) == rows[i].want,
		              "row %zu: as-of %s year %d", i, rows[i].as_of, rows[i].year);
	}
}
END_TEST

START_TEST(in_force_reasons_when_outside)
{
	GSB_OK_OR_FAIL(gsb_application_set_year(A, 2018));
	gsb_decision *d = fx_eval_at(P, A, "2018-12-19");
	ck_assert_int_eq(fx_check_result(d, "policy.in-force"), GSB_FALSE);
	ck_assert_str_eq(fx_reason(d, "policy.in-force", GSB_LANG_ZH),
	                 "评价日 2018-12-19 不在 2018-12-20 至 2020-12-31 内；申报年度 2018 在 2018–2020 内");
	ck_assert_str_eq(fx_reason(d, "policy.in-force", GSB_LANG_EN),
	                 "as-of 2018-12-19 outside 2018-12-20..2020-12-31; application year 2018 "
	                 "inside 2018..2020");
	ck_assert_int_eq(gsb_decision_outcome(d), GSB_OUTCOME_INELIGIBLE);
	gsb_decision_free(d);
	GSB_OK_OR_FAIL(gsb_application_set_year(A, 2017));
	d = fx_eval_at(P, A, "2019-05-06");
	ck_assert_str_eq(fx_reason(d, "policy.in-force", GSB_LANG_EN),
	                 "as-of 2019-05-06 inside 2018-12-20..2020-12-31; application year 2017 "
	                 "outside 2018..2020");
	ck_assert_str_eq(fx_reason(d, "policy.in-force", GSB_LANG_ZH),
	                 "评价日 2019-05-06 在 2018-12-20 至 2020-12-31 内；申报年度 2017 不在 2018–2020 内");
	gsb_decision_free(d);
}
END_TEST

START_TEST(in_force_window_is_a_parameter)
{
	GSB_OK_OR_FAIL(gsb_application_set_year(A, 2021));
	ck_assert_int_eq(result_at("policy.in-force", "2021-06-01"), GSB_FALSE);
	GSB_OK_OR_FAIL(gsb__policy_add(P, GSB_P_POLICY_TO, "2021-12-31", GSB_DATE_NONE,
	                               GSB_DATE_NONE, "what-if"));
	ck_assert_int_eq(result_at("policy.in-force", "2021-06-01"), GSB_FALSE); /* year 2021 */
	GSB_OK_OR_FAIL(gsb__policy_add(P, GSB_P_POLICY_LAST_YEAR, "2021", GSB_DATE_NONE,
	                               GSB_DATE_NONE, "what-if"));
	ck_assert_int_eq(result_at("policy.in-force", "2021-06-01"), GSB_TRUE);
	ck_assert_int_eq(result_at("policy.in-force", "2022-01-01"), GSB_FALSE);
}
END_TEST

/* applicant.identity — 3.2.1, §2, §11.2 */
START_TEST(identity)
{
	static const struct {
		const char *uscc;
		gsb_tri want;
	} rows[] = {
		{ FX_USCC, GSB_TRUE },
		{ "91370200718018514d", GSB_TRUE },     /* lower case is upper-cased */
		{ "93370100ma1234567e", GSB_TRUE },
		{ "91370200718018514C", GSB_FALSE },    /* wrong check character */
		{ "91370200718018514", GSB_FALSE },     /* 17 characters */
		{ "91370200718018514DD", GSB_FALSE },   /* 19 */
		{ "", GSB_FALSE },                      /* empty */
		{ " 91370200718018514D", GSB_FALSE },   /* white space */
		{ "91370200718018514D ", GSB_FALSE },
		{ "９１370200718018514D", GSB_FALSE },  /* full-width digits */
		{ "91370200718018514I", GSB_FALSE },    /* I is not in the set */
		{ "O1370200718018514D", GSB_FALSE },
	};
	for (size_t i = 0; i < GSB_ARRAY_LEN(rows); i++) {
		GSB_OK_OR_FAIL(gsb_application_set_uscc(A, rows[i].uscc));
		ck_assert_msg(result_of("applicant.identity") == rows[i].want, "row %zu: '%s'", i,
		              rows[i].uscc);
	}
}
END_TEST

START_TEST(identity_reasons)
{
	GSB_OK_OR_FAIL(gsb_application_set_uscc(A, "91370200718018514C"));
	gsb_decision *d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_outcome(d), GSB_OUTCOME_INELIGIBLE);
	const char *en = fx_reason(d, "applicant.identity", GSB_LANG_EN);
	const char *zh = fx_reason(d, "applicant.identity", GSB_LANG_ZH);
	ck_assert_msg(strncmp(en, "USCC invalid (", 14) == 0, "%s", en);
	ck_assert_msg(strncmp(zh, "统一社会信用代码无效（", strlen("统一社会信用代码无效（")) == 0, "%s", zh);
	gsb_decision_free(d);

	A->uscc = (free(A->uscc), NULL); /* no setter removes a USCC */
	d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(fx_check_result(d, "applicant.identity"), GSB_UNKNOWN);
	ck_assert_str_eq(fx_reason(d, "applicant.identity", GSB_LANG_EN), "no USCC given");
	ck_assert_str_eq(fx_reason(d, "applicant.identity", GSB_LANG_ZH), "未提供统一社会信用代码");
	ck_assert_int_eq(gsb_decision_outcome(d), GSB_OUTCOME_INCOMPLETE);
	ck_assert_int_eq(gsb_decision_missing_count(d), 1);
	ck_assert_str_eq(gsb_decision_missing(d, 0), "applicant.identity");
	/* the explicit division and legal form still decide their checks */
	ck_assert_int_eq(fx_check_result(d, "applicant.in-shandong"), GSB_TRUE);
	ck_assert_int_eq(fx_check_result(d, "applicant.independent-liability"), GSB_TRUE);
	gsb_decision_free(d);
}
END_TEST

/* applicant.in-shandong — 3.2.1, Reading — division, §11.3 */
START_TEST(in_shandong)
{
	static const struct {
		const char *division; /* NULL: none */
		const char *uscc;     /* NULL: none */
		gsb_tri want;
	} rows[] = {
		{ "370212", FX_USCC, GSB_TRUE },
		{ "371202", FX_USCC, GSB_TRUE },              /* 莱芜 */
		{ "110101", FX_USCC, GSB_FALSE },             /* explicit wins over 37 in the USCC */
		{ "370102", FX_USCC_91_BEIJING, GSB_TRUE },   /* and over 11 */
		{ "370102", "91370200718018514C", GSB_TRUE }, /* invalid USCC does not matter */
		{ "370102", NULL, GSB_TRUE },
		{ "320100", NULL, GSB_FALSE },
		{ "373000", NULL, GSB_TRUE },                 /* first two characters only */
		{ "730000", NULL, GSB_FALSE },
		{ NULL, FX_USCC, GSB_TRUE },                  /* USCC positions 3-8 */
		{ NULL, FX_USCC_91_BEIJING, GSB_FALSE },
		{ NULL, FX_USCC_91_JIANGSU, GSB_FALSE },
		{ NULL, FX_USCC_LETTER_DIVISION, GSB_FALSE }, /* not six digits */
		{ NULL, "91370200718018514C", GSB_UNKNOWN },  /* no valid USCC */
		{ NULL, NULL, GSB_UNKNOWN },
	};
	for (size_t i = 0; i < GSB_ARRAY_LEN(rows); i++) {
		A->division[0] = '\0';
		if (rows[i].division)
			GSB_OK_OR_FAIL(gsb_application_set_division(A, rows[i].division));
		free(A->uscc);
		A->uscc = NULL;
		if (rows[i].uscc)
			GSB_OK_OR_FAIL(gsb_application_set_uscc(A, rows[i].uscc));
		ck_assert_msg(result_of("applicant.in-shandong") == rows[i].want, "row %zu", i);
	}
}
END_TEST

START_TEST(in_shandong_reasons)
{
	A->division[0] = '\0';
	GSB_OK_OR_FAIL(gsb_application_set_uscc(A, "91371202MA12345673"));
	gsb_decision *d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(fx_check_result(d, "applicant.in-shandong"), GSB_TRUE);
	ck_assert_str_eq(fx_reason(d, "applicant.in-shandong", GSB_LANG_ZH),
	                 "未提供登记行政区划代码，按统一社会信用代码第3–8位（赋码时）371202");
	ck_assert_str_eq(fx_reason(d, "applicant.in-shandong", GSB_LANG_EN),
	                 "no division given; USCC positions 3-8 (division at issue) 371202");
	gsb_decision_free(d);
	GSB_OK_OR_FAIL(gsb_application_set_uscc(A, "91371202MA12345674"));
	d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(fx_check_result(d, "applicant.in-shandong"), GSB_UNKNOWN);
	ck_assert_str_eq(fx_reason(d, "applicant.in-shandong", GSB_LANG_ZH),
	                 "未提供行政区划代码且无有效统一社会信用代码");
	ck_assert_str_eq(fx_reason(d, "applicant.in-shandong", GSB_LANG_EN),
	                 "no division and no valid USCC");
	/* invalid identity is false: the outcome is ineligible, not incomplete */
	ck_assert_int_eq(gsb_decision_outcome(d), GSB_OUTCOME_INELIGIBLE);
	ck_assert_int_eq(gsb_decision_missing_count(d), 0);
	gsb_decision_free(d);
}
END_TEST

/* applicant.independent-liability — 3.2.1, every legal form of §1 */
START_TEST(legal_forms)
{
	static const struct {
		gsb_legal_form form;
		const char *name;
		gsb_tri want;
	} rows[] = {
		{ GSB_LEGAL_ENTERPRISE_LEGAL_PERSON, "enterprise-legal-person", GSB_TRUE },
		{ GSB_LEGAL_PUBLIC_INSTITUTION, "public-institution", GSB_TRUE },
		{ GSB_LEGAL_SOCIAL_ORGANISATION, "social-organisation", GSB_TRUE },
		{ GSB_LEGAL_STATE_ORGAN, "state-organ", GSB_TRUE },
		{ GSB_LEGAL_COOPERATIVE, "cooperative", GSB_TRUE },
		{ GSB_LEGAL_BRANCH, "branch", GSB_FALSE },
		{ GSB_LEGAL_PARTNERSHIP, "partnership", GSB_FALSE },
		{ GSB_LEGAL_SOLE_PROPRIETORSHIP, "sole-proprietorship", GSB_FALSE },
		{ GSB_LEGAL_INDIVIDUAL_BUSINESS, "individual-business", GSB_FALSE },
	};
	for (size_t i = 0; i < GSB_ARRAY_LEN(rows); i++) {
		GSB_OK_OR_FAIL(gsb_application_set_legal_form(A, rows[i].form));
		gsb_decision *d = fx_eval_at(P, A, NULL);
		ck_assert_msg(fx_check_result(d, "applicant.independent-liability") == rows[i].want,
		              "%s", rows[i].name);
		char want[80];
		snprintf(want, sizeof want, "legal form %s", rows[i].name);
		ck_assert_str_eq(fx_reason(d, "applicant.independent-liability", GSB_LANG_EN), want);
		ck_assert_int_eq(gsb_decision_outcome(d), rows[i].want == GSB_TRUE
		                                                 ? GSB_OUTCOME_ELIGIBLE
		                                                 : GSB_OUTCOME_INELIGIBLE);
		gsb_decision_free(d);
	}
}
END_TEST

/* Reading — legal form from the USCC; §11.4 an explicit form decides. */
START_TEST(legal_form_from_uscc)
{
	static const struct {
		gsb_legal_form form;
		const char *uscc; /* NULL: none */
		gsb_tri want;
	} rows[] = {
		{ GSB_LEGAL_FORM_NONE, FX_USCC_11, GSB_TRUE },
		{ GSB_LEGAL_FORM_NONE, FX_USCC_12, GSB_TRUE },
		{ GSB_LEGAL_FORM_NONE, FX_USCC_51, GSB_TRUE },
		{ GSB_LEGAL_FORM_NONE, FX_USCC_53, GSB_TRUE },
		{ GSB_LEGAL_FORM_NONE, FX_USCC_93, GSB_TRUE },
		{ GSB_LEGAL_FORM_NONE, "93370100ma1234567e", GSB_TRUE },
		{ GSB_LEGAL_FORM_NONE, FX_USCC_92, GSB_FALSE },
		{ GSB_LEGAL_FORM_NONE, FX_USCC, GSB_UNKNOWN },          /* 91 企业 */
		{ GSB_LEGAL_FORM_NONE, FX_USCC_Y1, GSB_UNKNOWN },
		{ GSB_LEGAL_FORM_NONE, "11370100MB1234567X", GSB_UNKNOWN }, /* invalid */
		{ GSB_LEGAL_FORM_NONE, NULL, GSB_UNKNOWN },
		{ GSB_LEGAL_ENTERPRISE_LEGAL_PERSON, FX_USCC_92, GSB_TRUE },
		{ GSB_LEGAL_BRANCH, FX_USCC_11, GSB_FALSE },
		{ GSB_LEGAL_INDIVIDUAL_BUSINESS, FX_USCC_93, GSB_FALSE },
	};
	for (size_t i = 0; i < GSB_ARRAY_LEN(rows); i++) {
		GSB_OK_OR_FAIL(gsb_application_set_legal_form(A, rows[i].form));
		free(A->uscc);
		A->uscc = NULL;
		if (rows[i].uscc)
			GSB_OK_OR_FAIL(gsb_application_set_uscc(A, rows[i].uscc));
		ck_assert_msg(result_of("applicant.independent-liability") == rows[i].want, "row %zu",
		              i);
	}
}
END_TEST

START_TEST(legal_form_reasons)
{
	GSB_OK_OR_FAIL(gsb_application_set_legal_form(A, GSB_LEGAL_FORM_NONE));
	GSB_OK_OR_FAIL(gsb_application_set_uscc(A, FX_USCC_11));
	gsb_decision *d = fx_eval_at(P, A, NULL);
	ck_assert_str_eq(fx_reason(d, "applicant.independent-liability", GSB_LANG_ZH),
	                 "未提供组织形式；统一社会信用代码前两位 11（机关）为法人");
	ck_assert_str_eq(fx_reason(d, "applicant.independent-liability", GSB_LANG_EN),
	                 "no legal form; USCC positions 1-2 11 denote a legal person");
	gsb_decision_free(d);
	GSB_OK_OR_FAIL(gsb_application_set_uscc(A, FX_USCC));
	d = fx_eval_at(P, A, NULL);
	ck_assert_str_eq(fx_reason(d, "applicant.independent-liability", GSB_LANG_ZH),
	                 "未提供组织形式，统一社会信用代码不能确定");
	ck_assert_str_eq(fx_reason(d, "applicant.independent-liability", GSB_LANG_EN),
	                 "no legal form and the USCC does not tell");
	ck_assert_int_eq(gsb_decision_outcome(d), GSB_OUTCOME_INCOMPLETE);
	ck_assert_str_eq(gsb_decision_missing(d, 0), "applicant.independent-liability");
	gsb_decision_free(d);
}
END_TEST

/* applicant.good-credit — 3.2.1: all 27 combinations of the three facts. */
START_TEST(good_credit)
{
	static const gsb_tri values[] = { GSB_FALSE, GSB_UNKNOWN, GSB_TRUE };
	for (int a = 0; a < 3; a++)
		for (int b = 0; b < 3; b++)
			for (int c = 0; c < 3; c++) {
				gsb_tri x = values[a], y = values[b], z = values[c];
				GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_DISHONEST_DEBTOR, x));
				GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_SERIOUS_DISHONESTY, y));
				GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_MAJOR_TAX_VIOLATION, z));
				gsb_tri want = x == GSB_TRUE || y == GSB_TRUE || z == GSB_TRUE ? GSB_FALSE
				               : x == GSB_FALSE && y == GSB_FALSE && z == GSB_FALSE
				                       ? GSB_TRUE
				                       : GSB_UNKNOWN;
				ck_assert_msg(result_of("applicant.good-credit") == want, "%d %d %d", x, y,
				              z);
			}
	GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_DISHONEST_DEBTOR, GSB_UNKNOWN));
	GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_SERIOUS_DISHONESTY, GSB_FALSE));
	GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_MAJOR_TAX_VIOLATION, GSB_TRUE));
	gsb_decision *d = fx_eval_at(P, A, NULL);
	ck_assert_str_eq(fx_reason(d, "applicant.good-credit", GSB_LANG_EN),
	                 "credit record: dishonestDebtor=unknown, seriousDishonesty=false, "
	                 "majorTaxViolation=true");
	ck_assert_str_eq(fx_reason(d, "applicant.good-credit", GSB_LANG_ZH),
	                 "信用记录：dishonestDebtor=unknown、seriousDishonesty=false、majorTaxViolation=true");
	ck_assert_int_eq(gsb_decision_outcome(d), GSB_OUTCOME_INELIGIBLE);
	gsb_decision_free(d);
}
END_TEST

/* The ten checks that are one fact each: true, false and absent. */
START_TEST(single_fact_checks)
{
	static const struct {
		gsb_fact fact;
		const char *id;
		const char *en; /* reason prefix */
	} rows[] = {
		{ GSB_FACT_CAPABLE, "applicant.capable", "capable of carrying out the project" },
		{ GSB_FACT_BUILDER, "applicant.builder", "builder of the platform" },
		{ GSB_FACT_OWNER, "applicant.owner", "owner of the property rights" },
		{ GSB_FACT_OPERATING_WELL, "project.operating-well", "operating well" },
		{ GSB_FACT_DEVELOPMENT_PLAN, "project.development-plan",
		  "complete medium/long-term plan" },
		{ GSB_FACT_OVERALL_STRENGTH, "project.overall-strength", "overall strength" },
		{ GSB_FACT_PRECISE_POSITIONING, "project.precise-positioning", "precise positioning" },
		{ GSB_FACT_USER_BASE, "project.user-base", "user base" },
		{ GSB_FACT_PROSPECTS, "project.prospects", "development prospects" },
		{ GSB_FACT_DEMONSTRATION_EFFECT, "project.demonstration-effect",
		  "demonstration effect" },
	};
	static const gsb_tri values[] = { GSB_TRUE, GSB_FALSE, GSB_UNKNOWN };
	static const gsb_outcome outcomes[] = { GSB_OUTCOME_ELIGIBLE, GSB_OUTCOME_INELIGIBLE,
		GSB_OUTCOME_INCOMPLETE };
	for (size_t i = 0; i < GSB_ARRAY_LEN(rows); i++) {
		for (int v = 0; v < 3; v++) {
			GSB_OK_OR_FAIL(gsb_application_set_fact(A, rows[i].fact, values[v]));
			gsb_decision *d = fx_eval_at(P, A, NULL);
			ck_assert_msg(fx_check_result(d, rows[i].id) == values[v], "%s", rows[i].id);
			ck_assert_int_eq(gsb_decision_outcome(d), outcomes[v]);
			char want[96];
			snprintf(want, sizeof want, "%s: %s", rows[i].en, gsb_tri_name(values[v]));
			ck_assert_str_eq(fx_reason(d, rows[i].id, GSB_LANG_EN), want);
			ck_assert_int_eq(gsb_decision_missing_count(d), values[v] == GSB_UNKNOWN);
			if (values[v] == GSB_UNKNOWN)
				ck_assert_str_eq(gsb_decision_missing(d, 0), rows[i].id);
			gsb_decision_free(d);
		}
		GSB_OK_OR_FAIL(gsb_application_set_fact(A, rows[i].fact, GSB_TRUE));
	}
}
END_TEST

/* project.operating-well — §11.6 */
START_TEST(operating_since)
{
	GSB_OK_OR_FAIL(gsb_application_set_operating_since(A, fx_date("2019-05-02")));
	ck_assert_int_eq(result_at("project.operating-well", "2019-05-01"), GSB_FALSE);
	ck_assert_int_eq(result_at("project.operating-well", "2019-05-02"), GSB_TRUE);
	ck_assert_int_eq(result_at("project.operating-well", "2019-05-03"), GSB_TRUE);
	GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_OPERATING_WELL, GSB_UNKNOWN));
	ck_assert_int_eq(result_at("project.operating-well", "2019-05-01"), GSB_FALSE);
	ck_assert_int_eq(result_at("project.operating-well", "2019-05-02"), GSB_UNKNOWN);
	GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_OPERATING_WELL, GSB_FALSE));
	ck_assert_int_eq(result_at("project.operating-well", "2019-05-03"), GSB_FALSE);
	A->operating_since = GSB_DATE_NONE;
	GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_OPERATING_WELL, GSB_TRUE));
	ck_assert_int_eq(result_at("project.operating-well", "2019-05-01"), GSB_TRUE);

	GSB_OK_OR_FAIL(gsb_application_set_operating_since(A, fx_date("2019-05-02")));
	gsb_decision *d = fx_eval_at(P, A, "2019-05-01");
	ck_assert_str_eq(fx_reason(d, "project.operating-well", GSB_LANG_ZH),
	                 "运营开始日 2019-05-02 晚于评价日 2019-05-01");
	ck_assert_str_eq(fx_reason(d, "project.operating-well", GSB_LANG_EN),
	                 "operating since 2019-05-02, after the as-of date 2019-05-01");
	gsb_decision_free(d);
}
END_TEST

/* §3 outcome and §11.5 missing. */
START_TEST(outcome_and_missing)
{
	GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_PROSPECTS, GSB_UNKNOWN));
	GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_CAPABLE, GSB_UNKNOWN));
	GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_MAJOR_TAX_VIOLATION, GSB_UNKNOWN));
	gsb_decision *d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_outcome(d), GSB_OUTCOME_INCOMPLETE);
	ck_assert_int_eq(gsb_decision_missing_count(d), 3);
	ck_assert_str_eq(gsb_decision_missing(d, 0), "applicant.good-credit");
	ck_assert_str_eq(gsb_decision_missing(d, 1), "applicant.capable");
	ck_assert_str_eq(gsb_decision_missing(d, 2), "project.prospects");
	ck_assert_ptr_null(gsb_decision_missing(d, 3));
	gsb_decision_free(d);

	/* one false makes it ineligible; then no missing list at all */
	GSB_OK_OR_FAIL(gsb_application_set_fact(A, GSB_FACT_OWNER, GSB_FALSE));
	d = fx_eval_at(P, A, NULL);
	ck_assert_int_eq(gsb_decision_outcome(d), GSB_OUTCOME_INELIGIBLE);
	ck_assert_int_eq(gsb_decision_missing_count(d), 0);
	ck_assert_ptr_null(gsb_decision_missing(d, 0));
	ck_assert_int_eq(fx_check_result(d, "applicant.capable"), GSB_UNKNOWN);
	gsb_decision_free(d);
}
END_TEST

START_TEST(empty_application_is_incomplete)
{
	gsb_application *e;
	GSB_OK_OR_FAIL(gsb_application_new(&e));
	gsb_decision *d = fx_eval_at(P, e, "2019-06-14");
	ck_assert_int_eq(gsb_decision_outcome(d), GSB_OUTCOME_INCOMPLETE);
	ck_assert_int_eq(fx_check_result(d, "policy.in-force"), GSB_TRUE);
	ck_assert_int_eq(gsb_decision_missing_count(d), 14);
	for (size_t i = 0; i < 14; i++)
		ck_assert_str_eq(gsb_decision_missing(d, i), check_ids[i + 1]);
	gsb_decision_free(d);
	gsb_application_free(e);
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("eligibility");
	TCase *tc = tcase_create("eligibility");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, complete_application_is_eligible);
	tcase_add_test(tc, reasons_in_both_languages);
	tcase_add_test(tc, in_force_window);
	tcase_add_test(tc, in_force_reasons_when_outside);
	tcase_add_test(tc, in_force_window_is_a_parameter);
	tcase_add_test(tc, identity);
	tcase_add_test(tc, identity_reasons);
	tcase_add_test(tc, in_shandong);
	tcase_add_test(tc, in_shandong_reasons);
	tcase_add_test(tc, legal_forms);
	tcase_add_test(tc, legal_form_from_uscc);
	tcase_add_test(tc, legal_form_reasons);
	tcase_add_test(tc, good_credit);
	tcase_add_test(tc, single_fact_checks);
	tcase_add_test(tc, operating_since);
	tcase_add_test(tc, outcome_and_missing);
	tcase_add_test(tc, empty_application_is_incomplete);
	suite_add_tcase(s, tc);
	return s;
}
