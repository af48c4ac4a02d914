package org.geshibai;

import java.nio.charset.StandardCharsets;

/**
 * Strings cross JNI as byte[] of real UTF-8: JNI's own string functions use
 * "modified UTF-8", which corrupts characters beyond U+FFFF such as 𠀀 (U+20000).
 */
final class Utf8 {
    private Utf8() {
    }

    static byte[] encode(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    static String decode(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }
}
