/*
 * libgeshibai — a parameters document (formats.md "Parameters": an annual
 * guide or a what-if reform) read into a policy: the built-in defaults of
 * params.c overridden, each value with its validity period and reference.
 *
 * Read with the hardened reader of xml.c and validated against
 * data/parameters.xsd; an unknown name or a value of the wrong type is a
 * GSB_ESCHEMA error naming the line and the element.
 */
#include <string.h>
#include "xml.h"

#define GSB_PARAMS_XSD "parameters.xsd"

/* An optional date attribute of a param: GSB_DATE_NONE when absent. */
static int param_date(gsb_xml *x, const xmlNode *n, const char *name, gsb_date *out)
{
	const char *v = gsb_xml_attr(x, n, name);
	*out = GSB_DATE_NONE;
	return v ? gsb_xml_date(x, gsb_xml_attr_node(n, name), v, NULL, out) : GSB_OK;
}

static int add_param(gsb_policy *p, gsb_xml *x, const xmlNode *n)
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
	rc = gsb__policy_add(p, (gsb__param)index, value, from, to,
	                     gsb_xml_attr(x, n, "reference"));
	if (rc == GSB_ENOMEM)
		return rc;
	if (rc != GSB_OK)
		return gsb_xml_error(x, GSB_ESCHEMA, gsb_xml_attr_node(n, "value"), NULL, "%s",
		                     gsb_error_last()->message);
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
	for (const xmlNode *n = gsb_xml_first_element(root); n; n = gsb_xml_next_element(n)) {
		if ((rc = add_param(p, x, n)) != GSB_OK) {
			gsb_policy_free(p);
			return rc;
		}
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
