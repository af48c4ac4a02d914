/*
 * libgeshibai — project ledgers and the funding-misuse audit of provision
 * 5.4 (docs/rules.md §8 and §11.15–§11.18; docs/formats.md "Ledger").
 *
 * A gsb_ledger is built record by record from C, or read from XML. A
 * gsb_audit is the result of auditing a ledger as of a date with a policy:
 * a list of flags, each with its category, amount, provision "5.4", the ids
 * of the records that are its evidence and a reason in Chinese and English.
 *
 * gsb_audit_file() audits while it reads: memory grows with the number of
 * distinct invoices, parties, budget categories and transfers, never with
 * the size of the document (expenses are not kept).
 *
 * Ownership: strings passed in are copied; strings returned live as long as
 * the object they come from; gsb_audit_to_string() returns a string the
 * caller frees with gsb_free(). Every *_free(NULL) is a no-op. Accessors
 * return 0 / NULL for a NULL audit or an index out of range.
 */
#ifndef GESHIBAI_LEDGER_H
#define GESHIBAI_LEDGER_H

#include "common.h"
#include "policy.h"
#include "io.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ ledger */

typedef struct gsb_ledger gsb_ledger;

/** An empty ledger (no award, no investment, no budget, no records). */
GSB_WARN_UNUSED int gsb_ledger_new(gsb_ledger **out);
void gsb_ledger_free(gsb_ledger *ledger);

/** ledger/@application (copied). */
GSB_WARN_UNUSED int gsb_ledger_set_application(gsb_ledger *ledger, const char *id);
/** ledger/@asOf: the audit date when none is given to gsb_audit_run(). */
GSB_WARN_UNUSED int gsb_ledger_set_as_of(gsb_ledger *ledger, gsb_date as_of);
/**
 * The award (奖补) under audit: amount >= 0, approved may be GSB_DATE_NONE,
 * national GSB_UNKNOWN when award/@national is absent (then the national
 * cap applies to the fraud test, docs/rules.md §11.18).
 */
GSB_WARN_UNUSED int gsb_ledger_set_award(gsb_ledger *ledger, gsb_fen amount, gsb_date approved,
                         gsb_tri national);
/** The project's total investment (investment/@total). */
GSB_WARN_UNUSED int gsb_ledger_set_investment(gsb_ledger *ledger, gsb_fen total);
/** Declare the approved budget (present, perhaps empty): misappropriation
 *  and encroachment are judged only with a budget (§11.16). */
GSB_WARN_UNUSED int gsb_ledger_declare_budget(gsb_ledger *ledger);
/** A budget line; declares the budget. Lines of one category are summed. */
GSB_WARN_UNUSED int gsb_ledger_add_budget_line(gsb_ledger *ledger, const char *category, gsb_fen amount);
/**
 * A transfer of award funds between parties. Parties are free identifiers;
 * "province" and "recipient" are reserved, every other party is an
 * intermediary (city, county, ...). id, from and to must be non-empty.
 */
GSB_WARN_UNUSED int gsb_ledger_add_transfer(gsb_ledger *ledger, const char *id, const char *from,
                            const char *to, gsb_fen amount, gsb_date date);
/** An expense of the recipient. invoice and payee may be NULL. */
GSB_WARN_UNUSED int gsb_ledger_add_expense(gsb_ledger *ledger, const char *id, gsb_date date, gsb_fen amount,
                           const char *category, const char *invoice, const char *payee);
/** Another subsidy for the same project (source may be NULL). */
GSB_WARN_UNUSED int gsb_ledger_add_subsidy(gsb_ledger *ledger, const char *source, gsb_fen amount);
/** A declared metric and its verified value, as decimals ("1000000", "0.5"). */
GSB_WARN_UNUSED int gsb_ledger_add_metric(gsb_ledger *ledger, const char *name, const char *declared,
                          const char *verified);

const char *gsb_ledger_application(const gsb_ledger *ledger); /* NULL when none */
gsb_date gsb_ledger_as_of(const gsb_ledger *ledger);          /* GSB_DATE_NONE when none */
size_t gsb_ledger_transfer_count(const gsb_ledger *ledger);
size_t gsb_ledger_expense_count(const gsb_ledger *ledger);

/**
 * Read a ledger document (root <ledger>), validated against the built-in
 * schema; path "-" reads standard input. On failure gsb_error_last() gives
 * the line and element of the first bad record (GSB_EIO, GSB_EPARSE,
 * GSB_ESCHEMA, GSB_EINPUT, GSB_EOVERFLOW) and *out is NULL.
 */
GSB_WARN_UNUSED int gsb_ledger_read_file(gsb_ledger **out, const char *path);
/** The same from memory; name (may be NULL) names the document in errors. */
GSB_WARN_UNUSED int gsb_ledger_read_memory(gsb_ledger **out, const char *xml, size_t len,
                                           const char *name);

/* ------------------------------------------------------------------- audit */

/** The five kinds of misuse of provision 5.4. */
typedef enum {
	GSB_MISUSE_FALSIFICATION = 0, /**< 弄虚作假: duplicate invoices, metrics off */
	GSB_MISUSE_WITHHOLDING,       /**< 截留: an intermediary holds funds too long */
	GSB_MISUSE_MISAPPROPRIATION,  /**< 挪用: spending outside the approved budget */
	GSB_MISUSE_ENCROACHMENT,      /**< 挤占: spending over a budget line */
	GSB_MISUSE_FRAUD,             /**< 骗取: award over the cap or over the investment */
	GSB_MISUSE_COUNT
} gsb_misuse;

