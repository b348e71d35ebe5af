#!/usr/bin/env bash
# Proves the Dockerfile on a machine with podman but no Docker engine:
#  1. makes two local base images from this machine's own JDK and Maven (no registry involved),
#  2. builds the Dockerfile with `podman build --pull=never`, offline, this machine's Maven repository mounted,
#  3. runs the service from the built image's file system (chroot, as the image's user, its entrypoint and
#     environment) and checks /q/health/ready, the image's own HEALTHCHECK command and /api/v1/labs.
# Needs root (chroot) and podman. Usage: scripts/container-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

WORK=$PWD/target/container-check
IMAGE=localhost/talentradar:check
BUILD_BASE=localhost/talentradar-build-base:17
RUNTIME_BASE=localhost/talentradar-runtime-base:17
JDK=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
MAVEN_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v mvn)")")")
M2=${M2_REPO:-$HOME/.m2}
PORT=8080
rm -rf "$WORK" && mkdir -p "$WORK"

# ---- 1. base images from this machine's JDK (and Maven for the build stage)
copy_with_libs() { # copy executables or libraries into the root, with the shared libraries they load
  local root=$1; shift
  for file in "$@"; do
    [ -e "$root$file" ] || { mkdir -p "$root$(dirname "$file")"; cp -L "$file" "$root$file"; }
    ldd "$file" 2>/dev/null | grep -oE '/[^ )]+' | while read -r lib; do
      [ -e "$root$lib" ] || { mkdir -p "$root$(dirname "$lib")"; cp -L "$lib" "$root$lib"; }
    done
  done
}

make_base() { # $1 image name, $2 "maven" to add Maven
  local root=$WORK/base-$2
  mkdir -p "$root"/usr/bin "$root"/usr/lib "$root"/usr/lib64 "$root"/etc "$root"/tmp "$root"/root
  ln -s usr/bin "$root/bin"; ln -s usr/lib "$root/lib"; ln -s usr/lib64 "$root/lib64"
  chmod 1777 "$root/tmp"
  mkdir -p "$root$(dirname "$JDK")"
  cp -a "$JDK" "$root$JDK"   # at its own path; links out of it (configuration, certificates) resolved
  find "$root$JDK" -type l | while read -r link; do
    target=$(readlink -f "$JDK${link#"$root$JDK"}" || true)
    rm -f "$link"
    if [ -n "$target" ] && [ -e "$target" ]; then cp -aL "$target" "$link"; fi
  done
  rm -rf "$root$JDK/jmods" "$root$JDK/man" "$root$JDK/docs" "$root$JDK/demo" "$root$JDK/src.zip"
  copy_with_libs "$root" $(find "$JDK/" -type f \( -path '*/bin/*' -o -name '*.so' \))
  for tool in bash dash mkdir chown chmod cat ls head grep sed dirname basename readlink uname expr tr pwd env id \
      rm cp mv sleep; do
    copy_with_libs "$root" "$(readlink -f "$(type -P "$tool")")"
    [ -e "$root/usr/bin/$tool" ] || ln -s "$(basename "$(readlink -f "$(type -P "$tool")")")" "$root/usr/bin/$tool"
  done
  ln -sf dash "$root/usr/bin/sh"
  printf 'root:x:0:0:root:/root:/bin/bash\n' > "$root/etc/passwd"
  printf 'root:x:0:\n' > "$root/etc/group"
  if [ "$2" = maven ]; then
    mkdir -p "$root/usr/share"
    cp -a "$MAVEN_HOME" "$root/usr/share/maven"
    find "$root/usr/share/maven" -type l | while read -r link; do
      target=$(readlink -f "$MAVEN_HOME${link#"$root/usr/share/maven"}")
      rm -f "$link"; cp -aL "$target" "$link"
    done
    ln -sf /usr/share/maven/bin/mvn "$root/usr/bin/mvn"
  fi
  tar -C "$root" -c . | podman import --change "ENV JAVA_HOME=$JDK" \
    --change "ENV PATH=$JDK/bin:/usr/bin:/bin" - "$1" >/dev/null
  echo "base image $1: $(du -sh "$root" | cut -f1) from $JDK"
}
make_base "$BUILD_BASE" maven
make_base "$RUNTIME_BASE" runtime

