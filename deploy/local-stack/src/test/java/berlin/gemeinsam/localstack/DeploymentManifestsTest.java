package berlin.gemeinsam.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment manifests as a cluster would get them: each overlay of {@code deploy/kubernetes} rendered with
 * {@code kubectl kustomize} (where kubectl is installed; elsewhere the base's and the overlay's files are read as they
 * are, with the placeholder unit {@code unit}), and {@code deploy/compose/compose.yaml} read as YAML (no Docker here).
 */
class DeploymentManifestsTest {

    private static final Path DEPLOY = Path.of(System.getProperty("gemeinsam.repository.root", "../.."), "deploy");
    private static final List<String> UNIT_SERVICES = List.of("ideas-service", "measures-service",
            "participation-service", "notification-service");

    @Test
    void everyDeploymentIsProbedOnTheActuatorGroupsAndLimited() {
        for (String overlay : List.of("mitte", "central")) {
            List<Map<String, Object>> deployments = ofKind(render(overlay).resources(), "Deployment");
            assertThat(deployments).as(overlay).isNotEmpty();
            for (Map<String, Object> deployment : deployments) {
                Map<String, Object> pod = map(map(map(deployment, "spec"), "template"), "spec");
                assertThat(map(pod, "securityContext")).as(name(deployment)).containsEntry("runAsNonRoot", true);
                for (Map<String, Object> container : list(pod, "containers")) {
                    String what = overlay + "/" + name(deployment) + "/" + container.get("name");
                    assertThat(probePath(container, "readinessProbe")).as(what).isEqualTo("/actuator/health/readiness");
                    assertThat(probePath(container, "livenessProbe")).as(what).isEqualTo("/actuator/health/liveness");
                    Map<String, Object> resources = map(container, "resources");
                    assertThat(map(resources, "limits")).as(what).containsKeys("cpu", "memory");
                    assertThat(map(resources, "requests")).as(what).containsKeys("cpu", "memory");
                    assertThat(map(container, "securityContext")).as(what)
                            .containsEntry("allowPrivilegeEscalation", false)
                            .containsEntry("readOnlyRootFilesystem", true);
                }
            }
        }
    }

    @Test
    void aDistrictRunsItsFourServicesEachWithABudgetTheirTopicsAndUsers() {
        Rendered mitte = render("mitte");

        List<Map<String, Object>> deployments = ofKind(mitte.resources(), "Deployment");
        assertThat(deployments).extracting(DeploymentManifestsTest::name)
                .containsExactlyInAnyOrderElementsOf(UNIT_SERVICES);
        assertThat(ofKind(mitte.resources(), "PodDisruptionBudget")).extracting(DeploymentManifestsTest::name)
                .containsExactlyInAnyOrderElementsOf(UNIT_SERVICES);
        Map<String, Object> config = ofKind(mitte.resources(), "ConfigMap").get(0);
        assertThat(map(config, "data")).containsEntry("GEMEINSAM_UNIT", mitte.unit());
        assertThat(deployments).allSatisfy(deployment -> assertThat(map(deployment, "metadata"))
                .containsEntry("namespace", "gemeinsam-" + mitte.unit()));

        Set<String> topics = ofKind(mitte.resources(), "KafkaTopic").stream()
                .map(topic -> (String) map(topic, "spec").get("topicName")).collect(Collectors.toSet());
        Set<String> expected = new HashSet<>();
        for (String stream : List.of("ideas", "measures", "participation")) {
            expected.add("gemeinsam." + mitte.unit() + "." + stream);
        }
        UNIT_SERVICES.forEach(service -> expected.add("gemeinsam." + mitte.unit() + "." + service + ".dlq"));
        assertThat(topics).isEqualTo(expected);

        List<Map<String, Object>> users = ofKind(mitte.resources(), "KafkaUser");
        assertThat(users).extracting(DeploymentManifestsTest::name)
                .containsExactlyInAnyOrderElementsOf(UNIT_SERVICES.stream().map(s -> mitte.unit() + "." + s).toList());
        for (Map<String, Object> user : users) {
            UnitAcls plan = UnitAcls.of(mitte.unit(), name(user).substring(mitte.unit().length() + 1));
            assertThat(bindings(user, plan.principal())).as(name(user))
                    .containsExactlyInAnyOrderElementsOf(plan.bindings());
        }
    }

    @Test
    void theCentralOfficeRunsItsReadOnlyViewsAndTheStreamMonitor() {
        Rendered central = render("central");
        assumeTrue(central.rendered(), "the central overlay deletes and adds resources: only kubectl kustomize shows them");
        assertThat(ofKind(central.resources(), "Deployment")).extracting(DeploymentManifestsTest::name)
                .containsExactlyInAnyOrder("ideas-service", "measures-service", "stream-monitor");
        assertThat(ofKind(central.resources(), "KafkaUser")).extracting(DeploymentManifestsTest::name)
                .containsExactlyInAnyOrder("central.ideas-service", "central.measures-service",
                        "central.stream-monitor");
        assertThat(ofKind(central.resources(), "KafkaTopic")).extracting(DeploymentManifestsTest::name)
                .allMatch(topic -> topic.startsWith("gemeinsam.central."))
                .noneMatch(topic -> topic.contains("participation") || topic.contains("notification"));
    }

