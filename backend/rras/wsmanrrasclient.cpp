#include "wsmanrrasclient.h"

#include "hostaddress.h"
#include "rraslogging.h"
#include "tunnellistreader.h"
#include "wsman/backgroundtask.h"
#include "wsman/envelope.h"
#include "wsman/wsmanclient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <functional>

namespace {

constexpr char statisticsClass[] = "PS_RemoteAccessConnectionStatistics";
constexpr char vpnUserClass[] = "PS_VpnUser";
constexpr char listMethod[] = "GetByActiveStatistics";
constexpr char disconnectMethod[] = "DisconnectByHostIP";

// What a reply to DisconnectByHostIP costs beyond the request's own estimate: the SOAP headers
// (Action, MessageID, RelatesTo, To), the output element with its namespace declaration and
// ReturnValue. Windows sends about 900 bytes; this leaves room for longer namespace URIs.
constexpr qint64 replyFixedBytes = 2048;
// One echoed address: <p:cmdletOutput>ADDRESS</p:cmdletOutput> plus whitespace and a longer prefix.
constexpr qint64 replyBytesPerAddress = 48;
// Only this share of maxEnvelopeSize is planned for, for headers we cannot foresee (a proxy, a
// UTF-16 reply) and estimate error.
constexpr qint64 envelopeBudgetPercent = 75;

// Runs `handler` once `call` has finished, also when it finished before we could connect (an
// implementation may refuse a call synchronously, e.g. Basic over plain http).
void whenFinished(WsmanCall *call, QObject *context, std::function<void()> handler)
{
    if (call->isFinished()) {
        QTimer::singleShot(0, context, std::move(handler));
        return;
    }
    QObject::connect(call, &WsmanCall::finished, context, std::move(handler),
                     Qt::SingleShotConnection);
}

struct Listing
{
    WsmanError error;
    QList<Tunnel> tunnels;
};

// Settles a finished listing call: its error, a nonzero ReturnValue, or its Tunnels, which
// `reader` read while the reply was parsed (on a pool thread for a large reply). The Tunnels are
// handed over, and the reader's warnings logged, on a pool thread, always (the conversion hook
// runs there), so that no size of reply frees or moves them on the GUI thread; `done` then runs
// on `context`'s thread, never if `context` is destroyed first. An error settles at once. The
// call's result is moved out; the call may go right after.
void convertListing(WsmanCall &call, std::shared_ptr<TunnelListReader> reader, QObject *context,
                    std::function<void()> hook, std::function<void(Listing)> done)
{
    Listing listing;
    if (call.error()) {
        listing.error = call.error();
        done(std::move(listing));
        return;
    }
    const std::optional<quint32> rv = call.result().returnValue;
    if (rv && *rv != 0) {
        listing.error.kind = WsmanError::Kind::Fault;
        listing.error.errorCode = *rv;
        listing.error.message = WsmanRrasClient::tr("ReturnValue %1").arg(*rv);
        done(std::move(listing));
        return;
    }
    runInBackground(
            call.client()->threadPool(), context,
            [reader = std::move(reader), hook = std::move(hook)] {
                if (hook)
                    hook();
                Listing converted;
                // The parse is over (the call finished without error): the reader is ours.
                reader->logWarnings();
                converted.tunnels = reader->takeTunnels();
                return converted;
            },
            std::move(done));
}

// A GetByActiveStatistics call whose cmdletOutput goes straight into `reader`.
WsmanCall *invokeListing(WsmanClient *client, const WsmanRrasClientOptions &options,
                         std::shared_ptr<TunnelListReader> reader);

QList<InvokeParameter> listParameters(const WsmanRrasClientOptions &options)
{
    QList<InvokeParameter> parameters;
    if (!options.computerName.isEmpty())
        parameters.append({QStringLiteral("ComputerName"), options.computerName});
    return parameters;
}

WsmanCall *invokeListing(WsmanClient *client, const WsmanRrasClientOptions &options,
                         std::shared_ptr<TunnelListReader> reader)
{
    return client->invoke(WsmanRrasClient::connectionStatisticsResourceUri(),
                          QLatin1String(listMethod), listParameters(options), std::move(reader));
}

QList<InvokeParameter> disconnectParameters(const WsmanRrasClientOptions &options,
                                            const QStringList &addresses)
{
    QList<InvokeParameter> parameters;
    if (!options.computerName.isEmpty())
        parameters.append({QStringLiteral("ComputerName"), options.computerName});
    parameters.append({QStringLiteral("PassThru"), true});
    parameters.append({QStringLiteral("HostIPAddress"), addresses});
    return parameters;
}

// True when the error shows the server never processed the request, so nothing can have been
// disconnected: the request was refused before it was read, or never left this machine.
bool neverProcessed(const WsmanError &error)
{
    switch (error.kind) {
    case WsmanError::Kind::Auth:
    case WsmanError::Kind::Tls:
        return true;
    case WsmanError::Kind::Transport: {
        const QString detail = error.detail.toLower();
        return detail.contains(QLatin1String("refused"))
                || detail.contains(QLatin1String("not found"));
    }
    default:
        return false;
    }
}

QString serverWords(const WsmanError &error)
{
    const QString words = error.serverMessage();
    return words.isEmpty() ? error.summary() : words;
}

// ---------------------------------------------------------------------------------------------

class WsmanListTunnelsJob final : public ListTunnelsJob
{
public:
    explicit WsmanListTunnelsJob(WsmanRrasClient *owner)
        : ListTunnelsJob(owner), m_owner(owner), m_pool(owner->wsmanClient()->threadPool())
    {
        m_elapsed.start();
    }

