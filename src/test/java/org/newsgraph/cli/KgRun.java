package org.newsgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of {@code kg} in this JVM, as a user runs it: the exit code and what it printed. */
public record KgRun(int code, String out, String err) {
    public static KgRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = KgCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new KgRun(code, out.toString(), err.toString());
    }
}
