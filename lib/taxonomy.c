/*
 * libgeshibai — the vocabularies of the measures (docs/rules.md §1): the ten
 * strong industries [1], clusters and scenarios [3.1.4], value-chain domains
 * [3.1.1], resources and capabilities [3.1.3], comprehensive-platform
 * functions [3.1.2], regional functions [3.1.4], builder types [3.1.3,
 * 3.1.4], legal forms [3.2.1], national listings [4.1, 4.3], tiers
 * [3.1.2-3.1.4] and effect indicators [2.2].
 *
 * Names are looked up after the normalisation of docs/rules.md §1 (text.c). The
 * keys below are written already normalised (lower-cased, white space
 * removed), so a lookup normalises its input once and compares; the Check
 * suite proves that normalising every source name gives its key. It proves
 * too that every key (and every code and Chinese name of a cluster or
 * scenario) is its own normalised form, so a name that is one as it stands
 * is found before any normalisation, which most names are.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

/* ------------------------------------------------------------ industries */

/* A code with its labels and, for industries, aliases. */
typedef struct {
	const char *code, *zh, *en;
	unsigned char code_len, zh_len; /* strlen(code), strlen(zh) */
} gsb__term;

#define TERM(code, zh, en) { code, zh, en, sizeof code - 1, sizeof zh - 1 }

