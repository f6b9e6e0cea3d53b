package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an input's bytes into text, refusing what is not text. The charset is, in order: a byte-order mark; UTF-8
 * when the bytes are valid UTF-8 (they almost never are by accident); the charset the source declares (HTTP
 * Content-Type, HTML meta charset); what {@link CharsetGuess} makes of the bytes (Windows-1256 Arabic, Latin-1…).
 */
final class TextDecoder {

    private TextDecoder() {}

    /**
     * The text of {@code bytes} with line ends made {@code \n}.
     *
     * @param record   which record of the input this is ("record 3"), or null for a whole file
     * @param declared the charset the source declares, or null
     */
    static String decode(String source, String record, byte[] bytes, String declared) throws InputProblem {
        String what = record == null ? "the file" : "the record";
        if (bytes.length == 0) {
            throw new InputProblem(source, record, what + " is empty", null);
        }
        Charset bom = byteOrderMark(bytes);
        if (bom == null) {
            refuseBinary(source, record, bytes);
        }
        String text = bom != null ? new String(bytes, bom) : decodeWithoutMark(bytes, declared);
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (text.isBlank()) {
            throw new InputProblem(source, record, what + " holds only white space", null);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static void refuseBinary(String source, String record, byte[] bytes) throws InputProblem {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputProblem(source, record, "binary content (NUL bytes), not a text or HTML article", null);
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > bytes.length / 100 + 2) {
            throw new InputProblem(source, record,
                    "binary content (" + controls + " control bytes), not a text or HTML article", null);
        }
    }

    private static String decodeWithoutMark(byte[] bytes, String declared) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            // Not UTF-8, whatever the source says: trust a declared single-byte charset, else guess from the bytes.
        }
        Charset charset = CharsetGuess.declared(declared);
        if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
            charset = CharsetGuess.declaredInHtml(bytes);
        }
        if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
            charset = CharsetGuess.of(bytes);
        }
        return new String(bytes, charset);
    }

    private static Charset byteOrderMark(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }
}
