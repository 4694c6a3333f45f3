package org.scaletasks.client.spec;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolverFactory;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SwaggerV20Library;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.github.fge.jackson.NodeType;
import com.github.fge.jsonschema.cfg.ValidationConfiguration;
import com.github.fge.jsonschema.core.exceptions.ProcessingException;
import com.github.fge.jsonschema.core.report.ListReportProvider;
import com.github.fge.jsonschema.core.report.LogLevel;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.format.AbstractFormatAttribute;
import com.github.fge.jsonschema.library.Library;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import com.github.fge.jsonschema.processors.data.FullData;
import com.github.fge.msgsimple.bundle.MessageBundle;
import com.github.fge.msgsimple.load.MessageBundles;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates request and response bodies against {@code spec/scale-tasks.yaml} with the Atlassian
 * swagger-request-validator, and turns its report into one finding per JSON pointer.
 */
final class SpecValidator {

  static final Path SPEC = Path.of("..", "spec", "scale-tasks.yaml");
  static final String BASE_PATH = "/v1";
  static final ObjectMapper JSON = new ObjectMapper();
  static final ObjectMapper YAML = new YAMLMapper();

  private static final String SCHEMA_KEY_MARKER = ".schema.";
  private static final Pattern UNEXPECTED_MEMBERS =
      Pattern.compile("not allowed by the schema: (\\[.*])");

  /** One place where a body breaks its schema. */
  record Finding(String pointer, String keyword, String message) {

    @Override
    public String toString() {
      return pointer + " (" + keyword + "): " + message;
    }
  }

  private final OpenApiInteractionValidator validator;
  private final JsonNode document;

