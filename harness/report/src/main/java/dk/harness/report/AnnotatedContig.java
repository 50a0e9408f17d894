package dk.harness.report;

import dk.harness.core.TooComplexRegion;
import java.util.List;

/**
 * The annotated records of one contig of one comparison (ALL or PASS). Immutable.
 *
 * @param contig contig name
 * @param truth truth records in input order
 * @param query query records in input order
 * @param tooComplex the engine's undecided regions
 */
record AnnotatedContig(String contig, List<Annotated> truth, List<Annotated> query,
    List<TooComplexRegion> tooComplex) {
}
