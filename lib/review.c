/*
 * libgeshibai — the review procedure of provision 5.2 (docs/review.md).
 *
 * 5.2 (五(二)): the province issues the annual guide; each city organises
 * recommendation and first review (组织推荐上报及材料初审); the province sends
 * the materials to the task forces (专班) for first review; it organises the
 * expert review, decides the year's supported projects and publishes them
 * (公示); the provincial finance department then disburses the award
 * (拨付奖励资金) according to the publicity result.
 *
 * Reading (docs/review.md) — the publicity period:
 * a record publicised on day D with N = review.publicity-days (default 5
 * calendar days; the value in force on D) is under publicity on the days
 * D, D+1, ..., D+N-1 — the day the notice is posted counts as its first day,
 * as in a notice reading "公示期：7月2日至7月6日". The period has ended at the
 * close of D+N-1, so disbursement is allowed from D+N (D+5 by default) and
 * refused on D..D+N-1. N = 0 allows disbursement on D itself.
 *
 * The record is stored as XML (data/review.xsd):
 *   <review xmlns="urn:geshibai:1" application="QD-2019-007">
 *     <step state="submitted" date="2019-06-14"/>
 *     <step state="city-recommended" date="2019-06-28">note</step> ...
 *   </review>
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "xml.h"

#define GSB_REVIEW_SCHEMA "review.xsd"

/* ------------------------------------------------------------ the states */

typedef struct {
	const char *name;
	const char *label[2]; /* [GSB_LANG_ZH], [GSB_LANG_EN] */
} gsb__review_state_def;

/* Codes of docs/review.md; labels in the words of 5.2 (五(二)). */
static const gsb__review_state_def states[GSB_REVIEW_STATE_COUNT] = {
	[GSB_REVIEW_SUBMITTED] = { "submitted", { "申报", "submitted" } },
	[GSB_REVIEW_CITY_RECOMMENDED] = { "city-recommended",
	                                  { "市级推荐上报", "recommended by the city" } },
	[GSB_REVIEW_CITY_REJECTED] = { "city-rejected",
	                               { "市级初审未通过", "rejected by the city" } },
	[GSB_REVIEW_TASK_FORCE_REVIEWED] = { "task-force-reviewed",
	                                     { "专班初审", "first review by the task force" } },
	[GSB_REVIEW_EXPERT_REVIEWED] = { "expert-reviewed", { "专家评审", "expert review" } },
	[GSB_REVIEW_SELECTED] = { "selected", { "确定支持", "selected for support" } },
	[GSB_REVIEW_NOT_SELECTED] = { "not-selected", { "未确定支持", "not selected" } },
	[GSB_REVIEW_PUBLICISED] = { "publicised", { "公示", "publicised" } },
	[GSB_REVIEW_DISBURSED] = { "disbursed", { "拨付奖励资金", "award disbursed" } },
	[GSB_REVIEW_WITHDRAWN] = { "withdrawn", { "撤回", "withdrawn" } },
	[GSB_REVIEW_TASK_FORCE_REJECTED] = { "task-force-rejected",
	                                     { "专班初审未通过", "rejected by the task force" } },
	[GSB_REVIEW_OBJECTION_UPHELD] = { "objection-upheld",
	                                  { "公示异议成立", "objection upheld during publicity" } },
};

static bool state_valid(gsb_review_state s)
{
	return (int)s >= 0 && s < GSB_REVIEW_STATE_COUNT;
}

const char *gsb_review_state_name(gsb_review_state state)
{
	return state_valid(state) ? states[state].name : NULL;
}

const char *gsb_review_state_label(gsb_review_state state, gsb_lang lang)
{
	if (!state_valid(state) || (lang != GSB_LANG_ZH && lang != GSB_LANG_EN))
		return NULL;
	return states[state].label[lang];
}

int gsb_review_state_from_name(gsb_review_state *out, const char *name)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(name);
	for (int i = 0; i < GSB_REVIEW_STATE_COUNT; i++) {
		if (strcmp(states[i].name, name) == 0) {
			*out = (gsb_review_state)i;
			return GSB_OK;
		}
	}
	return gsb__error(GSB_ENOTFOUND, "unknown review state '%.60s'", name);
}

/* ------------------------------------------------------- the transitions */

#define BIT(s) (1u << (s))

