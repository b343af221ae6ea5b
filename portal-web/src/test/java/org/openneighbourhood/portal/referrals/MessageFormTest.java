package org.openneighbourhood.portal.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.FieldError;
import org.openneighbourhood.portal.api.NewMessage;
import org.openneighbourhood.portal.problem.FormErrors;

class MessageFormTest {

  private final MessageForm form = new MessageForm();
  private final FormErrors errors = new FormErrors();
  private final List<String> sent = new ArrayList<>();
  private final List<String> keys = new ArrayList<>();

  private MessageForm.Sender recording() {
    return (key, message) -> {
      keys.add(key);
      sent.add(message.text());
      return null;
    };
  }

  private static MessageForm.Sender failing(ApiProblemException problem) {
    return (key, message) -> {
      throw problem;
    };
  }

  @Test
  void aMessageIsSentTrimmedUnderTheFormsKeyAndTheFormEmptiesAfter() {
    assertTrue(form.send(errors, "message", "  See you Thursday \n", "key-1", recording()));
    assertEquals(List.of("See you Thursday"), sent);
    assertEquals(List.of("key-1"), keys);
    assertEquals("", form.textFor("message"));
    assertTrue(errors.isEmpty());
  }

  @Test
  void anEmptyOrTooLongMessageIsRefusedNextToItsFieldAndKeptAsTyped() {
    assertFalse(form.send(errors, "message", "   ", "key-1", recording()));
    assertEquals("Enter a message", errors.message("message"));
    String tooLong = "x".repeat(1001);
    FormErrors again = new FormErrors();
    assertFalse(form.send(again, "message-a", tooLong, "key-1", recording()));
    assertEquals("The message must be 1000 characters or fewer", again.message("message-a"));
    assertEquals(tooLong, form.textFor("message-a"), "kept as typed");
    assertEquals("", form.textFor("message-b"), "only in the box it was typed in");
    assertTrue(sent.isEmpty(), "nothing sent");
  }

  @Test
  void theApisFieldErrorGoesNextToTheBoxAndTheTextIsKept() {
    ApiProblemException invalid =
        new ApiProblemException(
            400, "validation", "", List.of(new FieldError("text", "Enter a message")));
    assertFalse(form.send(errors, "message", "Hello", "key-1", failing(invalid)));
    assertEquals("Enter a message", errors.message("message"));
    assertEquals("Hello", form.textFor("message"));
    assertNotEquals("key-1", form.getKey(), "nothing written: the next try is a new request");
  }

  @Test
  void aRefusalSaysSoNextToTheBox() {
    ApiProblemException refused = new ApiProblemException(403, "forbidden", "", List.of());
    assertFalse(form.send(errors, "message", "Hello", "key-1", failing(refused)));
    assertEquals("You cannot send a message on this referral", errors.message("message"));
  }

  @Test
  void anOutageKeepsTheKeySoTheRetryWritesOnce() {
    ApiProblemException away = new ApiProblemException(503, "unavailable", "", List.of());
    assertFalse(form.send(errors, "message", "Hello", "key-1", failing(away)));
    assertEquals("key-1", form.getKey());
    assertTrue(errors.getSummary().get(0).message().contains("it will not be sent twice"));
  }

  @Test
  void theTextIsNeverInToString() {
    assertFalse(new NewMessage("private words").toString().contains("private"));
  }
}
