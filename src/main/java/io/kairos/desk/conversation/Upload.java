package io.kairos.desk.conversation;

/** A file sent with a message, as received: the name the client gave and the bytes. */
public record Upload(String fileName, byte[] content) {
}
