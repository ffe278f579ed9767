package io.newsenrich.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option defaults for every service command, in this precedence (later wins): the option's built-in default, the
 * properties file ({@code bootstrap-server=...}, keyed by the long option name without dashes), then the
 * environment ({@code APP_BOOTSTRAP_SERVER}). Flags on the command line win over all of them.
 */
public final class AppDefaults implements IDefaultValueProvider {

    private final Map<String, String> environment;
    private final Properties file;

    public AppDefaults(Map<String, String> environment, Properties file) {
        this.environment = Map.copyOf(environment);
        this.file = file;
    }

    /** Defaults from the process environment and the file named by {@code --config-file} in {@code args}, if any. */
    public static AppDefaults forArgs(String[] args) {
        return new AppDefaults(System.getenv(), ConfigFile.load(configFileArgument(args)));
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || !option.longestName().startsWith("--")) {
            return null;
        }
        String key = option.longestName().substring(2);
        String fromEnv = environment.get(environmentName(key));
        if (fromEnv != null) {
            return fromEnv;
        }
        return file.getProperty(key);
    }

    /** {@code bootstrap-server -> APP_BOOTSTRAP_SERVER}. */
    public static String environmentName(String longOptionName) {
        return "APP_" + longOptionName.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    static Path configFileArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config-file") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--config-file=")) {
                return Path.of(args[i].substring("--config-file=".length()));
            }
        }
        String fromEnv = System.getenv(environmentName("config-file"));
        return fromEnv == null ? null : Path.of(fromEnv);
    }
}
