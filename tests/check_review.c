/* Tests of lib/review.c: the review procedure of provision 5.2 (docs/rules.md §9). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runner.h"

#define S(x) GSB_REVIEW_##x

static gsb_policy *policy;

static void setup(void)
{
	GSB_OK_OR_FAIL(gsb_policy_new(&policy));
}

static void teardown(void)
{
	gsb_policy_free(policy);
	policy = NULL;
}

static gsb_date day(int y, int m, int d)
{
	return gsb_date_from_ymd(y, m, d);
}

/* The submission date of every record below. */
#define SUBMITTED day(2019, 6, 14)

/* The states a record goes through to reach `target` (docs/rules.md §9), ending
 * with S(STATE_COUNT). */
static const gsb_review_state *path_to(gsb_review_state target)
{
	static const gsb_review_state paths[GSB_REVIEW_STATE_COUNT][8] = {
		[S(SUBMITTED)] = { S(STATE_COUNT) },
		[S(CITY_RECOMMENDED)] = { S(CITY_RECOMMENDED), S(STATE_COUNT) },
		[S(CITY_REJECTED)] = { S(CITY_REJECTED), S(STATE_COUNT) },
		[S(TASK_FORCE_REVIEWED)] = { S(CITY_RECOMMENDED), S(TASK_FORCE_REVIEWED),
		                             S(STATE_COUNT) },
		[S(EXPERT_REVIEWED)] = { S(CITY_RECOMMENDED), S(TASK_FORCE_REVIEWED),
		                         S(EXPERT_REVIEWED), S(STATE_COUNT) },
		[S(SELECTED)] = { S(CITY_RECOMMENDED), S(TASK_FORCE_REVIEWED), S(EXPERT_REVIEWED),
		                  S(SELECTED), S(STATE_COUNT) },
		[S(NOT_SELECTED)] = { S(CITY_RECOMMENDED), S(TASK_FORCE_REVIEWED),
		                      S(EXPERT_REVIEWED), S(NOT_SELECTED), S(STATE_COUNT) },
		[S(PUBLICISED)] = { S(CITY_RECOMMENDED), S(TASK_FORCE_REVIEWED), S(EXPERT_REVIEWED),
		                    S(SELECTED), S(PUBLICISED), S(STATE_COUNT) },
		[S(DISBURSED)] = { S(CITY_RECOMMENDED), S(TASK_FORCE_REVIEWED), S(EXPERT_REVIEWED),
		                   S(SELECTED), S(PUBLICISED), S(DISBURSED), S(STATE_COUNT) },
		[S(WITHDRAWN)] = { S(WITHDRAWN), S(STATE_COUNT) },
		[S(TASK_FORCE_REJECTED)] = { S(CITY_RECOMMENDED), S(TASK_FORCE_REJECTED),
		                             S(STATE_COUNT) },
		[S(OBJECTION_UPHELD)] = { S(CITY_RECOMMENDED), S(TASK_FORCE_REVIEWED),
		                          S(EXPERT_REVIEWED), S(SELECTED), S(PUBLICISED),
		                          S(OBJECTION_UPHELD), S(STATE_COUNT) },
	};
	return paths[target];
}

/* A record of QD-2019-007 brought to `target`, one day per step (ten days
 * for the disbursement, after the five days of publicity). */
static gsb_review *record_in(gsb_review_state target)
{
	gsb_review *r;
	GSB_OK_OR_FAIL(gsb_review_new(&r, "QD-2019-007", SUBMITTED));
	gsb_date d = SUBMITTED;
	for (const gsb_review_state *s = path_to(target); *s != S(STATE_COUNT); s++) {
		d += *s == S(DISBURSED) ? 10 : 1;
		GSB_OK_OR_FAIL(gsb_review_advance(r, policy, *s, d, NULL));
	}
	ck_assert_int_eq(gsb_review_current(r), target);
	return r;
}

/* ------------------------------------------------------------ states */

