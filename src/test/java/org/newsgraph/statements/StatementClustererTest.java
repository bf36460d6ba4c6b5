package org.newsgraph.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The hard cases of grouping reports into statements, with sentences written for the test. */
class StatementClustererTest {
    private static final LocalDate MAY_2 = LocalDate.of(2024, 5, 2);
    private final StatementClusterer clusterer = new StatementClusterer();

    private static ReportRef r(String id, String source, String speaker, String text, LocalDate date) {
        return new ReportRef(id, source, speaker, text, date, null);
    }

    private static String statementOf(List<Statement> sts, String reportId) {
        return sts.stream().filter(s -> s.reports().stream().anyMatch(d -> d.report().id().equals(reportId)))
                .findFirst().orElseThrow().key();
    }

    @Test
    void trimmedQuoteIsTheSameStatement() {
        List<Statement> s = clusterer.cluster(List.of(
                r("a1", "a", "mayor", "We will build the bridge before winter and we will pay for it ourselves.", MAY_2),
                r("b1", "b", "mayor", "We will build the bridge before winter", MAY_2)));
        assertEquals(statementOf(s, "a1"), statementOf(s, "b1"));
    }

    @Test
    void differentlyTranslatedQuoteIsTheSameStatement() {
        List<Statement> s = clusterer.cluster(List.of(
                r("a1", "a", "minister", "This tax will hurt small farmers most of all.", null),
                r("b1", "b", "minister", "The tax is going to harm small farmers more than anyone.", null)));
        assertEquals(statementOf(s, "a1"), statementOf(s, "b1"));
        Statement st = s.get(0);
        assertTrue(st.divergence() > 0);
        var a = st.reports().stream().filter(d -> d.report().id().equals("a1")).findFirst().orElseThrow();
        assertTrue(a.adds().contains("hurt"), a.adds().toString());
        assertTrue(a.lacks().contains("harm"), a.lacks().toString());
    }

    @Test
    void blockQuoteMergingTwoRemarksJoinsOneAndKeepsTheTwoApart() {
        List<Statement> s = clusterer.cluster(List.of(
                r("a1", "a", "coach", "We played badly in every part of the game tonight.", MAY_2),
                r("a2", "a", "coach", "The referee made three terrible decisions against us.", MAY_2),
                r("b1", "b", "coach", "We played badly in every part of the game.", MAY_2),
                r("c1", "c", "coach", "The referee made terrible decisions against us.", MAY_2),
                r("d1", "d", "coach", "We played badly in every part of the game tonight, all of us. And the referee made some decisions.", MAY_2)));
        assertEquals(statementOf(s, "a1"), statementOf(s, "b1"));
        assertEquals(statementOf(s, "a2"), statementOf(s, "c1"));
        assertNotEquals(statementOf(s, "a1"), statementOf(s, "a2"));
        assertEquals(statementOf(s, "a1"), statementOf(s, "d1"));
    }

    @Test
    void twoDifferentRemarksOfOneSpeakerOnOneDayStayApart() {
        List<Statement> s = clusterer.cluster(List.of(
                r("a1", "a", "premier", "The budget is balanced for the first time in a decade.", MAY_2),
                r("b1", "b", "premier", "I will not run for a second term as premier.", MAY_2)));
        assertNotEquals(statementOf(s, "a1"), statementOf(s, "b1"));
    }

    @Test
    void sameWordsOnDifferentDaysAreDifferentStatements() {
        List<Statement> s = clusterer.cluster(List.of(
                r("a1", "a", "spokesman", "We have nothing to add at this time.", MAY_2),
                r("b1", "b", "spokesman", "We have nothing to add at this time.", MAY_2.plusDays(5))));
        assertNotEquals(statementOf(s, "a1"), statementOf(s, "b1"));
    }

    @Test
    void differentSpeakersAndUnnamedSourcesAreNeverMerged() {
        List<Statement> s = clusterer.cluster(List.of(
                r("a1", "a", "x", "We will build the bridge before winter.", null),
                r("b1", "b", "y", "We will build the bridge before winter.", null),
                r("c1", "c", null, "We will build the bridge before winter.", null),
                r("d1", "d", null, "We will build the bridge before winter.", null)));
        assertEquals(4, s.size());
    }

    @Test
    void aQuoteAlikeToNoOtherJoinsTheQuoteItContinues() {
        List<Statement> s = clusterer.cluster(List.of(
                r("a1", "a", "mayor", "We will build the bridge before winter.", null),
                new ReportRef("a2", "a", "mayor", "Nobody here should have to wait another year.", null, "a1"),
                r("b1", "b", "mayor", "We will build the bridge before the winter.", null)));
        assertEquals(statementOf(s, "a1"), statementOf(s, "a2"));
        assertEquals(1, s.size());
        assertEquals(0.0, s.get(0).divergence(), 0.25);
    }

