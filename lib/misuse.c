/*
 * libgeshibai — funding misuse, provision 5.4 (docs/rules.md §8, §11.15–§11.18).
 *
 * The auditor takes a ledger's records one at a time (gsb__auditor_sink) in
 * any order and keeps only what the five tests need: per party its receipts
 * (for first-in first-out), per budget category its line, its spending and
 * the ids of its expenses, per distinct invoice number its first expense and
 * any duplicates. Every test is a hash lookup per record and one pass at the
 * end: time linear in the ledger, memory proportional to distinct invoices,
 * parties and categories, not to the document.
 *
 * Each test below is a small function citing 5.4 and the § it implements.
 */
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include "accessor.h"
#include "ledger_int.h"
#include "hash.h"

#define NONE32 0u /* "no index" in the +1-encoded links below */

/* ------------------------------------------------------------- state */

typedef struct {
	bool intermediary;    /* neither "province" nor "recipient" (5.4, §8) */
	uint32_t head, tail;  /* FIFO of receipts still held: transfer index + 1 */
} party_t;

typedef struct {
	gsb_date date;
	gsb_fen amount, remaining;
	uint32_t from, to;    /* party indices */
	uint32_t id;          /* offset in xfer_ids */
	uint32_t next;        /* next receipt of the same party, index + 1 */
	long line;
} xfer_t;

typedef struct {
	bool has_line, has_spent;
	gsb_fen line, spent;
	uint32_t head, tail;  /* its expenses: expense sequence + 1, linked by exp_next */
} cat_t;

typedef struct {
	uint32_t first;       /* expense sequence of its first expense */
	uint32_t dups;        /* latest duplicate, dup index + 1 (a stack) */
} inv_t;

typedef struct {
	uint32_t seq, next;
	gsb_fen amount;
} dup_t;

struct gsb__auditor {
	const gsb_policy *policy;
	gsb_audit *audit;
	gsb_date as_of;
	bool ready;                   /* as_of and the parameters are known */
	int64_t withholding_days;
	gsb__dec line_tol, metric_tol;

	bool has_award, has_investment, has_budget;
	gsb_fen award, investment, subsidies;
	gsb_tri national;

	gsb__hash parties;
	party_t *party;
	size_t party_cap;
	xfer_t *xfer;
	size_t n_xfer, xfer_cap;
	gsb__pool xfer_ids;

	gsb__hash cats;
	cat_t *cat;
	size_t cat_cap;

	gsb__pool exp_ids;
	uint32_t *exp_id, *exp_next;  /* by expense sequence */
	size_t n_exp, exp_id_cap, exp_next_cap;

	gsb__hash invoices;
	inv_t *inv;
	size_t inv_cap;
	dup_t *dup;
	size_t n_dup, dup_cap;

	gsb__flag *metric_flags;      /* raised as read, reported after invoices */
	size_t n_metric_flags, metric_flags_cap;
};

static int overflow(const gsb__record *r, const char *what)
{
	return gsb__error_at(GSB_EOVERFLOW, NULL, r->line, NULL, NULL,
	                     "the sum of %s does not fit in 64-bit fen", what);
}

static int add_fen(gsb_fen *sum, gsb_fen v, const gsb__record *r, const char *what)
{
	if (__builtin_add_overflow(*sum, v, sum))
		return overflow(r, what);
	return GSB_OK;
}

/* Grow a by-index array so that index i exists, zeroing new elements. */
static int ensure(void **array, size_t *cap, size_t i, size_t elem)
{
	size_t old = *cap;
	int rc = gsb__grow(array, cap, i, elem);
	if (rc == GSB_OK && *cap > old)
		memset((char *)*array + old * elem, 0, (*cap - old) * elem);
	return rc;
}

int gsb__auditor_new(gsb__auditor **out, const gsb_policy *policy, gsb_date as_of)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(policy);
	if (gsb__date_check(as_of, true, "audit: as-of") != GSB_OK)
		return GSB_EINVAL;
	gsb__auditor *a = calloc(1, sizeof *a);
	gsb_audit *au = calloc(1, sizeof *au);
	if (a == NULL || au == NULL) {
		free(a);
		free(au);
		return gsb__error(GSB_ENOMEM, "out of memory");
	}
	gsb__arena_init(&au->arena);
	au->policy = gsb_policy_id(policy);
	const char *source = gsb_policy_source(policy), *file = gsb_policy_file(policy);
	if ((source != NULL && (au->params = gsb__arena_strdup(&au->arena, source)) == NULL) ||
	    (file != NULL && (au->params_file = gsb__arena_strdup(&au->arena, file)) == NULL)) {
		gsb_audit_free(au);
		free(a);
		return gsb__error(GSB_ENOMEM, "out of memory");
	}
	au->as_of = GSB_DATE_NONE;
	a->audit = au;
	a->policy = policy;
	a->as_of = as_of;
	a->national = GSB_UNKNOWN;
	gsb__hash_init(&a->parties);
	gsb__hash_init(&a->cats);
	gsb__hash_init(&a->invoices);
	gsb__pool_init(&a->xfer_ids);
	gsb__pool_init(&a->exp_ids);
	*out = a;
	return GSB_OK;
}

