/*
 * libgeshibai — common definitions: versions, status codes, three-valued
 * facts, dates, money and the per-thread error.
 *
 * Conventions (after libgit2 and SQLite):
 *   - functions that can fail return int: GSB_OK (0) or a negative GSB_E* code,
 *     and write their result through an out-parameter given first;
 *   - on failure gsb_error_last() describes the error of the calling thread;
 *   - every function that returns a status is GSB_WARN_UNUSED; functions that
 *     cannot fail (accessors, predicates) return their value directly and say
 *     what they return for NULL or an index out of range;
 *   - a name that matches nothing is GSB_ENOTFOUND (gsb_X_from_name, lookups,
 *     parameters); a NULL or out-of-range argument GSB_EINVAL;
 *   - *_free(NULL) is a no-op; strings returned by an object live as long as
 *     the object, unless the function's documentation says the caller frees
 *     them (then with gsb_free()).
 *   Known exceptions, kept for 1.0 (changing them would break callers): the
 *   out-parameters of gsb_review_history_at() and gsb_decision_expert_score()
 *   come after the object; gsb_decision_to_string(), gsb_audit_to_string(),
 *   gsb_whatif_to_string(), gsb_programme_to_html(), gsb_review_to_xml() and
 *   gsb_fen_to_words() return the string (the caller frees it; NULL on
 *   failure, with gsb_error_last() set) instead of a status.
 *
 * The ABI is exactly what include/ declares (lib/libgeshibai.sym, checked by
 * tests/exports.sh); libgeshibai(3) lists the functions by area.
 */
#ifndef GESHIBAI_COMMON_H
#define GESHIBAI_COMMON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GSB_VERSION_MAJOR 1
#define GSB_VERSION_MINOR 0
#define GSB_VERSION_PATCH 0
#define GSB_VERSION_STRING "1.0.0"

#if defined(__GNUC__)
#define GSB_WARN_UNUSED __attribute__((warn_unused_result))
#else
#define GSB_WARN_UNUSED
#endif

/** Status codes. Every failing call returns one of these (negative). */
typedef enum {
	GSB_OK = 0,
	GSB_ERROR = -1,      /**< internal error (a bug: please report) */
	GSB_EINVAL = -2,     /**< invalid argument: NULL, out of range, unknown code */
	GSB_ENOMEM = -3,     /**< out of memory */
	GSB_EIO = -4,        /**< file could not be read or written */
	GSB_EPARSE = -5,     /**< input is not well-formed XML, or is refused (DOCTYPE) */
	GSB_ESCHEMA = -6,    /**< input is XML but not valid against the schema */
	GSB_EINPUT = -7,     /**< input is valid XML but its values are inconsistent
	                          (loan ends before it starts, too many decimals, ...) */
	GSB_EOVERFLOW = -8,  /**< an amount does not fit in 64-bit fen */
	GSB_ESTATE = -9,     /**< a transition the procedure does not allow */
	GSB_ENOTFOUND = -10  /**< a name that matches nothing */
} gsb_status;

/** Name of a status code ("GSB_EINVAL"), never NULL ("GSB_UNKNOWN_STATUS"). */
const char *gsb_status_name(int status);
/** The status code of a name ("GSB_EINVAL"); GSB_ENOTFOUND when it is none. */
GSB_WARN_UNUSED int gsb_status_from_name(int *out, const char *name);

/**
 * Three-valued facts and results (Kleene logic, docs/rules.md §0).
 * The values are ordered so that AND is the minimum and OR the maximum.
 */
typedef enum {
	GSB_FALSE = 0,
	GSB_UNKNOWN = 1,
	GSB_TRUE = 2
} gsb_tri;

/** "true", "false" or "unknown" (also for a value out of range): never NULL. */
const char *gsb_tri_name(gsb_tri value);
/** The value of "true", "false" or "unknown"; GSB_ENOTFOUND for any other name. */
GSB_WARN_UNUSED int gsb_tri_from_name(gsb_tri *out, const char *name);

/** Language of reasons and labels. */
typedef enum { GSB_LANG_ZH = 0, GSB_LANG_EN = 1 } gsb_lang;
/** "zh" or "en"; NULL for a bad language. */
const char *gsb_lang_name(gsb_lang lang);
/** A language's name in words ("中文", "Chinese") in the language lang. */
const char *gsb_lang_label(gsb_lang value, gsb_lang lang);
/** The language of "zh" or "en"; GSB_ENOTFOUND for any other name. */
GSB_WARN_UNUSED int gsb_lang_from_name(gsb_lang *out, const char *name);

/** What a status code means, in words ("参数无效", "invalid argument");
 *  NULL for a value that is no status or a bad language. */