/** "falsification", "withholding", "misappropriation", "encroachment", "fraud". */
const char *gsb_misuse_name(gsb_misuse kind);
/** 弄虚作假, 截留, 挪用, 挤占, 骗取 (zh) or the English label. */
const char *gsb_misuse_label(gsb_misuse kind, gsb_lang lang);
/** GSB_ENOTFOUND when name is none of the five codes. */
GSB_WARN_UNUSED int gsb_misuse_from_name(gsb_misuse *out, const char *name);

typedef struct gsb_audit gsb_audit;

/**
 * Audit a ledger as of a date. as_of GSB_DATE_NONE: the ledger's asOf, else
 * today. GSB_EINPUT (with gsb_error_last()) when the ledger is inconsistent:
 * an intermediary passes on more than it has received (§11.15), or a sum
 * overflows. The policy gives misuse.* and award.cap* in force on as_of.
 * Reentrant; the ledger is not modified.
 */
GSB_WARN_UNUSED int gsb_audit_run(gsb_audit **out, const gsb_policy *policy,
                                  const gsb_ledger *ledger, gsb_date as_of);
/**
 * Read and audit a ledger document in one pass (path "-": standard input),
 * in memory proportional to distinct invoices and parties, not to the
 * document. Errors as gsb_ledger_read_file() and gsb_audit_run().
 */
GSB_WARN_UNUSED int gsb_audit_file(gsb_audit **out, const gsb_policy *policy, const char *path,
                                   gsb_date as_of);
GSB_WARN_UNUSED int gsb_audit_memory(gsb_audit **out, const gsb_policy *policy, const char *xml,
                                     size_t len, const char *name, gsb_date as_of);
void gsb_audit_free(gsb_audit *audit);

const char *gsb_audit_ledger(const gsb_audit *audit);  /* application id, or NULL */
gsb_date gsb_audit_as_of(const gsb_audit *audit);       /* GSB_DATE_NONE for NULL */
const char *gsb_audit_policy(const gsb_audit *audit);  /* policy id */
/** The parameter set the audit used: the parameters document's name (else
 *  its file name) and its file, as gsb_policy_source() / gsb_policy_file()
 *  said; NULL for the built-in parameters (and for a NULL audit). Owned by
 *  the audit. */
const char *gsb_audit_params(const gsb_audit *audit);
const char *gsb_audit_params_file(const gsb_audit *audit);
/** 1 when no flag was raised, else 0. */
int gsb_audit_clean(const gsb_audit *audit);

/**
 * Flags in report order: withholding, misappropriation, encroachment,
 * falsification, fraud (the order of docs/rules.md §8); within a category in
 * order of first appearance in the ledger.
 */
size_t gsb_audit_flag_count(const gsb_audit *audit);
/* GSB_MISUSE_COUNT for a NULL audit or an index past the count. */
gsb_misuse gsb_audit_flag_category(const gsb_audit *audit, size_t i);
/** Always "5.4". */
const char *gsb_audit_flag_provision(const gsb_audit *audit, size_t i);
/** 1 when the flag has an amount (a metric flag has none), else 0. */
int gsb_audit_flag_has_amount(const gsb_audit *audit, size_t i);
/** The amount involved: withheld, spent outside the budget, spent over the
 *  line, duplicated, or the excess over the cap / the investment. */
gsb_fen gsb_audit_flag_amount(const gsb_audit *audit, size_t i);
/** What the flag is about: the party, budget category, invoice number,
 *  metric name, or "cap" / "investment" for fraud. */
const char *gsb_audit_flag_subject(const gsb_audit *audit, size_t i);
/** Ids of the evidence records: transfer and expense ids, "award",
 *  "investment", "metric:NAME". */
size_t gsb_audit_flag_evidence_count(const gsb_audit *audit, size_t i);
const char *gsb_audit_flag_evidence(const gsb_audit *audit, size_t i, size_t j);
const char *gsb_audit_flag_reason(const gsb_audit *audit, size_t i, gsb_lang lang);

/** The audit report (docs/formats.md) as a string; the caller frees it with gsb_free(). */
char *gsb_audit_to_string(const gsb_audit *audit, gsb_format format, gsb_lang lang);

/**
 * A report of several audits: XML <audits>, a JSON array, or text — or, when
 * begun with batch 0, one audit (or one error) alone. Mirrors gsb_writer.
 */
typedef struct gsb_audit_writer gsb_audit_writer;
GSB_WARN_UNUSED int gsb_audit_writer_new(gsb_audit_writer **out, gsb_format format,
                                         gsb_lang lang, gsb_write_fn write, void *ctx);
GSB_WARN_UNUSED int gsb_audit_writer_begin(gsb_audit_writer *w, int batch);
GSB_WARN_UNUSED int gsb_audit_writer_audit(gsb_audit_writer *w, const gsb_audit *audit);
/** An error entry for a ledger that could not be audited. */
GSB_WARN_UNUSED int gsb_audit_writer_error(gsb_audit_writer *w, const gsb_error *error);
GSB_WARN_UNUSED int gsb_audit_writer_end(gsb_audit_writer *w);
void gsb_audit_writer_free(gsb_audit_writer *w);

#ifdef __cplusplus
}
#endif
#endif
