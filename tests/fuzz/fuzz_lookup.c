/*
 * libFuzzer target: name lookup (docs/rules.md §1: NFKC, full-width folding,
 * white space removed, Traditional to Simplified, case folding) for
 * industries, clusters and scenarios. Invariants: invalid UTF-8 is refused
 * with GSB_EINVAL, and looking the normalised form up again gives the same
 * industry.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "geshibai.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';

	gsb_industry ind;
	char *norm = NULL;
	int rc = gsb_industry_lookup(&ind, &norm, s);
	if (rc == GSB_OK) {
		if (norm == NULL)
			abort();
		if (ind != GSB_INDUSTRY_OTHER && strcmp(norm, gsb_industry_name(ind)) != 0)
			abort();
		gsb_industry again;
		char *norm2 = NULL;
		if (gsb_industry_lookup(&again, &norm2, norm) != GSB_OK || again != ind)
			abort();
		gsb_free(norm2);
	} else if (rc != GSB_EINVAL || gsb_error_last()->message[0] == '\0') {
		abort();
	}
	gsb_free(norm);

	char *out = NULL;
	if (gsb_cluster_lookup(&out, s) == GSB_OK)
		gsb_free(out);
	out = NULL;
	if (gsb_scenario_lookup(&out, s) == GSB_OK)
		gsb_free(out);
	free(s);
	return 0;
}
