package org.scaletasks.clientgen.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecLoaderTest {

  @TempDir Path work;

  @Test
  void attributePathBecomesPointer() {
    assertThat(SpecLoader.attributePathToPointer("paths.'/pets/{id}'(get).responses"))
        .isEqualTo("/paths/~1pets~1{id}/get/responses");
    assertThat(SpecLoader.attributePathToPointer("components.schemas.Pet.properties.name"))
        .isEqualTo("/components/schemas/Pet/properties/name");
  }

  @Test
  void everyProblemIsReportedWithItsPosition() throws Exception {
    Path spec = work.resolve("api.yaml");
    Files.writeString(
        spec,
        String.join(
            "\n",
            "openapi: 3.0.3",
            "info:",
            "  title: Problems",
            "  version: '1'",
            "paths:",
            "  /pets:",
            "    post:",
            "      requestBody:",
            "        content:",
            "          application/json:",
            "            schema:",
            "              $ref: '#/components/schemas/Missing'",
            "      responses:",
            "        '200':",
            "          description: ok",
            "components:",
            "  schemas:",
            "    Bad Name:",
            "      type: object",
            ""));

    assertThatThrownBy(() -> new SpecLoader().load(spec))
        .isInstanceOfSatisfying(
            SpecException.class,
            e -> {
              assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(2);
              assertThat(e.problems())
                  .anySatisfy(
                      problem -> {
                        assertThat(problem.pointer()).isEqualTo("/components/schemas/Bad Name");
                        assertThat(problem.line()).isEqualTo(18);
                        assertThat(problem.column()).isEqualTo(5);
                      });
              assertThat(e.problems())
                  .anySatisfy(
                      problem -> {
                        assertThat(problem.message()).contains("Missing");
                        assertThat(problem.line()).isEqualTo(12);
                      });
            });
  }

  @Test
  void jsonWithLineSeparatorParses() throws Exception {
    Path spec = work.resolve("api.json");
    Files.writeString(
        spec,
        "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"a\u2028b\",\"version\":\"1\"},\"paths\":{}}");

    assertThat(new SpecLoader().load(spec).openApi().getInfo().getTitle()).isEqualTo("a\u2028b");
  }
}
