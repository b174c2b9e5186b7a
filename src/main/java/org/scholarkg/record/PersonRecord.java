package org.scholarkg.record;

import java.util.List;

/**
 * A person with a record of their own: a group's member or PI.
 *
 * @param role the role in the group as the source states it, e.g. "Principal Investigator", or null
 * @param affiliation ids of organizations
 * @param aliases other printed forms of the name, e.g. "S. Jegelka"; authors printed so resolve to this
 *     person
 * @param orcid the ORCID iD as an IRI, or null
 */
public record PersonRecord(String id, String name, String givenName, String familyName, String honorificPrefix,
        String role, String jobTitle, List<String> affiliation, List<String> aliases, String orcid, String dblp,
        String wikidata, List<String> areas, String homepage, String description, List<LinkRecord> links) {

    public PersonRecord {
        affiliation = List.copyOf(affiliation);
        aliases = List.copyOf(aliases);
        areas = List.copyOf(areas);
        links = List.copyOf(links);
    }
}
