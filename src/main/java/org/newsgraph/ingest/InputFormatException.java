package org.newsgraph.ingest;

/** An input that cannot be read as an article; the message is one line saying why. */
public class InputFormatException extends Exception {
    public InputFormatException(String message) {
        super(message);
    }
}
