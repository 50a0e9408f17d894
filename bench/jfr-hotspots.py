#!/usr/bin/env python3
"""Summarises a JFR recording of a harness run: where the CPU samples went.

Usage: bench/jfr-hotspots.py RECORDING.jfr [--top N] [--timeline SECONDS]

Prints, from the jdk.ExecutionSample events (Java code; JFR samples a thread in native code, such as zlib, only
as a jdk.NativeMethodSample, summarised separately):
  1. samples per thread,
  2. samples per pipeline stage (the first stage rule matching the stack, see STAGES),
  3. the hottest leaf methods ("self" samples),
  4. the hottest harness methods, inclusive (each counted once per sample),
5. native samples by top frame (inflate/deflate of the VCFs, file reads), with the stage of the Java caller,
and the total garbage-collection pause time from jdk.GarbageCollection. --timeline S instead prints the samples
per thread in S-second steps: which phases of a run keep only one core busy.
Needs the JDK's `jfr` tool on PATH.
"""
import collections
import re
import subprocess
import sys

# (stage, substring of a frame). The first rule that matches any frame of a sample's stack names its stage, so
# specific rules come before general ones.
STAGES = [
    ("startup: class loading / picocli", "java.lang.ClassLoader.loadClass"),
    # before the inflate rule: bgzipped strata BEDs (GIAB ships .bed.gz) are inflated under BedRegions
    ("io: BED / strata loading", "dk.harness.io.BedRegions"),
    ("io: BED / strata loading", "dk.harness.io.Stratifications"),
    # Intake (harness run, validate) reads the submission with its own scan and the comparison's reader: all of
    # it counts as intake, so that a run's profile separates intake from the comparison.
    ("intake: submission checks (all of it)", "dk.harness.intake."),
    ("io: VCF decompress (inflate)", "java.util.zip.Inflater"),
    ("report: output compression (deflate)", "java.util.zip.Deflater"),
    ("digest: sha256 of inputs", "dk.harness.report.Sha256"),
    ("io: CHROM pre-scan", "dk.harness.io.VcfInput.recordContigs"),
    ("io: htsjdk VCFCodec.decode", "htsjdk.variant.vcf.AbstractVCFCodec.decode"),
    ("io: VCF record parse (own)", "dk.harness.io.VcfRecordParser"),
    ("io: VCF record parse (own)", "dk.harness.io.FastRecordParser"),
    ("io: VCF record parse (own)", "dk.harness.io.SiteSyntax"),
    ("io: VCF line reading", "dk.harness.io.TextLines"),
    ("io: VCF line reading", "dk.harness.io.VcfInput"),
    ("io: REF check", "dk.harness.io.RefCheck"),
    ("io: reference FASTA", "dk.harness.io.FastaReference"),
    ("report: GA4GH VCF", "dk.harness.report.Ga4ghVcfSink"),
    ("report: ROC", "dk.harness.report.RocSink"),
    ("report: stratified counts", "dk.harness.report.StratifiedCounts"),
    ("report: strata lookup (ContigIntervals)", "dk.harness.report.ContigIntervals"),
    ("report: annotation (facts, strata)", "dk.harness.report.Annot"),
    ("report: other", "dk.harness.report."),
    ("core: haplotype search", "dk.harness.core.match.HaplotypeSearch"),
    ("core: grouping", "dk.harness.core.match.Grouping"),
    ("core: other", "dk.harness.core."),
    ("workflow", "dk.harness.workflow."),
    ("cli", "dk.harness.cli."),
]

FRAME = re.compile(r"^\s+(\S+?)\(.*\)\s+line:")


def events(path, kind="jdk.ExecutionSample"):
    out = subprocess.run(["jfr", "print", "--events", kind, "--stack-depth", "200", path],
                         check=True, capture_output=True, text=True).stdout
    thread, stack, when = None, None, 0.0
    for line in out.splitlines():
        if line.startswith(kind):
            thread, stack = None, []
        elif "startTime = " in line:
            m = re.search(r"(\d+):(\d+):([\d.]+)", line)
            when = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + float(m.group(3)) if m else 0.0
        elif "sampledThread" in line:
            m = re.search(r'"(.*)"', line)
            thread = re.sub(r"[-#]?\d+$", "", m.group(1)) if m else "?"
        elif stack is not None and FRAME.match(line):
            stack.append(FRAME.match(line).group(1))
        elif line.startswith("}") and stack is not None:
            yield thread, stack, when
            stack = None


def stage_of(stack):
    for name, needle in STAGES:
        if any(needle in f for f in stack):
            return name
    return "other (JDK / libraries)"


def gc_pause_ms(path):
    out = subprocess.run(["jfr", "print", "--events", "jdk.GarbageCollection", path],
                         check=True, capture_output=True, text=True).stdout
    total = 0.0
    for m in re.finditer(r"sumOfPauses = ([\d.]+) (ms|s|us)", out):
        v = float(m.group(1))
        total += v * 1000 if m.group(2) == "s" else v / 1000 if m.group(2) == "us" else v
    return total


def table(title, counter, total, top):
    print(f"\n{title}")
    for key, n in counter.most_common(top):
        print(f"  {100.0 * n / total:5.1f}%  {n:7d}  {key}")


def timeline(path, step):
    rows = [(when, thread) for thread, _, when in events(path)]
    if not rows:
        sys.exit("no execution samples in " + path)
    start = min(w for w, _ in rows)
    buckets = collections.defaultdict(collections.Counter)
    for when, thread in rows:
        buckets[int((when - start) / step)][thread] += 1
    names = sorted({t for _, t in rows})
    print("seconds  " + "  ".join(f"{n:>18}" for n in names))
    for b in range(max(buckets) + 1):
        print(f"{b * step:7.1f}  " + "  ".join(f"{buckets[b][n]:>18}" for n in names))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    path = sys.argv[1]
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 25
    if "--timeline" in sys.argv:
        timeline(path, float(sys.argv[sys.argv.index("--timeline") + 1]))
        return
    threads, stages, leaves, inclusive = (collections.Counter() for _ in range(4))
    total = 0
    for thread, stack, _ in events(path):
        total += 1
        threads[thread] += 1
        stages[stage_of(stack)] += 1
        if stack:
            leaves[stack[0]] += 1
        for f in set(stack):
            if f.startswith("dk.harness."):
                inclusive[f] += 1
    if total == 0:
        sys.exit("no execution samples in " + path)
    print(f"{path}: {total} execution samples; GC pauses {gc_pause_ms(path):.0f} ms")
    table("Samples per thread", threads, total, top)
    table("Samples per stage", stages, total, top)
    table("Hottest leaf methods (self)", leaves, total, top)
    table("Hottest harness methods (inclusive)", inclusive, total, top)
    native = collections.Counter()
    for _, stack, _ in events(path, "jdk.NativeMethodSample"):
        if stack and not any(w in stack[0] for w in ("Thread.sleep", "Object.wait", "Unsafe.park", "epoll",
                                                      "socketAccept", "ServerSocket", "accept0")):
            native[stack[0] + "  <- " + stage_of(stack)] += 1
    if native:
        table("Native samples (sampled less often than Java ones; CPU-bound natives only)", native,
              sum(native.values()), top)


if __name__ == "__main__":
    main()
