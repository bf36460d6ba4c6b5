package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.PageLayout;

class OpenNlpAnalyzerTest {
    private static final Article ARTICLE = PageLayout.plainText("a.txt",
            "Storm Hits Coast\n\nU.S. President Ana Ruiz visited the town. “We’re with you,” she said.\n");

    @Test
    void abbreviationBeforeATitleDoesNotEndTheSentence() {
        AnalyzedText t = new OpenNlpAnalyzer().analyze(ARTICLE);
        List<String> sentences = t.sentences().stream().map(s -> ARTICLE.text().substring(s.start(), s.end())).toList();
        assertEquals("U.S. President Ana Ruiz visited the town.", sentences.get(1));
    }

    @Test
    void aMiddleInitialDoesNotEndTheSentenceButPlanBDoes() {
        Article a = PageLayout.plainText("m.txt", "Bridge Plan\n\n“It will hold,” said Marta J. Olsen, an engineer in Porto. "
                + "''The deck is sound,'' said Tomas K. Berg, who led the survey. "
                + "The town chose Plan B. The work starts in May.\n");
        List<String> sentences = new OpenNlpAnalyzer().analyze(a).sentences().stream()
                .map(s -> a.text().substring(s.start(), s.end())).toList();
        assertEquals(List.of("Bridge Plan", "“It will hold,” said Marta J. Olsen, an engineer in Porto.",
                "''The deck is sound,'' said Tomas K. Berg, who led the survey.", "The town chose Plan B.",
                "The work starts in May."), sentences);
    }

    @Test
    void aSentenceDoesNotStartInLowerCase() {
        Article a = PageLayout.plainText("l.txt", "Bridge vote\n\nSen. Ana Ruiz (D-Vt.) said the bridge would reopen. It did.\n");
        List<String> sentences = new OpenNlpAnalyzer().analyze(a).sentences().stream()
                .map(s -> a.text().substring(s.start(), s.end())).toList();
        assertEquals(List.of("Bridge vote", "Sen. Ana Ruiz (D-Vt.) said the bridge would reopen.", "It did."), sentences);
    }

    @Test
    void tokensKeepTheirOffsetsAndCurlyQuotes() {
        AnalyzedText t = new OpenNlpAnalyzer().analyze(ARTICLE);
        for (Sentence s : t.sentences()) {
            for (Token k : s.tokens()) assertEquals(k.text(), ARTICLE.text().substring(k.start(), k.end()));
        }
        Sentence second = t.sentences().get(1);
        int ruiz = second.tokens().stream().map(Token::text).toList().indexOf("Ruiz");
        assertEquals("PROPN", t.tag(second, ruiz), "a token the rules did not need is tagged when asked");
        assertNull(second.tokens().get(ruiz).lemma());
    }

    @Test
    void lemmasWhenAskedFor() {
        AnalyzedText t = new OpenNlpAnalyzer(OpenNlpModels.get(), true, true).analyze(ARTICLE);
        Token visited = t.sentences().get(1).tokens().stream().filter(k -> k.text().equals("visited")).findFirst().orElseThrow();
        assertEquals("visit", visited.lemma());
    }

    @Test
    void wordsOfLettersAndDigitsStayWholeAndPunctuationIsStillSplit() {
        Article a = PageLayout.plainText("b.txt", "BEIRUT, LEBANON (Reuters) \u2014 Officials didn't say whether the U.S.-Japan talks, set for 2025, would go on.\n");
        List<String> words = new OpenNlpAnalyzer().analyze(a).sentences().stream()
                .flatMap(s -> s.tokens().stream()).map(Token::text).toList();
        assertEquals(List.of("BEIRUT", ",", "LEBANON", "(", "Reuters", ")", "\u2014", "Officials", "didn't", "say", "whether", "the",
                "U.S.", "-", "Japan", "talks", ",", "set", "for", "2025", ",", "would", "go", "on", "."), words);
    }
}