START_TEST(state_names_and_labels)
{
	static const char *const names[] = { "submitted", "city-recommended", "city-rejected",
		                             "task-force-reviewed", "expert-reviewed", "selected",
		                             "not-selected", "publicised", "disbursed", "withdrawn",
		                             "task-force-rejected", "objection-upheld" };
	ck_assert_int_eq(GSB_REVIEW_STATE_COUNT, 12);
	for (int i = 0; i < GSB_REVIEW_STATE_COUNT; i++) {
		gsb_review_state back;
		ck_assert_str_eq(gsb_review_state_name(i), names[i]);
		GSB_OK_OR_FAIL(gsb_review_state_from_name(&back, names[i]));
		ck_assert_int_eq(back, i);
		ck_assert_ptr_nonnull(gsb_review_state_label(i, GSB_LANG_ZH));
		ck_assert_ptr_nonnull(gsb_review_state_label(i, GSB_LANG_EN));
	}
	ck_assert_str_eq(gsb_review_state_label(S(PUBLICISED), GSB_LANG_ZH), "公示");
	ck_assert_str_eq(gsb_review_state_label(S(TASK_FORCE_REVIEWED), GSB_LANG_ZH), "专班初审");
	ck_assert_str_eq(gsb_review_state_label(S(EXPERT_REVIEWED), GSB_LANG_ZH), "专家评审");
	ck_assert_str_eq(gsb_review_state_label(S(TASK_FORCE_REJECTED), GSB_LANG_ZH), "专班初审未通过");
	ck_assert_str_eq(gsb_review_state_label(S(OBJECTION_UPHELD), GSB_LANG_ZH), "公示异议成立");
	ck_assert_str_eq(gsb_review_state_label(S(OBJECTION_UPHELD), GSB_LANG_EN),
	                 "objection upheld during publicity");
	ck_assert_ptr_null(gsb_review_state_name(S(STATE_COUNT)));
	ck_assert_ptr_null(gsb_review_state_name((gsb_review_state)-1));
	ck_assert_ptr_null(gsb_review_state_label(S(SUBMITTED), (gsb_lang)7));
	gsb_review_state s;
	ck_assert_int_eq(gsb_review_state_from_name(&s, "approved"), GSB_ENOTFOUND);
}
END_TEST

/* ------------------------------------------------------- allowed moves */

typedef struct {
	gsb_review_state from, to;
} move;

/* docs/rules.md §9, every allowed transition. */
static const move allowed[] = {
	{ S(SUBMITTED), S(CITY_RECOMMENDED) },
	{ S(SUBMITTED), S(CITY_REJECTED) },
	{ S(CITY_RECOMMENDED), S(TASK_FORCE_REVIEWED) },
	{ S(CITY_RECOMMENDED), S(TASK_FORCE_REJECTED) },
	{ S(TASK_FORCE_REVIEWED), S(EXPERT_REVIEWED) },
	{ S(EXPERT_REVIEWED), S(SELECTED) },
	{ S(EXPERT_REVIEWED), S(NOT_SELECTED) },
	{ S(SELECTED), S(PUBLICISED) },
	{ S(PUBLICISED), S(DISBURSED) },
	{ S(PUBLICISED), S(OBJECTION_UPHELD) },
	{ S(PUBLICISED), S(PUBLICISED) },
	{ S(SUBMITTED), S(WITHDRAWN) },
	{ S(CITY_RECOMMENDED), S(WITHDRAWN) },
	{ S(CITY_REJECTED), S(WITHDRAWN) },
	{ S(TASK_FORCE_REVIEWED), S(WITHDRAWN) },
	{ S(EXPERT_REVIEWED), S(WITHDRAWN) },
	{ S(SELECTED), S(WITHDRAWN) },
	{ S(NOT_SELECTED), S(WITHDRAWN) },
	{ S(PUBLICISED), S(WITHDRAWN) },
	{ S(TASK_FORCE_REJECTED), S(WITHDRAWN) },
	{ S(OBJECTION_UPHELD), S(WITHDRAWN) },
};
#define N_ALLOWED ((int)(sizeof allowed / sizeof allowed[0]))

static bool in_allowed(gsb_review_state from, gsb_review_state to)
{
	for (int i = 0; i < N_ALLOWED; i++)
		if (allowed[i].from == from && allowed[i].to == to)
			return true;
	return false;
}

/* The table of gsb_review_allowed is exactly the list above. */
START_TEST(allowed_table)
{
	for (int f = 0; f < GSB_REVIEW_STATE_COUNT; f++)
		for (int t = 0; t < GSB_REVIEW_STATE_COUNT; t++)
			ck_assert_msg(gsb_review_allowed(f, t) == in_allowed(f, t), "%s -> %s",
			              gsb_review_state_name(f), gsb_review_state_name(t));
	ck_assert_int_eq(gsb_review_allowed(S(STATE_COUNT), S(WITHDRAWN)), 0);
	ck_assert_int_eq(gsb_review_allowed(S(SUBMITTED), (gsb_review_state)-1), 0);
}
END_TEST

/* Loop test: each allowed transition is taken by gsb_review_advance. */
START_TEST(each_allowed_transition)
{
	const move *m = &allowed[_i];
	gsb_review *r = record_in(m->from);
	/* an objection is decided inside the publicity period, disbursement after it */
	bool objection = m->from == S(PUBLICISED) &&
	                 (m->to == S(OBJECTION_UPHELD) || m->to == S(PUBLICISED));
	gsb_date d = gsb_review_current_date(r) + (objection ? 1 : 10);
	size_t before = gsb_review_history_count(r);
	GSB_OK_OR_FAIL(gsb_review_advance(r, policy, m->to, d, "ok"));
	ck_assert_int_eq(gsb_review_current(r), m->to);
	ck_assert_int_eq(gsb_review_current_date(r), d);
	ck_assert_uint_eq(gsb_review_history_count(r), before + 1);
	gsb_review_state s;
	gsb_date when;
	const char *note;
	GSB_OK_OR_FAIL(gsb_review_history_at(r, before, &s, &when, &note));
	ck_assert_int_eq(s, m->to);
	ck_assert_int_eq(when, d);
	ck_assert_str_eq(note, "ok");
	gsb_review_free(r);
}
END_TEST

