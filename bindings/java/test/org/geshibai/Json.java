package org.geshibai;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small JSON reader for the tests (the JDK has none): objects become Maps,
 *  arrays Lists, numbers BigDecimal; structural equality is equals(). */
final class Json {
    private final String s;
    private int i;

    private Json(String s) {
        this.s = s;
    }

    static Object parse(String text) {
        Json j = new Json(text);
        Object v = j.value();
        j.ws();
        if (j.i != j.s.length())
            throw j.error("trailing text");
        return v;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at offset " + i);
    }

    private void ws() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i)))
            i++;
    }

    private Object value() {
        ws();
        if (i >= s.length())
            throw error("unexpected end");
        char c = s.charAt(i);
        switch (c) {
        case '{': {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            ws();
            if (s.charAt(i) == '}') {
                i++;
                return m;
            }
            for (;;) {
                ws();
                String k = string();
                ws();
                expect(':');
                m.put(k, value());
                ws();
                if (s.charAt(i) == ',') {
                    i++;
                    continue;
                }
                expect('}');
                return m;
            }
        }
        case '[': {
            List<Object> l = new ArrayList<>();
            i++;
            ws();
            if (s.charAt(i) == ']') {
                i++;
                return l;
            }
            for (;;) {
                l.add(value());
                ws();
                if (s.charAt(i) == ',') {
                    i++;
                    continue;
                }
                expect(']');
                return l;
            }
        }
        case '"':
            return string();
        case 't':
            word("true");
            return Boolean.TRUE;
        case 'f':
            word("false");
            return Boolean.FALSE;
        case 'n':
            word("null");
            return null;
        default: {
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0)
                i++;
            if (start == i)
                throw error("unexpected character");
            return new BigDecimal(s.substring(start, i));
        }
        }
    }

    private void expect(char c) {
        if (i >= s.length() || s.charAt(i) != c)
            throw error("expected " + c);
        i++;
    }

    private void word(String w) {
        if (!s.startsWith(w, i))
            throw error("expected " + w);
        i += w.length();
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        for (;;) {
            char c = s.charAt(i++);
            if (c == '"')
                return b.toString();
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
            case 'n': b.append('\n'); break;
            case 't': b.append('\t'); break;
            case 'r': b.append('\r'); break;
            case 'b': b.append('\b'); break;
            case 'f': b.append('\f'); break;
            case 'u':
                b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                i += 4;
                break;
            default: b.append(e);
            }
        }
    }
}
