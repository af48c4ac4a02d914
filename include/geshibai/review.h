/*
 * libgeshibai — the review procedure of provision 5.2 (docs/review.md): the
 * record of one application's way from submission to disbursement.
 *
 *   submitted → city-recommended | city-rejected
 *   city-recommended → task-force-reviewed | task-force-rejected
 *   task-force-reviewed → expert-reviewed → selected | not-selected
 *   selected → publicised → disbursed | objection-upheld
 *   publicised → publicised (an objection dismissed: a note is required)
 *   any state but disbursed (and withdrawn itself) → withdrawn
 *
 * Disbursement is allowed only once the publicity period has ended
 * (parameter review.publicity-days, default 5 calendar days). Reading (see
 * docs/review.md): publicised on day D with N days, the period covers
 * D .. D+N-1 and disbursement is allowed from D+N; N is the value in force
 * on D. An objection (异议) is upheld or dismissed only inside the period
 * (D .. D+N-1); a dismissed one does not restart it. Any other transition
 * is refused with GSB_ESTATE and a message naming both states and the rule.
 *
 * A record is checked as a whole wherever it is read (gsb_review_read_file,
 * gsb_review_read_memory, gsb_validate_file): every step is replayed through
 * gsb_review_advance, so dates never run backwards and each transition is
 * allowed at its date.
 *
 * A gsb_review is not shared between threads while it is being advanced.
 * Every function is NULL-safe: a NULL argument gives GSB_EINVAL (or NULL / 0
 * from accessors).
 */
#ifndef GESHIBAI_REVIEW_H
#define GESHIBAI_REVIEW_H

#include "common.h"
#include "policy.h"

