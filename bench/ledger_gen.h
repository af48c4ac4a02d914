/*
 * A seeded generator of large project ledgers (docs/formats.md "Ledger") for the
 * funding-misuse audit benchmark (provision 5.4): a transfer chain
 * province → city → county → recipient in tranches, a budget of eight
 * lines, n expenses with distinct invoice numbers (plus a few duplicated
 * ones, a little spending outside the budget), subsidies and metrics.
 */
#ifndef GSB_BENCH_LEDGER_GEN_H
#define GSB_BENCH_LEDGER_GEN_H
#include <stdint.h>
#include <stdio.h>

/* Write one ledger with n expenses; the same seed gives the same bytes.
 * Returns 0, or -1 when writing failed. */
int ledger_gen_write(FILE *out, long n, uint64_t seed);
#endif
