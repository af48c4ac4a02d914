/*
 * libgeshibai — a parameters document (docs/formats.md "Parameters": an annual
 * guide or a what-if reform) read into a policy: the built-in defaults of
 * params.c overridden, each value with its validity period and reference.
 *
 * Read with the hardened reader of xml.c and validated against
 * data/parameters.xsd; an unknown name, a value of the wrong type or
 * outside the parameter's range (params.c, docs/parameters.md) is a
 * GSB_ESCHEMA error naming the line and the element. Contradictions are
 * GSB_EINPUT errors naming the lines: a period that ends before it starts,
 * two periods of one parameter that overlap (two open-ended ones included:
 * which one holds would depend on their order), and a policy.from after the
 * policy.to in force on the same day (likewise policy.first-year after
 * policy.last-year).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "xml.h"

#define GSB_PARAMS_XSD "parameters.xsd"
/* At most this many <param> in one document (docs/parameters.md): an annual
 * guide has tens; the checks across params stay cheap. */
#define GSB_PARAMS_MAX 1000

/* An optional date attribute of a param: GSB_DATE_NONE when absent. */
static int param_date(gsb_xml *x, const xmlNode *n, const char *name, gsb_date *out)
{
	const char *v = gsb_xml_attr(x, n, name);
	*out = GSB_DATE_NONE;
	return v ? gsb_xml_date(x, gsb_xml_attr_node(n, name), v, NULL, out) : GSB_OK;
}

/* One <param> read: what the checks across params need. */
typedef struct {
	int index;
	gsb_date from, to; /* GSB_DATE_NONE: open */
	const xmlNode *node;
} entry;

static int add_param(gsb_policy *p, gsb_xml *x, const xmlNode *n, entry *e)
{
	const char *name = gsb_xml_attr(x, n, "name"), *value = gsb_xml_attr(x, n, "value");
	const xmlNode *name_node = gsb_xml_attr_node(n, "name");
	int index = gsb__param_index(name);
	gsb_date from, to;
	int rc;
	if (index < 0)
		return gsb_xml_error(x, GSB_ESCHEMA, name_node ? name_node : n, NULL,
		                     "unknown parameter '%.60s'", name ? name : "");
	if (value == NULL)
		return gsb_xml_error(x, GSB_ESCHEMA, n, NULL, "missing attribute 'value'");
	if ((rc = param_date(x, n, "from", &from)) != GSB_OK ||
	    (rc = param_date(x, n, "to", &to)) != GSB_OK)
		return rc;
	if (from != GSB_DATE_NONE && to != GSB_DATE_NONE && to < from)
		return gsb_xml_error(x, GSB_EINPUT, gsb_xml_attr_node(n, "to"), NULL,
		                     "parameter %s: period ends before it starts", name);
	*e = (entry){ index, from, to, n };
	rc = gsb__policy_add(p, (gsb__param)index, value, from, to,
	                     gsb_xml_attr(x, n, "reference"));
	if (rc == GSB_ENOMEM)
		return rc;
	if (rc != GSB_OK)
		return gsb_xml_error(x, GSB_ESCHEMA, gsb_xml_attr_node(n, "value"), NULL, "%s",
		                     gsb__error_both());
	return GSB_OK;
}

/* ------------------------------------------------- checks across params */

/* Periods as day numbers, open ends as the widest. */
static int64_t start_of(const entry *e)
{
	return e->from == GSB_DATE_NONE ? INT64_MIN : e->from;
}

static int64_t end_of(const entry *e)
{
	return e->to == GSB_DATE_NONE ? INT64_MAX : e->to;
}

/* By parameter, then by start. */
static int by_param_start(const void *a, const void *b)
{
	const entry *x = a, *y = b;
	if (x->index != y->index)
		return x->index < y->index ? -1 : 1;
	int64_t s = start_of(x), t = start_of(y);
	return s < t ? -1 : s > t;
}

