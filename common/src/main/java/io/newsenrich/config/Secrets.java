package io.newsenrich.config;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Masks values whose keys name a secret, so that effective configuration can be logged. */
public final class Secrets {

    static final String MASK = "[hidden]";

    private Secrets() {
    }

    public static boolean isSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("password") || k.contains("secret") || k.contains("jaas") || k.contains("token")
                || k.contains("credential") || k.endsWith(".key");
    }

    /** A sorted copy with every secret value replaced. */
    public static Map<String, String> masked(Map<?, ?> config) {
        Map<String, String> out = new TreeMap<>();
        config.forEach((k, v) -> out.put(String.valueOf(k), isSecret(String.valueOf(k)) ? MASK : String.valueOf(v)));
        return out;
    }
}
