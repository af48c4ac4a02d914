/*
 * libgeshibai — the vocabularies of the measures (rules.md §1): the ten
 * strong industries [1], clusters and scenarios [3.1.4], value-chain domains
 * [3.1.1], resources and capabilities [3.1.3], comprehensive-platform
 * functions [3.1.2], regional functions [3.1.4], builder types [3.1.3,
 * 3.1.4], legal forms [3.2.1], national listings [4.1, 4.3], tiers
 * [3.1.2-3.1.4] and effect indicators [2.2].
 *
 * Names are looked up after the normalisation of rules.md §1 (text.c). The
 * keys below are written already normalised (lower-cased, white space
 * removed), so a lookup normalises its input once and compares; the Check
 * suite proves that normalising every source name gives its key.
 */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

/* ------------------------------------------------------------ industries */

/* A code with its labels and, for industries, aliases. */
typedef struct {
	const char *code, *zh, *en;
} gsb__term;

/* The ten strong industries, in the order of the measures [1]. */
static const gsb__term industries[GSB_INDUSTRY_COUNT] = {
	{ "new-generation-it", "新一代信息技术", "New-generation information technology" }, /* 1 */
	{ "high-end-equipment", "高端装备", "High-end equipment" },                        /* 1 */
	{ "new-energy-materials", "新能源新材料", "New energy and new materials" },        /* 1 */
	{ "smart-ocean", "智慧海洋", "Smart ocean" },                                      /* 1 */
	{ "health-care", "医养健康", "Medical care and health" },                          /* 1 */
	{ "green-chemicals", "绿色化工", "Green chemicals" },                              /* 1 */
	{ "modern-agriculture", "现代高效农业", "Modern high-efficiency agriculture" },    /* 1 */
	{ "cultural-creative", "文化创意", "Cultural and creative industries" },           /* 1 */
	{ "quality-tourism", "精品旅游", "Quality tourism" },                              /* 1 */
	{ "modern-finance", "现代金融", "Modern finance" },                                /* 1 */
};

/* Further accepted names (Chinese first), NULL-terminated [1, 3.1.4]. */
static const char *const industry_aliases[GSB_INDUSTRY_COUNT][4] = {
	{ "new generation of information technology", NULL },                              /* 1 */
	{ NULL },                                                                          /* 1 */
	{ NULL },                                                                          /* 1 */
	{ "现代海洋", "smart marine", "modern marine", NULL }, /* 3.1.4 writes 现代海洋 */
	{ "health care", NULL },                                                           /* 1 */
	{ NULL },                                                                          /* 1 */
	{ "modern efficient agriculture", NULL },                                          /* 1 */
	{ "cultural and creative", "cultural creativity", NULL },                          /* 1 */
	{ NULL },                                                                          /* 1 */
	{ "现代金融服务", "modern financial services", NULL },                             /* 1 */
};

/* Every code, Chinese name, English label and alias above, normalised as
 * rules.md §1 says (lower-cased, white space removed) [1, 3.1.4]. */
