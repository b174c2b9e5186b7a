package org.scholarkg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text from text with HTML or JATS markup, as sources put it in titles, names and abstracts
 * ({@code <jats:p>}, {@code <b>}, {@code <u>}, {@code &amp;}): tags removed, character references decoded,
 * paragraphs kept apart by a blank line, other white space collapsed.
 *
 * <pre>{@code
 * MarkupText.plain("<jats:p>Deep  learning &amp; biology</jats:p>")  // "Deep learning & biology"
 * }</pre>
 */
public final class MarkupText {

    /** Tags that end a paragraph. */
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)</?(?:[a-z]+:)?(?:p|sec|title|div|li|ul|ol|h[1-6]|blockquote)(?:\\s[^<>]*)?/?>|<br\\s*/?>");
    /** A tag: a name after '<' or '</', so "a < b" stays text. */
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][\\w:.-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]+);");
    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"),
            Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201c"),
            Map.entry("rdquo", "\u201d"));

    private MarkupText() {
    }

    /** The text without markup; null stays null. */
    public static String plain(String text) {
        if (text == null) {
            return null;
        }
        String marked = BLOCK.matcher(text).replaceAll("\n\n");
        String bare = decode(TAG.matcher(marked).replaceAll(""));
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : bare.split("\\n\\s*\\n")) {
            String p = paragraph.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** Character references ({@code &amp;}, {@code &#233;}, {@code &#xE9;}) decoded; unknown names kept. */
    public static String decode(String text) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String replacement;
            if (ref.startsWith("#x") || ref.startsWith("#X")) {
                replacement = codePoint(Integer.parseInt(ref.substring(2), 16), m.group());
            } else if (ref.startsWith("#")) {
                replacement = codePoint(Integer.parseInt(ref.substring(1)), m.group());
            } else {
                replacement = ENTITIES.getOrDefault(ref, m.group());
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String codePoint(int cp, String original) {
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : original;
    }
}
