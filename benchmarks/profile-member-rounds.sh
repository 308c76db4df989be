#!/bin/bash
# Profiles the benchmark's member JVM one round at a time, so that what the member does for our client and for the
# official one can be compared: a `--full` run of one scenario, with async-profiler attached to the member through
# jcmd from the end of the first round to the end of the last. Each round's CPU samples go to
# <out>/round<N>-<client>.collapsed (one stack a line, then its sample count).
#
# Usage, from the project root, with the benchmarks built:
#   benchmarks/profile-member-rounds.sh <scenario> <path to libasyncProfiler.so> [out dir]
# async-profiler's library is in its Maven jar: tools.profiler:async-profiler:4.1:jar:linux-x64 (unzip it).
set -euo pipefail
scenario=$1
lib=$2
out=${3:-benchmarks/target/member-profile-$scenario}
rm -rf "$out" && mkdir -p "$out"

java -jar benchmarks/target/benchmarks.jar --full --only "$scenario" > "$out/bench.out" 2> "$out/bench.err" &
bench=$!
member=
for _ in $(seq 240); do
  member=$(pgrep -f "io.hzclient.bench.BenchMember" | head -1 || true)
  [ -n "$member" ] && break
  sleep 0.5
done
[ -n "$member" ] || { echo "no member JVM found" >&2; exit 1; }

# jcmd reads key=value words as its own options: the agent's option string goes in quotes of its own
profiler() { jcmd "$member" JVMTI.agent_load "$lib" "\"$1\"" > /dev/null || echo "jcmd failed: $1" >&2; }
rounds() { grep -c "^\[.*\] $scenario " "$out/bench.err" || true; }
client_of_round() { grep "^\[.*\] $scenario " "$out/bench.err" | sed -n "${1}p" | sed 's/.*\] *[^ ]* *//' | awk '{print $1}'; }

seen=0
while kill -0 "$bench" 2> /dev/null; do
  done_rounds=$(rounds)
  if [ "$done_rounds" != "$seen" ]; then
    if [ "$seen" -gt 0 ]; then
      profiler "stop,file=$PWD/$out/round$done_rounds-$(client_of_round "$done_rounds").collapsed,collapsed"
    fi
    if [ "$done_rounds" -lt 6 ]; then
      profiler "start,event=cpu,interval=1ms"
    fi
    seen=$done_rounds
  fi
  sleep 0.2
done

# Per round: samples (ms of CPU), and the shares of the member's I/O threads, of its operation threads, and of the
# samples whose stack ends in the kernel re-enabling interrupts (the network stack's softirq work on this VM)
for f in "$out"/round*.collapsed; do
  awk -v name="$(basename "$f" .collapsed)" '{ n = $NF; total += n
      if ($0 ~ /NioThread/) io += n; else if ($0 ~ /OperationThread/) op += n
      if ($0 ~ /irq_enable[^;]* [0-9]+$/) irq += n }
    END { if (total) printf "%-24s %6d samples  io threads %4.1f%%  operation threads %4.1f%%  irq %4.1f%%\n",
      name, total, 100 * io / total, 100 * op / total, 100 * irq / total }' "$f"
done
grep "^\[.*\] $scenario " "$out/bench.err"
