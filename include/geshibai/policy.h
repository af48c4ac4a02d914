/*
 * libgeshibai — the policy: the measures' parameters (docs/rules.md §0) with their
 * validity periods, built in and overridable by a parameters file.
 *
 * A gsb_policy is immutable once built and may be shared by any number of
 * threads at once.
 */
#ifndef GESHIBAI_POLICY_H
#define GESHIBAI_POLICY_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct gsb_policy gsb_policy;

/** The policy with the built-in defaults of the rule book. */
GSB_WARN_UNUSED int gsb_policy_new(gsb_policy **out);
/**
 * The built-in defaults overridden by a parameters document (docs/formats.md).
 * path NULL is the same as gsb_policy_new(). GSB_EIO, GSB_EPARSE, GSB_ESCHEMA
 * (unknown name, value of the wrong type) with line and element.
 */
GSB_WARN_UNUSED int gsb_policy_load(gsb_policy **out, const char *params_path);
/** The same from a document in memory; name (may be NULL) names it in errors. */
GSB_WARN_UNUSED int gsb_policy_load_memory(gsb_policy **out, const char *xml, size_t len,
                                           const char *name);
void gsb_policy_free(gsb_policy *policy);

/** "sd-2018-ge-shi-bai". */
const char *gsb_policy_id(const gsb_policy *policy);
/** The parameters document's name attribute (else its file name), or NULL for
 *  the built-in defaults. */
const char *gsb_policy_source(const gsb_policy *policy);
/** The file the parameters were read from (the name given to
 *  gsb_policy_load_memory()), or NULL for the built-in defaults. */
const char *gsb_policy_file(const gsb_policy *policy);

/** Kinds of parameter value. */
typedef enum {
	GSB_PARAM_MONEY,    /**< fen, written in yuan "10000000.00" */
	GSB_PARAM_INTEGER,  /**< a count or a number of days */
	GSB_PARAM_DECIMAL,  /**< a ratio or tolerance ("0.1", "1") */
	GSB_PARAM_DATE      /**< "YYYY-MM-DD" */
} gsb_param_type;
/** "money", "integer", "decimal", "date", and their words. */
const char *gsb_param_type_name(gsb_param_type type);
const char *gsb_param_type_label(gsb_param_type type, gsb_lang lang);
GSB_WARN_UNUSED int gsb_param_type_from_name(gsb_param_type *out, const char *name);

/** Number of known parameter names. */
size_t gsb_param_count(void);
/** The i-th parameter name ("award.cap"), or NULL. */
const char *gsb_param_name(size_t index);
/** Type of a named parameter; GSB_ENOTFOUND for an unknown name. */
GSB_WARN_UNUSED int gsb_param_type_of(gsb_param_type *out, const char *name);
/** The provision a parameter comes from ("4.1"), or NULL for an unknown name. */
const char *gsb_param_provision(const char *name);

/**
 * The value of a parameter in force on as_of, as text in its type's format
 * ("10000000.00", "5", "0.1", "2020-12-31"). *value is NULL when the
 * parameter has no value that day (min-devices has no default). A date that
 * no validity period covers (GSB_DATE_NONE included) gets the open-ended
 * value, the built-in default unless a parameters file replaced it. The string
 * lives as long as the policy. GSB_EINVAL for a NULL argument, GSB_ENOTFOUND
 * for an unknown name. Thread-safe: the policy is immutable.
 */
GSB_WARN_UNUSED int gsb_policy_param(const char **value, const gsb_policy *policy, const char *name,
                     gsb_date as_of);
/**
 * Where that value comes from: the reference of the parameters file, or the
 * provision for a built-in default. *from / *to receive its validity period
 * (GSB_DATE_NONE when open). Any out-pointer may be NULL.
 */
GSB_WARN_UNUSED int gsb_policy_param_origin(const char **reference, gsb_date *from, gsb_date *to,
                            const gsb_policy *policy, const char *name, gsb_date as_of);

#ifdef __cplusplus
}
#endif
#endif
