#!/usr/bin/env nextflow
/*
 * harness on a cluster: `harness plan` splits the plan into work units, one task runs each unit
 * (`harness compare --shard shards.json:K`), and `harness merge` writes the run folder and history rows exactly as
 * `harness run --plan` would. The engine only schedules; every decision is harness's. See docs/cluster.md.
 *
 *   nextflow run workflow/main.nf -profile local --plan plans/hg002-chr21.yaml
 *   nextflow run workflow/main.nf -profile slurm --plan nightly.yaml --queue normal -resume
 */
nextflow.enable.dsl = 2

/** The harness command line for a task: the JVM heap follows the task's memory (85%, the rest is off-heap). */
def harness(task) {
    def heap = task.memory ? "-Xmx${(task.memory.toMega() * 0.85) as long}m" : ''
    return "${params.java} ${heap} ${params.java_opts ?: ''} -jar '${params.harness_jar}'"
}

process PLAN {
    tag "${plan_file.name}"
    label 'harness_plan'

    input:
    val plan_path
    // Staged only so that -resume notices an edited plan; harness reads the plan at its own path, because the
    // plan's relative paths are relative to its folder.
    path plan_file, stageAs: 'input-plan/*'

    output:
    path 'shards.json', emit: shards
    path 'units.tsv', emit: units

    script:
    """
    ${harness(task)} plan --plan '${plan_path}' --out shards.json --records-per-shard ${params.records_per_shard} > units.tsv
    """
}

/** A unit's script: run `harness compare --shard` on unit K of shards.json, results into the task folder. */
def unitScript(task, k) {
    // --fail_unit K makes unit K fail (tests of -resume); every other unit's script stays the same, so its cached
    // result is reused when the workflow is resumed without the option.
    def fail = params.fail_unit != null && "${params.fail_unit}" == "${k}" ? "echo 'unit ${k} fails on purpose (--fail_unit)' >&2; exit 1" : ''
    return """
    ${fail}
    ${harness(task)} compare --shard shards.json:${k} --output . --threads ${task.cpus} --quiet
    """
}

process INTAKE {
    tag "${k} ${submission}"
    label 'harness_intake'

    input:
    tuple val(k), val(kind), val(submission), val(contigs), val(records)
    path shards, stageAs: 'shards.json'

    output:
    path 'unit-*', emit: results

    script:
    unitScript(task, k)
}

process COMPARE {
    tag "${k} ${submission} ${contigs}"
    label 'harness_compare'

    input:
    tuple val(k), val(kind), val(submission), val(contigs), val(records)
    path shards, stageAs: 'shards.json'

    output:
    path 'unit-*', emit: results

    script:
    unitScript(task, k)
}

process MERGE {
    tag "${plan_path}"
    label 'harness_merge'
    publishDir "${params.tracedir}", mode: 'copy'

    input:
    val plan_path
    path shards, stageAs: 'shards.json'
    path results, stageAs: 'units/*'

    output:
    path 'run-summary.txt', emit: summary

    script:
    def runId = params.run_id ? "--run-id '${params.run_id}'" : ''
    def outdir = params.outdir ? "--results '${file(params.outdir).toAbsolutePath()}'" : ''
    def threads = params.threads ? "--threads ${params.threads}" : ''
    """
    set +e
    ${harness(task)} merge --plan '${plan_path}' --shards shards.json --units-dir units ${runId} ${outdir} ${threads} --quiet > run-summary.txt
    rc=\$?
    set -e
    echo "harness merge exit code: \$rc" >> run-summary.txt
    cat run-summary.txt
    # 3 (a submission failed a gate) and 2 with a recorded run (a submission was refused) are results, not failures.
    if [ \$rc -eq 0 ] || [ \$rc -eq 3 ] || { [ \$rc -eq 2 ] && grep -q '^Results: ' run-summary.txt; }; then exit 0; fi
    exit \$rc
    """
}

/** The final report: the run's verdicts (MERGE's summary) and every unit's PASS F1 over its recorded runs. */
process REPORT {
    tag "${summary.name}"
    label 'harness_plan'
    publishDir "${params.tracedir}", mode: 'copy'

    input:
    path summary

    output:
    path 'history-report.txt', emit: report

    script:
    """
    db=\$(sed -n 's/^History: //p' ${summary})
    ${harness(task)} history --db "\$db" --filter PASS --metric f1 --format table > history-report.txt
    """
}

workflow {
    if (!params.plan) {
        error "give the run plan: --plan PLAN.yaml (see docs/cluster.md)"
    }
    if (!file(params.harness_jar).exists() && !workflow.containerEngine) {
        error "the harness jar ${params.harness_jar} does not exist: build it with 'mvn -DskipTests package' " +
            "(or run bin/harness once), or set --harness_jar"
    }
    def planFile = file(params.plan, checkIfExists: true)
    PLAN(planFile.toAbsolutePath().toString(), planFile)
    def units = PLAN.out.units
        .splitCsv(sep: '\t')
        .map { row -> tuple(row[0] as int, row[1], row[2], row[3], row[4] as long) }
        .branch { intake: it[1] == 'intake'; compare: true }
    INTAKE(units.intake, PLAN.out.shards)
    COMPARE(units.compare, PLAN.out.shards)
    MERGE(planFile.toAbsolutePath().toString(), PLAN.out.shards,
        INTAKE.out.results.mix(COMPARE.out.results).collect())
    REPORT(MERGE.out.summary)
    MERGE.out.summary.view { it.text }
}