/* 5.2, docs/review.md: the states each state may move to, withdrawal aside. */
static const unsigned next_states[GSB_REVIEW_STATE_COUNT] = {
	/* 5.2: each city recommends (组织推荐上报) or not after its first review */
	[GSB_REVIEW_SUBMITTED] = BIT(GSB_REVIEW_CITY_RECOMMENDED) | BIT(GSB_REVIEW_CITY_REJECTED),
	/* 5.2: the province sends recommended materials to the task forces,
	 * whose opinion may be negative (ends the record like city-rejected) */
	[GSB_REVIEW_CITY_RECOMMENDED] = BIT(GSB_REVIEW_TASK_FORCE_REVIEWED) |
	                                BIT(GSB_REVIEW_TASK_FORCE_REJECTED),
	/* 5.2: after the task forces' opinions, the province organises expert review */
	[GSB_REVIEW_TASK_FORCE_REVIEWED] = BIT(GSB_REVIEW_EXPERT_REVIEWED),
	/* 5.2: the expert review decides the year's supported projects */
	[GSB_REVIEW_EXPERT_REVIEWED] = BIT(GSB_REVIEW_SELECTED) | BIT(GSB_REVIEW_NOT_SELECTED),
	/* 5.2: supported projects are published for public comment (公示) */
	[GSB_REVIEW_SELECTED] = BIT(GSB_REVIEW_PUBLICISED),
	/* 5.2: the finance department disburses according to the publicity
	 * result: after the period, or not at all when an objection (异议) is
	 * upheld inside it; a dismissed objection leaves the record publicised
	 * (a step publicised -> publicised whose note says so) */
	[GSB_REVIEW_PUBLICISED] = BIT(GSB_REVIEW_DISBURSED) | BIT(GSB_REVIEW_OBJECTION_UPHELD) |
	                          BIT(GSB_REVIEW_PUBLICISED),
};

/* docs/review.md: withdrawn from any state before disbursed — every state but
 * disbursed and withdrawn itself (a rejected or unselected application may
 * still be withdrawn by its applicant; it changes nothing but the record). */
static bool may_withdraw(gsb_review_state from)
{
	return from != GSB_REVIEW_DISBURSED && from != GSB_REVIEW_WITHDRAWN;
}

int gsb_review_allowed(gsb_review_state from, gsb_review_state to)
{
	if (!state_valid(from) || !state_valid(to))
		return 0;
	if (to == GSB_REVIEW_WITHDRAWN)
		return may_withdraw(from);
	return (next_states[from] & BIT(to)) != 0;
}

/* "city-recommended, city-rejected, withdrawn": where `from` may go. */
static void describe_next(char *buf, size_t size, gsb_review_state from)
{
	size_t used = 0;
	buf[0] = '\0';
	for (int s = 0; s < GSB_REVIEW_STATE_COUNT; s++) {
		if (!gsb_review_allowed(from, (gsb_review_state)s))
			continue;
		int n = snprintf(buf + used, size - used, "%s%s", used ? ", " : "", states[s].name);
		if (n < 0 || (size_t)n >= size - used)
			break;
		used += (size_t)n;
	}
}

/* docs/review.md: any other transition is refused with an error naming both states. */
static int refuse(gsb_review_state from, gsb_review_state to)
{
	char next[160];
	describe_next(next, sizeof next, from);
	if (next[0] == '\0')
		return gsb__error(GSB_ESTATE,
		                  "transition from %s to %s refused: the procedure has ended at %s "
		                  "(5.2, docs/review.md; withdrawal only before disbursement)",
		                  states[from].name, states[to].name, states[from].name);
	return gsb__error(GSB_ESTATE,
	                  "transition from %s to %s refused: not a step of the 5.2 procedure "
	                  "(docs/review.md); from %s it may go to %s",
	                  states[from].name, states[to].name, states[from].name, next);
}

/* ------------------------------------------------------------ the record */

typedef struct {
	gsb_review_state state;
	gsb_date date;
	char *note; /* NULL: none */
} gsb__review_step;

struct gsb_review {
	char *application;
	gsb__review_step *steps;
	size_t n, cap;
};

static gsb_date date_min(void)
{
	return gsb_date_from_ymd(1, 1, 1);
}