/* ------------------------------------------------------ refused moves */

/* One refused transition per state (docs/rules.md §9: any other is refused). */
static const move refused[GSB_REVIEW_STATE_COUNT] = {
	{ S(SUBMITTED), S(DISBURSED) },
	{ S(CITY_RECOMMENDED), S(EXPERT_REVIEWED) },
	{ S(CITY_REJECTED), S(TASK_FORCE_REVIEWED) },
	{ S(TASK_FORCE_REVIEWED), S(SELECTED) },
	{ S(EXPERT_REVIEWED), S(PUBLICISED) },
	{ S(SELECTED), S(DISBURSED) },
	{ S(NOT_SELECTED), S(PUBLICISED) },
	{ S(PUBLICISED), S(SELECTED) },
	{ S(DISBURSED), S(WITHDRAWN) },
	{ S(WITHDRAWN), S(SUBMITTED) },
	{ S(TASK_FORCE_REJECTED), S(EXPERT_REVIEWED) },
	{ S(OBJECTION_UPHELD), S(DISBURSED) },
};

START_TEST(a_refused_transition_per_state)
{
	const move *m = &refused[_i];
	ck_assert_int_eq(m->from, _i);
	gsb_review *r = record_in(m->from);
	size_t before = gsb_review_history_count(r);
	gsb_date d = gsb_review_current_date(r) + 30;
	ck_assert_int_eq(gsb_review_advance(r, policy, m->to, d, NULL), GSB_ESTATE);
	const gsb_error *e = gsb_error_last();
	ck_assert_int_eq(e->code, GSB_ESTATE);
	char want[128];
	snprintf(want, sizeof want, "transition from %s to %s refused",
	         gsb_review_state_name(m->from), gsb_review_state_name(m->to));
	ck_assert_msg(strstr(e->message, want) != NULL, "message: %s", e->message);
	/* unchanged */
	ck_assert_int_eq(gsb_review_current(r), m->from);
	ck_assert_uint_eq(gsb_review_history_count(r), before);
	gsb_review_free(r);
}
END_TEST

/* A state never moves to itself (but publicised: an objection dismissed);
 * submitted is never reached again. */
START_TEST(no_self_transitions)
{
	for (int s = 0; s < GSB_REVIEW_STATE_COUNT; s++) {
		ck_assert_int_eq(gsb_review_allowed(s, s), s == S(PUBLICISED));
		ck_assert_int_eq(gsb_review_allowed(s, S(SUBMITTED)), 0);
	}
}
END_TEST

/* ------------------------------------------ task force and objections */

/* The task force's negative opinion ends the record like city-rejected. */
START_TEST(task_force_rejection_ends_the_record)
{
	gsb_review *r = record_in(S(TASK_FORCE_REJECTED));
	for (int t = 0; t < GSB_REVIEW_STATE_COUNT; t++)
		if (t != S(WITHDRAWN))
			ck_assert_int_eq(gsb_review_advance(r, policy, t, day(2020, 1, 1), NULL),
			                 GSB_ESTATE);
	ck_assert_int_eq(gsb_review_current(r), S(TASK_FORCE_REJECTED));
	/* from task-force-reviewed it is too late for a rejection by the task force */
	gsb_review *late = record_in(S(TASK_FORCE_REVIEWED));
	ck_assert_int_eq(gsb_review_advance(late, policy, S(TASK_FORCE_REJECTED), day(2020, 1, 1),
	                                    NULL), GSB_ESTATE);
	gsb_review_free(late);
	gsb_review_free(r);
}
END_TEST

/* An objection is upheld only inside the publicity period (D..D+4). */
START_TEST(objection_upheld_only_during_publicity)
{
	gsb_review *r = record_in(S(PUBLICISED));
	gsb_date d = gsb_review_current_date(r);
	char want[80], on[11];
	ck_assert_int_eq(gsb_review_advance(r, policy, S(OBJECTION_UPHELD), d + 5, NULL), GSB_ESTATE);
	ck_assert_msg(strstr(gsb_error_last()->message, "inside the publicity period of 5 days"),
	              "%s", gsb_error_last()->message);
	snprintf(want, sizeof want, "not on %s", gsb_date_format(d + 5, on));
	ck_assert_msg(strstr(gsb_error_last()->message, want), "%s", gsb_error_last()->message);
	ck_assert_int_eq(gsb_review_current(r), S(PUBLICISED));
	GSB_OK_OR_FAIL(gsb_review_advance(r, policy, S(OBJECTION_UPHELD), d + 4, "异议成立"));
	/* it ends the record: no disbursement */
	ck_assert_int_eq(gsb_review_advance(r, policy, S(DISBURSED), d + 30, NULL), GSB_ESTATE);
	gsb_review_free(r);
	/* the first day of the period counts */
	r = record_in(S(PUBLICISED));
	GSB_OK_OR_FAIL(gsb_review_advance(r, policy, S(OBJECTION_UPHELD), d, NULL));
	gsb_review_free(r);
}
END_TEST

