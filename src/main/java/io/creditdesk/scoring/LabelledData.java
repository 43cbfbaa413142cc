package io.creditdesk.scoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A labelled table in columns: numeric columns as {@code double[]} (NaN = missing), categorical
 * columns as {@code String[]} (null = missing), and the outcome as {@code bad[row]}.
 */
public final class LabelledData {
    private final List<String> names;
    private final List<VariableType> types;
    private final double[][] numeric;
    private final String[][] categorical;
    private final boolean[] bad;

    public LabelledData(List<String> names, List<VariableType> types, double[][] numeric, String[][] categorical,
                        boolean[] bad) {
        if (names.size() != types.size() || numeric.length != names.size() || categorical.length != names.size()) {
            throw new IllegalArgumentException("column arrays do not match the names");
        }
        this.names = List.copyOf(names);
        this.types = List.copyOf(types);
        this.numeric = numeric;
        this.categorical = categorical;
        this.bad = bad;
        for (int j = 0; j < names.size(); j++) {
            Object col = types.get(j) == VariableType.NUMERIC ? numeric[j] : categorical[j];
            int len = col == null ? -1 : (col instanceof double[] d ? d.length : ((String[]) col).length);
            if (len != bad.length) {
                throw new IllegalArgumentException("column " + names.get(j) + " has " + len + " rows, expected " + bad.length);
            }
        }
    }

    /** Builder-style factory from row-wise values, for tests and small tables. */
    public static LabelledData ofColumns(List<String> names, List<VariableType> types, List<Object> columns, boolean[] bad) {
        double[][] num = new double[names.size()][];
        String[][] cat = new String[names.size()][];
        for (int j = 0; j < names.size(); j++) {
            if (types.get(j) == VariableType.NUMERIC) {
                num[j] = (double[]) columns.get(j);
            } else {
                cat[j] = (String[]) columns.get(j);
            }
        }
        return new LabelledData(names, types, num, cat, bad);
    }

    public int rows() {
        return bad.length;
    }

    public int columns() {
        return names.size();
    }

    public List<String> names() {
        return names;
    }

    public String name(int j) {
        return names.get(j);
    }

    public int indexOf(String name) {
        return names.indexOf(name);
    }

    public VariableType type(int j) {
        return types.get(j);
    }

    public double[] numeric(int j) {
        return numeric[j];
    }

    public String[] categorical(int j) {
        return categorical[j];
    }

    public boolean[] bad() {
        return bad;
    }

    public long bads() {
        long b = 0;
        for (boolean x : bad) {
            if (x) {
                b++;
            }
        }
        return b;
    }

    /** The rows listed, in that order. */
    public LabelledData subset(int[] rows) {
        double[][] num = new double[names.size()][];
        String[][] cat = new String[names.size()][];
        for (int j = 0; j < names.size(); j++) {
            if (types.get(j) == VariableType.NUMERIC) {
                double[] src = numeric[j];
                double[] dst = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    dst[i] = src[rows[i]];
                }
                num[j] = dst;
            } else {
                String[] src = categorical[j];
                String[] dst = new String[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    dst[i] = src[rows[i]];
                }
                cat[j] = dst;
            }
        }
        boolean[] b = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            b[i] = bad[rows[i]];
        }
        return new LabelledData(names, types, num, cat, b);
    }

    /** Only the listed columns. */
    public LabelledData select(List<String> keep) {
        List<String> n = new ArrayList<>();
        List<VariableType> t = new ArrayList<>();
        double[][] num = new double[keep.size()][];
        String[][] cat = new String[keep.size()][];
        for (String k : keep) {
            int j = indexOf(k);
            if (j < 0) {
                throw new IllegalArgumentException("no column " + k);
            }
            num[n.size()] = numeric[j];
            cat[n.size()] = categorical[j];
            n.add(k);
            t.add(types.get(j));
        }
        return new LabelledData(n, t, num, cat, bad);
    }

    /** SHA-256 over names, types, every value and the outcome: identifies the training data in an artefact. */
    public String sha256() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[8];
            for (int j = 0; j < names.size(); j++) {
                putString(md, names.get(j));
                putString(md, types.get(j).name());
                if (types.get(j) == VariableType.NUMERIC) {
                    for (double v : numeric[j]) {
                        putLong(md, buf, Double.doubleToLongBits(v));
                    }
                } else {
                    for (String s : categorical[j]) {
                        if (s == null) {
                            putLong(md, buf, -1L);
                        } else {
                            putString(md, s);
                        }
                    }
                }
            }
            for (boolean b : bad) {
                md.update((byte) (b ? 1 : 0));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }

    private static void putString(MessageDigest md, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        md.update((byte) (b.length >>> 24));
        md.update((byte) (b.length >>> 16));
        md.update((byte) (b.length >>> 8));
        md.update((byte) b.length);
        md.update(b);
    }

    private static void putLong(MessageDigest md, byte[] buf, long v) {
        for (int k = 0; k < 8; k++) {
            buf[k] = (byte) (v >>> (56 - 8 * k));
        }
        md.update(buf);
    }
}
