package io.talentradar.watch;

import io.talentradar.common.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where webhooks may be sent: http or https URLs whose host resolves only to public addresses. A loopback,
 * link-local, private (site-local, unique-local) or wildcard address is refused, so the service cannot be
 * made to call into its own network, unless talentradar.webhooks.allow-private-targets=true (read at run
 * time, for tests and local use). Checked when a webhook is registered and again before every attempt.
 */
@ApplicationScoped
public class WebhookTargets {

    public URI check(String field, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ProblemException.invalid(field, "must be an absolute http or https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null) {
            throw ProblemException.invalid(field, "must be an absolute http or https URL without credentials");
        }
        if (!allowPrivate()) {
            try {
                for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                    if (isPrivate(address)) {
                        throw ProblemException.invalid(
                                field,
                                "resolves to a loopback, link-local or private address (" + address.getHostAddress()
                                        + "); webhooks go to public addresses only");
                    }
                }
            } catch (UnknownHostException e) {
                throw ProblemException.invalid(field, "names a host that does not resolve");
            }
        }
        return uri;
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress()
                || a.isLinkLocalAddress()
                || a.isSiteLocalAddress()
                || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7, unique local
        }
        // 100.64.0.0/10 (carrier-grade NAT) and 0.0.0.0/8
        return ((b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64) || b[0] == 0;
    }

    static boolean allowPrivate() {
        return ConfigProvider.getConfig()
                .getOptionalValue("talentradar.webhooks.allow-private-targets", Boolean.class)
                .orElse(false);
    }
}
