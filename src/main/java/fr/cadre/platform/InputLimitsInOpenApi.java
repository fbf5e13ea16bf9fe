package fr.cadre.platform;

import fr.cadre.agreement.boundary.AgreementViews;
import fr.cadre.agreement.boundary.AgreementsResource;
import fr.cadre.directory.boundary.DirectoryViews;
import fr.cadre.importing.boundary.ImportsResource;
import fr.cadre.kernel.Amount;
import fr.cadre.kernel.Quantity;
import fr.cadre.ordering.boundary.VouchersResource;
import fr.cadre.ordering.control.OrderRequest;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Writes the input records' constraints into the OpenAPI document (called by {@link
 * OpenApiDocument}): a text's {@code maxLength}, an amount's maximum and cents, a quantity's
 * maximum, bounded integers, required fields. The constraints on the records stay the one statement
 * of each limit; this reads them. (Payara's own reading of Bean Validation annotations is switched
 * off in {@code microprofile-config.properties}: it fails on the annotations a record copies onto
 * its constructor's parameters.)
 */
final class InputLimitsInOpenApi {

  /** Every record a request body is read into. */
  static final List<Class<?>> INPUTS =
      List.of(
          DirectoryViews.ConsortiumInput.class,
          DirectoryViews.MemberInput.class,
          DirectoryViews.OperatorInput.class,
          AgreementViews.AgreementInput.class,
          AgreementViews.LotInput.class,
          AgreementViews.LimitInput.class,
          AgreementViews.PriceLineInput.class,
          fr.cadre.agreement.boundary.SiteViews.SiteInput.class,
          AgreementsResource.Termination.class,
          OrderRequest.class,
          VouchersResource.IssueInput.class,
          VouchersResource.ServiceDoneInput.class,
          VouchersResource.InvoiceInput.class,
          VouchersResource.PaymentInput.class,
          VouchersResource.CancellationInput.class,
          ImportsResource.FolderInput.class);

  private InputLimitsInOpenApi() {}

  static void describe(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    for (Class<?> input : INPUTS) {
      Schema schema = schemas.get(input.getSimpleName());
      if (schema != null && schema.getProperties() != null) {
        for (RecordComponent component : input.getRecordComponents()) {
          Schema property = schema.getProperties().get(component.getName());
          if (property != null) {
            describe(field(input, component), property, schema);
          }
        }
      }
    }
  }

  /**
   * The record's field, which holds the component's constraints (most constraint annotations do not
   * target record components as such).
   */
  private static Field field(Class<?> input, RecordComponent component) {
    try {
      return input.getDeclaredField(component.getName());
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void describe(Field c, Schema property, Schema owner) {
    Size size = c.getAnnotation(Size.class);
    if (size != null && c.getType() == String.class) {
      property.setMaxLength(size.max());
    } else if (size != null && size.max() < Integer.MAX_VALUE) {
      property.setMaxItems(size.max());
    }
    if (c.isAnnotationPresent(Amount.class)) {
      property.setMaximum(new BigDecimal(Amount.MAX));
      property.setMultipleOf(new BigDecimal("0.01"));
    }
    if (c.isAnnotationPresent(Quantity.class)) {
      property.setMaximum(new BigDecimal(Quantity.MAX));
    }
    DecimalMax decimalMax = c.getAnnotation(DecimalMax.class);
    if (decimalMax != null) {
      property.setMaximum(new BigDecimal(decimalMax.value()));
    }
    Max max = c.getAnnotation(Max.class);
    if (max != null) {
      property.setMaximum(BigDecimal.valueOf(max.value()));
    }
    Min min = c.getAnnotation(Min.class);
    if (min != null) {
      property.setMinimum(BigDecimal.valueOf(min.value()));
    }
    NotNull notNull = c.getAnnotation(NotNull.class);
    boolean always = notNull != null && notNull.groups().length == 0;
    if (always || c.isAnnotationPresent(NotBlank.class) || c.isAnnotationPresent(NotEmpty.class)) {
      owner.addRequired(c.getName());
    }
  }
}
