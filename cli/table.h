/*
 * geshibai evaluate --format csv | xlsx (cli/table.c): a batch as a table,
 * one row per application, in CSV or an XLSX workbook.
 */
#ifndef GSB_CLI_TABLE_H
#define GSB_CLI_TABLE_H

#include "cli.h"

enum { GSB_CLI_TABLE_NONE = 0, GSB_CLI_TABLE_CSV, GSB_CLI_TABLE_XLSX };

typedef struct gsb_cli_table gsb_cli_table;

/* Start a table of kind (CSV or XLSX) at path (NULL or "-": standard output,
 * refused for XLSX, as is a terminal) with its header row in lang. Returns an
 * exit status: 0, or 2 / 3 after a message on stderr. */
int gsb_cli_table_open(gsb_cli_table **out, int kind, const char *path, gsb_lang lang);
/* A row for a decided application (app may be NULL: its columns are left
 * empty), or for one that could not be decided. 0, or -1 when the table
 * cannot be written any more. */
int gsb_cli_table_decision(gsb_cli_table *t, const gsb_application *app, const gsb_decision *d);
int gsb_cli_table_error(gsb_cli_table *t, const gsb_application *app, const gsb_error *e);
/* Finish (XLSX: the sheet of totals) and close; an exit status. */
int gsb_cli_table_close(gsb_cli_table *t);

#endif
