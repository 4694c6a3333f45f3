package org.scaletasks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.scaletasks.client.core.Json;
import org.scaletasks.stock.ApiClient;

/**
 * Checks that the three clients of ClientBenchmark send the same request for each operation. Our
 * client and the hand-written code send the same JSON. The stock client sends the same fields
 * plus defaults the caller never set: empty arrays and objects for every list and map property
 * and {@code "clear_unique_id_on_error": false}.
 */
class SameRequestTest {

  private static final ObjectMapper READER = new ObjectMapper();
  private static final ObjectMapper STOCK_MAPPER = ApiClient.createDefaultObjectMapper();

  @Test
  void segmentRequestsAreEqual() throws Exception {
    JsonNode handWritten = tree(READER, HandWrittenRequests.segment());
    assertEquals(handWritten, tree(Json.mapper(), ClientgenRequests.segment()));
    assertContainsFields(handWritten, tree(STOCK_MAPPER, StockRequests.segment()));
  }

  @Test
  void videoRequestsAreEqual() throws Exception {
    JsonNode handWritten = tree(READER, HandWrittenRequests.video());
    assertEquals(handWritten, tree(Json.mapper(), ClientgenRequests.video()));
    assertContainsFields(handWritten, tree(STOCK_MAPPER, StockRequests.video()));
  }

  @Test
  void playbackRequestsAreEqual() throws Exception {
    JsonNode handWritten = tree(READER, HandWrittenRequests.playback());
    assertEquals(handWritten, tree(Json.mapper(), ClientgenRequests.playback()));
    assertContainsFields(handWritten, tree(STOCK_MAPPER, StockRequests.playback()));
  }

  /**
   * Asserts that ACTUAL has every field of EXPECTED, at every depth, with an equal value. Objects
   * in ACTUAL may have more fields.
   */
  private static void assertContainsFields(JsonNode expected, JsonNode actual) {
    assertContainsFields(expected, actual, "$");
  }

  private static void assertContainsFields(JsonNode expected, JsonNode actual, String path) {
    assertNotNull(actual, path + " is missing");
    if (expected.isObject()) {
      expected.fields().forEachRemaining(
          field -> assertContainsFields(field.getValue(), actual.get(field.getKey()), path + "." + field.getKey()));
    } else if (expected.isArray()) {
      assertEquals(expected.size(), actual.size(), path + " size");
      for (int i = 0; i < expected.size(); i++) {
        assertContainsFields(expected.get(i), actual.get(i), path + "[" + i + "]");
      }
    } else {
      assertEquals(expected, actual, path);
    }
  }

  /** Serialises REQUEST with the client's own mapper and parses the bytes back with one reader. */
  private static JsonNode tree(ObjectMapper mapper, Object request) throws Exception {
    return READER.readTree(mapper.writeValueAsBytes(request));
  }
}
