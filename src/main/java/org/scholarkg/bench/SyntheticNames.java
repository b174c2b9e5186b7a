package org.scholarkg.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Names for synthetic people: given and family names drawn with a long-tailed frequency, so that common
 * family names ("Wang", "Müller") and their initials forms ("Y. Wang") are shared by many people.
 */
final class SyntheticNames {

    /** The family names, most frequent first. */
    private static final List<String> FAMILY = List.of("Wang", "Li", "Zhang", "Liu", "Chen", "Müller", "Kim",
            "Nguyen", "Yang", "Schmidt", "Huang", "Lee", "Zhao", "Smith", "Wu", "Schneider", "García", "Zhou",
            "Park", "Fischer", "Kumar", "Weber", "Rossi", "Singh", "Meyer", "Martin", "Wagner", "Sato", "Becker",
            "Johnson", "Sharma", "Hoffmann", "Martínez", "Tanaka", "Schulz", "Dubois", "Novák", "Kowalski",
            "Ivanov", "Silva", "Cohen", "Jansen", "de Vries", "Andersson", "Nielsen", "O'Brien", "Murphy",
            "Patel", "Gupta", "Suzuki", "Takahashi", "Ferrari", "Russo", "López", "Rodríguez", "Santos",
            "Oliveira", "Bernard", "Nowak", "Petrov", "Johansson", "Hansen", "van der Berg", "Brown", "Jones",
            "Williams", "Escriche", "Bergmeister", "Engelmayer", "Jegelka");

    /** Given names; many share an initial, as Chinese given names starting with Y do. */
    private static final List<String> GIVEN = List.of("Yang", "Yi", "Yu", "Yue", "Ying", "Yan", "Wei", "Xin",
            "Jun", "Jie", "Hao", "Lei", "Stefanie", "Andreas", "Valerie", "Eduardo", "Anna", "Thomas", "Julia",
            "Michael", "Sarah", "David", "Laura", "Daniel", "Maria", "Jonas", "Lena", "Felix", "Sophie", "Lukas",
            "Hannah", "Paul", "Emma", "Min-jun", "Seo-yeon", "Ji-ho", "Hiroshi", "Yuki", "Priya", "Arjun",
            "Ananya", "Rahul", "José", "Zoë", "Łukasz", "Sören", "François", "Chloé", "Giulia", "Marco",
            "Olga", "Dmitri", "Ahmed", "Fatima", "Noah", "Olivia", "Liam", "Ava", "Mateo", "Lucía", "Ines",
            "Kai", "Nora", "Elias", "Mia", "Jan", "Eva", "Tom", "Ida", "Leo");

    /** The exponent of the family names' Zipf distribution. */
    private static final double FAMILY_SKEW = 1.0;

    private final double[] familyCumulative = ZipfTable.cumulative(FAMILY.size(), FAMILY_SKEW);

    /** A person's name parts. */
    record Name(String given, String family) {

        /** The name as usually written, e.g. "Yang Wang". */
        String full() {
            return given + " " + family;
        }

        /** The initials form, e.g. "Y. Wang". */
        String initials() {
            return given.charAt(0) + ". " + family;
        }
    }

    /** A name drawn from the pools. */
    Name draw(SplittableRandom random) {
        String family = FAMILY.get(ZipfTable.draw(familyCumulative, random));
        String given = GIVEN.get(random.nextInt(GIVEN.size()));
        return new Name(given, family);
    }
}
