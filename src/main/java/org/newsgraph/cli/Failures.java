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
        String m = t.getMessage();
        if (m == null || m.isBlank()) m = t.getClass().getSimpleName() + (t.getCause() == null ? "" : ": " + describe(t.getCause()));
        return m.lines().findFirst().orElse(m);
    }
}
