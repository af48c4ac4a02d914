/*
 * libgeshibai — the names and words of the library's own enumerations: each
 * has gsb_X_name() (its code in the documents and reports), gsb_X_from_name()
 * (the code back; GSB_ENOTFOUND when it is none) and gsb_X_label() (the
 * words a person reads, in Chinese or English), docs/api.md "Vocabularies".
 * The vocabularies of the measures an application is written in
 * (industries, lists, tiers, legal forms, builder types, listings,
 * indicators) are in taxonomy.c; the five kinds of funding misuse (5.4)
 * are here; the words of the facts an application states are those of
 * docs/materials.md.
 */
#include <string.h>
#include "error_int.h"
#include "relevance_int.h"

/* A value's code and its words; a row without a code has no name. */
typedef struct {
	const char *name, *label[2];
} word;

static const char *name_of(const word *w, size_t n, unsigned v)
{
	return v < n ? w[v].name : NULL;
}

static const char *label_of(const word *w, size_t n, unsigned v, gsb_lang lang)
{
	return v < n && (unsigned)lang <= GSB_LANG_EN ? w[v].label[lang] : NULL;
}

/* The index of name among the codes of w, or -1. */
static int index_of(const word *w, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (w[i].name && strcmp(w[i].name, name) == 0)
			return (int)i;
	return -1;
}

/* gsb_T_name, gsb_T_label and gsb_T_from_name of the enumeration gsb_T over
 * the table T_words, whose rows stand in the order of the values;
 * not_found is the two-language message of a name that is none. */
