package dev.rightful.requests.agent;

import dev.rightful.requests.RequestMessages;
import dev.rightful.requests.RightsRequest;
import org.jdbi.v3.core.Handle;

/**
 * The request messages, with the consumer's agent-confirmation link signed: the lifecycle hands
 * over the status link, which the agent knows too, and this adds the signature only the consumer's
 * email carries (see {@link AgentConfirmationLinks}). Every other message passes through unchanged.
 * Thread-safe if the wrapped messages are.
 */
public final class AgentConfirmationMail implements RequestMessages {
  private final RequestMessages messages;
  private final AgentConfirmationLinks links;

  public AgentConfirmationMail(RequestMessages messages, AgentConfirmationLinks links) {
    this.messages = messages;
    this.links = links;
  }

  @Override
  public void agentConfirmation(Handle handle, RightsRequest request, String confirmUrl) {
    messages.agentConfirmation(handle, request, links.confirmationLink(confirmUrl, request.id()));
  }

  @Override
  public void receipt(Handle handle, RightsRequest request, String statusUrl) {
    messages.receipt(handle, request, statusUrl);
  }

  @Override
  public void extension(Handle handle, RightsRequest request) {
    messages.extension(handle, request);
  }

  @Override
  public void response(Handle handle, RightsRequest request, String text, String accessLink) {
    messages.response(handle, request, text, accessLink);
  }

  @Override
  public void denial(Handle handle, RightsRequest request) {
    messages.denial(handle, request);
  }
}