static const struct {
	const char *key;
	gsb_industry industry;
} industry_keys[] = {
	{ "new-generation-it", GSB_INDUSTRY_NEW_GENERATION_IT },
	{ "新一代信息技术", GSB_INDUSTRY_NEW_GENERATION_IT },
	{ "new-generationinformationtechnology", GSB_INDUSTRY_NEW_GENERATION_IT },
	{ "newgenerationofinformationtechnology", GSB_INDUSTRY_NEW_GENERATION_IT },
	{ "high-end-equipment", GSB_INDUSTRY_HIGH_END_EQUIPMENT },
	{ "高端装备", GSB_INDUSTRY_HIGH_END_EQUIPMENT },
	{ "high-endequipment", GSB_INDUSTRY_HIGH_END_EQUIPMENT },
	{ "new-energy-materials", GSB_INDUSTRY_NEW_ENERGY_MATERIALS },
	{ "新能源新材料", GSB_INDUSTRY_NEW_ENERGY_MATERIALS },
	{ "newenergyandnewmaterials", GSB_INDUSTRY_NEW_ENERGY_MATERIALS },
	{ "smart-ocean", GSB_INDUSTRY_SMART_OCEAN },
	{ "智慧海洋", GSB_INDUSTRY_SMART_OCEAN },
	{ "smartocean", GSB_INDUSTRY_SMART_OCEAN },
	{ "现代海洋", GSB_INDUSTRY_SMART_OCEAN },
	{ "smartmarine", GSB_INDUSTRY_SMART_OCEAN },
	{ "modernmarine", GSB_INDUSTRY_SMART_OCEAN },
	{ "health-care", GSB_INDUSTRY_HEALTH_CARE },
	{ "医养健康", GSB_INDUSTRY_HEALTH_CARE },
	{ "medicalcareandhealth", GSB_INDUSTRY_HEALTH_CARE },
	{ "healthcare", GSB_INDUSTRY_HEALTH_CARE },
	{ "green-chemicals", GSB_INDUSTRY_GREEN_CHEMICALS },
	{ "绿色化工", GSB_INDUSTRY_GREEN_CHEMICALS },
	{ "greenchemicals", GSB_INDUSTRY_GREEN_CHEMICALS },
	{ "modern-agriculture", GSB_INDUSTRY_MODERN_AGRICULTURE },
	{ "现代高效农业", GSB_INDUSTRY_MODERN_AGRICULTURE },
	{ "modernhigh-efficiencyagriculture", GSB_INDUSTRY_MODERN_AGRICULTURE },
	{ "modernefficientagriculture", GSB_INDUSTRY_MODERN_AGRICULTURE },
	{ "cultural-creative", GSB_INDUSTRY_CULTURAL_CREATIVE },
	{ "文化创意", GSB_INDUSTRY_CULTURAL_CREATIVE },
	{ "culturalandcreativeindustries", GSB_INDUSTRY_CULTURAL_CREATIVE },
	{ "culturalandcreative", GSB_INDUSTRY_CULTURAL_CREATIVE },
	{ "culturalcreativity", GSB_INDUSTRY_CULTURAL_CREATIVE },
	{ "quality-tourism", GSB_INDUSTRY_QUALITY_TOURISM },
	{ "精品旅游", GSB_INDUSTRY_QUALITY_TOURISM },
	{ "qualitytourism", GSB_INDUSTRY_QUALITY_TOURISM },
	{ "modern-finance", GSB_INDUSTRY_MODERN_FINANCE },
	{ "现代金融", GSB_INDUSTRY_MODERN_FINANCE },
	{ "modernfinance", GSB_INDUSTRY_MODERN_FINANCE },
	{ "现代金融服务", GSB_INDUSTRY_MODERN_FINANCE },
	{ "modernfinancialservices", GSB_INDUSTRY_MODERN_FINANCE },
};

static bool industry_ok(gsb_industry i)
{
	return (unsigned)i < GSB_INDUSTRY_COUNT;
}

const char *gsb_industry_name(gsb_industry industry)
{
	if (industry == GSB_INDUSTRY_OTHER)
		return "other";
	return industry_ok(industry) ? industries[industry].code : NULL;
}

static const char *pick(const char *zh, const char *en, gsb_lang lang)
{
	return lang == GSB_LANG_ZH ? zh : lang == GSB_LANG_EN ? en : NULL;
}

const char *gsb_industry_label(gsb_industry industry, gsb_lang lang)
{
	if (industry == GSB_INDUSTRY_OTHER)
		return pick("其他", "Other", lang);
	return industry_ok(industry) ? pick(industries[industry].zh, industries[industry].en, lang)
	                             : NULL;
}

const char *gsb_industry_alias(gsb_industry industry, size_t index)
{
	if (!industry_ok(industry) || index >= GSB_ARRAY_LEN(industry_aliases[0]))
		return NULL;
	return industry_aliases[industry][index];
}

