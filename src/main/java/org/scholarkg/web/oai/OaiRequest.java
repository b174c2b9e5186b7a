package org.scholarkg.web.oai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checked OAI-PMH request: the verb and its arguments, each verb's required, optional and exclusive
 * arguments enforced as the protocol says (a repeated or unknown argument is {@code badArgument}, an unknown
 * verb {@code badVerb}).
 */
public record OaiRequest(String verb, String identifier, String metadataPrefix, String set, Instant from,
        Instant until, String resumptionToken, Map<String, String> arguments) {

    private static final Map<String, Set<String>> REQUIRED = Map.of(
            "Identify", Set.of(), "ListMetadataFormats", Set.of(), "ListSets", Set.of(),
            "ListIdentifiers", Set.of("metadataPrefix"), "ListRecords", Set.of("metadataPrefix"),
            "GetRecord", Set.of("identifier", "metadataPrefix"));
    private static final Map<String, Set<String>> OPTIONAL = Map.of(
            "Identify", Set.of(), "ListMetadataFormats", Set.of("identifier"), "ListSets", Set.of("resumptionToken"),
            "ListIdentifiers", Set.of("from", "until", "set", "resumptionToken"),
            "ListRecords", Set.of("from", "until", "set", "resumptionToken"), "GetRecord", Set.of());

    /**
     * Checks the parameters of an HTTP request.
     *
     * @param params every parameter with all its values
     */
    public static OaiRequest parse(Map<String, String[]> params) throws OaiError {
        String[] verbs = params.get("verb");
        if (verbs == null || verbs.length != 1 || !REQUIRED.containsKey(verbs[0])) {
            throw new OaiError("badVerb", verbs == null ? "no verb" : verbs.length > 1 ? "the verb is repeated"
                    : "'" + verbs[0] + "' is not an OAI-PMH verb");
        }
        String verb = verbs[0];
        Map<String, String> args = new java.util.TreeMap<>();
        for (Map.Entry<String, String[]> e : params.entrySet()) {
            if (e.getKey().equals("verb")) {
                continue;
            }
            if (!REQUIRED.get(verb).contains(e.getKey()) && !OPTIONAL.get(verb).contains(e.getKey())) {
                throw new OaiError("badArgument", "'" + e.getKey() + "' is not an argument of " + verb);
            }
            if (e.getValue().length != 1) {
                throw new OaiError("badArgument", "'" + e.getKey() + "' is repeated");
            }
            args.put(e.getKey(), e.getValue()[0]);
        }
        String token = args.get("resumptionToken");
        if (token != null && args.size() > 1) {
            throw new OaiError("badArgument", "resumptionToken is an exclusive argument");
        }
        if (token == null) {
            for (String required : REQUIRED.get(verb)) {
                if (!args.containsKey(required)) {
                    throw new OaiError("badArgument", verb + " needs " + required);
                }
            }
        }
        Instant from = date(args.get("from"), false);
        Instant until = date(args.get("until"), true);
        if (args.containsKey("from") && args.containsKey("until")
                && args.get("from").length() != args.get("until").length()) {
            throw new OaiError("badArgument", "from and until have different granularities");
        }
        if (from != null && until != null && from.isAfter(until)) {
            throw new OaiError("badArgument", "from is after until");
        }
        return new OaiRequest(verb, args.get("identifier"), args.get("metadataPrefix"), args.get("set"), from, until,
                token, Map.copyOf(args));
    }

    /** A {@code YYYY-MM-DD} or {@code YYYY-MM-DDThh:mm:ssZ} date; a day runs to its last second for until. */
    private static Instant date(String value, boolean endOfDay) throws OaiError {
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(value);
                return endOfDay ? day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1)
                        : day.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z")) {
                return Instant.parse(value);
            }
        } catch (DateTimeParseException e) {
            // falls through to the error below
        }
        throw new OaiError("badArgument", "'" + value + "' is not a date of the granularity YYYY-MM-DDThh:mm:ssZ");
    }

    /** The verbs, for the tests. */
    static List<String> verbs() {
        return List.copyOf(REQUIRED.keySet());
    }
}
