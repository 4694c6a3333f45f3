package org.scaletasks.clientgen.view;

import java.util.List;

/**
 * Template data of the client class and the supporting classes beside it.
 *
 * @param packageName the client's package
 * @param modelPackage the package of the models
 * @param className the client class name
 * @param defaultBaseUrlLiteral the first server URL of the document as a Java string literal
 * @param userAgentLiteral the {@code User-Agent} header value as a Java string literal, to which
 *     the client appends the Java feature version
 * @param javadoc the escaped Javadoc lines of the client class
 * @param imports fully qualified model imports, sorted
 * @param operations the operations, sorted by method name
 * @param environmentPrefix prefix of the environment variables read by {@code fromEnv()}, for
 *     example {@code SCALE} for {@code SCALE_API_KEY}
 * @param propertyPrefix prefix of the system properties read by {@code fromEnv()}, for example
 *     {@code scale} for {@code scale.apiKey}
 * @param credentialsRequired whether every operation needs credentials, so that {@code build()}
 *     rejects a client without them
 */
public record ClientView(
    String packageName,
    String modelPackage,
    String className,
    String defaultBaseUrlLiteral,
    String userAgentLiteral,
    List<String> javadoc,
    List<String> imports,
    List<OperationView> operations,
    String environmentPrefix,
    String propertyPrefix,
    boolean credentialsRequired) {

  /** The classes of optional parameters, one per operation that has optional parameters. */
  public List<ParamsView> paramsClasses() {
    return operations.stream().map(OperationView::params).filter(java.util.Objects::nonNull).toList();
  }
}
