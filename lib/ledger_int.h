/*
 * libgeshibai — private parts of the ledger, its reader and the audit of
 * provision 5.4 (docs/rules.md §8, §11.15–§11.18).
 *
 * One record type flows from every source (a gsb_ledger built in C, the XML
 * reader) into one sink: the in-memory ledger (ledger.c) or the streaming
 * auditor (misuse.c). So reading and auditing share one path, and
 * gsb_audit_file() audits while it reads.
 */
#ifndef GSB_LEDGER_INT_H
#define GSB_LEDGER_INT_H

#include "internal.h"

typedef enum {
	GSB__REC_HEADER = 0, /* ledger: application, date = asOf */
	GSB__REC_AWARD,      /* amount, date = approved, national */
	GSB__REC_INVESTMENT, /* amount = total */
	GSB__REC_BUDGET,     /* the budget element (declared) */
	GSB__REC_LINE,       /* category, amount */
	GSB__REC_TRANSFER,   /* id, from, to, amount, date */
	GSB__REC_EXPENSE,    /* id, date, amount, category, invoice, payee */
	GSB__REC_SUBSIDY,    /* source, amount */
	GSB__REC_METRIC      /* name, declared, verified */
} gsb__rec_kind;

typedef struct {
	gsb__rec_kind kind;
	long line;                  /* in the document, 0 when built in C */
	const char *application;    /* HEADER */
	const char *id, *from, *to; /* TRANSFER, EXPENSE (id) */
	const char *category;       /* LINE, EXPENSE */
	const char *invoice, *payee;/* EXPENSE, may be NULL */
	const char *source;         /* SUBSIDY, may be NULL */
	const char *name;           /* METRIC */
	gsb_fen amount;
	gsb_date date;              /* HEADER asOf, AWARD approved, TRANSFER, EXPENSE */
	gsb_tri national;           /* AWARD */
	gsb__dec declared, verified;/* METRIC */
} gsb__record;

/* A consumer of records: GSB_OK to go on, or an error code to stop. */
typedef int (*gsb__record_fn)(void *ctx, const gsb__record *r);

/* ledger_read.c: parse a ledger document, validated, into records.
 * Exactly one of path / xml is used; name names a memory document. */
int gsb__ledger_parse(const char *path, const char *xml, size_t len, const char *name,
                      gsb__record_fn sink, void *ctx);

/* ledger.c: the in-memory ledger as a sink, and its records replayed. */
int gsb__ledger_sink(void *ledger, const gsb__record *r);
int gsb__ledger_replay(const gsb_ledger *ledger, gsb__record_fn sink, void *ctx);

/* misuse.c: the streaming auditor. as_of GSB_DATE_NONE: the header's asOf,
 * else today (decided when the header record arrives, or at the end). */
typedef struct gsb__auditor gsb__auditor;
int gsb__auditor_new(gsb__auditor **out, const gsb_policy *policy, gsb_date as_of);
int gsb__auditor_sink(void *auditor, const gsb__record *r);
int gsb__auditor_finish(gsb__auditor *a, gsb_audit **out);
void gsb__auditor_free(gsb__auditor *a);

/* ------------------------------------------------------------- the audit */
typedef struct {
	gsb_misuse kind;
	bool has_amount;
	gsb_fen amount;
	const char *subject;
	const char **evidence;
	size_t n_evidence;
	const char *reason[2];
} gsb__flag;

struct gsb_audit {
	gsb__arena arena; /* owns every string and array below */
	const char *ledger;
	gsb_date as_of;
	const char *policy;
	const char *params, *params_file; /* the parameter set, NULL when built in */
	gsb__flag *flags;
	size_t n_flags, cap_flags;
};

#endif
