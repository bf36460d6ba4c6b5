package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page shapes the reader must handle, on pages written for the test. */
class HtmlReaderTest {
    private static final String STORY = "<p>The bridge over the river reopened on Monday after two years of repairs, the mayor said at a "
            + "ceremony attended by hundreds of residents.</p><p>Traffic was slow in the morning but eased by noon, and the ferries kept "
            + "running for those who preferred them to the new deck.</p><p>Engineers said the piers were dry and the deck would hold for "
            + "another fifty years if it was inspected every spring.</p><p>The repairs cost more than planned, and the council will "
            + "debate on Thursday how to pay the difference.</p>";

    private static Article read(String html) {
        List<Article> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new HtmlReader().read("page.html", html, out::add, problems::add);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(1, out.size());
        return out.get(0);
    }

    @Test
    void theStoryAndNotTheMenusOrTheRelatedLinks() {
        Article a = read("<html><head><title>Bridge reopens</title><meta property=\"og:site_name\" content=\"Town Herald\"></head><body>"
                + "<div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></div>"
                + "<div class=\"story\"><h1>Bridge reopens</h1>" + STORY + "</div>"
                + "<div class=\"related\"><ul><li><a href=\"/a\">Council votes on budget</a></li><li><a href=\"/b\">Storm hits coast</a></li></ul></div>"
                + "</body></html>");
        assertTrue(a.text().contains("the deck would hold for another fifty years"), a.text());
        assertFalse(a.text().contains("Sport"), a.text());
        assertFalse(a.text().contains("Storm hits coast"), a.text());
        assertEquals("Town Herald", a.outlet());
    }

    @Test
    void aTeaserInTheFirstArticleElementDoesNotHideTheStory() {
        Article a = read("<html><body><article><p>Bridge reopens after repairs. Read more.</p></article>"
                + "<div id=\"content\">" + STORY + "</div></body></html>");
        assertTrue(a.text().contains("how to pay the difference"), a.text());
    }

    @Test
    void aStoryInsideAPageWideFormIsRead() {
        Article a = read("<html><body><form id=\"aspnetForm\" method=\"post\"><div class=\"page\">" + STORY + "</div></form></body></html>");
        assertTrue(a.text().contains("the ferries kept running"), a.text());
    }

    @Test
    void authorsFromTheMetaTagOrJsonLd() {
        assertEquals(List.of("Jane Roe", "John Doe"), read("<html><head><meta name=\"author\" content=\"Jane Roe and John Doe\"></head>"
                + "<body><div class=\"story\">" + STORY + "</div></body></html>").authors());
        assertEquals(List.of("Ana Ruiz"), read("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                + "\"author\": [{\"@type\": \"Person\", \"name\": \"Ana Ruiz\"}, {\"@type\": \"Organization\", \"name\": \"Town Herald\"}]}"
                + "</script></head><body><div class=\"story\">" + STORY + "</div></body></html>").authors());
        assertEquals(List.of(), read("<html><head><meta name=\"author\" content=\"https://example.org/staff/jane\"></head><body>"
                + "<div class=\"story\">" + STORY + "</div></body></html>").authors(), "a profile link is no name");
    }

    @Test
    void hiddenMetadataAndRepeatedTeasersStayOutOfTheBody() {
        Article a = read("<html><head><title>Bridge reopens</title></head><body><div class=\"story\">" + STORY
                + "<p>The bridge over the river reopened on Monday after two...</p><p>2019-11-19T08:57:40+01:00</p>"
                + "<p>https://example.org/img/bridge.jpg</p><p style=\"display: none\">bridge, river, repairs, council</p></div></body></html>");
        assertFalse(a.text().contains("two..."), a.text());
        assertFalse(a.text().contains("2019-11-19T"), a.text());
        assertFalse(a.text().contains("https://"), a.text());
        assertFalse(a.text().contains("repairs, council"), a.text());
        assertTrue(a.text().contains("how to pay the difference"), a.text());
    }

    @Test
    void metadataFromJsonLdWhenTheMetaTagsAreSilent() {
        Article a = read("<html><head><script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@graph\": ["
                + "{\"@type\": \"WebSite\", \"name\": \"Town Herald\"}, {\"@type\": \"NewsArticle\", \"headline\": \"Bridge reopens after repairs\", "
                + "\"datePublished\": \"2025-03-05T08:00:00Z\", \"publisher\": {\"@type\": \"Organization\", \"name\": \"Town Herald\"}, "
                + "\"author\": {\"@type\": \"Person\", \"name\": \"Ana Ruiz\"}}]}</script></head>"
                + "<body><div class=\"story\">" + STORY + "</div></body></html>");
        assertEquals("Bridge reopens after repairs", a.title());
        assertEquals(java.time.LocalDate.of(2025, 3, 5), a.date());
        assertEquals("Town Herald", a.outlet());
        assertEquals(List.of("Ana Ruiz"), a.authors());
        Article none = read("<html><head><script type=\"application/ld+json\">{ broken</script></head><body><div>" + STORY + "</div></body></html>");
        assertEquals(null, none.date(), "a broken block states nothing");
    }

