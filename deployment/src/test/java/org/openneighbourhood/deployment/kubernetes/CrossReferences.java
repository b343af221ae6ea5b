package org.openneighbourhood.deployment.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What each schema alone cannot see: that the manifests fit together (selectors select the app's
 * pods, every Secret and ConfigMap key read exists, the database URL names the pooler of the
 * database the operator bootstraps, the realm import's secrets are the ones the app presents) and
 * that they run the app as deployment/README.md says it must run.
 */
final class CrossReferences {

  static final String APP = "neighbourhood-app";
  private static final String REALM_FILE_PLACEHOLDER = "\\$\\{(NP_[A-Z_]+)}";

  /** The Service the Keycloak operator makes for a Keycloak with HTTP enabled. */
  private static final String KEYCLOAK_SERVICE_SUFFIX = "-service";

  private static final int KEYCLOAK_HTTP_PORT = 8080;
  private static final Pattern JDBC_URL =
      Pattern.compile("jdbc:postgresql://([a-z0-9.-]+):(\\d+)/([a-z_]+)(\\?.*)?");
  private static final long MEASURED_RESIDENT_BYTES = 640L * 1024 * 1024;
  private static final Pattern GRID_ADDRESS =
      Pattern.compile("([a-z0-9-]+)\\.([a-z0-9-]+)\\.svc\\.cluster\\.local:(\\d+)");

  private final List<Manifest> applied;
  private final List<Manifest> madeElsewhere;
  private final Set<String> environment;
  private final JsonNode realm;
  private final List<String> problems = new ArrayList<>();

  /**
   * @param applied the manifests kustomization.yaml applies
   * @param madeElsewhere the Secrets the operator's tooling or the operators create
   * @param environment every environment variable deployment/README.md lists
   * @param realm identity's realm file
   */
  CrossReferences(
      List<Manifest> applied,
      List<Manifest> madeElsewhere,
      Set<String> environment,
      JsonNode realm) {
    this.applied = applied;
    this.madeElsewhere = madeElsewhere;
    this.environment = environment;
    this.realm = realm;
  }

  List<String> problems() {
    problems.clear();
    Optional<Manifest> deployment = one("Deployment", APP);
    namespaces();
    deployment.ifPresent(this::deployment);
    deployment.ifPresent(this::selectors);
    deployment.ifPresent(this::networkPolicy);
    ingresses();
    database();
    keycloak();
    realmImport(deployment);
    publicNames();
    return List.copyOf(problems);
  }

  private void namespaces() {
    List<Manifest> namespaces = kind("Namespace");
    if (namespaces.size() != 1) {
      problems.add("expected one Namespace, found " + namespaces.size());
      return;
    }
    String namespace = namespaces.get(0).name();
    for (Manifest manifest : applied) {
      if (!manifest.kind().equals("Namespace") && !manifest.namespace().equals(namespace)) {
        problems.add(manifest + ": not in namespace " + namespace);
      }
    }
  }

  private void deployment(Manifest deployment) {
    JsonNode pod = deployment.spec().path("template").path("spec");
    if (deployment.spec().path("replicas").asInt(1) < 2) {
      problems.add(deployment + ": fewer than 2 replicas");
    }
    if (!pod.path("securityContext").path("runAsNonRoot").asBoolean(false)) {
      problems.add(deployment + ": pod securityContext.runAsNonRoot is not true");
    }
    JsonNode containers = pod.path("containers");
    if (containers.size() != 1) {
      problems.add(deployment + ": expected one container (Payara Micro with both wars)");
    }
    for (JsonNode container : containers) {
      String name = deployment + " container " + container.path("name").asText();
      Map<String, String> variables = environment(name, container);
      TreeSet<String> missing = new TreeSet<>(environment);
      missing.remove("CLOCK_OFFSET_FILE");
      // The realm's keys come from their location (the operator's Keycloak): no inline key.
      missing.remove("MP_JWT_VERIFY_PUBLICKEY");
      missing.removeAll(variables.keySet());
      if (!missing.isEmpty()) {
        problems.add(name + ": sets none of " + missing + " (deployment/README.md's table)");
      }
      if (variables.containsKey("CLOCK_OFFSET_FILE")) {
        problems.add(name + ": sets CLOCK_OFFSET_FILE, for tests and demos only");
      }
      if (!"false".equals(variables.get("NEIGHBOURHOOD_DEMO_DATA"))) {
        problems.add(name + ": NEIGHBOURHOOD_DEMO_DATA must be false in production");
      }
      probe(name, container, "readinessProbe", "/health/ready");
      probe(name, container, "livenessProbe", "/health/live");
      if (container.has("startupProbe")) {
        probe(name, container, "startupProbe", null);
      }
      JsonNode security = container.path("securityContext");
      if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
        problems.add(name + ": root filesystem is not read-only");
      }
      if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
        problems.add(name + ": allowPrivilegeEscalation is not false");
      }
      if (!texts(security.path("capabilities").path("drop")).contains("ALL")) {
        problems.add(name + ": does not drop ALL capabilities");
      }
      volumes(name, pod, container);
      resources(name, container.path("resources"));
      dataGrid(deployment, container, variables.get("DATA_GRID_DNS"));
    }
  }

  /**
   * The replicas form Payara's data grid, so a portal session outlives the replica that holds it:
   * DATA_GRID_DNS names a headless Service (every replica, ready or not) on a port of the app's,
   * and the NetworkPolicy lets the app's pods reach one another there, in and out.
   */
  private void dataGrid(Manifest deployment, JsonNode container, String dns) {
    String who = deployment + " DATA_GRID_DNS";
    Matcher address = GRID_ADDRESS.matcher(dns == null ? "" : dns);
    if (!address.matches()) {
      problems.add(who + " is not <service>.<namespace>.svc.cluster.local:<port>: " + dns);
      return;
    }
    String serviceName = address.group(1);
    int port = Integer.parseInt(address.group(3));
    if (!address.group(2).equals(deployment.namespace())) {
      problems.add(who + ": namespace " + address.group(2) + " is not the app's");
    }
    Optional<Manifest> service = one("Service", serviceName);
    if (service.isEmpty()) {
      problems.add(who + ": names Service " + serviceName + ", which is not applied");
      return;
    }
    JsonNode spec = service.get().spec();
    if (!"None".equals(spec.path("clusterIP").asText())) {
      problems.add(service.get() + ": not headless (clusterIP: None): its name is one address");
    }
    if (!spec.path("publishNotReadyAddresses").asBoolean(false)) {
      problems.add(
          service.get() + ": publishNotReadyAddresses is not true: a starting replica is unseen");
    }
    boolean served = false;
    for (JsonNode servicePort : spec.path("ports")) {
      if (servicePort.path("port").asInt() == port) {
        served =
            containerPort(container, servicePort.path("targetPort"))
                .filter(declared -> declared.path("containerPort").asInt() == port)
                .isPresent();
      }
    }
    if (!served) {
      problems.add(who + ": port " + port + " is not the grid port the app's container declares");
    }
    JsonNode labels = deployment.spec().path("template").path("metadata").path("labels");
    for (String direction : List.of("ingress", "egress")) {
      String peers = direction.equals("ingress") ? "from" : "to";
      boolean allowed =
          kind("NetworkPolicy").stream()
              .flatMap(policy -> stream(policy.spec().path(direction)))
              .anyMatch(
                  rule ->
                      stream(rule.path(peers))
                              .anyMatch(
                                  peer ->
                                      !peer.path("podSelector").path("matchLabels").isEmpty()
                                          && selectsAll(
                                              peer.path("podSelector").path("matchLabels"), labels))
                          && stream(rule.path("ports"))
                              .anyMatch(allowedPort -> allowedPort.path("port").asInt() == port));
      if (!allowed) {
        problems.add(
            "no NetworkPolicy "
                + direction
                + " rule lets the app's pods reach one another on the grid port "
                + port);
      }
    }
  }

  private static boolean selectsAll(JsonNode selector, JsonNode labels) {
    return selector.properties().stream()
        .allMatch(entry -> labels.path(entry.getKey()).equals(entry.getValue()));
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items.stream();
  }

  /** The container's variables with their literal values (null when read from a Secret). */
  private Map<String, String> environment(String name, JsonNode container) {
    Map<String, String> variables = new HashMap<>();
    for (JsonNode from : container.path("envFrom")) {
      if (from.has("configMapRef")) {
        String configMap = from.path("configMapRef").path("name").asText();
        Optional<Manifest> found = one("ConfigMap", configMap);
        if (found.isEmpty()) {
          problems.add(name + ": envFrom names ConfigMap " + configMap + ", which is not applied");
        }
        found.ifPresent(
            map ->
                map.json()
                    .path("data")
                    .properties()
                    .forEach(entry -> variables.put(entry.getKey(), entry.getValue().asText())));
      } else {
        problems.add(name + ": envFrom other than a ConfigMap: " + from);
      }
    }
    for (JsonNode variable : container.path("env")) {
      String key = variable.path("name").asText();
      if (variables.containsKey(key)) {
        problems.add(name + ": " + key + " set twice");
      }
      JsonNode from = variable.path("valueFrom");
      if (from.has("secretKeyRef")) {
        JsonNode reference = from.path("secretKeyRef");
        secretKey(
            name + " " + key, reference.path("name").asText(), reference.path("key").asText());
        variables.put(key, null);
      } else if (from.has("configMapKeyRef")) {
        JsonNode reference = from.path("configMapKeyRef");
        String value =
            configMapKey(
                name + " " + key, reference.path("name").asText(), reference.path("key").asText());
        variables.put(key, value);
      } else {
        variables.put(key, variable.path("value").asText());
      }
    }
    return variables;
  }

  private void probe(String name, JsonNode container, String probe, String expectedPath) {
    JsonNode get = container.path(probe).path("httpGet");
    if (get.isMissingNode()) {
      problems.add(name + ": no " + probe + " with httpGet");
      return;
    }
    String path = get.path("path").asText();
    if (expectedPath != null && !path.equals(expectedPath)) {
      problems.add(name + ": " + probe + " asks " + path + ", not " + expectedPath);
    }
    if (containerPort(container, get.path("port")).isEmpty()) {
      problems.add(name + ": " + probe + " port " + get.path("port") + " is not a container port");
    }
  }

  private void volumes(String name, JsonNode pod, JsonNode container) {
    Map<String, JsonNode> volumes = new HashMap<>();
    pod.path("volumes").forEach(volume -> volumes.put(volume.path("name").asText(), volume));
    boolean tmp = false;
    for (JsonNode mount : container.path("volumeMounts")) {
      JsonNode volume = volumes.get(mount.path("name").asText());
      if (volume == null) {
        problems.add(name + ": mounts volume " + mount.path("name").asText() + ", not in the pod");
      } else if (mount.path("mountPath").asText().equals("/tmp") && volume.has("emptyDir")) {
        tmp = true;
      }
    }
    if (!tmp) {
      problems.add(name + ": no emptyDir at /tmp, which Payara Micro needs writable");
    }
  }

  private void resources(String name, JsonNode resources) {
    for (String bound : List.of("requests", "limits")) {
      for (String resource : List.of("cpu", "memory")) {
        if (!resources.path(bound).has(resource)) {
          problems.add(name + ": no " + resource + " in resources." + bound);
        }
      }
    }
    BigDecimal measured = BigDecimal.valueOf(MEASURED_RESIDENT_BYTES);
    for (String bound : List.of("requests", "limits")) {
      JsonNode memory = resources.path(bound).path("memory");
      if (!memory.isMissingNode()
          && Quantity.getAmountInBytes(new Quantity(memory.asText())).compareTo(measured) < 0) {
        problems.add(name + ": memory " + bound + " below the ~640 MiB Payara Micro takes");
      }
    }
  }

  private void selectors(Manifest deployment) {
    JsonNode pod = deployment.spec().path("template");
    JsonNode labels = pod.path("metadata").path("labels");
    selects(
        deployment + " selector", deployment.spec().path("selector").path("matchLabels"), labels);
    JsonNode container = pod.path("spec").path("containers").path(0);
    for (Manifest service : kind("Service")) {
      selects(service.toString(), service.spec().path("selector"), labels);
      for (JsonNode port : service.spec().path("ports")) {
        if (containerPort(container, port.path("targetPort")).isEmpty()) {
          problems.add(service + ": targetPort " + port.path("targetPort") + " is not the app's");
        }
      }
    }
    for (Manifest budget : kind("PodDisruptionBudget")) {
      selects(budget.toString(), budget.spec().path("selector").path("matchLabels"), labels);
      if (budget.spec().path("minAvailable").asInt(0) < 1) {
        problems.add(budget + ": minAvailable below 1");
      }
    }
    List<Manifest> autoscalers = kind("HorizontalPodAutoscaler");
    if (autoscalers.isEmpty()) {
      problems.add("no HorizontalPodAutoscaler");
    }
    for (Manifest autoscaler : autoscalers) {
      JsonNode target = autoscaler.spec().path("scaleTargetRef");
      if (!target.path("apiVersion").asText().equals(deployment.apiVersion())
          || !target.path("kind").asText().equals(deployment.kind())
          || !target.path("name").asText().equals(deployment.name())) {
        problems.add(autoscaler + ": scaleTargetRef " + target + " is not " + deployment);
      }
      if (autoscaler.spec().path("minReplicas").asInt(1) < 2) {
        problems.add(autoscaler + ": minReplicas below 2");
      }
    }
  }

  private void networkPolicy(Manifest deployment) {
    JsonNode pod = deployment.spec().path("template");
    List<Manifest> policies = kind("NetworkPolicy");
    if (policies.isEmpty()) {
      problems.add("no NetworkPolicy");
    }
    for (Manifest policy : policies) {
      selects(
          policy.toString(),
          policy.spec().path("podSelector").path("matchLabels"),
          pod.path("metadata").path("labels"));
      if (!texts(policy.spec().path("policyTypes")).containsAll(List.of("Ingress", "Egress"))) {
        problems.add(policy + ": policyTypes must hold Ingress and Egress");
      }
      for (JsonNode rule : policy.spec().path("ingress")) {
        for (JsonNode port : rule.path("ports")) {
          if (containerPort(pod.path("spec").path("containers").path(0), port.path("port"))
              .isEmpty()) {
            problems.add(policy + ": lets in port " + port.path("port") + ", not the app's");
          }
        }
      }
      for (JsonNode rule : policy.spec().path("egress")) {
        for (JsonNode to : rule.path("to")) {
          String pooler =
              to.path("podSelector").path("matchLabels").path("cnpg.io/poolerName").asText();
          if (!pooler.isEmpty() && one("Pooler", pooler).isEmpty()) {
            problems.add(policy + ": lets out to Pooler " + pooler + ", which is not applied");
          }
        }
      }
    }
  }

  private void ingresses() {
    List<Manifest> ingresses = kind("Ingress");
    for (Manifest ingress : ingresses) {
      for (JsonNode rule : ingress.spec().path("rules")) {
        for (JsonNode path : rule.path("http").path("paths")) {
          JsonNode service = path.path("backend").path("service");
          if (!servesPort(service.path("name").asText(), service.path("port"))) {
            problems.add(ingress + ": backend " + service + " is no Service port");
          }
        }
      }
    }
    boolean affinity =
        ingresses.stream()
            .anyMatch(
                ingress ->
                    backends(ingress).contains(APP)
                        && ingress
                            .json()
                            .path("metadata")
                            .path("annotations")
                            .path("nginx.ingress.kubernetes.io/affinity")
                            .asText()
                            .equals("cookie"));
    if (!affinity) {
      problems.add("no Ingress to " + APP + " with cookie affinity (portal sessions, README)");
    }
  }

  private boolean servesPort(String name, JsonNode port) {
    for (Manifest keycloak : kind("Keycloak")) {
      if (name.equals(keycloak.name() + KEYCLOAK_SERVICE_SUFFIX)) {
        return keycloak.spec().path("http").path("httpEnabled").asBoolean(false)
            && port.path("number").asInt() == KEYCLOAK_HTTP_PORT;
      }
    }
    return one("Service", name)
        .map(
            service -> {
              for (JsonNode servicePort : service.spec().path("ports")) {
                if (servicePort.path("name").asText().equals(port.path("name").asText("-"))
                    || servicePort.path("port").asInt() == port.path("number").asInt(-1)) {
                  return true;
                }
              }
              return false;
            })
        .orElse(false);
  }

  private void database() {
    String url = configuration("DB_URL").orElse("");
    Matcher parts = JDBC_URL.matcher(url);
    if (!parts.matches()) {
      problems.add("DB_URL " + url + " is not a PostgreSQL JDBC URL");
      return;
    }
    Optional<Manifest> pooler = one("Pooler", parts.group(1));
    if (pooler.isEmpty()) {
      problems.add("DB_URL names host " + parts.group(1) + ", which is no Pooler (PgBouncer)");
      return;
    }
    if (!pooler.get().spec().path("type").asText("rw").equals("rw")) {
      problems.add(pooler.get() + ": the app writes, so the pooler must be type rw");
    }
    String mode = pooler.get().spec().path("pgbouncer").path("poolMode").asText("session");
    if (mode.equals("transaction") && !url.contains("prepareThreshold=0")) {
      problems.add(
          pooler.get()
              + ": transaction pooling breaks pgjdbc's server-side prepared statements"
              + " unless DB_URL sets prepareThreshold=0");
    }
    String clusterName = pooler.get().spec().path("cluster").path("name").asText();
    Optional<Manifest> cluster = one("Cluster", clusterName);
    if (cluster.isEmpty()) {
      problems.add(pooler.get() + ": its Cluster " + clusterName + " is not applied");
      return;
    }
    JsonNode initdb = cluster.get().spec().path("bootstrap").path("initdb");
    if (!initdb.path("database").asText().equals(parts.group(3))
        || !initdb.path("owner").asText().equals("neighbourhood")) {
      problems.add(
          cluster.get()
              + ": does not bootstrap database "
              + parts.group(3)
              + " owned by neighbourhood");
    }
    durable(cluster.get());
    one("Deployment", APP)
        .ifPresent(
            deployment -> {
              for (JsonNode variable :
                  deployment
                      .spec()
                      .path("template")
                      .path("spec")
                      .path("containers")
                      .path(0)
                      .path("env")) {
                String name = variable.path("name").asText();
                String secret =
                    variable.path("valueFrom").path("secretKeyRef").path("name").asText();
                if ((name.equals("DB_USER") || name.equals("DB_PASSWORD"))
                    && !secret.equals(clusterName + "-app")) {
                  problems.add(
                      name
                          + " is read from "
                          + secret
                          + ", not from the owner's Secret "
                          + clusterName
                          + "-app that CloudNativePG makes");
                }
              }
            });
  }

  private void durable(Manifest cluster) {
    if (cluster.spec().path("instances").asInt(1) < 3) {
      problems.add(cluster + ": fewer than 3 instances");
    }
    JsonNode parameters = cluster.spec().path("postgresql").path("parameters");
    for (String parameter : List.of("fsync", "synchronous_commit")) {
      if (!parameters.path(parameter).asText().equals("on")) {
        problems.add(cluster + ": " + parameter + " is not on");
      }
    }
  }

  private void keycloak() {
    List<Manifest> keycloaks = kind("Keycloak");
    if (keycloaks.size() != 1) {
      problems.add("expected one Keycloak, found " + keycloaks.size());
      return;
    }
    Manifest keycloak = keycloaks.get(0);
    JsonNode db = keycloak.spec().path("db");
    String host = db.path("host").asText();
    Optional<Manifest> cluster =
        kind("Cluster").stream().filter(c -> host.equals(c.name() + "-rw")).findFirst();
    if (cluster.isEmpty()) {
      problems.add(keycloak + ": db.host " + host + " is no Cluster's -rw Service");
    } else {
      durable(cluster.get());
      if (!db.path("database")
          .asText()
          .equals(
              cluster.get().spec().path("bootstrap").path("initdb").path("database").asText())) {
        problems.add(keycloak + ": db.database is not the one " + cluster.get() + " bootstraps");
      }
      for (String secret : List.of("usernameSecret", "passwordSecret")) {
        JsonNode reference = db.path(secret);
        if (!reference.path("name").asText().equals(cluster.get().name() + "-app")) {
          problems.add(keycloak + ": db." + secret + " is not " + cluster.get().name() + "-app");
        }
        secretKey(
            keycloak + " db." + secret,
            reference.path("name").asText(),
            reference.path("key").asText());
      }
      if (one("Pooler", host).isPresent()
          || configuration("DB_URL").orElse("").contains("//" + host + ":")) {
        problems.add(keycloak + ": shares the app's database server");
      }
    }
    String issuer =
        keycloak.spec().path("hostname").path("hostname").asText()
            + "/realms/"
            + realm.path("realm").asText();
    for (String key : List.of("MP_JWT_VERIFY_ISSUER", "PORTAL_OIDC_PROVIDER_URI")) {
      if (!configuration(key).orElse("").equals(issuer)) {
        problems.add(key + " is not the realm's issuer " + issuer);
      }
    }
    String internal =
        "http://" + keycloak.name() + KEYCLOAK_SERVICE_SUFFIX + ":" + KEYCLOAK_HTTP_PORT;
    if (!configuration("KEYCLOAK_URL").orElse("").equals(internal)) {
      problems.add("KEYCLOAK_URL is not " + internal + ", the operator's Service");
    }
    if (!configuration("MP_JWT_VERIFY_PUBLICKEY_LOCATION").orElse("").startsWith(internal)) {
      problems.add("MP_JWT_VERIFY_PUBLICKEY_LOCATION is not at " + internal);
    }
  }

  private void realmImport(Optional<Manifest> deployment) {
    List<Manifest> imports = kind("KeycloakRealmImport");
    if (imports.size() != 1) {
      problems.add("expected one KeycloakRealmImport, found " + imports.size());
      return;
    }
    Manifest realmImport = imports.get(0);
    if (one("Keycloak", realmImport.spec().path("keycloakCRName").asText()).isEmpty()) {
      problems.add(realmImport + ": keycloakCRName is no Keycloak");
    }
    if (!realmImport.spec().path("realm").equals(realm)) {
      problems.add(
          realmImport
              + ": spec.realm differs from identity's realm file"
              + " (regenerate it: deployment/kubernetes/README.md)");
    }
    JsonNode placeholders = realmImport.spec().path("placeholders");
    Matcher used = Pattern.compile(REALM_FILE_PLACEHOLDER).matcher(realm.toString());
    Set<String> names = new HashSet<>();
    while (used.find()) {
      names.add(used.group(1));
    }
    for (String name : new TreeSet<>(names)) {
      JsonNode secret = placeholders.path(name).path("secret");
      if (secret.isMissingNode()) {
        problems.add(realmImport + ": no placeholder for ${" + name + "}");
      } else {
        secretKey(
            realmImport + " " + name, secret.path("name").asText(), secret.path("key").asText());
      }
    }
    // the secret Keycloak is given for a client is the one the app presents for it
    Map<String, String> sameSecret =
        Map.of(
            "NP_API_CLIENT_SECRET", "KEYCLOAK_CLIENT_SECRET",
            "NP_PORTAL_CLIENT_SECRET", "PORTAL_OIDC_CLIENT_SECRET");
    deployment.ifPresent(
        d ->
            sameSecret.forEach(
                (placeholder, variable) -> {
                  JsonNode given = placeholders.path(placeholder).path("secret");
                  for (JsonNode env :
                      d.spec()
                          .path("template")
                          .path("spec")
                          .path("containers")
                          .path(0)
                          .path("env")) {
                    JsonNode presented = env.path("valueFrom").path("secretKeyRef");
                    if (env.path("name").asText().equals(variable)
                        && !(presented.path("name").equals(given.path("name"))
                            && presented.path("key").equals(given.path("key")))) {
                      problems.add(
                          variable + " is not the secret the realm import gives " + placeholder);
                    }
                  }
                }));
  }

  /** The host names, written in several files, are one and the same. */
  private void publicNames() {
    String portal = configuration("PORTAL_URL").orElse("");
    ingressHosts(APP)
        .forEach(
            host -> {
              if (!portal.equals("https://" + host)) {
                problems.add("PORTAL_URL " + portal + " is not the portal's Ingress host " + host);
              }
            });
    kind("KeycloakRealmImport")
        .forEach(
            realmImport -> {
              JsonNode secret =
                  realmImport.spec().path("placeholders").path("NP_PORTAL_URL").path("secret");
              one("Secret", secret.path("name").asText())
                  .ifPresent(
                      settings -> {
                        String given =
                            settings
                                .json()
                                .path("stringData")
                                .path(secret.path("key").asText())
                                .asText();
                        if (!given.equals(portal)) {
                          problems.add(
                              "the realm's NP_PORTAL_URL "
                                  + given
                                  + " (redirect URIs) is not PORTAL_URL "
                                  + portal);
                        }
                      });
            });
    kind("Keycloak")
        .forEach(
            keycloak -> {
              String hostname = keycloak.spec().path("hostname").path("hostname").asText();
              ingressHosts(keycloak.name() + KEYCLOAK_SERVICE_SUFFIX)
                  .forEach(
                      host -> {
                        if (!hostname.equals("https://" + host)) {
                          problems.add(
                              keycloak
                                  + ": hostname "
                                  + hostname
                                  + " is not its Ingress host "
                                  + host);
                        }
                      });
            });
  }

  private Set<String> ingressHosts(String service) {
    Set<String> hosts = new TreeSet<>();
    for (Manifest ingress : kind("Ingress")) {
      for (JsonNode rule : ingress.spec().path("rules")) {
        for (JsonNode path : rule.path("http").path("paths")) {
          if (path.path("backend").path("service").path("name").asText().equals(service)) {
            hosts.add(rule.path("host").asText());
          }
        }
      }
    }
    return hosts;
  }

  private void selects(String who, JsonNode selector, JsonNode labels) {
    if (selector.isEmpty()) {
      problems.add(who + ": empty selector");
    }
    selector
        .properties()
        .forEach(
            entry -> {
              if (!labels.path(entry.getKey()).equals(entry.getValue())) {
                problems.add(
                    who
                        + ": selects "
                        + entry.getKey()
                        + "="
                        + entry.getValue().asText()
                        + ", which the app's pods do not carry");
              }
            });
  }

  private void secretKey(String who, String name, String key) {
    Optional<Manifest> secret =
        Stream.concat(applied.stream(), madeElsewhere.stream())
            .filter(m -> m.is("Secret", name))
            .findFirst();
    if (secret.isEmpty()) {
      problems.add(who + ": Secret " + name + " is neither applied nor in secrets.example.yaml");
    } else if (!secret.get().json().path("stringData").has(key)
        && !secret.get().json().path("data").has(key)) {
      problems.add(who + ": Secret " + name + " has no key " + key);
    }
  }

  private String configMapKey(String who, String name, String key) {
    Optional<Manifest> configMap = one("ConfigMap", name);
    if (configMap.isEmpty() || !configMap.get().json().path("data").has(key)) {
      problems.add(who + ": ConfigMap " + name + " has no key " + key);
      return null;
    }
    return configMap.get().json().path("data").path(key).asText();
  }

  private Optional<String> configuration(String key) {
    return kind("ConfigMap").stream()
        .map(map -> map.json().path("data").path(key))
        .filter(JsonNode::isTextual)
        .map(JsonNode::asText)
        .findFirst();
  }

  private static Optional<JsonNode> containerPort(JsonNode container, JsonNode port) {
    for (JsonNode declared : container.path("ports")) {
      if (port.isTextual() && declared.path("name").asText().equals(port.asText())
          || port.isInt() && declared.path("containerPort").asInt() == port.asInt()) {
        return Optional.of(declared);
      }
    }
    return Optional.empty();
  }

  private static Set<String> backends(Manifest ingress) {
    Set<String> services = new HashSet<>();
    for (JsonNode rule : ingress.spec().path("rules")) {
      for (JsonNode path : rule.path("http").path("paths")) {
        services.add(path.path("backend").path("service").path("name").asText());
      }
    }
    return services;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  private List<Manifest> kind(String kind) {
    return applied.stream().filter(manifest -> manifest.kind().equals(kind)).toList();
  }

  private Optional<Manifest> one(String kind, String name) {
    return applied.stream().filter(manifest -> manifest.is(kind, name)).findFirst();
  }
}