    // A job deleted with its request in flight takes the request with it (also while the reply
    // is parsed on a pool thread: the parse's result then goes nowhere).
    ~WsmanListTunnelsJob() override
    {
        if (m_call) {
            m_call->disconnect(this);
            m_call->abort();
            m_call->deleteLater();
        }
        // Freed here, on the GUI thread, 2,500 Tunnels stalled it for up to 12 ms.
        releaseInBackground(m_pool.data(), takeTunnels());
    }

    void start()
    {
        m_call = invokeListing(m_owner->wsmanClient(), m_owner->options(), m_reader);
        whenFinished(m_call, this, [this] { onFinished(); });
    }

    void abort() override
    {
        if (isFinished())
            return;
        if (m_call) {
            m_call->disconnect(this);
            m_call->abort();
            m_call->deleteLater();
        }
        complete(WsmanError::make(WsmanError::Kind::Cancelled, WsmanRrasClient::tr("cancelled")),
                 {}, m_elapsed.elapsed());
    }

private:
    void onFinished()
    {
        if (!m_call || isFinished())
            return;
        WsmanCall *call = std::exchange(m_call, nullptr);
        call->deleteLater();
        // abort() while the Tunnels are converted completes at once; the conversion's result
        // then finds the job finished (or, deleted, never arrives).
        convertListing(*call, std::exchange(m_reader, {}), this, m_owner->conversionHook(),
                       [this](Listing listing) {
                           if (isFinished())
                               return;
                           if (listing.error)
                               qCWarning(lcRras).noquote()
                                       << "Listing failed:" << listing.error.summary();
                           complete(std::move(listing.error), std::move(listing.tunnels),
                                    m_elapsed.elapsed());
                       });
    }

    WsmanRrasClient *m_owner;
    // Read at construction: a job deleted with its owner outlives the owner's own members.
    QPointer<QThreadPool> m_pool;
    QPointer<WsmanCall> m_call;
    std::shared_ptr<TunnelListReader> m_reader = std::make_shared<TunnelListReader>();
    QElapsedTimer m_elapsed;
};

// ---------------------------------------------------------------------------------------------

class WsmanDisconnectJob final : public DisconnectJob
{
public:
    WsmanDisconnectJob(WsmanRrasClient *owner, QStringList addresses)
        : DisconnectJob(owner), m_owner(owner), m_input(std::move(addresses))
    {
        // Queued so that the caller can connect to outcomesReady() first.
        QTimer::singleShot(0, this, [this] { start(); });
    }

    void abort() override
    {
        if (isFinished())
            return;
        m_aborted = true;
        if (m_call) {
            m_call->disconnect(this);
            m_call->abort();
            m_call->deleteLater();
            m_call = nullptr;
        }
        QList<DisconnectOutcome> rest = std::exchange(m_pending, {});
        for (const QString &address : std::as_const(m_order)) {
            if (!m_settled.contains(address))
                rest.append(outcome(address, DisconnectOutcomeKind::Unknown,
                                    WsmanRrasClient::tr("cancelled")));
        }
        addOutcomes(rest);
        complete();
    }

private:
    enum class Verdict { Success, Refused, Uncertain };

