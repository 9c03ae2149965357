package berlin.gemeinsam.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.apache.kafka.common.resource.ResourceType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka ACLs of one service instance of one unit, principal {@code User:<unit>.<service>}:
 * <ul>
 *     <li>WRITE, DESCRIBE, CREATE on topics with the prefix {@code gemeinsam.<unit>.}: the unit's own streams and
 *     its dead-letter topics, created by each instance at start-up;</li>
 *     <li>READ, DESCRIBE on topics with the prefix {@code gemeinsam.}: consumers subscribe by pattern to every
 *     unit's stream, and the central office reads everything;</li>
 *     <li>READ on consumer groups with the prefix {@code <unit>.}: the groups are {@code <unit>.<service>};</li>
 *     <li>IDEMPOTENT_WRITE on the cluster: older brokers require it for idempotent producers ({@code acks=all}
 *     with idempotence), newer ones ignore it.</li>
 * </ul>
 * The prefixes end with a dot, so unit {@code sen-fin} gets nothing of a unit {@code sen-fin-x}. The same plan
 * produces the {@code kafka-acls.sh} commands for production ({@link #commands}) and applies itself with an admin
 * client ({@link #apply}).
 *
 * <p>{@link #main} prints the commands, or applies them (and optionally the user's SCRAM credential) with the
 * admin settings of a Kafka client properties file. Settings (argument / environment variable):
 * {@code --unit} / {@code ACLS_UNIT}, {@code --service} / {@code ACLS_SERVICE}, {@code --mode=print|apply} /
 * {@code ACLS_MODE} (default print), {@code --bootstrap-servers} / {@code ACLS_BOOTSTRAP_SERVERS},
 * {@code --command-config} / {@code ACLS_COMMAND_CONFIG} (default {@code admin.properties}),
 * {@code --user-password} / {@code ACLS_USER_PASSWORD} (apply only; better given as environment variable).
 */
public final class UnitAcls {

    /** Every topic of the suite starts with this. */
    public static final String TOPIC_PREFIX = "gemeinsam.";

    static final Set<String> OPTION_NAMES = Set.of("unit", "service", "mode", "bootstrap-servers", "command-config",
            "user-password");

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Duration PROPAGATION_TIMEOUT = Duration.ofSeconds(15);
    private static final Logger log = LoggerFactory.getLogger(UnitAcls.class);
    /** The commands go to a logger of their own that prints bare lines (see logback.xml), ready to copy. */
    private static final Logger commandOutput = LoggerFactory.getLogger(UnitAcls.class.getName() + ".commands");

    private final String unit;
    private final String service;

    private UnitAcls(String unit, String service) {
        this.unit = unit;
        this.service = service;
    }

    /**
     * The plan for {@code service} of {@code unit}.
     *
     * @throws IllegalArgumentException unless both are lower-case words joined by single dashes, as unit ids and
     *                                  service names are
     */
    public static UnitAcls of(String unit, String service) {
        return new UnitAcls(checkedName("unit", unit), checkedName("service", service));
    }

    public String unit() {
        return unit;
    }

    public String service() {
        return service;
    }

    /** The SCRAM user name, {@code <unit>.<service>}. */
    public String userName() {
        return unit + "." + service;
    }

    /** The principal the ACLs name, {@code User:<unit>.<service>}. */
    public String principal() {
        return "User:" + userName();
    }

    /** {@code gemeinsam.<unit>.}: the unit's streams and dead-letter topics. */
    public String ownTopicPrefix() {
        return TOPIC_PREFIX + unit + ".";
    }

    /** {@code <unit>.}: the unit's consumer groups. */
    public String groupPrefix() {
        return unit + ".";
    }

    /** The ACL bindings, all ALLOW from any host. */
    public List<AclBinding> bindings() {
        List<AclBinding> bindings = new ArrayList<>();
        ResourcePattern ownTopics = new ResourcePattern(ResourceType.TOPIC, ownTopicPrefix(), PatternType.PREFIXED);
        ResourcePattern allTopics = new ResourcePattern(ResourceType.TOPIC, TOPIC_PREFIX, PatternType.PREFIXED);
        ResourcePattern groups = new ResourcePattern(ResourceType.GROUP, groupPrefix(), PatternType.PREFIXED);
        ResourcePattern cluster = new ResourcePattern(ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL);
        for (AclOperation operation : List.of(AclOperation.WRITE, AclOperation.DESCRIBE, AclOperation.CREATE)) {
            bindings.add(allow(ownTopics, operation));
        }
        for (AclOperation operation : List.of(AclOperation.READ, AclOperation.DESCRIBE)) {
            bindings.add(allow(allTopics, operation));
        }
        bindings.add(allow(groups, AclOperation.READ));
        bindings.add(allow(cluster, AclOperation.IDEMPOTENT_WRITE));
        return List.copyOf(bindings);
    }

    private AclBinding allow(ResourcePattern pattern, AclOperation operation) {
        return new AclBinding(pattern, new AccessControlEntry(principal(), "*", operation, AclPermissionType.ALLOW));
    }

    /**
     * Creates the ACLs through {@code admin} (which must be allowed to alter the cluster's ACLs, a super user)
     * and returns once the broker answering {@code describeAcls} enforces all of them. Creating an existing ACL
     * again changes nothing.
     *
     * @throws IllegalStateException if creating fails or the ACLs are not in force within 15 s
     */
    public void apply(Admin admin) {
        List<AclBinding> bindings = bindings();
        try {
            admin.createAcls(bindings).all().get(30, TimeUnit.SECONDS);
            AclBindingFilter ofPrincipal = new AclBindingFilter(ResourcePatternFilter.ANY,
                    new AccessControlEntryFilter(principal(), null, AclOperation.ANY, AclPermissionType.ANY));
            long deadline = System.nanoTime() + PROPAGATION_TIMEOUT.toNanos();
            // the controller commits the ACLs; each broker's authorizer applies them from the metadata log after
            while (!new HashSet<>(admin.describeAcls(ofPrincipal).values().get(30, TimeUnit.SECONDS)).containsAll(bindings)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The ACLs of " + principal() + " are not in force after "
                            + PROPAGATION_TIMEOUT.toSeconds() + " s");
                }
                Thread.sleep(100);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Creating the ACLs of " + principal() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating the ACLs of " + principal(), e);
        }
        log.info("{} ACLs in force for {}", bindings.size(), principal());
    }

    /**
     * The shell commands that create the user's SCRAM-SHA-512 credential ({@code kafka-configs.sh}, the password
     * taken from the environment variable {@link #passwordVariable()}) and its ACLs ({@code kafka-acls.sh}).
     *
     * @param bootstrapServers the brokers, or a shell expression such as {@code "$KAFKA_BOOTSTRAP_SERVERS"}
     * @param commandConfig    the admin's client properties file (SASL_SSL, super user's credentials)
     */
    public List<String> commands(String bootstrapServers, String commandConfig) {
        String connection = "--bootstrap-server " + bootstrapServers + " --command-config " + commandConfig;
        List<String> commands = new ArrayList<>();
        commands.add("kafka-configs.sh " + connection + " --alter --entity-type users --entity-name " + userName()
                + " --add-config \"" + LocalKafkaBroker.SASL_MECHANISM + "=[iterations="
                + LocalKafkaBroker.SCRAM_ITERATIONS + ",password=${" + passwordVariable() + "}]\"");
        Map<ResourcePattern, List<AclOperation>> operationsByResource = new LinkedHashMap<>();
        for (AclBinding binding : bindings()) {
            operationsByResource.computeIfAbsent(binding.pattern(), pattern -> new ArrayList<>())
                    .add(binding.entry().operation());
        }
        operationsByResource.forEach((pattern, operations) -> commands.add("kafka-acls.sh " + connection
                + " --add --allow-principal " + principal()
                + operations.stream().map(operation -> " --operation " + commandName(operation)).collect(Collectors.joining())
                + resourceOption(pattern)));
        return List.copyOf(commands);
    }

    /** The environment variable the printed commands read the user's password from, e.g. {@code PANKOW_IDEAS_SERVICE_KAFKA_PASSWORD}. */
    public String passwordVariable() {
        return (unit + "_" + service + "_kafka_password").replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private static String resourceOption(ResourcePattern pattern) {
        return switch (pattern.resourceType()) {
            case TOPIC -> " --topic " + pattern.name() + " --resource-pattern-type prefixed";
            case GROUP -> " --group " + pattern.name() + " --resource-pattern-type prefixed";
            case CLUSTER -> " --cluster";
            default -> throw new IllegalStateException("No kafka-acls.sh option for " + pattern);
        };
    }

    /** {@code IDEMPOTENT_WRITE} becomes {@code IdempotentWrite}, the spelling of {@code kafka-acls.sh}. */
    static String commandName(AclOperation operation) {
        StringBuilder name = new StringBuilder();
        for (String word : operation.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

    private static String checkedName(String what, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a " + what + " name (lower-case words joined by dashes): " + name);
        }
        return name;
    }

    @Override
    public String toString() {
        return "UnitAcls[" + principal() + "]";
    }

    /** Prints or applies the plan of one unit's service (see class comment). */
    public static void main(String[] args) {
        try {
            run(LauncherOptions.parse("acls", OPTION_NAMES, args));
        } catch (IllegalArgumentException e) {
            // a wrong argument: the message says which, a stack trace would only hide it
            log.error("{}", e.getMessage());
            Launchers.exit(2);
        } catch (RuntimeException e) {
            log.error("{}", e.getMessage(), e);
            Launchers.exit(1);
        }
    }

    static void run(LauncherOptions options) {
        UnitAcls acls = of(options.string("unit", null), options.string("service", null));
        String commandConfig = options.string("command-config", "admin.properties");
        String mode = options.string("mode", "print");
        switch (mode) {
            case "print" -> acls.commands(options.string("bootstrap-servers", "\"$KAFKA_BOOTSTRAP_SERVERS\""), commandConfig)
                    .forEach(commandOutput::info);
            case "apply" -> {
                Properties properties = loadProperties(Path.of(commandConfig));
                String bootstrapServers = options.string("bootstrap-servers", null);
                if (bootstrapServers != null) {
                    properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
                }
                String password = options.string("user-password", null);
                try (Admin admin = Admin.create(properties)) {
                    if (password != null) {
                        LocalKafkaBroker.upsertScramUser(admin, acls.userName(), password);
                        log.info("SCRAM credential of {} set", acls.userName());
                    }
                    acls.apply(admin);
                }
            }
            default -> throw new IllegalArgumentException("Unknown --mode " + mode + "; known: print, apply");
        }
    }

    private static Properties loadProperties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the admin client properties " + file.toAbsolutePath(), e);
        }
        return properties;
    }
}
