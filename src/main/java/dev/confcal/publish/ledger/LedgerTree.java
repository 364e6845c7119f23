package dev.confcal.publish.ledger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * One JSON value of a ledger read from a stream of tokens into a tree, the tree {@code JsonParser.readValueAsTree()}
 * builds (the same nodes: an int an {@code IntNode}, a fraction a {@code DoubleNode}, the last of two equal keys),
 * without an {@code ObjectMapper}: setting one up, for the tree alone, cost a start more than the whole ledger.
 */
final class LedgerTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LedgerTree() {
    }

    /** The value whose first token is the parser's current one; the parser is left on its last token. */
    static JsonNode read(JsonParser json) throws IOException {
        JsonToken token = json.currentToken();
        if (token == null) {
            token = json.nextToken();
            if (token == null) {
                return NODES.missingNode();
            }
        }
        return switch (token) {
            case START_OBJECT -> object(json);
            case START_ARRAY -> array(json);
            case VALUE_STRING -> NODES.textNode(json.getText());
            case VALUE_NUMBER_INT -> switch (json.getNumberType()) {
                case INT -> NODES.numberNode(json.getIntValue());
                case LONG -> NODES.numberNode(json.getLongValue());
                default -> NODES.numberNode(json.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> json.getNumberTypeFP() == JsonParser.NumberTypeFP.BIG_DECIMAL
                    ? NODES.numberNode(json.getDecimalValue()) : NODES.numberNode(json.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT -> NODES.pojoNode(json.getEmbeddedObject());
            default -> throw new com.fasterxml.jackson.core.JsonParseException(json, "unexpected token " + token);
        };
    }

    private static ObjectNode object(JsonParser json) throws IOException {
        ObjectNode object = NODES.objectNode();
        for (JsonToken token = json.nextToken(); token == JsonToken.FIELD_NAME; token = json.nextToken()) {
            String name = json.currentName();
            json.nextToken();
            object.set(name, read(json));
        }
        return object;
    }

    private static ArrayNode array(JsonParser json) throws IOException {
        ArrayNode array = NODES.arrayNode();
        for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
            if (token == null) { // the parser says where the input ended; this only stops a loop
                throw new com.fasterxml.jackson.core.io.JsonEOFException(json, null, "end of input in an array");
            }
            array.add(read(json));
        }
        return array;
    }
}
