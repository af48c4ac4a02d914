/*
 * libgeshibai — documents in and reports out (docs/formats.md).
 *
 * Reading is hardened: no network, no DTD, no entity expansion; a document
 * with a DOCTYPE is refused (GSB_EPARSE). Every document is validated against
 * the schemas built into the library. Errors carry file, line and element.
 */
#ifndef GESHIBAI_IO_H
#define GESHIBAI_IO_H

#include "common.h"
#include "application.h"
#include "decision.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- applications in ---- */

/*
 * Applications come as XML (root <application> or <applications>) or as
 * JSON (docs/json.md: one application object, an array of them, or JSON
 * Lines, one application per line). Every reader below tells them apart by
 * the first character that is not white space after a byte-order mark:
 * '{' or '[' is JSON, anything else is read as XML. Both forms are checked
 * against the same schema and converted alike; errors of JSON documents
 * name the line and the JSON Pointer of the value at fault as their
 * element ("/platform/industries/2"; in an array, "/3/applicant/division").
 */

/** Read one application document (root <application>, or one JSON object). */
GSB_WARN_UNUSED int gsb_application_read_file(gsb_application **out, const char *path);
GSB_WARN_UNUSED int gsb_application_read_memory(gsb_application **out, const char *xml,
                                                size_t len, const char *name);

/**
 * A streaming reader over an application or a batch (<applications>): memory
 * does not grow with the batch.
 */
typedef struct gsb_reader gsb_reader;

/** path "-" reads standard input. */
GSB_WARN_UNUSED int gsb_reader_open_file(gsb_reader **out, const char *path);
/**
 * Read from an open descriptor (a pipe, a socket, a file): the reader reads
 * a duplicate of it, so the caller still closes fd. name (may be NULL: "-")
 * names it in errors.
 */
GSB_WARN_UNUSED int gsb_reader_open_fd(gsb_reader **out, int fd, const char *name);
/** The buffer must outlive the reader. name (may be NULL) names it in errors. */
GSB_WARN_UNUSED int gsb_reader_open_memory(gsb_reader **out, const char *xml, size_t len,
                                           const char *name);
/**
 * The next application. Returns:
 *   1   *out holds an application (the caller frees it);
 *   0   end of input;
 *   < 0 this item is bad: gsb_error_last() names its line, element and
 *       application id. Call again for the next item; after an error that
 *       ends the document (not well-formed XML, GSB_EIO) the next call
 *       returns 0.
 */
GSB_WARN_UNUSED int gsb_reader_next(gsb_reader *reader, gsb_application **out);
/** 1 when the document is a batch (<applications>, a JSON array, or more
 *  than one line of JSON Lines), 0 for one application. */
int gsb_reader_is_batch(const gsb_reader *reader);
/** Number of application elements seen so far (good and bad). */
size_t gsb_reader_count(const gsb_reader *reader);
void gsb_reader_free(gsb_reader *reader);

/** What gsb_each_application() calls for each application read; app is
 *  freed after the call. 0 goes on; < 0: app could not be handled (the error
 *  of gsb_error_last() is reported through the error callback, placed at
 *  app's file, line and id, and the next application is read); > 0 stops. */
typedef int (*gsb_application_fn)(void *ctx, const gsb_application *app);
/** What gsb_each_application() calls for each error: its file, line and
 *  application named where known. 0 goes on; non-zero stops. */
typedef int (*gsb_error_fn)(void *ctx, const gsb_error *error);
/**
 * Every application of the file at path ('-': standard input), in document
 * order: on_application for each application read, on_error for each one
 * that cannot be read or handled, for a file that cannot be opened and for
 * a document without any application. Nothing is lost: after a bad
 * application the next one is read (a read error, GSB_EIO, ends the file).
 * The loop a program would otherwise write around gsb_reader_next().
 * Returns GSB_OK when the file was read to its end, the non-zero value a
 * callback returned to stop, or GSB_EINVAL when an argument is NULL (then
 * no callback is called). The callbacks run in the caller's thread; ctx is
 * passed to them untouched. Errors given to on_error are valid during the
 * call only (copy what you keep).
 */
