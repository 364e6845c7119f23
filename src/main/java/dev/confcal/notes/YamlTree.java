package dev.confcal.notes;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;

/**
 * The front matter's YAML as the tree {@code new ObjectMapper(new YAMLFactory()).readTree(yaml)} gives, node for node
 * (the first document; a repeated key's last value; ints, longs and big integers as such, floats as doubles unless the
 * parser says otherwise), built from the YAML parser's tokens without an {@code ObjectMapper}: setting one up costs
 * about 0.3 s of every start, a third of {@code confcal check}'s, for a few keys.
 */
final class YamlTree {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private YamlTree() {
    }

    /** @return the first document's root, or null when there is none (empty, or only comments) */
    static JsonNode read(String yaml) throws IOException {
        try (JsonParser parser = YAML.createParser(yaml)) {
            JsonToken token = parser.nextToken();
            return token == null ? null : value(parser, token);
        }
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String key = parser.currentName();
                    object.replace(key, value(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(value(parser, next));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return NODES.numberNode(parser.getIntValue());
                    case LONG:
                        return NODES.numberNode(parser.getLongValue());
                    default:
                        return NODES.numberNode(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                switch (parser.getNumberTypeFP()) {
                    case BIG_DECIMAL:
                        return NODES.numberNode(parser.getDecimalValue());
                    case FLOAT32:
                        return NODES.numberNode(parser.getFloatValue());
                    default:
                        return NODES.numberNode(parser.getDoubleValue());
                }
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT: {
                Object embedded = parser.getEmbeddedObject();
                return embedded instanceof byte[] bytes ? NODES.binaryNode(bytes) : NODES.pojoNode(embedded);
            }
            default:
                throw new IllegalStateException("unexpected YAML token " + token);
        }
    }
}
