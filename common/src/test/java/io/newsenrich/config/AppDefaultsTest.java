package io.newsenrich.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class AppDefaultsTest {

    @Command(name = "probe")
    static final class Probe {
        @Option(names = "--bootstrap-server", defaultValue = "built-in:9092")
        String bootstrap;

        @Option(names = "--threads", defaultValue = "1")
        int threads;
    }

    private static Probe parse(Map<String, String> env, Properties file, String... args) {
        Probe probe = new Probe();
        CommandLine cli = new CommandLine(probe);
        cli.setDefaultValueProvider(new AppDefaults(env, file));
        cli.parseArgs(args);
        return probe;
    }

    private static Properties file(String key, String value) {
        Properties props = new Properties();
        props.setProperty(key, value);
        return props;
    }

    @Test
    void builtInDefaultWhenNothingElseIsSet() {
        assertThat(parse(Map.of(), new Properties()).bootstrap).isEqualTo("built-in:9092");
    }

    @Test
    void fileOverridesBuiltInDefault() {
        assertThat(parse(Map.of(), file("bootstrap-server", "file:9092")).bootstrap).isEqualTo("file:9092");
    }

    @Test
    void environmentOverridesFile() {
        assertThat(parse(Map.of("APP_BOOTSTRAP_SERVER", "env:9092"), file("bootstrap-server", "file:9092"))
                .bootstrap).isEqualTo("env:9092");
    }

    @Test
    void flagOverridesEnvironment() {
        assertThat(parse(Map.of("APP_BOOTSTRAP_SERVER", "env:9092"), new Properties(),
                "--bootstrap-server", "flag:9092").bootstrap).isEqualTo("flag:9092");
    }

    @Test
    void typedOptionsConvertFromTheEnvironment() {
        assertThat(parse(Map.of("APP_THREADS", "4"), new Properties()).threads).isEqualTo(4);
    }

    @Test
    void findsTheConfigFileArgumentInBothSpellings() {
        assertThat(AppDefaults.configFileArgument(new String[] {"run", "--config-file", "a.properties"}))
                .hasToString("a.properties");
        assertThat(AppDefaults.configFileArgument(new String[] {"--config-file=b.properties"}))
                .hasToString("b.properties");
    }
}
