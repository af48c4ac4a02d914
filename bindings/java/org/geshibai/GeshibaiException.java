package org.geshibai;

import java.util.List;
import java.util.function.Supplier;

/**
 * An error reported by libgeshibai: the status code (negative, see
 * {@link #getStatus()}), an English message, and for input errors the file,
 * line, element and application id. Each status has its subclass
 * ({@link Schema}, {@link Parse}, {@link IO}, ...), so a caller catches the
 * kinds it handles. Bad arguments of the Java API (null, a NUL inside a
 * string, a date that does not exist) throw NullPointerException or
 * IllegalArgumentException instead, before the library is called.
 */
public class GeshibaiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Status codes of the C library (include/geshibai/common.h). */
    public static final int ERROR = -1, EINVAL = -2, ENOMEM = -3, EIO = -4, EPARSE = -5,
            ESCHEMA = -6, EINPUT = -7, EOVERFLOW = -8, ESTATE = -9, ENOTFOUND = -10;

    private int code;
    private String file;
    private long line;
    private String element;
    private String application;
    private String rawMessage;
    private String text;
    private boolean audit;

    /**
     * An error of the given status; prefer {@link #of}, which gives the
     * status's subclass.
     * @param code the status code (negative)
     * @param message the library's message
     * @param file the input file, or null
     * @param line the input line, or 0
     * @param element the element path, or null
     * @param application the application id, or null
     */
    public GeshibaiException(int code, String message, String file, long line, String element,
                             String application) {
        fill(code, message, file, line, element, application);
    }

    /** For the subclasses: {@link #of} fills it. */
    GeshibaiException() {
    }

    private GeshibaiException fill(int code, String message, String file, long line, String element,
                                   String application) {
        this.code = code;
        this.rawMessage = message;
        this.file = file;
        this.line = line;
        this.element = element;
        this.application = application;
        this.text = describe(code, message, file, line, element);
        return this;
    }

    /** The subclass of each status, at -code - 1 ({@link #ERROR} first). */
    private static final List<Supplier<GeshibaiException>> KINDS = List.of(
        Internal::new, InvalidArgument::new, OutOfMemory::new, IO::new, Parse::new, Schema::new,
        Input::new, Overflow::new, State::new, NotFound::new);

    /**
     * The exception of a status: its subclass ({@link Schema} for
     * {@link #ESCHEMA}, ...), or GeshibaiException itself for an unknown code.
     * @param code the status code (negative)
     * @param message the library's message
     * @param file the input file, or null
     * @param line the input line, or 0
     * @param element the element path, or null
     * @param application the application id, or null
     * @return the exception (not thrown)
     */
    public static GeshibaiException of(int code, String message, String file, long line,
                                       String element, String application) {
        GeshibaiException e = code < 0 && -code <= KINDS.size() ? KINDS.get(-code - 1).get()
                                                                : new GeshibaiException();
        return e.fill(code, message, file, line, element, application);
    }

    /** Called from the JNI library (strings as UTF-8 bytes). */
    static GeshibaiException fromNative(int code, byte[] message, byte[] file, long line,
                                        byte[] element, byte[] application) {
        return of(code, plain(Utf8.decode(message)), Utf8.decode(file), line,
                  Utf8.decode(element), Utf8.decode(application));
    }

    /** The message without the name of the C function that reported it. */
    static String plain(String message) {
        return message == null ? null : message.replaceFirst("^gsb_[a-z0-9_]+: ", "");
    }

    /** An internal error of the library (GSB_ERROR: a bug, please report). */
    public static class Internal extends GeshibaiException {
        private static final long serialVersionUID = 1L;
        Internal() { }
    }

    /** A value the library refuses (GSB_EINVAL): a date out of range, bad UTF-8. */
    public static class InvalidArgument extends GeshibaiException {
        private static final long serialVersionUID = 1L;
        InvalidArgument() { }
    }

    /** The library ran out of memory (GSB_ENOMEM). */
    public static class OutOfMemory extends GeshibaiException {
        private static final long serialVersionUID = 1L;
        OutOfMemory() { }
    }

    /** A file that could not be read or written (GSB_EIO). */
    public static class IO extends GeshibaiException {
        private static final long serialVersionUID = 1L;
        IO() { }
    }

    /** An input that is not well-formed XML or JSON, or is refused (GSB_EPARSE). */
    public static class Parse extends GeshibaiException {
        private static final long serialVersionUID = 1L;
        Parse() { }
    }

    /** An input that does not follow its schema (GSB_ESCHEMA). */
    public static class Schema extends GeshibaiException {
        private static final long serialVersionUID = 1L;
        Schema() { }
    }

    /** An input whose values are inconsistent (GSB_EINPUT). */
    public static class Input extends GeshibaiException {
        private static final long serialVersionUID = 1L;
        Input() { }
    }

    /** An amount that does not fit in 64-bit fen (GSB_EOVERFLOW). */
    public static class Overflow extends GeshibaiException {
        private static final long serialVersionUID = 1L;
        Overflow() { }
    }

    /** A transition the review procedure does not allow (GSB_ESTATE). */
    public static class State extends GeshibaiException {
        private static final long serialVersionUID = 1L;
        State() { }
    }

    /** A name that matches nothing (GSB_ENOTFOUND). */
    public static class NotFound extends GeshibaiException {
        private static final long serialVersionUID = 1L;
        NotFound() { }
    }

    private static String describe(int code, String message, String file, long line,
                                   String element) {
        StringBuilder b = new StringBuilder();
        if (file != null)
            b.append(file);
        if (line > 0)
            b.append(b.length() > 0 ? ", " : "").append("line ").append(line);
        if (element != null)
            b.append(b.length() > 0 ? ", " : "").append(element);
        String text = message == null || message.isEmpty() ? statusName(code) : message;
        return b.length() > 0 ? b + ": " + text : text;
    }

    /** The file, line and element, then the message (or the status's name when it has none). */
    @Override
    public String getMessage() {
        return text;
    }

    /** The status code (negative). */
    public int getCode() {
        return code;
    }

    /** The status code's name ("GSB_ESCHEMA"). */
    public String getStatus() {
        return statusName(code);
    }

    /** The library's message alone. */
    public String getRawMessage() {
        return rawMessage;
    }

    /** The input file, or null. */
    public String getFile() {
        return file;
    }

    /** The input line, or 0. */
    public long getLine() {
        return line;
    }

    /** The element path, or null. */
    public String getElement() {
        return element;
    }

    /** The application id, or null. */
    public String getApplication() {
        return application;
    }

    /** The error entry exactly as in the CLI's JSON report (reasons in the language of {@link Geshibai#defaultLang()}). */
    public String toJson() {
        return toJson(null);
    }

    /** The error entry exactly as in the CLI's JSON report. */
    public String toJson(String lang) {
        return GeshibaiNative.gsbx_error_report(audit ? 1 : 0, code, rawMessage, file, line, element, application,
                                                gsb_format.GSB_FORMAT_JSON, Geshibai.lang(lang));
    }

    /** Marks an error of an audit (its JSON names the ledger). */
    GeshibaiException forAudit() {
        audit = true;
        return this;
    }

    static String statusName(int code) {
        switch (code) {
        case 0: return "GSB_OK";
        case ERROR: return "GSB_ERROR";
        case EINVAL: return "GSB_EINVAL";
        case ENOMEM: return "GSB_ENOMEM";
        case EIO: return "GSB_EIO";
        case EPARSE: return "GSB_EPARSE";
        case ESCHEMA: return "GSB_ESCHEMA";
        case EINPUT: return "GSB_EINPUT";
        case EOVERFLOW: return "GSB_EOVERFLOW";
        case ESTATE: return "GSB_ESTATE";
        case ENOTFOUND: return "GSB_ENOTFOUND";
        default: return "GSB_UNKNOWN_STATUS";
        }
    }
}
