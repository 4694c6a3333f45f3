package org.scaletasks.clientgen.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code .github/workflows/spec-review.yml} from the repository root. */
final class WorkflowFile {

  static final Path PATH = Path.of("..", ".github", "workflows", "spec-review.yml");
  static final String REVIEW_GOAL = "org.scaletasks:clientgen-maven-plugin:review";

  /** A {@code -Dname=value} word; a value may contain a GitHub expression with spaces. */
  private static final Pattern PROPERTY = Pattern.compile("-D([\\w.]+)=((?:\\$\\{\\{.*?}}|\\S)+)");

  private WorkflowFile() {}

  static JsonNode read() {
    try {
      return new ObjectMapper(new YAMLFactory()).readTree(PATH.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the {@code run:} commands of the review job, in order. */
  static List<String> runCommands() {
    List<String> commands = new ArrayList<>();
    for (JsonNode step : read().path("jobs").path("review").path("steps")) {
      if (step.has("run")) {
        commands.add(step.get("run").asText());
      }
    }
    return commands;
  }

  /** Returns the {@code -Dname=value} properties of the command that runs the review goal. */
  static Map<String, String> reviewProperties() {
    String command =
        runCommands().stream()
            .filter(run -> run.contains(REVIEW_GOAL))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no run: line of " + PATH + " invokes " + REVIEW_GOAL));
    Map<String, String> properties = new LinkedHashMap<>();
    Matcher matcher = PROPERTY.matcher(command);
    while (matcher.find()) {
      properties.put(matcher.group(1), matcher.group(2));
    }
    return properties;
  }
}
