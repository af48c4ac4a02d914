/* Tests for lib/taxonomy.c: the vocabularies of docs/rules.md §1 and their lookup. */
#include <stdlib.h>
#include <string.h>
#include "runner.h"
#include "internal.h"

/* Look a name up; check the industry and the normalised form. */
static void expect_industry(const char *name, gsb_industry want, const char *normalised)
{
	gsb_industry got = (gsb_industry)99;
	char *norm = NULL;
	int rc = gsb_industry_lookup(&got, &norm, name);
	ck_assert_msg(rc == GSB_OK, "lookup(%s) = %d: %s", name, rc, gsb_error_last()->message);
	ck_assert_msg(got == want, "lookup(%s) = %d, want %d", name, (int)got, (int)want);
	ck_assert_msg(strcmp(norm, normalised) == 0, "lookup(%s) normalised \"%s\", want \"%s\"",
	              name, norm, normalised);
	gsb_free(norm);
}

/* The precomputed keys: every code, Chinese name, English label and alias,
 * as written, normalises to a key of its own industry. */
START_TEST(industry_keys_match_sources)
{
	size_t names = 0;
	for (int i = 0; i < GSB_INDUSTRY_COUNT; i++) {
		const char *code = gsb_industry_name((gsb_industry)i);
		ck_assert_ptr_nonnull(code);
		expect_industry(code, (gsb_industry)i, code);
		expect_industry(gsb_industry_label((gsb_industry)i, GSB_LANG_ZH), (gsb_industry)i, code);
		expect_industry(gsb_industry_label((gsb_industry)i, GSB_LANG_EN), (gsb_industry)i, code);
		names += 3;
		for (size_t a = 0; gsb_industry_alias((gsb_industry)i, a); a++, names++)
			expect_industry(gsb_industry_alias((gsb_industry)i, a), (gsb_industry)i, code);
	}
	ck_assert_uint_eq(names, 40);
}
END_TEST

/* docs/rules.md §1 table, exactly. */
START_TEST(industry_table)
{
	static const char *const rows[GSB_INDUSTRY_COUNT][3] = {
		{ "new-generation-it", "新一代信息技术", "New-generation information technology" },
		{ "high-end-equipment", "高端装备", "High-end equipment" },
		{ "new-energy-materials", "新能源新材料", "New energy and new materials" },
		{ "smart-ocean", "智慧海洋", "Smart ocean" },
		{ "health-care", "医养健康", "Medical care and health" },
		{ "green-chemicals", "绿色化工", "Green chemicals" },
		{ "modern-agriculture", "现代高效农业", "Modern high-efficiency agriculture" },
		{ "cultural-creative", "文化创意", "Cultural and creative industries" },
		{ "quality-tourism", "精品旅游", "Quality tourism" },
		{ "modern-finance", "现代金融", "Modern finance" },
	};
	for (int i = 0; i < GSB_INDUSTRY_COUNT; i++) {
		ck_assert_str_eq(gsb_industry_name((gsb_industry)i), rows[i][0]);
		ck_assert_str_eq(gsb_industry_label((gsb_industry)i, GSB_LANG_ZH), rows[i][1]);
		ck_assert_str_eq(gsb_industry_label((gsb_industry)i, GSB_LANG_EN), rows[i][2]);
	}
	ck_assert_str_eq(gsb_industry_alias(GSB_INDUSTRY_SMART_OCEAN, 0), "现代海洋");
	ck_assert_str_eq(gsb_industry_alias(GSB_INDUSTRY_MODERN_FINANCE, 0), "现代金融服务");
	ck_assert_ptr_null(gsb_industry_alias(GSB_INDUSTRY_GREEN_CHEMICALS, 0));
	ck_assert_ptr_null(gsb_industry_alias(GSB_INDUSTRY_SMART_OCEAN, 3));
	ck_assert_ptr_null(gsb_industry_alias(GSB_INDUSTRY_SMART_OCEAN, 1000));
	ck_assert_ptr_null(gsb_industry_alias(GSB_INDUSTRY_COUNT, 0));
	ck_assert_str_eq(gsb_industry_name(GSB_INDUSTRY_OTHER), "other");
	ck_assert_ptr_null(gsb_industry_name(GSB_INDUSTRY_COUNT));
	ck_assert_ptr_null(gsb_industry_label(GSB_INDUSTRY_COUNT, GSB_LANG_ZH));
	ck_assert_ptr_null(gsb_industry_label(GSB_INDUSTRY_HEALTH_CARE, (gsb_lang)5));
}
END_TEST

