package org.scaletasks.clientgen.render;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;
import com.github.mustachejava.SpecMustacheFactory;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.util.Wrapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openapitools.codegen.api.TemplatingEngineAdapter;
import org.openapitools.codegen.api.TemplatingExecutor;

/**
 * Renders templates with Mustache.java behind OpenAPI Generator's {@link TemplatingEngineAdapter}
 * interface.
 *
 * <p>Unlike Mustache.java's defaults, values are written as they are (generated Java is not HTML,
 * and the view layer has escaped every text already) and a name that resolves to nothing fails
 * the rendering with the template and the name, so a typo in a template cannot silently drop
 * code. Partials are loaded through the {@link TemplatingExecutor}, so a user template folder
 * overrides them too, and standalone partials are re-indented as the Mustache specification
 * says.
 */
public final class MustacheJavaEngineAdapter implements TemplatingEngineAdapter {

  /** Identifier under which the adapter is registered; {@code mustache} is the built-in engine. */
  public static final String IDENTIFIER = "mustache-java";

  /** The bundle key under which OpenAPI Generator passes the codegen configuration. */
  static final String PARENT_CONTEXT = "MUSTACHE_PARENT_CONTEXT";

  private TemplatingExecutor factoryExecutor;
  private MustacheFactory factory;

  @Override
  public String getIdentifier() {
    return IDENTIFIER;
  }

  @Override
  public String[] getFileExtensions() {
    return new String[] {"mustache"};
  }

  @Override
  public synchronized String compileTemplate(
      TemplatingExecutor executor, Map<String, Object> bundle, String templateFile)
      throws IOException {
    Mustache mustache = factoryFor(executor).compile(templateFile);
    List<Object> scopes = new ArrayList<>(2);
    Object parent = bundle.get(PARENT_CONTEXT);
    if (parent != null) {
      scopes.add(parent);
    }
    scopes.add(bundle);
    StringWriter out = new StringWriter();
    try {
      mustache.execute(out, scopes).flush();
    } catch (MustacheException e) {
      throw new IOException("cannot render template " + templateFile + ": " + rootMessage(e), e);
    }
    return out.toString();
  }

  private MustacheFactory factoryFor(TemplatingExecutor executor) {
    if (factory == null || factoryExecutor != executor) {
      factory = new ExecutorMustacheFactory(executor);
      factoryExecutor = executor;
    }
    return factory;
  }

  private static String rootMessage(Throwable error) {
    Throwable current = error;
    while (current.getCause() != null && current.getCause() != current) {
      current = current.getCause();
    }
    return current.getMessage();
  }

  /** Reads templates through the executor, writes values raw and rejects unknown names. */
  private static final class ExecutorMustacheFactory extends SpecMustacheFactory {

    private final TemplatingExecutor executor;

    ExecutorMustacheFactory(TemplatingExecutor executor) {
      this.executor = executor;
      setObjectHandler(new StrictObjectHandler());
    }

    @Override
    public Reader getReader(String resourceName) {
      return new StringReader(executor.getFullTemplateContents(resourceName));
    }

    @Override
    public String resolvePartialPath(String dir, String name, String extension) {
      return name.endsWith(extension) ? name : name + extension;
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (IOException e) {
        throw new MustacheException("cannot write rendered text", e);
      }
    }
  }

  /** Fails on a name that no scope defines, instead of rendering it as empty text. */
  private static final class StrictObjectHandler extends ReflectionObjectHandler {

    @Override
    public Wrapper find(String name, List<Object> scopes) {
      Wrapper wrapper = super.find(name, scopes);
      if (wrapper instanceof MissingWrapper && !".".equals(name)) {
        throw new MustacheException("no value named '" + name + "' in the template data");
      }
      return wrapper;
    }
  }
}
