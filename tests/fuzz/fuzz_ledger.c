/*
 * libFuzzer target: the ledger reader, the audit of what it read, the
 * one-pass audit of the same bytes, and the audit reports.
 */
#include <stdint.h>
#include <stdlib.h>
#include "geshibai.h"

static gsb_policy *policy;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (gsb_policy_new(&policy) != GSB_OK)
		abort();
	return 0;
}

static void report(const gsb_audit *a)
{
	for (int f = GSB_FORMAT_XML; f <= GSB_FORMAT_TEXT; f++) {
		char *s = gsb_audit_to_string(a, (gsb_format)f, (gsb_lang)(f & 1));
		gsb_free(s);
	}
	for (size_t i = 0; i < gsb_audit_flag_count(a); i++)
		for (size_t j = 0; j < gsb_audit_flag_evidence_count(a, i); j++)
			if (gsb_audit_flag_evidence(a, i, j) == NULL)
				abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *xml = (const char *)data;
	gsb_ledger *l = NULL;
	gsb_audit *a = NULL;
	gsb_date as_of = gsb_date_from_ymd(2020, 6, 30);

	if (gsb_ledger_read_memory(&l, xml, size, "fuzz") == GSB_OK) {
		if (gsb_audit_run(&a, policy, l, GSB_DATE_NONE) == GSB_OK) {
			report(a);
			gsb_audit_free(a);
			a = NULL;
		}
		if (gsb_audit_run(&a, policy, l, as_of) == GSB_OK) {
			report(a);
			gsb_audit_free(a);
			a = NULL;
		}
		gsb_ledger_free(l);
	} else if (l != NULL || gsb_error_last()->message[0] == '\0') {
		abort();
	}
	if (gsb_audit_memory(&a, policy, xml, size, "fuzz-stream", as_of) == GSB_OK) {
		report(a);
		gsb_audit_free(a);
	}
	return 0;
}
