package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Turns an input file's bytes into text, refusing what is not text. */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {}

    static String decode(Path file, byte[] bytes) throws InputProblem {
        if (bytes.length == 0) {
            throw new InputProblem(file, "the file is empty");
        }
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputProblem(file, "binary content (NUL bytes), not a text or HTML article");
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > bytes.length / 100 + 2) {
            throw new InputProblem(file, "binary content (" + controls + " control bytes), not a text or HTML article");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            // Not UTF-8: older scrapes are mostly Windows-1252 (a superset of Latin-1).
            text = new String(bytes, WINDOWS_1252);
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (text.isBlank()) {
            throw new InputProblem(file, "the file holds only white space");
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
