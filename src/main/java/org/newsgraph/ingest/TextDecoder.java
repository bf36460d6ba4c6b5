package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an input's bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM, and Windows-1252 (the
 * encoding of older Western pages and documents) when the bytes are not UTF-8 but are all defined there.
 * Refuses binary data, naming compressed files and PDFs.
 */
public final class TextDecoder {
    private TextDecoder() {}

    public static String decode(byte[] b) throws InputFormatException {
        return decode(b, w -> { });
    }

    /**
     * Decodes, telling {@code warnings} when bytes were replaced: text that is UTF-8 but for a few stray bytes
     * (a file pasted together from two sources) is read as UTF-8 with U+FFFD for each, since reading all of it
     * as Windows-1252 would garble every accented letter ("Jos\u00c3\u00a9").
     */
    public static String decode(byte[] b, java.util.function.Consumer<String> warnings) throws InputFormatException {
        String s;
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            s = new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        } else if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            s = new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        } else {
            int off = b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf ? 3 : 0;
            if (b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
                throw new InputFormatException("gzip-compressed; decompress it first");
            }
            if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
                throw new InputFormatException("a zip archive (or an office document); extract its text first");
            }
            if (b.length >= 5 && new String(b, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
                throw new InputFormatException("a PDF; extract its text first");
            }
            for (int i = off; i < Math.min(b.length, 8192); i++) {
                if (b[i] == 0) throw new InputFormatException("binary data, not text (NUL byte at offset " + i + ")");
            }
            CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                s = dec.decode(ByteBuffer.wrap(b, off, b.length - off)).toString();
            } catch (CharacterCodingException e) {
                int[] counts = utf8Sequences(b, off);
                boolean mostlyUtf8 = counts[0] > 0 && counts[1] <= counts[0];
                if (!mostlyUtf8 && windows1252(b)) {
                    s = new String(b, java.nio.charset.Charset.forName("windows-1252"));
                } else if (counts[0] > 0 || counts[1] * 100L <= b.length) {
                    s = new String(b, off, b.length - off, StandardCharsets.UTF_8);
                    warnings.accept(counts[1] + (counts[1] == 1 ? " byte" : " bytes") + " not valid UTF-8, replaced by \uFFFD");
                } else {
                    throw new InputFormatException("not valid UTF-8 text, nor Windows-1252");
                }
            }
        }
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        if (s.indexOf('\u0000') >= 0) throw new InputFormatException("binary data, not text (NUL character)");
        if (s.isBlank()) throw new InputFormatException("empty: no text to read");
        return s;
    }

    /** The valid multi-byte UTF-8 sequences and the bytes that are in none, from {@code off}. */
    static int[] utf8Sequences(byte[] b, int off) {
        int valid = 0;
        int invalid = 0;
        int i = off;
        while (i < b.length) {
            int v = b[i] & 0xff;
            int n = v < 0x80 ? 0 : v >= 0xc2 && v <= 0xdf ? 1 : v >= 0xe0 && v <= 0xef ? 2 : v >= 0xf0 && v <= 0xf4 ? 3 : -1;
            if (n == 0) {
                i++;
                continue;
            }
            boolean ok = n > 0;
            for (int k = 1; ok && k <= n; k++) ok = i + k < b.length && (b[i + k] & 0xc0) == 0x80;
            if (ok) {
                valid++;
                i += n + 1;
            } else {
                invalid++;
                i++;
            }
        }
        return new int[] {valid, invalid};
    }

    /** Whether the bytes could be Windows-1252 text: no byte that encoding leaves undefined, no C0 controls but tab and line ends. */
    static boolean windows1252(byte[] b) {
        for (byte x : b) {
            int v = x & 0xff;
            if (v == 0x81 || v == 0x8d || v == 0x8f || v == 0x90 || v == 0x9d) return false;
            if (v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != '\f') return false;
        }
        return true;
    }
}
