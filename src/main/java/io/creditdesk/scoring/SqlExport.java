package io.creditdesk.scoring;

import java.util.List;

/**
 * The scorecard as one SQL query (a CASE expression per characteristic) over a table with one column per
 * characteristic. Standard syntax that H2 and PostgreSQL both run; gives the same points as {@link Scorecard}.
 */
public final class SqlExport {
    private SqlExport() {
    }

    public static String export(ScorecardModel m, String table) {
        StringBuilder sb = new StringBuilder();
        sb.append("-- Creditdesk scorecard '").append(m.name().replace("\n", " ")).append("', created ")
                .append(m.createdAt()).append("\n-- score = sum of the pts_* columns; ")
                .append("input: one row per applicant in ").append(table).append(" with these columns\n");
        sb.append("SELECT p.*,\n       ");
        List<CharacteristicModel> cs = m.characteristics();
        for (int j = 0; j < cs.size(); j++) {
            sb.append(j == 0 ? "" : " + ").append("p.").append(ident("pts_" + j));
        }
        sb.append(" AS score\nFROM (\n  SELECT t.*");
        for (int j = 0; j < cs.size(); j++) {
            sb.append(",\n    ").append(caseOf(cs.get(j))).append(" AS ").append(ident("pts_" + j));
        }
        sb.append("\n  FROM ").append(table).append(" t\n) p\n");
        return sb.toString();
    }

    static String caseOf(CharacteristicModel c) {
        String col = "t." + ident(c.name());
        int missing = 0;
        int other = 0;
        for (Bin b : c.bins()) {
            if (b.kind() == BinKind.MISSING) {
                missing = b.points();
            }
            if (b.kind() == BinKind.OTHER) {
                other = b.points();
            }
        }
        if (c.name().equals("(constant)")) {
            return Integer.toString(missing);
        }
        StringBuilder sb = new StringBuilder("CASE WHEN ").append(col).append(" IS NULL THEN ").append(missing);
        if (c.type() == VariableType.CATEGORICAL) {
            for (Bin b : c.bins()) {
                if (b.kind() == BinKind.CATEGORY) {
                    sb.append(" WHEN ").append(col).append(" IN (");
                    for (int k = 0; k < b.levels().size(); k++) {
                        sb.append(k == 0 ? "" : ", ").append('\'').append(b.levels().get(k).replace("'", "''")).append('\'');
                    }
                    sb.append(") THEN ").append(b.points());
                }
            }
            return sb.append(" ELSE ").append(other).append(" END").toString();
        }
        for (Double sv : c.specialValues()) {
            int pts = missing;
            for (Bin b : c.bins()) {
                if (b.kind() == BinKind.SPECIAL && b.special().equals(sv)) {
                    pts = b.points();
                }
            }
            sb.append(" WHEN ").append(col).append(" = ").append(Binner.num(sv)).append(" THEN ").append(pts);
        }
        int last = missing;
        for (Bin b : c.bins()) {
            if (b.kind() == BinKind.RANGE) {
                if (b.upper() != null) {
                    sb.append(" WHEN ").append(col).append(" <= ").append(Binner.num(b.upper())).append(" THEN ").append(b.points());
                } else {
                    last = b.points();
                }
            }
        }
        return sb.append(" ELSE ").append(last).append(" END").toString();
    }

    static String ident(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
