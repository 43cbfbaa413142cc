package io.creditdesk.decision;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.creditdesk.money.Money;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The canonical JSON of journal entries: object keys sorted (by UTF-16 code units, as RFC 8785),
 * no whitespace, UTF-8, decimals written plain and exactly as given (no floating point for
 * BigDecimal; {@link Money} becomes {@code {"amount":"50000.00","currency":"CNY"}}), dates and times
 * in ISO-8601, enums by name, records by component name. Non-finite doubles become strings.
 */
public final class CanonicalJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private CanonicalJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(normalize(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write canonical JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The value as a tree of sorted maps, lists, strings, numbers, booleans and nulls. */
    static Object normalize(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof BigDecimal
                || v instanceof BigInteger || v instanceof Integer || v instanceof Long || v instanceof Short
                || v instanceof Byte) {
            return v;
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? v : Double.toString(d);
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (v instanceof Money m) {
            Map<String, Object> money = new TreeMap<>();
            money.put("amount", m.amount().toPlainString());
            money.put("currency", m.currencyCode());
            return money;
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof CharSequence || v instanceof Character || v instanceof TemporalAccessor
                || v instanceof java.time.Duration || v instanceof java.time.Period) {
            return v.toString();
        }
        if (v instanceof Optional<?> o) {
            return normalize(o.orElse(null));
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sorted.put(String.valueOf(e.getKey()), normalize(e.getValue()));
            }
            return sorted;
        }
        if (v instanceof Collection<?> c) {
            List<Object> list = new ArrayList<>(c.size());
            for (Object o : c) {
                list.add(normalize(o));
            }
            return list;
        }
        if (v instanceof Object[] arr) {
            return normalize(List.of(arr));
        }
        if (v instanceof double[] arr) {
            List<Object> list = new ArrayList<>(arr.length);
            for (double d : arr) {
                list.add(normalize(d));
            }
            return list;
        }
        if (v instanceof int[] arr) {
            List<Object> list = new ArrayList<>(arr.length);
            for (int i : arr) {
                list.add(i);
            }
            return list;
        }
        if (v instanceof Record r) {
            Map<String, Object> sorted = new TreeMap<>();
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                try {
                    sorted.put(rc.getName(), normalize(rc.getAccessor().invoke(r)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalArgumentException("Cannot read " + rc.getName() + " of " + r.getClass(), e);
                }
            }
            return sorted;
        }
        throw new IllegalArgumentException("No canonical JSON for " + v.getClass().getName());
    }
}
