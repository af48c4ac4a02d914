/*
 * libgeshibai — private definitions shared by the library's files.
 * Nothing here is part of the ABI (see lib/libgeshibai.sym).
 */
#ifndef GESHIBAI_INTERNAL_H
#define GESHIBAI_INTERNAL_H

#include <stdarg.h>
#include <stdbool.h>
#include "geshibai.h"

#define GSB_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* ---------------------------------------------------------------- errors */
/* Set the calling thread's error and return code (error.c). */
int gsb__error(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The same with the place in an input document; any of file/element/app may be NULL. */
int gsb__error_at(int code, const char *file, long line, const char *element,
                  const char *application, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
/* Messages in two languages (bilingual.c): "English" GSB__ZH "中文", with the
 * same arguments (by position, %1$s, when the order differs). */
#define GSB__ZH "\x1f"
void gsb__bi_vformat(char *en, size_t en_size, char *zh, size_t zh_size, const char *fmt,
                     va_list ap);
/* Format both halves into out as "en\x1fzh" (just "en" when they are the same),
 * to pass on through "%s" to gsb__error and friends. */
void gsb__bi_vjoin(char *out, size_t size, const char *fmt, va_list ap);
void gsb__bi_format(char *out, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* " (did you mean BEST?)" in both languages, or "" when BEST is NULL (nearest.c). */
void gsb__did_you_mean(char *out, size_t size, const char *best);
/* One language's half of a two-language string, copied into buf. */
const char *gsb__bi_half(const char *s, gsb_lang lang, char *buf, size_t size);
/* The Chinese of an English-only error format, or of an English word such a
 * format takes as argument; NULL when there is none (messages_zh.c). */
const char *gsb__message_zh(const char *english);
const char *gsb__word_zh(const char *english);
size_t gsb__message_zh_count(void);
const char *gsb__message_zh_entry(size_t i, gsb_lang lang);
/* Edit distance over code points (nearest.c); INT32_MAX for names over 64 code points. */
int gsb__edit_distance(const char *a, const char *b);
/* An error's message in both languages, "en\x1fzh", to raise it again with "%s". */
void gsb__error_text(const gsb_error *e, char *out, size_t size);
/* The same of the thread's last error, in a thread-local buffer. */
const char *gsb__error_both(void);
/* Keep the current error but fill in a file / application not yet known. */
void gsb__error_locate(const char *file, const char *application);
/* GSB_EINVAL "NAME: NULL argument" when p is NULL. */
#define GSB__CHECK_ARG(p)                                                        \
	do {                                                                     \
		if ((p) == NULL)                                                 \
			return gsb__error(GSB_EINVAL, "%1$s: %2$s is NULL" GSB__ZH "%1$s：参数 %2$s 为空", __func__, #p); \
	} while (0)

/* ------------------------------------------------------------ three-valued */
static inline gsb_tri gsb__and(gsb_tri a, gsb_tri b) { return a < b ? a : b; }
static inline gsb_tri gsb__or(gsb_tri a, gsb_tri b) { return a > b ? a : b; }
static inline gsb_tri gsb__not(gsb_tri a) { return (gsb_tri)(GSB_TRUE - a); }
static inline gsb_tri gsb__tri(bool b) { return b ? GSB_TRUE : GSB_FALSE; }

/* ---------------------------------------------------------------- strings */
char *gsb__strdup(const char *s);            /* NULL on NULL or no memory */
bool gsb__utf8_valid(const char *s, size_t len);
/* Text the library may store and write again: valid UTF-8 made only of
 * characters XML 1.0 can carry that are no terminal controls — no C0
 * control but TAB, LF and CR, no DEL, no C1 control (U+0080..U+009F, CSI
 * among them), no U+FFFE / U+FFFF. Every string setter checks this
 * (GSB_EINVAL), so no writer emits ill-formed XML or a terminal escape. */
bool gsb__text_valid(const char *s, size_t len);
/* The length of the longest well-formed UTF-8 prefix of str[0..len). */
size_t gsb__utf8_valid_len(const char *str, size_t len);
/* The length (1..4) of the ill-formed sequence at str (len > 0): each such
 * is one U+FFFD. */
size_t gsb__utf8_bad_len(const char *str, size_t len);
/* Copy the string in into out (size bytes, NUL-terminated, cut at a
 * character), each ill-formed UTF-8 sequence written as U+FFFD. Returns out. */
char *gsb__utf8_fix(char *out, size_t size, const char *in);

/* ------------------------------------------------------------------ arena */
/* A chunked bump allocator: everything a decision owns is freed at once. */
typedef struct gsb__arena_chunk gsb__arena_chunk;
typedef struct {
	gsb__arena_chunk *head;
	char *next;
	size_t left;
	char first[1024]; /* most decisions never allocate */
} gsb__arena;
void gsb__arena_init(gsb__arena *a);
void gsb__arena_release(gsb__arena *a);
/* Forget everything allocated but keep the largest chunk for reuse. */
void gsb__arena_reset(gsb__arena *a);
void *gsb__arena_alloc(gsb__arena *a, size_t size);
/* Free space of at least size bytes at the end of the arena (not aligned),
 * to write into before gsb__arena_take(a, room, used) keeps used bytes of it;
 * NULL when out of memory. */
char *gsb__arena_room(gsb__arena *a, size_t size);
void gsb__arena_take(gsb__arena *a, char *room, size_t used);
const char *gsb__arena_strdup(gsb__arena *a, const char *s);
const char *gsb__arena_printf(gsb__arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* ------------------------------------------------------------- decimals */
/* An exact decimal: mant / 10^scale (scale 0..18). Used for rates, ratios,
 * scores and indicator values; money uses gsb_fen. */
typedef struct {
	int64_t mant;
	int scale;
} gsb__dec;
/* Parse "-12.345" with at most max_scale decimals (and at most 18 digits).
 * GSB_EINVAL when malformed or with more decimals, GSB_EOVERFLOW when too big. */
int gsb__dec_parse(gsb__dec *out, const char *text, int max_scale);
/* Write the decimal as given ("4.35", "1000.0"); buf of at least 24 bytes. */
char *gsb__dec_format(gsb__dec d, char buf[24]);
/* 10^n for n in 0..18. */
int64_t gsb__pow10(int n);
/* An amount with thousands separators: "79,027,291.66"; buf of 32 bytes. */
char *gsb__fen_grouped(gsb_fen fen, char buf[32]);
/* An amount in units of unit fen (1000000: 万元, 10000000000: 亿元), rounded
 * half away from zero to two decimals, grouped: "7,902.73". */
#define GSB__FEN_WAN ((gsb_fen)1000000)
#define GSB__FEN_YI ((gsb_fen)10000000000)
char *gsb__fen_scaled(gsb_fen fen, gsb_fen unit, char buf[32]);
/* Compare two decimals exactly: -1, 0, 1. */
int gsb__dec_cmp(gsb__dec a, gsb__dec b);

/* ------------------------------------------------------------- vocabulary */
/* taxonomy.c: the normalisation of docs/rules.md §1 (ICU, text.c). The caller
 * frees *out with free(). lower: fold case (for codes and English names). */
int gsb__text_normalise(char **out, const char *utf8, bool lower);
/* taxonomy.c, for the tests: the i-th normalised industry key and its
 * industry, NULL past the last. */
const char *gsb__industry_key(size_t i, gsb_industry *industry);

/* ------------------------------------------------------------- parameters */
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

/* ------------------------------------------------------------ application */
/* Which codes of a closed list a list holds, its distinct items, whether it
 * names a ten-strong industry (application.c; read by tier.c). */
typedef struct {
	unsigned codes;  /* bit k: the list holds gsb_list_code(list, k) (k < 32) */
	size_t distinct; /* distinct non-empty items */
	bool ten;        /* industries: an item is a ten-strong industry code */
} gsb__list_facts;

typedef struct {
	char **items; /* industries: code, or "other" normalised form; clusters and
	                 scenarios: code or normalised form; others: codes */
	size_t n, cap;
	bool declared;
	/* What the tier rules ask of the items, kept by gsb_application_add_item
	 * so that an evaluation compares no strings (gsb__list_facts_of). */
	gsb__list_facts facts;
	size_t facts_n; /* the number of items facts covers */
	/* past a few items, the distinct items (hash.h), so that adding one
	 * costs constant time, not a scan of the list */
	struct gsb__hash *seen;
} gsb__strlist;

/* The facts of a list, counted again when its items were changed other than
 * through gsb_application_add_item (as white-box tests do). */
gsb__list_facts gsb__list_facts_count(const gsb__strlist *l, gsb_list list);
/* The items the calling thread's distinctness checks compared one by one
 * (a short list's scan), for the tests of linear time. */
extern _Thread_local size_t gsb__item_compares;
static inline gsb__list_facts gsb__list_facts_of(const gsb__strlist *l, gsb_list list)
{
	return l->facts_n == l->n ? l->facts : gsb__list_facts_count(l, list);
}

typedef struct {
	gsb_listing_kind kind;
	int year; /* 0: none given */
	char *text;
} gsb__listing;

/* The listing-year rule of priority (4.3) and of the national cap (4.1),
 * docs/rules.md §11.10: a listing counts when its year, if given, is not
 * after the as-of year. */
static inline bool gsb__listing_held(const gsb__listing *l, int as_of_year)
{
	return l->year == 0 || l->year <= as_of_year;
}

typedef struct {
	gsb_fen principal;
	gsb__dec rate_percent;
	gsb_date start, end;
	bool has_ratio;
	gsb__dec ratio;
} gsb__loan;

typedef struct {
	gsb_fen amount;
	char *source;
} gsb__local;

typedef struct {
	gsb_kpi kpi;
	gsb__dec baseline, current;
	/* judged once by gsb_application_add_kpi (gsb__kpi_judge, effect.c) */
	bool valid;      /* baseline > 0 */
	gsb_tri met;
	char change[56]; /* "-22.00" when valid */
} gsb__kpi_in;

struct gsb_application {
	char *id;
	int year;               /* 0: absent */
	gsb_date submitted;     /* GSB_DATE_NONE: absent */
	gsb_tier claimed;       /* GSB_TIER_NONE: no claim */

	char *name;
	char *uscc;             /* as given, NULL when absent */
	gsb_uscc uscc_decoded;  /* gsb_uscc_decode(uscc), when uscc is set */
	char division[7];       /* "" when absent, else six digits */
	gsb_legal_form legal_form;
	gsb_tri facts[GSB_FACT_COUNT];

	char *platform_name;
	gsb_builder_type builder_type;
	gsb_date operating_since;
	gsb__strlist lists[GSB_LIST_COUNT];
	int64_t metrics[GSB_METRIC_COUNT];
	unsigned metrics_set;   /* bit 1 << gsb_metric */

	bool listings_declared;
	gsb__listing *listings;
	size_t n_listings, cap_listings;

	bool has_score;
	int64_t score_e4;

	bool has_award, has_equity;
	gsb_fen award, equity;
	gsb__loan *loans;
	size_t n_loans, cap_loans;
	gsb__local *locals;
	size_t n_locals, cap_locals;
	gsb__kpi_in *kpis;
	size_t n_kpis, cap_kpis;

	long line;
};

/* Grow an array of elements of size elem so that it holds n + 1 (application.c). */
int gsb__grow(void **array, size_t *cap, size_t n, size_t elem);

/* --------------------------------------------------------------- decision */
#define GSB_CHECK_COUNT 15
#define GSB_CRITERION_COUNT 5

typedef struct {
	gsb_tri result;
	const char *reason[2]; /* [GSB_LANG_ZH], [GSB_LANG_EN]; "" without reasons */
} gsb__explained;

typedef struct {
	int32_t days;
	gsb_fen subsidy;
} gsb__loan_out;

typedef struct {
	gsb_kpi kpi;
	gsb_tri met;
	const char *change;   /* "-22.00", NULL when invalid */
	const char *target;   /* "-20.00" */
	const char *error[2]; /* NULL when valid */
} gsb__kpi_out;

/* An industry name that falls to "other" but lies near one of the ten. */
typedef struct {
	const char *name;     /* as the application holds it (normalised) */
	gsb_industry nearest;
	gsb__explained why;   /* result unused; the warning in both languages */
} gsb__name_warning;

struct gsb_decision {
	gsb__arena arena; /* owns every string below */
	const char *application;
	const char *applicant; /* the applicant's name, or NULL */
	gsb_date as_of;
	int as_of_year; /* the year of as_of */
	const char *policy;
	const char *params, *params_file; /* the parameters document's name and file; NULL: built in */
	unsigned char reasons; /* the languages explained: bit 1 << GSB_LANG_ZH, 1 << GSB_LANG_EN */

	gsb_outcome outcome;
	gsb__explained checks[GSB_CHECK_COUNT];

	gsb_tier tier, claimed;
	gsb_relation relation;
	gsb__explained criteria[GSB_CRITERION_COUNT];
	unsigned kinds;
	gsb_tier undetermined[3];
	size_t n_undetermined;

	int priority;
	const char *priority_reason[2];
	bool has_score;
	int64_t score_e4;

	gsb_subsidy_status status;
	const char *subsidy_reason[2];
	gsb_fen cap;
	int national, cap_applied;
	gsb_fen requested, granted, local, total;
	gsb_fen inst_requested[GSB_INSTRUMENT_COUNT], inst_granted[GSB_INSTRUMENT_COUNT];
	const char *granted_words; /* set when known at evaluation ("零元整"), else NULL */
	_Atomic(char *) words;     /* otherwise spelled on first read (ICU is slow); malloc'd */
	gsb__loan_out *loans;
	size_t n_loans;

	gsb__kpi_out *kpis;
	size_t n_kpis, kpis_met;

	struct gsb__relevance *relevance; /* relevance.c; NULL when none */

	gsb__name_warning *warnings; /* industry names near one of the ten (industry_nearest.c) */
	size_t n_warnings, warnings_cap;
};

/* The cap of docs/rules.md §6 step 3 in force on as_of: award.cap, or
 * award.cap-national for a platform on the national list (subsidy.c). The
 * funding-misuse audit (misuse.c) uses the same function (§8 fraud). */
gsb_fen gsb__award_cap(const gsb_policy *policy, gsb_date as_of, bool national);

/* The steps of gsb_evaluate (one file each); each fills its part of d. */
int gsb__eligibility(gsb_decision *d, const gsb_policy *p, const gsb_application *a);
/* The fact check i is the value of (capable, builder, …), or -1 for a check
 * judged otherwise (eligibility.c). */
int gsb__check_fact(size_t i);
/* The legal form a credit code's positions 1-2 imply, where they imply one
 * (uscc.c; the reading of 3.2.1 that eligibility takes), else
 * GSB_LEGAL_FORM_NONE. */
gsb_legal_form gsb__uscc_legal_form(const char *authority_category);
int gsb__tier(gsb_decision *d, const gsb_policy *p, const gsb_application *a);
int gsb__priority(gsb_decision *d, const gsb_policy *p, const gsb_application *a);
int gsb__subsidy(gsb_decision *d, const gsb_policy *p, const gsb_application *a);
int gsb__effect(gsb_decision *d, const gsb_policy *p, const gsb_application *a);
/* Append to e's reasons the references of the parameters (gsb__param values)
 * that a parameters document set: "（依据 …）" in Chinese, " (per …)" in
 * English, each reference once; nothing when none has one (the built-in
 * defaults cite their provision already) or without reasons. */
void gsb__cite_params(gsb_decision *d, gsb__explained *e, const gsb_policy *p,
                      const int *params, size_t n);
/* The decision's warnings of industry names near one of the ten (industry_nearest.c). */
int gsb__industry_warnings(gsb_decision *d, const gsb_application *a);
/* Judge one indicator of 2.2 from its baseline and current values (effect.c):
 * sets k->valid, k->met and k->change. */
void gsb__kpi_judge(gsb__kpi_in *k);

/* Set an explained result; reasons are printf formats for zh then en,
 * formatted only when d->reasons, each only in a language it asks for (both
 * formats take the same arguments; when the languages need different ones,
 * gsb__explain_bare() then gsb__reason() once per language).
 * Without reasons the arguments are not even evaluated. */
#define gsb__explain(d, e, result, ...)                                             \
	((d)->reasons ? gsb__explain_fmt((d), (e), (result), __VA_ARGS__)           \
	              : gsb__explain_bare((e), (result)))
void gsb__explain_fmt(gsb_decision *d, gsb__explained *e, gsb_tri result, const char *zh,
                      const char *en, ...);
static inline void gsb__explain_bare(gsb__explained *e, gsb_tri result)
{
	e->result = result;
	e->reason[GSB_LANG_ZH] = e->reason[GSB_LANG_EN] = "";
}
/* Set one language's reason of e from its own format and arguments ("" when
 * d does not explain in lang). */
void gsb__reason(gsb_decision *d, gsb__explained *e, gsb_lang lang, const char *fmt, ...);

#endif
