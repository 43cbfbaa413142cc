#!/usr/bin/env bash
# Measures the start of Creditdesk to its first window: a new process each run, in a virtual X
# screen (Xvfb), timed from the launch until xdotool sees a visible window named "Creditdesk".
#
#   installer/measure-start.sh [--runs N] [--sellers N] [LAUNCHER]
#
# LAUNCHER defaults to the installed /opt/creditdesk/bin/Creditdesk, else the app image in
# target/installer. Each run gets a fresh copy of a small demo database (made once with the same
# launcher) in a temporary per-user data directory, so the app opens its sign-in screen and no real
# data is touched. Extra JVM flags for an experiment: JAVA_TOOL_OPTIONS (e.g. -Xshare:off).
# Also times the sign-in screen (needs imagemagick's import). Prints one line per run (wall clock,
# the CPU time the process had used) and the medians. Needs: xvfb, libgtk-3-0, xdotool, imagemagick.
set -euo pipefail

runs=5 sellers=50 launcher=""
while (($#)); do
  case $1 in
    --runs) runs=$2; shift ;;
    --sellers) sellers=$2; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) launcher=$1 ;;
  esac
  shift
done
root=$(cd "$(dirname "$0")/.." && pwd)
if [[ -z $launcher ]]; then
  launcher=/opt/creditdesk/bin/Creditdesk
  [[ -x $launcher ]] || launcher=$root/target/installer/Creditdesk/bin/Creditdesk
fi
[[ -x $launcher ]] || { echo "measure-start.sh: no launcher at $launcher (run installer/build.sh)" >&2; exit 2; }
for t in Xvfb xdotool import; do
  command -v $t >/dev/null || { echo "missing $t: apt-get install -y xvfb libgtk-3-0 xdotool imagemagick" >&2; exit 2; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/creditdesk-start.XXXXXX")
xpid="" apid=""
cleanup() {
  [[ -n $apid ]] && kill "$apid" 2>/dev/null && wait "$apid" 2>/dev/null
  [[ -n $xpid ]] && kill "$xpid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

# A free display number: no lock file and no socket.
for n in $(seq 80 99); do [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] || { disp=:$n; break; }; done
Xvfb "$disp" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xpid=$!
for _ in $(seq 50); do DISPLAY=$disp xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done

echo "launcher: $launcher"
echo "making a demo database with $sellers sellers ..."
XDG_DATA_HOME=$tmp/seed "$launcher" demo --sellers "$sellers" --quiet --db "$tmp/seed/creditdesk/creditdesk" >/dev/null

times=() cpus=() readys=()
for i in $(seq "$runs"); do
  rm -rf "$tmp/data" && mkdir -p "$tmp/data" && cp -r "$tmp/seed/creditdesk" "$tmp/data/"
  t0=$(date +%s%N)
  DISPLAY=$disp XDG_DATA_HOME=$tmp/data "$launcher" >"$tmp/run$i.log" 2>&1 &
  apid=$!
  found=""
  while [[ -z $found ]]; do
    found=$(DISPLAY=$disp xdotool search --onlyvisible --name '^Creditdesk$' 2>/dev/null || true)
    kill -0 "$apid" 2>/dev/null || { echo "run $i: the app exited; see its output:" >&2; cat "$tmp/run$i.log" >&2; exit 1; }
    (( ($(date +%s%N) - t0) / 1000000 < 60000 )) || { echo "run $i: no window after 60 s" >&2; exit 1; }
    [[ -n $found ]] || sleep 0.02
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  # CPU time the process (all its threads: the launcher runs the JVM in-process) had used by then:
  # on a busy machine this says more than the wall clock.
  read -r -a stat <"/proc/$apid/stat"
  cpu=$(( (stat[13] + stat[14]) * 1000 / $(getconf CLK_TCK) ))
  times+=("$ms") cpus+=("$cpu")
  # Then until the sign-in screen replaces the "Opening the database..." page: that page is plain
  # white, the sign-in screen's background is not.
  ready=""
  while [[ -z $ready ]]; do
    pixel=$(DISPLAY=$disp import -window root -crop 1x1+200+200 txt:- 2>/dev/null | tail -1)
    [[ $pixel == *"#FFFFFF"* || $pixel == *"#000000"* || -z $pixel ]] || ready=$(( ($(date +%s%N) - t0) / 1000000 ))
    (( ($(date +%s%N) - t0) / 1000000 < 120000 )) || { echo "run $i: no sign-in screen after 120 s" >&2; exit 1; }
    [[ -n $ready ]] || sleep 0.5   # grabbing the screen costs CPU: poll gently (+-0.5 s)
  done
  readys+=("$ready")
  echo "run $i: first window after $ms ms (CPU $cpu ms; load average $(cut -d' ' -f1 /proc/loadavg)); sign-in screen after $ready ms"
  kill "$apid" 2>/dev/null; wait "$apid" 2>/dev/null || true
  apid=""
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
sorted_cpu=($(printf '%s\n' "${cpus[@]}" | sort -n))
echo "median: ${sorted[$(( ${#sorted[@]} / 2 ))]} ms over $runs runs (min ${sorted[0]}, max ${sorted[-1]}); CPU median ${sorted_cpu[$(( ${#sorted_cpu[@]} / 2 ))]} ms"
sorted_ready=($(printf '%s\n' "${readys[@]}" | sort -n))
echo "sign-in screen: median ${sorted_ready[$(( ${#sorted_ready[@]} / 2 ))]} ms"
