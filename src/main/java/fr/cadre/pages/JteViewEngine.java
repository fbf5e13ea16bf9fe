package fr.cadre.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.WriterOutput;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.MvcContext;
import jakarta.mvc.engine.ViewEngine;
import jakarta.mvc.engine.ViewEngineContext;
import jakarta.mvc.engine.ViewEngineException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders a controller's view ({@code "ordering/list.jte"}) with the jte template compiled at build
 * time, its models, and the {@link Page} every template takes as {@code page}.
 */
@ApplicationScoped
@Priority(ViewEngine.PRIORITY_APPLICATION)
public class JteViewEngine implements ViewEngine {

  private final TemplateEngine templates =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, JteViewEngine.class.getClassLoader());

  @Inject MvcContext mvc;
  @Inject PageUser user;

  @Override
  public boolean supports(String view) {
    return view.endsWith(".jte");
  }

  @Override
  public void processView(ViewEngineContext context) throws ViewEngineException {
    HttpServletRequest request = context.getRequest(HttpServletRequest.class);
    Map<String, Object> params = new HashMap<>(context.getModels().asMap());
    params.put("page", page(request, context.getView(), context.getLocale()));
    try {
      Writer writer = new OutputStreamWriter(context.getOutputStream(), StandardCharsets.UTF_8);
      templates.render(context.getView(), params, new WriterOutput(writer));
      writer.flush();
    } catch (TemplateException | IOException e) {
      throw new ViewEngineException("page " + context.getView() + " not rendered", e);
    }
  }

  /** A page rendered outside a controller (the error pages), as a string. */
  String render(String view, Map<String, Object> models, HttpServletRequest request) {
    Map<String, Object> params = new HashMap<>(models);
    params.put("page", page(request, view, Language.of(request)));
    gg.jte.output.StringOutput output = new gg.jte.output.StringOutput();
    templates.render(view, params, output);
    return output.toString();
  }

  Page page(HttpServletRequest request, String view, java.util.Locale locale) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return new Page(
        request.getContextPath(),
        view,
        path,
        "GET".equals(request.getMethod()) ? request.getQueryString() : null,
        new Texts(locale),
        mvc.getCsrf().getName(),
        mvc.getCsrf().getToken(),
        user);
  }
}
