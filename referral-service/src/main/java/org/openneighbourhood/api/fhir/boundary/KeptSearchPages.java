package org.openneighbourhood.api.fhir.boundary;

import ca.uhn.fhir.context.FhirVersionEnum;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.SummaryEnum;
import ca.uhn.fhir.rest.api.server.IRestfulResponse;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import ca.uhn.fhir.rest.server.IRestfulServerDefaults;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import ca.uhn.fhir.rest.server.RestfulServerUtils.ResponseEncoding;
import ca.uhn.fhir.rest.server.method.ElementsParameter;
import ca.uhn.fhir.util.DateUtils;
import jakarta.enterprise.context.Dependent;
import java.io.IOException;
import java.io.Writer;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.Bundle;
import org.openneighbourhood.api.fhir.control.EncodedResources;

/**
 * Writes a page of search results from its resources' kept JSON ({@link EncodedResources}) when the
 * page is asked for as plain JSON: nothing summarised, left out or pretty, which is how a partner
 * system asks. A page with a resource not kept yet is encoded whole by HAPI, as always, and its
 * resources are kept from what it wrote; anything else HAPI writes as always. The answer's status
 * and headers are those HAPI gives a search (its own {@code streamResponseAsResource}, for a
 * search's Bundle): Last-Modified and the content type asked for, compressed when asked, and no
 * Content-Location (FhirApiIT compares them).
 */
@Dependent
public class KeptSearchPages {

  private final EncodedResources kept = new EncodedResources(EncodedResources.KEPT);

  /** After every other interceptor: false when it has answered, and HAPI writes nothing more. */
  @Hook(value = Pointcut.SERVER_OUTGOING_RESPONSE, order = Integer.MAX_VALUE)
  public boolean write(RequestDetails request, ResponseDetails details) throws IOException {
    if (!(details.getResponseResource() instanceof Bundle page)
        || page.getType() != Bundle.BundleType.SEARCHSET
        || request.getRestOperationType() != RestOperationTypeEnum.SEARCH_TYPE
        || !plain(request)) {
      return true;
    }
    ResponseEncoding encoding = RestfulServerUtils.determineResponseEncodingWithDefault(request);
    IRestfulServerDefaults server = request.getServer();
    if (encoding.getEncoding() != EncodingEnum.JSON
        || server.getInterceptorService().hasHooks(Pointcut.SERVER_OUTGOING_WRITER_CREATED)) {
      return true;
    }
    IParser parser =
        RestfulServerUtils.getNewParser(server.getFhirContext(), FhirVersionEnum.R4, request);
    Optional<String> json = kept.page(page, parser, request.getFhirServerBase());
    if (json.isEmpty()) {
      return true;
    }
    IRestfulResponse response = request.getResponse();
    IPrimitiveType<Date> lastUpdated = RestfulServerUtils.extractLastUpdatedFromResource(page);
    if (lastUpdated != null && !lastUpdated.isEmpty()) {
      response.addHeader(
          Constants.HEADER_LAST_MODIFIED, DateUtils.formatDate(lastUpdated.getValue()));
    }
    Writer writer =
        response.getResponseWriter(
            details.getResponseCode(),
            encoding.getResourceContentType(),
            Constants.CHARSET_NAME_UTF8,
            request.isRespondGzip());
    writer.write(json.get());
    response.commitResponse(writer);
    return false;
  }

  /**
   * Asked for with no {@code _summary} (nor HAPI's older {@code _narrative}), {@code _elements},
   * {@code _count=0} or pretty printing: what HAPI's parser, set up for this request, writes in
   * full and compact, as the kept JSON was written.
   */
  private static boolean plain(RequestDetails request) {
    String[] count = request.getParameters().get(Constants.PARAM_COUNT);
    return !RestfulServerUtils.prettyPrintResponse(request.getServer(), request)
        && RestfulServerUtils.determineSummaryMode(request).equals(Set.of(SummaryEnum.FALSE))
        && ElementsParameter.getElementsValueOrNull(request, false) == null
        && ElementsParameter.getElementsValueOrNull(request, true) == null
        && (count == null || count.length == 0 || !"0".equals(count[0]));
  }
}
