package org.openneighbourhood.portal.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.portal.api.Contact;
import org.openneighbourhood.portal.api.Phone;
import org.openneighbourhood.portal.problem.FormErrors;

class EntryGroupsTest {

  @Test
  void addingAndRemovingGroupsKeepsWhatWasTypedAndRenumbersTheRest() {
    EntryGroups groups = EntryGroups.blank();
    assertEquals("contact-0-title", groups.change("add-contact"));
    groups.change("add-contact");
    assertEquals(2, groups.getContacts().size());
    assertEquals(
        "contact-1-phone-0-number", groups.getContacts().get(1).getPhones().get(0).field("number"));
    assertEquals("contact-1-phone-1-number", groups.change("add-contact-1-phone"));
    groups.change("remove-contact-0");
    assertEquals(1, groups.getContacts().size());
    assertEquals("contact-0-title", groups.getContacts().get(0).field("title"), "renumbered");
    assertEquals(
        "contact-0-phone-1-number", groups.getContacts().get(0).getPhones().get(1).field("number"));
    groups.change("remove-contact-0-phone-0");
    assertEquals(1, groups.getContacts().get(0).getPhones().size());
    assertEquals("cost-0-option", groups.change("add-cost"));
    groups.change("remove-cost-0");
    assertTrue(groups.getCosts().isEmpty());
  }

  @Test
  void aButtonOfAnOlderPageChangesNothing() {
    EntryGroups groups = EntryGroups.blank();
    assertNull(groups.change("remove-contact-3"));
    assertNull(groups.change("remove-phone-7"));
    assertEquals(1, groups.getPhones().size());
    assertFalse(EntryGroups.isChange("save"));
    assertFalse(EntryGroups.isChange("remove-contact-123"));
  }

  @Test
  void blankGroupsAreNotSentAndProblemsFindTheirFields() {
    EntryGroups groups = EntryGroups.blank();
    groups.change("add-contact");
    groups.change("add-contact");
    Map<String, String> fields = new HashMap<>();
    assertEquals(List.of(), groups.phoneEntries(fields), "the blank phone is left out");
    assertEquals(List.of(), groups.contactEntries(fields), "so are the blank contacts");
    EntryGroups typed =
        EntryGroups.of(
            new org.openneighbourhood.portal.api.Service(
                null,
                "S",
                "",
                null,
                "O",
                List.of(),
                List.of(),
                "ACCEPTING",
                null,
                null,
                5,
                true,
                false,
                null,
                null,
                0,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(new Phone("0115 496 0000", null, null, null)),
                List.of(
                    new Contact(null, "Reception", null, null, List.of()),
                    new Contact(
                        null,
                        "Advice",
                        null,
                        "advice@x.example",
                        List.of(new Phone("12", null, null, null)))),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                false,
                null));
    typed.contactEntries(fields);
    assertEquals("contact-1-email", fields.get("contacts[1].email"));
    assertEquals("contact-1-phone-0-number", fields.get("contacts[1].phones[0].number"));
  }

  @Test
  void anAmountIsPoundsAndPenceAndADateIsReal() {
    EntryGroups groups = EntryGroups.blank();
    groups.change("add-cost");
    CostRow typed =
        new CostRow(
            0,
            "",
            "£4.50",
            "per session",
            new String[] {"1", "4", "2026"},
            new String[] {"31", "2", "2026"});
    FormErrors errors = new FormErrors();
    assertNull(typed.entry("costOptions[0]", new HashMap<>(), errors));
    assertTrue(errors.has("cost-0-validTo"), "31 February");
    CostRow fine =
        new CostRow(
            0,
            "",
            "£4.50",
            "per session",
            new String[] {"1", "4", "2026"},
            new String[] {"", "", ""});
    assertEquals(
        new BigDecimal("4.50"),
        fine.entry("costOptions[0]", new HashMap<>(), new FormErrors()).amount());
    assertEquals("4.50", CostRow.money(new BigDecimal("4.5")));
    assertEquals("5", CostRow.money(new BigDecimal("5.00")));
  }
}
