package org.openneighbourhood.api.fhir.control;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.FhirVersionEnum;
import ca.uhn.fhir.context.api.BundleInclusionRule;
import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.model.api.ResourceMetadataKeyEnum;
import ca.uhn.fhir.model.valueset.BundleEntrySearchModeEnum;
import ca.uhn.fhir.model.valueset.BundleTypeEnum;
import ca.uhn.fhir.rest.api.IVersionSpecificBundleFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.hapi.rest.server.R4BundleFactory;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * The service's one HAPI FHIR R4 context, which its FHIR server and every parser and encoder of its
 * own use (one context: each keeps its own copy of the model's definitions).
 *
 * <p>Two things differ from HAPI's defaults, both for speed and neither for what is sent. No
 * resource of the service's refers to another by holding it ({@code Reference.resource}): each
 * names it by id, or carries it in the Bundle. So HAPI need not walk every resource it encodes
 * looking for one to contain (a tenth of a search's CPU), nor, when it builds a page of search
 * results with no {@code _include} asked, walk each looking for one to include: {@link
 * SearchPages}.
 */
public final class Fhir {

  private static final FhirContext CONTEXT = create();

  private Fhir() {}

  public static FhirContext context() {
    return CONTEXT;
  }

  private static FhirContext create() {
    FhirContext fhir =
        new FhirContext(FhirVersionEnum.R4) {
          @Override
          public IVersionSpecificBundleFactory newBundleFactory() {
            return new SearchPages(this);
          }
        };
    fhir.getParserOptions().setAutoContainReferenceTargetsWithNoId(false);
    return fhir;
  }

  /**
   * HAPI's R4 Bundle builder, but for a page of search results with no {@code _include}: before it
   * adds each resource, HAPI walks all its elements for references that hold a resource, to add
   * those the includes ask for; with none asked (and the server's rule, to include only what is
   * asked) it can add none, so the walk, a fifth of a warm search's CPU, is left out. Everything
   * else (other Bundles, a search with {@code _include}) is HAPI's own.
   */
  static final class SearchPages extends R4BundleFactory {

    private final FhirContext fhir;

    SearchPages(FhirContext fhir) {
      super(fhir);
      this.fhir = fhir;
    }

    @Override
    public void addResourcesToBundle(
        List<IBaseResource> resources,
        BundleTypeEnum type,
        String serverBase,
        BundleInclusionRule rule,
        Set<Include> includes) {
      if (!onlyFound(resources, type, rule, includes)) {
        super.addResourcesToBundle(resources, type, serverBase, rule, includes);
        return;
      }
      Bundle page = (Bundle) getResourceBundle();
      if (page == null) {
        page = new Bundle();
        initializeWithBundleResource(page);
      }
      for (IBaseResource resource : resources) {
        Bundle.BundleEntryComponent entry = page.addEntry().setResource((Resource) resource);
        IIdType id = resource.getIdElement();
        if (id.hasBaseUrl()) {
          entry.setFullUrl(id.toVersionless().getValue());
        } else if (serverBase != null && !serverBase.isBlank() && id.hasIdPart()) {
          String resourceType = fhir.getResourceType(resource);
          entry.setFullUrl(id.withServerBase(serverBase, resourceType).toVersionless().getValue());
        }
        BundleEntrySearchModeEnum mode = ResourceMetadataKeyEnum.ENTRY_SEARCH_MODE.get(resource);
        if (mode != null) {
          entry.getSearch().getModeElement().setValueAsString(mode.getCode());
        }
        BigDecimal score = ResourceMetadataKeyEnum.ENTRY_SEARCH_SCORE.get(resource);
        if (score != null) {
          entry.getSearch().getScoreElement().setValue(score);
        }
      }
    }

    /**
     * A page of search results with nothing to include: no {@code _include} asked, under the rule
     * that includes only what is asked, and no resource marked as a transaction's entry.
     */
    private static boolean onlyFound(
        List<IBaseResource> resources,
        BundleTypeEnum type,
        BundleInclusionRule rule,
        Set<Include> includes) {
      if (type != BundleTypeEnum.SEARCHSET
          || rule != BundleInclusionRule.BASED_ON_INCLUDES
          || (includes != null && !includes.isEmpty())) {
        return false;
      }
      for (IBaseResource resource : resources) {
        if (ResourceMetadataKeyEnum.ENTRY_TRANSACTION_METHOD.get(resource) != null) {
          return false;
        }
      }
      return true;
    }
  }
}