#define VOCABULARY(T, not_found)                                                     \
	const char *gsb_##T##_name(gsb_##T v)                                        \
	{                                                                            \
		return name_of(T##_words, GSB_ARRAY_LEN(T##_words), (unsigned)v);    \
	}                                                                            \
	const char *gsb_##T##_label(gsb_##T v, gsb_lang lang)                        \
	{                                                                            \
		return label_of(T##_words, GSB_ARRAY_LEN(T##_words), (unsigned)v, lang); \
	}                                                                            \
	int gsb_##T##_from_name(gsb_##T *out, const char *name)                      \
	{                                                                            \
		GSB__CHECK_ARG(out);                                                 \
		GSB__CHECK_ARG(name);                                                \
		int i = index_of(T##_words, GSB_ARRAY_LEN(T##_words), name);         \
		if (i < 0)                                                           \
			return gsb__error(GSB_ENOTFOUND, not_found, name);           \
		*out = (gsb_##T)i;                                                   \
		return GSB_OK;                                                       \
	}

/* ------------------------------------------------------------- decisions */

static const word outcome_words[] = {
	[GSB_OUTCOME_ELIGIBLE] = { "eligible", { "符合申报条件", "eligible" } },
	[GSB_OUTCOME_INELIGIBLE] = { "ineligible", { "不符合申报条件", "ineligible" } },
	[GSB_OUTCOME_INCOMPLETE] = { "incomplete", { "材料不全", "incomplete" } },
};
VOCABULARY(outcome,
           "'%1$.60s' is not an outcome (eligible, ineligible, incomplete)" GSB__ZH "“%1$.60s”不是申报结论（eligible、ineligible、incomplete）")

/* The tier found against the tier claimed; no name when none was claimed. */
static const word relation_words[] = {
	[GSB_RELATION_NONE] = { NULL, { NULL, NULL } },
	[GSB_RELATION_MATCH] = { "match", { "与申报层级相符", "matches the claimed tier" } },
	[GSB_RELATION_BELOW_CLAIM] = { "below-claim", { "低于申报层级", "below the claimed tier" } },
	[GSB_RELATION_ABOVE_CLAIM] = { "above-claim", { "高于申报层级", "above the claimed tier" } },
};
VOCABULARY(relation,
           "'%1$.60s' is not a tier relation (match, below-claim, above-claim)" GSB__ZH "“%1$.60s”不是层级比较结果（match、below-claim、above-claim）")

static const word subsidy_status_words[] = {
	[GSB_SUBSIDY_GRANTED] = { "granted", { "给予奖补", "granted" } },
	[GSB_SUBSIDY_NOT_ELIGIBLE] = { "not-eligible", { "不符合条件", "not eligible" } },
	[GSB_SUBSIDY_TIER_NONE] = { "tier-none", { "未达到任何层级", "no tier reached" } },
	[GSB_SUBSIDY_NOT_RECOGNISED] = { "not-recognised", { "未经认定", "not recognised" } },
	[GSB_SUBSIDY_NOT_KEY_SUPPORT] = { "not-key-support",
		                          { "未列为重点支持", "not listed for key support" } },
};
VOCABULARY(subsidy_status,
           "'%1$.60s' is not a subsidy status" GSB__ZH "“%1$.60s”不是奖补状态")

/* The instruments of provision 4.2. */
static const word instrument_words[] = {
	[GSB_INSTRUMENT_INTEREST_SUBSIDY] = { "interest-subsidy", { "贴息", "interest subsidy" } },
	[GSB_INSTRUMENT_AWARD] = { "award", { "奖补", "award" } },
	[GSB_INSTRUMENT_EQUITY] = { "equity", { "股权投入", "equity investment" } },
};
VOCABULARY(instrument,
           "'%1$.60s' is not an instrument (interest-subsidy, award, equity)" GSB__ZH "“%1$.60s”不是支持方式（interest-subsidy、award、equity）")

/* ---------------------------------------------------------------- misuse */

/* The five kinds of funding misuse of provision 5.4. */
static const word misuse_words[] = {
	[GSB_MISUSE_FALSIFICATION] = { "falsification", { "弄虚作假", "Falsification" } },
	[GSB_MISUSE_WITHHOLDING] = { "withholding", { "截留", "Withholding" } },
	[GSB_MISUSE_MISAPPROPRIATION] = { "misappropriation", { "挪用", "Misappropriation" } },
	[GSB_MISUSE_ENCROACHMENT] = { "encroachment", { "挤占", "Encroachment" } },
	[GSB_MISUSE_FRAUD] = { "fraud", { "骗取", "Fraudulently obtaining" } },
};
VOCABULARY(misuse, "'%1$.60s' is not a misuse category" GSB__ZH "“%1$.60s”不是违规使用资金的类别")

/* --------------------------------------------------- documents, programme */

static const word format_words[] = {
	[GSB_FORMAT_XML] = { "xml", { "XML", "XML" } },
	[GSB_FORMAT_JSON] = { "json", { "JSON", "JSON" } },
	[GSB_FORMAT_TEXT] = { "text", { "文本", "text" } },
};
VOCABULARY(format,
           "'%1$.60s' is not a report format (xml, json or text)" GSB__ZH "“%1$.60s”不是报告格式（xml、json 或 text）")

static const word lang_words[] = {
	[GSB_LANG_ZH] = { "zh", { "中文", "Chinese" } },
	[GSB_LANG_EN] = { "en", { "英文", "English" } },
};
VOCABULARY(lang,
           "'%1$.60s' is not a language (zh or en)" GSB__ZH "“%1$.60s”不是语言（zh 或 en）")

static const word group_words[] = {
	[GSB_GROUP_CITY] = { "city", { "城市", "city" } },
	[GSB_GROUP_INDUSTRY] = { "industry", { "产业", "industry" } },
};
VOCABULARY(group,
           "'%1$.60s' is not a programme group (city or industry)" GSB__ZH "“%1$.60s”不是分组（city 或 industry）")

static const word param_type_words[] = {
	[GSB_PARAM_MONEY] = { "money", { "金额", "amount of money" } },
	[GSB_PARAM_INTEGER] = { "integer", { "整数", "whole number" } },
	[GSB_PARAM_DECIMAL] = { "decimal", { "小数", "decimal" } },
	[GSB_PARAM_DATE] = { "date", { "日期", "date" } },
};
VOCABULARY(param_type,
           "'%1$.60s' is not a parameter type (money, integer, decimal, date)" GSB__ZH "“%1$.60s”不是参数类型（money、integer、decimal、date）")

/* ------------------------------------------------- three values, statuses */

static const word tri_words[] = {
	[GSB_FALSE] = { "false", { "否", "no" } },
	[GSB_UNKNOWN] = { "unknown", { "未知", "unknown" } },
	[GSB_TRUE] = { "true", { "是", "yes" } },
};

/* Never NULL: a value out of range is unknown, as Kleene's logic reads it. */
const char *gsb_tri_name(gsb_tri value)
{
	const char *n = name_of(tri_words, GSB_ARRAY_LEN(tri_words), (unsigned)value);
	return n ? n : "unknown";
}

const char *gsb_tri_label(gsb_tri value, gsb_lang lang)
{
	return label_of(tri_words, GSB_ARRAY_LEN(tri_words), (unsigned)value, lang);
}

int gsb_tri_from_name(gsb_tri *out, const char *name)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(name);
	int i = index_of(tri_words, GSB_ARRAY_LEN(tri_words), name);
	if (i < 0)
		return gsb__error(GSB_ENOTFOUND, "'%1$.60s' is not true, false or unknown"
		                  GSB__ZH "“%1$.60s”不是 true、false 或 unknown", name);
	*out = (gsb_tri)i;
	return GSB_OK;
}

/* Indexed by -status: GSB_OK, GSB_ERROR, GSB_EINVAL, ... */
static const word status_words[] = {
	[-GSB_OK] = { "GSB_OK", { "成功", "success" } },
	[-GSB_ERROR] = { "GSB_ERROR", { "内部错误", "internal error" } },
	[-GSB_EINVAL] = { "GSB_EINVAL", { "参数无效", "invalid argument" } },
	[-GSB_ENOMEM] = { "GSB_ENOMEM", { "内存不足", "out of memory" } },
	[-GSB_EIO] = { "GSB_EIO", { "文件读写失败", "file could not be read or written" } },
	[-GSB_EPARSE] = { "GSB_EPARSE", { "文档格式错误", "not a well-formed document" } },
	[-GSB_ESCHEMA] = { "GSB_ESCHEMA", { "文档不符合模式", "not valid against the schema" } },
	[-GSB_EINPUT] = { "GSB_EINPUT", { "输入的值不一致", "inconsistent input values" } },
	[-GSB_EOVERFLOW] = { "GSB_EOVERFLOW", { "金额超出范围", "amount out of range" } },
	[-GSB_ESTATE] = { "GSB_ESTATE", { "程序不允许的步骤", "a step the procedure does not allow" } },
	[-GSB_ENOTFOUND] = { "GSB_ENOTFOUND", { "未找到", "not found" } },
};

/* Never NULL, as it always was: a caller prints it beside any int. */
const char *gsb_status_name(int status)
{
	const char *n = status <= 0 ? name_of(status_words, GSB_ARRAY_LEN(status_words),
	                                      (unsigned)-(long long)status)
	                            : NULL;
	return n ? n : "GSB_UNKNOWN_STATUS";
}

const char *gsb_status_label(int status, gsb_lang lang)
{
	return status <= 0 ? label_of(status_words, GSB_ARRAY_LEN(status_words),
	                              (unsigned)-(long long)status, lang)
	                   : NULL;
}

int gsb_status_from_name(int *out, const char *name)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(name);
	int i = index_of(status_words, GSB_ARRAY_LEN(status_words), name);
	if (i < 0)
		return gsb__error(GSB_ENOTFOUND, "'%1$.60s' is not a status code (GSB_OK, GSB_E...)"
		                  GSB__ZH "“%1$.60s”不是状态码（GSB_OK、GSB_E…）", name);
	*out = -i;
	return GSB_OK;
}

/* ------------------------------------------------ facts of an application */

/* The facts' codes are their names in the documents; their words are those
 * of docs/materials.md, where each fact has its row (relevance.c). */
static const char *const fact_names[GSB_FACT_COUNT] = {
	"dishonestDebtor", "seriousDishonesty", "majorTaxViolation", "capable", "builder", "owner",
	"operatingWell", "developmentPlan", "overallStrength", "precisePositioning", "userBase",
	"prospects", "demonstrationEffect", "governmentLed", "thirdPartyOperated",
	"intranetUpgrade", "industryLeading", "recognised", "keySupport",
};

const char *gsb_fact_name(gsb_fact fact)
{
	return (unsigned)fact < GSB_FACT_COUNT ? fact_names[fact] : NULL;
}

/* A row's words of docs/materials.md in lang, or NULL. */
static const char *material_label(const gsb__material *m, gsb_lang lang)
{
	return m && (unsigned)lang <= GSB_LANG_EN ? m->label[lang] : NULL;
}

const char *gsb_fact_label(gsb_fact fact, gsb_lang lang)
{
	return material_label(gsb__fact_material(fact), lang);
}

int gsb_fact_from_name(gsb_fact *out, const char *name)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(name);
	for (int f = 0; f < GSB_FACT_COUNT; f++)
		if (strcmp(fact_names[f], name) == 0) {
			*out = (gsb_fact)f;
			return GSB_OK;
		}
	return gsb__error(GSB_ENOTFOUND, "'%1$.60s' is not a fact of an application"
	                  GSB__ZH "“%1$.60s”不是申报材料中的事项", name);
}

/* A list's words: those of an item of it in docs/materials.md. */
const char *gsb_list_label(gsb_list list, gsb_lang lang)
{
	return material_label(gsb__list_material(list), lang);
}

static const word metric_words[GSB_METRIC_COUNT] = {
	[GSB_METRIC_CONNECTED_DEVICES] = { "connectedDevices", { "接入设备数", "connected devices" } },
	[GSB_METRIC_API_CALLS_PER_DAY] = { "apiCallsPerDay",
		                           { "日均接口调用次数", "API calls per day" } },
	[GSB_METRIC_ENTERPRISES_SERVED] = { "enterprisesServed",
		                            { "服务企业数", "enterprises served" } },
};
VOCABULARY(metric,
           "'%1$.60s' is not a platform metric" GSB__ZH "“%1$.60s”不是平台指标")
