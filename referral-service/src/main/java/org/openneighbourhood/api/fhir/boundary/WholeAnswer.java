package org.openneighbourhood.api.fhir.boundary;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * A FHIR answer written to memory, then sent whole with its length. HAPI writes JSON through
 * Jackson, which flushes its writer after every value: straight to the servlet's writer that was a
 * flush into the container and often a write to the socket per value, more than a quarter of the
 * CPU of encoding a search's Bundle (JFR, deployment/BENCHMARK.md). Here a flush only moves bytes
 * into the buffer. An answer is one page at most, so the buffer stays small.
 */
final class WholeAnswer extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
  private ServletOutputStream stream;
  private PrintWriter writer;

  WholeAnswer(HttpServletResponse response) {
    super(response);
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (writer != null) {
      throw new IllegalStateException("getWriter() was called already");
    }
    if (stream == null) {
      stream = new Buffered(buffer);
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (stream != null) {
      throw new IllegalStateException("getOutputStream() was called already");
    }
    if (writer == null) {
      writer =
          new PrintWriter(
              new OutputStreamWriter(buffer, Charset.forName(getCharacterEncoding())), false);
    }
    return writer;
  }

  /** Nothing is committed before the answer is whole. */
  @Override
  public void flushBuffer() {
    if (writer != null) {
      writer.flush();
    }
  }

  @Override
  public void resetBuffer() {
    super.resetBuffer();
    buffer.reset();
  }

  @Override
  public void reset() {
    super.reset();
    buffer.reset();
  }

  /** Sends what was written, with its length; nothing when the answer was sent otherwise. */
  void send() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    if (buffer.size() == 0 || getResponse().isCommitted()) {
      return;
    }
    getResponse().setContentLength(buffer.size());
    buffer.writeTo(getResponse().getOutputStream());
  }

  private static final class Buffered extends ServletOutputStream {
    private final ByteArrayOutputStream buffer;

    Buffered(ByteArrayOutputStream buffer) {
      this.buffer = buffer;
    }

    @Override
    public void write(int b) {
      buffer.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      buffer.write(bytes, offset, length);
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new IllegalStateException("Written synchronously");
    }
  }
}