#ifdef __cplusplus
extern "C" {
#endif

/** States of the procedure [5.2]: the first ten in procedure order, the two
 * added later (task-force-rejected, objection-upheld) after them so that
 * the values of the others stay as they were. */
typedef enum {
	GSB_REVIEW_SUBMITTED = 0,        /**< "submitted": 申报 */
	GSB_REVIEW_CITY_RECOMMENDED,     /**< "city-recommended": 市级推荐 */
	GSB_REVIEW_CITY_REJECTED,        /**< "city-rejected": 市级初审未通过 */
	GSB_REVIEW_TASK_FORCE_REVIEWED,  /**< "task-force-reviewed": 专班初审 */
	GSB_REVIEW_EXPERT_REVIEWED,      /**< "expert-reviewed": 专家评审 */
	GSB_REVIEW_SELECTED,             /**< "selected": 确定支持 */
	GSB_REVIEW_NOT_SELECTED,         /**< "not-selected": 未获支持 */
	GSB_REVIEW_PUBLICISED,           /**< "publicised": 公示 */
	GSB_REVIEW_DISBURSED,            /**< "disbursed": 拨付奖励资金 */
	GSB_REVIEW_WITHDRAWN,            /**< "withdrawn": 撤回申报 */
	GSB_REVIEW_TASK_FORCE_REJECTED,  /**< "task-force-rejected": 专班初审未通过 (ends the record) */
	GSB_REVIEW_OBJECTION_UPHELD,     /**< "objection-upheld": 公示异议成立 (ends the record) */
	GSB_REVIEW_STATE_COUNT
} gsb_review_state;

/** The stable code of a state ("city-recommended"), or NULL when out of range. */
const char *gsb_review_state_name(gsb_review_state state);
/** The Chinese or English label of a state, or NULL when out of range. */
const char *gsb_review_state_label(gsb_review_state state, gsb_lang lang);
/** The state of a code; GSB_ENOTFOUND for an unknown code, GSB_EINVAL on NULL. */
GSB_WARN_UNUSED int gsb_review_state_from_name(gsb_review_state *out, const char *name);

/**
 * 1 when the procedure allows the transition from → to (regardless of dates),
 * 0 when it does not or a state is out of range.
 */
int gsb_review_allowed(gsb_review_state from, gsb_review_state to);

/** The review record of one application: its history of (state, date, note). */
typedef struct gsb_review gsb_review;

/**
 * A new record in state submitted on the given date. application_id is
 * copied (non-empty UTF-8). GSB_EINVAL for NULL, an empty or invalid id, or
 * GSB_DATE_NONE.
 */
GSB_WARN_UNUSED int gsb_review_new(gsb_review **out, const char *application_id,
                                   gsb_date submitted);
void gsb_review_free(gsb_review *review);

/**
 * Move the record to state `to` on `date`, with an optional note (UTF-8,
 * copied; NULL or "" for none).
 *
 *   GSB_ESTATE  the transition is not a step of the procedure, or it is
 *               publicised → disbursed before the publicity period has ended,
 *               or publicised → objection-upheld / publicised after it; the
 *               message names both states and the rule ("transition from
 *               publicised to disbursed refused: publicity period of 5 days
 *               from 2019-07-02 ends 2019-07-06; disbursement is allowed from
 *               2019-07-07"); publicised → publicised without a note;
 *   GSB_EINVAL  a NULL argument, a state out of range, GSB_DATE_NONE, a date
 *               before the date of the current state, invalid UTF-8 in the note;
 *   GSB_EINPUT  review.publicity-days has no value on the day of publicity.
 *
 * On failure the record is unchanged. The policy gives review.publicity-days.
 */
GSB_WARN_UNUSED int gsb_review_advance(gsb_review *review, const gsb_policy *policy,
                                       gsb_review_state to, gsb_date date, const char *note);

/** The application id (lives as long as the record), NULL for NULL. */
const char *gsb_review_application(const gsb_review *review);
/** The current state (GSB_REVIEW_SUBMITTED for NULL). */
gsb_review_state gsb_review_current(const gsb_review *review);
/** The date of the current state (GSB_DATE_NONE for NULL). */
gsb_date gsb_review_current_date(const gsb_review *review);
/** Number of history entries, submission included (0 for NULL). */
size_t gsb_review_history_count(const gsb_review *review);
/**
 * The index-th history entry (0 = submission). Any out-pointer may be NULL;
 * *note is NULL when the entry has none and lives as long as the record.
 * GSB_EINVAL for a NULL record or an index past the end.
 */
GSB_WARN_UNUSED int gsb_review_history_at(const gsb_review *review, size_t index, gsb_review_state *state,
                          gsb_date *date, const char **note);
/**
 * The first day on which the record may move from publicised to disbursed
 * under the policy; GSB_ESTATE when it is not publicised.
 */
GSB_WARN_UNUSED int gsb_review_disbursable_from(gsb_date *out, const gsb_review *review,
                                const gsb_policy *policy);
/**
 * The day the record was publicised (the start of its publicity period,
 * not moved by a dismissed objection); GSB_ESTATE when it is not publicised.
 */
int gsb_review_publicised_on(gsb_date *out, const gsb_review *review);

/**
 * Read a review document (docs/formats.md, root <review>, schema review.xsd).
 * The history is replayed through gsb_review_advance under the policy, so a
 * stored record that breaks the procedure is refused.
 *   GSB_EIO, GSB_EPARSE (not well-formed, or a DOCTYPE), GSB_ESCHEMA (with
 *   line and element), GSB_EINPUT (a refused transition or a date going
 *   backwards, with its line).
 */
GSB_WARN_UNUSED int gsb_review_read_file(gsb_review **out, const gsb_policy *policy,
                                         const char *path);
/** The same from memory; name (may be NULL) names the document in errors. */
GSB_WARN_UNUSED int gsb_review_read_memory(gsb_review **out, const gsb_policy *policy,
                                           const char *xml, size_t len, const char *name);
/**
 * The record as a review document (UTF-8, with an XML declaration). The
 * caller frees it with gsb_free(). NULL (and gsb_error_last()) on failure.
 */
char *gsb_review_to_xml(const gsb_review *review);

#ifdef __cplusplus
}
#endif
#endif
