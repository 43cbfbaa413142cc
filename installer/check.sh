#!/usr/bin/env bash
# Checks the native packaging end to end (run by CI after `mvn verify`; a few minutes):
#   1. builds the app image (installer/build.sh) and, when dpkg-deb and fakeroot exist, the .deb;
#   2. runs the app image's launcher headless: --help, --version, `demo --sellers 50` into a
#      temporary database, `status`; checks the runtime (JavaFX modules, Chinese locale data), the
#      launcher's JVM flags and the size of the image (<= 150 MB);
#   3. checks the .deb: control fields, files, the menu entry (Office;Finance), icon, scripts;
#   4. with --install (as root): installs the .deb, runs the installed app on the per-user data
#      directory, upgrades to the next version (data stays), removes it (program, menu entry and
#      command gone; user data stays).
#
#   installer/check.sh [--skip-maven] [--no-deb] [--install]
#
# All data goes to a temporary directory (XDG_DATA_HOME), never to the real user's data.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build_args=() want_deb=1 install=0
while (($#)); do
  case $1 in
    --skip-maven) build_args+=(--skip-maven) ;;
    --no-deb) want_deb=0 ;;
    --install) install=1 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "check.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

dest=target/installer
app=$dest/Creditdesk
launcher=$app/bin/Creditdesk
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/creditdesk-check.XXXXXX")
export XDG_DATA_HOME=$tmp/data   # DataLocation and the log directory follow it
export DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-gzip}   # as build.sh (the upgrade test calls jpackage itself)
installed_here=0
cleanup() {
  if ((installed_here)); then dpkg -r creditdesk >/dev/null 2>&1 || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

failures=0
ok() { printf '  ok    %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*"; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }
contains() { grep -qF -- "$2" <<<"$1"; }
section() { printf '\n== %s\n' "$*"; }

types=(--type app-image)
if ((want_deb)); then
  if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
    types+=(--type deb)
  else
    echo "check.sh: dpkg-deb or fakeroot missing: the .deb is not built (apt-get install -y fakeroot)" >&2
    want_deb=0
  fi
fi

section "build"
start=$SECONDS
installer/build.sh "${build_args[@]}" "${types[@]}"
echo "built in $((SECONDS - start)) s"

section "app image, headless"
help=$("$launcher" --help 2>&1) && rc=0 || rc=$?
check "--help exits 0" test "$rc" = 0
check "--help shows the usage and the demo command" bash -c '[[ $1 == *"Usage: creditdesk"* && $1 == *"  demo  "* ]]' _ "$help"
check "--version prints Creditdesk $version" test "$("$launcher" --version 2>&1)" = "Creditdesk $version"
touch "$tmp/before-run"
demo=$("$launcher" demo --sellers 50 --db "$tmp/demo/db" --json --quiet 2>&1) && rc=0 || rc=$?
check "demo --sellers 50 exits 0" test "$rc" = 0
check "demo's JSON summary counts 50 sellers" contains "$(tail -1 <<<"$demo")" '{"sellers":50,'
check "demo wrote its database to --db" test -f "$tmp/demo/db.mv.db"
status=$("$launcher" status --db "$tmp/demo/db" 2>&1) || true
check "status reads it back: 50 sellers" bash -c 'grep -qE "^Sellers: +50$" <<<"$1"' _ "$status"
check "logs go to the per-user data directory" test -f "$XDG_DATA_HOME/creditdesk/logs/creditdesk.log"
check "running the app wrote nothing into the app image" test -z "$(find "$app" -newer "$tmp/before-run" -print -quit)"

cfg=$app/lib/app/Creditdesk.cfg
for flag in $(sed -n 's:.*<fx.opens>\(.*\)</fx.opens>.*:\1:p' pom.xml); do
  check "launcher has $flag" grep -qxF "java-options=$flag" "$cfg"
done
check "launcher's class path holds the app jar, not JavaFX" bash -c 'grep -q "app.classpath=\$APPDIR/creditdesk.jar" "$1" && ! grep -q "app.classpath=\$APPDIR/javafx-" "$1"' _ "$cfg"
modules=$("$app/lib/runtime/bin/java" --list-modules)
for m in javafx.controls javafx.graphics java.sql jdk.localedata; do
  check "runtime has $m" contains "$modules" "$m@"
done
check "JavaFX natives are in the runtime's lib/, not packed in its modules (no ~/.openjfx cache)" \
  bash -c 'test -f "$1/lib/libglassgtk3.so" && test -f "$1/lib/libprism_sw.so" && ! jimage list "$1/lib/modules" | grep -q "\.so$"' _ "$app/lib/runtime"
check "the window icons are in the jar" bash -c 'unzip -l "$1" | grep -q "io/creditdesk/ui/icons/creditdesk-16.png"' _ "$app/lib/app/creditdesk.jar"
mkdir -p "$tmp/localecheck"
cat >"$tmp/localecheck/LocaleCheck.java" <<'EOF'
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
public class LocaleCheck {
    public static void main(String[] args) {
        System.out.println(Month.JANUARY.getDisplayName(TextStyle.FULL, Locale.SIMPLIFIED_CHINESE));
    }
}
EOF
javac --release 17 -d "$tmp/localecheck" "$tmp/localecheck/LocaleCheck.java"
check "runtime formats Chinese dates (一月)" test "$("$app/lib/runtime/bin/java" -cp "$tmp/localecheck" LocaleCheck)" = "一月"
size_mb=$(du -sm "$app" | cut -f1)
check "app image is ${size_mb} MB (<= 150 MB)" test "$size_mb" -le 150

if ((want_deb)); then
  section ".deb contents"
  deb=$dest/creditdesk_${version}-1_amd64.deb
  check "built $deb ($(du -m "$deb" | cut -f1) MB)" test -f "$deb"
  info=$(dpkg-deb -I "$deb")
  check "Package: creditdesk" bash -c 'grep -qE "^ Package: creditdesk$" <<<"$1"' _ "$info"
  check "Version: ${version}-1" bash -c 'grep -qE "^ Version: $2-1$" <<<"$1"' _ "$info" "$version"
  check "Section: office" bash -c 'grep -qE "^ Section: office$" <<<"$1"' _ "$info"
  check "Depends on libgtk-3-0 and xdg-utils" bash -c 'grep -E "^ Depends:" <<<"$1" | grep -q "libgtk-3-0" && grep -E "^ Depends:" <<<"$1" | grep -q "xdg-utils"' _ "$info"
  files=$(dpkg-deb -c "$deb")
  for f in ./opt/creditdesk/bin/Creditdesk ./opt/creditdesk/lib/Creditdesk.png \
           ./opt/creditdesk/lib/creditdesk-Creditdesk.desktop ./opt/creditdesk/lib/app/creditdesk.jar \
           ./opt/creditdesk/lib/runtime/lib/libglassgtk3.so ./opt/creditdesk/lib/runtime/lib/server/classes.jsa; do
    check "contains $f" bash -c 'grep -qE " $2$" <<<"$1"' _ "$files" "${f//./\\.}"
  done
  check "installs nothing outside /opt/creditdesk" bash -c '! awk "{print \$6}" <<<"$1" | grep -vE "^\./(opt/(creditdesk/.*)?)?$"' _ "$files"
  desktop=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./opt/creditdesk/lib/creditdesk-Creditdesk.desktop)
  for line in "Name=Creditdesk" "Exec=/opt/creditdesk/bin/Creditdesk" "Icon=/opt/creditdesk/lib/Creditdesk.png" \
              "Categories=Office;Finance;" "Type=Application" "Terminal=false" "StartupWMClass=io.creditdesk.ui.CreditdeskApp"; do
    check "menu entry: $line" bash -c 'grep -qxF "$2" <<<"$1"' _ "$desktop" "$line"
  done
  icon=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./opt/creditdesk/lib/Creditdesk.png | file -)
  check "icon is a 256 x 256 PNG" contains "$icon" "PNG image data, 256 x 256"
  mkdir -p "$tmp/control" && dpkg-deb -e "$deb" "$tmp/control"
  check "postinst adds the menu entry and the creditdesk command" bash -c 'grep -q "/usr/share/applications/creditdesk-Creditdesk.desktop" "$1" && grep -q "ln -sf /opt/creditdesk/bin/Creditdesk /usr/bin/creditdesk" "$1"' _ "$tmp/control/postinst"
  check "prerm removes them" bash -c 'grep -q "rm -f /usr/share/applications/creditdesk-Creditdesk.desktop" "$1" && grep -q "rm -f /usr/bin/creditdesk" "$1"' _ "$tmp/control/prerm"
  check "no maintainer script touches user data" bash -c '! cat "$1"/*rm "$1"/*inst | grep -vE "^ *#" | grep -qE "\.local/share|XDG_DATA_HOME|/home/|\.openjfx"' _ "$tmp/control"
