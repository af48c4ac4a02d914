package org.geshibai;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An application built in Java, in the JSON form the library reads (the
 * project's JSON Schema: keys and values as in the XML document). Built with
 * {@link #builder()} and decided by {@link Policy#evaluate(Application, LocalDate)}:
 * <pre>
 * Application app = Application.builder()
 *     .id("QD-2019-007").year(2019).submitted(LocalDate.of(2019, 6, 14))
 *     .applicant("青岛海纳工业互联网有限公司", "91370200718018514D", "370212")
 *     .set("applicant/capable", true)
 *     .platform("海纳云工业互联网平台", "industry-leader", LocalDate.of(2017, 4, 20))
 *     .list("platform/industries", "高端装备", "new-generation-it")
 *     .award(new BigDecimal("12000000.00"))
 *     .build();
 * </pre>
 * A fact not set is unknown, as an absent element of the XML document.
 * Amounts are BigDecimal (never a float); the library checks everything else
 * when it reads the application.
 */
public final class Application {
    private final String json;

    private Application(String json) {
        this.json = json;
    }

    /**
     * A new, empty builder.
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The application as one JSON object.
     * @return the JSON text
     */
    public String toJson() {
        return json;
    }

    @Override
    public String toString() {
        return json;
    }

    /** Builds an {@link Application}; every method returns the builder. */
    public static final class Builder {
        private final Map<String, Object> root = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The application's id.
         * @param id the id
         * @return this builder
         */
        public Builder id(String id) {
            return set("id", id);
        }

        /**
         * The year applied for.
         * @param year the year
         * @return this builder
         */
        public Builder year(int year) {
            return set("year", year);
        }

        /**
         * The date submitted.
         * @param date the date
         * @return this builder
         */
        public Builder submitted(LocalDate date) {
            return set("submitted", date);
        }

        /**
         * The tier claimed.
         * @param tier the tier (NONE: no claim)
         * @return this builder
         */
        public Builder claimedTier(Tier tier) {
            Objects.requireNonNull(tier, "tier");
            if (tier == Tier.NONE) {
                root.remove("claimedTier");
                return this;
            }
            return set("claimedTier", tier.code());
        }

        /**
         * The applicant's name, credit code and division (each may be null: unknown).
         * @param name the name
         * @param uscc the unified social credit code
         * @param division the six-digit division code
         * @return this builder
         */
        public Builder applicant(String name, String uscc, String division) {
            return set("applicant/name", name).set("applicant/uscc", uscc)
                .set("applicant/division", division);
        }

        /**
         * The platform's name, builder type and start of operation (each may be null).
         * @param name the platform's name
         * @param builderType the builder type code ("industry-leader", ...)
         * @param operatingSince the date it went into operation
         * @return this builder
         */
        public Builder platform(String name, String builderType, LocalDate operatingSince) {
            return set("platform/name", name).set("platform/builderType", builderType)
                .set("platform/operatingSince", operatingSince);
        }

        /**
         * An award requested, in yuan.
         * @param amount the amount
         * @return this builder
         */
        public Builder award(BigDecimal amount) {
            return funding("award", "amount", amount);
        }

        /**
         * An equity investment requested, in yuan.
         * @param amount the amount
         * @return this builder
         */
        public Builder equity(BigDecimal amount) {
            return funding("equity", "amount", amount);
        }

        /**
         * A loan whose interest is to be subsidised.
         * @param principal the principal in yuan
         * @param ratePercent the annual rate in percent ("4.35")
         * @param start the first day
         * @param end the last day
         * @param ratio the share subsidised ("0.5"), or null
         * @return this builder
         */
        public Builder loan(BigDecimal principal, String ratePercent, LocalDate start, LocalDate end,
                            String ratio) {
            return item("funding", "kind", "loan", "principal", principal, "ratePercent", ratePercent,
                        "start", start, "end", end, "ratio?", ratio);
        }

        /**
         * City or county support, in yuan.
         * @param amount the amount
         * @param source who gives it, or null
         * @return this builder
         */
        public Builder local(BigDecimal amount, String source) {
            return item("funding", "kind", "local", "amount", amount, "source?", source);
        }

        /**
         * A listing of the platform.
         * @param kind the listing's code ("national-platform", ...)
         * @param year its year
         * @param title its title, or null
         * @return this builder
         */
        public Builder listing(String kind, int year, String title) {
            return item("listings", "kind", Objects.requireNonNull(kind, "kind"), "year", year,
                        "title?", title);
        }

        /**
         * An effect indicator's baseline and current values.
         * @param name the indicator's code ("defect-rate", ...)
         * @param baseline the baseline ("2.0")
         * @param current the current value ("1.8")
         * @return this builder
         */
        public Builder kpi(String name, String baseline, String current) {
            return item("effect/kpis", "name", Objects.requireNonNull(name, "name"),
                        "baseline", baseline, "current", current);
        }

        /**
         * The items of a list ("platform/industries", "platform/domains", ...).
         * @param path the list's path
         * @param items the items
         * @return this builder
         */
        public Builder list(String path, String... items) {
            Objects.requireNonNull(items, "items");
            List<Object> l = new ArrayList<>();
            for (String item : items)
                l.add(Objects.requireNonNull(item, "items holds null"));
            return set(path, l);
        }

        /**
         * Any value by its path of keys ("applicant/credit/dishonestDebtor",
         * "platform/metrics/connectedDevices"): a String, Boolean, Integer or
         * Long, BigDecimal (an amount), LocalDate, or a List of them; null
         * removes it (unknown).
         * @param path keys joined by '/'
         * @param value the value
         * @return this builder
         */
        @SuppressWarnings("unchecked")
        public Builder set(String path, Object value) {
            Objects.requireNonNull(path, "path");
            String[] keys = path.split("/", -1);
            Map<String, Object> m = root;
            for (int i = 0; i < keys.length - 1; i++) {
                Object next = m.get(keys[i]);
                if (next == null && value == null)
                    return this;
                if (!(next instanceof Map)) {
                    if (next != null)
                        throw new IllegalArgumentException(path + ": " + keys[i] + " is not an object");
                    next = new LinkedHashMap<String, Object>();
                    m.put(check(keys[i], path), next);
                }
                m = (Map<String, Object>) next;
            }
            String last = check(keys[keys.length - 1], path);
            if (value == null)
                m.remove(last);
            else
                m.put(last, value(value));
            return this;
        }

        @SuppressWarnings("unchecked")
        private Builder add(String path, Map<String, Object> item) {
            String[] keys = path.split("/");
            Map<String, Object> m = root;
            for (int i = 0; i < keys.length - 1; i++)
                m = (Map<String, Object>) m.computeIfAbsent(keys[i], k -> new LinkedHashMap<String, Object>());
            ((List<Object>) m.computeIfAbsent(keys[keys.length - 1], k -> new ArrayList<Object>())).add(item);
            return this;
        }

        private Builder funding(String kind, String key, BigDecimal amount) {
            return item("funding", "kind", kind, key, Objects.requireNonNull(amount, "amount"));
        }

        /* Add to the list at path an object of the pairs key, value (each value as
         * value() writes it); a key ending in '?' is left out when its value is null. */
        private Builder item(String path, Object... pairs) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                String key = (String) pairs[i];
                boolean optional = key.endsWith("?");
                if (!optional || pairs[i + 1] != null)
                    m.put(optional ? key.substring(0, key.length() - 1) : key, value(pairs[i + 1]));
            }
            return add(path, m);
        }

        private static String check(String key, String path) {
            if (key.isEmpty())
                throw new IllegalArgumentException("path '" + path + "' has an empty key");
            return key;
        }

        private static Object value(Object v) {
            if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer
                || v instanceof Long)
                return v;
            if (v instanceof BigDecimal)
                return ((BigDecimal) v).toPlainString();
            if (v instanceof LocalDate)
                return v.toString();
            if (v instanceof List) {
                List<Object> out = new ArrayList<>();
                for (Object o : (List<?>) v)
                    out.add(value(Objects.requireNonNull(o, "list holds null")));
                return out;
            }
            if (v instanceof Object[])
                return value(Arrays.asList((Object[]) v));
            throw new IllegalArgumentException("a value must be a String, Boolean, Integer, Long, "
                + "BigDecimal, LocalDate or a List of them, not " + v.getClass().getName());
        }

        /**
         * The application.
         * @return the application (the builder may go on to build another)
         */
        public Application build() {
            StringBuilder b = new StringBuilder();
            write(b, root);
            return new Application(b.toString());
        }

        private static void write(StringBuilder b, Object v) {
            if (v instanceof Map) {
                b.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                    if (!first)
                        b.append(',');
                    first = false;
                    string(b, (String) e.getKey());
                    b.append(':');
                    write(b, e.getValue());
                }
                b.append('}');
            } else if (v instanceof List) {
                b.append('[');
                boolean first = true;
                for (Object o : (List<?>) v) {
                    if (!first)
                        b.append(',');
                    first = false;
                    write(b, o);
                }
                b.append(']');
            } else if (v instanceof String) {
                string(b, (String) v);
            } else {
                b.append(v);  // Boolean, Integer, Long
            }
        }

        private static void string(StringBuilder b, String s) {
            b.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (c < 0x20)
                        b.append(String.format("\\u%04x", (int) c));
                    else
                        b.append(c);
                }
            }
            b.append('"');
        }
    }
}