    void start()
    {
        if (m_aborted || isFinished())
            return;
        QList<DisconnectOutcome> invalid;
        QSet<QString> invalidSeen;
        for (const QString &requested : std::as_const(m_input)) {
            const NormalizedAddress normalized = normalizeHostAddress(requested);
            if (!normalized.isValid()) {
                if (invalidSeen.contains(normalized.input))
                    continue;
                invalidSeen.insert(normalized.input);
                DisconnectOutcome o;
                o.requested = requested;
                o.outcome = DisconnectOutcomeKind::InvalidAddress;
                o.message = normalized.error;
                invalid.append(o);
                continue;
            }
            if (m_requested.contains(normalized.text))
                continue;
            m_requested.insert(normalized.text, requested);
            m_order.append(normalized.text);
        }
        addOutcomes(invalid);
        m_batches = m_owner->planBatches(m_order);
        nextBatch();
    }

    void nextBatch()
    {
        if (m_aborted)
            return;
        if (m_nextBatch >= m_batches.size()) {
            complete();
            return;
        }
        m_isRetry = false;
        sendDisconnect(m_batches.at(m_nextBatch++));
    }

    void sendDisconnect(const QStringList &batch)
    {
        m_batch = batch;
        qCInfo(lcRras).noquote() << "DisconnectByHostIP" << m_owner->options().serverId
                                 << batch.size() << "address(es)" << (m_isRetry ? "(retry)" : "");
        m_call = m_owner->wsmanClient()->invoke(WsmanRrasClient::vpnUserResourceUri(),
                                                QLatin1String(disconnectMethod),
                                                disconnectParameters(m_owner->options(), batch));
        whenFinished(m_call, this, [this] { onDisconnectFinished(); });
    }

    void onDisconnectFinished()
    {
        if (m_aborted || !m_call)
            return;
        WsmanCall *call = std::exchange(m_call, nullptr);
        call->deleteLater();
        m_error = call->error();
        m_returnValue = call->result().returnValue;

        if (m_error.kind == WsmanError::Kind::EnvelopeLimit && m_error.httpStatus == 413
            && m_batch.size() > 1) {
            // The server would not even read a request this large (its MaxEnvelopeSizekb is
            // below our estimate): nothing was done, so send the same addresses in two halves.
            const qsizetype half = m_batch.size() / 2;
            m_batches.insert(m_nextBatch, m_batch.mid(half));
            m_batches.insert(m_nextBatch, m_batch.first(half));
            qCInfo(lcRras).noquote() << "DisconnectByHostIP request too large (HTTP 413), "
                                        "splitting"
                                     << m_batch.size() << "addresses in two";
            finishBatch();
            return;
        }
        const bool timedOutFault = m_error.kind == WsmanError::Kind::Fault
                && m_error.subcodeLocalName() == QLatin1String("TimedOut");
        if (!m_error && m_returnValue.value_or(0) == 0) {
            m_verdict = Verdict::Success;
            QSet<QString> echoed;
            for (const QString &text :
                 call->result().output.texts(QStringLiteral("cmdletOutput"))) {
                const NormalizedAddress n = normalizeHostAddress(text);
                if (n.isValid())
                    echoed.insert(n.text);
            }
            QStringList remaining;
            for (const QString &address : std::as_const(m_batch)) {
                if (echoed.contains(address))
                    settle(outcome(address, DisconnectOutcomeKind::Disconnected, {}));
                else
                    remaining.append(address);
            }
            if (remaining.isEmpty())
                finishBatch();
            else
                relist(remaining);
        } else if (!timedOutFault
                   && (!m_error || m_error.kind == WsmanError::Kind::Fault
                       || m_error.kind == WsmanError::Kind::EnvelopeLimit)) {
            m_verdict = Verdict::Refused;
            qCInfo(lcRras).noquote() << "DisconnectByHostIP refused:" << refusalMessage();
            relist(m_batch);
        } else {
            m_verdict = Verdict::Uncertain;
            qCWarning(lcRras).noquote()
                    << "DisconnectByHostIP outcome uncertain:" << m_error.summary();
            relist(m_batch);
        }
    }

    void relist(const QStringList &addresses)
    {
        m_relisting = addresses;
        m_relistReader = std::make_shared<TunnelListReader>();
        m_call = invokeListing(m_owner->wsmanClient(), m_owner->options(), m_relistReader);
        whenFinished(m_call, this, [this] { onRelistFinished(); });
    }

