package dk.harness.catalog;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A unit's pipeline spec, validated. Sections follow the IEEE 2791 BioCompute Object domains (see
 * {@code docs/pipeline-spec.md}); the accessor names say which domain a value comes from. Immutable.
 *
 * @param source the file it was read from
 * @param example true for the fictional example specs (placeholder digests/checksums are then allowed)
 * @param unit provenance_domain.unit: the sequencing unit
 * @param name provenance_domain.name: pipeline name
 * @param version provenance_domain.version: pipeline version
 * @param created provenance_domain.created (ISO 8601 date-time, as written)
 * @param modified provenance_domain.modified (ISO 8601 date-time, as written)
 * @param license provenance_domain.license
 * @param contributors provenance_domain.contributors
 * @param usability usability_domain
 * @param keywords description_domain.keywords
 * @param steps description_domain.pipeline_steps, ordered by step number 1, 2, ...
 * @param scriptDriver execution_domain.script_driver
 * @param scripts execution_domain.script
 * @param environment execution_domain.environment_variables, sorted by name
 * @param parameters parametric_domain, in document order
 * @param reference io_domain.reference
 * @param sequencing extension_domain.sequencing: platform and chemistry
 */
public record PipelineSpec(Path source, boolean example, String unit, String name, String version, String created,
    String modified, String license, List<Contributor> contributors, List<String> usability, List<String> keywords,
    List<Step> steps, String scriptDriver, List<URI> scripts, SortedMap<String, String> environment,
    List<Parameter> parameters, Reference reference, Sequencing sequencing) {
  public PipelineSpec {
    contributors = List.copyOf(contributors);
    usability = List.copyOf(usability);
    keywords = List.copyOf(keywords);
    steps = List.copyOf(steps);
    scripts = List.copyOf(scripts);
    environment = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(environment));
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(sequencing, "sequencing");
  }

  /**
   * Reads and validates a spec (YAML or JSON).
   *
   * @throws SpecException if invalid, listing every {@link SpecProblem}
   * @throws CatalogueException if the file cannot be read or parsed
   */
  public static PipelineSpec load(Path file) {
    return SpecReader.read(file, new SpecValidator());
  }

  /** The reference build (shortcut for {@code reference().build()}). */
  public Build build() {
    return reference.build();
  }

  /** The steps of one kind, in step order. */
  public List<Step> steps(StepKind kind) {
    return steps.stream().filter(s -> s.kind() == kind).toList();
  }

  /**
   * A person or group credited (BCO contributor).
   *
   * @param affiliation may be null
   * @param email may be null
   * @param orcid {@code https://orcid.org/...}, may be null
   * @param contribution PAV terms, e.g. authoredBy
   */
  public record Contributor(String name, String affiliation, String email, String orcid, List<String> contribution) {
    public Contributor {
      contribution = List.copyOf(contribution);
    }
  }

  /** What a pipeline step does. YAML spelling: {@link #label()}. */
  public enum StepKind {
    ALIGNER("aligner"), CALLER("caller"), POST_PROCESSING("post-processing"), OTHER("other");

    private final String label;

    StepKind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** @return the kind, or null */
    public static StepKind fromLabel(String s) {
      for (StepKind k : values()) {
        if (k.label.equals(s)) {
          return k;
        }
      }
      return null;
    }
  }

  /**
   * One pipeline step.
   *
   * @param number 1-based step number
   * @param kind aligner / caller / post-processing / other
   * @param name step name
   * @param description what it does
   * @param tool the tool run
   * @param container the container image, or null if the step runs outside a container (e.g. on DRAGEN hardware)
   */
  public record Step(int number, StepKind kind, String name, String description, Tool tool, Container container) {}

  /**
   * @param name tool name, e.g. {@code BWA-MEM2}
   * @param version exact version string, e.g. {@code 2.2.1}
   * @param biotoolsId bio.tools identifier ({@code https://bio.tools/ID}), or null for tools not registered there
   * @param uri homepage or source, or null
   */
  public record Tool(String name, String version, String biotoolsId, URI uri) {}

  /**
   * @param image image reference without digest, e.g. {@code quay.io/biocontainers/bwa-mem2:2.2.1--he513fc3_0}
   * @param digest {@code sha256:} + 64 hex; {@link #PLACEHOLDER_DIGEST} only in example specs
   */
  public record Container(String image, String digest) {
    /** The all-zero digest example specs use instead of inventing a real-looking one. */
    public static final String PLACEHOLDER_DIGEST = "sha256:" + "0".repeat(64);

    /** {@code image@digest}. */
    public String pinned() {
      return image + "@" + digest;
    }

    /** True for {@link #PLACEHOLDER_DIGEST}. */
    public boolean isPlaceholder() {
      return PLACEHOLDER_DIGEST.equals(digest);
    }
  }

  /** A key parameter (BCO parametric_domain entry): {@code param} = {@code value} of step {@code step}. */
  public record Parameter(int step, String param, String value) {}

  /**
   * The reference genome used (io_domain.reference).
   *
   * @param build GRCh37 / GRCh38 / CHM13
   * @param fileName the FASTA file name, e.g. {@code GCA_000001405.15_GRCh38_no_alt_analysis_set.fna.gz}
   * @param uri where it was obtained, or null
   * @param checksumAlgorithm {@code md5} or {@code sha256}
   * @param checksum lower-case hex digest of that file (all zeros = placeholder, example specs only)
   */
  public record Reference(Build build, String fileName, URI uri, String checksumAlgorithm, String checksum) {}

  /**
   * Sequencing platform and chemistry (extension_domain.sequencing).
   *
   * @param platform ILLUMINA, ELEMENT, MGI, ULTIMA, ION_TORRENT, PACBIO or ONT
   * @param instrument instrument model, e.g. {@code NovaSeq X Plus}
   * @param chemistry kit/chemistry
   * @param libraryPrep library preparation, or null
   * @param readLength e.g. {@code 2x150}, or null
   * @param targetCoverage mean coverage aimed at, or null
   */
  public record Sequencing(String platform, String instrument, String chemistry, String libraryPrep,
      String readLength, Integer targetCoverage) {}
}
