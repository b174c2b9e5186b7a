package org.scholarkg.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.scholarkg.rdf.vocab.Bibo;
import org.scholarkg.rdf.vocab.SchemaOrg;
import org.scholarkg.rdf.vocab.Skg;
import org.scholarkg.record.AuthorRef;
import org.scholarkg.record.PaperIds;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.PaperType;
import org.scholarkg.record.PersonRecord;
import org.scholarkg.record.RecordIndex;
import org.scholarkg.record.Slugs;
import org.scholarkg.record.VenueRecord;

/**
 * Papers to statements: the work ({@code schema:ScholarlyArticle, foaf:Document} or a more specific
 * schema.org class, plus a BIBO class), its title, abstract, date typed as precisely as known, status,
 * venue, identifiers and links; and one {@code skg:Authorship} node per author position.
 *
 * <p>An author is the person with a record when the record says so or when the printed name is exactly
 * that person's name or alias; otherwise a person scoped to the paper and position
 * ({@code <paper>#person-N}), so two authors printed "Y. Wang" stay two people.
 */
public final class PaperConverter {

    private final Iris iris;
    private final RecordIndex records;
    private final VenueConverter venues;

    /** @param records where authors and venues are looked up */
    public PaperConverter(Iris iris, RecordIndex records) {
        this.iris = iris;
        this.records = records;
        this.venues = new VenueConverter(iris);
    }

    public void convert(PaperRecord paper, RDFHandler out) {
        if (records.paperIdentity().isMerged(paper.id())) {
            convertMerged(paper, out);
            return;
        }
        TripleSink sink = new TripleSink(out);
        IRI s = iris.paper(paper.id());
        sink.types(s, workClass(paper.type()), FOAF.DOCUMENT);
        sink.types(s, biboClass(paper.type()));
        sink.text(s, SchemaOrg.NAME, paper.title());
        sink.text(s, SchemaOrg.ABSTRACT, paper.abstractText());
        if (paper.date() != null) {
            sink.add(s, SchemaOrg.DATE_PUBLISHED, Literals.date(paper.date()));
        }
        for (String status : paper.statuses()) {
            sink.text(s, SchemaOrg.CREATIVE_WORK_STATUS, status);
        }
        venue(sink, s, paper);
        sink.text(s, Bibo.VOLUME, paper.volume());
        sink.text(s, Bibo.ISSUE, paper.issue());
        sink.text(s, Bibo.PAGES, paper.pages());
        identifiers(sink, s, paper.ids());

        int authors = paper.authors().size();
        // Each author's IRIs are minted once: a large load mints millions of them.
        List<IRI> people = new ArrayList<>(authors);
        List<IRI> authorships = new ArrayList<>(authors);
        boolean[] scoped = new boolean[authors];
        java.util.Set<IRI> authorsSeen = new java.util.HashSet<>();
        for (int i = 0; i < authors; i++) {
            int position = i + 1;
            Optional<PersonRecord> known = records.personOf(paper.authors().get(i));
            scoped[i] = known.isEmpty();
            IRI person = known.isPresent() ? iris.person(known.get().id()) : iris.paperScopedPerson(s, position);
            IRI authorship = iris.authorship(s, position);
            people.add(person);
            authorships.add(authorship);
            // A person printed twice in one list (as "David Wang" and "D. Wang") is one author triple: the
            // graph would keep one anyway, and void:triples counts what is emitted.
            if (authorsSeen.add(person)) {
                sink.add(s, SchemaOrg.AUTHOR, person);
                sink.add(s, FOAF.MAKER, person);
            }
            sink.add(s, Skg.HAS_AUTHORSHIP, authorship);
        }
        for (int i = 0; i < authors; i++) {
            AuthorRef author = paper.authors().get(i);
            IRI node = authorships.get(i);
            sink.types(node, Skg.AUTHORSHIP);
            sink.add(node, Skg.POSITION, Literals.integer(i + 1));
            sink.text(node, Skg.PRINTED_NAME, author.printedName());
            sink.add(node, Skg.PERSON, people.get(i));
            if (scoped[i]) {
                sink.types(people.get(i), FOAF.PERSON, SchemaOrg.PERSON);
                sink.text(people.get(i), SchemaOrg.NAME, author.printedName());
                sink.text(people.get(i), FOAF.NAME, author.printedName());
            }
        }
        LinkStatements.emit(sink, iris, s, paper.links());
    }

