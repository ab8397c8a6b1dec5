#!/bin/sh
# Checks the system libraries Qt (and the tests) need. When some are missing and we are root on
# Debian/Ubuntu, installs them; otherwise prints the exact command and fails.
# `test` also wants the PostgreSQL server binaries (the sync tests start a throwaway cluster);
# without root it only prints the command, and those tests are skipped with that reason.
# usage: system-deps.sh core|display|test
set -eu
mode=${1:-core}
arch_dir=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo "$(uname -m)-linux-gnu")

# "file-that-must-exist debian-package" pairs
core="libEGL.so.1:libegl1 libGL.so.1:libgl1 libfontconfig.so.1:libfontconfig1
libfreetype.so.6:libfreetype6 libxkbcommon.so.0:libxkbcommon0 libglib-2.0.so.0:libglib2.0-0
libdbus-1.so.3:libdbus-1-3 libpulse.so.0:libpulse0"
display="libxcb-cursor.so.0:libxcb-cursor0 libxkbcommon-x11.so.0:libxkbcommon-x11-0
libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-image.so.0:libxcb-image0
libxcb-render-util.so.0:libxcb-render-util0 libxcb-randr.so.0:libxcb-randr0
libxcb-shape.so.0:libxcb-shape0 libxcb-xkb.so.1:libxcb-xkb1 libX11-xcb.so.1:libx11-xcb1
libxcb-xfixes.so.0:libxcb-xfixes0 libxcb-sync.so.1:libxcb-sync1 libxcb-shm.so.0:libxcb-shm0
libxcb-util.so.1:libxcb-util1 dri/swrast_dri.so:libgl1-mesa-dri"
case "$mode" in
  core|test) wanted=$core ;;
  display) wanted="$core $display" ;;
  *) echo "usage: $0 core|display|test" >&2; exit 2 ;;
esac

if [ "$mode" = test ]; then
  have_pg=""
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && have_pg=1 && break
  done
  command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1 && have_pg=1
  if [ -z "$have_pg" ]; then
    pg_cmd="apt-get install -y --no-install-recommends postgresql"
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing PostgreSQL for the sync tests"
      DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || true
      DEBIAN_FRONTEND=noninteractive $pg_cmd >/dev/null
    else
      echo "PostgreSQL server binaries are missing; the PostgreSQL sync tests will be skipped." >&2
      echo "Install them with:  sudo $pg_cmd" >&2
    fi
  fi
  # Tools some tests drive for real (fake USB sysfs, a private D-Bus, unit file checks); the
  # tests that need a missing one are skipped with the install command as the reason.
  tools=""
  for pair in umockdev-run:umockdev dbus-daemon:dbus systemd-analyze:systemd; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || tools="$tools ${pair#*:}"
  done
  if [ -n "$tools" ]; then
    tools_cmd="apt-get install -y --no-install-recommends$tools"
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing test tools:$tools"
      DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || true
      DEBIAN_FRONTEND=noninteractive $tools_cmd >/dev/null || echo "Could not install:$tools" >&2
    else
      echo "Some test tools are missing; the tests that need them will be skipped." >&2
      echo "Install them with:  sudo $tools_cmd" >&2
    fi
  fi
fi

missing=""
for pair in $wanted; do
  file=${pair%%:*}; pkg=${pair#*:}
  found=""
  for dir in "/usr/lib/$arch_dir" "/lib/$arch_dir" /usr/lib64 /usr/lib; do
    [ -e "$dir/$file" ] && found=1 && break
  done
  [ -n "$found" ] || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0

cmd="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system libraries Qt needs:$missing"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || true
  DEBIAN_FRONTEND=noninteractive $cmd >/dev/null
  exit 0
fi
echo "Missing system libraries that Qt needs:$missing" >&2
echo "Install them with:  sudo $cmd" >&2
exit 1