# ---- 2. the Dockerfile, as written, from those bases
podman build --pull=never --isolation chroot --format docker --network host -v "$M2:/root/.m2" \
  --build-arg BUILD_IMAGE="$BUILD_BASE" --build-arg RUNTIME_IMAGE="$RUNTIME_BASE" --build-arg MVN_FLAGS=-o \
  -t "$IMAGE" . 
echo "built $IMAGE: $(podman image inspect --format '{{.Size}}' "$IMAGE") bytes"

# ---- 3. run it from the image's file system, the way the image says
user=$(podman image inspect --format '{{.Config.User}}' "$IMAGE")
entrypoint=$(podman image inspect --format '{{json .Config.Entrypoint}}' "$IMAGE")
workdir=$(podman image inspect --format '{{.Config.WorkingDir}}' "$IMAGE")
health=$(podman image inspect --format '{{json .Config.Healthcheck.Test}}' "$IMAGE")
echo "user=$user workdir=$workdir entrypoint=$entrypoint healthcheck=$health"
[ "$user" != "" ] && [ "$user" != "root" ] && [ "$user" != "0" ] || { echo "FAIL: the image runs as root"; exit 1; }
[ "$health" != "null" ] || { echo "FAIL: the image has no HEALTHCHECK"; exit 1; }

mounted=$(podman image mount "$IMAGE")
root=$WORK/rootfs
cp -a "$mounted/." "$root"   # a writable copy: the service writes its H2 database under /app/data
podman image unmount "$IMAGE" >/dev/null
mkdir -p "$root/proc" "$root/dev"
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
cleanup() {
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  umount -R "$root/dev" 2>/dev/null || true
  umount "$root/proc" 2>/dev/null || true
}
trap cleanup EXIT

mapfile -t envs < <(podman image inspect --format '{{range .Config.Env}}{{println .}}{{end}}' "$IMAGE" | grep .)
cmd=$(printf '%s' "$entrypoint" | python3 -c 'import json,shlex,sys; print(" ".join(shlex.quote(a) for a in json.load(sys.stdin)))')
env -i "${envs[@]}" "$(type -P chroot)" --userspec="$user:0" "$root" sh -c "cd $workdir && exec $cmd" > "$WORK/service.log" 2>&1 &
pid=$!
wait_ready "$PORT" "$pid" "$WORK/service.log"
ready=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/q/health/ready")
# the image's own HEALTHCHECK command, run inside its file system as its user
if python3 - "$health" "$user" "$root" <<'PY'
import json, subprocess, sys
test, user, root = json.loads(sys.argv[1]), sys.argv[2], sys.argv[3]
args = test[1:] if test[0] == "CMD" else ["sh", "-c", test[1]]
sys.exit(subprocess.run(["chroot", f"--userspec={user}:0", root] + args, timeout=10).returncode)
PY
then hc_status=ok; else hc_status=failed; fi
labs=$(curl -s "http://localhost:$PORT/api/v1/labs?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["totalItems"])')
whoami_in=$(ps -o user= -p "$(pgrep -P "$pid" java || echo "$pid")" 2>/dev/null || true)
echo "ready=$ready healthcheck=$hc_status labs=$labs process-user=${whoami_in:-?}"
[ "$ready" = 200 ] && [ "$hc_status" = ok ] && [ "$labs" -ge 33 ] || { tail -30 "$WORK/service.log"; echo "FAIL"; exit 1; }
echo "PASS: image built with podman from local bases; the service runs from its file system as user $user"
