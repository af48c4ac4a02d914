/*
 * libgeshibai — applications as JSON (docs/json.md), read behind the same
 * gsb_reader as XML (reader.c). Private: not part of the ABI.
 *
 * The JSON is turned into the very tree of xmlNodes the XML reader builds
 * for the same application, and that tree goes through the XML reader's
 * check and conversion (gsb__application_from_tree): one schema, one
 * converter, so that an application decides alike in both forms, errors
 * included. Only the shape of the JSON (keys, types) is checked here;
 * errors are located by line and JSON Pointer.
 */
#ifndef GSB_JSON_READ_H
#define GSB_JSON_READ_H

#include <stdbool.h>
#include <stddef.h>
#include "xml.h"

typedef struct gsb__json gsb__json;

/* Where results go, in document order: an application (the receiver owns
 * it), or NULL for the calling thread's error. item: the result stands for
 * one element of the batch (gsb_reader_count). */
typedef void (*gsb__json_sink)(void *ctx, gsb_application *app, bool item);

/* 1 when the bytes start (after a UTF-8 byte-order mark and white space)
 * with '{' or '[', 0 with anything else, -1 when they are all white space
 * (or part of a mark) so far. */
int gsb__json_sniff(const char *buf, size_t len);

/* Read from fd (>= 0; closed by gsb__json_free unless it is standard input)
 * after the pre_len bytes already read from it (copied), or from mem (not
 * copied). name names the document in errors. */
int gsb__json_open(gsb__json **out, int fd, const char *pre, size_t pre_len, const char *mem,
                   size_t len, const char *name, gsb__json_sink sink, void *ctx);
/* Read one more piece of input: 1 more to come, 0 the end (every result
 * has been given to the sink). */
int gsb__json_pump(gsb__json *j);
/* 1 a batch (an array, or more than one JSON Lines value), 0 one
 * application, -1 not known yet. */
int gsb__json_is_batch(const gsb__json *j);
/* The name the document was opened with (may be NULL). */
const char *gsb__json_name(const gsb__json *j);
void gsb__json_free(gsb__json *j);

/* xml_convert.c: check and convert the tree of one <application> element
 * (nodes of any document, names in urn:geshibai:1) exactly as a batch
 * element read from XML; errors through gsb_xml_error on x. */
int gsb__application_from_tree(gsb_xml *x, xmlNode *app, gsb_application **out);

#endif
