/*
 * libgeshibai — what-if: one batch decided under two policies (the annual
 * guide in force, a reform), every application whose outcome, classified
 * tier or granted amount changes, and the total provincial award under each
 * (docs/rules.md §0 "the measures are data"; amounts of §6, 4.1), exact in fen.
 *
 * Output: text, JSON (jansson) or XML (libxml2's text writer) — the same
 * tree: <comparison applications= changed= totalA= totalB= difference=>
 * with <policy side="a|b" source= builtin=/>, <change application=
 * position= asOf= changed="outcome tier granted" difference=> holding <a/>
 * and <b/> (outcome, tier, status, cap, granted), and <error/> entries.
 */
#include <stdlib.h>
#include <string.h>
#include "accessor.h"
#include "programme_int.h"
#include "report.h"

typedef struct {
	char *id;
	size_t position; /* 1-based among the applications compared */
	unsigned what;   /* GSB_CHANGE_* */
	gsb_date as_of;
	gsb_outcome outcome[2];
	gsb_tier tier[2];
	gsb_subsidy_status status[2];
	gsb_fen cap[2], granted[2];
} change;

struct gsb_whatif {
	const gsb_policy *policy[2];
	size_t count;
	gsb_fen total[2];
	change *changes;
	size_t n_changes, cap_changes;
	gsb__errors errors;
};

/* ============================================================ lifecycle */

int gsb_whatif_new(gsb_whatif **out, const gsb_policy *a, const gsb_policy *b)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	GSB__CHECK_ARG(a);
	GSB__CHECK_ARG(b);
	gsb_whatif *w = calloc(1, sizeof *w);
	if (w == NULL)
		return gsb__error(GSB_ENOMEM, "gsb_whatif_new: out of memory");
	w->policy[0] = a;
	w->policy[1] = b;
	*out = w;
	return GSB_OK;
}

void gsb_whatif_free(gsb_whatif *w)
{
	if (w == NULL)
		return;
	for (size_t i = 0; i < w->n_changes; i++)
		free(w->changes[i].id);
	free(w->changes);
	gsb__errors_release(&w->errors);
	free(w);
}

int gsb_whatif_add_error(gsb_whatif *w, const gsb_error *error)
{
	GSB__CHECK_ARG(w);
	return gsb__errors_add(&w->errors, error);
}

/* ============================================================ comparing */

static unsigned differences(const gsb_decision *a, const gsb_decision *b)
{
	unsigned what = 0;
	if (gsb_decision_outcome(a) != gsb_decision_outcome(b))
		what |= GSB_CHANGE_OUTCOME;
	if (gsb_decision_tier(a) != gsb_decision_tier(b))
		what |= GSB_CHANGE_TIER;
	if (gsb_decision_granted(a) != gsb_decision_granted(b))
		what |= GSB_CHANGE_GRANTED;
	return what;
}

static int keep_change(gsb_whatif *w, const gsb_application *app, gsb_decision *const d[2],
                       unsigned what)
{
	if (gsb__grow((void **)&w->changes, &w->cap_changes, w->n_changes, sizeof *w->changes) < 0)
		return gsb__error(GSB_ENOMEM, "what-if: out of memory");
	change c = { .position = w->count + 1, .what = what, .as_of = gsb_decision_as_of(d[0]) };
	if (app->id && (c.id = gsb__strdup(app->id)) == NULL)
		return gsb__error(GSB_ENOMEM, "what-if: out of memory");
	for (int s = 0; s < 2; s++) {
		c.outcome[s] = gsb_decision_outcome(d[s]);
		c.tier[s] = gsb_decision_tier(d[s]);
		c.status[s] = gsb_decision_subsidy_status(d[s]);
		c.cap[s] = gsb_decision_cap(d[s]);
		c.granted[s] = gsb_decision_granted(d[s]);
	}
	w->changes[w->n_changes++] = c;
	return GSB_OK;
}

