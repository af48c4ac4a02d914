/* Tests of the C API's contracts (issue 13 item 7): dates inside the
 * documented range 0001-01-01..9999-12-31 only, strings without characters
 * XML cannot carry or terminals obey, every *_label NULL for a bad language,
 * an amount past 64-bit fen GSB_EOVERFLOW wherever it is read. */
#include <stdio.h>
#include <string.h>
#include "runner.h"

/* The ends of the range, and just outside them. */
START_TEST(date_range_constants)
{
	ck_assert_int_eq(GSB_DATE_MIN, gsb_date_from_ymd(1, 1, 1));
	ck_assert_int_eq(GSB_DATE_MAX, gsb_date_from_ymd(9999, 12, 31));
	char buf[11];
	ck_assert_str_eq(gsb_date_format(GSB_DATE_MIN, buf), "0001-01-01");
	ck_assert_str_eq(gsb_date_format(GSB_DATE_MAX, buf), "9999-12-31");
	/* a far date never prints as a wrong year ("1580-07-11") */
	ck_assert_str_eq(gsb_date_format(GSB_DATE_MAX + 1, buf), "");
	ck_assert_str_eq(gsb_date_format(GSB_DATE_MIN - 1, buf), "");
	ck_assert_str_eq(gsb_date_format(INT32_MAX, buf), "");
}
END_TEST

static const gsb_date far[] = { GSB_DATE_MIN - 1, GSB_DATE_MAX + 1, INT32_MAX, INT32_MIN + 1,
	                        -1826212500 /* about year -5,000,000 */ };