    void onRelistFinished()
    {
        if (m_aborted || !m_call)
            return;
        WsmanCall *call = std::exchange(m_call, nullptr);
        call->deleteLater();
        convertListing(*call, std::exchange(m_relistReader, {}), this, m_owner->conversionHook(),
                       [this](const Listing &listing) {
                           if (!m_aborted)
                               onRelisted(listing);
                       });
    }

    void onRelisted(const Listing &listing)
    {
        if (listing.error) {
            qCWarning(lcRras).noquote()
                    << "Re-listing after a disconnect failed:" << listing.error.summary();
            for (const QString &address : std::as_const(m_relisting))
                settle(unsettledAfterFailedListing(address, listing.error));
            finishBatch();
            return;
        }

        QSet<QString> listed;
        for (const Tunnel &t : listing.tunnels) {
            for (const QString &text : {t.clientIPv4Address, t.clientIPv6Address}) {
                if (text.isEmpty())
                    continue;
                const NormalizedAddress n = normalizeHostAddress(text);
                if (n.isValid())
                    listed.insert(n.text);
            }
        }
        QStringList stillListed;
        for (const QString &address : std::as_const(m_relisting)) {
            if (listed.contains(address))
                stillListed.append(address);
            else
                settle(outcome(address, DisconnectOutcomeKind::AlreadyGone,
                               WsmanRrasClient::tr("Not connected: the server does not list "
                                                   "this address.")));
        }

        switch (m_verdict) {
        case Verdict::Success:
            for (const QString &address : std::as_const(stillListed))
                settle(outcome(address, DisconnectOutcomeKind::Failed,
                               WsmanRrasClient::tr("The server reported success but the session "
                                                   "is still connected.")));
            break;
        case Verdict::Refused:
            if (!m_isRetry && m_batch.size() > 1 && !stillListed.isEmpty()
                && stillListed.size() < m_relisting.size()) {
                // One address that is not connected may make the server refuse the whole call:
                // send the live ones again, once.
                addOutcomes(std::exchange(m_pending, {}));
                m_isRetry = true;
                sendDisconnect(stillListed);
                return;
            }
            for (const QString &address : std::as_const(stillListed))
                settle(outcome(address, DisconnectOutcomeKind::Failed, refusalMessage(),
                               refusalCode()));
            break;
        case Verdict::Uncertain:
            for (const QString &address : std::as_const(stillListed)) {
                if (neverProcessed(m_error))
                    settle(outcome(address, DisconnectOutcomeKind::Failed, serverWords(m_error),
                                   m_error.serverCode()));
                else
                    settle(outcome(address, DisconnectOutcomeKind::Unknown,
                                   WsmanRrasClient::tr("The request did not complete (%1); the "
                                                       "session is still listed and may yet be "
                                                       "disconnected.")
                                           .arg(m_error.summary()),
                                   m_error.serverCode()));
            }
            break;
        }
        finishBatch();
    }

    DisconnectOutcome unsettledAfterFailedListing(const QString &address,
                                                  const WsmanError &listingError) const
    {
        QString first;
        quint32 code = 0;
        DisconnectOutcomeKind kind = DisconnectOutcomeKind::Unknown;
        switch (m_verdict) {
        case Verdict::Success:
            first = WsmanRrasClient::tr("The server reported success but did not list this "
                                        "address as disconnected");
            break;
        case Verdict::Refused:
            first = refusalMessage();
            code = refusalCode();
            break;
        case Verdict::Uncertain:
            first = m_error.summary();
            code = m_error.serverCode();
            if (neverProcessed(m_error))
                kind = DisconnectOutcomeKind::Failed;
            break;
        }
        //: %1: what the disconnect request returned; %2: why the list could not be read.
        return outcome(address, kind,
                       WsmanRrasClient::tr("%1; the server's list could not be read to settle "
                                           "it: %2")
                               .arg(first, listingError.summary()),
                       code);
    }

    QString refusalMessage() const
    {
        if (m_error)
            return serverWords(m_error);
        return WsmanRrasClient::tr("ReturnValue %1").arg(m_returnValue.value_or(0));
    }

    quint32 refusalCode() const
    {
        if (m_error)
            return m_error.serverCode();
        return m_returnValue.value_or(0);
    }

