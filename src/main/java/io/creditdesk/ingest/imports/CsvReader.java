package io.creditdesk.ingest.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A hand-written streaming CSV reader (RFC 4180: comma, optional double quotes, {@code ""} inside
 * quotes, line breaks inside quotes, LF or CRLF) over raw bytes, with strict UTF-8.
 *
 * <p>Memory is one buffer (64 KiB, growing only for a record longer than that, up to
 * {@value #MAX_RECORD} bytes). Each {@link #next()} reads one record; its fields, its first
 * physical line number, its original text and any row-level problem (a quote not closed, text
 * after a closing quote) are then available. File-level problems (unreadable, empty, binary, not
 * UTF-8) throw {@link ImportFileException} with one sentence for the user.
 */
final class CsvReader implements Closeable {
    static final int MAX_RECORD = 1 << 20;
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    private final String name;
    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    private long bytesRead;
    private long nextLine = 1;

    private int recStart;
    private int recEnd;
    private long recLine;
    private int count;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private boolean[] escaped = new boolean[16];
    private String problem;

    /** Opens {@code file}; {@code name} is how messages call it (usually the file name). */
    CsvReader(Path file, String name) {
        this.name = name;
        if (Files.isDirectory(file)) {
            throw new ImportFileException(name + " is a folder, not a CSV file.");
        }
        try {
            this.in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new ImportFileException(name + " does not exist (" + file + ").");
        } catch (AccessDeniedException e) {
            throw new ImportFileException(name + " cannot be read: permission denied.");
        } catch (IOException e) {
            throw new ImportFileException(name + " cannot be read: " + e.getMessage() + ".");
        }
        try {
            fill();
            if (lim == 0) {
                throw new ImportFileException(name + " is empty: a CSV file with a header row is expected.");
            }
            if (lim >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
                pos = 3;
            }
            for (int i = pos; i < Math.min(lim, 8192); i++) {
                if (buf[i] == 0) {
                    throw new ImportFileException(name + " is not a CSV file: it holds binary data"
                            + " (a spreadsheet, an archive or an image?). Save it as CSV (UTF-8, comma-separated).");
                }
            }
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    String name() {
        return name;
    }

    /** Bytes consumed from the file so far (for progress). */
    long bytesRead() {
        return bytesRead - (lim - pos);
    }

    /** Reads the next record; false at the end of the file. Blank lines are skipped. */
    boolean next() {
        while (true) {
            if (pos >= lim && !fill()) {
                return false;
            }
            readRecord();
            if (count == 1 && ends[0] == starts[0] && problem == null && recEnd == recStart) {
                continue; // a blank line
            }
            return true;
        }
    }

    private void readRecord() {
        recLine = nextLine;
        problem = null;
        count = 0;
        int state = FIELD_START;
        int fieldStart = 0;
        boolean nonAscii = false;
        boolean fieldEscaped = false;
        int i = pos;
        int rs = pos;
        long newlines = 0;
        while (true) {
            if (i >= lim) {
                i -= keep(rs);
                rs = 0;
                if (!fill()) {
                    // the end of the file ends the record
                    if (state == QUOTED) {
                        problem = "a quoted field is not closed before the end of the file";
                        addField(fieldStart, i, true);
                    } else if (state == QUOTE_IN_QUOTED) {
                        addField(fieldStart, trimCr(rs, i) - 1, fieldEscaped);
                    } else {
                        addField(state == FIELD_START ? i : fieldStart, trimCr(rs, i), false);
                    }
                    int e = i;
                    while (e > rs && (buf[e - 1] == '\n' || buf[e - 1] == '\r')) {
                        e--;
                    }
                    recStart = rs;
                    recEnd = e;
                    pos = i;
                    break;
                }
            }
            byte b = buf[i];
            if (b < 0) {
                nonAscii = true;
            } else if (b == 0) {
                throw new ImportFileException(name + " is not a CSV file: line " + (nextLine + newlines)
                        + " holds binary data. Save it as CSV (UTF-8, comma-separated).");
            }
            boolean end = false;
            switch (state) {
                case FIELD_START -> {
                    if (b == '"') {
                        state = QUOTED;
                        fieldStart = i - rs + 1;
                        fieldEscaped = false;
                    } else if (b == ',') {
                        addField(i - rs, i - rs, false);
                        fieldStart = i - rs + 1;
                    } else if (b == '\n') {
                        addField(i - rs, trimCr(rs, i) - rs, false);
                        end = true;
                    } else {
                        state = UNQUOTED;
                        fieldStart = i - rs;
                    }
                }
                case UNQUOTED -> {
                    if (b == ',') {
                        addField(fieldStart, i - rs, false);
                        state = FIELD_START;
                        fieldStart = i - rs + 1;
                    } else if (b == '\n') {
                        addField(fieldStart, trimCr(rs, i) - rs, false);
                        end = true;
                    }
                }
                case QUOTED -> {
                    if (b == '"') {
                        state = QUOTE_IN_QUOTED;
                    } else if (b == '\n') {
                        newlines++;
                    }
                }
                default -> { // QUOTE_IN_QUOTED: just after a quote inside a quoted field
                    if (b == '"') {
                        state = QUOTED;
                        fieldEscaped = true;
                    } else if (b == ',') {
                        addField(fieldStart, i - rs - 1, fieldEscaped);
                        state = FIELD_START;
                        fieldStart = i - rs + 1;
                    } else if (b == '\n') {
                        addField(fieldStart, trimCr(rs, i) - rs - 1, fieldEscaped);
                        end = true;
                    } else if (b != '\r') {
                        if (problem == null) {
                            problem = "text after the closing quote of field " + (count + 1);
                        }
                        state = UNQUOTED;
                    }
                }
            }
            if (end) {
                recStart = rs;
                recEnd = trimCr(rs, i);
                pos = i + 1;
                break;
            }
            i++;
            if (i - rs > MAX_RECORD) {
                throw new ImportFileException(name + ": line " + recLine + " is longer than "
                        + (MAX_RECORD >> 10) + " KiB" + (state == QUOTED ? " (a quote is probably never closed)" : "")
                        + "; this does not look like a CSV file of records.");
            }
        }
        nextLine += newlines + 1;
        if (nonAscii) {
            checkUtf8();
        }
    }

    private int trimCr(int rs, int end) {
        return end > rs && buf[end - 1] == '\r' ? end - 1 : end;
    }

    private void checkUtf8() {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buf, recStart, recEnd - recStart));
        } catch (CharacterCodingException e) {
            throw new ImportFileException(name + " is not UTF-8 text (line " + recLine
                    + " has bytes that are not UTF-8, perhaps Latin-1 or GBK); save the file as UTF-8 and import it again.");
        }
    }

    private void addField(int start, int end, boolean esc) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            escaped = Arrays.copyOf(escaped, count * 2);
        }
        starts[count] = start;
        ends[count] = Math.max(start, end);
        escaped[count] = esc;
        count++;
    }

    /** Number of fields of the current record. */
    int size() {
        return count;
    }

    /** Field {@code i} (0-based) of the current record, exactly as written (quotes removed, not trimmed). */
    String field(int i) {
        int s = recStart + starts[i];
        int len = ends[i] - starts[i];
        if (len == 0) {
            return "";
        }
        String v = new String(buf, s, len, StandardCharsets.UTF_8);
        return escaped[i] ? v.replace("\"\"", "\"") : v;
    }

    /** True when field {@code i} is empty or blank, without making a string. */
    boolean blank(int i) {
        for (int k = recStart + starts[i], e = recStart + ends[i]; k < e; k++) {
            if (buf[k] != ' ' && buf[k] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The physical line number where the current record starts (the header is line 1). */
    long line() {
        return recLine;
    }

    /** The original text of the current record (without its line break). */
    String raw() {
        return new String(buf, recStart, recEnd - recStart, StandardCharsets.UTF_8);
    }

    /** A row-level problem of the current record's syntax, or null. */
    String problem() {
        return problem;
    }

    /** Moves the bytes from {@code from} to the front of the buffer; returns how far they moved. */
    private int keep(int from) {
        if (from == 0) {
            return 0;
        }
        System.arraycopy(buf, from, buf, 0, lim - from);
        lim -= from;
        pos = Math.max(0, pos - from);
        return from;
    }

    /** Reads more bytes after {@code lim}; grows the buffer if full. False at the end of the file. */
    private boolean fill() {
        if (eof) {
            return false;
        }
        if (lim == buf.length) {
            if (pos > 0) {
                keep(pos);
            } else {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
        }
        try {
            int n = in.read(buf, lim, buf.length - lim);
            if (n < 0) {
                eof = true;
                return false;
            }
            lim += n;
            bytesRead += n;
            return true;
        } catch (IOException e) {
            throw new ImportFileException(name + " cannot be read: " + e.getMessage() + ".");
        }
    }

    private void closeQuietly() {
        try {
            in.close();
        } catch (IOException e) {
            // nothing to add
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

}
