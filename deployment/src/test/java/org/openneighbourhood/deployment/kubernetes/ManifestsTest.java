package org.openneighbourhood.deployment.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every manifest of deployment/kubernetes is a valid object of its kind (Kubernetes' own kinds
 * through the fabric8 model, the operators' through their CRDs' schemas, unknown fields refused),
 * and the manifests fit together. Nothing is downloaded and no cluster is needed; the broken
 * manifests under src/test/resources/kubernetes/broken prove that each kind of check can fail.
 */
class ManifestsTest {

  private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
  private static final Path MANIFESTS = MODULE.resolve("kubernetes");
  private static final Path TEST_RESOURCES = MODULE.resolve("src/test/resources/kubernetes");
  private static final Path REALM_FILE =
      MODULE.resolve("../identity/src/main/resources/keycloak/neighbourhood-realm.json");
  private static final String REALM_IMPORT = "keycloak-realm-import.yaml";
  private static final String EXAMPLE_SECRETS = "secrets.example.yaml";
  private static final Pattern BROKEN_EXPECTATION = Pattern.compile("# fails with: (.+)");

  private static final KubernetesSchemas SCHEMAS =
      KubernetesSchemas.withCrds(TEST_RESOURCES.resolve("crds"));

  @Test
  void kustomizationAppliesEveryManifestButTheExampleSecrets() throws IOException {
    Set<String> listed = new TreeSet<>(resources());
    Set<String> files = new TreeSet<>();
    try (Stream<Path> all = Files.list(MANIFESTS)) {
      all.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".yaml"))
          .filter(name -> !name.equals("kustomization.yaml") && !name.equals(EXAMPLE_SECRETS))
          .forEach(files::add);
    }
    assertEquals(files, listed);
    String image =
        applied().stream()
            .filter(manifest -> manifest.is("Deployment", CrossReferences.APP))
            .findFirst()
            .orElseThrow()
            .spec()
            .at("/template/spec/containers/0/image")
            .asText();
    assertEquals(
        image.substring(0, image.lastIndexOf(':')),
        kustomization().at("/images/0/name").asText(),
        "kustomization.yaml's images entry must name the Deployment's image");
  }

  @Test
  void everyManifestIsAValidObjectOfItsKind() {
    List<String> problems = new ArrayList<>();
    List<Manifest> all = new ArrayList<>(applied());
    all.addAll(exampleSecrets());
    all.forEach(manifest -> problems.addAll(SCHEMAS.problems(manifest)));
    assertEquals(List.of(), problems);
    assertTrue(all.size() >= 15, "read only " + all.size() + " manifests");
  }

  @Test
  void manifestsFitTogetherAndRunTheAppAsDeploymentReadmeSays() {
    assertEquals(List.of(), crossReferences(applied()).problems());
  }

  @Test
  void everyVariableOfTheConfigurationTableIsKnown() {
    Set<String> variables = configurationTable();
    assertTrue(
        variables.containsAll(Set.of("DB_URL", "DB_PASSWORD", "PORTAL_OIDC_CLIENT_SECRET")),
        "deployment/README.md's table was not read: " + variables);
  }

  /**
   * The realm import carries identity's realm file unchanged. Run with {@code
   * -Dkubernetes.write-realm-import=true} to write it again after the realm file changed.
   */
  @Test
  void realmImportCarriesIdentitysRealmFile() throws IOException {
    Path file = MANIFESTS.resolve(REALM_IMPORT);
    if (Boolean.getBoolean("kubernetes.write-realm-import")) {
      Files.writeString(file, realmImport(Manifest.read(file).get(0), realm()));
    }
    assertEquals(
        realm(),
        Manifest.read(file).get(0).spec().path("realm"),
        REALM_IMPORT
            + " differs from identity's realm file: regenerate it"
            + " (deployment/kubernetes/README.md)");
  }

  @Test
  void aRealmImportThatDiffersFromTheRealmFileFails() {
    List<Manifest> edited = new ArrayList<>();
    for (Manifest manifest : applied()) {
      if (manifest.kind().equals("KeycloakRealmImport")) {
        ObjectNode json = manifest.json().deepCopy();
        ((ObjectNode) json.at("/spec/realm")).put("registrationAllowed", true);
        manifest = new Manifest(manifest.file(), json);
      }
      edited.add(manifest);
    }
    assertTrue(
        crossReferences(edited).problems().stream()
            .anyMatch(problem -> problem.contains("differs from identity's realm file")));
  }

  static Stream<Path> brokenManifests() throws IOException {
    return Files.list(TEST_RESOURCES.resolve("broken")).sorted();
  }

  /** Each broken manifest replaces its namesake among the real ones and must be refused. */
  @ParameterizedTest
  @MethodSource("brokenManifests")
  void aBrokenManifestFails(Path broken) throws IOException {
    Matcher expectation = BROKEN_EXPECTATION.matcher(Files.readString(broken));
    assertTrue(expectation.find(), broken + " must say '# fails with: <part of the problem>'");
    List<Manifest> replacements = Manifest.read(broken);
    List<Manifest> manifests = new ArrayList<>();
    for (Manifest manifest : applied()) {
      boolean replaced =
          replacements.stream().anyMatch(r -> r.is(manifest.kind(), manifest.name()));
      if (!replaced) {
        manifests.add(manifest);
      }
    }
    manifests.addAll(replacements);
    List<String> problems = new ArrayList<>();
    manifests.forEach(manifest -> problems.addAll(SCHEMAS.problems(manifest)));
    problems.addAll(crossReferences(manifests).problems());
    String expected = expectation.group(1).strip();
    assertFalse(problems.isEmpty(), broken + " was accepted");
    assertTrue(
        problems.stream().anyMatch(problem -> problem.contains(expected)),
        broken + " failed, but not with '" + expected + "': " + problems);
  }

  /**
   * Production's Keycloak is the release the build tests against, carrying the realm's theme and
   * identity's provider, and the operator runs that image.
   */
  @Test
  void keycloakImageIsTheTestedReleaseWithTheRealmsThemeAndProvider() throws IOException {
    Matcher version =
        Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>")
            .matcher(Files.readString(MODULE.resolve("../pom.xml")));
    assertTrue(version.find(), "the root pom names Keycloak's version");
    String dockerfile = Files.readString(MANIFESTS.resolve("Dockerfile.keycloak"));
    assertTrue(
        dockerfile.contains("FROM quay.io/keycloak/keycloak:" + version.group(1) + "\n"),
        "Dockerfile.keycloak builds on Keycloak " + version.group(1));
    assertTrue(
        dockerfile.contains(
            "COPY identity/src/main/resources/keycloak/themes/ /opt/keycloak/themes/"));
    assertTrue(
        dockerfile.contains(
            "COPY identity/target/identity-*-keycloak-provider.jar"
                + " /opt/keycloak/providers/neighbourhood-keycloak-provider.jar\n"),
        "and identity's provider, under the name the local run gives it");
    String keycloak = Files.readString(MANIFESTS.resolve("keycloak.yaml"));
    assertTrue(
        keycloak.contains("image: registry.example/neighbourhood/keycloak:" + version.group(1)),
        "keycloak.yaml runs that image");
  }

  @Test
  void imageStartsPayaraMicroAsTheLocalRunDoes() throws IOException {
    String dockerfile = Files.readString(MANIFESTS.resolve("Dockerfile"));
    for (String expected :
        List.of(
            "deployment/src/main/resources/payara/preboot-commands.asadmin",
            "deployment/kubernetes/start-payara.sh",
            "ENTRYPOINT [\"sh\", \"/opt/neighbourhood/start-payara.sh\"]",
            "USER 10001:10001")) {
      assertTrue(dockerfile.contains(expected), "Dockerfile lacks " + expected);
    }
    assertFalse(
        Pattern.compile("(?m)^(ENV|ARG) .*(SECRET|PASSWORD)").matcher(dockerfile).find(),
        "no secret in the image");
  }

  /**
   * The image's start script, run with a stand-in {@code java} that prints its arguments: Payara
   * Micro as the local run starts it (the API deployed before the portal, which the startup probe
   * asks), alone without DATA_GRID_DNS and in the data grid found there with it.
   */
  @Test
  void theStartScriptFormsTheDataGridOnlyWhereItIsNamed(@TempDir Path bin) throws Exception {
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
    assertTrue(java.toFile().setExecutable(true), "a stand-in java");
    String grid = "neighbourhood-app-grid.neighbourhood.svc.cluster.local:6900";

    List<String> alone = startScript(bin, null);
    List<String> together = startScript(bin, grid);

    for (List<String> arguments : List.of(alone, together)) {
      assertTrue(
          arguments.contains("-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl"),
          "JSON-P's implementation named, as the local run names it: " + arguments);
      assertEquals(
          "-jar", arguments.get(arguments.indexOf("/opt/neighbourhood/payara-micro.jar") - 1));
      assertEquals(
          "/opt/neighbourhood/preboot-commands.asadmin",
          arguments.get(arguments.indexOf("--prebootcommandfile") + 1));
      assertTrue(
          arguments.indexOf("/opt/neighbourhood/referral-service.war:/api")
                  < arguments.indexOf("/opt/neighbourhood/portal-web.war:/")
              && arguments.contains("/opt/neighbourhood/referral-service.war:/api"),
          "the API is deployed before the portal: " + arguments);
    }
    assertTrue(alone.containsAll(List.of("--nocluster", "--nohazelcast")), alone::toString);
    assertFalse(alone.contains("--clustermode"), alone::toString);
    assertEquals("dns:" + grid, together.get(together.indexOf("--clustermode") + 1));
    assertEquals("6900", together.get(together.indexOf("--startport") + 1), "where it is sought");
    assertFalse(together.contains("--nocluster"), together::toString);
  }

  private static List<String> startScript(Path bin, String dataGridDns) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder("sh", MANIFESTS.resolve("start-payara.sh").toString())
            .redirectErrorStream(true);
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.environment().remove("DATA_GRID_DNS");
    if (dataGridDns != null) {
      builder.environment().put("DATA_GRID_DNS", dataGridDns);
    }
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    return output.lines().toList();
  }

  private static CrossReferences crossReferences(List<Manifest> manifests) {
    return new CrossReferences(manifests, exampleSecrets(), configurationTable(), realm());
  }

  private static List<Manifest> applied() {
    List<Manifest> manifests = new ArrayList<>();
    for (String resource : resources()) {
      manifests.addAll(Manifest.read(MANIFESTS.resolve(resource)));
    }
    return manifests;
  }

  private static List<Manifest> exampleSecrets() {
    return Manifest.read(MANIFESTS.resolve(EXAMPLE_SECRETS));
  }

  private static List<String> resources() {
    List<String> resources = new ArrayList<>();
    kustomization().path("resources").forEach(resource -> resources.add(resource.asText()));
    return resources;
  }

  private static JsonNode kustomization() {
    return Manifest.read(MANIFESTS.resolve("kustomization.yaml")).get(0).json();
  }

  private static JsonNode realm() {
    try {
      return new ObjectMapper().readTree(REALM_FILE.toFile());
    } catch (IOException unreadable) {
      throw new IllegalStateException(REALM_FILE + " unreadable", unreadable);
    }
  }

  /** The environment variables of deployment/README.md's configuration table. */
  private static Set<String> configurationTable() {
    Set<String> variables = new LinkedHashSet<>();
    Pattern variable = Pattern.compile("`([A-Z][A-Z0-9_]*)`");
    boolean inTable = false;
    try {
      for (String line : Files.readAllLines(MODULE.resolve("README.md"))) {
        if (line.startsWith("| key (environment variable)")) {
          inTable = true;
        } else if (inTable && !line.startsWith("|")) {
          break;
        } else if (inTable) {
          Matcher names = variable.matcher(line.split("\\|")[1]);
          while (names.find()) {
            variables.add(names.group(1));
          }
        }
      }
    } catch (IOException unreadable) {
      throw new IllegalStateException(unreadable);
    }
    return variables;
  }

  private static String realmImport(Manifest template, JsonNode realm) throws IOException {
    ObjectNode json = template.json().deepCopy();
    ((ObjectNode) json.path("spec")).set("realm", realm);
    YAMLMapper yaml =
        YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();
    return "# Generated from identity/src/main/resources/keycloak/neighbourhood-realm.json: do not\n"
        + "# edit the realm here. After changing that file, write this one again with\n"
        + "#   ./mvnw -B -pl deployment test -Dtest=ManifestsTest"
        + " -Dsurefire.failIfNoSpecifiedTests=false -Dkubernetes.write-realm-import=true\n"
        + "# The realm's ${NP_...} placeholders are filled from the Secrets named below.\n"
        + yaml.writeValueAsString(json);
  }
}