START_TEST(industry_forms)
{
	expect_industry("醫養健康", GSB_INDUSTRY_HEALTH_CARE, "health-care");
	expect_industry("醫　養　健　康", GSB_INDUSTRY_HEALTH_CARE, "health-care");
	expect_industry("ＨＥＡＬＴＨ－ＣＡＲＥ", GSB_INDUSTRY_HEALTH_CARE, "health-care");
	expect_industry("  Health Care ", GSB_INDUSTRY_HEALTH_CARE, "health-care");
	expect_industry("MEDICAL CARE AND HEALTH", GSB_INDUSTRY_HEALTH_CARE, "health-care");
	expect_industry("现代海洋", GSB_INDUSTRY_SMART_OCEAN, "smart-ocean");
	expect_industry("現代海洋", GSB_INDUSTRY_SMART_OCEAN, "smart-ocean");
	expect_industry("Modern Marine", GSB_INDUSTRY_SMART_OCEAN, "smart-ocean");
	expect_industry("modern\u3000marine", GSB_INDUSTRY_SMART_OCEAN, "smart-ocean");
	expect_industry("New-Generation-IT", GSB_INDUSTRY_NEW_GENERATION_IT, "new-generation-it");
	expect_industry("新一代資訊技術", GSB_INDUSTRY_OTHER, "新一代资讯技术");
	expect_industry("新一代信息技術", GSB_INDUSTRY_NEW_GENERATION_IT, "new-generation-it");
	expect_industry("现代金融服务", GSB_INDUSTRY_MODERN_FINANCE, "modern-finance");
	expect_industry("精品　旅遊", GSB_INDUSTRY_QUALITY_TOURISM, "quality-tourism");
	/* not one of the ten: kept normalised and lower-cased */
	expect_industry("Textile Machinery", GSB_INDUSTRY_OTHER, "textilemachinery");
	expect_industry("紡織 ＡＢＣ", GSB_INDUSTRY_OTHER, "纺织abc");
	expect_industry("health", GSB_INDUSTRY_OTHER, "health");
	expect_industry("", GSB_INDUSTRY_OTHER, "");
}
END_TEST