static gsb_date date_max(void)
{
	return gsb_date_from_ymd(9999, 12, 31);
}

static bool date_valid(gsb_date d)
{
	return d != GSB_DATE_NONE && d >= date_min() && d <= date_max();
}

/* Text a record may store (gsb__text_valid: what XML 1.0 carries, no
 * terminal controls); TAB, LF and CR only where allowed (a note). */
static bool xml_text_ok(const char *text, bool allow_newlines)
{
	return gsb__text_valid(text, strlen(text)) &&
	       (allow_newlines || strpbrk(text, "\t\n\r") == NULL);
}

static int push_step(gsb_review *r, gsb_review_state state, gsb_date date, const char *note)
{
	char *copy = NULL;
	if (note != NULL && note[0] != '\0' && (copy = gsb__strdup(note)) == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	if (gsb__grow((void **)&r->steps, &r->cap, r->n, sizeof *r->steps) != GSB_OK) {
		free(copy);
		return gsb__error(GSB_ENOMEM, "out of memory");
	}
	r->steps[r->n++] = (gsb__review_step){ state, date, copy };
	return GSB_OK;
}

int gsb_review_new(gsb_review **out, const char *application_id, gsb_date submitted)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	GSB__CHECK_ARG(application_id);
	if (application_id[0] == '\0' || !xml_text_ok(application_id, false))
		return gsb__error(GSB_EINVAL, "review: application id is empty or not valid text");
	if (!date_valid(submitted))
		return gsb__error(GSB_EINVAL, "review: submission date missing or out of range");
	gsb_review *r = calloc(1, sizeof *r);
	if (r == NULL || (r->application = gsb__strdup(application_id)) == NULL) {
		free(r);
		return gsb__error(GSB_ENOMEM, "out of memory");
	}
	int rc = push_step(r, GSB_REVIEW_SUBMITTED, submitted, NULL);
	if (rc != GSB_OK) {
		gsb_review_free(r);
		return rc;
	}
	*out = r;
	return GSB_OK;
}

void gsb_review_free(gsb_review *review)
{
	if (review == NULL)
		return;
	for (size_t i = 0; i < review->n; i++)
		free(review->steps[i].note);
	free(review->steps);
	free(review->application);
	free(review);
}

static const gsb__review_step *last_step(const gsb_review *r)
{
	return &r->steps[r->n - 1];
}

/* ------------------------------------------------- the publicity period */

/* The publicity period of a record publicised on day `published` (5.2 公示;
 * the reading at the top of this file): *first_allowed = published + N,
 * or GSB_DATE_NONE when that is past 9999-12-31. */
static int publicity_end(gsb_date *first_allowed, int64_t *days, const gsb_policy *policy,
                         gsb_date published)
{
	const gsb__param_value *v = gsb__policy_value(policy, GSB_P_PUBLICITY_DAYS, published);
	if (v == NULL) {
		char d[11];
		return gsb__error(GSB_EINPUT, "review.publicity-days (5.2) has no value on %s",
		                  gsb_date_format(published, d));
	}
	int64_t end = (int64_t)published + v->i;
	*days = v->i;
	*first_allowed = end > date_max() ? GSB_DATE_NONE : (gsb_date)end;
	return GSB_OK;
}

/* The first publicised step of the run that ends the record (a dismissed
 * objection adds publicised steps but does not move the period). */
static const gsb__review_step *publicised_step(const gsb_review *r)
{
	size_t i = r->n - 1;
	while (i > 0 && r->steps[i - 1].state == GSB_REVIEW_PUBLICISED)
		i--;
	return &r->steps[i];
}

int gsb_review_publicised_on(gsb_date *out, const gsb_review *review)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(review);
	const gsb__review_step *cur = last_step(review);
	if (cur->state != GSB_REVIEW_PUBLICISED)
		return gsb__error(GSB_ESTATE, "review of %s is %s, not publicised",
		                  review->application, states[cur->state].name);
	*out = publicised_step(review)->date;
	return GSB_OK;
}

int gsb_review_disbursable_from(gsb_date *out, const gsb_review *review,
                                const gsb_policy *policy)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(review);
	GSB__CHECK_ARG(policy);
	gsb_date on;
	int rc = gsb_review_publicised_on(&on, review);
	int64_t days;
	return rc != GSB_OK ? rc : publicity_end(out, &days, policy, on);
}