int gsb_industry_lookup(gsb_industry *industry, char **normalised, const char *name)
{
	GSB__CHECK_ARG(industry);
	GSB__CHECK_ARG(name);
	char *key = NULL;
	int rc = gsb__text_normalise(&key, name, true);
	if (rc != GSB_OK)
		return rc;
	*industry = GSB_INDUSTRY_OTHER;
	for (size_t i = 0; i < GSB_ARRAY_LEN(industry_keys); i++) {
		if (strcmp(industry_keys[i].key, key) == 0) {
			*industry = industry_keys[i].industry;
			break;
		}
	}
	if (normalised == NULL) {
		free(key);
		return GSB_OK;
	}
	if (*industry != GSB_INDUSTRY_OTHER) {
		free(key);
		if ((key = gsb__strdup(industries[*industry].code)) == NULL)
			return gsb__error(GSB_ENOMEM, "out of memory");
	}
	*normalised = key;
	return GSB_OK;
}

/* ------------------------------------------------------------ code lists */

/* Block-economy clusters [3.1.4]; other names are allowed (等). */
static const gsb__term clusters[] = {
	{ "electronic-information", "电子信息", "Electronic information" }, /* 3.1.4 */
	{ "petrochemicals", "石化", "Petrochemicals" },                     /* 3.1.4 */
	{ "textiles", "纺织", "Textiles" },                                 /* 3.1.4 */
	{ "food", "食品", "Food" },                                         /* 3.1.4 */
	{ "machine-tools", "机床", "Machine tools" },                       /* 3.1.4 */
};

/* Application scenarios [3.1.4]; others are allowed (e.g.). */
static const gsb__term scenarios[] = {
	{ "intelligent-design", "智能设计", "Intelligent design" },                       /* 3.1.4 */
	{ "remote-maintenance", "远程运维", "Remote operation and maintenance" },          /* 3.1.4 */
	{ "quality-traceability", "产品质量全程追溯", "Whole-process quality traceability" }, /* 3.1.4 */
	{ "energy-optimisation", "能源管控优化", "Energy management optimisation" },       /* 3.1.4 */
};

/* Value-chain domains [3.1.1]. */
static const gsb__term domains[] = {
	{ "rnd", "研发", "Research and development" }, /* 3.1.1 */
	{ "procurement", "采购", "Procurement" },       /* 3.1.1 */
	{ "manufacturing", "制造", "Manufacturing" },   /* 3.1.1 */
	{ "management", "管理", "Management" },         /* 3.1.1 */
	{ "logistics", "物流", "Logistics" },           /* 3.1.1 */
	{ "service", "服务", "Service" },               /* 3.1.1 */
};

/* Resources of a cross-domain platform [3.1.3]. */
static const gsb__term resources[] = {
	{ "databases", "数据库", "Databases" },                                    /* 3.1.3 */
	{ "algorithm-libraries", "算法库", "Algorithm libraries" },                /* 3.1.3 */
	{ "modelling-tools", "工业建模工具", "Industrial modelling tools" },       /* 3.1.3 */
	{ "development-interfaces", "开发接口", "Development interfaces" },        /* 3.1.3 */
	{ "micro-services", "工业微服务组件", "Industrial micro-service components" }, /* 3.1.3 */
};

/* Service capabilities of a cross-domain platform [3.1.3]. */
static const gsb__term capabilities[] = {
	{ "massive-device-access", "海量设备接入", "Massive device access" },          /* 3.1.3 */
	{ "large-scale-api-calls", "大规模接口调用", "Large-scale interface calls" },   /* 3.1.3 */
	{ "multi-party-sharing", "多方资源协作共享",
	  "Multi-party resource collaboration and sharing" },                         /* 3.1.3 */
};

/* Functions of the comprehensive platform, items a-d [3.1.2]. */
static const gsb__term functions[] = {
	{ "economic-monitoring", "经济运行监测", "Economic operation monitoring" },          /* 3.1.2 a */
	{ "government-decision-support", "政府决策支撑", "Government decision support" },     /* 3.1.2 b */
	{ "resource-integration", "数据和制造资源整合", "Data and manufacturing resource integration" }, /* 3.1.2 c */
	{ "enterprise-decision-support", "企业决策支撑", "Enterprise decision support" },     /* 3.1.2 d */
};

