/*
 * libgeshibai — hardened libxml2 plumbing shared by the document readers
 * (reader.c, params_read.c, review.c, ledger_read.c). Private: not part of
 * the ABI.
 *
 * Safety (docs/security.md): every document is read by a streaming
 * xmlTextReader, or by the SAX engine below (applications), with
 * XML_PARSE_NONET (plus XML_PARSE_BIG_LINES, which only
 * keeps line numbers past 65535 right) and never NOENT, DTDLOAD, DTDVALID or
 * HUGE; input comes through our own read callbacks (no transparent
 * decompression, no URL loading); a DOCTYPE is refused with GSB_EPARSE
 * "DOCTYPE declarations are refused" (element "DOCTYPE"); libxml2's errors
 * go to a per-reader structured handler, never to stderr and never to global
 * state. xmlCleanupParser() is never called.
 *
 * Schemas: the XSD files of data/ are built into the library (lib/schemas.c)
 * and compiled once per process (pthread_once); a compiled schema is
 * immutable and shared read-only by every thread.
 *
 * Errors: every failing function sets the calling thread's error
 * (gsb__error_at) with the document's name, the line, the element path
 * ("application/applicant/division", attributes "application/@submitted")
 * and, when the caller gives it, the application id. Schema errors are turned
 * into short messages: "unknown element 'nickname'", "unknown attribute
 * 'foo'", "missing attribute 'amount'", and for a bad value a message chosen
 * by the name of the XSD simple type of the node:
 *     amount   -> "malformed amount '1,5'"
 *     date     -> "malformed date '2019-2-01'"
 *     division -> "division code '3702' is not six digits"
 *     year, count, decimal, xs:boolean -> "malformed year|count|number|boolean '…'"
 *     any other named type T (enumerations) -> "unknown T 'x'" (camelCase
 *     split into words: legalForm -> "unknown legal form 'x'")
 * so a schema that names its simple types after these gets these messages.
 *
 * A typical streaming loop (a ledger with millions of records):
 *
 *     gsb_xml *x;
 *     const char *root;
 *     if ((rc = gsb_xml_open_file(&x, path)) != GSB_OK) return rc;
 *     if ((rc = gsb_xml_root(x, &root)) != GSB_OK) goto out;   // positioned on the root
 *     ... check root, read its attributes with gsb_xml_reader_attr() ...
 *     while ((rc = gsb_xml_next_child(x, 0)) == 1) {           // each child of the root
 *             xmlNode *n = gsb_xml_expand(x);                  // its subtree
 *             if (n == NULL) { rc = GSB_EPARSE; break; }      // error already set
 *             rc = gsb_xml_validate(x, "ledger.xsd", n, NULL); // needs a global decl
 *             ... gsb_xml_attr(x, n, "amount") ...
 *             if ((rc = gsb_xml_skip(x)) < 0) break;           // frees the subtree
 *     }
 *     if (rc == 0) rc = gsb_xml_finish(x);                      // trailing content?
 *   out:
 *     gsb_xml_free(x);
 *
 * Memory stays flat: the reader frees each subtree once it has moved past it.
 * To validate the whole document while streaming instead (no per-record
 * global declarations needed, but element paths are then only "name" or
 * "name/@attr" taken from libxml2's message), call gsb_xml_validate_stream()
 * right after opening.
 */
#ifndef GSB_XML_H
#define GSB_XML_H

#include <stdbool.h>
#include <stdint.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include "internal.h"

/* The namespace of every document (docs/formats.md). */
#define GSB_XML_NS "urn:geshibai:1"

typedef struct gsb_xml gsb_xml;

/* Who locates an error at a node of a tree that was not parsed from XML
 * (json_read.c builds the tree of an application from JSON): fill path
 * (size bytes) with what errors name as the element (a JSON Pointer) and
 * return the line. */
typedef long (*gsb_xml_locator)(void *ctx, const xmlNode *node, char *path, size_t size);
/* A reader with no input, for trees built otherwise (gsb_xml_validate,
 * gsb_xml_error and the value helpers work on them); name names the
 * document in errors. */
int gsb_xml_new_tree_only(gsb_xml **out, const char *name);
/* Errors at nodes (gsb_xml_error and what calls it) are located by fn from
 * now on; NULL restores element paths and libxml2's lines. */
