package org.newsgraph.cli;

/**
 * One line for a failure that ends a command: what went wrong in the words a user acts on, never a stack trace.
 * A full disk shows as "No space left on device" from a write, or as an {@link InternalError} from a write to a
 * memory-mapped file of the store; TDB2's transactions leave what was committed before intact either way.
 */
final class Failures {
    private Failures() {}

    static String describe(Throwable t) {
        if (org.newsgraph.store.TdbStore.diskFull(t)) {
            return "no space left on the disk while writing; what was stored before is intact: free some space and run it again";
        }
        if (t instanceof java.nio.file.NoSuchFileException e) return "no such file: " + e.getFile();
        if (t instanceof java.nio.file.AccessDeniedException e) return "permission denied: " + e.getFile();
        if (t instanceof java.nio.file.FileSystemException e) {
            return (e.getReason() == null ? "cannot be read or written" : e.getReason()) + ": " + e.getFile();
        }
        if (t instanceof java.io.UncheckedIOException && t.getCause() instanceof java.nio.file.FileSystemException) return describe(t.getCause());
        java.util.regex.Matcher lock = t.getMessage() == null ? null
                : java.util.regex.Pattern.compile("Failed to get a lock: file='(.*)tdb\\.lock': held by process (\\d+)").matcher(t.getMessage());
        if (lock != null && lock.find()) {
            return "the store " + lock.group(1).replaceAll("/$", "") + " is in use by process " + lock.group(2)
                    + " (a kg serve or kg up, or a build): stop it first, or ask it with kg query --endpoint http://HOST:PORT/kg/sparql";
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            String cm = c.getMessage() == null ? "" : c.getMessage();
            java.util.regex.Matcher bind = java.util.regex.Pattern.compile("Failed to bind to /?(\\S*?):(\\d+)").matcher(cm);
            if (bind.find() || c instanceof java.net.BindException) {
                return bind.find(0) ? "the port " + bind.group(2) + " on " + bind.group(1) + " is in use by another program: choose another with --port, or stop that program"
                        : "the address is in use by another program: choose another --port, or stop that program";
            }
            if (cm.contains("Too many open files")) {
                return "too many open files: raise the limit of open files (ulimit -n; now " + openFileLimit() + ") and run it again";
            }
        }
        String m = t.getMessage();
        if (m == null || m.isBlank()) m = t.getClass().getSimpleName() + (t.getCause() == null ? "" : ": " + describe(t.getCause()));
        return m.lines().findFirst().orElse(m);
    }

    /** This process's limit of open files, or "unknown". */
    private static String openFileLimit() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.UnixOperatingSystemMXBean u ? Long.toString(u.getMaxFileDescriptorCount()) : "unknown";
    }
}
