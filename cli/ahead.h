/*
 * geshibai — a gsb_reader that may read ahead on a thread of its own, so
 * that `geshibai evaluate` parses and converts the next applications while
 * the main thread decides and writes the previous ones (issue 6: a batch as
 * fast as the XML can be read). Results come out in document order, exactly
 * as gsb_reader_next() gives them; at most GSB_CLI_AHEAD items wait.
 */
#ifndef GSB_CLI_AHEAD_H
#define GSB_CLI_AHEAD_H

#include "geshibai.h"

#define GSB_CLI_AHEAD 256

typedef struct gsb_cli_ahead gsb_cli_ahead;

/* Open path as gsb_reader_open_file() does (its error in gsb_error_last());
 * threaded: read on a second thread, else in the calling one. */
int gsb_cli_ahead_open(gsb_cli_ahead **out, const char *path, int threaded);
/* As gsb_reader_next(), but an error (rc < 0) is given in *error (valid
 * until the next call) rather than in gsb_error_last(). */
int gsb_cli_ahead_next(gsb_cli_ahead *a, gsb_application **out, const gsb_error **error);
/* Free an application gsb_cli_ahead_next() gave (NULL: nothing): on the
 * reading thread, which made it, while that thread reads. */
void gsb_cli_ahead_done(gsb_cli_ahead *a, gsb_application *app);
int gsb_cli_ahead_is_batch(const gsb_cli_ahead *a);
/* Stop reading, free what waits, join the thread. NULL is a no-op. */
void gsb_cli_ahead_free(gsb_cli_ahead *a);

#endif