static void period_text(char *buf, size_t size, const entry *e)
{
	char f[11], t[11];
	snprintf(buf, size, "%s..%s", e->from == GSB_DATE_NONE ? "" : gsb_date_format(e->from, f),
	         e->to == GSB_DATE_NONE ? "" : gsb_date_format(e->to, t));
}

/* Two periods of one parameter that share a day: which value holds would
 * depend on the order of the lines. es is sorted by parameter and start. */
static int check_overlaps(gsb_xml *x, const entry *es, size_t n)
{
	size_t widest = 0; /* of the current parameter: the entry reaching furthest */
	for (size_t i = 1; i < n; i++) {
		if (es[i].index != es[i - 1].index) {
			widest = i;
			continue;
		}
		if (start_of(&es[i]) <= end_of(&es[widest])) {
			const entry *a = &es[widest], *b = &es[i];
			if (gsb_xml_line(a->node) > gsb_xml_line(b->node)) {
				const entry *t = a;
				a = b;
				b = t;
			}
			char pa[24], pb[24];
			period_text(pa, sizeof pa, a);
			period_text(pb, sizeof pb, b);
			return gsb_xml_error(x, GSB_EINPUT, b->node, NULL,
			                     "parameter %s: period %s overlaps period %s of line %ld "
			                     "(one value per day: give the periods from/to that do "
			                     "not overlap)",
			                     gsb__params[b->index].name, pb, pa, gsb_xml_line(a->node));
		}
		if (end_of(&es[i]) > end_of(&es[widest]))
			widest = i;
	}
	return GSB_OK;
}

/* The entry of parameter `index` in force on day d (es sorted, no
 * overlaps), or NULL when the built-in default holds. */
static const entry *entry_on(const entry *es, size_t n, int index, int64_t d)
{
	for (size_t i = 0; i < n; i++)
		if (es[i].index == index && start_of(&es[i]) <= d && d <= end_of(&es[i]))
			return &es[i];
	return NULL;
}

/* A policy.from after policy.to (or first-year after last-year) on any
 * day: the values change only where a period of either starts or ends, so
 * those days (and the first day of all) are the ones to look at. */
static int check_order(gsb_xml *x, const gsb_policy *p, const entry *es, size_t n,
                       gsb__param lo, gsb__param hi)
{
	for (size_t i = 0; i <= n; i++) {
		if (i < n && es[i].index != (int)lo && es[i].index != (int)hi)
			continue;
		/* the days where something changes: a start, the day after an end */
		int64_t days[2] = { i == n ? gsb_date_from_ymd(1, 1, 1) : start_of(&es[i]),
			            i == n || es[i].to == GSB_DATE_NONE ? INT64_MIN : end_of(&es[i]) + 1 };
		for (int k = 0; k < 2; k++) {
			int64_t d = days[k];
			if (d == INT64_MIN)
				continue;
			if (d < gsb_date_from_ymd(1, 1, 1) || d > gsb_date_from_ymd(9999, 12, 31))
				continue;
			const gsb__param_value *a = gsb__policy_value(p, lo, (gsb_date)d);
			const gsb__param_value *b = gsb__policy_value(p, hi, (gsb_date)d);
			if (a == NULL || b == NULL || gsb__param_value_cmp(a, b, lo) <= 0)
				continue;
			const entry *ea = entry_on(es, n, (int)lo, d), *eb = entry_on(es, n, (int)hi, d);
			const entry *at = ea && (!eb || gsb_xml_line(ea->node) > gsb_xml_line(eb->node))
			                  ? ea : eb ? eb : es;
			char day[24] = "";
			if (d > gsb_date_from_ymd(1, 1, 1)) {
				memcpy(day, " from ", 6);
				gsb_date_format((gsb_date)d, day + 6);
			}
			return gsb_xml_error(x, GSB_EINPUT, at->node, NULL,
			                     "parameter %s: %s is after %s %s in force%s "
			                     "(%s must not be after %s)",
			                     gsb__params[lo].name, a->text, gsb__params[hi].name, b->text,
			                     day, gsb__params[lo].name, gsb__params[hi].name);
		}
	}
	return GSB_OK;
}