/* A dismissed objection: publicised again, with a note, inside the period;
 * the period still runs from the first day of publicity. */
START_TEST(objection_dismissed_keeps_the_period)
{
	gsb_review *r = record_in(S(PUBLICISED));
	gsb_date d = gsb_review_current_date(r), on, from;
	ck_assert_int_eq(gsb_review_advance(r, policy, S(PUBLICISED), d + 2, NULL), GSB_ESTATE);
	ck_assert_int_eq(gsb_review_advance(r, policy, S(PUBLICISED), d + 2, ""), GSB_ESTATE);
	ck_assert_int_eq(gsb_review_advance(r, policy, S(PUBLICISED), d + 5, "异议不成立"),
	                 GSB_ESTATE);
	GSB_OK_OR_FAIL(gsb_review_advance(r, policy, S(PUBLICISED), d + 2, "异议不成立"));
	GSB_OK_OR_FAIL(gsb_review_publicised_on(&on, r));
	ck_assert_int_eq(on, d);
	GSB_OK_OR_FAIL(gsb_review_disbursable_from(&from, r, policy));
	ck_assert_int_eq(from, d + 5);
	ck_assert_int_eq(gsb_review_advance(r, policy, S(DISBURSED), d + 4, NULL), GSB_ESTATE);
	GSB_OK_OR_FAIL(gsb_review_advance(r, policy, S(DISBURSED), d + 5, NULL));
	ck_assert_int_eq(gsb_review_publicised_on(&on, r), GSB_ESTATE);
	gsb_review_free(r);
	/* no period (0 days): no day for an objection */
	static const char params[] = "<parameters xmlns=\"urn:geshibai:1\">"
		"<param name=\"review.publicity-days\" value=\"0\"/></parameters>";
	gsb_policy *zero;
	GSB_OK_OR_FAIL(gsb_policy_load_memory(&zero, params, sizeof params - 1, NULL));
	r = record_in(S(PUBLICISED));
	ck_assert_int_eq(gsb_review_advance(r, zero, S(OBJECTION_UPHELD), d, NULL), GSB_ESTATE);
	gsb_review_free(r);
	gsb_policy_free(zero);
}
END_TEST

/* gsb_validate_file checks a review record as a whole (issue 15): a
 * disbursement one day after publicity began and an expert review dated
 * before the city recommendation are refused, naming the rule. */
START_TEST(validate_checks_the_whole_record)
{
	GSB_OK_OR_FAIL(gsb_validate_file(gsb_test_path("examples/review/review-QD-2019-007.xml")));
	ck_assert_int_eq(gsb_validate_file(gsb_test_path("tests/data/review-disbursed-early.xml")),
	                 GSB_EINPUT);
	const gsb_error *e = gsb_error_last();
	ck_assert_msg(strstr(e->message, "publicity period"), "%s", e->message);
	ck_assert_int_eq(e->line, 10);
	ck_assert_int_eq(gsb_validate_file(gsb_test_path("tests/data/review-dates-backwards.xml")),
	                 GSB_EINPUT);
	e = gsb_error_last();
	ck_assert_msg(strstr(e->message, "dates never go backwards"), "%s", e->message);
	ck_assert_msg(strstr(e->message, "expert-reviewed on 2019-06-20 is before "
	                                 "task-force-reviewed on 2019-06-28"), "%s", e->message);
	ck_assert_int_eq(e->line, 7);
}
END_TEST

/* -------------------------------------------------- publicity period */

/* Reading: publicised on D with 5 days, the period is D..D+4; disbursement
 * is refused through D+4 (day 5 of the period) and allowed from D+5. */
START_TEST(disbursement_waits_for_publicity)
{
	gsb_review *r = record_in(S(SELECTED));
	gsb_date d = day(2019, 7, 2);
	GSB_OK_OR_FAIL(gsb_review_advance(r, policy, S(PUBLICISED), d, NULL));
	gsb_date from;
	GSB_OK_OR_FAIL(gsb_review_disbursable_from(&from, r, policy));
	ck_assert_int_eq(from, day(2019, 7, 7));
	for (int k = 0; k <= 4; k++) {
		ck_assert_int_eq(gsb_review_advance(r, policy, S(DISBURSED), d + k, NULL), GSB_ESTATE);
		ck_assert_int_eq(gsb_review_current(r), S(PUBLICISED));
	}
	const char *msg = gsb_error_last()->message;
	ck_assert_msg(strstr(msg, "transition from publicised to disbursed refused") != NULL, "%s",
	              msg);
	ck_assert_msg(strstr(msg, "publicity period of 5 days from 2019-07-02 ends 2019-07-06") != NULL,
	              "%s", msg);
	ck_assert_msg(strstr(msg, "allowed from 2019-07-07") != NULL, "%s", msg);
	GSB_OK_OR_FAIL(gsb_review_advance(r, policy, S(DISBURSED), d + 5, "拨付"));
	ck_assert_int_eq(gsb_review_current(r), S(DISBURSED));
	ck_assert_int_eq(gsb_review_disbursable_from(&from, r, policy), GSB_ESTATE);
	gsb_review_free(r);
}
END_TEST