/* 5.2: an objection (异议) to the publicised list is upheld or dismissed
 * while the public may still lodge one: inside the publicity period. */
static int check_objection(const gsb__review_step *pub, const gsb_policy *policy,
                           gsb_review_state to, gsb_date date)
{
	gsb_date first_allowed;
	int64_t days;
	int rc = publicity_end(&first_allowed, &days, policy, pub->date);
	if (rc != GSB_OK || first_allowed == GSB_DATE_NONE || date < first_allowed)
		return rc;
	char from[11], d[11], end[11] = "-";
	if (days > 0)
		gsb_date_format(first_allowed - 1, end);
	return gsb__error(GSB_ESTATE,
	                  "transition from publicised to %s refused: an objection is decided only "
	                  "inside the publicity period of %lld days from %s (ends %s), not on %s "
	                  "(5.2, review.publicity-days)",
	                  to == GSB_REVIEW_PUBLICISED ? "publicised (objection dismissed)"
	                                              : states[to].name,
	                  (long long)days, gsb_date_format(pub->date, from), end,
	                  gsb_date_format(date, d));
}

/* 5.2: the award is disbursed "according to the publicity result" — only once
 * the publicity period (review.publicity-days) has ended. */
static int check_publicity(const gsb__review_step *cur, const gsb_policy *policy, gsb_date date)
{
	gsb_date first_allowed;
	int64_t days;
	int rc = publicity_end(&first_allowed, &days, policy, cur->date);
	if (rc != GSB_OK)
		return rc;
	if (first_allowed != GSB_DATE_NONE && date >= first_allowed)
		return GSB_OK;
	char from[11], last[11], allowed[11];
	gsb_date_format(cur->date, from);
	if (first_allowed == GSB_DATE_NONE)
		return gsb__error(GSB_ESTATE,
		                  "transition from publicised to disbursed refused: publicity period "
		                  "of %lld days from %s does not end before 9999-12-31 (5.2)",
		                  (long long)days, from);
	gsb_date_format(first_allowed - 1, last);
	gsb_date_format(first_allowed, allowed);
	if (days == 0)
		snprintf(last, sizeof last, "%s", "-");
	return gsb__error(GSB_ESTATE,
	                  "transition from publicised to disbursed refused: publicity period of "
	                  "%lld days from %s ends %s; disbursement is allowed from %s (5.2, "
	                  "review.publicity-days)",
	                  (long long)days, from, last, allowed);
}

static int check_date(const gsb__review_step *cur, gsb_review_state to, gsb_date date)
{
	char d[11], c[11];
	if (!date_valid(date))
		return gsb__error(GSB_EINVAL, "review: date of %s missing or out of range",
		                  states[to].name);
	if (date < cur->date)
		return gsb__error(GSB_EINVAL,
		                  "review: %s on %s is before %s on %s (dates never go backwards)",
		                  states[to].name, gsb_date_format(date, d), states[cur->state].name,
		                  gsb_date_format(cur->date, c));
	return GSB_OK;
}

int gsb_review_advance(gsb_review *review, const gsb_policy *policy, gsb_review_state to,
                       gsb_date date, const char *note)
{
	GSB__CHECK_ARG(review);
	GSB__CHECK_ARG(policy);
	if (!state_valid(to))
		return gsb__error(GSB_EINVAL, "review: state %d out of range", (int)to);
	if (note != NULL && !xml_text_ok(note, true))
		return gsb__error(GSB_EINVAL, "review: note is not valid text");
	const gsb__review_step *cur = last_step(review);
	int rc = check_date(cur, to, date);
	if (rc != GSB_OK)
		return rc;
	if (!gsb_review_allowed(cur->state, to))
		return refuse(cur->state, to);
	const gsb__review_step *pub = cur->state == GSB_REVIEW_PUBLICISED ? publicised_step(review)
	                                                                  : NULL;
	if (to == GSB_REVIEW_PUBLICISED && pub && (note == NULL || note[0] == '\0'))
		return gsb__error(GSB_ESTATE,
		                  "publicised again refused: a step publicised -> publicised records "
		                  "a dismissed objection, and its note must say so (5.2)");
	if (to == GSB_REVIEW_DISBURSED && (rc = check_publicity(pub, policy, date)) != GSB_OK)
		return rc;
	if (pub && (to == GSB_REVIEW_OBJECTION_UPHELD || to == GSB_REVIEW_PUBLICISED) &&
	    (rc = check_objection(pub, policy, to, date)) != GSB_OK)
		return rc;
	return push_step(review, to, date, note);
}

