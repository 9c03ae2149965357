#!/usr/bin/env bash
# Starts the whole local stack without Docker: the local token issuer (auth server), a real Kafka broker (KRaft),
# the document store, the four services of the unit, the unit's web site, the central office's ideas-, measures- and
# participation-service (unit central), the stream-monitor and the central office's web site, each as
# its own process listening on 127.0.0.1 only, logging to deploy/local/logs/ (GEMEINSAM_LOG_DIR). Stays in the
# foreground; Ctrl-C stops everything (services first, then store and broker, the issuer last). With
# GEMEINSAM_SECURITY_ISSUER set, the services trust that issuer instead and no local one is started.
# See deploy/local/README.md.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
cd "$REPO_ROOT"

AUTH_PORT="${AUTH_PORT:-9000}"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
STORE_PORT="${STORE_PORT:-27017}"
IDEAS_PORT="${IDEAS_PORT:-8081}"
MEASURES_PORT="${MEASURES_PORT:-8082}"
PARTICIPATION_PORT="${PARTICIPATION_PORT:-8083}"
NOTIFICATION_PORT="${NOTIFICATION_PORT:-8084}"
CENTRAL_IDEAS_PORT="${CENTRAL_IDEAS_PORT:-8085}"
CENTRAL_MEASURES_PORT="${CENTRAL_MEASURES_PORT:-8086}"
CENTRAL_PARTICIPATION_PORT="${CENTRAL_PARTICIPATION_PORT:-8087}"
MONITOR_PORT="${MONITOR_PORT:-8090}"
WEB_PORT="${WEB_PORT:-8080}"
CENTRAL_WEB_PORT="${CENTRAL_WEB_PORT:-8088}"
GEMEINSAM_UNIT="${GEMEINSAM_UNIT:-mitte}"
# the local mail server (GreenMail): the services send over SMTP, people read the mail over IMAP or its REST API
MAIL_SMTP_PORT="${MAIL_SMTP_PORT:-3025}"
MAIL_IMAP_PORT="${MAIL_IMAP_PORT:-3143}"
MAIL_API_PORT="${MAIL_API_PORT:-8025}"
# The services' footprint (BENCHMARKS.md, "Footprint"): the heap starts at 128 MB (a young generation of about
# 43 MB, the part start-up touches whole) and grows only as needed, up to 256 MB; the first metaspace collection
# threshold lies above what a service loads (about 75 MB), so start-up has no full collections for it; and where the
# JVM has the option (checked here) it returns freed native memory to the system every 5 s
# (-XX:TrimNativeHeapInterval: JDK 21, 25 and recent JDK 17 updates).
if [[ -z "${SERVICE_JAVA_OPTS:-}" ]]; then
    SERVICE_JAVA_OPTS="-Xmx256m -Xms128m -XX:MetaspaceSize=96m -XX:+UseSerialGC"
    if java -XX:TrimNativeHeapInterval=5000 -version >/dev/null 2>&1; then
        SERVICE_JAVA_OPTS+=" -XX:TrimNativeHeapInterval=5000"
    fi
fi
LOCAL_STACK_JAVA_OPTS="${LOCAL_STACK_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC}"
# Class data sharing (deploy/local/README.md, "Class data sharing"): "on" starts each service with its archive where
# one exists for this JDK and writes the missing ones after the start; "off" neither uses nor writes any
CLASS_DATA_SHARING="${CLASS_DATA_SHARING:-on}"
INFRA_START_TIMEOUT="${INFRA_START_TIMEOUT:-60}"
SERVICE_START_TIMEOUT="${SERVICE_START_TIMEOUT:-120}"
STOP_TIMEOUT="${STOP_TIMEOUT:-20}"

