package org.openneighbourhood.api.directory.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.problem.entity.FieldProblem;

class ServiceEntryTest {

  private static ServiceEntry entry() {
    ServiceEntry entry = new ServiceEntry();
    entry.name = "Debt advice";
    entry.description = "Help with debts";
    entry.responseDays = 5;
    return entry;
  }

  private static PhoneEntry phone(String number) {
    PhoneEntry phone = new PhoneEntry();
    phone.number = number;
    return phone;
  }

  private static ContactEntry contact(String title, String email, PhoneEntry... phones) {
    ContactEntry contact = new ContactEntry();
    contact.title = title;
    contact.email = email;
    contact.phones = List.of(phones);
    return contact;
  }

  private static CostOptionEntry cost(String amount, String per) {
    CostOptionEntry cost = new CostOptionEntry();
    cost.amount = amount == null ? null : new BigDecimal(amount);
    cost.amountDescription = per;
    return cost;
  }

  private static List<String> fields(ServiceEntry entry) {
    return entry.problems().stream().map(FieldProblem::field).toList();
  }

  @Test
  void contactsPhonesAndCostsThatKeepTheRulesHaveNoProblems() {
    ServiceEntry entry = entry();
    entry.phones = List.of(phone("0115 496 0000"));
    entry.contacts =
        List.of(
            contact("Reception", "reception@money.example", phone("07700 900123")),
            contact("Advice line", null));
    entry.costOptions = List.of(cost("0", null), cost("5.50", "per session"));
    assertEquals(List.of(), fields(entry));
  }

  @Test
  void eachProblemNamesTheItemByItsPlaceInTheList() {
    ServiceEntry entry = entry();
    entry.phones = List.of(phone("0115 496 0000"), phone("ring us"));
    entry.contacts =
        List.of(
            contact("Reception", "reception@money.example"),
            contact("Advice line", "not an address", phone("0115 496 0000"), phone("12")));
    entry.costOptions = List.of(cost("-1", null), cost("4.505", null));
    assertEquals(
        List.of(
            "phones[1].number",
            "contacts[1].email",
            "contacts[1].phones[1].number",
            "costOptions[0].amount",
            "costOptions[1].amount"),
        fields(entry));
  }

  @Test
  void aContactNeedsAWordForWhoItIs() {
    ServiceEntry entry = entry();
    entry.contacts = List.of(contact(null, "reception@money.example"));
    assertEquals(List.of("contacts[0].title"), fields(entry));
  }

  @Test
  void aMissingItemAndTooManyItemsAreRefusedByName() {
    ServiceEntry entry = entry();
    List<ContactEntry> withNull = new ArrayList<>();
    withNull.add(contact("Reception", null));
    withNull.add(null);
    entry.contacts = withNull;
    entry.costOptions = Collections.nCopies(11, cost("1", null));
    assertEquals(List.of("contacts[1]", "costOptions"), fields(entry));
  }

  @Test
  void aPriceIsInPoundsAndEndsAfterItStarts() {
    ServiceEntry entry = entry();
    CostOptionEntry dollars = cost("5", null);
    dollars.currency = "USD";
    CostOptionEntry backwards = cost("5", null);
    backwards.validFrom = LocalDate.of(2027, 1, 1);
    backwards.validTo = LocalDate.of(2026, 1, 1);
    entry.costOptions = List.of(dollars, backwards, cost(null, null));
    assertEquals(
        List.of("costOptions[0].currency", "costOptions[1].validTo", "costOptions[2].amount"),
        fields(entry));
  }

  @Test
  void anAmountIsKeptWithoutTrailingZerosOrPowersOfTen() {
    assertEquals("5", CostOptionEntry.plain(new BigDecimal("5.00")).toString());
    assertEquals("100", CostOptionEntry.plain(new BigDecimal("100.00")).toString());
    assertEquals("4.5", CostOptionEntry.plain(new BigDecimal("4.50")).toString());
    ServiceEntry entry = entry();
    entry.costOptions = List.of(cost("1e400", null));
    assertTrue(fields(entry).contains("costOptions[0].amount"), "far too much");
  }
}
