package org.scholarkg.record;

import java.util.List;

/**
 * An organization a group belongs to or a person is affiliated with, e.g. a university.
 *
 * @param ror the ROR IRI, e.g. {@code https://ror.org/02kkvpp62}, or null
 * @param parents ids of parent organizations
 */
public record OrganizationRecord(String id, String name, String alternateName, OrganizationType type, String ror,
        String homepage, List<String> parents) {

    public OrganizationRecord {
        parents = List.copyOf(parents);
    }

    /** The kinds of organization the records distinguish. */
    public enum OrganizationType {
        ORGANIZATION("organization"), UNIVERSITY("university"), RESEARCH_ORGANIZATION("research-organization");

        private final String label;

        OrganizationType(String label) {
            this.label = label;
        }

        /** The name used in record files. */
        public String label() {
            return label;
        }

        /** The type with this record-file name. */
        public static OrganizationType fromLabel(String label) {
            for (OrganizationType t : values()) {
                if (t.label.equals(label)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("unknown organization type '" + label + "'");
        }
    }
}
