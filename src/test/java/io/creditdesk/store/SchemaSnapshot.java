package io.creditdesk.store;

import java.util.ArrayList;
import java.util.List;

/** Every column, constraint, index and index column of the database's tables, from INFORMATION_SCHEMA, as sorted text rows. */
public final class SchemaSnapshot {
    private SchemaSnapshot() {
    }

    public static List<String> of(Database db) {
        List<String> rows = new ArrayList<>();
        db.jdbi().useHandle(h -> {
            for (String sql : List.of(
                    "SELECT 'column', table_name, column_name, ordinal_position, data_type, character_maximum_length,"
                            + " numeric_precision, numeric_scale, is_nullable, column_default FROM information_schema.columns"
                            + " WHERE table_schema = 'PUBLIC'",
                    "SELECT 'constraint', table_name, constraint_name, constraint_type, index_name"
                            + " FROM information_schema.table_constraints WHERE table_schema = 'PUBLIC'",
                    "SELECT 'index', table_name, index_name, index_type_name, is_generated"
                            + " FROM information_schema.indexes WHERE table_schema = 'PUBLIC'",
                    "SELECT 'index column', table_name, index_name, column_name, ordinal_position, ordering_specification,"
                            + " null_ordering, is_unique FROM information_schema.index_columns WHERE table_schema = 'PUBLIC'")) {
                h.createQuery(sql).map((rs, ctx) -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        sb.append(rs.getString(i)).append('|');
                    }
                    return sb.toString();
                }).forEach(rows::add);
            }
        });
        rows.sort(null);
        return rows;
    }
}
