package berlin.gemeinsam.measures.export.web;

import berlin.gemeinsam.measures.export.application.ExportedMeasure;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The export as CSV after RFC 4180, in UTF-8 without a byte order mark: a header row with the column names, a
 * record per measure, each line ended by CRLF; a field with a comma, a quote or a line break is quoted, its quotes
 * doubled. A list is one field, its items joined with {@code ;}.
 *
 * <p>A text that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 * {@code '}: a spreadsheet opening the file would otherwise take a title such as {@code =HYPERLINK(…)} typed in by
 * anybody for a formula (CSV injection). Only texts are guarded (times and numbers never begin so); the JSON
 * export carries every text as it is.
 */
final class CsvRows implements MeasureRows {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8;header=present";
    private static final String LINE_END = "\r\n";
    private static final String LIST_SEPARATOR = ";";

    private final Writer out;
    private final List<String> columns;

    CsvRows(OutputStream answer, List<String> columns) {
        this.out = new BufferedWriter(new OutputStreamWriter(answer, StandardCharsets.UTF_8), 16 * 1024);
        this.columns = columns;
    }

    @Override
    public void begin() throws IOException {
        writeRecord(columns);
    }

    @Override
    public void write(ExportedMeasure measure) throws IOException {
        writeRecord(measure.values());
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }

    private void writeRecord(List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(values.get(i)));
        }
        out.write(LINE_END);
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> items) {
            return quoted(guarded(String.join(LIST_SEPARATOR, items.stream().map(String::valueOf).toList())));
        }
        if (value instanceof String text) {
            return quoted(guarded(text));
        }
        return quoted(value.toString());
    }

    private static String guarded(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private static String quoted(String text) {
        boolean needsQuotes = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