/* Across a month end and with the period from a parameters file: the value
 * in force on the day of publicity counts. */
START_TEST(publicity_days_from_policy)
{
	static const char params[] =
		"<parameters xmlns=\"urn:geshibai:1\" name=\"2019 申报指南\">\n"
		"  <param name=\"review.publicity-days\" value=\"7\" from=\"2019-07-01\"/>\n"
		"</parameters>\n";
	gsb_policy *seven;
	GSB_OK_OR_FAIL(gsb_policy_load_memory(&seven, params, sizeof params - 1, "guide"));
	gsb_review *r = record_in(S(SELECTED));
	/* publicised 2019-06-28, before the override: 5 days, allowed from 07-03 */
	GSB_OK_OR_FAIL(gsb_review_advance(r, seven, S(PUBLICISED), day(2019, 6, 28), NULL));
	ck_assert_int_eq(gsb_review_advance(r, seven, S(DISBURSED), day(2019, 7, 2), NULL),
	                 GSB_ESTATE);
	GSB_OK_OR_FAIL(gsb_review_advance(r, seven, S(DISBURSED), day(2019, 7, 3), NULL));
	gsb_review_free(r);

	r = record_in(S(SELECTED));
	GSB_OK_OR_FAIL(gsb_review_advance(r, seven, S(PUBLICISED), day(2019, 7, 26), NULL));
	gsb_date from;
	GSB_OK_OR_FAIL(gsb_review_disbursable_from(&from, r, seven));
	ck_assert_int_eq(from, day(2019, 8, 2));
	ck_assert_int_eq(gsb_review_advance(r, seven, S(DISBURSED), day(2019, 8, 1), NULL),
	                 GSB_ESTATE);
	ck_assert_msg(strstr(gsb_error_last()->message, "7 days from 2019-07-26 ends 2019-08-01"),
	              "%s", gsb_error_last()->message);
	GSB_OK_OR_FAIL(gsb_review_advance(r, seven, S(DISBURSED), day(2019, 8, 2), NULL));
	gsb_review_free(r);
	gsb_policy_free(seven);
}
END_TEST

START_TEST(zero_publicity_days)
{
	static const char params[] =
		"<parameters xmlns=\"urn:geshibai:1\" name=\"none\">"
		"<param name=\"review.publicity-days\" value=\"0\"/></parameters>";
	gsb_policy *zero;
	GSB_OK_OR_FAIL(gsb_policy_load_memory(&zero, params, sizeof params - 1, NULL));
	gsb_review *r = record_in(S(PUBLICISED));
	GSB_OK_OR_FAIL(gsb_review_advance(r, zero, S(DISBURSED), gsb_review_current_date(r), NULL));
	gsb_review_free(r);
	gsb_policy_free(zero);
}
END_TEST

/* ------------------------------------------------------------ withdrawal */

/* Loop test over the states before disbursed: submitted .. publicised. */
START_TEST(withdrawn_before_disbursed)
{
	gsb_review *r = record_in(_i);
	GSB_OK_OR_FAIL(gsb_review_advance(r, policy, S(WITHDRAWN), gsb_review_current_date(r),
	                                  "申报单位撤回"));
	ck_assert_int_eq(gsb_review_current(r), S(WITHDRAWN));
	/* nothing after a withdrawal */
	for (int t = 0; t < GSB_REVIEW_STATE_COUNT; t++)
		ck_assert_int_eq(gsb_review_advance(r, policy, t, day(2020, 1, 1), NULL), GSB_ESTATE);
	gsb_review_free(r);
}
END_TEST

START_TEST(withdrawn_refused_after_disbursed)
{
	gsb_review *r = record_in(S(DISBURSED));
	ck_assert_int_eq(gsb_review_advance(r, policy, S(WITHDRAWN), day(2020, 1, 1), NULL),
	                 GSB_ESTATE);
	ck_assert_msg(strstr(gsb_error_last()->message,
	                     "transition from disbursed to withdrawn refused"),
	              "%s", gsb_error_last()->message);
	ck_assert_int_eq(gsb_review_current(r), S(DISBURSED));
	gsb_review_free(r);
}
END_TEST

/* ------------------------------------------------------------ dates */