    /**
     * A paper another source has already: its statements go to the primary record's IRI, but only what adds
     * to it (identifiers, links, an abstract), so the work keeps one title, one date and one author list.
     */
    private void convertMerged(PaperRecord paper, RDFHandler out) {
        TripleSink sink = new TripleSink(out);
        IRI s = iris.paper(records.paperIdentity().canonicalId(paper.id()));
        sink.types(s, FOAF.DOCUMENT);
        if (!records.paperIdentity().primaryHasAbstract(paper.id())) {
            sink.text(s, SchemaOrg.ABSTRACT, paper.abstractText());
        }
        identifiers(sink, s, paper.ids());
        // Numbered apart from the primary record's links, so the two never share a node.
        LinkStatements.emit(sink, iris, s, Slugs.of(paper.id()), paper.links());
    }

    private void venue(TripleSink sink, IRI s, PaperRecord paper) {
        if (paper.venue() == null) {
            return;
        }
        VenueRecord venue = records.venue(paper.venue()).orElseThrow(
                () -> new IllegalArgumentException("paper " + paper.id() + ": unknown venue " + paper.venue()));
        if (venue.kind() == VenueRecord.VenueKind.JOURNAL) {
            sink.add(s, SchemaOrg.IS_PART_OF, venues.iri(venue));
        } else {
            sink.add(s, Bibo.PRESENTED_AT, venues.iri(venue));
        }
    }

    private static void identifiers(TripleSink sink, IRI s, PaperIds ids) {
        if (ids.doi() != null) {
            sink.text(s, Bibo.DOI, ids.doi());
            sink.text(s, SchemaOrg.IDENTIFIER, "doi:" + ids.doi());
            sink.iri(s, SchemaOrg.SAME_AS, "https://doi.org/" + ids.doi());
        }
        if (ids.arxiv() != null) {
            sink.text(s, SchemaOrg.IDENTIFIER, "arXiv:" + ids.arxiv());
            sink.iri(s, SchemaOrg.SAME_AS, "https://arxiv.org/abs/" + ids.arxiv());
        }
        if (ids.handle() != null) {
            sink.text(s, SchemaOrg.IDENTIFIER, "hdl:" + ids.handle());
            sink.iri(s, SchemaOrg.SAME_AS, "https://hdl.handle.net/" + ids.handle());
        }
    }

    private static IRI workClass(PaperType type) {
        return switch (type) {
            case THESIS -> SchemaOrg.THESIS;
            case BOOK -> SchemaOrg.BOOK;
            case CHAPTER -> SchemaOrg.CHAPTER;
            default -> SchemaOrg.SCHOLARLY_ARTICLE;
        };
    }

    private static IRI[] biboClass(PaperType type) {
        return switch (type) {
            case CONFERENCE_PAPER, JOURNAL_ARTICLE, WORKSHOP_PAPER -> new IRI[] {Bibo.ACADEMIC_ARTICLE};
            case PREPRINT -> new IRI[] {Bibo.MANUSCRIPT};
            case THESIS -> new IRI[] {Bibo.THESIS};
            case BOOK -> new IRI[] {Bibo.BOOK};
            case CHAPTER -> new IRI[] {Bibo.CHAPTER};
            case REPORT -> new IRI[] {Bibo.REPORT};
            case PATENT -> new IRI[] {Bibo.PATENT};
            case OTHER -> new IRI[0];
        };
    }
}