/* Decide under both policies, then count and keep what changed. */
static int compare(gsb_whatif *w, const gsb_application *app, gsb_decision *const d[2])
{
	gsb_fen total[2];
	for (int s = 0; s < 2; s++)
		if (__builtin_add_overflow(w->total[s], gsb_decision_granted(d[s]), &total[s]))
			return gsb__error(GSB_EOVERFLOW,
			                  "what-if: the total award does not fit in 64-bit fen");
	gsb_fen diff;
	if (__builtin_sub_overflow(total[1], total[0], &diff))
		return gsb__error(GSB_EOVERFLOW, "what-if: the difference does not fit in 64-bit fen");
	unsigned what = differences(d[0], d[1]);
	int rc = what ? keep_change(w, app, d, what) : GSB_OK;
	if (rc < 0)
		return rc;
	w->total[0] = total[0];
	w->total[1] = total[1];
	w->count++;
	return GSB_OK;
}

int gsb_whatif_add(gsb_whatif *w, const gsb_application *app, gsb_date as_of)
{
	GSB__CHECK_ARG(w);
	GSB__CHECK_ARG(app);
	gsb_decision *d[2] = { NULL, NULL };
	int rc = gsb_evaluate(&d[0], w->policy[0], app, as_of, GSB_EVAL_NO_REASONS);
	if (rc == GSB_OK)
		rc = gsb_evaluate(&d[1], w->policy[1], app, as_of, GSB_EVAL_NO_REASONS);
	if (rc == GSB_OK)
		rc = compare(w, app, d);
	gsb_decision_free(d[0]);
	gsb_decision_free(d[1]);
	return rc;
}

/* ============================================================ accessors */

GSB__GET(size_t, gsb_whatif_count, gsb_whatif, count, 0)
GSB__GET(size_t, gsb_whatif_error_count, gsb_whatif, errors.n, 0)

gsb_fen gsb_whatif_total_a(const gsb_whatif *w)
{
	return w ? w->total[0] : 0;
}

gsb_fen gsb_whatif_total_b(const gsb_whatif *w)
{
	return w ? w->total[1] : 0;
}

gsb_fen gsb_whatif_difference(const gsb_whatif *w)
{
	return w ? w->total[1] - w->total[0] : 0; /* checked in compare() */
}

GSB__GET(size_t, gsb_whatif_change_count, gsb_whatif, n_changes, 0)

static const change *change_at(const gsb_whatif *w, size_t i)
{
	return w && i < w->n_changes ? &w->changes[i] : NULL;
}

GSB__GET_AT(const char *, gsb_whatif_change_application,
            gsb_whatif, o->n_changes, changes[i].id, NULL)
GSB__GET_AT(size_t, gsb_whatif_change_position, gsb_whatif, o->n_changes, changes[i].position, 0)
GSB__GET_AT(unsigned, gsb_whatif_change_what, gsb_whatif, o->n_changes, changes[i].what, 0)
GSB__GET_AT(gsb_date, gsb_whatif_change_as_of,
            gsb_whatif, o->n_changes, changes[i].as_of, GSB_DATE_NONE)

/* T NAME(w, i, b): the FIELD of change i on side b (0: the first
 * decision, else the second), or NONE. */
#define SIDE(T, NAME, FIELD, NONE)                                   \
	T NAME(const gsb_whatif *w, size_t i, int b)                 \
	{                                                            \
		const change *c = change_at(w, i);                   \
		return c ? c->FIELD[b ? 1 : 0] : (NONE);             \
	}

SIDE(gsb_outcome, gsb_whatif_change_outcome, outcome, GSB_OUTCOME_INCOMPLETE)
SIDE(gsb_tier, gsb_whatif_change_tier, tier, GSB_TIER_NONE)
SIDE(gsb_subsidy_status, gsb_whatif_change_status, status, GSB_SUBSIDY_NOT_ELIGIBLE)
SIDE(gsb_fen, gsb_whatif_change_cap, cap, 0)
SIDE(gsb_fen, gsb_whatif_change_granted, granted, 0)

/* ============================================================ words */

static const char *what_names(unsigned what, char buf[32])
{
	buf[0] = '\0';
	static const char *const names[] = { "outcome", "tier", "granted" };
	for (unsigned k = 0; k < 3; k++)
		if (what & (1u << k))
			strcat(strlen(buf) ? strcat(buf, " ") : buf, names[k]);
	return buf;
}