START_TEST(dates_never_go_backwards)
{
	gsb_review *r = record_in(S(CITY_RECOMMENDED));
	gsb_date cur = gsb_review_current_date(r);
	ck_assert_int_eq(gsb_review_advance(r, policy, S(TASK_FORCE_REVIEWED), cur - 1, NULL),
	                 GSB_EINVAL);
	ck_assert_msg(strstr(gsb_error_last()->message, "before"), "%s", gsb_error_last()->message);
	ck_assert_int_eq(gsb_review_advance(r, policy, S(TASK_FORCE_REVIEWED), GSB_DATE_NONE, NULL),
	                 GSB_EINVAL);
	ck_assert_uint_eq(gsb_review_history_count(r), 2);
	/* the same day is not backwards */
	GSB_OK_OR_FAIL(gsb_review_advance(r, policy, S(TASK_FORCE_REVIEWED), cur, NULL));
	gsb_review_free(r);
}
END_TEST

START_TEST(history_and_accessors)
{
	gsb_review *r = record_in(S(PUBLICISED));
	ck_assert_str_eq(gsb_review_application(r), "QD-2019-007");
	ck_assert_uint_eq(gsb_review_history_count(r), 6);
	gsb_review_state s;
	gsb_date d;
	const char *note = "x";
	GSB_OK_OR_FAIL(gsb_review_history_at(r, 0, &s, &d, &note));
	ck_assert_int_eq(s, S(SUBMITTED));
	ck_assert_int_eq(d, SUBMITTED);
	ck_assert_ptr_null(note);
	GSB_OK_OR_FAIL(gsb_review_history_at(r, 5, NULL, NULL, NULL));
	ck_assert_int_eq(gsb_review_history_at(r, 6, &s, &d, &note), GSB_EINVAL);
	gsb_review_free(r);
}
END_TEST

START_TEST(bad_text_refused)
{
	gsb_review *r = NULL;
	ck_assert_int_eq(gsb_review_new(&r, "", SUBMITTED), GSB_EINVAL);
	ck_assert_int_eq(gsb_review_new(&r, "QD\x01", SUBMITTED), GSB_EINVAL);
	ck_assert_int_eq(gsb_review_new(&r, "\xff\xfe", SUBMITTED), GSB_EINVAL);
	ck_assert_ptr_null(r);
	r = record_in(S(SUBMITTED));
	ck_assert_int_eq(gsb_review_advance(r, policy, S(CITY_RECOMMENDED), SUBMITTED, "a\x02"),
	                 GSB_EINVAL);
	ck_assert_int_eq(gsb_review_advance(r, policy, S(CITY_RECOMMENDED), SUBMITTED, "\xc3"),
	                 GSB_EINVAL);
	ck_assert_int_eq(gsb_review_advance(r, policy, S(STATE_COUNT), SUBMITTED, NULL), GSB_EINVAL);
	ck_assert_uint_eq(gsb_review_history_count(r), 1);
	gsb_review_free(r);
}
END_TEST

/* ------------------------------------------------------------ XML */

static gsb_review *read_text(const char *xml, int want)
{
	gsb_review *r = (gsb_review *)1;
	int rc = gsb_review_read_memory(&r, policy, xml, strlen(xml), "t.xml");
	ck_assert_msg(rc == want, "rc %d (want %d): %s", rc, want, gsb_error_last()->message);
	if (want != GSB_OK)
		ck_assert_ptr_null(r);
	return r;
}

START_TEST(xml_round_trip)
{
	gsb_review *r;
	GSB_OK_OR_FAIL(gsb_review_new(&r, "QD-2019-007 <&> \"甲\"", SUBMITTED));
	gsb_date d = SUBMITTED;
	const gsb_review_state steps[] = { S(CITY_RECOMMENDED), S(TASK_FORCE_REVIEWED),
		                           S(EXPERT_REVIEWED), S(SELECTED), S(PUBLICISED),
		                           S(DISBURSED) };
	const char *notes[] = { "青岛市推荐", NULL, "得分 88.5 <高> & \"好\"", "  spaced  ",
		                "line one\r\nline two\ttab", "𠀀 拨付" };
	for (size_t i = 0; i < 6; i++) {
		d += steps[i] == S(DISBURSED) ? 5 : 3;
		GSB_OK_OR_FAIL(gsb_review_advance(r, policy, steps[i], d, notes[i]));
	}
	char *xml = gsb_review_to_xml(r);
	ck_assert_ptr_nonnull(xml);
	ck_assert_msg(strstr(xml, "xmlns=\"urn:geshibai:1\"") != NULL, "%s", xml);
	ck_assert_msg(strstr(xml, "<step state=\"publicised\" date=\"2019-06-29\">") != NULL, "%s",
	              xml);
	gsb_review *back = read_text(xml, GSB_OK);
	ck_assert_str_eq(gsb_review_application(back), gsb_review_application(r));
	ck_assert_uint_eq(gsb_review_history_count(back), gsb_review_history_count(r));
	for (size_t i = 0; i < gsb_review_history_count(r); i++) {
		gsb_review_state s1, s2;
		gsb_date d1, d2;
		const char *n1, *n2;
		GSB_OK_OR_FAIL(gsb_review_history_at(r, i, &s1, &d1, &n1));
		GSB_OK_OR_FAIL(gsb_review_history_at(back, i, &s2, &d2, &n2));
		ck_assert_int_eq(s1, s2);
		ck_assert_int_eq(d1, d2);
		if (n1 == NULL)
			ck_assert_ptr_null(n2);
		else
			ck_assert_str_eq(n1, n2);
	}
	char *again = gsb_review_to_xml(back);
	ck_assert_str_eq(xml, again);
	gsb_free(again);
	gsb_free(xml);
	gsb_review_free(back);
	gsb_review_free(r);
}
END_TEST

