package org.scaletasks.clientgen.view;

import java.util.ArrayList;
import java.util.List;

/**
 * Template data of one operation of the client.
 *
 * <p>The client method takes the required parameters in document order, then the request body,
 * then the {@link ParamsView params object} of the optional parameters when there are any, then
 * the {@code RequestOptions}. The signature helpers below join those pieces with commas, so the
 * template does not have to.
 *
 * @param methodName the client method name, from the operation id
 * @param httpMethod the HTTP method in upper case
 * @param pathExpression a Java expression of the path below the base URL, with each path
 *     parameter percent-encoded
 * @param requestType the request body type, or null when the operation has no body
 * @param requestRequired whether the request body is required
 * @param contentTypeLiteral the request's {@code Content-Type} as a Java string literal, exactly
 *     as the document names the media type, or null without a body
 * @param acceptLiteral the {@code Accept} header as a Java string literal
 * @param responseType the type of the 2xx response body, or {@code Void} when there is none
 * @param emptyStatuses the 2xx statuses that the document declares without a body, comma
 *     separated, or null when there are none
 * @param authenticated whether the operation sends the client's credentials
 * @param javadoc the escaped Javadoc lines of the method
 * @param idempotencyKeyAccessor the request accessor of the property marked {@code
 *     x-idempotency-key: true}, or null; a request with that value set may be retried safely
 * @param requiredParameters the required path, query and header parameters, in document order
 * @param params the class of the optional parameters, or null when there are none
 * @param requestValidatable whether the request body type is a generated model or union, whose
 *     {@code validate()} runs before sending
 */
public record OperationView(
    String methodName,
    String httpMethod,
    String pathExpression,
    String requestType,
    boolean requestRequired,
    String contentTypeLiteral,
    String acceptLiteral,
    String responseType,
    String emptyStatuses,
    boolean authenticated,
    List<String> javadoc,
    String idempotencyKeyAccessor,
    List<ParameterView> requiredParameters,
    ParamsView params,
    boolean requestValidatable) {

  public boolean hasBody() {
    return requestType != null;
  }

  public boolean returnsVoid() {
    return "Void".equals(responseType);
  }

  public boolean hasParams() {
    return params != null;
  }

  public String paramsClassName() {
    return params == null ? null : params.className();
  }

  /** The optional parameters, in document order; empty without a params class. */
  public List<ParameterView> optionalParameters() {
    return params == null ? List.of() : params.parameters();
  }

  /** Whether a call can throw {@code ValidationException} before it sends anything. */
  public boolean validates() {
    return hasBody() || !requiredParameters.isEmpty() || params != null;
  }

  /** Whether the method checks its arguments with {@code Violations} before sending. */
  public boolean checksArguments() {
    return !requiredParameters.isEmpty();
  }

  /** The declarations of the required parameters and the body, such as {@code String id, Pet request}. */
  public String leadingDeclarations() {
    List<String> parts = new ArrayList<>();
    for (ParameterView parameter : requiredParameters) {
      parts.add(parameter.javaType() + " " + parameter.javaName());
    }
    if (hasBody()) {
      parts.add(requestType + " request");
    }
    return String.join(", ", parts);
  }

  /** The raw types of {@link #leadingDeclarations()}, for {@code {@link}} tags. */
  public String leadingTypes() {
    List<String> parts = new ArrayList<>();
    for (ParameterView parameter : requiredParameters) {
      parts.add(erasure(parameter.javaType()));
    }
    if (hasBody()) {
      parts.add(erasure(requestType));
    }
    return String.join(", ", parts);
  }

  /** The declarations of {@link #leadingDeclarations()} plus the params object, if any. */
  public String declarationsWithParams() {
    return join(leadingDeclarations(), params == null ? null : params.className() + " params");
  }

  /** Every declaration: {@link #declarationsWithParams()} and the request options. */
  public String fullDeclarations() {
    return join(declarationsWithParams(), "RequestOptions options");
  }

  /** The argument names that pass {@link #fullDeclarations()} on. */
  public String fullArguments() {
    return join(join(leadingArguments(), params == null ? null : "params"), "options");
  }

  /** The arguments of a call with neither params nor options. */
  public String defaultArguments() {
    return join(join(leadingArguments(), params == null ? null : params.className() + ".none()"), "RequestOptions.none()");
  }

  /** The arguments of a call with params but without options. */
  public String paramsArguments() {
    return join(join(leadingArguments(), "params"), "RequestOptions.none()");
  }

  private String leadingArguments() {
    List<String> parts = new ArrayList<>();
    for (ParameterView parameter : requiredParameters) {
      parts.add(parameter.javaName());
    }
    if (hasBody()) {
      parts.add("request");
    }
    return String.join(", ", parts);
  }

  private static String join(String first, String second) {
    if (second == null) {
      return first;
    }
    return first.isEmpty() ? second : first + ", " + second;
  }

  private static String erasure(String javaType) {
    int generic = javaType.indexOf('<');
    return generic < 0 ? javaType : javaType.substring(0, generic);
  }
}
