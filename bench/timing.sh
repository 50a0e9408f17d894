# Sourced by the bench scripts (compare-bench.sh, fixed-cost-bench.sh, sv-bench.sh): one runs.tsv row per timed
# run and the medians of its columns. The sourcing script sets RUNS_TSV before calling these.

# runs_tsv_start: writes runs.tsv's header.
runs_tsv_start() {
  printf 'tool\trun\twall_s\tuser_s\tsys_s\tmax_rss_kib\tload_before\n' > "$RUNS_TSV"
}

# time_row TOOL RUN LOAD TIMEFILE: appends the row of one run: wall, user, sys and peak RSS from TIMEFILE
# (`/usr/bin/time -v` output) and the 1-minute load average before the run (other work on the machine stretches
# wall times, not CPU times).
time_row() {
  awk -v tool="$1" -v run="$2" -v load="$3" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
    /User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { r = $2 }
    END { printf "%s\t%s\t%.2f\t%.2f\t%.2f\t%d\t%s\n", tool, run, w, u, s, r, load }' "$4" >> "$RUNS_TSV"
}

# stat TOOL COLUMN [SCALE]: "median [min-max]" of a runs.tsv column (3=wall 4=user 5=sys 6=rss 7=load;
# cpu=user+sys), divided by SCALE, with STAT_DECIMALS decimals (default 2).
stat() {
  awk -F'\t' -v tool="$1" -v col="$2" -v scale="${3:-1}" -v d="${STAT_DECIMALS:-2}" '
    $1 == tool { v[n++] = (col == "cpu" ? $4 + $5 : $col) / scale }
    END {
      if (n == 0) { print "-"; exit }
      for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
      m = n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2
      f = "%." d "f [%." d "f-%." d "f]"
      printf f, m, v[0], v[n - 1]
    }' "$RUNS_TSV"
}
median() { stat "$@" | cut -d' ' -f1; }
