package org.newsgraph.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * YASGUI on the endpoint, with the example queries one click away. Result IRIs minted by the store link to their
 * pages on this site (not to the base's host), and long values are shown whole.
 */
final class QueryPage {
    private final Links links;

    QueryPage(Links links) {
        this.links = links;
    }

    void handle(HttpServletResponse resp) throws IOException {
        StringBuilder b = new StringBuilder("<h1>Query</h1><p>Example queries: ");
        Map<String, String> examples = examples();
        for (String name : examples.keySet()) {
            b.append("<button class=\"example\" data-name=\"").append(Html.esc(name)).append("\">").append(Html.esc(name)).append("</button> ");
        }
        b.append("</p><div id=\"yasgui\"></div><link rel=\"stylesheet\" href=\"/assets/yasgui/yasgui.min.css\">"
                + "<script src=\"/assets/yasgui/yasgui.min.js\"></script><script>const examples = {");
        for (var e : examples.entrySet()) {
            b.append('"').append(js(e.getKey())).append("\":\"").append(js(e.getValue())).append("\",");
        }
        b.append("};\nconst BASE = \"").append(js(links.base())).append("\";\n");
        b.append("""
                // long values whole by default (the table's own switch still cuts them)
                const table = Yasgui.Yasr && Yasgui.Yasr.plugins && Yasgui.Yasr.plugins.table;
                if (table) {
                  table.defaults.openIriInNewWindow = false;
                  const draw = table.prototype.draw;
                  table.prototype.draw = function (config) { return draw.call(this, Object.assign({isEllipsed: false}, config || {})); };
                }
                const yasgui = new Yasgui(document.getElementById('yasgui'), {requestConfig: {endpoint: location.origin + '/kg/sparql', method: 'GET'},
                  copyEndpointOnNewTab: false, persistenceId: null});
                // the store's IRIs open their page here
                const local = root => root.querySelectorAll('a[href^="' + BASE + '"]').forEach(a => {
                  a.href = '/page/' + a.getAttribute('href').substring(BASE.length); a.removeAttribute('target'); });
                new MutationObserver(() => local(document.getElementById('yasgui'))).observe(document.getElementById('yasgui'), {childList: true, subtree: true});
                document.querySelectorAll('button.example').forEach(b => b.addEventListener('click', () => {
                  const tab = yasgui.getTab(); tab.setQuery(examples[b.dataset.name]); tab.query(); }));
                </script>""");
        Responses.html(resp, Html.page("Query", b.toString()));
    }

    /** The example queries shipped in the jar ({@code queries/*.rq}), by name. */
    static Map<String, String> examples() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String n : List.of("quotes", "entities", "articles", "authors", "treaty-statements", "persons-by-role", "statements-per-outlet",
                "speaker-statements", "divergent-statements", "wikidata-links")) {
            try (InputStream in = QueryPage.class.getClassLoader().getResourceAsStream("queries/" + n + ".rq")) {
                if (in != null) out.put(n, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // a missing example is left out
            }
        }
        return out;
    }

    private static String js(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "").replace("</", "<\\/");
    }
}