/* The validated <parameters> element into a new policy. */
static int build(gsb_policy **out, gsb_xml *x, const xmlNode *root)
{
	const char *source = gsb_xml_attr(x, root, "name");
	gsb_policy *p;
	int rc = gsb__policy_create(&p, source ? source : gsb_xml_name(x));
	if (rc != GSB_OK)
		return rc;
	if ((rc = gsb__policy_set_file(p, gsb_xml_name(x))) != GSB_OK) {
		gsb_policy_free(p);
		return rc;
	}
	size_t n = 0, cap = 0;
	entry *es = NULL;
	for (const xmlNode *c = gsb_xml_first_element(root); c && rc == GSB_OK;
	     c = gsb_xml_next_element(c)) {
		if (n == GSB_PARAMS_MAX)
			rc = gsb_xml_error(x, GSB_EINPUT, c, NULL,
			                   "a parameters document holds at most %d params",
			                   GSB_PARAMS_MAX);
		else if ((rc = gsb__grow((void **)&es, &cap, n, sizeof *es)) != GSB_OK)
			rc = gsb__error(GSB_ENOMEM, "out of memory");
		else if ((rc = add_param(p, x, c, &es[n])) == GSB_OK)
			n++;
	}
	if (rc == GSB_OK && n > 0) {
		qsort(es, n, sizeof *es, by_param_start);
		if ((rc = check_overlaps(x, es, n)) == GSB_OK &&
		    (rc = check_order(x, p, es, n, GSB_P_POLICY_FROM, GSB_P_POLICY_TO)) == GSB_OK)
			rc = check_order(x, p, es, n, GSB_P_POLICY_FIRST_YEAR, GSB_P_POLICY_LAST_YEAR);
	}
	free(es);
	if (rc != GSB_OK) {
		gsb_policy_free(p);
		return rc;
	}
	*out = p;
	return GSB_OK;
}

int gsb__policy_read_xml(gsb_policy **out, gsb_xml *x)
{
	const char *root;
	int rc = gsb_xml_root(x, &root);
	if (rc != GSB_OK)
		return rc;
	if (strcmp(root, "parameters") != 0)
		return gsb__error_at(GSB_ESCHEMA, gsb_xml_name(x), 0, root, NULL,
		                     "wrong root element '%.60s': expected 'parameters'", root);
	xmlNode *n = gsb_xml_expand(x); /* a parameters document is small */
	if (n == NULL)
		return gsb_error_last()->code;
	gsb_policy *p = NULL;
	if ((rc = gsb_xml_validate(x, GSB_PARAMS_XSD, n, NULL)) == GSB_OK)
		rc = build(&p, x, n);
	if (rc == GSB_OK && (rc = gsb_xml_skip(x)) > 0)
		rc = gsb_xml_finish(x);
	if (rc != GSB_OK) {
		gsb_policy_free(p);
		return rc;
	}
	*out = p;
	return GSB_OK;
}

int gsb_policy_load(gsb_policy **out, const char *params_path)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	if (params_path == NULL)
		return gsb_policy_new(out);
	gsb_xml *x;
	int rc = gsb_xml_open_file(&x, params_path);
	if (rc != GSB_OK)
		return rc;
	rc = gsb__policy_read_xml(out, x);
	gsb_xml_free(x);
	return rc;
}

int gsb_policy_load_memory(gsb_policy **out, const char *xml, size_t len, const char *name)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	GSB__CHECK_ARG(xml);
	gsb_xml *x;
	int rc = gsb_xml_open_memory(&x, xml, len, name);
	if (rc != GSB_OK)
		return rc;
	rc = gsb__policy_read_xml(out, x);
	gsb_xml_free(x);
	return rc;
}
