package io.hzclient.internal.discovery;

import io.hzclient.config.ClientConfig;
import io.hzclient.config.MemberAddress;
import io.hzclient.internal.connection.Tls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hazelcast Cloud discovery: fetches the members' private and public addresses from
 * {@code <url-base>/cluster/discovery?token=<token>} (the JDK's HTTP client, TLS trusting what the client's TLS
 * settings trust) and translates each private address, as members announce them, to the public one to dial. The
 * addresses are fetched at the start of each round of the cluster connector, and again, once per round, when a
 * member's address is not known (a new member). Every wait is bounded by the connection timeout. The token is in no
 * log line and no message: the URL is named without it.
 */
public final class CloudDiscovery implements AddressTranslator {
    private static final Logger LOG = LoggerFactory.getLogger(CloudDiscovery.class);
    private static final String PATH = "/cluster/discovery";
    private static final int MAX_SERVER_MESSAGE = 300;

    private final String token;
    private final URI url;
    private final String urlForMessages;
    private final Duration timeout;
    private final HttpClient http;
    private Map<MemberAddress, MemberAddress> publicAddresses = Map.of();
    private boolean refreshedThisRound;

    /**
     * @throws IllegalArgumentException if the TLS settings' stores cannot be read
     */
    public CloudDiscovery(ClientConfig config) {
        this.token = config.cloudDiscoveryToken();
        String base = config.cloudUrlBase().toString().replaceAll("/+$", "");
        this.urlForMessages = base + PATH;
        this.url = URI.create(urlForMessages + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        this.timeout = config.connectionTimeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).sslContext(Tls.jdkContext(config.ssl()))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Fetches the addresses anew; the round's candidates are the members' private addresses. */
    @Override
    public synchronized List<MemberAddress> startRound(List<MemberAddress> configured) {
        refreshedThisRound = false;
        refresh();
        return new ArrayList<>(publicAddresses.keySet());
    }

    @Override
    public synchronized MemberAddress translate(MemberAddress announced) {
        MemberAddress dial = publicAddresses.get(announced);
        if (dial == null && !refreshedThisRound) {
            LOG.debug("Member address {} is not known yet; asking the cloud's discovery API again", announced);
            refresh();
            dial = publicAddresses.get(announced);
        }
        if (dial == null) {
            throw new CloudDiscoveryException("the member address " + announced + " is not in the answer of "
                    + urlForMessages + " " + publicAddresses.keySet(), false, null);
        }
        return dial;
    }

    @Override
    public synchronized void newRound() {
        refreshedThisRound = false;
    }

    private void refresh() {
        refreshedThisRound = true;
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET()
                .header("Accept", "application/json").build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new CloudDiscoveryException("the Hazelcast Cloud discovery API at " + urlForMessages
                    + " did not answer within the connection timeout of " + timeout.toMillis() + " ms", false, null);
        } catch (IOException e) {
            throw new CloudDiscoveryException("the Hazelcast Cloud discovery API at " + urlForMessages
                    + " could not be reached: " + masked(String.valueOf(e)), false, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudDiscoveryException("interrupted while asking " + urlForMessages, false, null);
        }
        int status = response.statusCode();
        if (status != 200) {
            throw new CloudDiscoveryException("the Hazelcast Cloud discovery API at " + urlForMessages
                    + " answered HTTP " + status + (status == 400 || status == 401 || status == 403
                    ? " (is the discovery token right?)" : "") + ": " + serverMessage(response.body()),
                    status >= 400 && status < 500, null);
        }
        try {
            publicAddresses = CloudAddresses.parse(response.body());
        } catch (IllegalArgumentException e) {
            throw new CloudDiscoveryException("the Hazelcast Cloud discovery API at " + urlForMessages
                    + " answered what is not a member list: " + masked(e.getMessage()), false, null);
        }
        LOG.info("Hazelcast Cloud discovery: members (private -> public) {}", publicAddresses);
    }

    /** The server's message: the body's {@code "message"} field if it is JSON with one, else the body, shortened. */
    private String serverMessage(String body) {
        String text = body == null ? "" : body.strip();
        int key = text.indexOf("\"message\"");
        if (text.startsWith("{") && key >= 0) {
            int open = text.indexOf('"', text.indexOf(':', key) + 1);
            int close = open < 0 ? -1 : text.indexOf('"', open + 1);
            if (close > open) {
                text = text.substring(open + 1, close);
            }
        }
        if (text.isEmpty()) {
            text = "(no message)";
        } else if (text.length() > MAX_SERVER_MESSAGE) {
            text = text.substring(0, MAX_SERVER_MESSAGE) + "...";
        }
        return masked(text);
    }

    /** The text with the token, should it echo it, replaced. */
    private String masked(String text) {
        if (text == null) {
            return null;
        }
        return text.replace(token, "****").replace(URLEncoder.encode(token, StandardCharsets.UTF_8), "****");
    }
}
