package org.openneighbourhood.portal.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.openneighbourhood.portal.api.Organisation;

/**
 * The organisation the signed-in user acts for in this session, and the ones they could choose
 * from. The portal sends the choice to the API with every call (X-Acting-Organisation), and the API
 * checks it against the user's memberships in Keycloak each time.
 */
@Named
@SessionScoped
public class ActingOrganisation implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String HEADER = "X-Acting-Organisation";

  private List<Organisation> choices = List.of();
  private Organisation chosen;

  /** What the user may act for; one choice is taken at once, several wait for the user. */
  public void offer(List<Organisation> organisations) {
    choices = List.copyOf(organisations);
    chosen = choices.size() == 1 ? choices.get(0) : null;
  }

  /** Takes the user's choice, which must be one they were offered. */
  public boolean choose(String alias) {
    Optional<Organisation> match =
        choices.stream().filter(o -> o.alias().equals(alias)).findFirst();
    match.ifPresent(o -> chosen = o);
    return match.isPresent();
  }

  /** Whether the user still has to choose before working. */
  public boolean isChoiceNeeded() {
    return chosen == null && choices.size() > 1;
  }

  /** Whether there is anything to choose between (the header offers to change it). */
  public boolean isChangeable() {
    return choices.size() > 1;
  }

  public Optional<String> alias() {
    return Optional.ofNullable(chosen).map(Organisation::alias);
  }

  /** The id of the organisation acted for, once chosen. */
  public Optional<java.util.UUID> id() {
    return Optional.ofNullable(chosen).map(Organisation::id);
  }

  public String getName() {
    return chosen == null ? "" : chosen.name();
  }

  public String getAlias() {
    return chosen == null ? "" : chosen.alias();
  }

  public List<Organisation> getChoices() {
    return choices;
  }
}
