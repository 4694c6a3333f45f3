package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaletasks.clientgen.cases.CaseHarness.assertJsonEquals;
import static org.scaletasks.clientgen.cases.CaseHarness.should;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.cases.CaseHarness.GeneratedClient;
import org.scaletasks.clientgen.cases.CaseHarness.SpecVariant;

/** Java keywords, literals and {@code java.lang} names as property and schema names. */
class Case05JavaKeywordPropertyNamesTest {

  private static final String CASE = "05-java-keyword-property-names";
  private static final String COURSE_JSON =
      "{\"class\":\"c\",\"@class\":\"ac\",\"default\":3,\"enum\":[\"x\"],\"package\":\"p\",\"import\":true,"
          + "\"return\":1.5,\"new\":false,\"interface\":\"i\",\"null\":\"n\",\"true\":true,\"_\":\"u\","
          + "\"goto\":\"g\",\"hashCode\":7,\"toString\":\"t\"}";
  private static final List<String> COURSE_NAMES =
      List.of("class", "@class", "default", "enum", "package", "import", "return", "new", "interface",
          "null", "true", "_", "goto", "hashCode", "toString");

  @TempDir static Path work;
  private static GeneratedClient client;

  @BeforeAll
  static void generate() throws Exception {
    client = CaseHarness.generate(CASE, SpecVariant.ORIGINAL, work);
  }

  @Test
  void generateSucceeds() throws Exception {
    CaseHarness.generateSources(CASE, SpecVariant.ORIGINAL, work.resolve("original"));
  }

  @Test
  void generatedSourcesCompile() {
    assertThat(client.compileErrors()).isEmpty();
  }

  @Test
  void courseRoundTripsAllKeywordKeys() throws Exception {
    String written = client.write(client.read(COURSE_JSON, client.model("Course")));
    assertJsonEquals(COURSE_JSON, written);
  }

  @Test
  void courseHasOnePropertyPerJsonName() {
    Class<?> course = client.model("Course");
    Map<String, BeanPropertyDefinition> properties = client.properties(course);
    assertThat(properties.keySet()).containsExactlyInAnyOrderElementsOf(COURSE_NAMES);
    for (BeanPropertyDefinition property : properties.values()) {
      assertThat(property.hasGetter()).as("getter of %s", property.getName()).isTrue();
    }
    Map<String, BeanPropertyDefinition> builder = client.builderProperties(course);
    assertThat(builder.keySet()).containsExactlyInAnyOrderElementsOf(COURSE_NAMES);
  }

  @Test
  void classGetterIsNotGetClass() {
    Class<?> course = client.model("Course");
    String classAccessor = client.accessorName(course, "class");
    assertThat(classAccessor).isNotEqualTo("getClass");
    assertThat(client.accessorName(course, "@class")).isNotEqualTo(classAccessor);
  }

  @Test
  void defaultGetterIsGetDefault() {
    String accessor = client.accessorName(client.model("Course"), "default");
    should("getDefault".equals(accessor),
        "the accessor for 'default' is " + accessor + "(); generated accessors have no get prefix by design");
  }

  @Test
  void createCourseSendsKeywordQueryNames() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(200, "{}");
      Object api = client.client(server.baseUrl());
      Object course = client.build(client.model("Course"), Map.of());
      Object params = client.params("CreateCourseParams", Map.of("classValue", "intro", "defaultValue", true));
      CaseHarness.GeneratedClient.invoke(api, "createCourse", course, params);
      assertThat(CaseHarness.formDecodedQuery(server.onlyRequest().rawQuery()))
          .containsExactly(Map.entry("class", "intro"), Map.entry("default", "true"));
    }
  }

  @Test
  void reservedSchemaNamesGetClasses() {
    assertThat(client.compileErrors()).isEmpty();
    for (String schema : List.of("Override", "Map", "Object")) {
      Class<?> type = client.model(schema + "Model");
      assertThat(type.getSimpleName()).isEqualTo(schema + "Model");
    }
  }

  @Test
  void listOverridesResponseRoundTrips() throws Exception {
    Object api = client.client("http://127.0.0.1:9");
    JavaType responseType =
        client.mapper().constructType(CaseHarness.GeneratedClient.method(api.getClass(), "listOverrides").getGenericReturnType());
    String json = "[{\"key\":\"k\",\"value\":{\"entries\":{\"a\":\"b\"}}}]";
    assertJsonEquals(json, client.write(client.read(json, responseType)));
  }
}