void gsb_xml_set_locator(gsb_xml *x, gsb_xml_locator fn, void *ctx);

/* ------------------------------------------------------------ opening */

/* Open a file; path "-" reads standard input (the name in errors is "-").
 * GSB_EIO when it cannot be opened or is a directory (errno then says why,
 * EISDIR for a directory); GSB_ENOMEM. */
int gsb_xml_open_file(gsb_xml **out, const char *path);
/* Open a buffer (not copied: it must outlive the reader). name may be NULL
 * (errors then carry no file name). */
int gsb_xml_open_memory(gsb_xml **out, const char *bytes, size_t len, const char *name);
/* Free the reader and everything it holds; NULL is a no-op. */
void gsb_xml_free(gsb_xml *x);

/* The name errors carry (path, "-" or the name given), or NULL. */
const char *gsb_xml_name(const gsb_xml *x);
/* The underlying reader, for anything not wrapped here (do not free it, do
 * not install other error handlers on it). */
xmlTextReaderPtr gsb_xml_reader(gsb_xml *x);

/* ------------------------------------------------------------ moving */

/*
 * Read the next node (xmlTextReaderRead). 1: a node; 0: end of document;
 * < 0: an error, set: GSB_EPARSE (not well-formed, invalid UTF-8, empty
 * document, DOCTYPE refused), GSB_EIO (read failure; errno then says why),
 * GSB_ESCHEMA (with
 * gsb_xml_validate_stream). Errors are final: every later call returns the
 * same code and sets the same error again.
 */
int gsb_xml_read(gsb_xml *x);
/*
 * Read up to the root element and stay on it. The root must be in the
 * namespace urn:geshibai:1 (else GSB_ESCHEMA). *local receives its local
 * name (valid while the reader is on it). Errors as gsb_xml_read.
 */
int gsb_xml_root(gsb_xml *x, const char **local);
/*
 * Move to the next child element of the current open element at depth
 * `depth` (the root is at depth 0): 1 positioned on the child's start tag
 * (at depth + 1), 0 the parent has ended (or was empty), < 0 an error.
 * White space, comments and processing instructions are skipped; other text
 * is a GSB_ESCHEMA "unexpected text" error (not final: call again).
 * After 1, either skip the child with gsb_xml_skip() or read into it.
 */
int gsb_xml_next_child(gsb_xml *x, int depth);
/* Skip the rest of the current element (to its end tag). 1 or < 0. */
int gsb_xml_skip(gsb_xml *x);
/* After the root has ended: read to the end of the document, so that
 * trailing garbage is reported. GSB_OK or < 0. */
int gsb_xml_finish(gsb_xml *x);
/* The line of the reader's current node (as gsb_xml_line; past 65535, where
 * libxml2 cannot tell it yet, the parser's line), 0 when unknown. */
long gsb_xml_reader_line(gsb_xml *x);
/* True once a final error (see gsb_xml_read) has happened. */
bool gsb_xml_failed(const gsb_xml *x);
/* Depth of the current node (0 for the root), -1 when none. */
int gsb_xml_depth(gsb_xml *x);

/*
 * The subtree of the current element, parsed in full (xmlTextReaderExpand).
 * Valid until the reader moves past it (gsb_xml_skip and the next move).
 * NULL on error (GSB_EPARSE or GSB_EIO set; final).
 */
xmlNode *gsb_xml_expand(gsb_xml *x);

/* An attribute of the current element from the streaming reader (no
 * expansion); NULL when absent. Valid until the reader moves. */
const char *gsb_xml_reader_attr(gsb_xml *x, const char *name);

/* ------------------------------------------------------------ one child at a time */

/*
 * The SAX engine (xml_sax.c), for documents read one child of the root at a
 * time (a batch of applications): libxml2's push parser with the same
 * hardening, input and errors as the reader, but no xmlTextReader. Each
 * child of the root is built whole as a tree of ordinary xmlNodes (elements,
 * attributes, text, CDATA, comments, PIs; lines as libxml2 keeps them) in an
 * arena, handed to a handler and dropped: the functions of this header
 * (paths, lines, values, gsb_xml_validate, gsb_xml_error) work on it as on
 * an expanded subtree, at about half the cost of the reader. The input is
 * read in any encoding a declaration may name and handed to libxml2 as
 * UTF-8 (xml_input.c); see gsb_xml_handlers.broken for a broken child.
 *
 *     gsb_xml_handlers h = { on_root, on_child, on_text };
 *     if ((rc = gsb_xml_open_file_sax(&x, path, &h, ctx)) != GSB_OK) return rc;
 *     while ((rc = gsb_xml_pump(x)) == 1)
 *             ;                       // handlers called as the parser goes
 *     gsb_xml_free(x);                // rc: 0 the document ended well, < 0 why not
 */
