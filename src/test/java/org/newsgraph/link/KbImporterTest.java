package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.EntityType;

/** Each format users import from, written by the test in Wikidata's own shapes. */
class KbImporterTest {
    @TempDir
    Path dir;

    static final String PERSON = """
            {"type":"item","id":"Q900001","labels":{"en":{"language":"en","value":"Ada Quill"}},
             "aliases":{"en":[{"language":"en","value":"A. Quill"}]},"descriptions":{"en":{"language":"en","value":"test politician"}},
             "claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":5,"id":"Q5"},"type":"wikibase-entityid"}},"type":"statement","rank":"normal"}]}}""";
    static final String FILM = """
            {"type":"item","id":"Q900002","labels":{"en":{"language":"en","value":"Quill: The Movie"}},
             "claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":11424,"id":"Q11424"},"type":"wikibase-entityid"}},"type":"statement","rank":"normal"}]}}""";

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private KnowledgeBase imported(Path... files) throws IOException {
        Path target = dir.resolve("kb").resolve("imported.jsonl.gz");
        KbImporter.Result r = new KbImporter(null).importInto(List.of(files), target);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        return new KnowledgeBase().addJsonLines(target);
    }

    @Test
    void dumpAsArrayKeepsOnlyTheTypesTheLinkerUses() throws IOException {
        KnowledgeBase kb = imported(write("dump.json", "[\n" + PERSON.replace("\n", "") + ",\n" + FILM.replace("\n", "") + "\n]\n"));
        assertEquals(1, kb.size());
        KbEntity e = kb.get("Q900001").orElseThrow();
        assertEquals(EntityType.PERSON, e.type());
        assertEquals(List.of("A. Quill"), e.aliases());
    }

    @Test
    void theCompactFormHoldsWhatTheJsonFormHolds() throws IOException {
        Path dump = write("dump.jsonl", PERSON.replace("\n", "") + "\n");
        Path tsv = dir.resolve("compact.tsv.gz");
        KbImporter.Result r = new KbImporter(null).importInto(List.of(dump), tsv);
        assertEquals(1, r.total());
        KbEntity e = new KnowledgeBase().addJsonLines(tsv).get("Q900001").orElseThrow();
        assertEquals(imported(dump).get("Q900001").orElseThrow(), e);
        assertEquals(1, new KbImporter(null).importInto(List.of(dump), tsv).total(), "importing again replaces by id");
    }

