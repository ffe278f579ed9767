package io.newsenrich.cli;

import io.newsenrich.config.AppDefaults;
import picocli.CommandLine;

/** Runs a service's picocli command with the project's defaults provider (APP_* environment, config file). */
public final class Cli {

    private Cli() {
    }

    public static int execute(Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setDefaultValueProvider(AppDefaults.forArgs(args));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli.execute(args);
    }
}
