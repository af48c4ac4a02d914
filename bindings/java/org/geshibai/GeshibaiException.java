package org.geshibai;

/**
 * An error reported by libgeshibai: the status code (negative, see
 * {@link #getStatus()}), an English message, and for input errors the file,
 * line, element and application id.
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

    /** Called from the JNI library (strings as UTF-8 bytes). */
    static GeshibaiException fromNative(int code, byte[] message, byte[] file, long line,
                                        byte[] element, byte[] application) {
        return new GeshibaiException(code, Utf8.decode(message), Utf8.decode(file), line,
                                     Utf8.decode(element), Utf8.decode(application));
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