const char *gsb_status_label(int status, gsb_lang lang);
/** "是"/"否"/"未知", "yes"/"no"/"unknown"; NULL out of range or for a bad language. */
const char *gsb_tri_label(gsb_tri value, gsb_lang lang);

/**
 * The language when none is given — the one rule the command, Python and
 * Java all follow: the first of LC_ALL, LC_MESSAGES and LANG that is set and
 * not empty decides (starting with "zh": GSB_LANG_ZH, anything else:
 * GSB_LANG_EN); none set: GSB_LANG_EN. Reads the environment at each call
 * (getenv: do not call it while another thread changes the environment).
 */
gsb_lang gsb_lang_default(void);

/** Money: an integer number of fen (0.01 yuan). Never a float. */
typedef int64_t gsb_fen;

/** A calendar date: days since 1970-01-01 (proleptic Gregorian). */
typedef int32_t gsb_date;
#define GSB_DATE_NONE INT32_MIN
/**
 * The dates the library accepts: 0001-01-01 (GSB_DATE_MIN) to 9999-12-31
 * (GSB_DATE_MAX), the years a YYYY-MM-DD date can write. Every function
 * taking a gsb_date refuses a day number outside this range with GSB_EINVAL
 * (GSB_DATE_NONE stays "no date" where the function allows none), so no
 * arithmetic meets a far date and none prints as a wrong year.
 */
#define GSB_DATE_MIN (-719162)
#define GSB_DATE_MAX 2932896

/** The date of y-m-d, or GSB_DATE_NONE when it does not exist (2019-02-30). */
gsb_date gsb_date_from_ymd(int year, int month, int day);
/** Split a date into its parts; any pointer may be NULL. */
void gsb_date_to_ymd(gsb_date date, int *year, int *month, int *day);
/** Parse "YYYY-MM-DD" exactly (no other form). GSB_EINVAL when malformed. */
GSB_WARN_UNUSED int gsb_date_parse(gsb_date *out, const char *text);
/** Write "YYYY-MM-DD" and a NUL into buf (at least 11 bytes). Returns buf. */
char *gsb_date_format(gsb_date date, char buf[11]);
/** Today in local time. */
gsb_date gsb_date_today(void);

/**
 * Parse a decimal amount in yuan ("12345.67", at most two decimals, optional
 * leading '-') into fen. GSB_EINVAL when malformed or with more than two
 * decimals; GSB_EOVERFLOW when it does not fit in 64-bit fen.
 */
GSB_WARN_UNUSED int gsb_fen_parse(gsb_fen *out, const char *yuan);
/** Write "12345.67" into buf (at least 24 bytes). Returns buf. */
char *gsb_fen_format(gsb_fen fen, char buf[24]);
/**
 * The amount in Chinese financial capitals (壹万贰仟叁佰肆拾伍元陆角柒分),
 * docs/rules.md §6 step 7 and §11.12. The caller frees the result with gsb_free().
 * NULL (and gsb_error_last()) on failure or a negative amount.
 */
char *gsb_fen_to_words(gsb_fen fen);

/** The error of the calling thread's last failing call. */
typedef struct {
	int code;                /**< a gsb_status */
	const char *message;     /**< English text, never NULL ("" when no error) */
	const char *file;        /**< input file, or NULL */
	long line;               /**< input line, or 0 */
	const char *element;     /**< element path ("application/applicant/division"), or NULL */
	const char *application; /**< application id, when known, or NULL */
	const char *message_zh;  /**< the same in Chinese, or NULL (then see message);
	                              added in 0.2: read it through gsb_error_message() */
} gsb_error;

/**
 * The error's message in lang: for GSB_LANG_ZH its Chinese text when it has
 * one, else its English text; never NULL ("" for a NULL error). A service
 * answering in either language picks per request, not per process locale.
 */
const char *gsb_error_message(const gsb_error *error, gsb_lang lang);

/**
 * The name among names[0..n-1] nearest to word ("bulider" -> "builder"), for
 * a "did you mean" hint: an edit distance over code points (a swap of two
 * neighbours counts one; ASCII case ignored) of at most 3 and at most a
 * third of the longer name. NULL when none is near enough, or on NULL
 * arguments; never word itself.
 */
const char *gsb_nearest(const char *word, const char *const *names, size_t n);

/** Never NULL: a thread-local record, valid until the thread's next call. */
const gsb_error *gsb_error_last(void);
/** Forget the calling thread's last error. */
void gsb_error_clear(void);

/** Free memory the library returned with "caller frees". */
void gsb_free(void *ptr);

/** The library version at run time, e.g. "1.0.0". */
const char *gsb_version(void);

#ifdef __cplusplus
}
#endif
#endif
