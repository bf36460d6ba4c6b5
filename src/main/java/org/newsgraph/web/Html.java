package org.newsgraph.web;

/** Small helpers for writing HTML safely. */
final class Html {
    private Html() {}

    /** Text escaped for HTML content and attribute values. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>" + esc(title) + " · newsgraph</title><style>" + CSS + "</style></head><body>"
                + "<header><a class=\"brand\" href=\"/\">newsgraph</a> <a href=\"/query\">Query</a>"
                + "<form action=\"/search\" method=\"get\"><input name=\"q\" placeholder=\"Search names and quotes\" aria-label=\"Search names and quotes\">"
                + "<button>Search</button></form></header><main>" + body + "</main></body></html>";
    }

    static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
            header{display:flex;gap:1em;align-items:center;padding:.6em 1.2em;background:#1f3a5f;color:#fff}
            header a{color:#fff;text-decoration:none}.brand{font-weight:700;font-size:1.2em}
            header form{margin-left:auto}input{padding:.3em;font-size:1em}button{padding:.3em .7em;font-size:1em}
            main{max-width:1100px;margin:1em auto;padding:0 1em}h1{margin:.3em 0}.type{color:#666;font-size:.9em}
            table{border-collapse:collapse;width:100%;margin:.5em 0}td,th{border-bottom:1px solid #ddd;padding:.35em;text-align:left;vertical-align:top}
            .quote{font-style:italic}.counts{display:flex;gap:1.5em;flex-wrap:wrap}.counts div{background:#fff;padding:.8em 1.2em;border:1px solid #ddd}
            .counts b{display:block;font-size:1.6em}.pill{display:inline-block;background:#e8eef6;border-radius:1em;padding:.1em .6em;margin:.1em}
            svg{background:#fff;border:1px solid #ddd}.flag{color:#b00;font-weight:700}
            .pager{color:#555;font-size:.9em}.context{font-size:.9em;color:#444}form.search{margin:1em 0}
            #text{white-space:pre-wrap;background:#fff;border:1px solid #ddd;padding:1em;line-height:1.5}
            mark.quote{background:#fff3b0}mark.quote:target{background:#ffd54f;outline:2px solid #e0a800}
            a.m{color:inherit;text-decoration:underline 2px}a.m.Person,.m.Person{text-decoration-color:#2f6db5}
            a.m.Organization,.m.Organization{text-decoration-color:#c2571a}a.m.Place,.m.Place{text-decoration-color:#3b8b3b}
            a.m.Treaty,.m.Treaty{text-decoration-color:#8a3ba8}span.m{text-decoration:underline 2px}
            """;
}
