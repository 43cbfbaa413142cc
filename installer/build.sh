#!/usr/bin/env bash
# Builds Creditdesk's native packages: mvn package -> jdeps -> jlink -> jpackage.
#
#   installer/build.sh [--skip-maven] [--type TYPE]... [--app-version X.Y.Z] [--dest DIR]
#
#   --skip-maven      use the jar and target/lib of an earlier `mvn package`/`verify`
#   --type TYPE       app-image, deb (Linux), msi (Windows), dmg (macOS); repeatable.
#                     Default: the app image and this OS's installer.
#   --app-version V   package version (default: <version> of pom.xml)
#   --dest DIR        output folder (default: target/installer)
#
# Options live in argument files: installer/common.args (all), installer/launcher.args (the app
# image), installer/<os>/{app-image,deb|msi|dmg}.args. The JVM flags of <fx.opens> in pom.xml go
# into the launcher. Output on Linux: DIR/Creditdesk (app image) and
# DIR/creditdesk_<version>-1_amd64.deb. The .deb is gzip-compressed unless DPKG_DEB_COMPRESSOR_TYPE
# says otherwise: its content is already compressed (jars, jlink --compress=2), so dpkg's default xz
# saves only 6% (89.0 vs 94.7 MB) and took 3 min 50 s instead of under a minute here.
#
# Windows: run from Git Bash with WiX 3 on PATH; macOS: run as is. Linux needs dpkg-deb and
# fakeroot for the .deb (Debian packages dpkg, fakeroot; jpackage also calls objdump from binutils).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

skip_maven=0 types=() version="" dest=target/installer
while (($#)); do
  case $1 in
    --skip-maven) skip_maven=1 ;;
    --type) types+=("${2:?--type needs a value}"); shift ;;
    --app-version) version=${2:?--app-version needs a value}; shift ;;
    --dest) dest=${2:?--dest needs a value}; shift ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

case $(uname -s) in
  Linux) os=linux sep=: installer_type=deb ;;
  Darwin) os=macos sep=: installer_type=dmg ;;
  MINGW*|MSYS*|CYGWIN*) os=windows sep=';' installer_type=msi ;;
  *) echo "build.sh: unsupported OS $(uname -s)" >&2; exit 2 ;;
esac
((${#types[@]})) || types=(app-image "$installer_type")

jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/}
for t in jdeps jlink jpackage; do
  command -v "${jdk_bin}$t" >/dev/null || { echo "build.sh: ${jdk_bin}$t not found (needs a full JDK 17+)" >&2; exit 2; }
done
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")")}
[[ -d $java_home/jmods ]] || { echo "build.sh: $java_home/jmods missing (Debian: apt-get install openjdk-17-jmods)" >&2; exit 2; }

pom_value() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -1; }
[[ -n $version ]] || version=$(pom_value version)
fx_version=$(pom_value javafx.version)
read -r -a fx_opens <<<"$(pom_value fx.opens)"

export DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-gzip}

step() { printf '[build.sh %s] %s\n' "$(date +%T)" "$*"; }

if ((!skip_maven)); then
  step "mvn package"
  ./mvnw -B -ntp -q -DskipTests package
fi
[[ -f target/creditdesk.jar && -d target/lib ]] || { echo "build.sh: target/creditdesk.jar or target/lib missing: run without --skip-maven" >&2; exit 2; }

mkdir -p "$dest"
dest=$(cd "$dest" && pwd)
work=$dest/work
rm -rf "$work" "$dest/Creditdesk" "$dest/Creditdesk.app"
mkdir -p "$work/input" "$work/fxmods"

# The app's jars go on the launcher's class path; JavaFX's platform jars (javafx-*-<os>.jar, modular
# jars with the native libraries inside) go to jlink; the empty javafx-*-<version>.jar are dropped.
cp target/creditdesk.jar "$work/input/"
for jar in target/lib/*.jar; do
  name=$(basename "$jar")
  case $name in
    javafx-*-"$fx_version".jar) ;;
    javafx-*) cp "$jar" "$work/fxmods/" ;;
    *) cp "$jar" "$work/input/" ;;
  esac
done

step "jdeps"
classpath=$(printf "%s$sep" "$work"/input/*.jar)
modules=$("${jdk_bin}jdeps" -q --ignore-missing-deps --multi-release 17 --print-module-deps \
  --module-path "$work/fxmods" --class-path "$classpath" "$work"/input/*.jar)
# jdk.localedata: the Chinese (zh_CN) number/date formats, loaded as a service (jdeps cannot see it).
modules="$modules,jdk.localedata"
echo "$modules" >"$work/modules.txt"
step "modules: $modules"

step "jlink"
# JavaFX's jars carry their native libraries as resources; left there, JavaFX extracts them to
# ~/.openjfx/cache at every first start. Instead they are left out of the modules image and put
# where the JDK's own libraries are (lib/, bin/ on Windows), where JavaFX loads them directly.
case $os in
  linux) native_glob='*.so' native_dir=lib ;;
  macos) native_glob='*.dylib' native_dir=lib ;;
  windows) native_glob='*.dll' native_dir=bin ;;
esac
"${jdk_bin}jlink" --module-path "$java_home/jmods$sep$work/fxmods" --add-modules "$modules" \
  --include-locales=en,zh --strip-debug --no-header-files --no-man-pages --compress=2 \
  --exclude-resources="glob:/javafx.*/$native_glob" \
  --generate-cds-archive --output "$work/runtime"
mkdir -p "$work/fxnative"
for jar in "$work"/fxmods/*.jar; do
  (cd "$work/fxnative" && "${jdk_bin}jar" xf "$jar")
done
find "$work/fxnative" -maxdepth 1 -name "$native_glob" -exec cp {} "$work/runtime/$native_dir/" \;
# The CDS archive for heaps over 32 GB (no compressed oops) is never used by a desktop app.
rm -f "$work/runtime/lib/server/classes_nocoops.jsa"

java_options=()
for flag in "${fx_opens[@]}"; do java_options+=(--java-options "$flag"); done

app_image=$dest/Creditdesk
[[ $os == macos ]] && app_image=$dest/Creditdesk.app
for type in "${types[@]}"; do
  case $type in
    app-image)
      step "jpackage app-image $version"
      "${jdk_bin}jpackage" --type app-image @installer/common.args @installer/launcher.args \
        @installer/$os/app-image.args "${java_options[@]}" --app-version "$version" \
        --runtime-image "$work/runtime" --input "$work/input" --dest "$dest"
      step "app image: $app_image ($(du -sh "$app_image" | cut -f1))" ;;
    deb|msi|dmg|rpm|pkg|exe)
      [[ -d $app_image ]] || { echo "build.sh: --type $type needs the app image: add --type app-image" >&2; exit 2; }
      step "jpackage $type $version"
      "${jdk_bin}jpackage" --type "$type" @installer/common.args @installer/$os/$type.args \
        --app-version "$version" --app-image "$app_image" --dest "$dest"
      step "installer: $(ls -t "$dest"/*."$type" | head -1)" ;;
    *) echo "build.sh: unknown --type $type" >&2; exit 2 ;;
  esac
done
