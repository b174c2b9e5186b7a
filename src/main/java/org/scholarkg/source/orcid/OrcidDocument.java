package org.scholarkg.source.orcid;

import java.util.List;
import org.scholarkg.InputLocation;

/**
 * What ScholarKG reads of an ORCID API v3.0 document, the same for XML and JSON: whose record it is, the
 * person section when there is one, and the works (full works or summaries).
 *
 * @param owner the ORCID iD of the record holder ({@code 0000-0002-7319-2192}), or null when the document
 *     does not say (a single work, a bulk upload, a person section without path)
 * @param person the person section, or null
 */
record OrcidDocument(String owner, Person person, List<Work> works) {

    OrcidDocument {
        works = List.copyOf(works);
    }

    /** The person section: names, other names, biography, researcher URLs. */
    record Person(String givenNames, String familyName, String creditName, List<String> otherNames,
            String biography, List<NamedUrl> urls, InputLocation location) {

        Person {
            otherNames = List.copyOf(otherNames);
            urls = List.copyOf(urls);
        }
    }

    /** A researcher URL: its name and address. */
    record NamedUrl(String name, String url) {
    }

    /**
     * A work or work summary. Date parts are the digits as given, or null.
     *
     * @param path the API path (the holder's iD, the word {@code work} and the put-code, as ORCID writes it),
     *     or null
     */
    record Work(String putCode, String path, String title, String subtitle, String journalTitle, String type, String year,
            String month, String day, List<ExternalId> externalIds, String url, String shortDescription,
            List<Contributor> contributors, String sourceOrcid, String sourceName, InputLocation location) {

        Work {
            externalIds = List.copyOf(externalIds);
            contributors = List.copyOf(contributors);
        }
    }

    /** An external identifier of a work; {@code relationship} is "self", "part-of", "version-of", ... or null. */
    record ExternalId(String type, String value, String url, String relationship) {
    }

    /** A contributor as the work lists it; any part may be null. */
    record Contributor(String creditName, String orcid, String role) {
    }
}