/* Loop test over far: every date setter and as-of argument refuses it. */
START_TEST(date_setters_refuse_far_dates)
{
	gsb_date d = far[_i], ok = gsb_date_from_ymd(2019, 6, 14);
	gsb_application *a;
	GSB_OK_OR_FAIL(gsb_application_new(&a));
	ck_assert_int_eq(gsb_application_set_submitted(a, d), GSB_EINVAL);
	ck_assert_int_eq(gsb_application_set_operating_since(a, d), GSB_EINVAL);
	ck_assert_int_eq(gsb_application_add_loan(a, 100000, "4.35", d, ok, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_application_add_loan(a, 100000, "4.35", ok, d, NULL), GSB_EINVAL);
	GSB_OK_OR_FAIL(gsb_application_add_loan(a, 100000, "4.35", ok, ok + 365, NULL));
	gsb_policy *p;
	GSB_OK_OR_FAIL(gsb_policy_new(&p));
	gsb_decision *dec = NULL;
	ck_assert_int_eq(gsb_evaluate(&dec, p, a, d, 0), GSB_EINVAL);
	ck_assert_ptr_null(dec);
	ck_assert_ptr_nonnull(strstr(gsb_error_last()->message, "0001-01-01..9999-12-31"));
	gsb_programme *prog = NULL;
	ck_assert_int_eq(gsb_programme_new(&prog, p, d), GSB_EINVAL);
	gsb_ledger *l;
	GSB_OK_OR_FAIL(gsb_ledger_new(&l));
	ck_assert_int_eq(gsb_ledger_set_as_of(l, d), GSB_EINVAL);
	ck_assert_int_eq(gsb_ledger_set_award(l, 100, d, GSB_UNKNOWN), GSB_EINVAL);
	ck_assert_int_eq(gsb_ledger_add_transfer(l, "t1", "province", "recipient", 100, d),
	                 GSB_EINVAL);
	ck_assert_int_eq(gsb_ledger_add_expense(l, "e1", d, 100, "equipment", "INV-1", "x"),
	                 GSB_EINVAL);
	gsb_audit *au = NULL;
	ck_assert_int_eq(gsb_audit_run(&au, p, l, d), GSB_EINVAL);
	gsb_review *r = NULL;
	ck_assert_int_eq(gsb_review_new(&r, "A-1", d), GSB_EINVAL);
	gsb_ledger_free(l);
	gsb_policy_free(p);
	gsb_application_free(a);
}
END_TEST

/* Strings: what XML 1.0 cannot carry and what a terminal obeys. */
static const char *const bad_text[] = {
	"a\x01" "b",       /* C0 control */
	"\x1b[31mred",     /* ESC: a terminal escape */
	"a\x7f",           /* DEL */
	"a\xc2\x9b" "31m", /* U+009B CSI, a C1 control */
	"a\xc2\x85",       /* U+0085 NEL */
	"a\xef\xbf\xbe",   /* U+FFFE */
	"a\xef\xbf\xbf",   /* U+FFFF */
	"a\xc3\x28",       /* invalid UTF-8 */
};

/* Loop test over bad_text: every string setter refuses it. */
START_TEST(string_setters_refuse_control_characters)
{
	const char *t = bad_text[_i];
	gsb_application *a;
	GSB_OK_OR_FAIL(gsb_application_new(&a));
	ck_assert_int_eq(gsb_application_set_id(a, t), GSB_EINVAL);
	ck_assert_int_eq(gsb_application_set_name(a, t), GSB_EINVAL);
	ck_assert_int_eq(gsb_application_set_uscc(a, t), GSB_EINVAL);
	ck_assert_int_eq(gsb_application_set_platform_name(a, t), GSB_EINVAL);
	ck_assert_int_eq(gsb_application_add_item(a, GSB_LIST_INDUSTRIES, t), GSB_EINVAL);
	ck_assert_int_eq(gsb_application_add_listing(a, GSB_LISTING_NATIONAL_PLATFORM, 2019, t),
	                 GSB_EINVAL);
	ck_assert_int_eq(gsb_application_add_local(a, 100, t), GSB_EINVAL);
	gsb_ledger *l;
	GSB_OK_OR_FAIL(gsb_ledger_new(&l));
	gsb_date d = gsb_date_from_ymd(2019, 6, 14);
	ck_assert_int_eq(gsb_ledger_add_transfer(l, t, "province", "recipient", 100, d), GSB_EINVAL);
	ck_assert_int_eq(gsb_ledger_add_expense(l, "e1", d, 100, "equipment", t, "x"), GSB_EINVAL);
	gsb_review *r = NULL;
	ck_assert_int_eq(gsb_review_new(&r, t, d), GSB_EINVAL);
	GSB_OK_OR_FAIL(gsb_review_new(&r, "A-1", d));
	gsb_policy *p;
	GSB_OK_OR_FAIL(gsb_policy_new(&p));
	ck_assert_int_eq(gsb_review_advance(r, p, GSB_REVIEW_CITY_RECOMMENDED, d, t), GSB_EINVAL);
	ck_assert_uint_eq(gsb_review_history_count(r), 1);
	gsb_review_free(r);
	gsb_policy_free(p);
	gsb_ledger_free(l);
	gsb_application_free(a);
}
END_TEST

/* TAB, LF and CR and every other character stay allowed. */
START_TEST(ordinary_text_accepted)
{
	gsb_application *a;
	GSB_OK_OR_FAIL(gsb_application_new(&a));
	GSB_OK_OR_FAIL(gsb_application_set_name(a, "青岛\t某某\r\n工业互联网 \xc2\xa0 \xc2\xa9 \xef\xbf\xbd"));
	GSB_OK_OR_FAIL(gsb_application_set_platform_name(a, "\xf0\x9f\x8f\xad platform"));
	gsb_application_free(a);
}
END_TEST

/* Every *_label: NULL for a language that is neither zh nor en. */
START_TEST(labels_refuse_a_bad_language)
{
	for (int k = 0; k < 2; k++) {
		gsb_lang bad = (gsb_lang)(k == 0 ? 2 : -1);
		ck_assert_ptr_null(gsb_misuse_label(GSB_MISUSE_FALSIFICATION, bad));
		ck_assert_ptr_null(gsb_kpi_label(GSB_KPI_OPERATING_COST, bad));
		ck_assert_ptr_null(gsb_outcome_label(GSB_OUTCOME_ELIGIBLE, bad));
		ck_assert_ptr_null(gsb_instrument_label(GSB_INSTRUMENT_AWARD, bad));
		ck_assert_ptr_null(gsb_city_label("3702", bad));
		ck_assert_ptr_null(gsb_review_state_label(GSB_REVIEW_SUBMITTED, bad));
		ck_assert_ptr_null(gsb_industry_label(GSB_INDUSTRY_NEW_GENERATION_IT, bad));
		ck_assert_ptr_null(gsb_legal_form_label(GSB_LEGAL_ENTERPRISE_LEGAL_PERSON, bad));
		ck_assert_ptr_null(gsb_listing_kind_label(GSB_LISTING_NATIONAL_PLATFORM, bad));
		ck_assert_ptr_null(gsb_tier_label(GSB_TIER_ENTERPRISE, bad));
		ck_assert_ptr_null(gsb_list_code_label(GSB_LIST_INDUSTRIES, 0, bad));
		ck_assert_ptr_null(gsb_uscc_category_label("91", bad));
	}
	/* and the good languages still give labels */
	ck_assert_ptr_nonnull(gsb_misuse_label(GSB_MISUSE_FALSIFICATION, GSB_LANG_EN));
	ck_assert_ptr_nonnull(gsb_city_label("3702", GSB_LANG_ZH));
}
END_TEST

/* An amount past 64-bit fen: GSB_EOVERFLOW from the parser and from every
 * reader (not GSB_EINPUT or GSB_ESCHEMA). */
START_TEST(amount_past_64_bit_fen_is_overflow)
{
	gsb_fen fen;
	ck_assert_int_eq(gsb_fen_parse(&fen, "92233720368547758.08"), GSB_EOVERFLOW);
	/* the Jinan example with its award past the limit */
	char app[8192];
	FILE *f = fopen(gsb_test_path("examples/jinan-comprehensive.xml"), "r");
	ck_assert_ptr_nonnull(f);
	size_t n = fread(app, 1, sizeof app - 1, f);
	fclose(f);
	app[n] = '\0';
	char *at = strstr(app, "<award amount=\"8000000.00\"");
	ck_assert_ptr_nonnull(at);
	char big[8300];
	snprintf(big, sizeof big, "%.*s<award amount=\"92233720368547758.08\"%s", (int)(at - app), app,
	         at + strlen("<award amount=\"8000000.00\""));
	gsb_application *a = NULL;
	ck_assert_int_eq(gsb_application_read_memory(&a, big, strlen(big), "big.xml"),
	                 GSB_EOVERFLOW);
	ck_assert_ptr_null(a);
	static const char ledger[] =
		"<ledger xmlns=\"urn:geshibai:1\" application=\"BIG\">"
		"<award amount=\"92233720368547758.08\" approved=\"2019-07-01\"/></ledger>";
	gsb_ledger *l = NULL;
	ck_assert_int_eq(gsb_ledger_read_memory(&l, ledger, sizeof ledger - 1, "big.xml"),
	                 GSB_EOVERFLOW);
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("contracts");
	TCase *tc = tcase_create("contracts");
	tcase_add_test(tc, date_range_constants);
	tcase_add_loop_test(tc, date_setters_refuse_far_dates, 0, (int)(sizeof far / sizeof far[0]));
	tcase_add_loop_test(tc, string_setters_refuse_control_characters, 0,
	                    (int)(sizeof bad_text / sizeof bad_text[0]));
	tcase_add_test(tc, ordinary_text_accepted);
	tcase_add_test(tc, labels_refuse_a_bad_language);
	tcase_add_test(tc, amount_past_64_bit_fen_is_overflow);
	suite_add_tcase(s, tc);
	return s;
}