/* The source of a policy, or NULL for the built-in defaults. */
static const char *source_of(const gsb_whatif *w, int s)
{
	return gsb_policy_source(w->policy[s]);
}

/* ============================================================ XML */

static int xml_side(gsb__xw * x, const change *c, int s)
{
	return gsb__xw_start(x, s ? "b" : "a") < 0 ||
	       gsb__xml_attr(x, "outcome", gsb_outcome_name(c->outcome[s])) < 0 ||
	       gsb__xml_attr(x, "tier", gsb_tier_name(c->tier[s])) < 0 ||
	       gsb__xml_attr(x, "status", gsb_subsidy_status_name(c->status[s])) < 0 ||
	       gsb__xml_attr_fen(x, "cap", c->cap[s]) < 0 ||
	       gsb__xml_attr_fen(x, "granted", c->granted[s]) < 0 ||
	       gsb__xw_end(x) < 0 ? -1 : 0;
}

static int xml_change(gsb__xw * x, const change *c)
{
	char what[32];
	return gsb__xw_start(x, "change") < 0 ||
	       gsb__xml_attr(x, "application", c->id) < 0 ||
	       gsb__xml_attr_long(x, "position", (long)c->position) < 0 ||
	       gsb__xml_attr_date(x, "asOf", c->as_of) < 0 ||
	       gsb__xml_attr(x, "changed", what_names(c->what, what)) < 0 ||
	       gsb__xml_attr_fen(x, "difference", c->granted[1] - c->granted[0]) < 0 ||
	       xml_side(x, c, 0) < 0 || xml_side(x, c, 1) < 0 ||
	       gsb__xw_end(x) < 0 ? -1 : 0;
}

static int xml_policy(gsb__xw * x, const gsb_whatif *w, int s)
{
	return gsb__xw_start(x, "policy") < 0 ||
	       gsb__xml_attr(x, "side", s ? "b" : "a") < 0 ||
	       gsb__xml_attr(x, "source", source_of(w, s)) < 0 ||
	       gsb__xml_attr_bool(x, "builtin", source_of(w, s) == NULL) < 0 ||
	       gsb__xml_attr_fen(x, "total", w->total[s]) < 0 ||
	       gsb__xw_end(x) < 0 ? -1 : 0;
}

static int xml_comparison(gsb__xw * x, const gsb_whatif *w)
{
	if (gsb__xw_start_document(x) < 0 ||
	    gsb__xml_start_item(x, "comparison", 1) < 0 ||
	    gsb__xml_attr_long(x, "applications", (long)w->count) < 0 ||
	    gsb__xml_attr_long(x, "changed", (long)w->n_changes) < 0 ||
	    gsb__xml_attr_fen(x, "totalA", w->total[0]) < 0 ||
	    gsb__xml_attr_fen(x, "totalB", w->total[1]) < 0 ||
	    gsb__xml_attr_fen(x, "difference", w->total[1] - w->total[0]) < 0 ||
	    xml_policy(x, w, 0) < 0 || xml_policy(x, w, 1) < 0)
		return -1;
	for (size_t i = 0; i < w->n_changes; i++)
		if (xml_change(x, &w->changes[i]) < 0)
			return -1;
	for (size_t i = 0; i < w->errors.n; i++) {
		gsb_error e = gsb__errors_get(&w->errors, i);
		if (gsb__xw_start(x, "error") < 0 || gsb__xml_error_entry(x, &e) < 0)
			return -1;
	}
	return gsb__xw_end_document(x) < 0 ? -1 : 0;
}

static char *to_xml(const gsb_whatif *w)
{
	gsb__strbuf text = { 0 };
	gsb__sink sink = { gsb__strbuf_write, &text, 0 };
	gsb__xw *x = malloc(sizeof *x);
	char *out = NULL;
	if (x != NULL) {
		gsb__xw_init(x, &sink);
		if (xml_comparison(x, w) == 0 && !sink.failed)
			out = text.data;
		else
			free(text.data);
		free(x);
	}
	if (out == NULL)
		gsb__error(GSB_ENOMEM, "what-if: cannot write XML");
	return out;
}

/* ============================================================ JSON */