    /**
     * The clusterer computes scores only for pairs that share words and merges through a priority queue; on
     * reports drawn from a small vocabulary, so that many pairs share words and ties are common, it must group
     * exactly as the textbook algorithm does: every pair of groups rescored at every step.
     */
    @Test
    void groupsAsTheTextbookAverageLinkageDoes() {
        String[] vocabulary = ("we will build the bridge before winter and pay for it tax hurt small farmers most of all "
                + "treaty unfair defend japan talks go on nothing to add at this time").split(" ");
        LocalDate[] dates = {null, MAY_2, MAY_2.plusDays(1)};
        Random random = new Random(7);
        for (int round = 0; round < 40; round++) {
            List<ReportRef> reports = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                StringBuilder text = new StringBuilder();
                int words = 2 + random.nextInt(9);
                for (int w = 0; w < words; w++) text.append(vocabulary[random.nextInt(random.nextBoolean() ? 8 : vocabulary.length)]).append(' ');
                reports.add(r(String.format("r%02d", i), "s" + random.nextInt(6), "sp" + random.nextInt(2), text.toString().strip(),
                        dates[random.nextInt(dates.length)]));
            }
            Set<Set<String>> fast = new HashSet<>();
            for (Statement st : clusterer.cluster(reports)) {
                fast.add(st.reports().stream().map(d -> d.report().id()).collect(Collectors.toSet()));
            }
            assertEquals(textbook(reports), fast, "round " + round);
        }
    }

    /** Average linkage as in the textbook: all pairs of groups rescored at every step; the last best pair merges. */
    private static Set<Set<String>> textbook(List<ReportRef> reports) {
        Set<Set<String>> out = new HashSet<>();
        Map<String, List<ReportRef>> bySpeaker = new TreeMap<>();
        for (ReportRef r : reports) bySpeaker.computeIfAbsent(r.speaker(), k -> new ArrayList<>()).add(r);
        for (List<ReportRef> rs : bySpeaker.values()) {
            List<List<ReportRef>> groups = new ArrayList<>();
            for (ReportRef r : rs) groups.add(new ArrayList<>(List.of(r)));
            while (true) {
                double best = StatementClusterer.MERGE;
                int bi = -1;
                int bj = -1;
                for (int i = 0; i < groups.size(); i++) {
                    for (int j = i + 1; j < groups.size(); j++) {
                        double sum = 0;
                        boolean conflict = false;
                        for (ReportRef x : groups.get(i)) {
                            for (ReportRef y : groups.get(j)) {
                                boolean apart = x.date() != null && y.date() != null && !x.date().equals(y.date());
                                conflict |= apart;
                                sum += apart ? 0 : QuoteSimilarity.of(x.text(), y.text());
                            }
                        }
                        double avg = sum / (groups.get(i).size() * groups.get(j).size());
                        if (avg >= best && !conflict) {
                            best = avg;
                            bi = i;
                            bj = j;
                        }
                    }
                }
                if (bi < 0) break;
                groups.get(bi).addAll(groups.remove(bj));
            }
            for (List<ReportRef> g : groups) out.add(g.stream().map(ReportRef::id).collect(Collectors.toSet()));
        }
        return out;
    }

    @Test
    void oneRemarkRepeatedThousandsOfTimesIsOneStatementInBoundedTime() {
        List<ReportRef> rs = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            rs.add(r(String.format("a%05d", i), "a" + (i % 2000), "mayor", "We will fix the roads before winter comes.", MAY_2));
        }
        rs.add(r("z", "z", "mayor", "The budget for the schools is settled.", MAY_2));
        List<Statement> s = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> clusterer.cluster(rs));
        assertEquals(2, s.size());
        assertEquals(5000, s.stream().mapToInt(x -> x.reports().size()).max().orElse(0));
    }

    @Test
    void thousandsOfAlikeButDistinctRemarksOfOneSpeakerGroupInBoundedTime() {
        List<ReportRef> rs = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            rs.add(r(String.format("a%05d", i), "a" + i, "mayor", "We will fix road number " + i + " before the winter comes.", MAY_2));
        }
        List<Statement> s = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> clusterer.cluster(rs));
        assertEquals(4000, s.stream().mapToInt(x -> x.reports().size()).sum());
    }
}
