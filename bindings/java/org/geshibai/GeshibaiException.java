package org.geshibai;

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

    private final int code;
    private final String file;
    private final long line;
    private final String element;
    private final String application;
    private final String rawMessage;
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
        super(describe(code, message, file, line, element));
        this.code = code;
        this.rawMessage = message;
        this.file = file;
        this.line = line;
        this.element = element;
        this.application = application;
    }

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
        switch (code) {
        case ERROR: return new Internal(message, file, line, element, application);
        case EINVAL: return new InvalidArgument(message, file, line, element, application);
        case ENOMEM: return new OutOfMemory(message, file, line, element, application);
        case EIO: return new IO(message, file, line, element, application);
        case EPARSE: return new Parse(message, file, line, element, application);
        case ESCHEMA: return new Schema(message, file, line, element, application);
        case EINPUT: return new Input(message, file, line, element, application);
        case EOVERFLOW: return new Overflow(message, file, line, element, application);
        case ESTATE: return new State(message, file, line, element, application);
        case ENOTFOUND: return new NotFound(message, file, line, element, application);
        default: return new GeshibaiException(code, message, file, line, element, application);
        }
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
        Internal(String m, String f, long l, String e, String a) { super(ERROR, m, f, l, e, a); }
    }

    /** A value the library refuses (GSB_EINVAL): a date out of range, bad UTF-8. */
    public static class InvalidArgument extends GeshibaiException {
        private static final long serialVersionUID = 1L;
        InvalidArgument(String m, String f, long l, String e, String a) { super(EINVAL, m, f, l, e, a); }
    }

    /** The library ran out of memory (GSB_ENOMEM). */
    public static class OutOfMemory extends GeshibaiException {
        private static final long serialVersionUID = 1L;
        OutOfMemory(String m, String f, long l, String e, String a) { super(ENOMEM, m, f, l, e, a); }
    }

    /** A file that could not be read or written (GSB_EIO). */
    public static class IO extends GeshibaiException {
        private static final long serialVersionUID = 1L;
        IO(String m, String f, long l, String e, String a) { super(EIO, m, f, l, e, a); }
    }

    /** An input that is not well-formed XML or JSON, or is refused (GSB_EPARSE). */
    public static class Parse extends GeshibaiException {
        private static final long serialVersionUID = 1L;
        Parse(String m, String f, long l, String e, String a) { super(EPARSE, m, f, l, e, a); }
    }

    /** An input that does not follow its schema (GSB_ESCHEMA). */
    public static class Schema extends GeshibaiException {
        private static final long serialVersionUID = 1L;
        Schema(String m, String f, long l, String e, String a) { super(ESCHEMA, m, f, l, e, a); }
    }

    /** An input whose values are inconsistent (GSB_EINPUT). */
    public static class Input extends GeshibaiException {
        private static final long serialVersionUID = 1L;
        Input(String m, String f, long l, String e, String a) { super(EINPUT, m, f, l, e, a); }
    }

    /** An amount that does not fit in 64-bit fen (GSB_EOVERFLOW). */
    public static class Overflow extends GeshibaiException {
        private static final long serialVersionUID = 1L;
        Overflow(String m, String f, long l, String e, String a) { super(EOVERFLOW, m, f, l, e, a); }
    }

    /** A transition the review procedure does not allow (GSB_ESTATE). */
    public static class State extends GeshibaiException {
        private static final long serialVersionUID = 1L;
        State(String m, String f, long l, String e, String a) { super(ESTATE, m, f, l, e, a); }
    }

    /** A name that matches nothing (GSB_ENOTFOUND). */
    public static class NotFound extends GeshibaiException {
        private static final long serialVersionUID = 1L;
        NotFound(String m, String f, long l, String e, String a) { super(ENOTFOUND, m, f, l, e, a); }
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