GSB_WARN_UNUSED int gsb_each_application(const char *path, gsb_application_fn on_application,
                                         gsb_error_fn on_error, void *ctx);
/**
 * The same loop over a reader the caller has opened (on memory, a
 * descriptor or a file): every application still to be read from it, as
 * gsb_each_application() reads a file. An error that does not name its file
 * is placed in the name the reader was opened with. When the loop reads
 * nothing at all and the document is not a batch, on_error gets the error
 * "no application in the document" (GSB_ESCHEMA). gsb_reader_is_batch()
 * already holds for the document when a callback is first called, so a
 * callback may start a report on it (gsb_writer_begin()). The reader stays
 * the caller's: free it after. Returns GSB_OK when the document was read to
 * its end, the non-zero value a callback returned to stop, or GSB_EINVAL
 * when an argument is NULL (then nothing is read). A reader belongs to one
 * thread at a time; the callbacks run in the caller's thread.
 */
GSB_WARN_UNUSED int gsb_reader_each_application(gsb_reader *reader,
                                                gsb_application_fn on_application,
                                                gsb_error_fn on_error, void *ctx);

/** Schema-validate a document of any kind of docs/formats.md (application, batch,
 *  ledger, parameters, review); with errors through gsb_error_last(). A
 *  parameters document is checked as gsb_policy_load does, a review record
 *  as a whole as gsb_review_read_file does under the built-in policy (its
 *  dates in order, each transition allowed at its date). */
GSB_WARN_UNUSED int gsb_validate_file(const char *path);

/* ---- reports out ---- */

typedef enum { GSB_FORMAT_XML = 0, GSB_FORMAT_JSON, GSB_FORMAT_TEXT } gsb_format;
/** "xml", "json", "text"; words: "XML", "JSON", "文本"/"text". NULL out of range. */
const char *gsb_format_name(gsb_format format);
const char *gsb_format_label(gsb_format format, gsb_lang lang);
GSB_WARN_UNUSED int gsb_format_from_name(gsb_format *out, const char *name);

/** The form of the reader's document: GSB_FORMAT_XML or GSB_FORMAT_JSON. */
gsb_format gsb_reader_format(const gsb_reader *reader);

/** Where a writer sends its bytes: return 0, or non-zero to stop with GSB_EIO. */
typedef int (*gsb_write_fn)(void *ctx, const char *bytes, size_t len);

/**
 * A report writer: a sequence of decisions (and error entries) as XML
 * <decisions>, a JSON array, or text — or, when begun with batch 0, one
 * decision alone.
 */
typedef struct gsb_writer gsb_writer;

GSB_WARN_UNUSED int gsb_writer_new(gsb_writer **out, gsb_format format, gsb_lang lang,
                                   gsb_write_fn write, void *ctx);
/*
 * The writer is called in order: gsb_writer_begin() once, then any number of
 * gsb_writer_decision() / gsb_writer_error(), then gsb_writer_end() once.
 * Out of that order, or with a NULL argument: GSB_EINVAL and nothing is
 * written. GSB_EIO when the write callback fails (the library prints
 * nothing itself). A writer belongs to one thread at a time.
 */
/** Start the report; batch 0 for exactly one decision alone. */
GSB_WARN_UNUSED int gsb_writer_begin(gsb_writer *w, int batch);
GSB_WARN_UNUSED int gsb_writer_decision(gsb_writer *w, const gsb_decision *d);
/** An error entry for an input that could not be decided. */
GSB_WARN_UNUSED int gsb_writer_error(gsb_writer *w, const gsb_error *error);
GSB_WARN_UNUSED int gsb_writer_end(gsb_writer *w);
void gsb_writer_free(gsb_writer *w);

/** One decision as a string in a format; the caller frees it with gsb_free(). */
char *gsb_decision_to_string(const gsb_decision *d, gsb_format format, gsb_lang lang);

#ifdef __cplusplus
}
#endif
#endif