/* ------------------------------------------------------------ accessors */

const char *gsb_review_application(const gsb_review *review)
{
	return review ? review->application : NULL;
}

gsb_review_state gsb_review_current(const gsb_review *review)
{
	return review ? last_step(review)->state : GSB_REVIEW_SUBMITTED;
}

gsb_date gsb_review_current_date(const gsb_review *review)
{
	return review ? last_step(review)->date : GSB_DATE_NONE;
}

size_t gsb_review_history_count(const gsb_review *review)
{
	return review ? review->n : 0;
}

int gsb_review_history_at(const gsb_review *review, size_t index, gsb_review_state *state,
                          gsb_date *date, const char **note)
{
	GSB__CHECK_ARG(review);
	if (index >= review->n)
		return gsb__error(GSB_EINVAL, "review: history entry %zu past the end (%zu entries)",
		                  index, review->n);
	const gsb__review_step *s = &review->steps[index];
	if (state)
		*state = s->state;
	if (date)
		*date = s->date;
	if (note)
		*note = s->note;
	return GSB_OK;
}

/* ------------------------------------------------------------ XML out */

static int add_step_node(xmlNodePtr root, xmlNsPtr ns, const gsb__review_step *s)
{
	char d[11];
	xmlNodePtr node = xmlNewTextChild(root, ns, BAD_CAST "step", BAD_CAST s->note);
	if (node == NULL || xmlNewProp(node, BAD_CAST "state", BAD_CAST states[s->state].name) == NULL ||
	    xmlNewProp(node, BAD_CAST "date", BAD_CAST gsb_date_format(s->date, d)) == NULL)
		return GSB_ENOMEM;
	return GSB_OK;
}

static xmlDocPtr build_doc(const gsb_review *r)
{
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr root = doc ? xmlNewDocNode(doc, NULL, BAD_CAST "review", NULL) : NULL;
	if (root == NULL) {
		xmlFreeDoc(doc);
		return NULL;
	}
	xmlDocSetRootElement(doc, root);
	xmlNsPtr ns = xmlNewNs(root, BAD_CAST GSB_XML_NS, NULL);
	if (ns == NULL || xmlNewProp(root, BAD_CAST "application", BAD_CAST r->application) == NULL) {
		xmlFreeDoc(doc);
		return NULL;
	}
	xmlSetNs(root, ns);
	for (size_t i = 0; i < r->n; i++) {
		if (add_step_node(root, ns, &r->steps[i]) != GSB_OK) {
			xmlFreeDoc(doc);
			return NULL;
		}
	}
	return doc;
}

char *gsb_review_to_xml(const gsb_review *review)
{
	if (review == NULL) {
		gsb__error(GSB_EINVAL, "%s: review is NULL", __func__);
		return NULL;
	}
	xmlDocPtr doc = build_doc(review);
	xmlChar *buf = NULL;
	int len = 0;
	if (doc != NULL)
		xmlDocDumpFormatMemoryEnc(doc, &buf, &len, "UTF-8", 1);
	xmlFreeDoc(doc);
	char *out = buf ? malloc((size_t)len + 1) : NULL;
	if (out == NULL) {
		xmlFree(buf);
		gsb__error(GSB_ENOMEM, "out of memory");
		return NULL;
	}
	memcpy(out, buf, (size_t)len);
	out[len] = '\0';
	xmlFree(buf);
	return out;
}

/* ------------------------------------------------------------- XML in */

/* Read with the hardened reader of xml.c (NONET only, DOCTYPE refused,
 * errors never printed) and validated against data/review.xsd. */

/* The submission: a record from the first <step>, which must be submitted. */
static int first_step(gsb_review **out, gsb_xml *x, const xmlNode *n, const char *app,
                      gsb_review_state state, gsb_date date, const char *note)
{
	if (state != GSB_REVIEW_SUBMITTED)
		return gsb_xml_error(x, GSB_EINPUT, n, app,
		                     "the first step is %s, not submitted (5.2)", states[state].name);
	int rc = gsb_review_new(out, app, date);
	if (rc == GSB_OK && note[0] != '\0' && ((*out)->steps[0].note = gsb__strdup(note)) == NULL)
		rc = gsb__error(GSB_ENOMEM, "out of memory");
	return rc;
}