START_TEST(example_record)
{
	gsb_review *r;
	GSB_OK_OR_FAIL(gsb_review_read_file(&r, policy,
	                                    gsb_test_path("examples/review/review-QD-2019-007.xml")));
	ck_assert_str_eq(gsb_review_application(r), "QD-2019-007");
	ck_assert_int_eq(gsb_review_current(r), S(DISBURSED));
	ck_assert_int_eq(gsb_review_current_date(r), day(2019, 9, 5));
	ck_assert_uint_eq(gsb_review_history_count(r), 7);
	const char *note;
	GSB_OK_OR_FAIL(gsb_review_history_at(r, 5, NULL, NULL, &note));
	ck_assert_str_eq(note, "公示期 2019-08-19 至 2019-08-23");
	gsb_review_free(r);
}
END_TEST

START_TEST(missing_file)
{
	gsb_review *r;
	ck_assert_int_eq(gsb_review_read_file(&r, policy, "/nonexistent/review.xml"), GSB_EIO);
	ck_assert_ptr_null(r);
}
END_TEST

#define HEAD "<review xmlns=\"urn:geshibai:1\" application=\"QD-2019-007\">"
#define SUB "<step state=\"submitted\" date=\"2019-06-14\"/>"

START_TEST(hostile_doctype_refused)
{
	/* an internal subset with an entity: never expanded, refused */
	read_text("<?xml version=\"1.0\"?>\n"
	          "<!DOCTYPE review [<!ENTITY x \"boom\">]>\n" HEAD SUB
	          "<step state=\"withdrawn\" date=\"2019-06-15\">&x;</step></review>",
	          GSB_EPARSE);
	ck_assert_msg(strstr(gsb_error_last()->message, "DOCTYPE"), "%s", gsb_error_last()->message);
	/* an external entity (XXE) */
	read_text("<!DOCTYPE review [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" HEAD SUB
	          "<step state=\"withdrawn\" date=\"2019-06-15\">&x;</step></review>",
	          GSB_EPARSE);
	/* a billion laughs */
	read_text("<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
	          "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n" HEAD SUB "</review>",
	          GSB_EPARSE);
	/* an external DTD */
	read_text("<!DOCTYPE review SYSTEM \"http://example.invalid/r.dtd\">" HEAD SUB "</review>",
	          GSB_EPARSE);
}
END_TEST

START_TEST(malformed_documents)
{
	read_text(HEAD SUB, GSB_EPARSE);                            /* not closed */
	read_text("", GSB_EPARSE);                                  /* empty */
	read_text(HEAD "</review>", GSB_ESCHEMA);                   /* no step */
	read_text("<review xmlns=\"urn:geshibai:1\">" SUB "</review>", GSB_ESCHEMA); /* no id */
	read_text("<review>" SUB "</review>", GSB_ESCHEMA);         /* no namespace */
	read_text("<ledger xmlns=\"urn:geshibai:1\"/>", GSB_ESCHEMA); /* wrong root */
	read_text(HEAD "<step state=\"approved\" date=\"2019-06-14\"/></review>", GSB_ESCHEMA);
	ck_assert_msg(strstr(gsb_error_last()->message, "approved"), "%s",
	              gsb_error_last()->message);
	read_text(HEAD "<step state=\"submitted\" date=\"2019-6-14\"/></review>", GSB_ESCHEMA);
	read_text(HEAD "<step state=\"submitted\" date=\"2019-02-30\"/></review>", GSB_ESCHEMA);
	read_text(HEAD SUB "<note>x</note></review>", GSB_ESCHEMA);
	read_text(HEAD "<step state=\"submitted\" date=\"2019-06-14\" by=\"x\"/></review>",
	          GSB_ESCHEMA);
	read_text(HEAD SUB "</review><trailing/>", GSB_EPARSE);
}
END_TEST

