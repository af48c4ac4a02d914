/*
 * libgeshibai — what the streaming gsb_reader (reader.c) does for
 * validation (validate.c) and the application loop (each_application.c).
 * Private: not part of the ABI.
 */
#ifndef GSB_READER_H
#define GSB_READER_H

#include <stdbool.h>
#include "internal.h"

/* Every application of the document of r read; the first error is the
 * result (raised again as it was). */
int gsb__reader_check(gsb_reader *r);
/* The name the reader was opened with (its path, or the name given for
 * memory or a descriptor; may be NULL): each_application.c places the errors
 * that do not name their file in it. */
const char *gsb__reader_name(const gsb_reader *r);
/* A file that starts as JSON does (read and closed again). */
bool gsb__file_is_json(const char *path);

#endif
