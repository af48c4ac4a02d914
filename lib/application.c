/* libgeshibai — an application built field by field (docs/formats.md "Application"). */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "error_int.h"
#include "text_int.h"
#include "decision_int.h"
#include "hash.h"

int gsb__grow(void **array, size_t *cap, size_t n, size_t elem)
{
	if (n < *cap)
		return GSB_OK;
	size_t want = *cap ? *cap * 2 : 4;
	if (want > SIZE_MAX / elem)
		return gsb__error(GSB_ENOMEM, "out of memory");
	void *p = realloc(*array, want * elem);
	if (p == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	*array = p;
	*cap = want;
	return GSB_OK;
}

/* Beside an application, room for what most applications hold: the first
 * items of each list, its id, name and platform name, two indicators, a
 * loan, two local supports and their sources. An array or string starts
 * there and moves to the heap only when it outgrows its room, so that
 * building the usual application calls malloc once per list item (items
 * are freed one by one, by gsb_application_free and by white-box tests, as
 * is the USCC) and not once per array or string. The room is one
 * allocation of its own, made with the first thing it holds, and stays
 * under 1 kB: glibc serves that from its small bins, while a larger request
 * would consolidate the fast bins and make every small allocation after it
 * dearer (measured: twice the instructions per malloc). */
#define ITEMS_ROOM 6
typedef struct {
	char *items[GSB_LIST_COUNT][ITEMS_ROOM];
	gsb__kpi_in kpis[2];
	gsb__loan loans[1];
	gsb__local locals[2];
	char local_source[2][32]; /* of locals[i] */
	char id[16], name[64], platform_name[64];
} app_room;
_Static_assert(sizeof(app_room) <= 1000, "app_room: keep under 1 kB");

typedef struct {
	gsb_application app; /* first: a pointer to it points to the block */
	app_room *room;      /* NULL until something goes in it */
} app_block;

static app_block *block_of(const gsb_application *a)
{
	return (app_block *)a;
}

/* The room of an application, made on first use; NULL when there is no
 * memory for it (then everything goes to the heap, as before). */
static app_room *room_of(gsb_application *a)
{
	app_block *b = block_of(a);
	if (b->room == NULL)
		b->room = malloc(sizeof *b->room);
	return b->room;
}

int gsb_application_new(gsb_application **out)
{
	GSB__CHECK_ARG(out);
	app_block *b = calloc(1, sizeof *b);
	if (b == NULL) {
		*out = NULL;
		return gsb__error(GSB_ENOMEM, "out of memory");
	}
	gsb_application *a = &b->app;
	a->submitted = GSB_DATE_NONE;
	a->claimed = GSB_TIER_NONE;
	a->legal_form = GSB_LEGAL_FORM_NONE;
	for (int i = 0; i < GSB_FACT_COUNT; i++)
		a->facts[i] = GSB_UNKNOWN;
	a->builder_type = GSB_BUILDER_NONE;
	a->operating_since = GSB_DATE_NONE;
	*out = a;
	return GSB_OK;
}

/* A list's hash of its items (gsb__strlist.seen), freed. */
static void seen_free(struct gsb__hash **seen)
{
	if (*seen) {
		gsb__hash_release(*seen);
		free(*seen);
		*seen = NULL;
	}
}

/* free(p) unless p is in the room (room: its place there, or NULL). */
static void free_unless(void *p, const void *room)
{
	if (p != room)
		free(p);
}

#define ROOM(r, member) ((r) ? (r)->member : NULL)

void gsb_application_free(gsb_application *a)
{
	if (a == NULL)
		return;
	app_block *b = block_of(a);
	app_room *r = b->room;
	free_unless(a->id, ROOM(r, id));
	free_unless(a->name, ROOM(r, name));
	free(a->uscc);
	free_unless(a->platform_name, ROOM(r, platform_name));
	for (int l = 0; l < GSB_LIST_COUNT; l++) {
		for (size_t i = 0; i < a->lists[l].n; i++)
			free(a->lists[l].items[i]);
		free_unless(a->lists[l].items, ROOM(r, items[l]));
		seen_free(&a->lists[l].seen);
	}
	for (size_t i = 0; i < a->n_listings; i++)
		free(a->listings[i].text);
	free(a->listings);
	free_unless(a->loans, ROOM(r, loans));
	for (size_t i = 0; i < a->n_locals; i++)
		free_unless(a->locals[i].source,
		            i < GSB_ARRAY_LEN(r->local_source) ? ROOM(r, local_source[i]) : NULL);
	free_unless(a->locals, ROOM(r, locals));
	free_unless(a->kpis, ROOM(r, kpis));
	free(r);
	free(b);
}

/* Room for element n of an array of elements of size elem: first the
 * room_cap elements at room (when room is not NULL), then the heap, twice
 * as large each time, as gsb__grow does. */
static int grow_from(void **array, size_t *cap, size_t n, size_t elem, void *room,
                     size_t room_cap)
{
	if (n < *cap)
		return GSB_OK;
	if (*array == NULL && *cap == 0 && room != NULL) {
		*array = room;
		*cap = room_cap;
		if (n < *cap)
			return GSB_OK;
	}
	size_t want = *cap ? *cap * 2 : room_cap;
	if (want > SIZE_MAX / elem)
		return gsb__error(GSB_ENOMEM, "out of memory");
	void *p;
	if (*array != NULL && *array == room) {
		if ((p = malloc(want * elem)) != NULL)
			memcpy(p, room, *cap * elem);
	} else {
		p = realloc(*array, want * elem);
	}
	if (p == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	*array = p;
	*cap = want;
	return GSB_OK;
}

/* The member at offset off of a room, or NULL. */
static void *room_at(app_room *r, size_t off)
{
	return r ? (char *)r + off : NULL;
}

/* grow_from for an array of the application whose room is member. */
#define GROW(app, array, cap, n, member)                                                     \
	grow_from((void **)&(app)->array, &(app)->cap, (app)->n, sizeof *(app)->array,           \
	          room_at(room_of(app), offsetof(app_room, member)),                           \
	          GSB_ARRAY_LEN(((app_room *)NULL)->member))

/* A copy of the len bytes of s and its terminating NUL, or NULL. */
static char *copy_n(const char *s, size_t len)
{
	char *r = malloc(len + 1);
	if (r != NULL)
		memcpy(r, s, len + 1);
	return r;
}

/* Replace *field by a copy of a valid UTF-8 string: in its place in the
 * room (offset off, size bytes) when it fits there (value may be the string
 * there: memmove). */
static int set_string(gsb_application *app, char **field, size_t off, size_t size,
                      const char *value, const char *what)
{
	if (value == NULL)
		return gsb__error(GSB_EINVAL, "%s: NULL", what);
	size_t len = strlen(value);
	if (!gsb__text_valid(value, len))
		return gsb__error(GSB_EINVAL, "%s: invalid UTF-8 or a control character", what);
	char *room = room_at(len < size ? room_of(app) : block_of(app)->room, off), *copy = room;
	if (room != NULL && len < size)
		memmove(room, value, len + 1);
	else if ((copy = copy_n(value, len)) == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	free_unless(*field, room);
	*field = copy;
	return GSB_OK;
}

/* Replace *field by a heap copy of a valid UTF-8 string. */
static int set_heap_string(char **field, const char *value, const char *what)
{
	if (value == NULL)
		return gsb__error(GSB_EINVAL, "%s: NULL", what);
	size_t len = strlen(value);
	if (!gsb__text_valid(value, len))
		return gsb__error(GSB_EINVAL, "%s: invalid UTF-8 or a control character", what);
	char *copy = copy_n(value, len);
	if (copy == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	free(*field);
	*field = copy;
	return GSB_OK;
}

#define SET_STRING(app, field, value, what)                                                  \
	set_string(app, &(app)->field, offsetof(app_room, field),                                \
	           sizeof((app_room *)NULL)->field, value, what)

int gsb_application_set_id(gsb_application *app, const char *id)
{
	GSB__CHECK_ARG(app);
	return SET_STRING(app, id, id, "application id");
}

int gsb_application_set_year(gsb_application *app, int year)
{
	GSB__CHECK_ARG(app);
	if (year < 1 || year > 9999)
		return gsb__error(GSB_EINVAL, "application year %d out of range 1..9999", year);
	app->year = year;
	return GSB_OK;
}

int gsb_application_set_submitted(gsb_application *app, gsb_date date)
{
	GSB__CHECK_ARG(app);
	int rc = gsb__date_check(date, false, "submitted");
	if (rc != GSB_OK)
		return rc;
	app->submitted = date;
	return GSB_OK;
}

int gsb_application_set_claimed_tier(gsb_application *app, gsb_tier tier)
{
	GSB__CHECK_ARG(app);
	if ((unsigned)tier > GSB_TIER_COMPREHENSIVE)
		return gsb__error(GSB_EINVAL, "claimed tier %d out of range", (int)tier);
	app->claimed = tier;
	return GSB_OK;
}

int gsb_application_set_name(gsb_application *app, const char *name)
{
	GSB__CHECK_ARG(app);
	return SET_STRING(app, name, name, "applicant name");
}

int gsb_application_set_uscc(gsb_application *app, const char *uscc)
{
	GSB__CHECK_ARG(app);
	int rc = set_heap_string(&app->uscc, uscc, "uscc");
	if (rc == GSB_OK) /* decoded once here, read by every evaluation */
		rc = gsb_uscc_decode(&app->uscc_decoded, app->uscc);
	return rc;
}

int gsb_application_set_division(gsb_application *app, const char *division)
{
	GSB__CHECK_ARG(app);
	GSB__CHECK_ARG(division);
	size_t n = strlen(division);
	bool ok = n == 6;
	for (size_t i = 0; ok && i < n; i++)
		ok = division[i] >= '0' && division[i] <= '9';
	if (!ok)
		return gsb__error(GSB_EINVAL, "division code '%.20s' is not six digits", division);
	memcpy(app->division, division, 7);
	return GSB_OK;
}

int gsb_application_set_legal_form(gsb_application *app, gsb_legal_form form)
{
	GSB__CHECK_ARG(app);
	if ((int)form < GSB_LEGAL_FORM_NONE || form >= GSB_LEGAL_FORM_COUNT)
		return gsb__error(GSB_EINVAL, "legal form %d out of range", (int)form);
	app->legal_form = form;
	return GSB_OK;
}

int gsb_application_set_fact(gsb_application *app, gsb_fact fact, gsb_tri value)
{
	GSB__CHECK_ARG(app);
	if ((unsigned)fact >= GSB_FACT_COUNT)
		return gsb__error(GSB_EINVAL, "fact %d out of range", (int)fact);
	if (value != GSB_TRUE && value != GSB_FALSE && value != GSB_UNKNOWN)
		return gsb__error(GSB_EINVAL, "fact value %d is not a gsb_tri", (int)value);
	app->facts[fact] = value;
	return GSB_OK;
}

int gsb_application_set_platform_name(gsb_application *app, const char *name)
{
	GSB__CHECK_ARG(app);
	return SET_STRING(app, platform_name, name, "platform name");
}

int gsb_application_set_builder_type(gsb_application *app, gsb_builder_type type)
{
	GSB__CHECK_ARG(app);
	if ((int)type < GSB_BUILDER_NONE || type >= GSB_BUILDER_COUNT)
		return gsb__error(GSB_EINVAL, "builder type %d out of range", (int)type);
	app->builder_type = type;
	return GSB_OK;
}

int gsb_application_set_operating_since(gsb_application *app, gsb_date date)
{
	GSB__CHECK_ARG(app);
	int rc = gsb__date_check(date, false, "operatingSince");
	if (rc != GSB_OK)
		return rc;
	app->operating_since = date;
	return GSB_OK;
}

int gsb_application_declare_list(gsb_application *app, gsb_list list)
{
	GSB__CHECK_ARG(app);
	if ((unsigned)list >= GSB_LIST_COUNT)
		return gsb__error(GSB_EINVAL, "list %d out of range", (int)list);
	app->lists[list].declared = true;
	return GSB_OK;
}

/* Lists up to this long are scanned for a repeated item; longer ones keep
 * a hash of their items, so that a list of n items costs O(n), not O(n^2). */
#define GSB_SCAN_ITEMS 16

/* Items compared with strcmp by the scans below, for the tests. */
_Thread_local size_t gsb__item_compares;

/* Whether a non-empty item i of a list equals one of items 0..i-1: a scan
 * of a short list, else a look-up in *seen (built from items 0..i-1 at the
 * first need, then kept: item i is added to it). Out of memory: a scan. */
static bool seen_before(struct gsb__hash **seen, char *const *items, size_t i)
{
	const char *value = items[i];
	if (*seen == NULL && i >= GSB_SCAN_ITEMS && (*seen = malloc(sizeof **seen)) != NULL) {
		gsb__hash_init(*seen);
		for (size_t j = 0; j < i; j++)
			if (items[j][0] != '\0' &&
			    gsb__hash_intern(*seen, items[j], strlen(items[j]), &(uint32_t){ 0 }, NULL)) {
				gsb__hash_release(*seen);
				free(*seen);
				*seen = NULL;
				break;
			}
	}
	bool is_new;
	if (*seen && gsb__hash_intern(*seen, value, strlen(value), &(uint32_t){ 0 }, &is_new) == GSB_OK)
		return !is_new;
	gsb__item_compares += i;
	for (size_t j = 0; j < i; j++)
		if (items[j][0] == value[0] && strcmp(items[j], value) == 0)
			return true;
	return false;
}

/* Add item i of a list to the facts of items 0..i-1 (what the tier rules of
 * tier.c ask of a list). */
static void facts_add(gsb__list_facts *f, gsb_list list, char *const *items, size_t i,
                      struct gsb__hash **seen)
{
	const char *value = items[i];
	size_t n_codes = gsb_list_code_count(list);
	for (size_t k = 0; k < n_codes && k < 32; k++)
		if (strcmp(gsb_list_code(list, k), value) == 0) {
			f->codes |= 1u << k;
			break;
		}
	bool seen_it = value[0] == '\0' || seen_before(seen, items, i);
	f->distinct += !seen_it;
	if (list == GSB_LIST_INDUSTRIES)
		for (int k = 0; k < GSB_INDUSTRY_COUNT && !f->ten; k++) {
			const char *code = gsb_industry_name((gsb_industry)k);
			f->ten = code != NULL && strcmp(code, value) == 0;
		}
}

gsb__list_facts gsb__list_facts_count(const gsb__strlist *l, gsb_list list)
{
	gsb__list_facts f = { 0 };
	struct gsb__hash *seen = NULL;
	for (size_t i = 0; i < l->n; i++)
		facts_add(&f, list, l->items, i, &seen);
	seen_free(&seen);
	return f;
}

int gsb_application_add_item(gsb_application *app, gsb_list list, const char *item)
{
	GSB__CHECK_ARG(app);
	GSB__CHECK_ARG(item);
	if ((unsigned)list >= GSB_LIST_COUNT)
		return gsb__error(GSB_EINVAL, "list %d out of range", (int)list);
	size_t len = strlen(item);
	/* a closed list: the index of the item's code; a code is valid UTF-8,
	 * so an item that is one needs no check */
	int rc, code = -1;
	if (list != GSB_LIST_INDUSTRIES && list != GSB_LIST_CLUSTERS && list != GSB_LIST_SCENARIOS)
		code = gsb_list_code_index(list, item);
	if (code < 0 && !gsb__text_valid(item, len))
		return gsb__error(GSB_EINVAL, "%s item: invalid UTF-8 or a control character",
		                  gsb_list_name(list));
	char *value = NULL;
	gsb_industry ind = GSB_INDUSTRY_OTHER;
	switch (list) {
	case GSB_LIST_INDUSTRIES:
		rc = gsb_industry_lookup(&ind, &value, item);
		break;
	case GSB_LIST_CLUSTERS:
		rc = gsb_cluster_lookup(&value, item);
		break;
	case GSB_LIST_SCENARIOS:
		rc = gsb_scenario_lookup(&value, item);
		break;
	default:
		if (code < 0)
			return gsb__error(GSB_EINVAL, "'%.60s' is not a code of %s", item,
			                  gsb_list_name(list));
		value = copy_n(item, len);
		rc = value ? GSB_OK : gsb__error(GSB_ENOMEM, "out of memory");
	}
	if (rc != GSB_OK)
		return rc;
	gsb__strlist *l = &app->lists[list];
	if (l->n == l->cap) {
		app_room *r = room_of(app);
		if ((rc = grow_from((void **)&l->items, &l->cap, l->n, sizeof *l->items,
		                    ROOM(r, items[list]), ITEMS_ROOM)) != GSB_OK) {
			free(value);
			return rc;
		}
	}
	/* The facts of items 0..n-1 (counted again if they were changed behind
	 * our back), then those of the new item, as facts_add would find them:
	 * - a closed list holds only codes (non-empty), so the item is new to
	 *   the list when its code's bit is not yet set;
	 * - an industry is a ten-strong code exactly when the lookup found one
	 *   (else it is a normalised name that no key, so no code, equals);
	 * - open lists hold no codes (gsb_list_code_count is 0). */
	if (l->facts_n != l->n) {
		seen_free(&l->seen); /* it no longer knows the items */
		l->facts = gsb__list_facts_count(l, list);
	}
	gsb__list_facts *f = &l->facts;
	size_t n = l->n;
	l->items[n] = value;
	if (code >= 0 && code < 32) { /* the lists of the default case are closed */
		unsigned bit = 1u << code;
		f->distinct += !(f->codes & bit);
		f->codes |= bit;
	} else if (code >= 0) {
		facts_add(f, list, l->items, n, &l->seen);
	} else {
		f->distinct += !(value[0] == '\0' || seen_before(&l->seen, l->items, n));
		f->ten |= list == GSB_LIST_INDUSTRIES && ind != GSB_INDUSTRY_OTHER;
	}
	l->facts_n = l->n = n + 1;
	l->declared = true;
	return GSB_OK;
}

int gsb_application_set_metric(gsb_application *app, gsb_metric metric, int64_t value)
{
	GSB__CHECK_ARG(app);
	if ((unsigned)metric >= GSB_METRIC_COUNT || value < 0)
		return gsb__error(GSB_EINVAL, "metric %d = %lld out of range", (int)metric,
		                  (long long)value);
	app->metrics[metric] = value;
	app->metrics_set |= 1u << metric;
	return GSB_OK;
}

int gsb_application_declare_listings(gsb_application *app)
{
	GSB__CHECK_ARG(app);
	app->listings_declared = true;
	return GSB_OK;
}

int gsb_application_add_listing(gsb_application *app, gsb_listing_kind kind, int year,
                                const char *text)
{
	GSB__CHECK_ARG(app);
	if ((unsigned)kind >= GSB_LISTING_COUNT || year < 0 || year > 9999)
		return gsb__error(GSB_EINVAL, "listing kind %d, year %d out of range", (int)kind, year);
	size_t len = text ? strlen(text) : 0;
	if (text && !gsb__text_valid(text, len))
		return gsb__error(GSB_EINVAL, "listing text: invalid UTF-8 or a control character");
	int rc = gsb__grow((void **)&app->listings, &app->cap_listings, app->n_listings,
	                   sizeof *app->listings);
	if (rc != GSB_OK)
		return rc;
	gsb__listing *l = &app->listings[app->n_listings];
	l->kind = kind;
	l->year = year;
	l->text = NULL;
	if (text && (l->text = copy_n(text, len)) == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	app->n_listings++;
	app->listings_declared = true;
	return GSB_OK;
}

int gsb_application_set_expert_score(gsb_application *app, const char *score)
{
	GSB__CHECK_ARG(app);
	GSB__CHECK_ARG(score);
	gsb__dec d;
	int rc = gsb__dec_parse(&d, score, 4);
	if (rc != GSB_OK)
		return rc;
	__int128 e4 = (__int128)d.mant * gsb__pow10(4 - d.scale);
	if (e4 > INT64_MAX || e4 < INT64_MIN)
		return gsb__error(GSB_EOVERFLOW, "expert score '%.40s' is too large", score);
	app->score_e4 = (int64_t)e4;
	app->has_score = true;
	return GSB_OK;
}

static int check_amount(gsb_fen amount, const char *what)
{
	if (amount < 0)
		return gsb__error(GSB_EINPUT, "%s: negative amount", what);
	return GSB_OK;
}

int gsb_application_set_award(gsb_application *app, gsb_fen amount)
{
	GSB__CHECK_ARG(app);
	int rc = check_amount(amount, "award");
	if (rc == GSB_OK) {
		app->award = amount;
		app->has_award = true;
	}
	return rc;
}

int gsb_application_set_equity(gsb_application *app, gsb_fen amount)
{
	GSB__CHECK_ARG(app);
	int rc = check_amount(amount, "equity");
	if (rc == GSB_OK) {
		app->equity = amount;
		app->has_equity = true;
	}
	return rc;
}

int gsb_application_add_loan(gsb_application *app, gsb_fen principal, const char *rate_percent,
                             gsb_date start, gsb_date end, const char *ratio)
{
	GSB__CHECK_ARG(app);
	GSB__CHECK_ARG(rate_percent);
	gsb__loan loan = { .principal = principal, .start = start, .end = end };
	int rc = check_amount(principal, "loan principal");
	if (rc != GSB_OK)
		return rc;
	if ((rc = gsb__date_check(start, false, "loan start")) != GSB_OK ||
	    (rc = gsb__date_check(end, false, "loan end")) != GSB_OK)
		return rc;
	if (end < start)
		return gsb__error(GSB_EINPUT, "loan ends before it starts");
	/* docs/rules.md §11.11: ratePercent and ratio have at most four decimals */
	if ((rc = gsb__dec_parse(&loan.rate_percent, rate_percent, 4)) != GSB_OK)
		return gsb__error(rc == GSB_EOVERFLOW ? rc : GSB_EINPUT, "loan ratePercent: %s",
		                  gsb__error_both());
	if (loan.rate_percent.mant < 0)
		return gsb__error(GSB_EINPUT, "loan ratePercent is negative");
	if (ratio) {
		if ((rc = gsb__dec_parse(&loan.ratio, ratio, 4)) != GSB_OK)
			return gsb__error(rc == GSB_EOVERFLOW ? rc : GSB_EINPUT, "loan ratio: %s",
			                  gsb__error_both());
		if (loan.ratio.mant < 0)
			return gsb__error(GSB_EINPUT, "loan ratio is negative");
		loan.has_ratio = true;
	}
	if ((rc = GROW(app, loans, cap_loans, n_loans, loans)) != GSB_OK)
		return rc;
	app->loans[app->n_loans++] = loan;
	return GSB_OK;
}

int gsb_application_add_local(gsb_application *app, gsb_fen amount, const char *source)
{
	GSB__CHECK_ARG(app);
	int rc = check_amount(amount, "local support");
	if (rc != GSB_OK)
		return rc;
	size_t len = source ? strlen(source) : 0;
	if (source && !gsb__text_valid(source, len))
		return gsb__error(GSB_EINVAL, "local source: invalid UTF-8 or a control character");
	if ((rc = GROW(app, locals, cap_locals, n_locals, locals)) != GSB_OK)
		return rc;
	size_t n = app->n_locals;
	gsb__local *l = &app->locals[n];
	l->amount = amount;
	l->source = NULL;
	if (source) {
		app_room *r = block_of(app)->room;
		if (r != NULL && n < GSB_ARRAY_LEN(r->local_source) && len < sizeof r->local_source[n])
			l->source = memcpy(r->local_source[n], source, len + 1);
		else if ((l->source = copy_n(source, len)) == NULL)
			return gsb__error(GSB_ENOMEM, "out of memory");
	}
	app->n_locals = n + 1;
	return GSB_OK;
}

int gsb_application_add_kpi(gsb_application *app, gsb_kpi kpi, const char *baseline,
                            const char *current)
{
	GSB__CHECK_ARG(app);
	GSB__CHECK_ARG(baseline);
	GSB__CHECK_ARG(current);
	if ((unsigned)kpi >= GSB_KPI_COUNT)
		return gsb__error(GSB_EINVAL, "indicator %d out of range", (int)kpi);
	gsb__kpi_in k = { .kpi = kpi };
	int rc;
	if ((rc = gsb__dec_parse(&k.baseline, baseline, 18)) != GSB_OK ||
	    (rc = gsb__dec_parse(&k.current, current, 18)) != GSB_OK)
		return rc;
	if ((rc = GROW(app, kpis, cap_kpis, n_kpis, kpis)) != GSB_OK)
		return rc;
	gsb__kpi_judge(&k);
	app->kpis[app->n_kpis++] = k;
	return GSB_OK;
}

const char *gsb_application_id(const gsb_application *app)
{
	return app ? app->id : NULL;
}

long gsb_application_line(const gsb_application *app)
{
	return app ? app->line : 0;
}

const char *gsb_application_name(const gsb_application *app)
{
	return app ? app->name : NULL;
}

const char *gsb_application_uscc(const gsb_application *app)
{
	return app ? app->uscc : NULL;
}

const char *gsb_application_division(const gsb_application *app)
{
	return app && app->division[0] ? app->division : NULL;
}

const char *gsb_application_platform_name(const gsb_application *app)
{
	return app ? app->platform_name : NULL;
}

size_t gsb_application_item_count(const gsb_application *app, gsb_list list)
{
	return app && (unsigned)list < GSB_LIST_COUNT ? app->lists[list].n : 0;
}

const char *gsb_application_item(const gsb_application *app, gsb_list list, size_t i)
{
	return i < gsb_application_item_count(app, list) ? app->lists[list].items[i] : NULL;
}