typedef struct {
	/* The root's start tag, in the namespace urn:geshibai:1 (else the pump
	 * fails first): an element with its attributes and no children. Return
	 * 1 to receive its children one at a time, 0 to receive the root whole,
	 * < 0 to stop reading (gsb_xml_pump then returns that code). */
	int (*root)(void *ctx, gsb_xml *x, xmlNode *root);
	/* A whole child element of the root (parent: the root, no siblings), or
	 * the whole root. Valid until the handler returns. */
	void (*element)(void *ctx, gsb_xml *x, xmlNode *element);
	/* Text other than white space directly in the root (children mode),
	 * starting at line. */
	void (*text)(void *ctx, gsb_xml *x, long line);
	/* Optional: the symbol of a local name the handlers compare, 0 for
	 * any other. Each element and attribute gets its name's symbol in its
	 * _private field (GSB_XML_SYMBOL), so that handlers compare small
	 * integers instead of strings. Called once per distinct name a parser
	 * meets, from any thread. */
	uintptr_t (*symbol)(const char *name);
	/* Optional: a child of the root (children mode) is broken — not well
	 * formed, or an invalid byte sequence of the input; the thread's error
	 * says why, with the file and line. open: its start tag when it was
	 * read (attributes only), else NULL; item: a child element had begun
	 * (else the fault lies between children). Reading goes on with a fresh
	 * parser at the next <application> start tag (any prefix) after the
	 * broken child's own, so that one broken child costs itself alone.
	 * Without this handler such an error is final. */
	void (*broken)(void *ctx, gsb_xml *x, const xmlNode *open, bool item);
} gsb_xml_handlers;

/* The symbol of an element or attribute built by the SAX engine. */
#define GSB_XML_SYMBOL(node) ((unsigned)(uintptr_t)(node)->_private)

/* Open a file ("-": standard input) or a buffer (not copied) for the SAX
 * engine. Errors as gsb_xml_open_file / gsb_xml_open_memory. */
int gsb_xml_open_file_sax(gsb_xml **out, const char *path, const gsb_xml_handlers *h, void *ctx);
int gsb_xml_open_memory_sax(gsb_xml **out, const char *bytes, size_t len, const char *name,
                            const gsb_xml_handlers *h, void *ctx);
/* The same on a descriptor already open (fd is the reader's now: closed by
 * gsb_xml_free unless it is standard input, and on failure), whose first
 * pre_len bytes the caller has already read into pre (copied): the reader
 * sees them first. name names it in errors. */
int gsb_xml_open_fd_sax(gsb_xml **out, int fd, const char *name, const char *pre,
                        size_t pre_len, const gsb_xml_handlers *h, void *ctx);
/* Parse the next piece of input, calling the handlers for what it
 * completes. 1: more to come; 0: the document ended and was well formed;
 * < 0: a final error, set as gsb_xml_read() sets it (not well formed,
 * DOCTYPE refused, I/O, root not in the namespace, "empty document") or
 * the root handler's code. Errors are final: every later call repeats it. */
int gsb_xml_pump(gsb_xml *x);
/* After a failed pump: the child of the root that was open when reading
 * stopped (its start tag and attributes, no children), else NULL. */
const xmlNode *gsb_xml_partial(gsb_xml *x);

/* ------------------------------------------------------------ schemas */

/*
 * Validate an element subtree (from gsb_xml_expand) against the global
 * element of the same name in an embedded schema ("application.xsd").
 * GSB_OK, or GSB_ESCHEMA for the first violation in document order, with its
 * line and element path (see gsb_xml_set_base); application (may be NULL)
 * names the application in the error. GSB_ERROR when the schema is missing.
 */
int gsb_xml_validate(gsb_xml *x, const char *schema, xmlNode *element, const char *application);
/*
 * Validate the whole document while it streams (call before the first
 * read). The first violation makes gsb_xml_read() fail with GSB_ESCHEMA;
 * gsb_xml_read() also checks xmlTextReaderIsValid() at the end.
 */
