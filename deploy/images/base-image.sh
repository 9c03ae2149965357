#!/usr/bin/env bash
# Builds the Java runtime base image for machines without registry access (CI, an offline build host) as a
# `docker save` tar that Jib takes as `tar://` base image: a runtime cut with jlink from the JDK that runs the build
# (Java 17 with its jmods, as in Debian's openjdk-17-jdk-headless) and the files of the Debian packages the runtime
# links against (C library, libstdc++, libgcc, zlib, …), taken from the build machine's installed packages (dpkg), so
# nothing is downloaded. Its layout is eclipse-temurin's (JAVA_HOME
# /opt/java/openjdk, java on the PATH), so the services' image configuration is the same on both bases; a build with
# registry access uses eclipse-temurin:17-jre instead (see README.md).
#
#   deploy/images/base-image.sh [output tar]     (default deploy/images/target/base-image.tar)
set -euo pipefail
# the output is named from where the script was called, the rest from its own folder
out="$(realpath -m "${1:-$(dirname "$0")/target/base-image.tar}")"
cd "$(dirname "$0")"

java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"
mkdir -p "$rootfs" "$(dirname "$out")"

# The modules of a JRE for Spring Boot services: Java SE, Unsafe (Netty, Kafka), EC and PKCS#11 crypto (TLS),
# DNS naming, zip file system, locales (German messages), JFR and JMX management for diagnostics.
"$java_home/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.management,jdk.naming.dns,jdk.zipfs,jdk.localedata,jdk.jfr \
    --strip-debug --no-man-pages --no-header-files --compress=2 --output "$rootfs/opt/java/openjdk"
# Debian's JDK links its CA certificates and security policy files out of the JDK; the image takes copies.
for file in cacerts blocked.certs default.policy public_suffix_list.dat; do
    if [ -e "$java_home/lib/security/$file" ]; then
        cp -L "$java_home/lib/security/$file" "$rootfs/opt/java/openjdk/lib/security/$file"
    fi
done

# The shared libraries the runtime links against, by the Debian package that ships them; documentation,
# locales and manual pages stay out. dpkg knows a file by the path its package installed it under: /lib/… or /usr/lib/… (the two are one on Debian
# since the merged /usr), and a versioned name or its link.
owner() {
    local path
    for path in "$1" "${1#/usr}" "/usr$1" "$(readlink -f "$1")"; do
        dpkg -S "$path" 2>/dev/null | cut -d: -f1 && return 0
    done
    echo "no Debian package ships $1" >&2
    return 1
}
# The services run headless: the libraries of windows, splash screens, font rendering (X11, FreeType) and sound
# (ALSA) stay out.
libraries=$(find "$rootfs/opt/java/openjdk" -type f \( -name '*.so' -o -path '*/bin/*' \) \
        ! -name libawt_xawt.so ! -name libsplashscreen.so ! -name libjawt.so ! -name libfontmanager.so ! -name libjsound.so \
        -exec ldd {} \; 2>/dev/null \
    | awk '$3 ~ /^\// {print $3} $1 ~ /^\// {print $1}' | grep -v "^$rootfs/" | sort -u)
packages=$( (echo libc6; for library in $libraries; do owner "$library"; done) | sort -u)
# Debian's merged /usr: /lib, /lib64, /bin and /sbin are links into /usr, on the build machine and in the image.
mkdir -p "$rootfs/usr/lib" "$rootfs/usr/lib64" "$rootfs/usr/bin" "$rootfs/usr/sbin"
for dir in lib lib64 bin sbin; do ln -s "usr/$dir" "$rootfs/$dir"; done
for package in $packages; do
    dpkg -L "$package" | grep -v -e '^/usr/share' -e '^/\.$' | while read -r path; do
        if [ -f "$path" ] || [ -L "$path" ]; then echo "$path"; fi
    done
done | tar -cf - --no-recursion -T - 2>/dev/null | tar -xf - -C "$rootfs" --keep-directory-symlink
ldconfig -r "$rootfs"

# the user's home, /tmp, and the mount points the container runtime fills
mkdir -p "$rootfs/etc" "$rootfs/tmp" "$rootfs/home/gemeinsam" "$rootfs/proc" "$rootfs/sys" "$rootfs/dev"
chmod 1777 "$rootfs/tmp"
cat > "$rootfs/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
gemeinsam:x:10001:10001:gemeinsam:/home/gemeinsam:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
PASSWD
cat > "$rootfs/etc/group" <<'GROUP'
root:x:0:
gemeinsam:x:10001:
nobody:x:65534:
GROUP
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$rootfs/etc/nsswitch.conf"

# One layer, reproducible: fixed owner and time, sorted names.
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$rootfs" -cf "$work/layer.tar" .
diff_id="sha256:$(sha256sum "$work/layer.tar" | cut -d' ' -f1)"
java_version=$("$rootfs/opt/java/openjdk/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.runtime.version/ {print $2}')

cat > "$work/config.json" <<CONFIG
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"Env":["PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=/opt/java/openjdk","LANG=C.UTF-8","JAVA_VERSION=$java_version"]},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"deploy/images/base-image.sh: jlink $java_version and Debian packages $(echo $packages)"}]}
CONFIG
printf '[{"Config":"config.json","RepoTags":["gemeinsam/java-runtime:17"],"Layers":["layer.tar"]}]\n' > "$work/manifest.json"
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$work" -cf "$out" manifest.json config.json layer.tar
echo "$out: Java $java_version, Debian packages: $(echo $packages), $(du -h "$out" | cut -f1)"