void gsb__auditor_free(gsb__auditor *a)
{
	if (a == NULL)
		return;
	gsb_audit_free(a->audit);
	gsb__hash_release(&a->parties);
	gsb__hash_release(&a->cats);
	gsb__hash_release(&a->invoices);
	gsb__pool_release(&a->xfer_ids);
	gsb__pool_release(&a->exp_ids);
	free(a->party);
	free(a->xfer);
	free(a->cat);
	free(a->exp_id);
	free(a->exp_next);
	free(a->inv);
	free(a->dup);
	free(a->metric_flags);
	free(a);
}

/* The as-of date (given, else the ledger's asOf, else today) and the
 * parameters misuse.* in force on it (5.4, docs/rules.md §0 "An explicit date"). */
static int make_ready(gsb__auditor *a, gsb_date ledger_as_of)
{
	if (a->ready)
		return GSB_OK;
	if (a->as_of == GSB_DATE_NONE)
		a->as_of = ledger_as_of != GSB_DATE_NONE ? ledger_as_of : gsb_date_today();
	const gsb__param_value *days = gsb__policy_value(a->policy, GSB_P_WITHHOLDING_DAYS, a->as_of);
	const gsb__param_value *lt = gsb__policy_value(a->policy, GSB_P_LINE_TOLERANCE, a->as_of);
	const gsb__param_value *mt = gsb__policy_value(a->policy, GSB_P_METRIC_TOLERANCE, a->as_of);
	if (days == NULL || lt == NULL || mt == NULL)
		return gsb__error(GSB_EINPUT, "misuse.* parameters have no value on the as-of date");
	a->withholding_days = days->i;
	a->line_tol = lt->d;
	a->metric_tol = mt->d;
	a->audit->as_of = a->as_of;
	a->ready = true;
	return GSB_OK;
}

/* ------------------------------------------------------------- intake */

static int party_index(gsb__auditor *a, const char *name, uint32_t *index)
{
	bool is_new;
	int rc = gsb__hash_intern(&a->parties, name, strlen(name), index, &is_new);
	if (rc != GSB_OK || !is_new)
		return rc;
	if ((rc = ensure((void **)&a->party, &a->party_cap, *index, sizeof *a->party)) != GSB_OK)
		return rc;
	/* 5.4, §8: "province" and "recipient" are reserved; any other party is
	 * an intermediary. */
	a->party[*index].intermediary = strcmp(name, "province") != 0 && strcmp(name, "recipient") != 0;
	return GSB_OK;
}

/* 5.4, §11.15: transfers dated after the as-of date are ignored. */
static int take_transfer(gsb__auditor *a, const gsb__record *r)
{
	if (r->date > a->as_of)
		return GSB_OK;
	if (a->n_xfer >= UINT32_MAX - 1)
		return gsb__error(GSB_ENOMEM, "too many transfers");
	int rc = gsb__grow((void **)&a->xfer, &a->xfer_cap, a->n_xfer, sizeof *a->xfer);
	if (rc != GSB_OK)
		return rc;
	xfer_t *t = &a->xfer[a->n_xfer];
	*t = (xfer_t){ .date = r->date, .amount = r->amount, .line = r->line };
	if ((rc = party_index(a, r->from, &t->from)) != GSB_OK ||
	    (rc = party_index(a, r->to, &t->to)) != GSB_OK ||
	    (rc = gsb__pool_add(&a->xfer_ids, r->id, strlen(r->id), &t->id)) != GSB_OK)
		return rc;
	a->n_xfer++;
	return GSB_OK;
}

static int category_index(gsb__auditor *a, const char *name, uint32_t *index)
{
	bool is_new;
	/* 5.4, §11.16: category names compare exactly. */
	int rc = gsb__hash_intern(&a->cats, name, strlen(name), index, &is_new);
	if (rc == GSB_OK && is_new)
		rc = ensure((void **)&a->cat, &a->cat_cap, *index, sizeof *a->cat);
	return rc;
}

/* 5.4, §11.16: lines of one category are summed. */
static int take_line(gsb__auditor *a, const gsb__record *r)
{
	uint32_t i;
	int rc = category_index(a, r->category, &i);
	if (rc != GSB_OK)
		return rc;
	a->has_budget = true;
	a->cat[i].has_line = true;
	return add_fen(&a->cat[i].line, r->amount, r, "budget lines");
}

/* 5.4, §11.17: invoice numbers compare exactly after trimming surrounding
 * white space: every character of Unicode's White_Space property (ICU's
 * u_isUWhiteSpace — ASCII white space, U+0085, U+00A0 NO-BREAK SPACE,
 * U+1680, U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000), so that
 * no invisible space hides a repeated number. *start / *len receive the
 * trimmed span (the ledger holds valid UTF-8: its setters check it). */
