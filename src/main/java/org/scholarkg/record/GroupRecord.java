package org.scholarkg.record;

import java.util.List;

/**
 * A research group.
 *
 * @param parents ids of the organizations the group belongs to
 * @param pi id of the principal investigator, or null; the PI is always a member
 * @param members ids of the members, the PI included
 * @param areas ids of research areas
 */
public record GroupRecord(String id, String name, List<String> parents, String pi, List<String> members,
        List<String> areas, String homepage, String description, List<LinkRecord> links) {

    public GroupRecord {
        parents = List.copyOf(parents);
        members = List.copyOf(members);
        areas = List.copyOf(areas);
        links = List.copyOf(links);
    }
}