    @Test
    void aCaptionStaysOutOfTheBody() {
        Article a = read("<html><body><div class=\"story\"><figure><img src=\"x.jpg\"><figcaption>The new deck, seen from the east bank."
                + "</figcaption></figure>" + STORY + "</div></body></html>");
        assertFalse(a.text().contains("seen from the east bank"), a.text());
    }

    @Test
    void theVisibleHeadlineWithoutTheSitesTailTheBylinesPeopleAndADateFromMicrodataOrTheUrl() {
        Article a = read("<html><head><title>Ferry fares frozen for a year | Harbour Daily</title>"
                + "<meta property=\"og:title\" content=\"Fares frozen - Harbour Daily\"><meta property=\"og:site_name\" content=\"Harbour Daily\">"
                + "<link rel=\"canonical\" href=\"https://harbour.example/news/2024/mar/07/ferry-fares\"></head><body>"
                + "<h1>Ferry fares frozen for a year</h1><div class=\"c-byline\">By TOVA BRANDT and Ola Berg, Harbour Daily Staff Writers;"
                + " Associated Press</div>" + STORY + "</body></html>");
        assertEquals("Ferry fares frozen for a year", a.title(), "the headline the page shows, no site tail");
        assertEquals(List.of("Tova Brandt", "Ola Berg"), a.authors(), "people, not the desk, the outlet or the agency");
        assertEquals(java.time.LocalDate.of(2024, 3, 7), a.date(), "no date meta: the URL's");
        Article b = read("<html><head><title>Ferry fares frozen again | Harbour Daily</title><meta property=\"og:site_name\" content=\"Harbour Daily\">"
                + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": \"0001-01-01T00:00:00Z\"}</script>"
                + "</head><body><h1>Harbour Daily</h1><span itemprop=\"author\" itemscope><span itemprop=\"name\">Ana Ruiz</span></span>"
                + "<meta itemprop=\"datePublished\" content=\"2024-05-02T09:00:00-04:00\"><a rel=\"author\" href=\"/u/admin\">admin</a>" + STORY + "</body></html>");
        assertEquals("Ferry fares frozen again", b.title(), "an h1 that is the site's name is no headline");
        assertEquals(List.of("Ana Ruiz"), b.authors());
        assertEquals(java.time.LocalDate.of(2024, 5, 2), b.date(), "a placeholder date says nothing; the microdata's date, as written");
    }

    @Test
    void theOutletAsAReaderNamesItNotTheSitesHandleOrDomain() {
        String head = "<html><head><title>Ferry fares frozen for a year | The Harbour Daily</title>";
        Article handle = read(head + "<meta property=\"og:site_name\" content=\"harbourdaily\"></head><body><h1>Ferry fares frozen for a year</h1>"
                + STORY + "</body></html>");
        assertEquals("The Harbour Daily", handle.outlet(), "a handle gives way to the title's tail");
        Article publisher = read(head + "<meta property=\"og:site_name\" content=\"THD\"><script type=\"application/ld+json\">"
                + "{\"@type\": \"NewsArticle\", \"publisher\": {\"name\": \"Harbour Daily News\"}}</script></head><body>" + STORY + "</body></html>");
        assertEquals("Harbour Daily News", publisher.outlet(), "an acronym gives way to the publisher's name");
    }

    @Test
    void aStoryThePageHoldsTwiceIsReadOnce() {
        String twice = STORY.replace("<p>The bridge", "<p>The  bridge");
        Article a = read("<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>" + STORY
                + "<div class=\"print-version\">" + twice + "</div></article></body></html>");
        String t = a.text();
        assertEquals(t.indexOf("the deck would hold"), t.lastIndexOf("the deck would hold"), t);
        assertEquals(t.indexOf("reopened on Monday"), t.lastIndexOf("reopened on Monday"), t);
    }

    @Test
    void aUtcTimeInTheSmallHoursIsTheEveningBeforeThePageShows() {
        String evening = "<html><head><title>Ferry fares frozen again</title>"
                + "<meta property=\"article:published_time\" content=\"2024-03-08T03:10:00Z\"></head><body>"
                + "<span class=\"article-date\">March 7, 2024 10:10 PM EST</span>" + STORY + "</body></html>";
        assertEquals(java.time.LocalDate.of(2024, 3, 7), read(evening).date(), "the date the page shows");
        String noon = evening.replace("2024-03-08T03:10:00Z", "2024-03-08T15:10:00Z");
        assertEquals(java.time.LocalDate.of(2024, 3, 8), read(noon).date(), "an afternoon UTC time is the day it states");
        String silent = evening.replace("<span class=\"article-date\">March 7, 2024 10:10 PM EST</span>", "");
        assertEquals(java.time.LocalDate.of(2024, 3, 8), read(silent).date(), "nothing shown: the stated date");
    }
}