START_TEST(industry_lookup_args)
{
	gsb_industry ind = GSB_INDUSTRY_COUNT;
	GSB_OK_OR_FAIL(gsb_industry_lookup(&ind, NULL, "绿色化工"));
	ck_assert_int_eq(ind, GSB_INDUSTRY_GREEN_CHEMICALS);
	GSB_OK_OR_FAIL(gsb_industry_lookup(&ind, NULL, "unknown"));
	ck_assert_int_eq(ind, GSB_INDUSTRY_OTHER);
	char *norm = NULL;
	ck_assert_int_eq(gsb_industry_lookup(NULL, &norm, "x"), GSB_EINVAL);
	ck_assert_int_eq(gsb_industry_lookup(&ind, &norm, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_industry_lookup(&ind, &norm, "\xc3"), GSB_EINVAL);
	ck_assert_ptr_null(norm);
}
END_TEST

static void expect_term(int (*lookup)(char **, const char *), const char *name, const char *want)
{
	char *out = NULL;
	GSB_OK_OR_FAIL(lookup(&out, name));
	ck_assert_msg(strcmp(out, want) == 0, "lookup(%s) = \"%s\", want \"%s\"", name, out, want);
	gsb_free(out);
}

START_TEST(clusters_and_scenarios)
{
	expect_term(gsb_cluster_lookup, "纺织", "textiles");
	expect_term(gsb_cluster_lookup, "紡 織", "textiles");
	expect_term(gsb_cluster_lookup, "TEXTILES", "textiles");
	expect_term(gsb_cluster_lookup, "机床", "machine-tools");
	expect_term(gsb_cluster_lookup, "石化", "petrochemicals");
	expect_term(gsb_cluster_lookup, "Machine Tools", "machinetools");
	expect_term(gsb_cluster_lookup, "轮胎　Ｔｙｒｅｓ", "轮胎tyres");
	expect_term(gsb_scenario_lookup, "远程运维", "remote-maintenance");
	expect_term(gsb_scenario_lookup, "遠程運維", "remote-maintenance");
	expect_term(gsb_scenario_lookup, "产品质量全程追溯", "quality-traceability");
	expect_term(gsb_scenario_lookup, "Energy-Optimisation", "energy-optimisation");
	expect_term(gsb_scenario_lookup, "纺织", "纺织");
	char *out = NULL;
	ck_assert_int_eq(gsb_cluster_lookup(NULL, "x"), GSB_EINVAL);
	ck_assert_int_eq(gsb_cluster_lookup(&out, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_scenario_lookup(&out, "\xff"), GSB_EINVAL);
	ck_assert_ptr_null(out);
}
END_TEST


/* A lookup compares a name with the keys as it stands before it normalises
 * it: right only if every key is its own normalised form (and keys are
 * distinct, so that the first equal key is the only one). */
START_TEST(industry_keys_are_normal)
{
	gsb_industry ind;
	size_t n = 0;
	for (const char *key; (key = gsb__industry_key(n, &ind)) != NULL; n++) {
		char *norm = NULL;
		GSB_OK_OR_FAIL(gsb__text_normalise(&norm, key, true));
		ck_assert_msg(strcmp(norm, key) == 0, "key \"%s\" normalises to \"%s\"", key, norm);
		free(norm);
		ck_assert_uint_ge(strlen(key), 4);
		for (size_t j = 0; j < n; j++) {
			gsb_industry other;
			ck_assert_str_ne(gsb__industry_key(j, &other), key);
		}
		ck_assert(ind >= 0 && ind < GSB_INDUSTRY_COUNT);
		expect_industry(key, ind, gsb_industry_name(ind));
		gsb_industry only = GSB_INDUSTRY_COUNT;
		GSB_OK_OR_FAIL(gsb_industry_lookup(&only, NULL, key));
		ck_assert_int_eq(only, ind);
	}
	ck_assert_uint_eq(n, 40);
	ck_assert_ptr_null(gsb__industry_key(1000, &ind));
	/* near misses of keys are no keys */
	expect_industry("high-end-equipmen", GSB_INDUSTRY_OTHER, "high-end-equipmen");
	expect_industry("high-end-equipment-", GSB_INDUSTRY_OTHER, "high-end-equipment-");
	expect_industry("xigh-end-equipment", GSB_INDUSTRY_OTHER, "xigh-end-equipment");
	expect_industry("现代海", GSB_INDUSTRY_OTHER, "现代海");
	expect_industry("现代海洋洋", GSB_INDUSTRY_OTHER, "现代海洋洋");
	expect_industry("abc", GSB_INDUSTRY_OTHER, "abc");
	expect_industry("ABCD", GSB_INDUSTRY_OTHER, "abcd");
}
END_TEST

/* The same for the codes and Chinese names of clusters and scenarios. */
START_TEST(term_names_are_normal)
{
	static const gsb_list open_lists[] = { GSB_LIST_CLUSTERS, GSB_LIST_SCENARIOS };
	for (size_t l = 0; l < GSB_ARRAY_LEN(open_lists); l++) {
		gsb_list list = open_lists[l];
		int (*lookup)(char **, const char *) =
			list == GSB_LIST_CLUSTERS ? gsb_cluster_lookup : gsb_scenario_lookup;
		size_t i = 0;
		for (const char *code; (code = gsb_list_code(list, i)) != NULL; i++) {
			const char *names[] = { code, gsb_list_code_label(list, i, GSB_LANG_ZH) };
			for (size_t k = 0; k < 2; k++) {
				char *norm = NULL;
				GSB_OK_OR_FAIL(gsb__text_normalise(&norm, names[k], true));
				ck_assert_msg(strcmp(norm, names[k]) == 0, "\"%s\" normalises to \"%s\"",
				              names[k], norm);
				free(norm);
				expect_term(lookup, names[k], code);
			}
		}
		ck_assert_uint_ge(i, 4);
	}
	/* near misses are kept, normalised */
	expect_term(gsb_cluster_lookup, "textile", "textile");
	expect_term(gsb_cluster_lookup, "纺", "纺");
	expect_term(gsb_scenario_lookup, "remote-maintenanc", "remote-maintenanc");
	expect_term(gsb_scenario_lookup, "Remote-Maintenance", "remote-maintenance");
}
END_TEST

START_TEST(code_lists)
{
	static const size_t counts[GSB_LIST_COUNT] = { 0, 6, 5, 3, 4, 3, 0, 0 };
	for (int l = 0; l < GSB_LIST_COUNT; l++) {
		ck_assert_ptr_nonnull(gsb_list_name((gsb_list)l));
		ck_assert_uint_eq(gsb_list_code_count((gsb_list)l), counts[l]);
		for (size_t i = 0; gsb_list_code((gsb_list)l, i); i++) {
			const char *code = gsb_list_code((gsb_list)l, i);
			ck_assert_int_eq(gsb_list_code_index((gsb_list)l, code), (int)i);
			ck_assert_ptr_nonnull(gsb_list_code_label((gsb_list)l, i, GSB_LANG_ZH));
			ck_assert_ptr_nonnull(gsb_list_code_label((gsb_list)l, i, GSB_LANG_EN));
		}
	}
	ck_assert_str_eq(gsb_list_name(GSB_LIST_DOMAINS), "domains");
	ck_assert_str_eq(gsb_list_code(GSB_LIST_DOMAINS, 0), "rnd");
	ck_assert_str_eq(gsb_list_code_label(GSB_LIST_DOMAINS, 0, GSB_LANG_ZH), "研发");
	ck_assert_str_eq(gsb_list_code(GSB_LIST_RESOURCES, 4), "micro-services");
	ck_assert_str_eq(gsb_list_code_label(GSB_LIST_RESOURCES, 2, GSB_LANG_ZH), "工业建模工具");
	ck_assert_str_eq(gsb_list_code(GSB_LIST_CAPABILITIES, 2), "multi-party-sharing");
	ck_assert_str_eq(gsb_list_code(GSB_LIST_FUNCTIONS, 3), "enterprise-decision-support");
	ck_assert_str_eq(gsb_list_code(GSB_LIST_REGIONAL_FUNCTIONS, 0), "regional-data-collection");
	ck_assert_str_eq(gsb_list_code(GSB_LIST_CLUSTERS, 2), "textiles");
	ck_assert_str_eq(gsb_list_code_label(GSB_LIST_SCENARIOS, 1, GSB_LANG_ZH), "远程运维");
	ck_assert_str_eq(gsb_list_code(GSB_LIST_INDUSTRIES, 4), "health-care");
	ck_assert_ptr_null(gsb_list_code(GSB_LIST_DOMAINS, 6));
	ck_assert_ptr_null(gsb_list_code(GSB_LIST_COUNT, 0));
	ck_assert_ptr_null(gsb_list_name(GSB_LIST_COUNT));
	ck_assert_int_eq(gsb_list_code_index(GSB_LIST_DOMAINS, "研发"), -1);
	ck_assert_int_eq(gsb_list_code_index(GSB_LIST_DOMAINS, "RND"), -1);
	ck_assert_int_eq(gsb_list_code_index(GSB_LIST_DOMAINS, NULL), -1);
	ck_assert_int_eq(gsb_list_code_index(GSB_LIST_RESOURCES, "rnd"), -1);
}
END_TEST

START_TEST(legal_forms)
{
	static const char *const codes[GSB_LEGAL_FORM_COUNT] = {
		"enterprise-legal-person", "public-institution", "social-organisation",
		"state-organ", "cooperative", "branch", "partnership", "sole-proprietorship",
		"individual-business",
	};
	for (int i = 0; i < GSB_LEGAL_FORM_COUNT; i++) {
		gsb_legal_form f = GSB_LEGAL_FORM_NONE;
		ck_assert_str_eq(gsb_legal_form_name((gsb_legal_form)i), codes[i]);
		GSB_OK_OR_FAIL(gsb_legal_form_from_name(&f, codes[i]));
		ck_assert_int_eq(f, i);
		ck_assert_ptr_nonnull(gsb_legal_form_label(f, GSB_LANG_ZH));
		ck_assert_ptr_nonnull(gsb_legal_form_label(f, GSB_LANG_EN));
		ck_assert_int_eq(gsb_legal_form_is_legal_person(f), i < 5 ? GSB_TRUE : GSB_FALSE);
	}
	ck_assert_str_eq(gsb_legal_form_label(GSB_LEGAL_PUBLIC_INSTITUTION, GSB_LANG_ZH), "事业单位");
	ck_assert_str_eq(gsb_legal_form_label(GSB_LEGAL_STATE_ORGAN, GSB_LANG_ZH), "机关");
	ck_assert_str_eq(gsb_legal_form_label(GSB_LEGAL_INDIVIDUAL_BUSINESS, GSB_LANG_ZH), "个体工商户");
	ck_assert_int_eq(gsb_legal_form_is_legal_person(GSB_LEGAL_FORM_NONE), GSB_UNKNOWN);
	ck_assert_ptr_null(gsb_legal_form_name(GSB_LEGAL_FORM_NONE));
	gsb_legal_form f = GSB_LEGAL_BRANCH;
	ck_assert_int_eq(gsb_legal_form_from_name(&f, "Branch"), GSB_ENOTFOUND);
	ck_assert_int_eq(gsb_legal_form_from_name(&f, ""), GSB_ENOTFOUND);
	ck_assert_int_eq(f, GSB_LEGAL_BRANCH);
	ck_assert_int_eq(gsb_legal_form_from_name(NULL, "branch"), GSB_EINVAL);
	ck_assert_int_eq(gsb_legal_form_from_name(&f, NULL), GSB_EINVAL);
}
END_TEST

START_TEST(builders_listings)
{
	static const char *const builders[] = { "ict-enterprise", "industry-leader", "government", "other" };
	for (int i = 0; i < GSB_BUILDER_COUNT; i++) {
		gsb_builder_type b = GSB_BUILDER_NONE;
		ck_assert_str_eq(gsb_builder_type_name((gsb_builder_type)i), builders[i]);
		GSB_OK_OR_FAIL(gsb_builder_type_from_name(&b, builders[i]));
		ck_assert_int_eq(b, i);
	}
	gsb_builder_type b;
	ck_assert_int_eq(gsb_builder_type_from_name(&b, "leader"), GSB_ENOTFOUND);
	ck_assert_ptr_null(gsb_builder_type_name(GSB_BUILDER_NONE));
	static const char *const kinds[] = { "national-platform", "innovation-programme",
		                             "innovation-demonstration",
		                             "two-integration-demonstration",
		                             "other-national-demonstration" };
	for (int i = 0; i < GSB_LISTING_COUNT; i++) {
		gsb_listing_kind k = GSB_LISTING_COUNT;
		ck_assert_str_eq(gsb_listing_kind_name((gsb_listing_kind)i), kinds[i]);
		GSB_OK_OR_FAIL(gsb_listing_kind_from_name(&k, kinds[i]));
		ck_assert_int_eq(k, i);
		ck_assert_ptr_nonnull(gsb_listing_kind_label(k, GSB_LANG_ZH));
		ck_assert_ptr_nonnull(gsb_listing_kind_label(k, GSB_LANG_EN));
	}
	gsb_listing_kind k;
	ck_assert_int_eq(gsb_listing_kind_from_name(&k, "national"), GSB_ENOTFOUND);
	ck_assert_ptr_nonnull(strstr(gsb_error_last()->message, "national"));
	ck_assert_ptr_null(gsb_listing_kind_name(GSB_LISTING_COUNT));
	ck_assert_str_eq(gsb_listing_kind_label(GSB_LISTING_TWO_INTEGRATION_DEMONSTRATION,
	                                        GSB_LANG_ZH),
	                 "两化融合示范项目");
}
END_TEST

START_TEST(tiers_and_kpis)
{
	static const char *const tiers[] = { "none", "enterprise", "cross-domain", "comprehensive" };
	for (int i = 0; i < 4; i++) {
		gsb_tier t = (gsb_tier)9;
		ck_assert_str_eq(gsb_tier_name((gsb_tier)i), tiers[i]);
		GSB_OK_OR_FAIL(gsb_tier_from_name(&t, tiers[i]));
		ck_assert_int_eq(t, i);
		ck_assert_ptr_nonnull(gsb_tier_label(t, GSB_LANG_EN));
	}
	ck_assert_str_eq(gsb_tier_label(GSB_TIER_COMPREHENSIVE, GSB_LANG_ZH), "综合服务平台（个）");
	ck_assert_ptr_nonnull(strstr(gsb_tier_label(GSB_TIER_CROSS_DOMAIN, GSB_LANG_ZH), "（十）"));
	ck_assert_ptr_nonnull(strstr(gsb_tier_label(GSB_TIER_ENTERPRISE, GSB_LANG_ZH), "（百）"));
	gsb_tier t;
	ck_assert_int_eq(gsb_tier_from_name(&t, "Comprehensive"), GSB_ENOTFOUND);
	ck_assert_ptr_null(gsb_tier_name((gsb_tier)4));

	static const char *const kpis[][2] = {
		{ "operating-cost", "运营成本" },        { "upgrade-cycle", "产品升级周期" },
		{ "production-efficiency", "生产效率" }, { "defect-rate", "产品不良品率" },
		{ "energy-utilisation", "能源利用率" },
	};
	for (int i = 0; i < GSB_KPI_COUNT; i++) {
		gsb_kpi k = GSB_KPI_COUNT;
		ck_assert_str_eq(gsb_kpi_name((gsb_kpi)i), kpis[i][0]);
		ck_assert_str_eq(gsb_kpi_label((gsb_kpi)i, GSB_LANG_ZH), kpis[i][1]);
		ck_assert_ptr_nonnull(gsb_kpi_label((gsb_kpi)i, GSB_LANG_EN));
		GSB_OK_OR_FAIL(gsb_kpi_from_name(&k, kpis[i][0]));
		ck_assert_int_eq(k, i);
	}
	gsb_kpi k;
	ck_assert_int_eq(gsb_kpi_from_name(&k, "energy"), GSB_ENOTFOUND);
	ck_assert_int_eq(gsb_kpi_from_name(&k, NULL), GSB_EINVAL);
	ck_assert_ptr_null(gsb_kpi_name(GSB_KPI_COUNT));
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("taxonomy");
	TCase *tc = tcase_create("taxonomy");
	tcase_add_test(tc, industry_keys_match_sources);
	tcase_add_test(tc, industry_table);
	tcase_add_test(tc, industry_forms);
	tcase_add_test(tc, industry_lookup_args);
	tcase_add_test(tc, clusters_and_scenarios);
	tcase_add_test(tc, code_lists);
	tcase_add_test(tc, legal_forms);
	tcase_add_test(tc, builders_listings);
	tcase_add_test(tc, tiers_and_kpis);
	tcase_add_test(tc, industry_keys_are_normal);
	tcase_add_test(tc, term_names_are_normal);
	suite_add_tcase(s, tc);
	return s;
}
