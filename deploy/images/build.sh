#!/usr/bin/env bash
# Builds the container images of the services, the stream monitor, the web site and the local auth server as tars,
# without a Docker engine or registry, and checks each (check-image.sh). The base is the runtime base-image.sh builds
# from the build machine's JDK and Debian packages; with registry access, JIB_BASE_IMAGE=eclipse-temurin:17-jre (or a
# digest of it) builds the production images on the registry's base instead.
#
#   deploy/images/build.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "$0")/../.."

images="ideas-service:8081 measures-service:8082 participation-service:8083 notification-service:8084 stream-monitor:8090 web:8080 deploy/auth-server:9000"

base="${JIB_BASE_IMAGE:-}"
if [ -z "$base" ]; then
    deploy/images/base-image.sh deploy/images/target/base-image.tar
    base="tar://$PWD/deploy/images/target/base-image.tar"
fi
modules=$(for image in $images; do printf '%s,' "${image%%:*}"; done)
./mvnw -B -ntp -q -Pimages -pl "${modules%,}" -am -DskipTests -Djib.base.image="$base" "$@" package

for image in $images; do
    module="${image%%:*}"
    # the auth server needs nothing else to start, so its image is also started; the services need Kafka and a store
    health=""
    [ "$module" != deploy/auth-server ] || health=/.well-known/openid-configuration
    deploy/images/check-image.sh "$module/target/jib-image.tar" "${image##*:}" $health
done
