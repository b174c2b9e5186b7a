/**
 * The input model: organizations, research areas, venues, groups, people and papers as Java records,
 * and the reader that turns YAML or JSON record files into them.
 *
 * <p>Record files are checked against the JSON Schema {@code records.schema.json} shipped next to
 * these classes, then bound and cross-checked; every problem names file, line, column and record.
 *
 * <p>This package imports nothing of ScholarKG's but the exception root in {@code org.scholarkg}.
 */
package org.scholarkg.record;