/* The ten strong industries, in the order of the measures [1]. */
static const gsb__term industries[GSB_INDUSTRY_COUNT] = {
	TERM("new-generation-it", "新一代信息技术", "New-generation information technology"), /* 1 */
	TERM("high-end-equipment", "高端装备", "High-end equipment"),                        /* 1 */
	TERM("new-energy-materials", "新能源新材料", "New energy and new materials"),        /* 1 */
	TERM("smart-ocean", "智慧海洋", "Smart ocean"),                                      /* 1 */
	TERM("health-care", "医养健康", "Medical care and health"),                          /* 1 */
	TERM("green-chemicals", "绿色化工", "Green chemicals"),                              /* 1 */
	TERM("modern-agriculture", "现代高效农业", "Modern high-efficiency agriculture"),    /* 1 */
	TERM("cultural-creative", "文化创意", "Cultural and creative industries"),           /* 1 */
	TERM("quality-tourism", "精品旅游", "Quality tourism"),                              /* 1 */
	TERM("modern-finance", "现代金融", "Modern finance"),                                /* 1 */
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
 * docs/rules.md §1 says (lower-cased, white space removed) [1, 3.1.4]. */
#define INDUSTRY_KEYS(X) \
	X("new-generation-it", NEW_GENERATION_IT) \
	X("新一代信息技术", NEW_GENERATION_IT) \
	X("new-generationinformationtechnology", NEW_GENERATION_IT) \
	X("newgenerationofinformationtechnology", NEW_GENERATION_IT) \
	X("high-end-equipment", HIGH_END_EQUIPMENT) \
	X("高端装备", HIGH_END_EQUIPMENT) \
	X("high-endequipment", HIGH_END_EQUIPMENT) \
	X("new-energy-materials", NEW_ENERGY_MATERIALS) \
	X("新能源新材料", NEW_ENERGY_MATERIALS) \
	X("newenergyandnewmaterials", NEW_ENERGY_MATERIALS) \
	X("smart-ocean", SMART_OCEAN) \
	X("智慧海洋", SMART_OCEAN) \
	X("smartocean", SMART_OCEAN) \
	X("现代海洋", SMART_OCEAN) \
	X("smartmarine", SMART_OCEAN) \
	X("modernmarine", SMART_OCEAN) \
	X("health-care", HEALTH_CARE) \
	X("医养健康", HEALTH_CARE) \
	X("medicalcareandhealth", HEALTH_CARE) \
	X("healthcare", HEALTH_CARE) \
	X("green-chemicals", GREEN_CHEMICALS) \
	X("绿色化工", GREEN_CHEMICALS) \
	X("greenchemicals", GREEN_CHEMICALS) \
	X("modern-agriculture", MODERN_AGRICULTURE) \
	X("现代高效农业", MODERN_AGRICULTURE) \
	X("modernhigh-efficiencyagriculture", MODERN_AGRICULTURE) \
	X("modernefficientagriculture", MODERN_AGRICULTURE) \
	X("cultural-creative", CULTURAL_CREATIVE) \
	X("文化创意", CULTURAL_CREATIVE) \
	X("culturalandcreativeindustries", CULTURAL_CREATIVE) \
	X("culturalandcreative", CULTURAL_CREATIVE) \
	X("culturalcreativity", CULTURAL_CREATIVE) \
	X("quality-tourism", QUALITY_TOURISM) \
	X("精品旅游", QUALITY_TOURISM) \
	X("qualitytourism", QUALITY_TOURISM) \
	X("modern-finance", MODERN_FINANCE) \
	X("现代金融", MODERN_FINANCE) \
	X("modernfinance", MODERN_FINANCE) \
	X("现代金融服务", MODERN_FINANCE) \
	X("modernfinancialservices", MODERN_FINANCE)

#define KEY_ENTRY(key, industry) { key, GSB_INDUSTRY_##industry },
static const struct {
	const char *key;
	gsb_industry industry;
} industry_keys[] = { INDUSTRY_KEYS(KEY_ENTRY) };

/* strlen of each key. */
#define KEY_LEN(key, industry) sizeof key - 1,
static const unsigned char industry_key_len[] = { INDUSTRY_KEYS(KEY_LEN) };
#define KEY_SIZE(key, industry) \
	_Static_assert(sizeof key - 1 >= 4 && sizeof key - 1 <= UCHAR_MAX, "key length");
INDUSTRY_KEYS(KEY_SIZE)

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

/* A copy of the n bytes of s, or NULL (error set). */
static char *dup_n(const char *s, size_t n)
{
	char *r = malloc(n + 1);
	if (r == NULL) {
		gsb__error(GSB_ENOMEM, "out of memory");
		return NULL;
	}
	memcpy(r, s, n + 1);
	return r;
}

/* Whether the n bytes at a and at b are the same, a word at a time. */
static inline bool same(const char *a, const char *b, size_t n)
{
	uint64_t x, y;
	if (n >= 8) {
		for (size_t i = 0; i + 8 < n; i += 8) {
			memcpy(&x, a + i, 8), memcpy(&y, b + i, 8);
			if (x != y)
				return false;
		}
		memcpy(&x, a + n - 8, 8), memcpy(&y, b + n - 8, 8); /* the last eight */
		return x == y;
	}
	uint32_t u, v;
	if (n >= 4) {
		memcpy(&u, a, 4), memcpy(&v, b, 4);
		if (u != v)
			return false;
		memcpy(&u, a + n - 4, 4), memcpy(&v, b + n - 4, 4);
		return u == v;
	}
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

/* industry_keys by a hash of their bytes (open addressing): 1 + the index
 * of a key, 0 for an empty slot. Filled once when the library is loaded,
 * in the order of the keys, so that a probe meets keys in that order. */
#define KEY_SLOTS 128
static unsigned char industry_key_slot[KEY_SLOTS];
_Static_assert(GSB_ARRAY_LEN(industry_key_len) < KEY_SLOTS / 2 && KEY_SLOTS <= UCHAR_MAX + 1,
               "industry_key_slot too small");

/* The first slot to probe for len >= 4 bytes at s. */
static unsigned key_hash(const char *s, size_t len)
{
	uint32_t a, b;
	memcpy(&a, s, 4), memcpy(&b, s + len - 4, 4);
	return ((a * 0x9E3779B1u) ^ (b * 0x85EBCA77u) ^ ((uint32_t)len * 0xC2B2AE3Du)) >> 25;
}

static bool industry_key_slots_filled; /* false only before the library's constructors ran */

__attribute__((constructor)) static void industry_key_slots_fill(void)
{
	for (size_t k = 0; k < GSB_ARRAY_LEN(industry_keys); k++) {
		unsigned i = key_hash(industry_keys[k].key, industry_key_len[k]);
		while (industry_key_slot[i] != 0)
			i = (i + 1) % KEY_SLOTS;
		industry_key_slot[i] = (unsigned char)(k + 1);
	}
	industry_key_slots_filled = true;
}

/* The first of industry_keys equal to the len bytes at s, or -1. */
static int industry_key_find(const char *s, size_t len)
{
	if (len < 4 || len > UCHAR_MAX) /* no key is that short or long */
		return -1;
	if (!industry_key_slots_filled) { /* called from another constructor */
		for (size_t k = 0; k < GSB_ARRAY_LEN(industry_keys); k++)
			if (industry_key_len[k] == len && same(industry_keys[k].key, s, len))
				return (int)k;
		return -1;
	}
	for (unsigned i = key_hash(s, len); industry_key_slot[i] != 0; i = (i + 1) % KEY_SLOTS) {
		unsigned k = industry_key_slot[i] - 1u;
		if (industry_key_len[k] == len && same(industry_keys[k].key, s, len))
			return (int)k;
	}
	return -1;
}

/* For the Check suite: key i of industry_keys and its industry, or NULL. */
const char *gsb__industry_key(size_t i, gsb_industry *industry)
{
	if (i >= GSB_ARRAY_LEN(industry_keys))
		return NULL;
	*industry = industry_keys[i].industry;
	return industry_keys[i].key;
}

/* The term the len bytes at key name, or NULL: a finder for lookup(). */
typedef const gsb__term *(*term_finder)(const char *key, size_t len, const void *ctx);

/* name looked up as it stands, then normalised [1, 3.1.4]: every code and
 * key is in normalised form already (the Check suite proves it), so a name
 * equal to one needs no normalisation. *term: what find gave, or NULL;
 * *normalised (unless NULL): the term's code, else the normalised name. */
static int lookup(const gsb__term **term, char **normalised, const char *name,
                  term_finder find, const void *ctx)
{
	char *key = NULL;
	size_t len = strlen(name);
	const gsb__term *t = find(name, len, ctx);
	if (t == NULL) {
		int rc = gsb__text_normalise(&key, name, true);
		if (rc != GSB_OK)
			return rc;
		t = find(key, len = strlen(key), ctx);
	}
	*term = t;
	if (normalised == NULL) {
		free(key);
		return GSB_OK;
	}
	if (t != NULL) {
		if (key != NULL && t->code_len <= len) { /* the code fits in the key's block */
			memcpy(key, t->code, t->code_len + 1u);
		} else {
			free(key);
			if ((key = dup_n(t->code, t->code_len)) == NULL)
				return GSB_ENOMEM;
		}
	}
	*normalised = key;
	return GSB_OK;
}

static const gsb__term *industry_find(const char *key, size_t len, const void *unused)
{
	(void)unused;
	int k = industry_key_find(key, len);
	return k >= 0 ? &industries[industry_keys[k].industry] : NULL;
}

int gsb_industry_lookup(gsb_industry *industry, char **normalised, const char *name)
{
	GSB__CHECK_ARG(industry);
	GSB__CHECK_ARG(name);
	const gsb__term *t = NULL;
	int rc = lookup(&t, normalised, name, industry_find, NULL);
	if (rc == GSB_OK)
		*industry = t ? (gsb_industry)(t - industries) : GSB_INDUSTRY_OTHER;
	return rc;
}

/* ------------------------------------------------------------ code lists */

/* Block-economy clusters [3.1.4]; other names are allowed (等). */
static const gsb__term clusters[] = {
	TERM("electronic-information", "电子信息", "Electronic information"), /* 3.1.4 */
	TERM("petrochemicals", "石化", "Petrochemicals"),                     /* 3.1.4 */
	TERM("textiles", "纺织", "Textiles"),                                 /* 3.1.4 */
	TERM("food", "食品", "Food"),                                         /* 3.1.4 */
	TERM("machine-tools", "机床", "Machine tools"),                       /* 3.1.4 */
};

/* Application scenarios [3.1.4]; others are allowed (e.g.). */
static const gsb__term scenarios[] = {
	TERM("intelligent-design", "智能设计", "Intelligent design"),                       /* 3.1.4 */
	TERM("remote-maintenance", "远程运维", "Remote operation and maintenance"),          /* 3.1.4 */
	TERM("quality-traceability", "产品质量全程追溯", "Whole-process quality traceability"), /* 3.1.4 */
	TERM("energy-optimisation", "能源管控优化", "Energy management optimisation"),       /* 3.1.4 */
};

/* Value-chain domains [3.1.1]. */
static const gsb__term domains[] = {
	TERM("rnd", "研发", "Research and development"), /* 3.1.1 */
	TERM("procurement", "采购", "Procurement"),       /* 3.1.1 */
	TERM("manufacturing", "制造", "Manufacturing"),   /* 3.1.1 */
	TERM("management", "管理", "Management"),         /* 3.1.1 */
	TERM("logistics", "物流", "Logistics"),           /* 3.1.1 */
	TERM("service", "服务", "Service"),               /* 3.1.1 */
};

/* Resources of a cross-domain platform [3.1.3]. */
static const gsb__term resources[] = {
	TERM("databases", "数据库", "Databases"),                                    /* 3.1.3 */
	TERM("algorithm-libraries", "算法库", "Algorithm libraries"),                /* 3.1.3 */
	TERM("modelling-tools", "工业建模工具", "Industrial modelling tools"),       /* 3.1.3 */
	TERM("development-interfaces", "开发接口", "Development interfaces"),        /* 3.1.3 */
	TERM("micro-services", "工业微服务组件", "Industrial micro-service components"), /* 3.1.3 */
};

/* Service capabilities of a cross-domain platform [3.1.3]. */
static const gsb__term capabilities[] = {
	TERM("massive-device-access", "海量设备接入", "Massive device access"),          /* 3.1.3 */
	TERM("large-scale-api-calls", "大规模接口调用", "Large-scale interface calls"),   /* 3.1.3 */
	TERM("multi-party-sharing", "多方资源协作共享",
	     "Multi-party resource collaboration and sharing"),                         /* 3.1.3 */
};

/* Functions of the comprehensive platform, items a-d [3.1.2]. */
static const gsb__term functions[] = {
	TERM("economic-monitoring", "经济运行监测", "Economic operation monitoring"),          /* 3.1.2 a */
	TERM("government-decision-support", "政府决策支撑", "Government decision support"),     /* 3.1.2 b */
	TERM("resource-integration", "数据和制造资源整合", "Data and manufacturing resource integration"), /* 3.1.2 c */
	TERM("enterprise-decision-support", "企业决策支撑", "Enterprise decision support"),     /* 3.1.2 d */
};

/* Functions of a regional enterprise-level platform [3.1.4]. */
static const gsb__term regional_functions[] = {
	TERM("regional-data-collection", "区域数据采集", "Regional data collection"),   /* 3.1.4 */
	TERM("online-collaboration", "业务在线协同", "Online business collaboration"),  /* 3.1.4 */
	TERM("resource-sharing", "应用资源共享", "Sharing of application resources"),   /* 3.1.4 */
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

/* Index of the code among n terms equal to the len bytes at name, or -1. */
static int code_find(const gsb__term *terms, size_t n, const char *name, size_t len)
{
	for (size_t i = 0; i < n; i++)
		if (terms[i].code_len == len && same(terms[i].code, name, len))
			return (int)i;
	return -1;
}

static int not_found(const char *name, const char *what)
{
	return gsb__error(GSB_ENOTFOUND, "'%.60s' is not a %s", name, what);
}

/* Index of an exact code among n terms, or -1. */
static int code_index(const gsb__term *terms, size_t n, const char *name)
{
	return code_find(terms, n, name, strlen(name));
}

int gsb_list_code_index(gsb_list list, const char *code)
{
	const gsb__list_def *l = list_def(list);
	if (l == NULL || code == NULL)
		return -1;
	return code_index(l->terms, l->n, code);
}

/* An industry by its exact code ("other" included); names are looked up,
 * normalised, by gsb_industry_lookup(). */
int gsb_industry_from_name(gsb_industry *out, const char *name)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(name);
	int i = code_index(industries, GSB_INDUSTRY_COUNT, name);
	if (i < 0 && strcmp(name, "other") != 0)
		return not_found(name, "industry code");
	*out = i < 0 ? GSB_INDUSTRY_OTHER : (gsb_industry)i;
	return GSB_OK;
}

int gsb_list_from_name(gsb_list *out, const char *name)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(name);
	for (int l = 0; l < GSB_LIST_COUNT; l++)
		if (strcmp(lists[l].name, name) == 0) {
			*out = (gsb_list)l;
			return GSB_OK;
		}
	return not_found(name, "list");
}

/* A code list: a term_finder's context. */
typedef struct {
	const gsb__term *terms;
	size_t n;
} term_list;

/* The first term whose code or Chinese name is the len bytes at key. */
static const gsb__term *term_find(const char *key, size_t len, const void *ctx)
{
	const term_list *l = ctx;
	for (size_t i = 0; i < l->n; i++)
		if ((l->terms[i].code_len == len && same(l->terms[i].code, key, len)) ||
		    (l->terms[i].zh_len == len && same(l->terms[i].zh, key, len)))
			return &l->terms[i];
	return NULL;
}

/* Code or Chinese name of a term -> its code; else the normalised,
 * lower-cased name [3.1.4]. */
static int term_lookup(char **out, const char *name, const gsb__term *terms, size_t n)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(name);
	const term_list list = { terms, n };
	const gsb__term *t;
	return lookup(&t, out, name, term_find, &list);
}

