/**
 * The input model: organizations, research areas, venues, groups, people and papers as Java records,
 * and the reader that turns YAML or JSON record files into them.
 *
 * <p>Record files are checked against the JSON Schema {@code records.schema.json} shipped next to
 * these classes, then bound and cross-checked; every problem names file, line, column and record.
 *
 * <p>Two ways to read: {@link org.scholarkg.record.RecordReader#read} keeps every file in memory
 * ({@link org.scholarkg.record.RecordSet}); {@link org.scholarkg.record.RecordReader#open} checks every file
 * in a first pass that keeps only a {@link org.scholarkg.record.RecordIndex} (people, venues, and per paper
 * digests in compact tables: {@code DigestTable}, {@code TextArena}) and reads each file again when it is
 * converted ({@link org.scholarkg.record.StreamedRecords}), so converting a million papers needs no more
 * than a few hundred MiB of heap.
 *
 * <p>This package imports nothing of ScholarKG's but the exception root in {@code org.scholarkg}.
 */
package org.scholarkg.record;
