package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns an input's bytes into text: UTF-8 (with or without BOM) or UTF-16 with a BOM; refuses binary data. */
public final class TextDecoder {
    private TextDecoder() {}

    public static String decode(byte[] b) throws InputFormatException {
        String s;
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            s = new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        } else if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            s = new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        } else {
            int off = b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf ? 3 : 0;
            for (int i = off; i < Math.min(b.length, 8192); i++) {
                if (b[i] == 0) throw new InputFormatException("binary data, not text (NUL byte at offset " + i + ")");
            }
            CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                s = dec.decode(ByteBuffer.wrap(b, off, b.length - off)).toString();
            } catch (CharacterCodingException e) {
                throw new InputFormatException("not valid UTF-8 text");
            }
        }
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        if (s.isBlank()) throw new InputFormatException("empty: no text to read");
        return s;
    }
}