int gsb_cluster_lookup(char **out, const char *name)
{
	return term_lookup(out, name, clusters, GSB_ARRAY_LEN(clusters));
}

int gsb_scenario_lookup(char **out, const char *name)
{
	return term_lookup(out, name, scenarios, GSB_ARRAY_LEN(scenarios));
}

/* ------------------------------------------------------------ legal forms */

/* Legal forms; the first five are legal persons [3.2.1]. */
static const gsb__term legal_forms[GSB_LEGAL_FORM_COUNT] = {
	TERM("enterprise-legal-person", "企业法人", "Enterprise legal person"),        /* 3.2.1 */
	TERM("public-institution", "事业单位", "Public institution"),                  /* 3.2.1 */
	TERM("social-organisation", "社会组织", "Social organisation"),                /* 3.2.1 */
	TERM("state-organ", "机关", "State organ"),                                    /* 3.2.1 */
	TERM("cooperative", "农民专业合作社", "Farmers' specialised cooperative"),     /* 3.2.1 */
	TERM("branch", "分支机构", "Branch"),                                          /* 3.2.1 */
	TERM("partnership", "合伙企业", "Partnership"),                                /* 3.2.1 */
	TERM("sole-proprietorship", "个人独资企业", "Sole proprietorship"),            /* 3.2.1 */
	TERM("individual-business", "个体工商户", "Individual business"),              /* 3.2.1 */
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
	TERM("ict-enterprise", "信息通信企业", "ICT enterprise"),       /* 3.1.3 */
	TERM("industry-leader", "行业龙头企业", "Industry leader"),     /* 3.1.3, 3.1.4 */
	TERM("government", "政府", "Government"),                       /* 3.1.2 */
	TERM("other", "其他", "Other"),                                 /* 3.1.3 等 */
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

const char *gsb_builder_type_label(gsb_builder_type type, gsb_lang lang)
{
	return (unsigned)type < GSB_BUILDER_COUNT
	               ? pick(builder_types[type].zh, builder_types[type].en, lang)
	               : NULL;
}

/* ---------------------------------------------------------------- listings */

/* National listings [4.1, 4.3]. */
static const gsb__term listing_kinds[GSB_LISTING_COUNT] = {
	TERM("national-platform", "国家工业互联网平台", "National industrial-internet platform"), /* 4.1 */
	TERM("innovation-programme", "工业互联网创新发展工程",
	     "Industrial-internet innovation and development programme"),                         /* 4.3 */
	TERM("innovation-demonstration", "工业互联网创新发展工程示范项目",
	     "Industrial-internet innovation demonstration project"),                             /* 4.3 */
	TERM("two-integration-demonstration", "两化融合示范项目",
	     "Informatisation-industrialisation integration demonstration project"),              /* 4.3 */
	TERM("other-national-demonstration", "其他国家级示范项目",
	     "Other national demonstration project"),                                             /* 4.3 等 */
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
	TERM("none", "无", "None"),
	TERM("enterprise", "企业级平台（百）", "Enterprise-level platform"),                    /* 3.1.4 */
	TERM("cross-domain", "跨行业跨领域平台（十）", "Cross-industry cross-domain platform"), /* 3.1.3 */
	TERM("comprehensive", "综合服务平台（个）", "Comprehensive service platform"),          /* 3.1.2 */
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
	TERM("operating-cost", "运营成本", "Operating cost"),                  /* 2.2 */
	TERM("upgrade-cycle", "产品升级周期", "Product upgrade cycle"),         /* 2.2 */
	TERM("production-efficiency", "生产效率", "Production efficiency"),    /* 2.2 */
	TERM("defect-rate", "产品不良品率", "Defective-product rate"),          /* 2.2 */
	TERM("energy-utilisation", "能源利用率", "Energy utilisation"),         /* 2.2 */
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
