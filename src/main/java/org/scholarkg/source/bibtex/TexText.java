package org.scholarkg.source.bibtex;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;

/**
 * TeX as BibTeX fields hold it, turned into plain Unicode text: accents ({@code {\"u}}, {@code \"{u}},
 * {@code \'e}, {@code \v{s}}, {@code \c{c}}) to composed letters, letters such as {@code \ss}, {@code \o},
 * {@code \i} and escapes such as {@code \&} to their characters, {@code --} and {@code ---} to dashes,
 * {@code ``} and {@code ''} to quotation marks, {@code ~} to a space, and the braces of case protection
 * removed. Commands it does not know are kept as written.
 *
 * <pre>{@code
 * TexText.toUnicode("Ljube{\\v{s}}i{\\'c} and Zarrie{\\ss}")  // "Ljubešić and Zarrieß"
 * }</pre>
 */
final class TexText {

    /** Accents written with a symbol: {@code \'e}. */
    private static final Map<Character, Character> SYMBOL_ACCENTS = Map.of('\'', '\u0301', '`', '\u0300', '^', '\u0302',
            '"', '\u0308', '~', '\u0303', '=', '\u0304', '.', '\u0307');
    /** Accents written with a letter: {@code \v{s}}. */
    private static final Map<String, Character> LETTER_ACCENTS = Map.of("u", '\u0306', "v", '\u030c', "H", '\u030b',
            "c", '\u0327', "k", '\u0328', "r", '\u030a', "d", '\u0323', "b", '\u0331', "t", '\u0361');
    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("ss", "ß"), Map.entry("SS", "SS"),
            Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"),
            Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("aa", "å"), Map.entry("AA", "Å"),
            Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("i", "ı"), Map.entry("j", "ȷ"),
            Map.entry("dh", "ð"), Map.entry("DH", "Ð"), Map.entry("th", "þ"), Map.entry("TH", "Þ"),
            Map.entry("ng", "ŋ"), Map.entry("NG", "Ŋ"),
            Map.entry("textquotedblleft", "\u201c"), Map.entry("textquotedblright", "\u201d"),
            Map.entry("textquoteleft", "\u2018"), Map.entry("textquoteright", "\u2019"),
            Map.entry("textendash", "\u2013"), Map.entry("textemdash", "\u2014"), Map.entry("dots", "\u2026"),
            Map.entry("ldots", "\u2026"), Map.entry("textellipsis", "\u2026"), Map.entry("textasciitilde", "~"),
            Map.entry("textbackslash", "\\"), Map.entry("textunderscore", "_"), Map.entry("S", "§"),
            Map.entry("P", "¶"), Map.entry("copyright", "©"), Map.entry("textregistered", "®"),
            Map.entry("texttrademark", "™"), Map.entry("euro", "€"), Map.entry("pounds", "£"),
            Map.entry("textdegree", "°"), Map.entry("guillemotleft", "«"), Map.entry("guillemotright", "»"),
            Map.entry("times", "×"), Map.entry("cdot", "·"), Map.entry("pm", "±"), Map.entry("leq", "≤"),
            Map.entry("geq", "≥"), Map.entry("le", "≤"), Map.entry("ge", "≥"), Map.entry("neq", "≠"),
            Map.entry("infty", "∞"), Map.entry("to", "→"), Map.entry("rightarrow", "→"),
            Map.entry("leftarrow", "←"), Map.entry("approx", "≈"), Map.entry("sim", "∼"),
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"),
            Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"), Map.entry("pi", "π"),
            Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("upsilon", "υ"),
            Map.entry("phi", "φ"), Map.entry("varphi", "φ"), Map.entry("chi", "χ"), Map.entry("psi", "ψ"),
            Map.entry("omega", "ω"), Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"),
            Map.entry("Lambda", "Λ"), Map.entry("Xi", "Ξ"), Map.entry("Pi", "Π"), Map.entry("Sigma", "Σ"),
            Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"));
    /** Commands whose argument is the text: {@code \emph{x}} is x. */
    private static final Set<String> TEXT_COMMANDS = Set.of("textbf", "textit", "emph", "texttt", "textsc", "textrm",
            "textsf", "textup", "textmd", "textsl", "textnormal", "mathrm", "mathit", "mathbf", "mathsf", "mathtt",
            "mathcal", "mbox", "text", "url", "uppercase", "lowercase", "MakeUppercase", "MakeLowercase", "ensuremath");
    /** Font switches, dropped: {@code {\em x}} is x. */
    private static final Set<String> SWITCHES = Set.of("em", "bf", "it", "sc", "rm", "sf", "tt", "sl", "up",
            "normalfont", "bfseries", "itshape", "scshape", "upshape", "mdseries", "slshape", "small", "large",
            "Large", "footnotesize", "scriptsize", "tiny", "huge", "Huge", "normalsize", "relax", "protect");

