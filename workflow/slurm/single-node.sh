#!/usr/bin/env bash
# A throw-away single-node Slurm (Debian's slurm-wlm: slurmctld, slurmd, munge) on this machine, for testing
# workflow/main.nf with -profile slurm. No systemd: the daemons are started directly, as root, with every file
# under one folder, and listen on loopback only.
#
#   workflow/slurm/single-node.sh start DIR   # prints 'export SLURM_CONF=DIR/slurm.conf'; exit 1 if Slurm cannot start
#   workflow/slurm/single-node.sh stop DIR
#
# Install first (Debian/Ubuntu): apt-get install -y slurmctld slurmd slurm-client munge
set -euo pipefail
cmd="${1:-}"; dir="${2:-}"
[[ -n "$cmd" && -n "$dir" ]] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"

stop() {
  for pid in "$dir/slurmd.pid" "$dir/slurmctld.pid" "$dir/munged.pid"; do
    [[ -f "$pid" ]] && kill "$(cat "$pid")" 2>/dev/null || true
    rm -f "$pid"
  done
}

if [[ "$cmd" == stop ]]; then stop; exit 0; fi
[[ "$cmd" == start ]] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

for tool in munged slurmctld slurmd sinfo; do
  command -v "$tool" >/dev/null || { echo "single-node.sh: $tool not found (apt-get install -y slurmctld slurmd slurm-client munge)" >&2; exit 1; }
done
[[ "$(id -u)" == 0 ]] || { echo "single-node.sh: needs root (the daemons run as root here)" >&2; exit 1; }

host="$(hostname -s)"
cpus="$(nproc)"
mem_mb="$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 - 1024 ))"
mkdir -p "$dir/state" "$dir/spool" "$dir/munge"

# munge: a key of our own and a socket in DIR, so nothing system-wide is touched.
[[ -f "$dir/munge/munge.key" ]] || { dd if=/dev/urandom bs=1 count=1024 of="$dir/munge/munge.key" 2>/dev/null; chmod 400 "$dir/munge/munge.key"; }
munged --force --key-file="$dir/munge/munge.key" --socket="$dir/munge/munge.socket" \
  --pid-file="$dir/munged.pid" --log-file="$dir/munged.log" --seed-file="$dir/munge/munge.seed"

cat > "$dir/slurm.conf" <<CONF
ClusterName=harness-test
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$dir/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
SlurmctldPort=6817
SlurmdPort=6818
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
SchedulerType=sched/backfill
ReturnToService=2
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem_mb State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$dir/slurm.conf"
slurmctld -f "$SLURM_CONF" || { echo "single-node.sh: slurmctld did not start (see $dir/slurmctld.log)" >&2; stop; exit 1; }
slurmd -f "$SLURM_CONF" || { echo "single-node.sh: slurmd did not start (see $dir/slurmd.log)" >&2; stop; exit 1; }
for _ in $(seq 1 30); do
  if sinfo -h -o '%T' 2>/dev/null | grep -qE '^(idle|mixed|allocated)'; then
    echo "export SLURM_CONF=$SLURM_CONF"
    exit 0
  fi
  sleep 1
done
echo "single-node.sh: the node did not become idle in 30 s (sinfo: $(sinfo -h 2>&1 | head -1); see $dir/slurmctld.log, $dir/slurmd.log)" >&2
stop
exit 1