    DisconnectOutcome outcome(const QString &address, DisconnectOutcomeKind kind,
                              const QString &message, quint32 code = 0) const
    {
        DisconnectOutcome o;
        o.requested = m_requested.value(address, address);
        o.address = address;
        o.outcome = kind;
        o.message = message;
        o.code = code;
        return o;
    }

    void settle(const DisconnectOutcome &o)
    {
        if (m_settled.contains(o.address))
            return;
        m_settled.insert(o.address);
        m_pending.append(o);
    }

    void finishBatch()
    {
        addOutcomes(std::exchange(m_pending, {}));
        nextBatch();
    }

    WsmanRrasClient *m_owner;
    QStringList m_input;
    QStringList m_order;                 // unique normalised addresses, first-seen order
    QHash<QString, QString> m_requested; // normalised -> first requested text
    QList<QStringList> m_batches;
    qsizetype m_nextBatch = 0;

    QStringList m_batch;     // what the current DisconnectByHostIP carries
    QStringList m_relisting; // what the current re-listing settles
    bool m_isRetry = false;
    Verdict m_verdict = Verdict::Success;
    WsmanError m_error;
    std::optional<quint32> m_returnValue;
    QPointer<WsmanCall> m_call;
    std::shared_ptr<TunnelListReader> m_relistReader; // the current re-listing's

    QSet<QString> m_settled;
    QList<DisconnectOutcome> m_pending; // settled, not yet reported
    bool m_aborted = false;
};

} // namespace

WsmanRrasClient::WsmanRrasClient(WsmanClient *client, WsmanRrasClientOptions options,
                                 QObject *parent)
    : RrasClient(parent), m_client(client), m_options(std::move(options))
{ }

WsmanRrasClient::~WsmanRrasClient() = default;

QString WsmanRrasClient::connectionStatisticsResourceUri()
{
    return wmiResourceUri(QLatin1String(WsmanNs::remoteAccessNamespace),
                          QLatin1String(statisticsClass));
}

QString WsmanRrasClient::vpnUserResourceUri()
{
    return wmiResourceUri(QLatin1String(WsmanNs::remoteAccessNamespace),
                          QLatin1String(vpnUserClass));
}

ListTunnelsJob *WsmanRrasClient::listTunnels()
{
    auto *job = new WsmanListTunnelsJob(this);
    job->start();
    return job;
}

DisconnectJob *WsmanRrasClient::disconnectByHostIp(const QStringList &addresses)
{
    return new WsmanDisconnectJob(this, addresses);
}

QList<QStringList> WsmanRrasClient::planBatches(const QStringList &normalizedAddresses) const
{
    QList<QStringList> batches;
    if (normalizedAddresses.isEmpty())
        return batches;

    // The request's size, measured on the real envelope writer: once without an address and
    // once with a one-character one, which gives the fixed part and the cost of one element.
    const WsmanEndpoint &endpoint = m_client->endpoint();
    auto requestBytes = [&](const QStringList &addresses) {
        InvokeRequest request;
        request.to = endpoint.url;
        request.resourceUri = vpnUserResourceUri();
        request.method = QLatin1String(disconnectMethod);
        request.parameters = disconnectParameters(m_options, addresses);
        request.maxEnvelopeSize = endpoint.maxEnvelopeSize;
        request.operationTimeoutMs = endpoint.operationTimeoutMs;
        request.locale = endpoint.locale;
        return qint64(writeInvokeEnvelope(request).size());
    };
    const qint64 requestFixed = requestBytes({});
    const qint64 requestPerElement
            = std::max<qint64>(requestBytes({QStringLiteral("0")}) - requestFixed - 1, 0);
    const qint64 budget = qint64(endpoint.maxEnvelopeSize) * envelopeBudgetPercent / 100;

    QStringList current;
    qint64 request = requestFixed;
    qint64 reply = replyFixedBytes;
    for (const QString &address : normalizedAddresses) {
        const qint64 addRequest = requestPerElement + address.toUtf8().size();
        const qint64 addReply = replyBytesPerAddress + address.toUtf8().size();
        if (!current.isEmpty() && (request + addRequest > budget || reply + addReply > budget)) {
            batches.append(current);
            current.clear();
            request = requestFixed;
            reply = replyFixedBytes;
        }
        current.append(address);
        request += addRequest;
        reply += addReply;
    }
    batches.append(current);
    return batches;
}
