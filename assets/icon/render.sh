#!/usr/bin/env bash
# Renders the Creditdesk icon from its SVG sources into every format the app and installers use:
#   assets/icon/png/creditdesk-{16,24,32,48,64,128,256,512,1024}.png
#   assets/icon/creditdesk.ico    (Windows: 16-256 px)      -> installer/windows
#   assets/icon/creditdesk.icns   (macOS: 16-1024 px)       -> installer/macos
#   src/main/resources/io/creditdesk/ui/icons/creditdesk-{16,32,64,128,256}.png (window icons)
# The outputs are checked in, so building the app or an installer never needs these tools.
# Needs (Debian): apt-get install -y librsvg2-bin imagemagick icnsutils
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
for t in rsvg-convert convert png2icns; do
  command -v $t >/dev/null || { echo "missing $t: apt-get install -y librsvg2-bin imagemagick icnsutils" >&2; exit 2; }
done
mkdir -p "$here/png" "$root/src/main/resources/io/creditdesk/ui/icons"
for s in 16 24 32 48 64 128 256 512 1024; do
  src=$here/creditdesk.svg
  [[ $s == 16 ]] && src=$here/creditdesk-small.svg   # hand-tuned for the 16 px grid
  rsvg-convert -w $s -h $s "$src" -o "$here/png/creditdesk-$s.png"
done
# Strip timestamps and other metadata so re-rendering gives identical files.
(cd "$here/png" && mogrify -strip -define png:exclude-chunks=date,time ./*.png)
(cd "$here/png" && convert creditdesk-16.png creditdesk-24.png creditdesk-32.png creditdesk-48.png \
   creditdesk-64.png creditdesk-128.png creditdesk-256.png "$here/creditdesk.ico")
(cd "$here/png" && png2icns "$here/creditdesk.icns" creditdesk-16.png creditdesk-32.png creditdesk-48.png \
   creditdesk-128.png creditdesk-256.png creditdesk-512.png creditdesk-1024.png >/dev/null)
for s in 16 32 64 128 256; do
  cp "$here/png/creditdesk-$s.png" "$root/src/main/resources/io/creditdesk/ui/icons/"
done
echo "icons written to $here and src/main/resources/io/creditdesk/ui/icons"
