package org.newsgraph.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writing a page. */
final class Responses {
    private Responses() {}

    static void html(HttpServletResponse resp, String page) throws IOException {
        resp.setStatus(200);
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }
}
