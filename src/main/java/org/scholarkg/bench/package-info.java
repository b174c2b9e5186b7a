/**
 * The benchmark suite: deterministic synthetic records of realistic shape ({@link
 * org.scholarkg.bench.SyntheticRecords}) and one runner per benchmark (convert, load, query, pages, start,
 * the Virtuoso peer), each measuring ScholarKG beside a reference measured in the same run on the same
 * machine, and reporting {@link org.scholarkg.bench.BenchFigure}s: a table and one machine-readable line
 * per figure. {@link org.scholarkg.bench.SizePlot} draws time against size.
 *
 * <p>Benchmarks are run by the {@code bench} command, never as timed unit tests. This package uses
 * {@code record}, {@code rdf}, {@code store} and {@code web} as their users do; nothing imports it but
 * {@code cli} (and the interop tests that start a {@link org.scholarkg.bench.VirtuosoServer}).
 */
package org.scholarkg.bench;
