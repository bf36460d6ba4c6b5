package org.newsgraph.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/** The files the pages load (YASGUI), from {@code web/} in the jar. */
final class Assets {
    private Assets() {}

    static void handle(HttpServletResponse resp, String name) throws IOException {
        if (!name.matches("[a-z0-9/_.-]+") || name.contains("..")) {
            resp.sendError(404);
            return;
        }
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream("web/" + name)) {
            if (in == null) {
                resp.sendError(404);
                return;
            }
            resp.setContentType(name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css" : "application/octet-stream");
            resp.setHeader("Cache-Control", "max-age=86400");
            in.transferTo(resp.getOutputStream());
        }
    }
}
