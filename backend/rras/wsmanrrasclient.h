#pragma once

#include "rrasclient.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class WsmanClient;

struct WsmanRrasClientOptions
{
    // The RRAS server the provider should act on (the methods' ComputerName parameter). Empty: the
    // WinRM host itself, and ComputerName is not sent at all.
    QString computerName;
    // How this server is named in logs (a server id or display name); may be empty.
    QString serverId;
};

// RrasClient over WS-Management: PS_RemoteAccessConnectionStatistics.GetByActiveStatistics for the
// listing and PS_VpnUser.DisconnectByHostIP for disconnects (protocol.md §1.1, §1.3, §3).
//
// disconnectByHostIp(addresses):
//  0. Every address is validated and normalised (normalizeHostAddress). An invalid one ends as
//     InvalidAddress and is never sent. Duplicates after normalisation collapse to one outcome that
//     keeps the first `requested` text. The valid addresses are split into batches only where one
//     request, or the reply that echoes every address, could exceed the endpoint's
//     maxEnvelopeSize (estimated per address, with a safety margin); batches run one after the
//     other, so one server never has two disconnects in flight.
//     A request the server refuses unread for its size (HTTP 413: its MaxEnvelopeSizekb is below
//     our estimate) is split in two and sent again; nothing was done, so this is no retry.
//  For each batch:
//  1. Call DisconnectByHostIP(ComputerName if set, PassThru=true, HostIPAddress=batch).
//  2a. Success (no fault, ReturnValue 0): every address the reply lists in cmdletOutput (compared
//     in normal form) is Disconnected. If any remain, list the server again: absent -> AlreadyGone;
//     still listed -> Failed ("the server reported success but the session is still connected");
//     listing failed -> Unknown.
//  2b. The server refused (a SOAP fault, an EnvelopeLimit fault or ReturnValue != 0): whatever
//     cmdletOutput says, nothing becomes Disconnected. List again: absent -> AlreadyGone. Still
//     listed: when the batch had more than one address and at least one was absent, retry once
//     with only the still-listed ones (a "not connected" fault about one address poisons the
//     whole batch) and settle the retry by the same rules, without a further retry; otherwise
//     Failed with the server's message and code (WsmanError::serverMessage()/serverCode(), or
//     "ReturnValue N" with N as code). Listing failed -> Unknown with both errors.
//  2c. The outcome is not certain (Timeout, Transport, Http, Parse, and Tls/Auth): list again:
//     absent -> AlreadyGone; still listed -> Unknown (a timed-out disconnect may still happen),
//     except when the error proves the request was never processed (Auth, Tls, connection
//     refused or host not found): then Failed with that error. Listing failed -> Unknown with both
//     errors (Failed when never processed).
//  outcomesReady() fires once per settled batch (and once for the invalid addresses, first);
//  finished() once. abort() ends every unsettled address as Unknown ("cancelled").
//
// listTunnels(): the reply is parsed off the calling thread when large (see
// WsmanClient::backgroundParseBytes), its cmdletOutput read straight into Tunnels by a
// TunnelListReader during that parse (no generic CimInstance per tunnel), and a successful
// listing is always handed over on a pool thread (its warnings logged there); the job finishes on
// its own thread once that is done. Deleting or aborting the job meanwhile is safe: the worker
// owns its copy of the reply and its result is dropped.
class WsmanRrasClient final : public RrasClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WsmanRrasClient)
public:
    // `client` must outlive this object; it is not owned.
    explicit WsmanRrasClient(WsmanClient *client, WsmanRrasClientOptions options = {},
                             QObject *parent = nullptr);
    ~WsmanRrasClient() override;

    WsmanClient *wsmanClient() const { return m_client; }
    const WsmanRrasClientOptions &options() const { return m_options; }

    ListTunnelsJob *listTunnels() override;
    DisconnectJob *disconnectByHostIp(const QStringList &addresses) override;

    // For tests and diagnostics: called on the pool thread that hands a successful listing's
    // Tunnels over (see listTunnels(); they were read during the parse), just before it does. It
    // must be thread-safe and must not touch this client. Empty: nothing is called.
    void setConversionHook(std::function<void()> hook) { m_conversionHook = std::move(hook); }
    const std::function<void()> &conversionHook() const { return m_conversionHook; }

    // The batches disconnectByHostIp() would send for these normalised addresses, in order.
    QList<QStringList> planBatches(const QStringList &normalizedAddresses) const;

    static QString connectionStatisticsResourceUri();
    static QString vpnUserResourceUri();

private:
    WsmanClient *m_client;
    WsmanRrasClientOptions m_options;
    std::function<void()> m_conversionHook;
};
