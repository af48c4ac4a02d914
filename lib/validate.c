/*
 * libgeshibai — any document checked against its schema (gsb_validate_file,
 * docs/formats.md): applications and batches (XML or JSON) through the
 * reader, parameters, review records replayed, any other document by the
 * schema declaring its root element.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "json_read.h"
#include "reader.h"
#include "xml.h"

/* Any other document: streaming validation against the schema declaring
 * its root element. */
static int validate_stream(gsb_xml *x)
{
	const char *root;
	int rc = gsb_xml_root(x, &root);
	if (rc != GSB_OK)
		return rc;
	return gsb_xml_finish(x);
}

static int open_either(gsb_xml **x, const char *path, const char *buf, size_t len)
{
	return buf ? gsb_xml_open_memory(x, buf, len, path) : gsb_xml_open_file(x, path);
}

static int validate_by_root(const char *path, const char *buf, size_t len, const char *root)
{
	int rc;
	if (strcmp(root, "application") == 0 || strcmp(root, "applications") == 0) {
		gsb_reader *r;
		rc = buf ? gsb_reader_open_memory(&r, buf, len, path) : gsb_reader_open_file(&r, path);
		if (rc == GSB_OK)
			rc = gsb__reader_check(r);
		gsb_reader_free(r);
		return rc;
	}
	if (strcmp(root, "parameters") == 0) {
		gsb_policy *p = NULL;
		rc = buf ? gsb_policy_load_memory(&p, buf, len, path) : gsb_policy_load(&p, path);
		gsb_policy_free(p);
		return rc;
	}
	if (strcmp(root, "review") == 0) {
		/* a review record as a whole (docs/review.md): its steps replayed
		 * under the built-in policy, so that dates running backwards or a
		 * disbursement inside the publicity period are refused */
		gsb_policy *p = NULL;
		gsb_review *r = NULL;
		if ((rc = gsb_policy_new(&p)) == GSB_OK)
			rc = buf ? gsb_review_read_memory(&r, p, buf, len, path)
			         : gsb_review_read_file(&r, p, path);
		gsb_review_free(r);
		gsb_policy_free(p);
		return rc;
	}
	const char *schema = gsb_xml_schema_for(root);
	if (schema == NULL)
		return gsb__error_at(GSB_ESCHEMA, path, 0, root, NULL,
		                     "unknown document element '%.60s'", root);
	gsb_xml *x;
	if ((rc = open_either(&x, path, buf, len)) != GSB_OK)
		return rc;
	if ((rc = gsb_xml_validate_stream(x, schema)) == GSB_OK)
		rc = validate_stream(x);
	gsb_xml_free(x);
	return rc;
}

/* Standard input read whole (it cannot be read twice). */
static int slurp_stdin(char **out, size_t *len)
{
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap);
	for (;;) {
		if (buf == NULL)
			return gsb__error(GSB_ENOMEM, "out of memory");
		if (n == cap) {
			char *b = realloc(buf, cap *= 2);
			if (b == NULL)
				free(buf);
			buf = b;
			continue;
		}
		ssize_t r = read(STDIN_FILENO, buf + n, cap - n);
		if (r == 0)
			break;
		if (r < 0 && errno != EINTR) {
			free(buf);
			return gsb__error_at(GSB_EIO, "-", 0, NULL, NULL, "cannot read standard input: %s",
			                     strerror(errno));
		}
		n += r > 0 ? (size_t)r : 0;
	}
	*out = buf;
	*len = n;
	return GSB_OK;
}

int gsb_validate_file(const char *path)
{
	GSB__CHECK_ARG(path);
	char *buf = NULL, root[128];
	size_t len = 0;
	const char *local;
	gsb_xml *x;
	int rc = strcmp(path, "-") == 0 ? slurp_stdin(&buf, &len) : GSB_OK;
	if (rc == GSB_OK && (buf ? gsb__json_sniff(buf, len) == 1 : gsb__file_is_json(path))) {
		/* applications as JSON (json_read.c): every one checked */
		gsb_reader *r;
		rc = buf ? gsb_reader_open_memory(&r, buf, len, path) : gsb_reader_open_file(&r, path);
		if (rc == GSB_OK)
			rc = gsb__reader_check(r);
		gsb_reader_free(r);
		free(buf);
		return rc;
	}
	if (rc == GSB_OK && (rc = open_either(&x, path, buf, len)) == GSB_OK) {
		if ((rc = gsb_xml_root(x, &local)) == GSB_OK)
			snprintf(root, sizeof root, "%s", local);
		gsb_xml_free(x);
	}
	if (rc == GSB_OK)
		rc = validate_by_root(path, buf, len, root);
	else if (rc == GSB_EPARSE) /* unreadable: the application reader says what it is */
		rc = validate_by_root(path, buf, len, "applications");
	free(buf);
	return rc;
}
