#!/usr/bin/env bash
# Checks one image tar of Jib's buildTar (OCI layout) the way a container runtime would start it:
#   - its configuration: a non-root numeric user, the Java entrypoint with the container JVM options and the
#     main class, the exposed port;
#   - its file system (the layers unpacked in order): every class path entry of the entrypoint exists, and the
#     image's own java (found through the image's PATH, as the runtime finds it) starts with those options inside
#     the image as its root (chroot in a user namespace; skipped, and said so, where the machine forbids that);
#   - with a health path, the entrypoint itself: started the same way, it must answer 200 there.
#
#   deploy/images/check-image.sh <image tar> <port> [<health path>]
set -euo pipefail

tar_file="$1"
port="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL $tar_file: $*" >&2; exit 1; }

blob() { tar -xOf "$tar_file" "blobs/sha256/${1#sha256:}"; }
manifest_digest=$(tar -xOf "$tar_file" index.json | jq -r '.manifests[0].digest')
blob "$manifest_digest" > "$work/manifest.json"
blob "$(jq -r '.config.digest' "$work/manifest.json")" > "$work/config.json"
config() { jq -r "$1" "$work/config.json"; }

user=$(config '.config.User // ""')
[[ "$user" =~ ^[0-9]+(:[0-9]+)?$ ]] || fail "user '$user' is not a numeric id"
[ "${user%%:*}" != 0 ] || fail "runs as root"
[ "$(config '.config.Entrypoint[0]')" = java ] || fail "entrypoint is not java: $(config '.config.Entrypoint')"
for option in -XX:MaxRAMPercentage=75.0 -XX:InitialRAMPercentage=50.0 -XX:+ExitOnOutOfMemoryError; do
    config '.config.Entrypoint[]' | grep -qxF -- "$option" || fail "entrypoint lacks $option"
done
main_class=$(config '.config.Entrypoint[-1]')
[[ "$main_class" =~ ^berlin\.gemeinsam\. ]] || fail "main class '$main_class'"
[ "$(config ".config.ExposedPorts | has(\"$port/tcp\")")" = true ] || fail "port $port/tcp not exposed: $(config '.config.ExposedPorts')"

rootfs="$work/rootfs"
mkdir -p "$rootfs"
for layer in $(jq -r '.layers[].digest' "$work/manifest.json"); do
    blob "$layer" | tar -xzf - -C "$rootfs" --no-same-owner --warning=no-unknown-keyword
done
classpath_file=$(config '.config.Entrypoint[]' | grep -A1 -x -- -cp | tail -1)
[ -f "$rootfs${classpath_file#@}" ] || fail "class path file $classpath_file missing"
tr ':' '\n' < "$rootfs${classpath_file#@}" | while read -r entry; do
    [ -e "$rootfs$entry" ] || fail "class path entry $entry missing"
done
class_file="$(echo "$main_class" | tr . /).class"
[ -f "$rootfs/app/classes/$class_file" ] || fail "main class $main_class not in /app/classes"

mapfile -t image_env < <(config '.config.Env[]')
mapfile -t entrypoint < <(config '.config.Entrypoint[]')
# runs a command inside the image as its root: a user namespace with its own /proc, as a container runtime gives one
in_image() {
    exec unshare -r -m -p --kill-child sh -c 'mount -t proc proc "$0/proc" && exec env -i "$@"' \
        "$rootfs" "${image_env[@]}" "$@"
}
if ! unshare -r -m -p -f true 2>/dev/null; then
    echo "ok $tar_file: user $user, port $port, main class $main_class; java not started (no user namespaces here)"
    exit 0
fi
mkdir -p "$rootfs/proc"
chroot=$(command -v chroot)
jvm_options=$(config '.config.Entrypoint[1:] | map(select(startswith("-XX:")))[]')
# shellcheck disable=SC2086
version=$(in_image "$chroot" "$rootfs" java $jvm_options -version 2>&1) || fail "java does not start in the image: $version"
runtime="runs $(echo "$version" | head -1)"

# Optionally the entrypoint itself, on a free port, until <health path> answers 200 (for an image that needs nothing
# else to start, the auth server).
if [ -n "${3:-}" ]; then
    listen=$((20000 + RANDOM % 20000))
    in_image SERVER_PORT="$listen" "$chroot" "$rootfs" "${entrypoint[@]}" > "$work/start.log" 2>&1 &
    started=$!
    # unshare blocks SIGTERM while it waits for its child; killed, it takes the child along (--kill-child)
    trap 'kill -KILL "$started" 2>/dev/null; wait "$started" 2>/dev/null || true; rm -rf "$work"' EXIT
    answered=""
    for _ in $(seq 1 90); do
        if curl -sf -o /dev/null "http://127.0.0.1:$listen$3"; then answered=yes; break; fi
        kill -0 "$started" 2>/dev/null || break
        sleep 2
    done
    [ -n "$answered" ] || fail "the entrypoint did not answer $3: $(tail -20 "$work/start.log")"
    runtime="$runtime, its entrypoint answers $3"
fi
echo "ok $tar_file: user $user, port $port, main class $main_class, $runtime"
