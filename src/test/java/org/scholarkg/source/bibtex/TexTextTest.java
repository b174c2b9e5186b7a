package org.scholarkg.source.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** TeX to Unicode, one form per assertion. */
class TexTextTest {

    @Test
    void accentsInEveryBracing() {
        assertThat(TexText.toUnicode("{\\\"u}")).isEqualTo("ü");
        assertThat(TexText.toUnicode("\\\"{u}")).isEqualTo("ü");
        assertThat(TexText.toUnicode("\\\"u")).isEqualTo("ü");
        assertThat(TexText.toUnicode("{\\'e}t{\\'{e}}")).isEqualTo("été");
        assertThat(TexText.toUnicode("\\`a \\^o \\~n \\=a \\.z")).isEqualTo("à ô ñ ā ż");
        assertThat(TexText.toUnicode("{\\v{s}}{\\v c}{\\c{c}}{\\u{g}}{\\H{o}}{\\k{a}}{\\r{a}}")).isEqualTo("ščçğőąå");
        assertThat(TexText.toUnicode("{\\'\\i}{\\\"{\\i}}")).isEqualTo("íï");
    }

    @Test
    void lettersAndEscapes() {
        assertThat(TexText.toUnicode("Stra\\ss e {\\ss} {\\o} {\\O} {\\ae} {\\aa} {\\l} {\\i}")).isEqualTo("Straße ß ø Ø æ å ł ı");
        assertThat(TexText.toUnicode("\\& \\% \\$ \\# \\_ \\{ \\}")).isEqualTo("& % $ # _ { }");
    }

    @Test
    void dashesTiesQuotesAndBraces() {
        assertThat(TexText.toUnicode("1--2 a---b a-b")).isEqualTo("1\u20132 a\u2014b a-b");
        assertThat(TexText.toUnicode("January~24")).isEqualTo("January 24");
        assertThat(TexText.toUnicode("``quoted'' and {\\textquotedblleft}x{\\textquotedblright} Wikidata{'}s"))
                .isEqualTo("\u201cquoted\u201d and \u201cx\u201d Wikidata's");
        assertThat(TexText.toUnicode("{MAKIE}val {W}i{K}idata {{LLM}}s")).isEqualTo("MAKIEval WiKidata LLMs");
    }

    @Test
    void formattingCommandsKeepTheirTextAndMathItsSymbols() {
        assertThat(TexText.toUnicode("\\emph{a} \\textbf{b} {\\em c} {\\bf d} \\texttt{e}")).isEqualTo("a b c d e");
        assertThat(TexText.toUnicode("$\\alpha$-divergence and $O(n)$")).isEqualTo("α-divergence and O(n)");
    }

    @Test
    void unknownCommandsAreKeptAndWhiteSpaceCollapsed() {
        assertThat(TexText.toUnicode("a \\foo{b}\n\t c")).isEqualTo("a \\foob c");
    }

    @Test
    void verbatimFieldsOnlyLoseBracesEscapesAndWhiteSpace() {
        assertThat(TexText.verbatim("{https://example.org/a\\_b--c?x=1\\&y=2}")).isEqualTo("https://example.org/a_b--c?x=1&y=2");
    }
}