static void trim(const char *s, const char **start, size_t *len)
{
	const uint8_t *u = (const uint8_t *)s;
	size_t full = strlen(s);
	int32_t n = full > INT32_MAX ? INT32_MAX : (int32_t)full, b = 0, e = n;
	UChar32 c;
	while (b < e) {
		int32_t i = b;
		U8_NEXT(u, i, e, c);
		if (c < 0 || !u_isUWhiteSpace(c))
			break;
		b = i;
	}
	while (e > b && full == (size_t)n) {
		int32_t i = e;
		U8_PREV(u, b, i, c);
		if (c < 0 || !u_isUWhiteSpace(c))
			break;
		e = i;
	}
	*start = s + b;
	*len = full == (size_t)n ? (size_t)(e - b) : full - (size_t)b;
}

/* 5.4, §11.17: remember the first expense of each invoice number and every
 * further one (a hash lookup per expense, never a pairwise comparison). */
static int take_invoice(gsb__auditor *a, const gsb__record *r, uint32_t seq)
{
	const char *key;
	size_t len;
	trim(r->invoice, &key, &len);
	if (len == 0)
		return GSB_OK; /* no invoice: not compared */
	uint32_t i;
	bool is_new;
	int rc = gsb__hash_intern(&a->invoices, key, len, &i, &is_new);
	if (rc != GSB_OK)
		return rc;
	if (is_new) {
		if ((rc = ensure((void **)&a->inv, &a->inv_cap, i, sizeof *a->inv)) != GSB_OK)
			return rc;
		a->inv[i] = (inv_t){ .first = seq, .dups = NONE32 };
		return GSB_OK;
	}
	if ((rc = gsb__grow((void **)&a->dup, &a->dup_cap, a->n_dup, sizeof *a->dup)) != GSB_OK)
		return rc;
	a->dup[a->n_dup] = (dup_t){ .seq = seq, .next = a->inv[i].dups, .amount = r->amount };
	a->inv[i].dups = (uint32_t)++a->n_dup;
	return GSB_OK;
}

/* 5.4, §11.16: spending per category, expenses after the as-of date ignored. */
static int take_spending(gsb__auditor *a, const gsb__record *r, uint32_t seq)
{
	if (r->date > a->as_of)
		return GSB_OK;
	uint32_t i;
	int rc = category_index(a, r->category, &i);
	if (rc != GSB_OK)
		return rc;
	cat_t *c = &a->cat[i];
	if ((rc = add_fen(&c->spent, r->amount, r, "expenses of a category")) != GSB_OK)
		return rc;
	c->has_spent = true;
	a->exp_next[seq] = NONE32;
	if (c->tail != NONE32)
		a->exp_next[c->tail - 1] = seq + 1;
	else
		c->head = seq + 1;
	c->tail = seq + 1;
	return GSB_OK;
}

static int take_expense(gsb__auditor *a, const gsb__record *r)
{
	if (a->n_exp >= UINT32_MAX - 1)
		return gsb__error(GSB_ENOMEM, "too many expenses");
	uint32_t seq = (uint32_t)a->n_exp;
	int rc;
	if ((rc = gsb__grow((void **)&a->exp_id, &a->exp_id_cap, seq, sizeof *a->exp_id)) != GSB_OK ||
	    (rc = gsb__grow((void **)&a->exp_next, &a->exp_next_cap, seq, sizeof *a->exp_next)) != GSB_OK ||
	    (rc = gsb__pool_add(&a->exp_ids, r->id, strlen(r->id), &a->exp_id[seq])) != GSB_OK)
		return rc;
	a->exp_next[seq] = NONE32;
	a->n_exp++;
	if (r->invoice != NULL && (rc = take_invoice(a, r, seq)) != GSB_OK)
		return rc;
	return take_spending(a, r, seq);
}

/* Append a flag to the audit (5.4, §8: category, evidence, amount). */
static gsb__flag *new_flag(gsb_audit *au, gsb_misuse kind)
{
	if (gsb__grow((void **)&au->flags, &au->cap_flags, au->n_flags, sizeof *au->flags) != GSB_OK)
		return NULL;
	gsb__flag *f = &au->flags[au->n_flags++];
	memset(f, 0, sizeof *f);
	f->kind = kind;
	return f;
}

static const char **evidence_array(gsb_audit *au, size_t n)
{
	return gsb__arena_alloc(&au->arena, (n ? n : 1) * sizeof(const char *));
}

/* |declared - verified| > tolerance x verified, exactly (5.4, §11.17). */
static bool metric_off(gsb__dec declared, gsb__dec verified, gsb__dec tol)
{
	int s = declared.scale > verified.scale ? declared.scale : verified.scale;
	__int128 d = (__int128)declared.mant * gsb__pow10(s - declared.scale);
	__int128 v = (__int128)verified.mant * gsb__pow10(s - verified.scale);
	__int128 diff = d > v ? d - v : v - d;
	__int128 lhs = diff * gsb__pow10(tol.scale); /* < 2^127: at most 6 + 6 decimals */
	__int128 rhs;
	if (__builtin_mul_overflow((__int128)tol.mant, v, &rhs))
		return false; /* the tolerance is beyond any difference */
	return lhs > rhs;
}

/* 5.4, §8 falsification: a declared metric off its verified value by more
 * than misuse.metric-tolerance of it; one flag per metric (§11.17). */