    @Test
    void theComposeStackHasEveryPartWithAHealthCheckAndNamedVolumes() {
        Map<String, Object> compose = yaml(DEPLOY.resolve("compose/compose.yaml")).get(0);
        Map<String, Object> services = map(compose, "services");
        assertThat(services).containsKeys("kafka", "mongo", "keycloak", "prometheus", "grafana", "stream-monitor");
        assertThat(services).containsKeys(UNIT_SERVICES.toArray(String[]::new));
        Set<String> declaredVolumes = map(compose, "volumes").keySet();
        services.forEach((name, definition) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> service = (Map<String, Object>) definition;
            assertThat(map(service, "healthcheck")).as(name).containsKey("test");
            List<?> volumes = (List<?>) service.getOrDefault("volumes", List.of());
            volumes.stream().map(String::valueOf).map(volume -> volume.split(":")[0])
                    .filter(source -> !source.startsWith(".") && !source.startsWith("/"))
                    .forEach(source -> assertThat(declaredVolumes).as(name).contains(source));
        });
        for (String stateful : List.of("kafka", "mongo", "keycloak", "prometheus", "grafana")) {
            assertThat(((List<?>) map(services, stateful).get("volumes")).stream().map(String::valueOf))
                    .as(stateful).anyMatch(volume -> declaredVolumes.contains(volume.split(":")[0]));
        }
        UNIT_SERVICES.forEach(service -> assertThat(String.valueOf(map(map(services, service), "healthcheck")
                .get("test"))).contains("berlin.gemeinsam.platform.health.HealthCheck", "/actuator/health/readiness"));
    }

    /** The overlay's resources, rendered by kubectl where it is installed. */
    private static Rendered render(String overlay) {
        Path directory = DEPLOY.resolve("kubernetes/overlays").resolve(overlay);
        if (kubectlInstalled()) {
            return new Rendered(run("kubectl", "kustomize", directory.toString()), overlay, true);
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(DEPLOY.resolve("kubernetes/base")), Files.list(directory))) {
            files.filter(file -> file.toString().endsWith(".yaml"))
                    .filter(file -> !file.getFileName().toString().equals("kustomization.yaml"))
                    .sorted().forEach(file -> resources.addAll(yaml(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        resources.add(Map.of("kind", "ConfigMap", "metadata", Map.of("name", "gemeinsam-config"),
                "data", Map.of("GEMEINSAM_UNIT", "unit")));
        return new Rendered(resources, "unit", false);
    }

    private static boolean kubectlInstalled() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, "kubectl")));
    }

    private static List<Map<String, Object>> run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
            return parse(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, Object>> yaml(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parse(String documents) {
        List<Map<String, Object>> parsed = new ArrayList<>();
        for (Object document : new Yaml().loadAll(documents)) {
            if (document != null) {
                parsed.add((Map<String, Object>) document);
            }
        }
        return parsed;
    }

    /** A Strimzi KafkaUser's ACLs as the Kafka bindings they become. */
    private static Set<AclBinding> bindings(Map<String, Object> user, String principal) {
        Set<AclBinding> bindings = new HashSet<>();
        for (Map<String, Object> acl : list(map(map(user, "spec"), "authorization"), "acls")) {
            Map<String, Object> resource = map(acl, "resource");
            ResourceType type = ResourceType.valueOf(((String) resource.get("type")).toUpperCase(Locale.ROOT));
            ResourcePattern pattern = type == ResourceType.CLUSTER
                    ? new ResourcePattern(type, "kafka-cluster", PatternType.LITERAL)
                    : new ResourcePattern(type, (String) resource.get("name"),
                            "prefix".equals(resource.get("patternType")) ? PatternType.PREFIXED : PatternType.LITERAL);
            for (Object operation : (List<?>) acl.get("operations")) {
                bindings.add(new AclBinding(pattern, new AccessControlEntry(principal, "*",
                        operation((String) operation), AclPermissionType.ALLOW)));
            }
        }
        return bindings;
    }

    private static AclOperation operation(String strimziName) {
        return Arrays.stream(AclOperation.values())
                .filter(operation -> operation != AclOperation.ANY && operation != AclOperation.UNKNOWN)
                .filter(operation -> UnitAcls.commandName(operation).equals(strimziName))
                .findFirst().orElseThrow(() -> new AssertionError("unknown operation " + strimziName));
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return (String) map(map(container, probe), "httpGet").get("path");
    }

    private static List<Map<String, Object>> ofKind(List<Map<String, Object>> resources, String kind) {
        return resources.stream().filter(resource -> kind.equals(resource.get("kind"))).toList();
    }

    private static String name(Map<String, Object> resource) {
        return (String) map(resource, "metadata").get("name");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(List.class);
        return (List<Map<String, Object>>) value;
    }

    /** An overlay's resources and the unit they are for ({@code unit} where they could not be rendered). */
    private record Rendered(List<Map<String, Object>> resources, String unit, boolean rendered) {
    }
}
