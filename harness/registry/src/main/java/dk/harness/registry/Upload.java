package dk.harness.registry;

import java.io.IOException;
import java.io.InputStream;

/**
 * What a unit hands in. Streams are read once, in the order VCF, index, spec.
 *
 * @param roundId the round
 * @param sample the GIAB sample, e.g. HG002
 * @param truthSetId the round truth set to check against, or null for the only one of that sample
 * @param vcfSample the VCF's sample column, or null to find it by the sample's name
 * @param clientFileName the VCF's name on the client (kept for people; never a path)
 * @param vcf the VCF's bytes (plain, gzip or bgzip)
 * @param index the .tbi/.csi index's bytes, or null
 * @param spec the pipeline spec's bytes (YAML or JSON)
 */
public record Upload(String roundId, String sample, String truthSetId, String vcfSample, String clientFileName,
    Source vcf, Source index, Source spec) {

  /** Opens a stream of an uploaded part. */
  @FunctionalInterface
  public interface Source {
    InputStream open() throws IOException;
  }
}