/* Functions of a regional enterprise-level platform [3.1.4]. */
static const gsb__term regional_functions[] = {
	{ "regional-data-collection", "区域数据采集", "Regional data collection" },   /* 3.1.4 */
	{ "online-collaboration", "业务在线协同", "Online business collaboration" },  /* 3.1.4 */
	{ "resource-sharing", "应用资源共享", "Sharing of application resources" },   /* 3.1.4 */
};

typedef struct {
	const char *name;
	const gsb__term *terms;
	size_t n;
	bool open; /* any name allowed beside the terms */
} gsb__list_def;

#define GSB_TERMS(a) (a), GSB_ARRAY_LEN(a)
static const gsb__list_def lists[GSB_LIST_COUNT] = {
	[GSB_LIST_INDUSTRIES] = { "industries", GSB_TERMS(industries), true },          /* 1 */
	[GSB_LIST_DOMAINS] = { "domains", GSB_TERMS(domains), false },                  /* 3.1.1 */
	[GSB_LIST_RESOURCES] = { "resources", GSB_TERMS(resources), false },            /* 3.1.3 */
	[GSB_LIST_CAPABILITIES] = { "capabilities", GSB_TERMS(capabilities), false },   /* 3.1.3 */
	[GSB_LIST_FUNCTIONS] = { "functions", GSB_TERMS(functions), false },            /* 3.1.2 */
	[GSB_LIST_REGIONAL_FUNCTIONS] = { "regional-functions", GSB_TERMS(regional_functions),
	                                  false },                                       /* 3.1.4 */
	[GSB_LIST_CLUSTERS] = { "clusters", GSB_TERMS(clusters), true },                /* 3.1.4 */
	[GSB_LIST_SCENARIOS] = { "scenarios", GSB_TERMS(scenarios), true },             /* 3.1.4 */
};

static const gsb__list_def *list_def(gsb_list list)
{
	return (unsigned)list < GSB_LIST_COUNT ? &lists[list] : NULL;
}

const char *gsb_list_name(gsb_list list)
{
	const gsb__list_def *l = list_def(list);
	return l ? l->name : NULL;
}

size_t gsb_list_code_count(gsb_list list)
{
	const gsb__list_def *l = list_def(list);
	return l && !l->open ? l->n : 0;
}

const char *gsb_list_code(gsb_list list, size_t index)
{
	const gsb__list_def *l = list_def(list);
	return l && index < l->n ? l->terms[index].code : NULL;
}

const char *gsb_list_code_label(gsb_list list, size_t index, gsb_lang lang)
{
	const gsb__list_def *l = list_def(list);
	return l && index < l->n ? pick(l->terms[index].zh, l->terms[index].en, lang) : NULL;
}

int gsb_list_code_index(gsb_list list, const char *code)
{
	const gsb__list_def *l = list_def(list);
	if (l == NULL || code == NULL)
		return -1;
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->terms[i].code, code) == 0)
			return (int)i;
	return -1;
}

/* Code or Chinese name of a term -> its code; else the normalised,
 * lower-cased name [3.1.4]. The terms' codes and names are already in
 * normalised form. */
static int term_lookup(char **out, const char *name, const gsb__term *terms, size_t n)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(name);
	char *key = NULL;
	int rc = gsb__text_normalise(&key, name, true);
	if (rc != GSB_OK)
		return rc;
	for (size_t i = 0; i < n; i++) {
		if (strcmp(terms[i].code, key) == 0 || strcmp(terms[i].zh, key) == 0) {
			free(key);
			if ((key = gsb__strdup(terms[i].code)) == NULL)
				return gsb__error(GSB_ENOMEM, "out of memory");
			break;
		}
	}
	*out = key;
	return GSB_OK;
}

int gsb_cluster_lookup(char **out, const char *name)
{
	return term_lookup(out, name, clusters, GSB_ARRAY_LEN(clusters));
}

