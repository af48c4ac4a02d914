/*
 * libgeshibai — a project ledger (docs/formats.md "Ledger") held in memory, for
 * the funding-misuse audit of provision 5.4 (docs/rules.md §8). Built record by
 * record from C, or filled by the reader (ledger_read.c) through
 * gsb__ledger_sink(); gsb_audit_run() replays the records into the same
 * auditor that gsb_audit_file() streams into (misuse.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ledger_int.h"

struct gsb_ledger {
	gsb__arena arena;     /* owns every string of the records */
	gsb__record header;   /* application, asOf */
	bool has_award, has_investment, has_budget;
	gsb__record award, investment;
	gsb__record *records; /* lines, transfers, expenses, subsidies, metrics */
	size_t n, cap;
	size_t n_transfers, n_expenses;
};

int gsb_ledger_new(gsb_ledger **out)
{
	GSB__CHECK_ARG(out);
	gsb_ledger *l = calloc(1, sizeof *l);
	if (l == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	gsb__arena_init(&l->arena);
	l->header.kind = GSB__REC_HEADER;
	l->header.date = GSB_DATE_NONE;
	*out = l;
	return GSB_OK;
}

void gsb_ledger_free(gsb_ledger *l)
{
	if (l == NULL)
		return;
	gsb__arena_release(&l->arena);
	free(l->records);
	free(l);
}

/* Copy a string argument into the ledger: NULL stays NULL when optional. */
static int keep(gsb_ledger *l, const char **dst, const char *s, bool required, const char *what)
{
	if (s == NULL) {
		if (required)
			return gsb__error(GSB_EINVAL, "ledger: %s is NULL", what);
		*dst = NULL;
		return GSB_OK;
	}
	if (required && *s == '\0')
		return gsb__error(GSB_EINVAL, "ledger: %s is empty", what);
	if (!gsb__text_valid(s, strlen(s)))
		return gsb__error(GSB_EINVAL, "ledger: %s is not valid UTF-8 or holds a control character",
		                  what);
	if ((*dst = gsb__arena_strdup(&l->arena, s)) == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	return GSB_OK;
}

static int check_amount(gsb_fen amount, const char *what)
{
	return amount < 0 ? gsb__error(GSB_EINVAL, "ledger: %s is negative", what) : GSB_OK;
}

static int check_date(gsb_date date, const char *what)
{
	char w[48];
	snprintf(w, sizeof w, "ledger: %s", what);
	return gsb__date_check(date, false, w);
}

static int append(gsb_ledger *l, const gsb__record *r)
{
	int rc = gsb__grow((void **)&l->records, &l->cap, l->n, sizeof *l->records);
	if (rc != GSB_OK)
		return rc;
	l->records[l->n++] = *r;
	l->n_transfers += r->kind == GSB__REC_TRANSFER;
	l->n_expenses += r->kind == GSB__REC_EXPENSE;
	return GSB_OK;
}

int gsb_ledger_set_application(gsb_ledger *l, const char *id)
{
	GSB__CHECK_ARG(l);
	return keep(l, &l->header.application, id, false, "application");
}

int gsb_ledger_set_as_of(gsb_ledger *l, gsb_date as_of)
{
	GSB__CHECK_ARG(l);
	int rc = gsb__date_check(as_of, true, "ledger: as-of");
	if (rc != GSB_OK)
		return rc;
	l->header.date = as_of;
	return GSB_OK;
}

int gsb_ledger_set_award(gsb_ledger *l, gsb_fen amount, gsb_date approved, gsb_tri national)
{
	GSB__CHECK_ARG(l);
	int rc = check_amount(amount, "award");
	if (rc != GSB_OK || (rc = gsb__date_check(approved, true, "ledger: award approved")) != GSB_OK)
		return rc;
	if (national != GSB_TRUE && national != GSB_FALSE && national != GSB_UNKNOWN)
		return gsb__error(GSB_EINVAL, "ledger: national is not a gsb_tri");
	l->award = (gsb__record){ .kind = GSB__REC_AWARD, .amount = amount, .date = approved,
	                          .national = national };
	l->has_award = true;
	return GSB_OK;
}

int gsb_ledger_set_investment(gsb_ledger *l, gsb_fen total)
{
	GSB__CHECK_ARG(l);
	int rc = check_amount(total, "investment");
	if (rc != GSB_OK)
		return rc;
	l->investment = (gsb__record){ .kind = GSB__REC_INVESTMENT, .amount = total };
	l->has_investment = true;
	return GSB_OK;
}

int gsb_ledger_declare_budget(gsb_ledger *l)
{
	GSB__CHECK_ARG(l);
	l->has_budget = true;
	return GSB_OK;
}

int gsb_ledger_add_budget_line(gsb_ledger *l, const char *category, gsb_fen amount)
{
	GSB__CHECK_ARG(l);
	gsb__record r = { .kind = GSB__REC_LINE, .amount = amount };
	int rc;
	if ((rc = check_amount(amount, "budget line")) != GSB_OK ||
	    (rc = keep(l, &r.category, category, true, "category")) != GSB_OK)
		return rc;
	l->has_budget = true;
	return append(l, &r);
}

int gsb_ledger_add_transfer(gsb_ledger *l, const char *id, const char *from, const char *to,
                            gsb_fen amount, gsb_date date)
{
	GSB__CHECK_ARG(l);
	gsb__record r = { .kind = GSB__REC_TRANSFER, .amount = amount, .date = date };
	int rc;
	if ((rc = check_amount(amount, "transfer")) != GSB_OK ||
	    (rc = check_date(date, "transfer")) != GSB_OK ||
	    (rc = keep(l, &r.id, id, true, "transfer id")) != GSB_OK ||
	    (rc = keep(l, &r.from, from, true, "from")) != GSB_OK ||
	    (rc = keep(l, &r.to, to, true, "to")) != GSB_OK)
		return rc;
	return append(l, &r);
}

int gsb_ledger_add_expense(gsb_ledger *l, const char *id, gsb_date date, gsb_fen amount,
                           const char *category, const char *invoice, const char *payee)
{
	GSB__CHECK_ARG(l);
	gsb__record r = { .kind = GSB__REC_EXPENSE, .amount = amount, .date = date };
	int rc;
	if ((rc = check_amount(amount, "expense")) != GSB_OK ||
	    (rc = check_date(date, "expense")) != GSB_OK ||
	    (rc = keep(l, &r.id, id, true, "expense id")) != GSB_OK ||
	    (rc = keep(l, &r.category, category, true, "category")) != GSB_OK ||
	    (rc = keep(l, &r.invoice, invoice, false, "invoice")) != GSB_OK ||
	    (rc = keep(l, &r.payee, payee, false, "payee")) != GSB_OK)
		return rc;
	return append(l, &r);
}

int gsb_ledger_add_subsidy(gsb_ledger *l, const char *source, gsb_fen amount)
{
	GSB__CHECK_ARG(l);
	gsb__record r = { .kind = GSB__REC_SUBSIDY, .amount = amount };
	int rc;
	if ((rc = check_amount(amount, "subsidy")) != GSB_OK ||
	    (rc = keep(l, &r.source, source, false, "source")) != GSB_OK)
		return rc;
	return append(l, &r);
}

/* Metric values: exact decimals, at most six decimals (5.4, §11.17). */
static int metric_value(gsb__dec *out, const char *text, const char *what)
{
	if (text == NULL)
		return gsb__error(GSB_EINVAL, "ledger: metric %s is NULL", what);
	if (gsb__dec_parse(out, text, 6) != GSB_OK)
		return gsb__error(GSB_EINVAL, "ledger: metric %s '%.40s' is not a decimal with at most six decimals",
		                  what, text);
	if (out->mant < 0)
		return gsb__error(GSB_EINVAL, "ledger: metric %s '%.40s' is negative", what, text);
	return GSB_OK;
}

int gsb_ledger_add_metric(gsb_ledger *l, const char *name, const char *declared,
                          const char *verified)
{
	GSB__CHECK_ARG(l);
	gsb__record r = { .kind = GSB__REC_METRIC };
	int rc;
	if ((rc = keep(l, &r.name, name, true, "metric name")) != GSB_OK ||
	    (rc = metric_value(&r.declared, declared, "declared")) != GSB_OK ||
	    (rc = metric_value(&r.verified, verified, "verified")) != GSB_OK)
		return rc;
	return append(l, &r);
}

const char *gsb_ledger_application(const gsb_ledger *l)
{
	return l ? l->header.application : NULL;
}

gsb_date gsb_ledger_as_of(const gsb_ledger *l)
{
	return l ? l->header.date : GSB_DATE_NONE;
}

size_t gsb_ledger_transfer_count(const gsb_ledger *l)
{
	return l ? l->n_transfers : 0;
}

size_t gsb_ledger_expense_count(const gsb_ledger *l)
{
	return l ? l->n_expenses : 0;
}

/* The reader's records, copied in (their strings are the reader's). */
int gsb__ledger_sink(void *ctx, const gsb__record *r)
{
	gsb_ledger *l = ctx;
	gsb__record c = *r;
	int rc;
	switch (r->kind) {
	case GSB__REC_HEADER:
		if ((rc = keep(l, &c.application, r->application, false, "application")) != GSB_OK)
			return rc;
		l->header = c;
		return GSB_OK;
	case GSB__REC_AWARD:
		l->award = c;
		l->has_award = true;
		return GSB_OK;
	case GSB__REC_INVESTMENT:
		l->investment = c;
		l->has_investment = true;
		return GSB_OK;
	case GSB__REC_BUDGET:
		l->has_budget = true;
		return GSB_OK;
	default:
		break;
	}
	if ((rc = keep(l, &c.id, r->id, false, "id")) != GSB_OK ||
	    (rc = keep(l, &c.from, r->from, false, "from")) != GSB_OK ||
	    (rc = keep(l, &c.to, r->to, false, "to")) != GSB_OK ||
	    (rc = keep(l, &c.category, r->category, false, "category")) != GSB_OK ||
	    (rc = keep(l, &c.invoice, r->invoice, false, "invoice")) != GSB_OK ||
	    (rc = keep(l, &c.payee, r->payee, false, "payee")) != GSB_OK ||
	    (rc = keep(l, &c.source, r->source, false, "source")) != GSB_OK ||
	    (rc = keep(l, &c.name, r->name, false, "name")) != GSB_OK)
		return rc;
	if (r->kind == GSB__REC_LINE)
		l->has_budget = true;
	return append(l, &c);
}

/* The records in document order: header, award, investment, budget, the rest. */
int gsb__ledger_replay(const gsb_ledger *l, gsb__record_fn sink, void *ctx)
{
	int rc;
	if ((rc = sink(ctx, &l->header)) != GSB_OK)
		return rc;
	if (l->has_award && (rc = sink(ctx, &l->award)) != GSB_OK)
		return rc;
	if (l->has_investment && (rc = sink(ctx, &l->investment)) != GSB_OK)
		return rc;
	if (l->has_budget) {
		gsb__record b = { .kind = GSB__REC_BUDGET };
		if ((rc = sink(ctx, &b)) != GSB_OK)
			return rc;
	}
	for (size_t i = 0; i < l->n; i++)
		if ((rc = sink(ctx, &l->records[i])) != GSB_OK)
			return rc;
	return GSB_OK;
}

int gsb_ledger_read_file(gsb_ledger **out, const char *path)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(path);
	*out = NULL;
	gsb_ledger *l;
	int rc = gsb_ledger_new(&l);
	if (rc != GSB_OK)
		return rc;
	if ((rc = gsb__ledger_parse(path, NULL, 0, NULL, gsb__ledger_sink, l)) != GSB_OK) {
		gsb_ledger_free(l);
		return rc;
	}
	*out = l;
	return GSB_OK;
}

int gsb_ledger_read_memory(gsb_ledger **out, const char *xml, size_t len, const char *name)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(xml);
	*out = NULL;
	gsb_ledger *l;
	int rc = gsb_ledger_new(&l);
	if (rc != GSB_OK)
		return rc;
	if ((rc = gsb__ledger_parse(NULL, xml, len, name, gsb__ledger_sink, l)) != GSB_OK) {
		gsb_ledger_free(l);
		return rc;
	}
	*out = l;
	return GSB_OK;
}