/* A stored record is replayed: what the API refuses, the reader refuses. */
START_TEST(inconsistent_documents)
{
	read_text(HEAD "<step state=\"city-recommended\" date=\"2019-06-14\"/></review>",
	          GSB_EINPUT);
	read_text(HEAD SUB SUB "</review>", GSB_EINPUT);
	read_text(HEAD SUB "\n<step state=\"selected\" date=\"2019-06-20\"/></review>", GSB_EINPUT);
	const gsb_error *e = gsb_error_last();
	ck_assert_msg(strstr(e->message, "transition from submitted to selected refused"), "%s",
	              e->message);
	ck_assert_int_eq(e->line, 2);
	read_text(HEAD SUB "<step state=\"city-rejected\" date=\"2019-06-13\"/></review>",
	          GSB_EINPUT);
	read_text(HEAD SUB
	          "<step state=\"city-recommended\" date=\"2019-06-20\"/>"
	          "<step state=\"task-force-reviewed\" date=\"2019-06-21\"/>"
	          "<step state=\"expert-reviewed\" date=\"2019-06-22\"/>"
	          "<step state=\"selected\" date=\"2019-06-23\"/>"
	          "<step state=\"publicised\" date=\"2019-07-02\"/>"
	          "<step state=\"disbursed\" date=\"2019-07-06\"/></review>",
	          GSB_EINPUT);
	ck_assert_msg(strstr(gsb_error_last()->message, "ends 2019-07-06"), "%s",
	              gsb_error_last()->message);
}
END_TEST

/* ------------------------------------------------------------ NULL */

START_TEST(null_arguments)
{
	gsb_review *r = record_in(S(SUBMITTED));
	gsb_review *out;
	gsb_review_state s;
	gsb_date d;
	ck_assert_int_eq(gsb_review_new(NULL, "x", SUBMITTED), GSB_EINVAL);
	ck_assert_int_eq(gsb_review_new(&out, NULL, SUBMITTED), GSB_EINVAL);
	ck_assert_int_eq(gsb_review_new(&out, "x", GSB_DATE_NONE), GSB_EINVAL);
	ck_assert_int_eq(gsb_review_advance(NULL, policy, S(WITHDRAWN), SUBMITTED, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_review_advance(r, NULL, S(WITHDRAWN), SUBMITTED, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_review_history_at(NULL, 0, &s, &d, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_review_disbursable_from(NULL, r, policy), GSB_EINVAL);
	ck_assert_int_eq(gsb_review_disbursable_from(&d, NULL, policy), GSB_EINVAL);
	ck_assert_int_eq(gsb_review_disbursable_from(&d, r, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_review_state_from_name(NULL, "submitted"), GSB_EINVAL);
	ck_assert_int_eq(gsb_review_state_from_name(&s, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_review_read_file(NULL, policy, "x"), GSB_EINVAL);
	ck_assert_int_eq(gsb_review_read_file(&out, NULL, "x"), GSB_EINVAL);
	ck_assert_int_eq(gsb_review_read_file(&out, policy, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_review_read_memory(NULL, policy, "x", 1, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_review_read_memory(&out, NULL, "x", 1, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_review_read_memory(&out, policy, NULL, 1, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_error_last()->code, GSB_EINVAL);
	ck_assert_ptr_null(gsb_review_to_xml(NULL));
	ck_assert_int_eq(gsb_error_last()->code, GSB_EINVAL);
	ck_assert_ptr_null(gsb_review_application(NULL));
	ck_assert_int_eq(gsb_review_current(NULL), S(SUBMITTED));
	ck_assert_int_eq(gsb_review_current_date(NULL), GSB_DATE_NONE);
	ck_assert_uint_eq(gsb_review_history_count(NULL), 0);
	gsb_review_free(NULL);
	ck_assert_uint_eq(gsb_review_history_count(r), 1);
	gsb_review_free(r);
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("review");
	TCase *t = tcase_create("states");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, state_names_and_labels);
	tcase_add_test(t, allowed_table);
	tcase_add_loop_test(t, each_allowed_transition, 0, N_ALLOWED);
	tcase_add_loop_test(t, a_refused_transition_per_state, 0, GSB_REVIEW_STATE_COUNT);
	tcase_add_test(t, no_self_transitions);
	tcase_add_test(t, task_force_rejection_ends_the_record);
	tcase_add_test(t, objection_upheld_only_during_publicity);
	tcase_add_test(t, objection_dismissed_keeps_the_period);
	tcase_add_test(t, validate_checks_the_whole_record);
	tcase_add_test(t, disbursement_waits_for_publicity);
	tcase_add_test(t, publicity_days_from_policy);
	tcase_add_test(t, zero_publicity_days);
	tcase_add_loop_test(t, withdrawn_before_disbursed, 0, S(DISBURSED));
	tcase_add_test(t, withdrawn_refused_after_disbursed);
	tcase_add_test(t, dates_never_go_backwards);
	tcase_add_test(t, history_and_accessors);
	tcase_add_test(t, bad_text_refused);
	tcase_add_test(t, null_arguments);
	suite_add_tcase(s, t);

	TCase *x = tcase_create("xml");
	tcase_add_checked_fixture(x, setup, teardown);
	tcase_add_test(x, xml_round_trip);
	tcase_add_test(x, example_record);
	tcase_add_test(x, missing_file);
	tcase_add_test(x, hostile_doctype_refused);
	tcase_add_test(x, malformed_documents);
	tcase_add_test(x, inconsistent_documents);
	suite_add_tcase(s, x);
	return s;
}