    @Test
    void dumpCompressedWithGzipAndBzip2() throws IOException {
        Path gz = dir.resolve("dump.json.gz");
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(gz))) {
            os.write(("[\n" + PERSON.replace("\n", "") + "\n]\n").getBytes(StandardCharsets.UTF_8));
        }
        Path bz = dir.resolve("dump.jsonl.bz2");
        try (OutputStream os = new BZip2CompressorOutputStream(Files.newOutputStream(bz))) {
            os.write((PERSON.replace("\n", "").replace("Q900001", "Q900003").replace("Ada Quill", "Bo Quill") + "\n").getBytes(StandardCharsets.UTF_8));
        }
        KnowledgeBase kb = imported(gz, bz);
        assertEquals(2, kb.size());
        assertEquals("Bo Quill", kb.get("Q900003").orElseThrow().label());
    }

    @Test
    void queryServiceResultsAsJson() throws IOException {
        String json = """
                {"head":{"vars":["item","itemLabel","altLabel","description","type"]},
                 "results":{"bindings":[
                  {"item":{"type":"uri","value":"http://www.wikidata.org/entity/Q900010"},
                   "itemLabel":{"xml:lang":"en","type":"literal","value":"Cora Vance"},
                   "altLabel":{"xml:lang":"en","type":"literal","value":"C. Vance, Cora M. Vance"},
                   "description":{"xml:lang":"en","type":"literal","value":"test minister"},
                   "type":{"type":"uri","value":"http://www.wikidata.org/entity/Q5"}}]}}""";
        KbEntity e = imported(write("result.json", json)).get("Q900010").orElseThrow();
        assertEquals("Cora Vance", e.label());
        assertEquals(List.of("C. Vance", "Cora M. Vance"), e.aliases());
        assertEquals(EntityType.PERSON, e.type());
    }

    @Test
    void queryServiceResultsAsCsvAndTsv() throws IOException {
        Path csv = write("result.csv", "item,itemLabel,altLabel,description,type\n"
                + "http://www.wikidata.org/entity/Q900020,Port Authority of Testland,PAT,test agency,http://www.wikidata.org/entity/Q43229\n");
        Path tsv = write("result.tsv", "?item\t?itemLabel\t?type\n"
                + "<http://www.wikidata.org/entity/Q900021>\t\"Testville\"@en\t<http://www.wikidata.org/entity/Q515>\n");
        KnowledgeBase kb = imported(csv, tsv);
        assertEquals(EntityType.ORGANIZATION, kb.get("Q900020").orElseThrow().type());
        assertEquals("Testville", kb.get("Q900021").orElseThrow().label());
        assertEquals(EntityType.PLACE, kb.get("Q900021").orElseThrow().type());
    }

    @Test
    void importsAccumulateAndImportedEntitiesAreLinked() throws IOException {
        Path target = dir.resolve("kb.jsonl.gz");
        new KbImporter(null).importInto(List.of(write("a.jsonl", PERSON.replace("\n", "") + "\n")), target);
        new KbImporter(EntityType.PLACE).importInto(List.of(write("b.csv", "item,itemLabel\nQ900030,Lake Testmere\n")), target);
        KnowledgeBase kb = KnowledgeBase.bundledWith(List.of(target));
        assertTrue(kb.get("Q900001").isPresent() && kb.get("Q900030").isPresent() && kb.get("Q22686").isPresent());
        var entity = new org.newsgraph.model.Entity("Person:ada quill", EntityType.PERSON, "Ada Quill", List.of("Ada Quill"),
                List.of(), List.of(), null);
        assertEquals("Q900001", new OfflineLinker(kb).link(entity, List.of()).orElseThrow().qid());
    }

    @Test
    void aBrokenFileIsReportedAndTheOthersImported() throws IOException {
        Path target = dir.resolve("kb.jsonl.gz");
        KbImporter.Result r = new KbImporter(null).importInto(List.of(write("bad.json", "{not json"),
                write("good.jsonl", PERSON.replace("\n", "") + "\n")), target);
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).source().endsWith("bad.json"));
        assertEquals(1, r.total());
    }

    @Test
    void droppedRecordsAreNamedWithTheReason() throws IOException {
        Path target = dir.resolve("kb.jsonl.gz");
        String film = "{\"type\":\"item\",\"id\":\"Q900040\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Bridge Film\"}},"
                + "\"claims\":{\"P31\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q11424\"}}}}]}}";
        String unlabelled = "{\"type\":\"item\",\"id\":\"Q900041\",\"labels\":{},\"claims\":{}}";
        KbImporter.Result r = new KbImporter(null).importInto(List.of(
                write("dump.jsonl", PERSON.replace("\n", "") + "\n" + film + "\n" + unlabelled + "\n"),
                write("rows.csv", "item,itemLabel\nQ900042,Lake Testmere\nnot-an-item,Somewhere\n")), target);
        assertEquals(1, r.kept());
        assertEquals(1, r.dropped().get(WikidataJson.OTHER_KIND).count());
        assertTrue(r.dropped().get(WikidataJson.OTHER_KIND).examples().get(0).contains("Q900040 \"Bridge Film\" (instance of Q11424)"),
                r.dropped().toString());
        assertEquals(List.of("Q900041"), r.dropped().get(WikidataJson.NO_LABEL).examples());
        assertEquals(1, r.dropped().get(KbImporter.NO_TYPE).count(), "a row without a type, and no --type");
        assertEquals(1, r.dropped().get(KbImporter.NO_ITEM).count());
    }

    @Test
    void aTabOrLineBreakInsideAValueNeverBreaksTheCompactFormAndASecondImportAddsToIt() throws IOException {
        Path target = dir.resolve("kb").resolve("broad.tsv.gz");
        Path first = write("first.csv", "item,itemLabel,altLabel,description,type\n"
                + "http://www.wikidata.org/entity/Q900301,\"Ilse\tHarbour\",\"I. H.\nHarbour\",\"test\r\npolitician\",person\n");
        KbImporter.Result r = new KbImporter(null).importInto(List.of(first), target);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        Path second = write("second.csv", "item,itemLabel,type\nhttp://www.wikidata.org/entity/Q900302,Piet Quay,person\n");
        KbImporter.Result again = new KbImporter(null).importInto(List.of(second), target);
        assertTrue(again.problems().isEmpty(), again.problems().toString());
        assertEquals(2, again.total(), "the second import adds to the first");
        KnowledgeBase kb = new KnowledgeBase().addTsv(target);
        KbEntity ilse = kb.get("Q900301").orElseThrow();
        assertEquals("Ilse Harbour", ilse.label());
        assertTrue(ilse.aliases().stream().noneMatch(a -> a.contains("\n")) && !ilse.description().contains("\n"), ilse.toString());
        assertTrue(kb.get("Q900302").isPresent());
    }

    @Test
    void aCompressedTableTooLargeToHoldIsRefusedInOneLineNamingTheFile() throws IOException {
        Path big = dir.resolve("huge.csv.gz");
        try (var w = new java.io.OutputStreamWriter(new java.util.zip.GZIPOutputStream(Files.newOutputStream(big)), StandardCharsets.UTF_8)) {
            w.write("item,itemLabel,type\n");
            for (int i = 0; i < 1500; i++) w.write("http://www.wikidata.org/entity/Q9" + (100000 + i) + ",Person " + i + ",person\n");
        }
        Path target = dir.resolve("kb").resolve("huge.jsonl.gz");
        KbImporter.Result r = new KbImporter(null, 1000).importInto(List.of(big), target);
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).line().contains("huge.csv.gz") && r.problems().get(0).line().contains("more than 1000 items"),
                r.problems().get(0).line());
        assertEquals(0, r.total(), "nothing of the table was imported");
    }
}
