package io.creditdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** SQL longer than a line lives in a {@code .sql} resource beside the store classes. */
final class SqlResource {
    private SqlResource() {
    }

    static String load(String name) {
        try (InputStream in = SqlResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing SQL resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read SQL resource " + name, e);
        }
    }
}