static json_t *json_side(const change *c, int s)
{
	json_t *o = json_object();
	if (o && (gsb__json_str(o, "outcome", gsb_outcome_name(c->outcome[s])) < 0 ||
	          gsb__json_str(o, "tier", gsb_tier_name(c->tier[s])) < 0 ||
	          gsb__json_str(o, "status", gsb_subsidy_status_name(c->status[s])) < 0 ||
	          gsb__json_fen(o, "cap", c->cap[s]) < 0 ||
	          gsb__json_fen(o, "granted", c->granted[s]) < 0)) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static json_t *json_change(const change *c)
{
	static const char *const names[] = { "outcome", "tier", "granted" };
	json_t *o = json_object(), *what = json_array();
	int bad = o == NULL || what == NULL;
	for (unsigned k = 0; !bad && k < 3; k++)
		if (c->what & (1u << k))
			bad = gsb__json_push_str(what, names[k]) < 0;
	bad = bad || gsb__json_str(o, "application", c->id) < 0 ||
	      gsb__json_int(o, "position", (json_int_t)c->position) < 0 ||
	      gsb__json_date(o, "asOf", c->as_of) < 0 ||
	      json_object_set(o, "changed", what) < 0 ||
	      gsb__json_fen(o, "difference", c->granted[1] - c->granted[0]) < 0 ||
	      json_object_set_new(o, "a", json_side(c, 0)) < 0 ||
	      json_object_set_new(o, "b", json_side(c, 1)) < 0;
	json_decref(what);
	if (bad) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static json_t *json_policy(const gsb_whatif *w, int s)
{
	json_t *o = json_object();
	if (o && (gsb__json_str(o, "side", s ? "b" : "a") < 0 ||
	          gsb__json_str(o, "source", source_of(w, s)) < 0 ||
	          gsb__json_bool(o, "builtin", source_of(w, s) == NULL) < 0 ||
	          gsb__json_fen(o, "total", w->total[s]) < 0)) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static int json_lists(json_t *root, const gsb_whatif *w)
{
	json_t *policies = json_array(), *changes = json_array(), *errors = json_array();
	int bad = json_object_set_new(root, "policies", policies) < 0 ||
	          json_object_set_new(root, "changes", changes) < 0 ||
	          json_object_set_new(root, "errors", errors) < 0;
	for (int s = 0; !bad && s < 2; s++)
		bad = json_array_append_new(policies, json_policy(w, s)) < 0;
	for (size_t i = 0; !bad && i < w->n_changes; i++)
		bad = json_array_append_new(changes, json_change(&w->changes[i])) < 0;
	for (size_t i = 0; !bad && i < w->errors.n; i++) {
		gsb_error e = gsb__errors_get(&w->errors, i);
		bad = json_array_append_new(errors, gsb__json_error_entry(&e)) < 0;
	}
	return bad ? -1 : 0;
}

static char *to_json(const gsb_whatif *w)
{
	json_t *root = json_object();
	char *out = NULL;
	if (root && gsb__json_int(root, "applications", (json_int_t)w->count) == 0 &&
	    gsb__json_int(root, "changed", (json_int_t)w->n_changes) == 0 &&
	    gsb__json_fen(root, "totalA", w->total[0]) == 0 &&
	    gsb__json_fen(root, "totalB", w->total[1]) == 0 &&
	    gsb__json_fen(root, "difference", w->total[1] - w->total[0]) == 0 &&
	    json_lists(root, w) == 0) {
		char *dumped = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		if (dumped) {
			size_t n = strlen(dumped);
			if ((out = malloc(n + 2)) != NULL) {
				memcpy(out, dumped, n);
				memcpy(out + n, "\n", 2);
			}
			free(dumped);
		}
	}
	json_decref(root);
	if (out == NULL)
		gsb__error(GSB_ENOMEM, "what-if: cannot write JSON");
	return out;
}

/* ============================================================ text */

typedef struct {
	const char *title, *builtin, *compared, *changed, *as_of, *granted, *cap, *total,
		*difference, *none, *error, *sep, *comma, *semi;
} text_words;

static const text_words zh_words = {
	"方案比较", "内置默认参数", "份申报参与比较", "份有变化", "评价日期", "核定奖补", "上限",
	"省级奖补合计", "差额", "无变化", "错误", "：", "，", "；",
};
static const text_words en_words = {
	"What-if", "built-in defaults", "applications compared", "changed", "as of", "granted",
	"cap", "Total provincial award", "difference", "no change", "error", ": ", ", ", "; ",
};

static void text_amount(FILE *f, gsb_fen fen, bool sign)
{
	char buf[32];
	fprintf(f, "%s%s", sign && fen > 0 ? "+" : "", gsb__fen_grouped(fen, buf));
}

static void text_side(FILE *f, const change *c, int s, const text_words *t, gsb_lang lang)
{
	const char *outcome = gsb_outcome_label(c->outcome[s], lang);
	const char *tier = gsb_tier_label(c->tier[s], lang);
	fprintf(f, "  %s%s%s%s%s%s%s%s%s ", s ? "B" : "A", t->sep, outcome ? outcome : "", t->comma,
	        tier ? tier : "", t->semi, gsb_subsidy_status_name(c->status[s]), t->semi, t->cap);
	text_amount(f, c->cap[s], false);
	fputs("\n", f);
}

static void text_change(FILE *f, const change *c, const text_words *t, gsb_lang lang)
{
	char d[11], what[32];
	fprintf(f, "\n%s", c->id ? c->id : "");
	if (c->id == NULL)
		fprintf(f, "#%zu", c->position);
	fprintf(f, " (%s %s) [%s]%s", t->as_of, gsb_date_format(c->as_of, d),
	        what_names(c->what, what), t->sep);
	fprintf(f, "%s ", t->granted);
	text_amount(f, c->granted[0], false);
	fputs(" -> ", f);
	text_amount(f, c->granted[1], false);
	fputs(" (", f);
	text_amount(f, c->granted[1] - c->granted[0], true);
	fputs(")\n", f);
	text_side(f, c, 0, t, lang);
	text_side(f, c, 1, t, lang);
}

static void text_comparison(FILE *f, const gsb_whatif *w, gsb_lang lang)
{
	const text_words *t = lang == GSB_LANG_EN ? &en_words : &zh_words;
	const char *a = source_of(w, 0), *b = source_of(w, 1);
	fprintf(f, "%s%sA = %s%sB = %s\n", t->title, t->sep, a ? a : t->builtin, t->semi,
	        b ? b : t->builtin);
	fprintf(f, "%zu %s%s%zu %s\n", w->count, t->compared, t->comma, w->n_changes, t->changed);
	for (size_t i = 0; i < w->n_changes; i++)
		text_change(f, &w->changes[i], t, lang);
	if (w->n_changes == 0)
		fprintf(f, "\n%s\n", t->none);
	for (size_t i = 0; i < w->errors.n; i++) {
		const gsb__noted_error *e = &w->errors.items[i];
		fprintf(f, "\n%s%s%s", t->error, t->sep, e->file ? e->file : "");
		if (e->line > 0)
			fprintf(f, ":%ld", e->line);
		fprintf(f, " %s\n", lang == GSB_LANG_ZH && e->message_zh ? e->message_zh : e->message);
	}
	fprintf(f, "\n%s%sA ", t->total, t->sep);
	text_amount(f, w->total[0], false);
	fprintf(f, "%sB ", t->semi);
	text_amount(f, w->total[1], false);
	fprintf(f, "%s%s ", t->semi, t->difference);
	text_amount(f, w->total[1] - w->total[0], true);
	fputs("\n", f);
}

static int print_comparison(FILE *f, const void *w, gsb_lang lang)
{
	text_comparison(f, w, lang);
	return 0;
}

char *gsb_whatif_to_string(const gsb_whatif *w, gsb_format format, gsb_lang lang)
{
	if (w == NULL) {
		gsb__error(GSB_EINVAL, "gsb_whatif_to_string: w is NULL");
		return NULL;
	}
	switch (format) {
	case GSB_FORMAT_XML:
		return to_xml(w);
	case GSB_FORMAT_JSON:
		return to_json(w);
	case GSB_FORMAT_TEXT:
		return gsb__print_to_string(print_comparison, w, lang, "what-if" GSB__ZH "对比");
	default:
		gsb__error(GSB_EINVAL, "gsb_whatif_to_string: unknown format %d", (int)format);
		return NULL;
	}
}