  SpecValidator() {
    // The validator parses with resolveFully=true by default. swagger-parser 2.1.48 then gives
    // an untyped schema such as TaskParams.attachment the type object, so every string
    // attachment is rejected. Resolving only external references keeps untyped schemas open.
    ParseOptions parseOptions = new ParseOptions();
    parseOptions.setResolve(true);
    parseOptions.setResolveFully(false);
    this.validator =
        OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toAbsolutePath().toUri().toString())
            .withParseOptions(parseOptions)
            // By default the validator adds additionalProperties: false to every object schema,
            // so each allOf part of a request schema rejects the other part's members. Ignoring
            // that level turns the injection off. Schemas that declare
            // additionalProperties: false themselves are still enforced.
            .withLevelResolver(LevelResolverFactory.withAdditionalPropertiesIgnored())
            .withSchemaFactorySupplier(SpecValidator::schemaFactory)
            .build();
    try {
      this.document = YAML.readTree(SPEC.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SPEC, e);
    }
  }

  /** Returns the OpenAPI document as a JSON tree. */
  JsonNode document() {
    return document;
  }

  /** Validates a POST body sent to {@code path}, for example {@code /task/videoannotation}. */
  List<Finding> validateRequest(String path, String body) {
    SimpleRequest request =
        SimpleRequest.Builder.post(BASE_PATH + path)
            .withContentType("application/json")
            // Any Basic credentials satisfy the basicAuth security requirement.
            .withAuthorization("Basic bGl2ZV9rZXk6")
            .withBody(body)
            .build();
    return findings(validator.validateRequest(request), body);
  }

  /** Validates a 200 response body of a POST to {@code path}. */
  List<Finding> validateResponse(String path, String body) {
    SimpleResponse response =
        SimpleResponse.Builder.ok().withContentType("application/json").withBody(body).build();
    return findings(validator.validateResponse(BASE_PATH + path, Request.Method.POST, response), body);
  }

  private List<Finding> findings(ValidationReport report, String body) {
    JsonNode instance;
    try {
      instance = JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("body is not valid JSON", e);
    }
    List<Finding> findings = new ArrayList<>();
    for (ValidationReport.Message message : report.getMessages()) {
      collect(message, instance, findings);
    }
    return findings;
  }

  /**
   * Adds the findings of one report message. An allOf failure only says that a part failed, so
   * its nested messages are used instead. A oneOf failure is kept as one finding, because its
   * nested messages explain why each alternative did not match.
   */
  private void collect(ValidationReport.Message message, JsonNode instance, List<Finding> findings) {
    if (message.getLevel() != ValidationReport.Level.ERROR) {
      return;
    }
    String pointer = instancePointer(message);
    String keyword = keyword(message.getKey());
    if (isNullAcceptedByNullable(message, instance, pointer)) {
      return;
    }
    if (keyword.equals("allOf") && !message.getNestedMessages().isEmpty()) {
      for (ValidationReport.Message nested : message.getNestedMessages()) {
        collect(nested, instance, findings);
      }
      return;
    }
    if (keyword.equals("additionalProperties")) {
      // The validator reports the enclosing object and lists the unexpected members in its
      // message text only, so each member becomes its own pointer.
      for (String member : unexpectedMembers(message.getMessage())) {
        findings.add(new Finding(pointer + "/" + escape(member), keyword, message.getMessage()));
      }
      return;
    }
    findings.add(new Finding(pointer, keyword, message.getMessage()));
  }

  /**
   * Whether the message rejects a JSON null where the schema says {@code nullable: true}. The
   * validator's nullable keyword only acts next to {@code type}. The document wraps the Label
   * union as {@code allOf: [$ref Label]} with {@code nullable: true} and relies on reading it as
   * "a Label or null", so a null there is accepted.
   */
  private boolean isNullAcceptedByNullable(
      ValidationReport.Message message, JsonNode instance, String pointer) {
    JsonNode value = instance.at(JsonPointer.compile(pointer));
    if (!value.isNull()) {
      return false;
    }
    String schemaPointer =
        message.getContext().flatMap(c -> c.getPointers()).map(p -> p.getSchema()).orElse(null);
    if (schemaPointer == null || !schemaPointer.startsWith("/components/")) {
      return false;
    }
    return document.at(JsonPointer.compile(schemaPointer)).path("nullable").asBoolean(false);
  }

  private static String instancePointer(ValidationReport.Message message) {
    String pointer =
        message.getContext().flatMap(c -> c.getPointers()).map(p -> p.getInstance()).orElse("");
    return pointer.equals("/") ? "" : pointer;
  }

  /** Maps a key such as {@code validation.request.body.schema.format.date-time} to {@code format}. */
  static String keyword(String key) {
    int start = key.indexOf(SCHEMA_KEY_MARKER);
    if (start < 0) {
      return key;
    }
    String rest = key.substring(start + SCHEMA_KEY_MARKER.length());
    int end = rest.indexOf('.');
    return end < 0 ? rest : rest.substring(0, end);
  }

  private static List<String> unexpectedMembers(String text) {
    Matcher matcher = UNEXPECTED_MEMBERS.matcher(text);
    if (!matcher.find()) {
      throw new IllegalStateException("no member list in additionalProperties message: " + text);
    }
    List<String> members = new ArrayList<>();
    try {
      for (JsonNode member : JSON.readTree(matcher.group(1))) {
        members.add(member.asText());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("invalid member list in message: " + text, e);
    }
    return members;
  }

  static String escape(String member) {
    return member.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Builds the validator's default schema factory with one change: {@code format: uri} requires
   * an absolute URI, as RFC 3986 defines "URI" and JSON Schema draft 4 uses it. The bundled
   * draft 4 library accepts any URI reference, so "attachment_url" would pass.
   */
  private static JsonSchemaFactory schemaFactory() {
    Library library =
        SwaggerV20Library.get().thaw().addFormatAttribute("uri", new AbsoluteUriFormat()).freeze();
    ValidationConfiguration configuration =
        ValidationConfiguration.newBuilder()
            .setDefaultLibrary(SwaggerV20Library.OAI_V2_METASCHEMA_URI, library)
            .setSyntaxMessages(MessageBundles.getBundle(SwaggerV20Library.SyntaxBundle.class))
            .setValidationMessages(MessageBundles.getBundle(SwaggerV20Library.ValidationBundle.class))
            .freeze();
    return JsonSchemaFactory.newBuilder()
        .setValidationConfiguration(configuration)
        .setReportProvider(new ListReportProvider(LogLevel.ERROR, LogLevel.FATAL))
        .freeze();
  }

  /** The {@code uri} format: an absolute URI, that is one with a scheme. */
  private static final class AbsoluteUriFormat extends AbstractFormatAttribute {

    AbsoluteUriFormat() {
      super("uri", NodeType.STRING);
    }

    @Override
    public void validate(ProcessingReport report, MessageBundle bundle, FullData data)
        throws ProcessingException {
      String value = data.getInstance().getNode().textValue();
      if (!isAbsoluteUri(value)) {
        report.error(
            newMsg(data, bundle, "err.format.invalidURI")
                .setMessage("string \"" + value + "\" is not an absolute URI")
                .putArgument("value", value));
      }
    }

    private static boolean isAbsoluteUri(String value) {
      try {
        return new URI(value).isAbsolute();
      } catch (URISyntaxException e) {
        return false;
      }
    }
  }
}
