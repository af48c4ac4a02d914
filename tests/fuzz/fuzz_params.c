/*
 * libFuzzer target: the parameters reader; a policy that loads is queried
 * for every parameter and used to decide an application.
 */
#include <stdint.h>
#include <stdlib.h>
#include "geshibai.h"

static gsb_application *app;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (gsb_application_new(&app) != GSB_OK ||
	    gsb_application_set_id(app, "FUZZ") != GSB_OK ||
	    gsb_application_set_award(app, 1200000000) != GSB_OK ||
	    gsb_application_add_loan(app, 10000000000, "4.35", gsb_date_from_ymd(2019, 1, 1),
	                             gsb_date_from_ymd(2020, 1, 1), NULL) != GSB_OK ||
	    gsb_application_set_fact(app, GSB_FACT_RECOGNISED, GSB_TRUE) != GSB_OK)
		abort();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gsb_policy *p = NULL;
	if (gsb_policy_load_memory(&p, (const char *)data, size, "fuzz") != GSB_OK) {
		if (p != NULL || gsb_error_last()->message[0] == '\0')
			abort();
		return 0;
	}
	const gsb_date days[] = { GSB_DATE_NONE, gsb_date_from_ymd(2018, 12, 20),
		                  gsb_date_from_ymd(2019, 6, 14), gsb_date_from_ymd(2020, 12, 31),
		                  gsb_date_from_ymd(9999, 12, 31) };
	for (size_t i = 0; i < gsb_param_count(); i++)
		for (size_t k = 0; k < sizeof days / sizeof days[0]; k++) {
			const char *value = NULL, *ref = NULL;
			gsb_date from, to;
			(void)gsb_policy_param(&value, p, gsb_param_name(i), days[k]);
			(void)gsb_policy_param_origin(&ref, &from, &to, p, gsb_param_name(i), days[k]);
		}
	(void)gsb_policy_source(p);
	gsb_decision *d = NULL;
	if (gsb_evaluate(&d, p, app, gsb_date_from_ymd(2019, 6, 14), GSB_EVAL_DEFAULT) == GSB_OK) {
		char *s = gsb_decision_to_string(d, GSB_FORMAT_JSON, GSB_LANG_ZH);
		gsb_free(s);
		gsb_decision_free(d);
	}
	gsb_policy_free(p);
	return 0;
}
