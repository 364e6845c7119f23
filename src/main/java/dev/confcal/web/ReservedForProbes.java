package dev.confcal.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A connection accepted from the reserve (see {@link ConnectionGuard}) is answered /healthz alone; anything else is
 * a 503 that closes it, so the reserve stays free for the next probe.
 */
final class ReservedForProbes extends Handler.Wrapper {

    private static final byte[] BUSY = "busy, try again in a second\n".getBytes(StandardCharsets.UTF_8);

    private final ConnectionGuard guard;

    ReservedForProbes(ConnectionGuard guard, Handler next) {
        super(next);
        this.guard = guard;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!guard.reserved(request.getConnectionMetaData().getConnection())
                || "/healthz".equals(request.getHttpURI().getDecodedPath())) {
            return super.handle(request, response, callback);
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE_503);
        SecurityHeaders.secure(response.getHeaders());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, MediaTypes.TEXT);
        response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        response.write(true, ByteBuffer.wrap(BUSY), callback);
        return true;
    }
}
