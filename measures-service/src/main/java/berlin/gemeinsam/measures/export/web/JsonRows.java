package berlin.gemeinsam.measures.export.web;

import berlin.gemeinsam.measures.export.application.ExportedMeasure;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * The export as one JSON array of objects, a property per column (null where a measure has no value, a list as an
 * array, a time as ISO 8601 text), written by Jackson's generator as the measures arrive.
 */
final class JsonRows implements MeasureRows {

    static final String MEDIA_TYPE = "application/json";

    private final JsonGenerator json;
    private final List<String> columns;

    JsonRows(JsonMapper mapper, OutputStream answer, List<String> columns) {
        this.json = mapper.createGenerator(answer);
        this.columns = columns;
    }

    @Override
    public void begin() {
        json.writeStartArray();
    }

    @Override
    public void write(ExportedMeasure measure) {
        json.writeStartObject();
        for (int i = 0; i < columns.size(); i++) {
            json.writeName(columns.get(i));
            writeValue(measure.values().get(i));
        }
        json.writeEndObject();
    }

    @Override
    public void end() {
        json.writeEndArray();
        json.close();
    }

    private void writeValue(Object value) {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean truth) {
            json.writeBoolean(truth);
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal number) {
            json.writeNumber(number);
        } else if (value instanceof Number number) {
            json.writeNumber(number.doubleValue());
        } else if (value instanceof List<?> items) {
            json.writeStartArray();
            items.forEach(item -> json.writeString(String.valueOf(item)));
            json.writeEndArray();
        } else {
            json.writeString(value.toString());
        }
    }
}
