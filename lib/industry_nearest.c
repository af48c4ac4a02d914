/*
 * libgeshibai — the industry nearest to a name that falls to "other"
 * (docs/rules.md §1 looks names up exactly; this only warns): how applicants
 * write the ten strong industries when they miss them — with a suffix
 * (高端装备制造, 新一代信息技术产业, smart ocean industry), misspelt by a
 * character or two (医养健康 as 医疗健康), or in pinyin (gaoduan zhuangbei).
 * The decision still counts such a name as "other": whether a variant becomes
 * an accepted name is for the rule book, so the library warns and never remaps.
 */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

/* The ten industries' Chinese names in pinyin, normalised (lower case, no
 * spaces): a hint only, never an accepted name [1]. */
static const struct {
	const char *pinyin;
	gsb_industry industry;
} pinyin[] = {
	{ "xinyidaixinxijishu", GSB_INDUSTRY_NEW_GENERATION_IT },
	{ "gaoduanzhuangbei", GSB_INDUSTRY_HIGH_END_EQUIPMENT },
	{ "xinnengyuanxincailiao", GSB_INDUSTRY_NEW_ENERGY_MATERIALS },
	{ "zhihuihaiyang", GSB_INDUSTRY_SMART_OCEAN },
	{ "yiyangjiankang", GSB_INDUSTRY_HEALTH_CARE },
	{ "lvsehuagong", GSB_INDUSTRY_GREEN_CHEMICALS },
	{ "xiandaigaoxiaonongye", GSB_INDUSTRY_MODERN_AGRICULTURE },
	{ "wenhuachuangyi", GSB_INDUSTRY_CULTURAL_CREATIVE },
	{ "jingpinlvyou", GSB_INDUSTRY_QUALITY_TOURISM },
	{ "xiandaijinrong", GSB_INDUSTRY_MODERN_FINANCE },
};

/* Words an applicant adds after an industry's name, normalised, longest of a
 * family first: Chinese, English, pinyin. */
static const char *const suffixes[] = {
	"产业集群", "产业链", "产业", "行业", "制造业", "制造", "服务业", "服务", "领域", "业",
	"industries", "industry", "manufacturing", "services", "service", "sector",
	"chanye", "hangye", "zhizao", "fuwu",
};

/* The industry whose key (or pinyin) is exactly s, or GSB_INDUSTRY_OTHER. */
static gsb_industry exactly(const char *s)
{
	gsb_industry ind;
	for (size_t k = 0; (gsb__industry_key(k, &ind)) != NULL; k++)
		if (strcmp(gsb__industry_key(k, &ind), s) == 0)
			return ind;
	for (size_t k = 0; k < GSB_ARRAY_LEN(pinyin); k++)
		if (strcmp(pinyin[k].pinyin, s) == 0)
			return pinyin[k].industry;
	return GSB_INDUSTRY_OTHER;
}

/* Code points of s. */
static int points(const char *s)
{
	int n = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		n += (*p & 0xC0) != 0x80;
	return n;
}

/* If s ends with one of the suffixes and keeps at least two code points
 * without it, cut it off (in place) and return true. */
static bool strip_suffix(char *s)
{
	size_t len = strlen(s);
	for (size_t k = 0; k < GSB_ARRAY_LEN(suffixes); k++) {
		size_t n = strlen(suffixes[k]);
		if (len > n && memcmp(s + len - n, suffixes[k], n) == 0) {
			char c = s[len - n];
			s[len - n] = '\0';
			if (points(s) >= 2)
				return true;
			s[len - n] = c;
		}
	}
	return false;
}

/* Whether key is near enough to s (as gsb_nearest judges: at most 3 edits
 * and at most a third of the longer) and nearer than *best. */
static bool nearer(const char *s, int ns, const char *key, int *best)
{
	int nk = points(key), longer = ns > nk ? ns : nk;
	if (abs(ns - nk) >= *best || abs(ns - nk) > 3) /* a distance's lower bound */
		return false;
	int d = gsb__edit_distance(s, key);
	if (d > 3 || d * 3 > longer || d >= *best)
		return false;
	*best = d;
	return true;
}

