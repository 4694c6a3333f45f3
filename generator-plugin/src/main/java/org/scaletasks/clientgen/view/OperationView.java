package org.scaletasks.clientgen.view;

import java.util.List;

/**
 * Template data of one operation of the client.
 *
 * @param methodName the client method name, from the operation id
 * @param httpMethod the HTTP method in upper case
 * @param pathLiteral the path below the base URL as a Java string literal
 * @param requestType the request body type, or null when the operation has no body
 * @param requestRequired whether the request body is required
 * @param responseType the type of the 2xx response body, or {@code Void} when there is none
 * @param javadoc the escaped Javadoc lines of the method
 * @param idempotencyKeyAccessor the request accessor of the property marked {@code
 *     x-idempotency-key: true}, or null; a request with that value set may be retried safely
 */
public record OperationView(
    String methodName,
    String httpMethod,
    String pathLiteral,
    String requestType,
    boolean requestRequired,
    String responseType,
    List<String> javadoc,
    String idempotencyKeyAccessor) {

  public boolean hasBody() {
    return requestType != null;
  }

  public boolean returnsVoid() {
    return "Void".equals(responseType);
  }
}