int gsb_scenario_lookup(char **out, const char *name)
{
	return term_lookup(out, name, scenarios, GSB_ARRAY_LEN(scenarios));
}

/* Index of an exact code among n terms, or -1. */
static int code_index(const gsb__term *terms, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(terms[i].code, name) == 0)
			return (int)i;
	return -1;
}

static int not_found(const char *name, const char *what)
{
	return gsb__error(GSB_ENOTFOUND, "'%.60s' is not a %s", name, what);
}

/* ------------------------------------------------------------ legal forms */

/* Legal forms; the first five are legal persons [3.2.1]. */
static const gsb__term legal_forms[GSB_LEGAL_FORM_COUNT] = {
	{ "enterprise-legal-person", "企业法人", "Enterprise legal person" },        /* 3.2.1 */
	{ "public-institution", "事业单位", "Public institution" },                  /* 3.2.1 */
	{ "social-organisation", "社会组织", "Social organisation" },                /* 3.2.1 */
	{ "state-organ", "机关", "State organ" },                                    /* 3.2.1 */
	{ "cooperative", "农民专业合作社", "Farmers' specialised cooperative" },     /* 3.2.1 */
	{ "branch", "分支机构", "Branch" },                                          /* 3.2.1 */
	{ "partnership", "合伙企业", "Partnership" },                                /* 3.2.1 */
	{ "sole-proprietorship", "个人独资企业", "Sole proprietorship" },            /* 3.2.1 */
	{ "individual-business", "个体工商户", "Individual business" },              /* 3.2.1 */
};

static bool legal_form_ok(gsb_legal_form f)
{
	return (unsigned)f < GSB_LEGAL_FORM_COUNT;
}

const char *gsb_legal_form_name(gsb_legal_form form)
{
	return legal_form_ok(form) ? legal_forms[form].code : NULL;
}

const char *gsb_legal_form_label(gsb_legal_form form, gsb_lang lang)
{
	return legal_form_ok(form) ? pick(legal_forms[form].zh, legal_forms[form].en, lang) : NULL;
}

int gsb_legal_form_from_name(gsb_legal_form *out, const char *name)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(name);
	int i = code_index(legal_forms, GSB_LEGAL_FORM_COUNT, name);
	if (i < 0)
		return not_found(name, "legal form");
	*out = (gsb_legal_form)i;
	return GSB_OK;
}

/* Capacity to bear civil liability independently [3.2.1]; UNKNOWN for
 * GSB_LEGAL_FORM_NONE (no legal form given). */
gsb_tri gsb_legal_form_is_legal_person(gsb_legal_form form)
{
	if (!legal_form_ok(form))
		return GSB_UNKNOWN;
	return gsb__tri(form <= GSB_LEGAL_COOPERATIVE);
}

/* ---------------------------------------------------------- builder types */

/* Who builds the platform [3.1.3, 3.1.4]. */
static const gsb__term builder_types[GSB_BUILDER_COUNT] = {
	{ "ict-enterprise", "信息通信企业", "ICT enterprise" },       /* 3.1.3 */
	{ "industry-leader", "行业龙头企业", "Industry leader" },     /* 3.1.3, 3.1.4 */
	{ "government", "政府", "Government" },                       /* 3.1.2 */
	{ "other", "其他", "Other" },                                 /* 3.1.3 等 */
};

const char *gsb_builder_type_name(gsb_builder_type type)
{
	return (unsigned)type < GSB_BUILDER_COUNT ? builder_types[type].code : NULL;
}

int gsb_builder_type_from_name(gsb_builder_type *out, const char *name)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(name);
	int i = code_index(builder_types, GSB_BUILDER_COUNT, name);
	if (i < 0)
		return not_found(name, "builder type");
	*out = (gsb_builder_type)i;
	return GSB_OK;
}

/* ---------------------------------------------------------------- listings */

