/*
 * libgeshibai — what the streaming gsb_reader (reader.c) does for
 * validation (validate.c). Private: not part of the ABI.
 */
#ifndef GSB_READER_H
#define GSB_READER_H

#include <stdbool.h>
#include "internal.h"

/* Every application of the document of r read; the first error is the
 * result (raised again as it was). */
int gsb__reader_check(gsb_reader *r);
/* A file that starts as JSON does (read and closed again). */
bool gsb__file_is_json(const char *path);

#endif
