/*
 * libgeshibai — the parameters of the rule book and the policy that holds
 * them (params.c, params_read.c, date.c).
 * Private: nothing here is part of the ABI (lib/libgeshibai.sym).
 */
#ifndef GSB_PARAMS_INT_H
#define GSB_PARAMS_INT_H

#include "money_int.h"

/* The parameters of the rule book (params.c), by index. */
typedef enum {
	GSB_P_POLICY_FROM = 0,        /* notice: 2018-12-20 */
	GSB_P_POLICY_TO,              /* notice: 2020-12-31 */
	GSB_P_POLICY_FIRST_YEAR,      /* preamble: 2018 */
	GSB_P_POLICY_LAST_YEAR,       /* preamble: 2020 */
	GSB_P_AWARD_CAP,              /* 4.1: 10,000,000.00 */
	GSB_P_AWARD_CAP_NATIONAL,     /* 4.1: 30,000,000.00 */
	GSB_P_AWARD_INTEREST_RATIO,   /* 4.1: 1 */
	GSB_P_MIN_RESOURCES,          /* 3.1.3: 5 */
	GSB_P_MIN_INDUSTRIES,         /* 3.1.3: 2 */
	GSB_P_MIN_DOMAINS,            /* 3.1.3: 2 */
	GSB_P_MIN_DEVICES,            /* 3.1.3: no default */
	GSB_P_MIN_API_CALLS,          /* 3.1.3: no default */
	GSB_P_WITHHOLDING_DAYS,       /* 5.4: 30 */
	GSB_P_LINE_TOLERANCE,         /* 5.4: 0.1 */
	GSB_P_METRIC_TOLERANCE,       /* 5.4: 0.1 */
	GSB_P_PUBLICITY_DAYS,         /* 5.2: 5 */
	GSB_P_TARGET_COMPREHENSIVE,   /* 2.1: 1 */
	GSB_P_TARGET_CROSS_DOMAIN,    /* 2.1: 10 */
	GSB_P_TARGET_ENTERPRISE,      /* 2.1: 100 */
	GSB_P_COUNT
} gsb__param;

/* One value of a parameter with its validity period. */
typedef struct {
	gsb_date from, to;      /* GSB_DATE_NONE: open */
	const char *text;       /* as written ("10000000.00") */
	const char *reference;  /* parameters file reference or NULL */
	int64_t i;              /* MONEY: fen; INTEGER: value; DATE: gsb_date */
	gsb__dec d;             /* DECIMAL */
} gsb__param_value;

typedef struct {
	const char *name;
	gsb_param_type type;
	const char *provision;
	const char *default_text; /* NULL: no default */
	const char *min_text, *max_text; /* the range allowed, inclusive (docs/parameters.md) */
} gsb__param_def;

extern const gsb__param_def gsb__params[GSB_P_COUNT];
/* Index of a parameter name, or -1. */
int gsb__param_index(const char *name);
/* Parse text as a value of the parameter's type into v (text, i, d).
 * GSB_EINVAL with a message when it is not, or when it is outside the
 * parameter's range (the message then names the range). */
int gsb__param_parse(gsb__param_value *v, gsb__param p, const char *text);
/* -1, 0, 1: two values of parameter p compared. */
int gsb__param_value_cmp(const gsb__param_value *a, const gsb__param_value *b, gsb__param p);

/* The value in force on as_of, or NULL when there is none. Later overrides
 * win over earlier ones and over the built-in default. */
/* date.c: GSB_OK for a date inside GSB_DATE_MIN..GSB_DATE_MAX (or
 * GSB_DATE_NONE when none_ok); else GSB_EINVAL with "WHAT: ..." set. */
int gsb__date_check(gsb_date date, bool none_ok, const char *what);

const gsb__param_value *gsb__policy_value(const gsb_policy *policy, gsb__param p, gsb_date as_of);
/* The integer value in force on as_of, or dflt when there is none. */
int64_t gsb__param_int(const gsb_policy *policy, gsb__param p, gsb_date as_of, int64_t dflt);

/* Building a policy (params.c); the parameters reader (params_read.c) uses these. */
int gsb__policy_create(gsb_policy **out, const char *source);
/* Record the file a policy's parameters came from (params_read.c). */
int gsb__policy_set_file(gsb_policy *policy, const char *file);
/* The reference a parameters document gives the value of p in force on
 * as_of ("2019年度申报指南 第三条"), or NULL for a built-in default. */
const char *gsb__param_reference(const gsb_policy *policy, gsb__param p, gsb_date as_of);
/* Add an override: text is parsed per the parameter's type (GSB_EINVAL when
 * malformed); from/to may be GSB_DATE_NONE; reference may be NULL. */
int gsb__policy_add(gsb_policy *policy, gsb__param p, const char *text, gsb_date from,
                    gsb_date to, const char *reference);

#endif
