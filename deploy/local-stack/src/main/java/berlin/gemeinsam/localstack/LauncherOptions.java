package berlin.gemeinsam.localstack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads the settings of a launcher. For a setting named {@code port} of the launcher with prefix {@code kafka}
 * the value is looked up, first match wins:
 * <ol>
 *     <li>the command-line argument {@code --port=VALUE} (or {@code --port VALUE}),</li>
 *     <li>the system property {@code localstack.kafka.port},</li>
 *     <li>the environment variable {@code KAFKA_PORT},</li>
 *     <li>the default.</li>
 * </ol>
 * Dashes in a name become underscores in the environment variable ({@code data-dir} becomes {@code KAFKA_DATA_DIR}).
 */
final class LauncherOptions {

    private final String prefix;
    private final Map<String, String> arguments;
    private final UnaryOperator<String> systemProperties;
    private final UnaryOperator<String> environment;

    private LauncherOptions(String prefix, Map<String, String> arguments,
                            UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
        this.prefix = prefix;
        this.arguments = arguments;
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    /**
     * Parses {@code args}, accepting only the given setting names.
     *
     * @throws IllegalArgumentException on an unknown or malformed argument
     */
    static LauncherOptions parse(String prefix, Set<String> names, String... args) {
        return parse(prefix, names, System::getProperty, System::getenv, args);
    }

    static LauncherOptions parse(String prefix, Set<String> names, UnaryOperator<String> systemProperties,
                                 UnaryOperator<String> environment, String... args) {
        Map<String, String> arguments = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "', expected --name=value; names: " + names);
            }
            String name;
            String value;
            int equals = arg.indexOf('=');
            if (equals >= 0) {
                name = arg.substring(2, equals);
                value = arg.substring(equals + 1);
            } else {
                name = arg.substring(2);
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Missing value for --" + name);
                }
                value = args[++i];
            }
            if (!names.contains(name)) {
                throw new IllegalArgumentException("Unknown option --" + name + "; known: " + names);
            }
            arguments.put(name, value);
        }
        return new LauncherOptions(prefix, arguments, systemProperties, environment);
    }

    String string(String name, String defaultValue) {
        String value = arguments.get(name);
        if (isBlank(value)) {
            value = systemProperties.apply("localstack." + prefix + "." + name);
        }
        if (isBlank(value)) {
            value = environment.apply(environmentName(name));
        }
        return isBlank(value) ? defaultValue : value.trim();
    }

    int port(String name, int defaultValue) {
        String value = string(name, Integer.toString(defaultValue));
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("Port " + name + " out of range: " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Port " + name + " is not a number: " + value, e);
        }
    }

    int positive(String name, int defaultValue) {
        String value = string(name, Integer.toString(defaultValue));
        try {
            int number = Integer.parseInt(value);
            if (number < 1) {
                throw new IllegalArgumentException("Setting " + name + " must be positive: " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Setting " + name + " is not a number: " + value, e);
        }
    }

    Path path(String name, String defaultValue) {
        return Path.of(string(name, defaultValue)).toAbsolutePath().normalize();
    }

    String environmentName(String name) {
        return (prefix + "_" + name).replace('-', '_').replace('.', '_').toUpperCase(Locale.ROOT);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