/* National listings [4.1, 4.3]. */
static const gsb__term listing_kinds[GSB_LISTING_COUNT] = {
	{ "national-platform", "国家工业互联网平台", "National industrial-internet platform" }, /* 4.1 */
	{ "innovation-programme", "工业互联网创新发展工程",
	  "Industrial-internet innovation and development programme" },                         /* 4.3 */
	{ "innovation-demonstration", "工业互联网创新发展工程示范项目",
	  "Industrial-internet innovation demonstration project" },                             /* 4.3 */
	{ "two-integration-demonstration", "两化融合示范项目",
	  "Informatisation-industrialisation integration demonstration project" },              /* 4.3 */
	{ "other-national-demonstration", "其他国家级示范项目",
	  "Other national demonstration project" },                                             /* 4.3 等 */
};

const char *gsb_listing_kind_name(gsb_listing_kind kind)
{
	return (unsigned)kind < GSB_LISTING_COUNT ? listing_kinds[kind].code : NULL;
}

const char *gsb_listing_kind_label(gsb_listing_kind kind, gsb_lang lang)
{
	if ((unsigned)kind >= GSB_LISTING_COUNT)
		return NULL;
	return pick(listing_kinds[kind].zh, listing_kinds[kind].en, lang);
}

int gsb_listing_kind_from_name(gsb_listing_kind *out, const char *name)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(name);
	int i = code_index(listing_kinds, GSB_LISTING_COUNT, name);
	if (i < 0)
		return not_found(name, "listing kind");
	*out = (gsb_listing_kind)i;
	return GSB_OK;
}

/* ------------------------------------------------------------------- tiers */

/* Tiers, indexed by gsb_tier [3.1.2-3.1.4]. */
static const gsb__term tiers[] = {
	{ "none", "无", "None" },
	{ "enterprise", "企业级平台（百）", "Enterprise-level platform" },                    /* 3.1.4 */
	{ "cross-domain", "跨行业跨领域平台（十）", "Cross-industry cross-domain platform" }, /* 3.1.3 */
	{ "comprehensive", "综合服务平台（个）", "Comprehensive service platform" },          /* 3.1.2 */
};

const char *gsb_tier_name(gsb_tier tier)
{
	return (unsigned)tier < GSB_ARRAY_LEN(tiers) ? tiers[tier].code : NULL;
}

const char *gsb_tier_label(gsb_tier tier, gsb_lang lang)
{
	return (unsigned)tier < GSB_ARRAY_LEN(tiers) ? pick(tiers[tier].zh, tiers[tier].en, lang)
	                                             : NULL;
}

int gsb_tier_from_name(gsb_tier *out, const char *name)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(name);
	int i = code_index(tiers, GSB_ARRAY_LEN(tiers), name);
	if (i < 0)
		return not_found(name, "tier");
	*out = (gsb_tier)i;
	return GSB_OK;
}

/* ---------------------------------------------------------------- effect */

/* Effect indicators [2.2]. */
static const gsb__term kpis[GSB_KPI_COUNT] = {
	{ "operating-cost", "运营成本", "Operating cost" },                  /* 2.2 */
	{ "upgrade-cycle", "产品升级周期", "Product upgrade cycle" },         /* 2.2 */
	{ "production-efficiency", "生产效率", "Production efficiency" },    /* 2.2 */
	{ "defect-rate", "产品不良品率", "Defective-product rate" },          /* 2.2 */
	{ "energy-utilisation", "能源利用率", "Energy utilisation" },         /* 2.2 */
};

const char *gsb_kpi_name(gsb_kpi kpi)
{
	return (unsigned)kpi < GSB_KPI_COUNT ? kpis[kpi].code : NULL;
}

const char *gsb_kpi_label(gsb_kpi kpi, gsb_lang lang)
{
	return (unsigned)kpi < GSB_KPI_COUNT ? pick(kpis[kpi].zh, kpis[kpi].en, lang) : NULL;
}

int gsb_kpi_from_name(gsb_kpi *out, const char *name)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(name);
	int i = code_index(kpis, GSB_KPI_COUNT, name);
	if (i < 0)
		return not_found(name, "effect indicator");
	*out = (gsb_kpi)i;
	return GSB_OK;
}
