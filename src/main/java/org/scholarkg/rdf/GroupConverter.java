package org.scholarkg.rdf;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.ORG;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.scholarkg.rdf.vocab.SchemaOrg;
import org.scholarkg.record.GroupRecord;
import org.scholarkg.record.PersonRecord;
import org.scholarkg.record.RecordIndex;

/**
 * A research group to statements: {@code foaf:Group, schema:ResearchOrganization} with its parent
 * organizations, areas and members ({@code foaf:member} and {@code schema:member} one way,
 * {@code schema:memberOf} the other), the PI's {@code org:headOf}, and an {@code org:Membership} with
 * {@code schema:roleName} for each member whose role the source states.
 */
public final class GroupConverter {

    private final Iris iris;
    private final RecordIndex records;

    /** @param records where member ids are looked up for their roles */
    public GroupConverter(Iris iris, RecordIndex records) {
        this.iris = iris;
        this.records = records;
    }

    /** The members, PI first when it is not listed, in record order. */
    public static Set<String> members(GroupRecord group) {
        Set<String> members = new LinkedHashSet<>();
        if (group.pi() != null) {
            members.add(group.pi());
        }
        members.addAll(group.members());
        return members;
    }

    public void convert(GroupRecord group, RDFHandler out) {
        TripleSink sink = new TripleSink(out);
        IRI s = iris.group(group.id());
        Set<String> members = members(group);
        sink.types(s, FOAF.GROUP, SchemaOrg.RESEARCH_ORGANIZATION);
        sink.text(s, SchemaOrg.NAME, group.name());
        sink.text(s, FOAF.NAME, group.name());
        for (String parent : group.parents()) {
            sink.add(s, SchemaOrg.PARENT_ORGANIZATION, iris.organization(parent));
        }
        for (String area : group.areas()) {
            sink.add(s, SchemaOrg.KNOWS_ABOUT, iris.area(area));
        }
        for (String member : members) {
            sink.add(s, FOAF.MEMBER, iris.person(member));
            sink.add(s, SchemaOrg.MEMBER, iris.person(member));
        }
        sink.iri(s, SchemaOrg.URL, group.homepage());
        sink.text(s, SchemaOrg.DESCRIPTION, group.description());
        LinkStatements.emit(sink, iris, s, group.links());

        for (String member : members) {
            IRI person = iris.person(member);
            sink.add(person, SchemaOrg.MEMBER_OF, s);
            if (member.equals(group.pi())) {
                sink.add(person, ORG.HEAD_OF, s);
            }
            Optional<String> role = records.person(member).map(PersonRecord::role);
            if (role.isPresent()) {
                IRI membership = iris.membership(s, member);
                sink.types(membership, ORG.MEMBERSHIP);
                sink.add(membership, ORG.MEMBER, person);
                sink.add(membership, ORG.HAS_ORGANIZATION, s);
                sink.text(membership, SchemaOrg.ROLE_NAME, role.get());
            }
        }
    }
}