/* The nearest industry to a normalised name (lower case, no white space). */
static gsb_industry nearest_normalised(const char *name)
{
	enum { MAX_FORMS = 4 };
	char forms[MAX_FORMS][256];
	size_t n = 0;
	if (strlen(name) >= sizeof forms[0])
		return GSB_INDUSTRY_OTHER;
	strcpy(forms[n++], name);
	/* the name, then with one suffix after another cut off */
	while (n < MAX_FORMS) {
		strcpy(forms[n], forms[n - 1]);
		if (!strip_suffix(forms[n]))
			break;
		n++;
	}
	for (size_t f = 0; f < n; f++) {
		gsb_industry ind = exactly(forms[f]);
		if (ind != GSB_INDUSTRY_OTHER)
			return ind;
	}
	gsb_industry found = GSB_INDUSTRY_OTHER, ind;
	int best = 4;
	for (size_t f = 0; f < n; f++) {
		int ns = points(forms[f]);
		const char *key;
		for (size_t k = 0; (key = gsb__industry_key(k, &ind)) != NULL; k++)
			if (nearer(forms[f], ns, key, &best))
				found = ind;
		for (size_t k = 0; k < GSB_ARRAY_LEN(pinyin); k++)
			if (nearer(forms[f], ns, pinyin[k].pinyin, &best))
				found = pinyin[k].industry;
	}
	return found;
}

int gsb_industry_nearest(gsb_industry *industry, const char *name)
{
	GSB__CHECK_ARG(industry);
	GSB__CHECK_ARG(name);
	char *norm = NULL;
	int rc = gsb_industry_lookup(industry, &norm, name);
	if (rc != GSB_OK)
		return rc;
	int near = *industry != GSB_INDUSTRY_OTHER;
	if (!near) {
		*industry = nearest_normalised(norm);
		near = *industry != GSB_INDUSTRY_OTHER ? 2 : 0;
	}
	gsb_free(norm);
	return near;
}

/* ---------------------------------------------------- the decision's warnings */

int gsb__industry_warnings(gsb_decision *d, const gsb_application *a)
{
	const gsb__strlist *l = &a->lists[GSB_LIST_INDUSTRIES];
	for (size_t i = 0; i < l->n; i++) {
		const char *item = l->items[i];
		/* an item is an industry's code or a normalised name (application.c) */
		bool seen = item[0] == '\0';
		for (int k = 0; k < GSB_INDUSTRY_COUNT && !seen; k++)
			seen = strcmp(item, gsb_industry_name((gsb_industry)k)) == 0;
		for (size_t j = 0; j < d->n_warnings && !seen; j++)
			seen = strcmp(d->warnings[j].name, item) == 0;
		gsb_industry ind;
		if (seen || (ind = nearest_normalised(item)) == GSB_INDUSTRY_OTHER)
			continue;
		if (d->n_warnings == d->warnings_cap) {
			size_t cap = d->warnings_cap ? 2 * d->warnings_cap : 2;
			gsb__name_warning *w = gsb__arena_alloc(&d->arena, cap * sizeof *w);
			if (w == NULL)
				return gsb__error(GSB_ENOMEM, "out of memory");
			if (d->n_warnings)
				memcpy(w, d->warnings, d->n_warnings * sizeof *w);
			d->warnings = w;
			d->warnings_cap = cap;
		}
		gsb__name_warning *w = &d->warnings[d->n_warnings];
		if ((w->name = gsb__arena_strdup(&d->arena, item)) == NULL)
			return gsb__error(GSB_ENOMEM, "out of memory");
		w->nearest = ind;
		gsb__explain_bare(&w->why, GSB_UNKNOWN);
		gsb__reason(d, &w->why, GSB_LANG_ZH,
		            "行业“%s”不是十强产业的名称，按“其他”计；最接近的是“%s”，"
		            "如指该产业，请写其名称",
		            item, gsb_industry_label(ind, GSB_LANG_ZH));
		gsb__reason(d, &w->why, GSB_LANG_EN,
		            "industry '%s' is none of the ten strong industries and counts as "
		            "other; nearest: %s (%s) — if that is meant, write its name",
		            item, gsb_industry_label(ind, GSB_LANG_EN), gsb_industry_name(ind));
		d->n_warnings++;
	}
	return GSB_OK;
}