DATA_DIR="${GEMEINSAM_DATA_DIR:-deploy/local/data}"
[[ "$DATA_DIR" = /* ]] || DATA_DIR="$REPO_ROOT/$DATA_DIR"
LOG_DIR="${GEMEINSAM_LOG_DIR:-deploy/local/logs}"
[[ "$LOG_DIR" = /* ]] || LOG_DIR="$REPO_ROOT/$LOG_DIR"
# every process listens on the loopback interface only: the demo issuer's secret is published, so whoever could
# reach it from another machine could mint a moderator's or an admin's token
BIND_ADDRESS=127.0.0.1

# an issuer given from outside (Keycloak or any OIDC provider) replaces the local auth server
EXTERNAL_ISSUER="${GEMEINSAM_SECURITY_ISSUER:-}"
ISSUER="${EXTERNAL_ISSUER:-http://127.0.0.1:$AUTH_PORT}"
AUTH_JAR="deploy/auth-server/target/auth-server.jar"
LOCAL_STACK_JAR="deploy/local-stack/target/local-stack.jar"
LOCAL_STACK_CP="$LOCAL_STACK_JAR:deploy/local-stack/target/lib/*"
MAIL_SERVER_JAR="deploy/local-stack/target/greenmail/greenmail-standalone.jar"
# the unit's instances, and the central office's view of every unit's ideas (ideas-service for the unit central),
# its portfolio of every unit's measures (measures-service for the unit central) and its report of every unit's
# participation by helix group (participation-service for the unit central)
SERVICES=(ideas-service measures-service participation-service notification-service central-ideas-service
          central-measures-service central-participation-service)
declare -A SERVICE_PORT=(
    [ideas-service]="$IDEAS_PORT"
    [measures-service]="$MEASURES_PORT"
    [participation-service]="$PARTICIPATION_PORT"
    [notification-service]="$NOTIFICATION_PORT"
    [central-ideas-service]="$CENTRAL_IDEAS_PORT"
    [central-measures-service]="$CENTRAL_MEASURES_PORT"
    [central-participation-service]="$CENTRAL_PARTICIPATION_PORT"
)
declare -A SERVICE_MODULE=([central-ideas-service]=ideas-service [central-measures-service]=measures-service
                           [central-participation-service]=participation-service)
declare -A SERVICE_UNIT=([central-ideas-service]=central [central-measures-service]=central
                         [central-participation-service]=central)
# the central office's monitor of the cluster's streams, consumer lag and dead letters
SERVICES+=(stream-monitor)
SERVICE_PORT[stream-monitor]="$MONITOR_PORT"
SERVICE_UNIT[stream-monitor]=central
# the unit's web site: the people's pages, calling the unit's services with the signed-in person's token
SERVICES+=(web)
SERVICE_PORT[web]="$WEB_PORT"
# the central office's web site (its cockpit), calling the central instances and the stream-monitor
SERVICES+=(central-web)
SERVICE_PORT[central-web]="$CENTRAL_WEB_PORT"
SERVICE_MODULE[central-web]=web
SERVICE_UNIT[central-web]=central
module_of() { printf '%s' "${SERVICE_MODULE[$1]:-$1}"; }
unit_of() { printf '%s' "${SERVICE_UNIT[$1]:-$GEMEINSAM_UNIT}"; }
jar_of() { local module; module="$(module_of "$1")"; printf '%s/target/%s.jar' "$module" "$module"; }

read -r -a SERVICE_JAVA_ARGS <<< "$SERVICE_JAVA_OPTS"
read -r -a LOCAL_STACK_JAVA_ARGS <<< "$LOCAL_STACK_JAVA_OPTS"

declare -A PID_OF=()    # name -> pid of everything started here
INFRA=()                # names of broker and store, in start order
ISSUER_PROCS=()         # the local auth server, if started; stopped last
STARTED_SERVICES=()     # names of the services started
TRAINING=()             # names of the training runs of class data archives started (deploy/local/README.md)

say() { printf '[run.sh] %s\n' "$*"; }
die() { printf '[run.sh] ERROR: %s\n' "$*" >&2; exit 1; }

# --- stopping -------------------------------------------------------------------------------------------

is_alive() {
    local pid="$1" state
    kill -0 "$pid" 2>/dev/null || return 1
    if [[ -r "/proc/$pid/stat" ]]; then
        state="$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null || true)"
    else
        state="$(ps -o stat= -p "$pid" 2>/dev/null || true)"
    fi
    [[ "$state" != Z* ]]
}

# stop_all NAME...: SIGTERM to each, wait up to STOP_TIMEOUT s for all of them, then SIGKILL what is left.
stop_all() {
    local name pid waited=0 remaining
    local -a names=()
    for name in "$@"; do
        pid="${PID_OF[$name]:-}"
        [[ -n "$pid" ]] || continue
        if is_alive "$pid"; then
            say "stopping $name (pid $pid)"
            kill -TERM "$pid" 2>/dev/null || true
            names+=("$name")
        fi
    done
    ((${#names[@]})) || return 0
    while :; do
        remaining=0
        for name in "${names[@]}"; do
            if is_alive "${PID_OF[$name]}"; then
                remaining=1
            fi
        done
        ((remaining)) || break
        if ((waited >= STOP_TIMEOUT * 10)); then
            for name in "${names[@]}"; do
                pid="${PID_OF[$name]}"
                if is_alive "$pid"; then
                    say "$name (pid $pid) did not stop within ${STOP_TIMEOUT} s, sending SIGKILL"
                    kill -KILL "$pid" 2>/dev/null || true
                fi
            done
            break
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
    for name in "${names[@]}"; do
        wait "${PID_OF[$name]}" 2>/dev/null || true
    done
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM HUP
    trap '' INT TERM HUP
    if ((${#STARTED_SERVICES[@]} + ${#INFRA[@]} + ${#ISSUER_PROCS[@]})); then
        say "shutting down"
        if ((${#TRAINING[@]})); then
            stop_all "${TRAINING[@]}"
            for name in "${TRAINING[@]}"; do
                rm -f "$(archive_of "${name%-training}").tmp"
            done
        fi
        if ((${#STARTED_SERVICES[@]})); then
            stop_all "${STARTED_SERVICES[@]}"
        fi
        if ((${#INFRA[@]})); then
            stop_all "${INFRA[@]}"
        fi
        if ((${#ISSUER_PROCS[@]})); then
            stop_all "${ISSUER_PROCS[@]}"
        fi
        say "everything stopped"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# --- checks ---------------------------------------------------------------------------------------------

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

command -v java >/dev/null || die "java not found on PATH (Java 17 or newer is needed)"
command -v curl >/dev/null || die "curl not found on PATH"

mkdir -p "$DATA_DIR/kafka" "$DATA_DIR/store" "$DATA_DIR/auth-server" "$LOG_DIR"

LOCK_FILE="$DATA_DIR/.run.lock"
if command -v flock >/dev/null; then
    exec 9>"$LOCK_FILE"
    flock -n 9 || die "another deploy/local/run.sh is already running on $DATA_DIR (lock $LOCK_FILE is held); stop it first (Ctrl-C in its terminal)"
else
    say "flock not found, relying on the port check only"
fi

declare -A SEEN_PORT=()
PORT_ENTRIES=("Kafka:$KAFKA_PORT" "Kafka controller:$KAFKA_CONTROLLER_PORT" "store:$STORE_PORT"
              "ideas-service:$IDEAS_PORT" "measures-service:$MEASURES_PORT"
              "participation-service:$PARTICIPATION_PORT" "notification-service:$NOTIFICATION_PORT"
              "central-ideas-service:$CENTRAL_IDEAS_PORT" "central-measures-service:$CENTRAL_MEASURES_PORT"
              "central-participation-service:$CENTRAL_PARTICIPATION_PORT")
PORT_ENTRIES+=("stream-monitor:$MONITOR_PORT" "web:$WEB_PORT" "central-web:$CENTRAL_WEB_PORT")
PORT_ENTRIES+=("mail SMTP:$MAIL_SMTP_PORT" "mail IMAP:$MAIL_IMAP_PORT" "mail API:$MAIL_API_PORT")
[[ -n "$EXTERNAL_ISSUER" ]] || PORT_ENTRIES=("auth-server:$AUTH_PORT" "${PORT_ENTRIES[@]}")
for entry in "${PORT_ENTRIES[@]}"; do
    name="${entry%:*}"
    port="${entry##*:}"
    if ! [[ "$port" =~ ^[0-9]+$ ]] || ((port < 1 || port > 65535)); then
        die "port for $name is not valid: '$port'"
    fi
    [[ -z "${SEEN_PORT[$port]:-}" ]] || die "port $port is configured for both ${SEEN_PORT[$port]} and $name"
    SEEN_PORT[$port]="$name"
    if port_in_use "$port"; then
        die "port $port ($name) is already in use: is another run (or a Kafka/MongoDB/service) already up? Stop it or choose another port via the environment (see deploy/local/README.md); leftovers of a killed run show up in: pgrep -af 'berlin.gemeinsam.localstack|-service.jar|auth-server.jar'"
    fi
done

# --- build what is missing ------------------------------------------------------------------------------

missing=()
for svc in "${SERVICES[@]}"; do
    [[ -f "$(jar_of "$svc")" ]] || missing+=("$(jar_of "$svc")")
done
[[ -f "$LOCAL_STACK_JAR" ]] || missing+=("$LOCAL_STACK_JAR")
[[ -f "$MAIL_SERVER_JAR" ]] || missing+=("$MAIL_SERVER_JAR")
[[ -n "$EXTERNAL_ISSUER" || -f "$AUTH_JAR" ]] || missing+=("$AUTH_JAR")
compgen -G "deploy/local-stack/target/lib/kafka_2.13-*.jar" >/dev/null || missing+=("deploy/local-stack/target/lib/")
if ((${#missing[@]})); then
    say "building (missing: ${missing[*]}): ./mvnw -q -B -DskipTests package"
    ./mvnw -q -B -DskipTests package || die "the build failed, see the output above"
    for file in "${missing[@]}"; do
        [[ -e "$file" ]] || die "the build did not produce $file"
    done
fi

# --- unpack ---------------------------------------------------------------------------------------------

# The packaged jars unpacked the way Spring Boot documents for efficient deployments (java -Djarmode=tools ...
# extract): plain jars on the class path load much faster than the nested jars of the packaged one (a service starts
# with about a third less CPU time). Unpacked beside the jar, again whenever the jar is newer.
unpacked_jar_of() { printf '%s/unpacked/%s' "$(dirname "$1")" "$(basename "$1")"; }
unpack() {
    local jar="$1" unpacked folder staging
    unpacked="$(unpacked_jar_of "$jar")"
    folder="$(dirname "$unpacked")"
    [[ -f "$unpacked" && "$unpacked" -nt "$jar" ]] && return 0
    staging="$folder.$$"
    rm -rf "$staging"
    java -Djarmode=tools -jar "$jar" extract --destination "$staging" >/dev/null || die "could not unpack $jar"
    touch "$staging/$(basename "$jar")"
    rm -rf "$folder"
    mv "$staging" "$folder"
}
[[ -n "$EXTERNAL_ISSUER" ]] || unpack "$AUTH_JAR"
for svc in "${SERVICES[@]}"; do
    unpack "$(jar_of "$svc")"
done

# --- class data sharing ---------------------------------------------------------------------------------

# Spring Boot's documented class data sharing on the unpacked jars: a training run of a service refreshes its
# context and exits (-Dspring.context.exit=onRefresh: its web server, consumers and outbox relay never start), and the
# JVM writes the classes it loaded to an archive; a start with the archive maps them instead of reading, parsing and
# verifying them again. JDK 25 and newer write their AOT cache (-XX:AOTCacheOutput, used with -XX:AOTCache), which
# keeps the classes linked as well; older ones a dynamic CDS archive (-XX:ArchiveClassesAtExit, -XX:SharedArchiveFile).
# An archive fits only the JDK that wrote it and the jars it was trained on: it is named after the JDK's version and
# lies in the unpacked folder, which a newer jar replaces.
JAVA_VERSION="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.vm\.version = //p')"
JAVA_FEATURE="${JAVA_VERSION%%[.+-]*}"
if [[ "$JAVA_FEATURE" =~ ^[0-9]+$ ]] && ((JAVA_FEATURE >= 25)); then
    ARCHIVE_SUFFIX=aot ARCHIVE_WRITE=-XX:AOTCacheOutput= ARCHIVE_USE=-XX:AOTCache=
else
    ARCHIVE_SUFFIX=jsa ARCHIVE_WRITE=-XX:ArchiveClassesAtExit= ARCHIVE_USE=-XX:SharedArchiveFile=
fi
archive_of() {
    printf '%s/%s-jdk-%s.%s' "$(dirname "$(unpacked_jar_of "$(jar_of "$1")")")" "$1" "${JAVA_VERSION//[^A-Za-z0-9.+-]/_}" \
        "$ARCHIVE_SUFFIX"
}

# service_command SVC PORT SEARCH_DIR JAVA_OPTION...: SERVICE_COMMAND becomes the command that starts SVC
service_command() {
    local svc="$1" port="$2" search="$3"
    shift 3
    local -a extra_env=()
    if [[ "$svc" == stream-monitor ]]; then
        extra_env=(GEMEINSAM_MONITOR_INSTANCES="$MONITORED_INSTANCES")
        # a client given in the environment reaches the monitor as it is; the local issuer has the demo account
        [[ -n "$EXTERNAL_ISSUER" || -n "${GEMEINSAM_MONITOR_CLIENT_ID:-}" ]] \
            || extra_env+=(GEMEINSAM_MONITOR_CLIENT_ID=central-office GEMEINSAM_MONITOR_CLIENT_SECRET=demo-secret)
    fi
    if [[ "$svc" == web ]]; then
        # the site of the unit, on its services
        extra_env=(GEMEINSAM_SERVICES_IDEAS="http://127.0.0.1:$IDEAS_PORT"
                   GEMEINSAM_SERVICES_PARTICIPATION="http://127.0.0.1:$PARTICIPATION_PORT"
                   GEMEINSAM_SERVICES_MEASURES="http://127.0.0.1:$MEASURES_PORT")
    fi
    if [[ "$svc" == central-web ]]; then
        # the central office's site, on the central instances (notifications: the unit's, the only one here); a
        # session cookie of its own, since a browser sends the cookies of 127.0.0.1 to every port of it
        extra_env=(GEMEINSAM_SERVICES_IDEAS="http://127.0.0.1:$CENTRAL_IDEAS_PORT"
                   GEMEINSAM_SERVICES_PARTICIPATION="http://127.0.0.1:$CENTRAL_PARTICIPATION_PORT"
                   GEMEINSAM_SERVICES_MEASURES="http://127.0.0.1:$CENTRAL_MEASURES_PORT"
                   SERVER_SERVLET_SESSION_COOKIE_NAME=GEMEINSAM_CENTRAL_WEB_SESSION)
    fi
    if [[ "$(module_of "$svc")" == web ]]; then
        # the local profile allows plain HTTP (no Secure cookie) and the local issuer's demo secret for its client
        extra_env+=(SPRING_PROFILES_ACTIVE=local
                    GEMEINSAM_SERVICES_NOTIFICATIONS="http://127.0.0.1:$NOTIFICATION_PORT"
                    GEMEINSAM_SERVICES_MONITOR="http://127.0.0.1:$MONITOR_PORT")
    fi
    SERVICE_COMMAND=(env "${extra_env[@]}"
        SERVER_ADDRESS="$BIND_ADDRESS"
        SERVER_PORT="$port"
        GEMEINSAM_UNIT="$(unit_of "$svc")"
        GEMEINSAM_SECURITY_ISSUER="$ISSUER"
        SPRING_KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT"
        SPRING_MONGODB_URI="mongodb://127.0.0.1:$STORE_PORT"
        SPRING_MAIL_HOST=127.0.0.1
        SPRING_MAIL_PORT="$MAIL_SMTP_PORT"
        GEMEINSAM_MAIL_SERVICE_URL="http://127.0.0.1:$NOTIFICATION_PORT"
        GEMEINSAM_NOTIFICATIONS_WEBHOOKS_ALLOW_LOOPBACK=true
        GEMEINSAM_SEARCH_DIRECTORY="$search"
        java "${SERVICE_JAVA_ARGS[@]}" "$@" -jar "$(unpacked_jar_of "$(jar_of "$svc")")")
}

# train SVC: starts the training run that writes SVC's archive, at the lowest priority beside the running stack; with
# a search index of its own (the running instance holds the lock of its index)
train() {
    local svc="$1" archive
    archive="$(archive_of "$svc")"
    rm -rf "$DATA_DIR/training/$svc" "$archive.tmp"
    service_command "$svc" "${SERVICE_PORT[$svc]}" "$DATA_DIR/training/$svc/search" \
        "$ARCHIVE_WRITE$archive.tmp" -Dspring.context.exit=onRefresh
    start "$svc-training" nice -n 19 "${SERVICE_COMMAND[@]}"
    TRAINING+=("$svc-training")
}

# training_done NAME: takes the archive of a training run that exited, if it succeeded
training_done() {
    local name="$1" svc="${1%-training}" archive status=0
    archive="$(archive_of "$svc")"
    wait "${PID_OF[$name]}" 2>/dev/null || status=$?
    unset "PID_OF[$name]"
    rm -rf "$DATA_DIR/training/$svc"
    if ((status == 0)) && [[ -s "$archive.tmp" ]]; then
        mv "$archive.tmp" "$archive"
        say "$svc: class data archive written ($archive); the next start uses it"
    else
        rm -f "$archive.tmp"
        say "$svc: the training run for its class data archive failed (exit $status), read $LOG_DIR/$name.log"
    fi
}

# --- start ----------------------------------------------------------------------------------------------

# start NAME COMMAND...: runs COMMAND in the background with its output in $LOG_DIR/NAME.log
start() {
    local name="$1"
    shift
    "$@" >"$LOG_DIR/$name.log" 2>&1 9>&- </dev/null &
    PID_OF[$name]=$!
}

# wait_for_tcp NAME PORT: until something accepts connections on 127.0.0.1:PORT
wait_for_tcp() {
    local name="$1" port="$2" pid="${PID_OF[$1]}" deadline=$((SECONDS + INFRA_START_TIMEOUT))
    until port_in_use "$port"; do
        is_alive "$pid" || die "$name exited during start-up; read $LOG_DIR/$name.log"
        ((SECONDS < deadline)) || die "$name did not open 127.0.0.1:$port within ${INFRA_START_TIMEOUT} s; read $LOG_DIR/$name.log"
        sleep 0.2
    done
}

# wait_for_log NAME PATTERN: until the launcher logged that it has started
wait_for_log() {
    local name="$1" pattern="$2" pid="${PID_OF[$1]}" deadline=$((SECONDS + INFRA_START_TIMEOUT))
    until grep -q -- "$pattern" "$LOG_DIR/$name.log" 2>/dev/null; do
        is_alive "$pid" || die "$name exited during start-up; read $LOG_DIR/$name.log"
        ((SECONDS < deadline)) || die "$name did not finish starting within ${INFRA_START_TIMEOUT} s; read $LOG_DIR/$name.log"
        sleep 0.2
    done
}

# wait_for_http NAME URL: until URL answers 200
wait_for_http() {
    local name="$1" url="$2" pid="${PID_OF[$1]}" deadline=$((SECONDS + INFRA_START_TIMEOUT))
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)" == 200 ]]; do
        is_alive "$pid" || die "$name exited during start-up; read $LOG_DIR/$name.log"
        ((SECONDS < deadline)) || die "$name did not answer $url within ${INFRA_START_TIMEOUT} s; read $LOG_DIR/$name.log"
        sleep 0.5
    done
}

infra_started=$SECONDS
if [[ -z "$EXTERNAL_ISSUER" ]]; then
    say "starting the local auth server (issuer $ISSUER, demo accounts, local only); key in $DATA_DIR/auth-server"
    ISSUER_PROCS+=(auth-server)
    # the client web comes back to either site: the unit's and the central office's
    start auth-server env \
        SERVER_ADDRESS="$BIND_ADDRESS" \
        SERVER_PORT="$AUTH_PORT" \
        GEMEINSAM_SECURITY_ISSUER="$ISSUER" \
        java "${SERVICE_JAVA_ARGS[@]}" -jar "$(unpacked_jar_of "$AUTH_JAR")" \
        --gemeinsam.auth-server.key-file="$DATA_DIR/auth-server/signing-key.json" \
        --gemeinsam.auth-server.web-client.redirect-uris="http://127.0.0.1:$WEB_PORT/login/oauth2/code/gemeinsam,http://127.0.0.1:$CENTRAL_WEB_PORT/login/oauth2/code/gemeinsam" \
        --gemeinsam.auth-server.web-client.post-logout-redirect-uris="http://127.0.0.1:$WEB_PORT/,http://127.0.0.1:$CENTRAL_WEB_PORT/"
else
    say "using the external issuer $ISSUER; no local auth server"
fi
say "starting Kafka broker on 127.0.0.1:$KAFKA_PORT (controller $KAFKA_CONTROLLER_PORT) and store on 127.0.0.1:$STORE_PORT; data in $DATA_DIR"
INFRA+=(kafka)
start kafka java "${LOCAL_STACK_JAVA_ARGS[@]}" -cp "$LOCAL_STACK_CP" berlin.gemeinsam.localstack.LocalKafkaBroker \
    --port="$KAFKA_PORT" --controller-port="$KAFKA_CONTROLLER_PORT" --data-dir="$DATA_DIR/kafka"
INFRA+=(store)
start store java "${LOCAL_STACK_JAVA_ARGS[@]}" -cp "$LOCAL_STACK_CP" berlin.gemeinsam.localstack.LocalDocumentStore \
    --port="$STORE_PORT" --data-dir="$DATA_DIR/store"
INFRA+=(mail)
start mail java "${LOCAL_STACK_JAVA_ARGS[@]}" -Dgreenmail.smtp.hostname="$BIND_ADDRESS" \
    -Dgreenmail.smtp.port="$MAIL_SMTP_PORT" -Dgreenmail.imap.hostname="$BIND_ADDRESS" \
    -Dgreenmail.imap.port="$MAIL_IMAP_PORT" -Dgreenmail.api.hostname="$BIND_ADDRESS" \
    -Dgreenmail.api.port="$MAIL_API_PORT" -Dgreenmail.auth.disabled -jar "$MAIL_SERVER_JAR"
wait_for_tcp store "$STORE_PORT"
wait_for_log store "Document store started"
wait_for_tcp kafka "$KAFKA_PORT"
wait_for_log kafka "Kafka broker .* started"
wait_for_http mail "http://127.0.0.1:$MAIL_API_PORT/api/service/readiness"
if ((${#ISSUER_PROCS[@]})); then
    wait_for_http auth-server "$ISSUER/.well-known/openid-configuration"
fi
say "Kafka broker, store and issuer are up after $((SECONDS - infra_started)) s"

# the monitor reads the outbox backlog from the other instances' metrics, with a token of its own client; the web
# sites have no outbox
MONITORED_INSTANCES=""
for svc in "${SERVICES[@]}"; do
    [[ "$svc" == stream-monitor || "$(module_of "$svc")" == web ]] || MONITORED_INSTANCES+="${MONITORED_INSTANCES:+,}http://$BIND_ADDRESS:${SERVICE_PORT[$svc]}"
done
services_started=$SECONDS
for svc in "${SERVICES[@]}"; do
    STARTED_SERVICES+=("$svc")
    archive_option=()
    if [[ "$CLASS_DATA_SHARING" == on && -f "$(archive_of "$svc")" ]]; then
        archive_option=("$ARCHIVE_USE$(archive_of "$svc")")
    fi
    service_command "$svc" "${SERVICE_PORT[$svc]}" "$DATA_DIR/ideas-service-$(unit_of "$svc")/search" \
        "${archive_option[@]}"
    start "$svc" "${SERVICE_COMMAND[@]}"
    say "started $svc on port ${SERVICE_PORT[$svc]}${archive_option[*]:+ with its class data archive} (log $LOG_DIR/$svc.log)"
done

readiness_url() { printf 'http://127.0.0.1:%s/actuator/health/readiness' "${SERVICE_PORT[$1]}"; }

deadline=$((SECONDS + SERVICE_START_TIMEOUT))
pending=("${SERVICES[@]}")
while ((${#pending[@]})); do
    still=()
    for svc in "${pending[@]}"; do
        is_alive "${PID_OF[$svc]}" || die "$svc exited during start-up; read $LOG_DIR/$svc.log"
        code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$(readiness_url "$svc")" || true)"
        [[ "$code" == 200 ]] || still+=("$svc")
    done
    pending=("${still[@]+"${still[@]}"}")
    ((${#pending[@]})) || break
    if ((SECONDS >= deadline)); then
        die "${pending[0]} is not ready after ${SERVICE_START_TIMEOUT} s ($(readiness_url "${pending[0]}") is not 200); read $LOG_DIR/${pending[0]}.log$( ((${#pending[@]} > 1)) && printf ' (also not ready: %s)' "${pending[*]:1}")"
    fi
    sleep 1
done
say "all services ready after $((SECONDS - services_started)) s"

echo
printf '%-30s %-28s %s\n' SERVICE URL UNIT
for svc in "${SERVICES[@]}"; do
    printf '%-30s %-28s %s\n' "$svc" "http://127.0.0.1:${SERVICE_PORT[$svc]}" "$(unit_of "$svc")"
done
printf '%-30s %-28s %s\n' "issuer" "$ISSUER" "$( ((${#ISSUER_PROCS[@]})) && printf 'local auth server, demo accounts' || printf 'external')"
printf '%-30s %-28s\n' "kafka" "127.0.0.1:$KAFKA_PORT"
printf '%-30s %-28s\n' "store" "mongodb://127.0.0.1:$STORE_PORT"
printf '%-30s %-28s %s\n' "mail (GreenMail)" "smtp://127.0.0.1:$MAIL_SMTP_PORT" "read: http://127.0.0.1:$MAIL_API_PORT/api/user/<address>/messages, IMAP 127.0.0.1:$MAIL_IMAP_PORT"
echo
echo "Logs: $LOG_DIR   Data: $DATA_DIR"
if ((${#ISSUER_PROCS[@]})); then
    echo "Token (local demo account): curl -s -u anna:demo-secret -d grant_type=client_credentials $ISSUER/oauth2/token"
    echo "Web site: http://127.0.0.1:$WEB_PORT (sign in as a demo person, e.g. anna or moderator-mitte, password demo-secret)"
    echo "Cockpit: http://127.0.0.1:$CENTRAL_WEB_PORT/cockpit (sign in as central-office, password demo-secret)"
fi
echo "Ctrl-C stops everything"

if [[ "$CLASS_DATA_SHARING" == on ]]; then
    for svc in "${SERVICES[@]}"; do
        [[ -f "$(archive_of "$svc")" ]] || train "$svc"
    done
    if ((${#TRAINING[@]})); then
        say "writing the class data archives for the next start in the background (lowest priority): ${TRAINING[*]}"
    fi
fi

# --- stay in the foreground -----------------------------------------------------------------------------

while :; do
    wait -n || true
    for name in "${!PID_OF[@]}"; do
        if ! is_alive "${PID_OF[$name]}"; then
            [[ "$name" != *-training ]] || { training_done "$name"; continue; }
            die "$name stopped unexpectedly; read $LOG_DIR/$name.log"
        fi
    done
done
