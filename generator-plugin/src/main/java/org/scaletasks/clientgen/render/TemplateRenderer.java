package org.scaletasks.clientgen.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.openapitools.codegen.api.TemplatingEngineAdapter;

/**
 * Renders templates through the Mustache.java adapter, found with {@link ServiceLoader} the way
 * OpenAPI Generator finds its engines.
 */
public final class TemplateRenderer {

  /** The bundle key for the codegen configuration, the scope beneath the bundle. */
  public static final String PARENT_CONTEXT = MustacheJavaEngineAdapter.PARENT_CONTEXT;

  private final TemplateLocator locator;
  private final TemplatingEngineAdapter engine;

  public TemplateRenderer(Path userFolder) {
    this.locator = new TemplateLocator(userFolder);
    this.engine = loadEngine();
  }

  /** Renders one template with {@code bundle} as its data. */
  public String render(String template, Map<String, Object> bundle) throws IOException {
    return engine.compileTemplate(locator, bundle, template);
  }

  /** The text of every template, by name, as this renderer sees it (user folder first). */
  public Map<String, String> templateContents() {
    Map<String, String> contents = new LinkedHashMap<>();
    for (String name : TemplateLocator.BUILT_IN_TEMPLATES) {
      contents.put(name, locator.getFullTemplateContents(name));
    }
    return contents;
  }

  private static TemplatingEngineAdapter loadEngine() {
    ServiceLoader<TemplatingEngineAdapter> adapters =
        ServiceLoader.load(TemplatingEngineAdapter.class, TemplateRenderer.class.getClassLoader());
    for (TemplatingEngineAdapter adapter : adapters) {
      if (MustacheJavaEngineAdapter.IDENTIFIER.equals(adapter.getIdentifier())) {
        return adapter;
      }
    }
    throw new IllegalStateException(
        "no TemplatingEngineAdapter registered as " + MustacheJavaEngineAdapter.IDENTIFIER
            + "; the plugin jar is incomplete");
  }
}
