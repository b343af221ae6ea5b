#!/bin/sh
# The image's entrypoint: Payara Micro with referral-service.war at /api and portal-web.war at /,
# started as the local run starts it (PayaraServer.java): the same preboot commands, a fresh root
# directory under /tmp (the only place written), the API deployed before the portal.
#
# DATA_GRID_DNS (host:port): a headless Service that names every replica, ready or not. With it the
# replicas find one another there and form Payara's data grid, which keeps each portal session on
# two of them, so a replica going away signs nobody out (as `./run --instances` does on one
# machine). Without it each replica stands alone on the shared database.
set -eu
if [ -n "${DATA_GRID_DNS:-}" ]; then
  # every member listens on the port the name is given with (Payara's DNS discovery assumes 4900)
  set -- --clustername neighbourhood --clustermode "dns:${DATA_GRID_DNS}" \
    --startport "${DATA_GRID_DNS##*:}" "$@"
else
  set -- --nocluster --nohazelcast "$@"
fi
# JSON-P's implementation named outright, as the local run names it (PayaraServer.JSON_PROVIDER):
# otherwise every JSON read looks it up through the class loaders, a tenth of the API's CPU.
exec java -Xmx512m -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp \
  -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl \
  -jar /opt/neighbourhood/payara-micro.jar "$@" \
  --port 8080 --rootDir /tmp/payara-root \
  --prebootcommandfile /opt/neighbourhood/preboot-commands.asadmin \
  --deploy /opt/neighbourhood/referral-service.war:/api \
  --deploy /opt/neighbourhood/portal-web.war:/