fi

if ((install && want_deb)); then
  section "install, upgrade, remove (dpkg)"
  if [[ $(id -u) != 0 ]]; then
    echo "  skipped: --install needs root"
  elif dpkg-query -W -f='${Status}' creditdesk 2>/dev/null | grep -q "ok installed"; then
    echo "  skipped: creditdesk is installed on this machine; not touching it"
  else
    next=$(awk -F. -v OFS=. '{ $NF = $NF + 1; print }' <<<"$version")
    next_deb=$tmp/creditdesk_${next}-1_amd64.deb
    jpackage --type deb @installer/common.args @installer/linux/deb.args --app-version "$next" \
      --app-image "$app" --dest "$tmp" >/dev/null
    data=$XDG_DATA_HOME/creditdesk/creditdesk.mv.db
    missing=()
    for p in $(dpkg-deb -f "$deb" Depends | tr -d ' ' | tr ',' ' '); do
      dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then   # what `apt install ./creditdesk.deb` would pull in
      echo "  installing the package's dependencies: ${missing[*]}"
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$tmp/apt.log" 2>&1 \
        || { cat "$tmp/apt.log"; fail "apt-get install ${missing[*]}"; }
    fi
    installed_here=1
    check "dpkg -i $version" bash -c 'dpkg -i "$1" >"$2/dpkg.log" 2>&1' _ "$deb" "$tmp"
    check "/opt/creditdesk/bin/Creditdesk --help" bash -c '/opt/creditdesk/bin/Creditdesk --help | grep -q "Usage: creditdesk"'
    check "the creditdesk command is on the PATH" test "$(creditdesk --version 2>&1)" = "Creditdesk $version"
    check "menu entry installed" test -f /usr/share/applications/creditdesk-Creditdesk.desktop
    check "installed app's demo goes to the per-user data directory" bash -c 'creditdesk demo --sellers 50 --quiet >/dev/null 2>&1 && test -f "$1"' _ "$data"
    check "dpkg -i $next over it (upgrade)" bash -c 'dpkg -i "$1" >>"$2/dpkg.log" 2>&1' _ "$next_deb" "$tmp"
    check "dpkg reports version ${next}-1" test "$(dpkg-query -W -f='${Version}' creditdesk)" = "${next}-1"
    check "after the upgrade the data is still there (50 sellers)" bash -c 'creditdesk status 2>&1 | grep -qE "^Sellers: +50$"'
    check "dpkg -r" bash -c 'dpkg -r creditdesk >>"$1/dpkg.log" 2>&1' _ "$tmp"
    installed_here=0
    check "program files are gone (/opt/creditdesk)" test ! -e /opt/creditdesk
    check "the creditdesk command is gone" test ! -e /usr/bin/creditdesk
    check "the menu entry is gone" test ! -e /usr/share/applications/creditdesk-Creditdesk.desktop
    check "the user's data stays" test -s "$data"
    dpkg -P creditdesk >>"$tmp/dpkg.log" 2>&1 || true
    check "purge leaves the user's data too" test -s "$data"
    ((failures == 0)) || sed 's/^/    dpkg: /' "$tmp/dpkg.log"
  fi
fi

echo
if ((failures)); then
  echo "check.sh: $failures check(s) FAILED"
  exit 1
fi
echo "check.sh: all checks passed"