/* One <step> (validated): the first makes the record, each later one goes
 * through gsb_review_advance, so that a stored record obeys the same rules;
 * a refused step is an input error at its line. */
static int read_step(gsb_review **r, gsb_xml *x, const gsb_policy *policy, const xmlNode *n,
                     const char *app)
{
	gsb_review_state state;
	gsb_date date;
	const char *s = gsb_xml_attr(x, n, "state"), *d = gsb_xml_attr(x, n, "date");
	int rc = gsb_review_state_from_name(&state, s ? s : "");
	if (rc != GSB_OK)
		return gsb_xml_error(x, GSB_ESCHEMA, gsb_xml_attr_node(n, "state"), app, "%s",
		                     gsb__error_both());
	if ((rc = gsb_xml_date(x, gsb_xml_attr_node(n, "date"), d ? d : "", app, &date)) != GSB_OK)
		return rc;
	const char *note = gsb_xml_text(x, n);
	if (*r == NULL)
		return first_step(r, x, n, app, state, date, note);
	rc = gsb_review_advance(*r, policy, state, date, note[0] ? note : NULL);
	if (rc == GSB_OK || rc == GSB_ENOMEM)
		return rc;
	return gsb_xml_error(x, GSB_EINPUT, n, app, "%s", gsb__error_both());
}

static int build(gsb_review **out, gsb_xml *x, const gsb_policy *policy, const xmlNode *root)
{
	const char *app = gsb_xml_attr(x, root, "application");
	gsb_review *r = NULL;
	int rc = GSB_OK;
	for (const xmlNode *n = gsb_xml_first_element(root); n && rc == GSB_OK;
	     n = gsb_xml_next_element(n))
		rc = read_step(&r, x, policy, n, app);
	if (rc == GSB_OK && r == NULL)
		rc = gsb_xml_error(x, GSB_ESCHEMA, root, app, "review document has no step");
	if (rc != GSB_OK) {
		gsb_review_free(r);
		return rc;
	}
	*out = r;
	return GSB_OK;
}

static int read_xml(gsb_review **out, gsb_xml *x, const gsb_policy *policy)
{
	const char *root;
	int rc = gsb_xml_root(x, &root);
	if (rc != GSB_OK)
		return rc;
	if (strcmp(root, "review") != 0)
		return gsb__error_at(GSB_ESCHEMA, gsb_xml_name(x), 0, root, NULL,
		                     "wrong root element '%.60s': expected 'review'", root);
	xmlNode *n = gsb_xml_expand(x); /* a review record is small */
	if (n == NULL)
		return gsb_error_last()->code;
	gsb_review *r = NULL;
	if ((rc = gsb_xml_validate(x, GSB_REVIEW_SCHEMA, n, NULL)) == GSB_OK)
		rc = build(&r, x, policy, n);
	if (rc == GSB_OK && (rc = gsb_xml_skip(x)) > 0)
		rc = gsb_xml_finish(x);
	if (rc != GSB_OK) {
		gsb_review_free(r);
		return rc;
	}
	*out = r;
	return GSB_OK;
}

int gsb_review_read_file(gsb_review **out, const gsb_policy *policy, const char *path)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	GSB__CHECK_ARG(policy);
	GSB__CHECK_ARG(path);
	gsb_xml *x;
	int rc = gsb_xml_open_file(&x, path);
	if (rc != GSB_OK)
		return rc;
	rc = read_xml(out, x, policy);
	gsb_xml_free(x);
	return rc;
}

int gsb_review_read_memory(gsb_review **out, const gsb_policy *policy, const char *xml,
                           size_t len, const char *name)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	GSB__CHECK_ARG(policy);
	GSB__CHECK_ARG(xml);
	gsb_xml *x;
	int rc = gsb_xml_open_memory(&x, xml, len, name);
	if (rc != GSB_OK)
		return rc;
	rc = read_xml(out, x, policy);
	gsb_xml_free(x);
	return rc;
}
