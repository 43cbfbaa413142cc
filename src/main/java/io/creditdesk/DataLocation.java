package io.creditdesk;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the local database lives: --db, then CREDITDESK_DB, then the per-user data directory. */
public final class DataLocation {
    public static final String ENV_DB = "CREDITDESK_DB";

    private DataLocation() {
    }

    /** The H2 file path without its {@code .mv.db} suffix. */
    public static Path resolve(String dbOption, Map<String, String> env, String osName, String userHome) {
        if (dbOption != null && !dbOption.isBlank()) {
            return stripSuffix(Path.of(dbOption));
        }
        String fromEnv = env.get(ENV_DB);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return stripSuffix(Path.of(fromEnv));
        }
        return userDataDirectory(env, osName, userHome).resolve("creditdesk");
    }

    public static Path userDataDirectory(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", userHome + "\\AppData\\Roaming");
            return Path.of(appData, "Creditdesk");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Creditdesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("creditdesk");
    }

    public static Path resolve(String dbOption) {
        return resolve(dbOption, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    private static Path stripSuffix(Path p) {
        String s = p.toAbsolutePath().normalize().toString();
        if (s.endsWith(".mv.db")) {
            s = s.substring(0, s.length() - ".mv.db".length());
        }
        return Path.of(s);
    }
}
