/**
 * Running a plan on a cluster: {@code harness plan} splits a plan into independent work units (one intake unit per
 * submission, and per submission one compare unit per group of whole contigs, sized by record counts), each
 * {@code harness compare --shard shards.json:K} runs one unit anywhere, and {@code harness merge} replays the
 * units' results through the same run code {@code harness run} uses, writing the same run folder and history rows.
 * The workflow engine (Nextflow, see {@code workflow/main.nf}) only schedules these commands.
 */
package dk.harness.workflow.shard;