int gsb_xml_validate_stream(gsb_xml *x, const char *schema);
/*
 * With gsb_xml_validate_stream: a violation the validator met while the
 * parser read ahead is reported by the next move (any call that reads)
 * instead of the read that returns the current node, so that the caller can
 * check that node itself first (a reader whose own messages name the value).
 * At the end of the document it is reported at once.
 */
void gsb_xml_defer_stream_errors(gsb_xml *x);
/* libxml2's own message for the first violation of a streaming validation
 * (one line) and its line (0 when libxml2 gave none); NULL when none. For a
 * reader that words schema errors itself. */
const char *gsb_xml_stream_message(const gsb_xml *x, long *line);
/* That violation in words, as this header's readers word schema errors (both
 * languages, joined as gsb__bi_format joins them); false when there is none. */
bool gsb_xml_stream_words(gsb_xml *x, char *out, size_t size);
/* The embedded schema file (of data/) declaring a global element named
 * local, or NULL. */
const char *gsb_xml_schema_for(const char *local);

/* ------------------------------------------------------------ nodes */

/* True when node is an element in urn:geshibai:1 named local. */
bool gsb_xml_is(const xmlNode *node, const char *local);
/* The first / next sibling element of a node (skipping text, comments, PIs). */
xmlNode *gsb_xml_first_element(const xmlNode *parent);
xmlNode *gsb_xml_next_element(const xmlNode *node);
/* An attribute's value, NULL when absent (valid while the node lives). */
const char *gsb_xml_attr(gsb_xml *x, const xmlNode *element, const char *name);
/* The attribute node itself (for error locations), or NULL. */
xmlNode *gsb_xml_attr_node(const xmlNode *element, const char *name);
/* An element's text (its text and CDATA children), "" when empty. */
const char *gsb_xml_text(gsb_xml *x, const xmlNode *element);
/* The line of an element (or of an attribute's element), 0 when unknown;
 * past 65535 (XML_PARSE_BIG_LINES keeps those only in text nodes): where
 * its start tag ends, for an empty element where it ends. */
long gsb_xml_line(const xmlNode *node);

/*
 * Paths are written from the base element down: "application/applicant/name",
 * "application/@submitted". The base is the document's root unless set (a
 * batch sets it to each application so that paths start at "application").
 * NULL resets it to the root.
 */
void gsb_xml_set_base(gsb_xml *x, const xmlNode *base);
/* Write the path of node into buf; returns buf. */
char *gsb_xml_path(gsb_xml *x, const xmlNode *node, char *buf, size_t size);

/* Set the thread's error at a node: file, line and path from x and node
 * (node may be NULL), application may be NULL. Returns code. */
int gsb_xml_error(gsb_xml *x, int code, const xmlNode *node, const char *application,
                  const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* ------------------------------------------------------------ values */

/* s without the XML white space around it, cut to size bytes (NUL
 * included), into out: the value of a token (xs:boolean, a code). */
void gsb__xml_trim(char *out, size_t size, const char *s);

/* Parse node values with the schema's messages, errors located at node:
 * booleans (xs:boolean, trimmed) into a gsb_tri; dates "YYYY-MM-DD" that
 * exist (else GSB_ESCHEMA "malformed date '…'"); amounts in yuan into fen
 * (malformed: GSB_ESCHEMA "malformed amount '…'"; past 64-bit fen:
 * GSB_EINPUT "amount '…' does not fit in 64-bit fen"). */
int gsb_xml_bool(gsb_xml *x, const xmlNode *node, const char *text, const char *app,
                 gsb_tri *out);
int gsb_xml_date(gsb_xml *x, const xmlNode *node, const char *text, const char *app,
                 gsb_date *out);
int gsb_xml_amount(gsb_xml *x, const xmlNode *node, const char *text, const char *app,
                   gsb_fen *out);

/* ------------------------------------------------------------ readers */

/* params_read.c: a policy from a reader on a parameters document. */
int gsb__policy_read_xml(gsb_policy **out, gsb_xml *x);

/* "this is a ledger, not an application: use 'geshibai audit'" and the
 * reverse, alike for evaluate and audit: 1 when root is one of those. */
int gsb__wrong_document(char *out, size_t size, const char *root);

#endif