    private final String s;
    private int i;

    private TexText(String s) {
        this.s = s;
    }

    /** The text in Unicode (NFC), runs of white space collapsed to one space; null stays null. */
    static String toUnicode(String tex) {
        if (tex == null) {
            return null;
        }
        String text = new TexText(tex).convert();
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    /**
     * A field that is not prose (URL, DOI, eprint): braces removed and {@code \_ \% \& \# \$ \~} unescaped,
     * nothing else changed; white space removed. Null stays null.
     */
    static String verbatim(String tex) {
        if (tex == null) {
            return null;
        }
        return tex.replaceAll("\\\\([_%&#$~])", "$1").replace("{", "").replace("}", "").replaceAll("\\s+", "");
    }

    private String convert() {
        StringBuilder out = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> command(out);
                case '{', '}', '$' -> i++;
                case '~' -> {
                    // A tie is a non-breaking space; the records, like the MCML importer, keep a plain space.
                    out.append(' ');
                    i++;
                }
                case '-' -> {
                    if (s.startsWith("---", i)) {
                        out.append('\u2014');
                        i += 3;
                    } else if (s.startsWith("--", i)) {
                        out.append('\u2013');
                        i += 2;
                    } else {
                        out.append('-');
                        i++;
                    }
                }
                case '`' -> {
                    if (s.startsWith("``", i)) {
                        out.append('\u201c');
                        i += 2;
                    } else {
                        out.append('\u2018');
                        i++;
                    }
                }
                case '\'' -> {
                    if (s.startsWith("''", i)) {
                        out.append('\u201d');
                        i += 2;
                    } else {
                        out.append('\'');
                        i++;
                    }
                }
                default -> {
                    out.append(c);
                    i++;
                }
            }
        }
        return out.toString();
    }

    /** At a backslash: a control word or a control symbol. */
    private void command(StringBuilder out) {
        i++;
        if (i >= s.length()) {
            out.append('\\');
            return;
        }
        char n = s.charAt(i);
        if (!Character.isLetter(n)) {
            i++;
            Character accent = SYMBOL_ACCENTS.get(n);
            if (accent != null) {
                out.append(accented(argument(false), accent, String.valueOf(n)));
            } else if ("&%$#_{}@".indexOf(n) >= 0) {
                out.append(n == '@' ? "" : String.valueOf(n));
            } else if (n == ' ' || n == '\\' || n == ',' || n == ';' || n == ':' || n == '\n') {
                out.append(' ');
            } else if (n != '-' && n != '/' && n != '!') {
                out.append(n);
            }
            return;
        }
        int start = i;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        String name = s.substring(start, i);
        Character accent = LETTER_ACCENTS.get(name);
        if (accent != null) {
            out.append(accented(argument(true), accent, ""));
        } else if (SYMBOLS.containsKey(name)) {
            skipSpaces();
            out.append(SYMBOLS.get(name));
        } else if (TEXT_COMMANDS.contains(name)) {
            out.append(argument(true));
        } else if (name.equals("href")) {
            argument(true);
            out.append(argument(true));
        } else if (SWITCHES.contains(name)) {
            skipSpaces();
        } else {
            out.append('\\').append(name);
        }
    }

    /** The argument of a command: a braced group, a command such as {@code \i}, or one character. */
    private String argument(boolean skipSpaces) {
        if (skipSpaces) {
            skipSpaces();
        }
        if (i >= s.length()) {
            return "";
        }
        char c = s.charAt(i);
        if (c == '{') {
            int depth = 0;
            int start = i;
            while (i < s.length()) {
                char d = s.charAt(i);
                if (d == '\\') {
                    i += 2;
                    continue;
                }
                if (d == '{') {
                    depth++;
                } else if (d == '}' && --depth == 0) {
                    i++;
                    return new TexText(s.substring(start + 1, i - 1)).convert();
                }
                i++;
            }
            return new TexText(s.substring(start + 1)).convert();
        }
        if (c == '\\') {
            StringBuilder sb = new StringBuilder();
            command(sb);
            return sb.toString();
        }
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        return new String(Character.toChars(cp));
    }

    /** The first letter of {@code base} with a combining accent; a lone accent when there is no base. */
    private static String accented(String base, char accent, String spacing) {
        if (base.isEmpty()) {
            return spacing;
        }
        int first = base.codePointAt(0);
        // \'{\i} is an i with an acute: the dotless i only exists so that the accent replaces the dot.
        String letter = first == 'ı' ? "i" : first == 'ȷ' ? "j" : new String(Character.toChars(first));
        return letter + accent + base.substring(Character.charCount(first));
    }

    private void skipSpaces() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }
}