static int take_metric(gsb__auditor *a, const gsb__record *r)
{
	if (!metric_off(r->declared, r->verified, a->metric_tol))
		return GSB_OK;
	int rc = gsb__grow((void **)&a->metric_flags, &a->metric_flags_cap, a->n_metric_flags,
	                   sizeof *a->metric_flags);
	if (rc != GSB_OK)
		return rc;
	gsb_audit *au = a->audit;
	gsb__flag *f = &a->metric_flags[a->n_metric_flags++];
	char d[24], v[24];
	gsb__dec_format(r->declared, d);
	gsb__dec_format(r->verified, v);
	*f = (gsb__flag){ .kind = GSB_MISUSE_FALSIFICATION, .has_amount = false };
	f->subject = gsb__arena_strdup(&au->arena, r->name);
	f->evidence = evidence_array(au, 1);
	if (f->subject == NULL || f->evidence == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	f->evidence[0] = gsb__arena_printf(&au->arena, "metric:%s", r->name);
	f->n_evidence = 1;
	f->reason[GSB_LANG_ZH] = gsb__arena_printf(&au->arena, "指标 %s：申报 %s，核实 %s", r->name, d, v);
	f->reason[GSB_LANG_EN] = gsb__arena_printf(&au->arena, "metric %s: declared %s vs verified %s",
	                                           r->name, d, v);
	return GSB_OK;
}

int gsb__auditor_sink(void *ctx, const gsb__record *r)
{
	gsb__auditor *a = ctx;
	int rc = make_ready(a, r->kind == GSB__REC_HEADER ? r->date : GSB_DATE_NONE);
	if (rc != GSB_OK)
		return rc;
	switch (r->kind) {
	case GSB__REC_HEADER:
		if (r->application && !(a->audit->ledger = gsb__arena_strdup(&a->audit->arena, r->application)))
			return gsb__error(GSB_ENOMEM, "out of memory");
		return GSB_OK;
	case GSB__REC_AWARD:
		a->has_award = true;
		a->award = r->amount;
		a->national = r->national;
		return GSB_OK;
	case GSB__REC_INVESTMENT:
		a->has_investment = true;
		a->investment = r->amount;
		return GSB_OK;
	case GSB__REC_BUDGET:
		a->has_budget = true;
		return GSB_OK;
	case GSB__REC_LINE:
		return take_line(a, r);
	case GSB__REC_TRANSFER:
		return take_transfer(a, r);
	case GSB__REC_EXPENSE:
		return take_expense(a, r);
	case GSB__REC_SUBSIDY:
		return add_fen(&a->subsidies, r->amount, r, "subsidies");
	case GSB__REC_METRIC:
		return take_metric(a, r);
	}
	return gsb__error(GSB_ERROR, "unknown ledger record %d", (int)r->kind);
}

/* ------------------------------------------------------ withholding */

/* Transfers in date order, stable (document order within a day): a radix
 * sort on the day, linear in the number of transfers. */
static int sort_transfers(const gsb__auditor *a, uint32_t **out)
{
	size_t n = a->n_xfer;
	uint32_t *ord = malloc((n ? n : 1) * sizeof *ord);
	uint32_t *tmp = malloc((n ? n : 1) * sizeof *tmp);
	size_t *count = calloc(65537, sizeof *count);
	if (ord == NULL || tmp == NULL || count == NULL) {
		free(ord);
		free(tmp);
		free(count);
		return gsb__error(GSB_ENOMEM, "out of memory");
	}
	gsb_date lo = n ? a->xfer[0].date : 0;
	for (size_t i = 0; i < n; i++) {
		ord[i] = (uint32_t)i;
		if (a->xfer[i].date < lo)
			lo = a->xfer[i].date;
	}
	for (int shift = 0; shift < 32; shift += 16) {
		memset(count, 0, 65537 * sizeof *count);
		for (size_t i = 0; i < n; i++)
			count[(((uint32_t)(a->xfer[ord[i]].date - lo) >> shift) & 0xFFFF) + 1]++;
		for (size_t k = 1; k < 65537; k++)
			count[k] += count[k - 1];
		for (size_t i = 0; i < n; i++)
			tmp[count[((uint32_t)(a->xfer[ord[i]].date - lo) >> shift) & 0xFFFF]++] = ord[i];
		uint32_t *sw = ord;
		ord = tmp;
		tmp = sw;
	}
	free(tmp);
	free(count);
	*out = ord;
	return GSB_OK;
}

/* A receipt joins the end of the intermediary's queue (5.4, §11.15 FIFO). */
static void receive(gsb__auditor *a, uint32_t t)
{
	xfer_t *x = &a->xfer[t];
	party_t *p = &a->party[x->to];
	if (!p->intermediary)
		return;
	x->remaining = x->amount;
	x->next = NONE32;
	if (p->tail != NONE32)
		a->xfer[p->tail - 1].next = t + 1;
	else
		p->head = t + 1;
	p->tail = t + 1;
}

/* Passing on takes from the oldest receipts first (5.4, §11.15); passing on
 * more than was received is an input error. */
static int pass_on(gsb__auditor *a, uint32_t t)
{
	const xfer_t *x = &a->xfer[t];
	party_t *p = &a->party[x->from];
	if (!p->intermediary)
		return GSB_OK;
	gsb_fen need = x->amount;
	while (need > 0 && p->head != NONE32) {
		xfer_t *lot = &a->xfer[p->head - 1];
		gsb_fen take = lot->remaining < need ? lot->remaining : need;
		lot->remaining -= take;
		need -= take;
		if (lot->remaining == 0) {
			p->head = lot->next;
			if (p->head == NONE32)
				p->tail = NONE32;
		}
	}
	if (need == 0)
		return GSB_OK;
	char amt[24], held[24], day[11];
	return gsb__error_at(GSB_EINPUT, NULL, x->line, "ledger/transfer", a->audit->ledger,
	                     "'%s' passes on %s in transfer '%s' on %s but holds only %s "
	                     "(5.4, docs/rules.md §11.15)",
	                     gsb__hash_key(&a->parties, x->from), gsb_fen_format(x->amount, amt),
	                     gsb__pool_str(&a->xfer_ids, x->id), gsb_date_format(x->date, day),
	                     gsb_fen_format(x->amount - need, held));
}

/* Replay the transfers day by day: a day's receipts before its payments, so
 * funds passed on the day they arrive are never "more than received". */
static int run_transfers(gsb__auditor *a)
{
	uint32_t *ord = NULL;
	int rc = sort_transfers(a, &ord);
	if (rc != GSB_OK)
		return rc;
	for (size_t g = 0, end; g < a->n_xfer; g = end) {
		gsb_date day = a->xfer[ord[g]].date;
		for (end = g; end < a->n_xfer && a->xfer[ord[end]].date == day; end++)
			receive(a, ord[end]);
		for (size_t k = g; k < end && rc == GSB_OK; k++)
			rc = pass_on(a, ord[k]);
		if (rc != GSB_OK)
			break;
	}
	free(ord);
	return rc;
}

/* 5.4, §8 withholding, §11.15: what an intermediary still holds of receipts
 * older than misuse.withholding-days; one flag per intermediary, its
 * evidence the receipts still held. */
static int flag_withholding(gsb__auditor *a, uint32_t party)
{
	gsb_audit *au = a->audit;
	gsb_fen held = 0;
	size_t n = 0;
	for (uint32_t t = a->party[party].head; t != NONE32; t = a->xfer[t - 1].next) {
		const xfer_t *x = &a->xfer[t - 1];
		if (x->remaining > 0 && (int64_t)a->as_of - x->date > a->withholding_days) {
			if (__builtin_add_overflow(held, x->remaining, &held))
				return gsb__error(GSB_EOVERFLOW, "withheld amount does not fit in 64-bit fen");
			n++;
		}
	}
	if (n == 0)
		return GSB_OK;
	gsb__flag *f = new_flag(au, GSB_MISUSE_WITHHOLDING);
	const char **ev = evidence_array(au, n);
	if (f == NULL || ev == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	f->has_amount = true;
	f->amount = held;
	f->evidence = ev;
	for (uint32_t t = a->party[party].head; t != NONE32; t = a->xfer[t - 1].next) {
		const xfer_t *x = &a->xfer[t - 1];
		if (x->remaining > 0 && (int64_t)a->as_of - x->date > a->withholding_days)
			ev[f->n_evidence++] = gsb__arena_strdup(&au->arena, gsb__pool_str(&a->xfer_ids, x->id));
	}
	const char *name = gsb__hash_key(&a->parties, party);
	char amt[24], day[11];
	gsb_fen_format(held, amt);
	gsb_date_format(a->as_of, day);
	int days = (int)a->withholding_days;
	f->subject = gsb__arena_strdup(&au->arena, name);
	f->reason[GSB_LANG_ZH] = gsb__arena_printf(&au->arena, "%s 仍持有 %d 天前收到的资金 %s 元",
	                                           name, days, amt);
	f->reason[GSB_LANG_EN] = gsb__arena_printf(&au->arena,
	        "%s still holds %s received more than %d days before %s", name, amt, days, day);
	return GSB_OK;
}

static int audit_withholding(gsb__auditor *a)
{
	int rc = run_transfers(a);
	for (uint32_t p = 0; rc == GSB_OK && p < gsb__hash_count(&a->parties); p++)
		if (a->party[p].intermediary)
			rc = flag_withholding(a, p);
	return rc;
}

/* ------------------------------------------ misappropriation, encroachment */

/* spent > line x (1 + tolerance), exactly (5.4, §11.16). */
static bool over_line(gsb_fen spent, gsb_fen line, gsb__dec tol)
{
	__int128 p = gsb__pow10(tol.scale);
	__int128 lhs = (__int128)spent * p;
	__int128 rhs;
	if (__builtin_mul_overflow((__int128)line, p + tol.mant, &rhs))
		return false;
	return lhs > rhs;
}

/* The ids of a category's expenses, as evidence. */
static int category_evidence(gsb__auditor *a, gsb__flag *f, const cat_t *c)
{
	gsb_audit *au = a->audit;
	size_t n = 0;
	for (uint32_t s = c->head; s != NONE32; s = a->exp_next[s - 1])
		n++;
	if ((f->evidence = evidence_array(au, n)) == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	for (uint32_t s = c->head; s != NONE32; s = a->exp_next[s - 1])
		f->evidence[f->n_evidence++] =
			gsb__arena_strdup(&au->arena, gsb__pool_str(&a->exp_ids, a->exp_id[s - 1]));
	return GSB_OK;
}

/* A flag of an amount on budget category i (its subject the category). */
static gsb__flag *category_flag(gsb__auditor *a, uint32_t i, gsb_misuse kind, gsb_fen amount)
{
	gsb__flag *f = new_flag(a->audit, kind);
	if (f == NULL)
		return NULL;
	f->has_amount = true;
	f->amount = amount;
	f->subject = gsb__arena_strdup(&a->audit->arena, gsb__hash_key(&a->cats, i));
	return f;
}

/* 5.4, §8 misappropriation: spending in a category with no budget line;
 * one flag per category, its amount what was spent there. */
static int flag_misappropriation(gsb__auditor *a, uint32_t i)
{
	gsb_audit *au = a->audit;
	const cat_t *c = &a->cat[i];
	gsb__flag *f = category_flag(a, i, GSB_MISUSE_MISAPPROPRIATION, c->spent);
	if (f == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	const char *name = gsb__hash_key(&a->cats, i);
	char amt[24];
	gsb_fen_format(c->spent, amt);
	f->reason[GSB_LANG_ZH] = gsb__arena_printf(&au->arena, "类别 %s 不在批准的预算内：支出 %s 元",
	                                           name, amt);
	f->reason[GSB_LANG_EN] = gsb__arena_printf(&au->arena,
	        "category '%s' has no line in the approved budget: spent %s", name, amt);
	return category_evidence(a, f, c);
}

/* The tolerance in percent ("10" for 0.1). */
static char *percent(gsb__dec tol, char buf[24])
{
	gsb__dec p = tol.scale >= 2 ? (gsb__dec){ tol.mant, tol.scale - 2 }
	                            : (gsb__dec){ tol.mant * gsb__pow10(2 - tol.scale), 0 };
	return gsb__dec_format(p, buf);
}

/* 5.4, §8 encroachment: spending over its line by more than
 * misuse.line-tolerance; the amount is the excess over the line. */
static int flag_encroachment(gsb__auditor *a, uint32_t i)
{
	gsb_audit *au = a->audit;
	const cat_t *c = &a->cat[i];
	gsb__flag *f = category_flag(a, i, GSB_MISUSE_ENCROACHMENT, c->spent - c->line);
	if (f == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	const char *name = gsb__hash_key(&a->cats, i);
	char spent[24], line[24], pc[24];
	gsb_fen_format(c->spent, spent);
	gsb_fen_format(c->line, line);
	percent(a->line_tol, pc);
	f->reason[GSB_LANG_ZH] = gsb__arena_printf(&au->arena, "类别 %s：支出 %s 超出预算 %s 的 %s%%",
	                                           name, spent, line, pc);
	f->reason[GSB_LANG_EN] = gsb__arena_printf(&au->arena, "category '%s': spent %s > line %s + %s%%",
	                                           name, spent, line, pc);
	return category_evidence(a, f, c);
}

/* 5.4, §11.16: judged only when the ledger has a budget. */
static int audit_budget(gsb__auditor *a, gsb_misuse kind)
{
	if (!a->has_budget)
		return GSB_OK;
	int rc = GSB_OK;
	for (uint32_t i = 0; rc == GSB_OK && i < gsb__hash_count(&a->cats); i++) {
		const cat_t *c = &a->cat[i];
		if (!c->has_spent)
			continue;
		if (kind == GSB_MISUSE_MISAPPROPRIATION && !c->has_line)
			rc = flag_misappropriation(a, i);
		else if (kind == GSB_MISUSE_ENCROACHMENT && c->has_line &&
		         over_line(c->spent, c->line, a->line_tol))
			rc = flag_encroachment(a, i);
	}
	return rc;
}

/* ---------------------------------------------------------- falsification */

/* 5.4, §8 falsification, §11.17: one flag per invoice number carried by two
 * or more expenses, evidence every expense carrying it (in ledger order);
 * the amount is what was claimed again on the same invoice. */
static int flag_invoice(gsb__auditor *a, uint32_t i)
{
	gsb_audit *au = a->audit;
	inv_t *v = &a->inv[i];
	/* the duplicates were stacked: reverse them into ledger order */
	uint32_t prev = NONE32, cur = v->dups;
	size_t n = 1;
	gsb_fen again = 0;
	while (cur != NONE32) {
		dup_t *d = &a->dup[cur - 1];
		uint32_t next = d->next;
		d->next = prev;
		prev = cur;
		cur = next;
		n++;
		if (__builtin_add_overflow(again, d->amount, &again))
			return gsb__error(GSB_EOVERFLOW, "duplicated amount does not fit in 64-bit fen");
	}
	v->dups = prev;
	gsb__flag *f = new_flag(au, GSB_MISUSE_FALSIFICATION);
	const char **ev = evidence_array(au, n);
	if (f == NULL || ev == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	f->evidence = ev;
	ev[f->n_evidence++] = gsb__arena_strdup(&au->arena, gsb__pool_str(&a->exp_ids, a->exp_id[v->first]));
	for (uint32_t d = v->dups; d != NONE32; d = a->dup[d - 1].next)
		ev[f->n_evidence++] = gsb__arena_strdup(&au->arena,
		                                        gsb__pool_str(&a->exp_ids, a->exp_id[a->dup[d - 1].seq]));
	const char *number = gsb__hash_key(&a->invoices, i);
	char amt[24];
	gsb_fen_format(again, amt);
	f->has_amount = true;
	f->amount = again;
	f->subject = gsb__arena_strdup(&au->arena, number);
	f->reason[GSB_LANG_ZH] = gsb__arena_printf(&au->arena, "发票号 %s 重复出现在 %zu 笔支出中（重复金额 %s 元）",
	                                           number, n, amt);
	f->reason[GSB_LANG_EN] = gsb__arena_printf(&au->arena,
	        "invoice %s appears on %zu expenses (%s claimed again)", number, n, amt);
	return GSB_OK;
}

static int audit_falsification(gsb__auditor *a)
{
	int rc = GSB_OK;
	for (uint32_t i = 0; rc == GSB_OK && i < gsb__hash_count(&a->invoices); i++)
		if (a->inv[i].dups != NONE32)
			rc = flag_invoice(a, i);
	for (size_t k = 0; rc == GSB_OK && k < a->n_metric_flags; k++) {
		gsb__flag *f = new_flag(a->audit, GSB_MISUSE_FALSIFICATION);
		if (f == NULL)
			return gsb__error(GSB_ENOMEM, "out of memory");
		*f = a->metric_flags[k];
	}
	return rc;
}

/* ------------------------------------------------------------------ fraud */

static int fraud_flag(gsb__auditor *a, gsb_fen excess, const char *subject, const char *zh,
                      const char *en, gsb_fen over, gsb_fen limit)
{
	gsb_audit *au = a->audit;
	gsb__flag *f = new_flag(au, GSB_MISUSE_FRAUD);
	const char **ev = evidence_array(au, 2);
	if (f == NULL || ev == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	char o[24], l[24];
	gsb_fen_format(over, o);
	gsb_fen_format(limit, l);
	f->has_amount = true;
	f->amount = excess;
	f->subject = subject;
	f->evidence = ev;
	if (a->has_award)
		ev[f->n_evidence++] = "award";
	if (strcmp(subject, "investment") == 0)
		ev[f->n_evidence++] = "investment";
	f->reason[GSB_LANG_ZH] = gsb__arena_printf(&au->arena, zh, o, l);
	f->reason[GSB_LANG_EN] = gsb__arena_printf(&au->arena, en, o, l);
	return GSB_OK;
}

/* 5.4, §8 fraud, §11.18: the award over the cap of §6 — the one cap of the
 * subsidy calculator, gsb__award_cap() — from award/@national, absent
 * meaning the national cap; strictly greater; the amount is the excess. */
static int audit_fraud_cap(gsb__auditor *a)
{
	if (!a->has_award)
		return GSB_OK;
	gsb_fen cap = gsb__award_cap(a->policy, a->as_of, a->national != GSB_FALSE);
	if (a->award <= cap)
		return GSB_OK;
	return fraud_flag(a, a->award - cap, "cap", "奖补 %s 超过上限 %s", "award %s exceeds the cap %s",
	                  a->award, cap);
}

/* 5.4, §8 fraud, §11.18: the award plus other subsidies for the project
 * over its total investment; not judged without an investment. */
static int audit_fraud_investment(gsb__auditor *a)
{
	if (!a->has_investment)
		return GSB_OK;
	gsb_fen total = a->has_award ? a->award : 0;
	if (__builtin_add_overflow(total, a->subsidies, &total))
		return gsb__error(GSB_EOVERFLOW, "award plus subsidies does not fit in 64-bit fen");
	if (total <= a->investment)
		return GSB_OK;
	return fraud_flag(a, total - a->investment, "investment", "奖补与其他补助合计 %s 超过总投资 %s",
	                  "award + other subsidies %s exceed the total investment %s", total,
	                  a->investment);
}

/* The five tests, flags in the order of docs/rules.md §8's table. */
int gsb__auditor_finish(gsb__auditor *a, gsb_audit **out)
{
	GSB__CHECK_ARG(a);
	GSB__CHECK_ARG(out);
	*out = NULL;
	int rc;
	if ((rc = make_ready(a, GSB_DATE_NONE)) != GSB_OK ||
	    (rc = audit_withholding(a)) != GSB_OK ||
	    (rc = audit_budget(a, GSB_MISUSE_MISAPPROPRIATION)) != GSB_OK ||
	    (rc = audit_budget(a, GSB_MISUSE_ENCROACHMENT)) != GSB_OK ||
	    (rc = audit_falsification(a)) != GSB_OK ||
	    (rc = audit_fraud_cap(a)) != GSB_OK ||
	    (rc = audit_fraud_investment(a)) != GSB_OK)
		return rc;
	a->n_metric_flags = 0; /* now owned by the audit */
	*out = a->audit;
	a->audit = NULL;
	return GSB_OK;
}

/* ------------------------------------------------------------ entry points */

int gsb_audit_run(gsb_audit **out, const gsb_policy *policy, const gsb_ledger *ledger,
                  gsb_date as_of)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	GSB__CHECK_ARG(policy);
	GSB__CHECK_ARG(ledger);
	gsb__auditor *a;
	int rc = gsb__auditor_new(&a, policy, as_of);
	if (rc != GSB_OK)
		return rc;
	if ((rc = gsb__ledger_replay(ledger, gsb__auditor_sink, a)) == GSB_OK)
		rc = gsb__auditor_finish(a, out);
	if (rc != GSB_OK)
		gsb__error_locate(NULL, gsb_ledger_application(ledger));
	gsb__auditor_free(a);
	return rc;
}

static int audit_parse(gsb_audit **out, const gsb_policy *policy, const char *path,
                       const char *xml, size_t len, const char *name, gsb_date as_of)
{
	*out = NULL;
	gsb__auditor *a;
	int rc = gsb__auditor_new(&a, policy, as_of);
	if (rc != GSB_OK)
		return rc;
	if ((rc = gsb__ledger_parse(path, xml, len, name, gsb__auditor_sink, a)) == GSB_OK)
		rc = gsb__auditor_finish(a, out);
	if (rc != GSB_OK)
		gsb__error_locate(path ? path : name, a->audit ? a->audit->ledger : NULL);
	gsb__auditor_free(a);
	return rc;
}

int gsb_audit_file(gsb_audit **out, const gsb_policy *policy, const char *path, gsb_date as_of)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	GSB__CHECK_ARG(policy);
	GSB__CHECK_ARG(path);
	return audit_parse(out, policy, path, NULL, 0, NULL, as_of);
}

int gsb_audit_memory(gsb_audit **out, const gsb_policy *policy, const char *xml, size_t len,
                     const char *name, gsb_date as_of)
{
	GSB__CHECK_ARG(out);
	*out = NULL;
	GSB__CHECK_ARG(policy);
	GSB__CHECK_ARG(xml);
	return audit_parse(out, policy, NULL, xml, len, name, as_of);
}

/* -------------------------------------------------------------- accessors */

void gsb_audit_free(gsb_audit *au)
{
	if (au == NULL)
		return;
	gsb__arena_release(&au->arena);
	free(au->flags);
	free(au);
}

static const gsb__flag *flag_at(const gsb_audit *au, size_t i)
{
	return au != NULL && i < au->n_flags ? &au->flags[i] : NULL;
}

GSB__GET(const char *, gsb_audit_ledger, gsb_audit, ledger, NULL)
GSB__GET(gsb_date, gsb_audit_as_of, gsb_audit, as_of, GSB_DATE_NONE)
GSB__GET(const char *, gsb_audit_policy, gsb_audit, policy, NULL)
GSB__GET(const char *, gsb_audit_params, gsb_audit, params, NULL)
GSB__GET(const char *, gsb_audit_params_file, gsb_audit, params_file, NULL)

int gsb_audit_clean(const gsb_audit *au)
{
	return au != NULL && au->n_flags == 0;
}

GSB__GET(size_t, gsb_audit_flag_count, gsb_audit, n_flags, 0)
GSB__GET_AT(gsb_misuse, gsb_audit_flag_category,
            gsb_audit, o->n_flags, flags[i].kind, GSB_MISUSE_COUNT)

const char *gsb_audit_flag_provision(const gsb_audit *au, size_t i)
{
	return flag_at(au, i) ? "5.4" : NULL;
}

GSB__GET_AT(int, gsb_audit_flag_has_amount, gsb_audit, o->n_flags, flags[i].has_amount, 0)

gsb_fen gsb_audit_flag_amount(const gsb_audit *au, size_t i)
{
	const gsb__flag *f = flag_at(au, i);
	return f && f->has_amount ? f->amount : 0;
}

GSB__GET_AT(const char *, gsb_audit_flag_subject, gsb_audit, o->n_flags, flags[i].subject, NULL)
GSB__GET_AT(size_t, gsb_audit_flag_evidence_count, gsb_audit, o->n_flags, flags[i].n_evidence, 0)

const char *gsb_audit_flag_evidence(const gsb_audit *au, size_t i, size_t j)
{
	const gsb__flag *f = flag_at(au, i);
	return f && j < f->n_evidence ? f->evidence[j] : NULL;
}

const char *gsb_audit_flag_reason(const gsb_audit *au, size_t i, gsb_lang lang)
{
	const gsb__flag *f = flag_at(au, i);
	return f ? f->reason[lang == GSB_LANG_EN ? 1 : 0] : NULL;
}
