// rras-sim seen from the wire: raw HTTP (QNetworkAccessManager, QTcpSocket) with hand-written
// envelopes from tests/data/sim, read back with a test-local XML reader, never the backend's.

#include "rrassimulator.h"
#include "simfixture.h"
#include "simserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStringDecoder>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString xsiNs = u"http://www.w3.org/2001/XMLSchema-instance"_s;
const QString wmiBase
        = u"http://schemas.microsoft.com/wbem/wsman/1/wmi/root/Microsoft/Windows/RemoteAccess/"_s;

// The expected URI as a real QString. Handing QCOMPARE the QStringBuilder (wmiBase + u"...")
// makes QTest convert it inside its failure-message lambda, where GCC 12 at -O2 inlines
// QStringBuilder::appendTo and reports a false -Wstringop-overflow (memcpy into
// QString::_empty), an error under -Werror in the release preset.
QString wmiUri(QStringView resource)
{
    return wmiBase + resource;
}

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QByteArray> wwwAuthenticate;
    QByteArray contentType;
    qint64 elapsedMs = 0;
    QByteArray peerCertificateSha256;
};

struct PostOptions
{
    QString user;
    QString password;
    QList<QSslCertificate> caCertificates; // empty: system defaults
    int timeoutMs = 15000;
};

// The parts of a reply the tests look at, read by local names.
struct SoapReply
{
    bool wellFormed = false;
    QString action;
    QString relatesTo;
    bool fault = false;
    QString code;
    QString subcode;
    QString reason;
    QString faultDetail;
    QString wsmanCode;
    QString machine;
    QString errorElement;         // e.g. RemoteAccessError
    QMap<QString, QString> error; // its properties
    bool notUnderstood = false;

    QString outputName;
    QString outputNamespace;
    QString returnValue;
    QStringList strings;                         // cmdletOutput texts
    QList<QMap<QString, QStringList>> instances; // cmdletOutput instances: property -> values
    QStringList instanceTypes;                   // xsi:type of each instance
    QStringList instanceNamespaces;
    QStringList childOrder; // local names of the output element's children
};

QString readAllText(QXmlStreamReader &xml)
{
    return xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
}

SoapReply parseReply(const QByteArray &body)
{
    SoapReply r;
    QXmlStreamReader xml(body);
    if (!xml.readNextStartElement() || xml.name() != u"Envelope")
        return r;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Header") {
            while (xml.readNextStartElement()) {
                const QString name = xml.name().toString();
                if (name == u"NotUnderstood")
                    r.notUnderstood = true;
                const QString text = readAllText(xml);
                if (name == u"Action")
                    r.action = text;
                else if (name == u"RelatesTo")
                    r.relatesTo = text;
            }
        } else if (xml.name() == u"Body") {
            if (!xml.readNextStartElement())
                continue;
            if (xml.name() == u"Fault") {
                r.fault = true;
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"Code") {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"Value") {
                                r.code = readAllText(xml);
                            } else if (xml.name() == u"Subcode") {
                                while (xml.readNextStartElement())
                                    r.subcode = readAllText(xml);
                            } else {
                                xml.skipCurrentElement();
                            }
                        }
                    } else if (xml.name() == u"Reason") {
                        r.reason = readAllText(xml);
                    } else if (xml.name() == u"Detail") {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"FaultDetail") {
                                r.faultDetail = readAllText(xml);
                            } else if (xml.name() == u"WSManFault") {
                                r.wsmanCode = xml.attributes().value(u"Code"_s).toString();
                                r.machine = xml.attributes().value(u"Machine"_s).toString();
                                xml.skipCurrentElement();
                            } else {
                                r.errorElement = xml.name().toString();
                                while (xml.readNextStartElement()) {
                                    const QString n = xml.name().toString();
                                    r.error.insert(n, readAllText(xml));
                                }
                            }
                        }
                    } else {
                        xml.skipCurrentElement();
                    }
                }
            } else {
                r.outputName = xml.name().toString();
                r.outputNamespace = xml.namespaceUri().toString();
                while (xml.readNextStartElement()) {
                    const QString name = xml.name().toString();
                    r.childOrder.append(name);
                    if (name == u"ReturnValue") {
                        r.returnValue = readAllText(xml);
                    } else if (name == u"cmdletOutput") {
                        const QString type = xml.attributes().value(xsiNs, u"type"_s).toString();
                        QMap<QString, QStringList> instance;
                        QString text;
                        QString ns;
                        bool isInstance = false;
                        while (!xml.atEnd()) {
                            const auto token = xml.readNext();
                            if (token == QXmlStreamReader::EndElement)
                                break;
                            if (token == QXmlStreamReader::Characters)
                                text += xml.text();
                            if (token == QXmlStreamReader::StartElement) {
                                isInstance = true;
                                ns = xml.namespaceUri().toString();
                                const QString prop = xml.name().toString();
                                const bool nil = xml.attributes().value(xsiNs, u"nil"_s) == u"true";
                                const QString value = readAllText(xml);
                                instance[prop].append(nil ? u"<nil>"_s : value);
                            }
                        }
                        if (isInstance) {
                            r.instances.append(instance);
                            r.instanceTypes.append(type);
                            r.instanceNamespaces.append(ns);
                        } else {
                            r.strings.append(text);
                        }
                    } else {
                        xml.skipCurrentElement();
                    }
                }
            }
            while (xml.readNextStartElement())
                xml.skipCurrentElement();
        } else {
            xml.skipCurrentElement();
        }
    }
    r.wellFormed = !xml.hasError();
    return r;
}

QString escapeXml(const QString &text)
{
    QString out = text;
    out.replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s).replace(u'>', u"&gt;"_s);
    return out;
}

QString param(const QString &name, const QString &value)
{
    return u"<m:" + name + u'>' + escapeXml(value) + u"</m:" + name + u'>';
}

QString params(const QString &name, const QStringList &values)
{
    QString out;
    for (const QString &v : values)
        out += param(name, v);
    return out;
}

struct Envelope
{
    explicit Envelope(QString fileName, QString parameters = {})
        : file(std::move(fileName)), params(std::move(parameters))
    { }
    QString file;
    QString params;
    QString maxEnvelopeSize = u"512000"_s;
    QString operationTimeout = u"PT60S"_s;
    QString messageId = u"uuid:" + QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
};

QByteArray render(const Envelope &e, const QUrl &to)
{
    QFile file(QStringLiteral(RRAS_TEST_DATA_DIR "/sim/") + e.file);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QString text = QString::fromUtf8(file.readAll());
    text.replace(u"{{TO}}"_s, escapeXml(to.toString()));
    text.replace(u"{{MESSAGE_ID}}"_s, e.messageId);
    text.replace(u"{{MAX_ENVELOPE_SIZE}}"_s, e.maxEnvelopeSize);
    text.replace(u"{{OPERATION_TIMEOUT}}"_s, e.operationTimeout);
    text.replace(u"{{PARAMS}}"_s, e.params);
    return text.toUtf8();
}

QSet<QString> tunnelTypes(const QList<Tunnel> &tunnels)
{
    QSet<QString> out;
    for (const Tunnel &t : tunnels)
        out.insert(t.tunnelType);
    return out;
}

// The parts of a generated tunnel that do not depend on when the table was made.
QString timelessKey(const Tunnel &t)
{
    return QStringList{t.clientIPv4Address,
                       t.clientIPv6Address,
                       t.hostName,
                       t.clientExternalAddress,
                       t.tunnelType,
                       t.transitionTechnology,
                       t.connectionType,
                       t.healthStatus,
                       t.authMethod,
                       t.userActivityState,
                       QString::number(t.bandwidth),
                       t.userName.join(u'|'),
                       t.routingDomain}
            .join(u';');
}

bool inDocumentationRange(const QString &address)
{
    const QHostAddress a(address);
    return a.isInSubnet(QHostAddress(u"198.51.100.0"_s), 24)
            || a.isInSubnet(QHostAddress(u"203.0.113.0"_s), 24)
            || a.isInSubnet(QHostAddress(u"192.0.2.0"_s), 24)
            || a.isInSubnet(QHostAddress(u"2001:db8::"_s), 32);
}

Tunnel fixedTunnel(const QString &v4, const QString &v6, const QString &user)
{
    Tunnel t;
    t.clientIPv4Address = v4;
    t.clientIPv6Address = v6;
    t.hostName = u"LAPTOP-<&>"_s; // needs escaping on the wire
    t.clientExternalAddress = u"203.0.113.45"_s;
    t.tunnelType = u"Sstp"_s;
    t.transitionTechnology = u"None"_s;
    t.connectionStartTime = QDateTime(QDate(2024, 5, 1), QTime(9, 13, 22), Qt::UTC);
    t.connectionDuration = 220;
    t.totalBytesIn = 1048576;
    t.totalBytesOut = 524288;
    t.connectionType = u"Vpn"_s;
    t.authMethod = u"Eap MSChapv2"_s;
    t.userActivityState = u"Active"_s;
    t.bandwidth = 1000;
    t.userName = {user};
    return t;
}

Tunnel listingTunnel()
{
    Tunnel t = fixedTunnel(u"10.1.1.11"_s, {}, u"CORP\\alice"_s);
    t.userName.append(u"CORP\\bob"_s);
    return t;
}

} // namespace

class TestRrasSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultSpec_data();
    void faultSpec();
    void listing_data();
    void listing();
    void listingRendersGivenTunnelExactly();
    void generatedTunnelsAreRealistic();
    void determinismBySeed();
    void countersGrowWithTime();
    void listingFilters();
    void summary();
    void disconnect_data();
    void disconnect();
    void notConnected_data();
    void notConnected();
    void disconnectByUserName();
    void computerName_data();
    void computerName();
    void injectedFaults_data();
    void injectedFaults();
    void delayBeyondOperationTimeout();
    void faultLimitedToMethod();
    void delayAddsToOtherFaults();
    void hostileFaultsOnTheWire_data();
    void hostileFaultsOnTheWire();
    void auth_data();
    void auth();
    void tlsWithCertificate();
    void tlsRejectedWithoutCertificate();
    void encodingLimit_data();
    void encodingLimit();
    void requestTooLarge();
    void protocolFaults_data();
    void protocolFaults();
    void cimNamespace();
    void cimResourceUri();
    void keepAliveAndPipelining();
    void churnChangesTable();
    void listeningCanStop();
    void requestHandledSignal();
    void executablePrintsReadyAndCert();
    void executableRefusesRemoteBind();
    void executableAuthOptions_data();
    void executableAuthOptions();

private:
    HttpResult post(const QUrl &url, const QByteArray &body, const PostOptions &options = {});
    static SimConfig quietConfig(int tunnels = 5);

    QNetworkAccessManager m_nam;
};

SimConfig TestRrasSimulator::quietConfig(int tunnels)
{
    SimConfig c;
    c.tunnels = tunnels;
    c.log = false;
    c.seed = 7;
    return c;
}

HttpResult TestRrasSimulator::post(const QUrl &url, const QByteArray &body,
                                   const PostOptions &options)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/soap+xml;charset=UTF-8"));
    if (!options.user.isEmpty()) {
        request.setRawHeader(
                "Authorization",
                "Basic " + (options.user + u':' + options.password).toUtf8().toBase64());
    }
    if (url.scheme() == u"https") {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setCaCertificates(options.caCertificates);
        request.setSslConfiguration(conf);
    }
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpResult result;
    if (!finished.wait(options.timeoutMs)) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
        result.errorString = u"no reply in time"_s;
        reply->deleteLater();
        return result;
    }
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.contentType = reply->rawHeader("Content-Type");
    for (const auto &pair : reply->rawHeaderPairs()) {
        if (pair.first.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0) {
            // Qt folds repeated headers into one, separated by ", " (or "\n").
            for (const QByteArray &part : pair.second.split('\n')) {
                for (const QByteArray &scheme : part.split(','))
                    result.wwwAuthenticate.append(scheme.trimmed());
            }
        }
    }
    if (url.scheme() == u"https")
        result.peerCertificateSha256 = reply->sslConfiguration()
                                               .peerCertificate()
                                               .digest(QCryptographicHash::Sha256)
                                               .toHex();
    reply->deleteLater();
    return result;
}

void TestRrasSimulator::faultSpec_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("ms");
    QTest::addColumn<double>("rate");
    QTest::addColumn<QString>("method");

    using K = SimFault::Kind;
    QTest::newRow("delay") << u"delay:500"_s << true << int(K::Delay) << 500 << 1.0 << QString();
    QTest::newRow("http500") << u"http500"_s << true << int(K::Http500) << 0 << 1.0 << QString();
    QTest::newRow("http401 rate") << u"http401@0.3"_s << true << int(K::Http401) << 0 << 0.3
                                  << QString();
    QTest::newRow("reset") << u"reset"_s << true << int(K::Reset) << 0 << 1.0 << QString();
    QTest::newRow("truncate upper")
            << u"TRUNCATE"_s << true << int(K::Truncate) << 0 << 1.0 << QString();
    QTest::newRow("badxml method") << u"badxml/GetByActiveStatistics"_s << true << int(K::BadXml)
                                   << 0 << 1.0 << u"GetByActiveStatistics"_s;
    QTest::newRow("timeout method rate") << u"timeout/DisconnectByHostIP@0.5"_s << true
                                         << int(K::Timeout) << 0 << 0.5 << u"DisconnectByHostIP"_s;
    QTest::newRow("rate before method")
            << u"timeout:2000@0.25/DisconnectByHostIP"_s << true << int(K::Timeout) << 2000 << 0.25
            << u"DisconnectByHostIP"_s;
    // The hostile kinds (issue 9).
    QTest::newRow("hugelength") << u"hugelength"_s << true << int(K::HugeLength) << 0 << 1.0
                                << QString();
    QTest::newRow("hugelength slow")
            << u"hugelength:50/GetByActiveStatistics"_s << true << int(K::HugeLength) << 50 << 1.0
            << u"GetByActiveStatistics"_s;
    QTest::newRow("endless") << u"endless"_s << true << int(K::Endless) << 0 << 1.0 << QString();
    QTest::newRow("endless slow rate")
            << u"endless:10@0.5"_s << true << int(K::Endless) << 10 << 0.5 << QString();
    QTest::newRow("deepxml") << u"deepxml"_s << true << int(K::DeepXml) << 0 << 1.0 << QString();
    QTest::newRow("entities") << u"Entities"_s << true << int(K::Entities) << 0 << 1.0 << QString();
    QTest::newRow("badutf8") << u"badutf8"_s << true << int(K::BadUtf8) << 0 << 1.0 << QString();
    QTest::newRow("wrongrelates method")
            << u"wrongrelates/DisconnectByHostIP"_s << true << int(K::WrongRelatesTo) << 0 << 1.0
            << u"DisconnectByHostIP"_s;
    QTest::newRow("stall") << u"stall"_s << true << int(K::Stall) << 0 << 1.0 << QString();
    QTest::newRow("noanswer") << u"noanswer@0.1"_s << true << int(K::NoAnswer) << 0 << 0.1
                              << QString();
    QTest::newRow("resetmid") << u"resetmid"_s << true << int(K::ResetMid) << 0 << 1.0 << QString();
    QTest::newRow("closeopen") << u"closeopen"_s << true << int(K::CloseOpen) << 0 << 1.0
                               << QString();
    QTest::newRow("extraresponse")
            << u"extraresponse"_s << true << int(K::ExtraResponse) << 0 << 1.0 << QString();
    QTest::newRow("extraresponse later")
            << u"extraresponse:100"_s << true << int(K::ExtraResponse) << 100 << 1.0 << QString();
    QTest::newRow("bothlengths") << u"bothlengths"_s << true << int(K::BothLengths) << 0 << 1.0
                                 << QString();
    QTest::newRow("continue100") << u"continue100"_s << true << int(K::Continue100) << 0 << 1.0
                                 << QString();
    QTest::newRow("ms on deepxml") << u"deepxml:10"_s << false << 0 << 0 << 0.0 << QString();
    QTest::newRow("ms on stall") << u"stall:10"_s << false << 0 << 0 << 0.0 << QString();
    QTest::newRow("delay needs ms") << u"delay"_s << false << 0 << 0 << 0.0 << QString();
    QTest::newRow("unknown kind") << u"explode"_s << false << 0 << 0 << 0.0 << QString();
    QTest::newRow("rate above 1") << u"reset@1.5"_s << false << 0 << 0 << 0.0 << QString();
    QTest::newRow("rate not a number") << u"reset@often"_s << false << 0 << 0 << 0.0 << QString();
    QTest::newRow("ms on reset") << u"reset:10"_s << false << 0 << 0 << 0.0 << QString();
    QTest::newRow("negative ms") << u"delay:-5"_s << false << 0 << 0 << 0.0 << QString();
    QTest::newRow("empty method") << u"http500/"_s << false << 0 << 0 << 0.0 << QString();
}

void TestRrasSimulator::faultSpec()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    bool ok = false;
    QString error;
    const SimFault f = SimFault::parse(text, &ok, &error);
    QCOMPARE(ok, valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        if (QTest::currentDataTag() == QByteArray("unknown kind")) {
            // The message names every kind there is, the new ones included.
            for (const QString &name : SimFault::kindNames())
                QVERIFY2(error.contains(name), qPrintable(error));
        }
        return;
    }
    QFETCH(int, kind);
    QFETCH(int, ms);
    QFETCH(double, rate);
    QFETCH(QString, method);
    QCOMPARE(int(f.kind), kind);
    QCOMPARE(f.argMs, ms);
    QCOMPARE(f.rate, rate);
    QCOMPARE(f.method, method);
    // The canonical text reads back as the same fault.
    const SimFault again = SimFault::parse(f.toString(), &ok, &error);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(again, f);
}

void TestRrasSimulator::listing_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("forty") << 40;
}

void TestRrasSimulator::listing()
{
    QFETCH(int, count);
    SimFixture fixture(quietConfig(count));
    QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));
    SimServer *server = fixture.server();

    Envelope e{u"list.xml"_s};
    const HttpResult http = post(fixture.url(), render(e, fixture.url()));
    QCOMPARE(http.status, 200);
    QCOMPARE(http.contentType, QByteArray("application/soap+xml;charset=UTF-8"));
    const SoapReply reply = parseReply(http.body);
    QVERIFY(reply.wellFormed);
    QVERIFY(!reply.fault);
    QCOMPARE(reply.relatesTo, e.messageId);
    QCOMPARE(reply.action,
             wmiUri(u"PS_RemoteAccessConnectionStatistics/GetByActiveStatisticsResponse"));
    QCOMPARE(reply.outputName, u"GetByActiveStatistics_OUTPUT"_s);
    QCOMPARE(reply.outputNamespace, wmiUri(u"PS_RemoteAccessConnectionStatistics"));
    QCOMPARE(reply.returnValue, u"0"_s);
    QCOMPARE(reply.childOrder.value(reply.childOrder.size() - 1), u"ReturnValue"_s);
    QCOMPARE(reply.instances.size(), count);

    const QList<Tunnel> table = server->tunnels();
    QCOMPARE(table.size(), count);
    for (int i = 0; i < count; ++i) {
        const auto &instance = reply.instances.at(i);
        QCOMPARE(reply.instanceTypes.at(i), u"p1:RemoteAccessMonitoringConnection_Type"_s);
        QCOMPARE(reply.instanceNamespaces.at(i), wmiUri(u"RemoteAccessMonitoringConnection"));
        for (const char *field : TunnelFields::names)
            QVERIFY2(instance.contains(QLatin1String(field)), field);
        QCOMPARE(instance.size(), qsizetype(std::size(TunnelFields::names)));
        const Tunnel &t = table.at(i);
        auto scalar = [&](const char *name) {
            return instance.value(QLatin1String(name)).value(0);
        };
        auto orNil = [](const QString &s) {
            return s.isEmpty() ? u"<nil>"_s : s;
        };
        QCOMPARE(scalar("ClientIPv4Address"), orNil(t.clientIPv4Address));
        QCOMPARE(scalar("ClientIPv6Address"), orNil(t.clientIPv6Address));
        QCOMPARE(scalar("TunnelType"), t.tunnelType);
        QCOMPARE(scalar("AuthMethod"), t.authMethod);
        QCOMPARE(scalar("HostName"), t.hostName);
        QCOMPARE(scalar("HealthStatus"), orNil(t.healthStatus));
        QCOMPARE(scalar("RoutingDomain"), orNil(t.routingDomain));
        QCOMPARE(instance.value(u"UserName"_s), t.userName);
        QCOMPARE(QDateTime::fromString(scalar("ConnectionStartTime"), Qt::ISODate),
                 t.connectionStartTime);
        // Counters age between the reply and tunnels(): allow a couple of seconds.
        QVERIFY(qAbs(scalar("ConnectionDuration").toLongLong() - qint64(t.connectionDuration))
                <= 2);
        QVERIFY(scalar("TotalBytesIn").toULongLong() <= t.totalBytesIn);
    }
}

void TestRrasSimulator::listingRendersGivenTunnelExactly()
{
    SimFixture fixture(quietConfig(0));
    QVERIFY(fixture.start());
    Tunnel t = listingTunnel();
    fixture.server()->setTunnels({t});
    QCOMPARE(fixture.server()->tunnels(), QList<Tunnel>{t});

    const HttpResult http = post(fixture.url(), render(Envelope(u"list.xml"_s), fixture.url()));
    QCOMPARE(http.status, 200);
    // §4.2's shape, byte for byte where it is fixed.
    QVERIFY(http.body.contains(
            "<p1:ConnectionStartTime><cim:Datetime>2024-05-01T09:13:22Z</cim:Datetime>"
            "</p1:ConnectionStartTime>"));
    QVERIFY(http.body.contains("<p1:HostName>LAPTOP-&lt;&amp;&gt;</p1:HostName>"));
    QVERIFY(http.body.contains("<p1:HealthStatus xsi:nil=\"true\"/>"));
    QVERIFY(http.body.contains("<p1:UserName>CORP\\alice</p1:UserName><p1:UserName>CORP\\bob"
                               "</p1:UserName>"));
    QVERIFY(http.body.startsWith("<s:Envelope xml:lang=\"en-US\""));
    const SoapReply reply = parseReply(http.body);
    QCOMPARE(reply.instances.size(), 1);
    QCOMPARE(reply.instances.at(0).value(u"ConnectionDuration"_s), QStringList{u"220"_s});
    QCOMPARE(reply.instances.at(0).value(u"TotalBytesIn"_s), QStringList{u"1048576"_s});
    QCOMPARE(reply.instances.at(0).value(u"ClientIPv6Address"_s), QStringList{u"<nil>"_s});
}

void TestRrasSimulator::generatedTunnelsAreRealistic()
{
    SimConfig config = quietConfig(400);
    config.servers = 2;
    SimFixture fixture(config);
    QVERIFY(fixture.start());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int s = 0; s < 2; ++s) {
        const QList<Tunnel> table = fixture.server(s)->tunnels();
        QCOMPARE(table.size(), 400);
        QSet<QString> inner;
        QHash<QString, int> perUser;
        int twoUsers = 0, ipv6Only = 0, dualStack = 0, directAccess = 0, nilRouting = 0;
        QSet<QString> auth, activity;
        for (const Tunnel &t : table) {
            for (const QString &a : {t.clientIPv4Address, t.clientIPv6Address}) {
                if (a.isEmpty())
                    continue;
                QVERIFY2(!inner.contains(a), qPrintable(a));
                inner.insert(a);
                QCOMPARE(QHostAddress(a).toString(), a); // normal form
            }
            QVERIFY(!t.primaryAddress().isEmpty());
            ipv6Only += t.clientIPv4Address.isEmpty() ? 1 : 0;
            dualStack += (!t.clientIPv4Address.isEmpty() && !t.clientIPv6Address.isEmpty()) ? 1 : 0;
            QVERIFY2(inDocumentationRange(t.clientExternalAddress),
                     qPrintable(t.clientExternalAddress));
            QVERIFY(!t.userName.isEmpty());
            for (const QString &u : t.userName) {
                QVERIFY2(u.contains(u'\\'), qPrintable(u));
                ++perUser[u];
            }
            twoUsers += t.userName.size() > 1 ? 1 : 0;
            QVERIFY(t.connectionStartTime < now);
            QVERIFY(qAbs(t.connectionStartTime.secsTo(now) - qint64(t.connectionDuration)) <= 2);
            QVERIFY(t.connectionType == u"Vpn" || t.connectionType == u"DirectAccess"
                    || t.connectionType == u"Unknown");
            if (t.connectionType == u"DirectAccess") {
                ++directAccess;
                QCOMPARE(t.tunnelType, u"Ikev2"_s);
                QVERIFY(t.transitionTechnology != u"None");
            }
            nilRouting += t.routingDomain.isEmpty() ? 1 : 0;
            auth.insert(t.authMethod);
            activity.insert(t.userActivityState);
        }
        QCOMPARE(tunnelTypes(table),
                 (QSet<QString>{u"Pptp"_s, u"L2tp"_s, u"Sstp"_s, u"Ikev2"_s, u"Unknown"_s,
                                u"Esp"_s}));
        QVERIFY(twoUsers > 0);
        QVERIFY(ipv6Only > 0 && ipv6Only < 80);
        QVERIFY(dualStack > 0);
        QVERIFY(directAccess > 0);
        QVERIFY(nilRouting > 0 && nilRouting < 400);
        QVERIFY(std::any_of(perUser.cbegin(), perUser.cend(), [](int n) { return n > 1; }));
        QCOMPARE(activity, (QSet<QString>{u"Idle"_s, u"Active"_s}));
        for (const char *method : {"MSChapv2", "Eap MSChapv2", "Eap Tls", "Eap Peap", "Pap", "Chap",
                                   "Machine Certificate", "User Kerberos", "User Ntlm", "Unknown",
                                   "Machine Certificate & User Ntlm"})
            QVERIFY2(auth.contains(QLatin1String(method)), method);
    }
    // The two servers' pools do not overlap.
    QSet<QString> first;
    for (const Tunnel &t : fixture.server(0)->tunnels())
        first.insert(t.clientIPv4Address);
    for (const Tunnel &t : fixture.server(1)->tunnels())
        QVERIFY(t.clientIPv4Address.isEmpty() || !first.contains(t.clientIPv4Address));
}

void TestRrasSimulator::determinismBySeed()
{
    auto keys = [](quint32 seed) {
        SimConfig config = quietConfig(60);
        config.seed = seed;
        SimFixture fixture(config);
        if (!fixture.start())
            return QStringList();
        QStringList out;
        for (const Tunnel &t : fixture.server()->tunnels())
            out.append(timelessKey(t));
        return out;
    };
    const QStringList a = keys(42);
    QCOMPARE(a.size(), 60);
    QCOMPARE(keys(42), a);
    QVERIFY(keys(43) != a);
}

void TestRrasSimulator::countersGrowWithTime()
{
    SimFixture fixture(quietConfig(3));
    QVERIFY(fixture.start());
    const QList<Tunnel> before = fixture.server()->tunnels();
    QTRY_VERIFY_WITH_TIMEOUT(fixture.server()->tunnels().at(0).connectionDuration
                                     > before.at(0).connectionDuration,
                             3000);
    const QList<Tunnel> after = fixture.server()->tunnels();
    for (int i = 0; i < 3; ++i) {
        QVERIFY(after.at(i).totalBytesIn > before.at(i).totalBytesIn);
        QVERIFY(after.at(i).totalBytesOut > before.at(i).totalBytesOut);
        QCOMPARE(after.at(i).connectionStartTime, before.at(i).connectionStartTime);
    }
}

void TestRrasSimulator::listingFilters()
{
    SimFixture fixture(quietConfig(0));
    QVERIFY(fixture.start());
    Tunnel a = listingTunnel();
    Tunnel b = a;
    b.clientIPv4Address = u"10.1.1.12"_s;
    b.routingDomain = u"Tenant2"_s;
    fixture.server()->setTunnels({a, b});

    auto count = [&](const QString &params) {
        Envelope e{u"list.xml"_s, params};
        const HttpResult http = post(fixture.url(), render(e, fixture.url()));
        return http.status == 200 ? int(parseReply(http.body).instances.size()) : -1;
    };
    QCOMPARE(count({}), 2);
    QCOMPARE(count(param(u"RoutingDomain"_s, u"tenant2"_s)), 1);
    QCOMPARE(count(u"<m:RoutingDomain xsi:nil=\"true\" xmlns:xsi=\""_s + xsiNs + u"\"/>"), 2);
    // Rows given by a test reach no internal resource.
    QCOMPARE(count(param(u"ResourceName"_s, u"intranet.corp.example"_s)), 0);
    QCOMPARE(count(param(u"ComputerName"_s, u"RRAS1"_s)), 2);
}

void TestRrasSimulator::summary()
{
    SimFixture fixture(quietConfig(0));
    QVERIFY(fixture.start());
    Tunnel a = listingTunnel();
    Tunnel b = a;
    b.clientIPv4Address = u"10.1.1.12"_s;
    b.connectionType = u"DirectAccess"_s;
    b.userName = {u"CORP\\carol"_s};
    fixture.server()->setTunnels({a, b});

    const HttpResult http = post(fixture.url(), render(Envelope(u"summary.xml"_s), fixture.url()));
    QCOMPARE(http.status, 200);
    const SoapReply reply = parseReply(http.body);
    QCOMPARE(reply.outputName, u"GetByActiveStatistics_OUTPUT"_s);
    QCOMPARE(reply.instances.size(), 1);
    QCOMPARE(reply.instanceTypes.at(0), u"p1:RemoteAccessMonitoringSummary_Type"_s);
    const auto &s = reply.instances.at(0);
    QCOMPARE(s.value(u"TotalConnections"_s), QStringList{u"2"_s});
    QCOMPARE(s.value(u"TotalDAConnections"_s), QStringList{u"1"_s});
    QCOMPARE(s.value(u"TotalVpnConnections"_s), QStringList{u"1"_s});
    QCOMPARE(s.value(u"TotalUniqueUsers"_s), QStringList{u"3"_s}); // alice, bob, carol
    QCOMPARE(s.value(u"TotalBytesIn"_s), QStringList{u"2097152"_s});
    QCOMPARE(s.value(u"TotalBytesInOut"_s), QStringList{u"3145728"_s});
    QCOMPARE(s.value(u"MaxConcurrentConnections"_s), QStringList{u"2"_s});
}

void TestRrasSimulator::disconnect_data()
{
    QTest::addColumn<QStringList>("requested");
    QTest::addColumn<bool>("passThru");
    QTest::addColumn<QStringList>("echo");
    QTest::addColumn<QStringList>("remaining"); // primary addresses left

    const QStringList all{u"10.1.1.11"_s, u"10.1.1.12"_s, u"2001:db8:1::5"_s};
    QTest::newRow("one v4 passthru")
            << QStringList{u"10.1.1.11"_s} << true << QStringList{u"10.1.1.11"_s}
            << QStringList{u"10.1.1.12"_s, u"2001:db8:1::5"_s};
    QTest::newRow("one v4 no passthru") << QStringList{u"10.1.1.12"_s} << false << QStringList{}
                                        << QStringList{u"10.1.1.11"_s, u"2001:db8:1::5"_s};
    QTest::newRow("two") << QStringList{u"10.1.1.11"_s, u"10.1.1.12"_s} << true
                         << QStringList{u"10.1.1.11"_s, u"10.1.1.12"_s}
                         << QStringList{u"2001:db8:1::5"_s};
    QTest::newRow("ipv6 as reported")
            << QStringList{u"2001:db8:1::5"_s} << true << QStringList{u"2001:db8:1::5"_s}
            << QStringList{u"10.1.1.11"_s, u"10.1.1.12"_s};
    QTest::newRow("ipv6 expanded")
            << QStringList{u"2001:0DB8:0001:0000:0000:0000:0000:0005"_s} << true
            << QStringList{u"2001:0DB8:0001:0000:0000:0000:0000:0005"_s}
            << QStringList{u"10.1.1.11"_s, u"10.1.1.12"_s};
    QTest::newRow("v6 of a dual-stack tunnel")
            << QStringList{u"fd00::11"_s} << true << QStringList{u"fd00::11"_s}
            << QStringList{u"10.1.1.12"_s, u"2001:db8:1::5"_s};
    QTest::newRow("duplicates") << QStringList{u"10.1.1.11"_s, u"10.1.1.11"_s} << true
                                << QStringList{u"10.1.1.11"_s}
                                << QStringList{u"10.1.1.12"_s, u"2001:db8:1::5"_s};
    Q_UNUSED(all)
}

void TestRrasSimulator::disconnect()
{
    QFETCH(QStringList, requested);
    QFETCH(bool, passThru);
    QFETCH(QStringList, echo);
    QFETCH(QStringList, remaining);

    SimFixture fixture(quietConfig(0));
    QVERIFY(fixture.start());
    SimServer *server = fixture.server();
    server->setTunnels({fixedTunnel(u"10.1.1.11"_s, u"fd00::11"_s, u"CORP\\alice"_s),
                        fixedTunnel(u"10.1.1.12"_s, {}, u"CORP\\bob"_s),
                        fixedTunnel({}, u"2001:db8:1::5"_s, u"CORP\\carol"_s)});
    QSignalSpy changed(server, &SimServer::tunnelsChanged);

    Envelope e{u"disconnect_by_ip.xml"_s,
               param(u"PassThru"_s, passThru ? u"true"_s : u"false"_s)
                       + params(u"HostIPAddress"_s, requested)};
    const HttpResult http = post(fixture.url(), render(e, fixture.url()));
    QCOMPARE(http.status, 200);
    const SoapReply reply = parseReply(http.body);
    QCOMPARE(reply.outputName, u"DisconnectByHostIP_OUTPUT"_s);
    QCOMPARE(reply.outputNamespace, wmiUri(u"PS_VpnUser"));
    QCOMPARE(reply.action, wmiUri(u"PS_VpnUser/DisconnectByHostIPResponse"));
    QCOMPARE(reply.returnValue, u"0"_s);
    QCOMPARE(reply.strings, echo);
    QCOMPARE(reply.relatesTo, e.messageId);
    QStringList left;
    for (const Tunnel &t : server->tunnels())
        left.append(t.primaryAddress());
    QCOMPARE(left, remaining);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(server->disconnectRequestCount(), 1);
    QCOMPARE(server->lastRequestBody(), render(e, fixture.url()));
}

void TestRrasSimulator::notConnected_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("returnValue");
    QTest::addColumn<QStringList>("echo");
    QTest::addColumn<int>("remaining");

    using N = SimConfig::NotConnected;
    QTest::newRow("silent") << int(N::Silent) << 200 << u"0"_s << QStringList{u"10.1.1.11"_s} << 1;
    QTest::newRow("fault") << int(N::Fault) << 500 << QString() << QStringList{} << 2;
    QTest::newRow("retval") << int(N::ReturnValue) << 200 << u"2"_s << QStringList{u"10.1.1.11"_s}
                            << 1;
}

void TestRrasSimulator::notConnected()
{
    QFETCH(int, mode);
    QFETCH(int, status);
    QFETCH(QString, returnValue);
    QFETCH(QStringList, echo);
    QFETCH(int, remaining);

    SimFixture fixture(quietConfig(0));
    QVERIFY(fixture.start());
    SimServer *server = fixture.server();
    server->setNotConnectedMode(SimConfig::NotConnected(mode));
    server->setTunnels({fixedTunnel(u"10.1.1.11"_s, {}, u"CORP\\alice"_s),
                        fixedTunnel(u"10.1.1.12"_s, {}, u"CORP\\bob"_s)});

    Envelope e{u"disconnect_by_ip.xml"_s,
               param(u"PassThru"_s, u"true"_s)
                       + params(u"HostIPAddress"_s, {u"10.1.1.11"_s, u"10.1.1.99"_s})};
    const HttpResult http = post(fixture.url(), render(e, fixture.url()));
    QCOMPARE(http.status, status);
    const SoapReply reply = parseReply(http.body);
    QVERIFY(reply.wellFormed);
    QCOMPARE(server->tunnels().size(), remaining);
    QCOMPARE(reply.relatesTo, e.messageId);
    if (status == 500) {
        QVERIFY(reply.fault);
        QCOMPARE(reply.action, u"http://schemas.dmtf.org/wbem/wsman/1/wsman/fault"_s);
        QCOMPARE(reply.code, u"s:Receiver"_s);
        QCOMPARE(reply.subcode, u"w:InternalError"_s);
        QVERIFY(reply.reason.contains(u"10.1.1.99"_s));
        QCOMPARE(reply.errorElement, u"RemoteAccessError"_s);
        QCOMPARE(reply.error.value(u"CIMStatusCode"_s), u"6"_s);
        QCOMPARE(reply.error.value(u"error_Code"_s), u"2147943568"_s);
        QCOMPARE(reply.error.value(u"error_Category"_s), u"13"_s);
        QCOMPARE(reply.error.value(u"RemoteAccessErrorCode"_s), u"0"_s);
        QVERIFY(reply.error.value(u"Message"_s).contains(u"10.1.1.99"_s));
        QCOMPARE(reply.wsmanCode, u"2147943568"_s);
        QCOMPARE(reply.machine, u"rras1"_s);
        // §4.3 byte for byte where it is fixed.
        QVERIFY(http.body.contains(
                "<p:RemoteAccessError b:IsCIM_Error=\"true\" "
                "xmlns:b=\"http://schemas.dmtf.org/wbem/wsman/1/cimbinding.xsd\" "
                "xmlns:p=\"http://schemas.microsoft.com/wbem/wsman/1/wmi/root/Microsoft/Windows/"
                "RemoteAccess/RemoteAccessError\""));
        QVERIFY(http.body.contains(
                "<p:CIMStatusCode xsi:type=\"cim:cimUnsignedInt\">6</p:CIMStatusCode>"));
    } else {
        QVERIFY(!reply.fault);
        QCOMPARE(reply.returnValue, returnValue);
        QCOMPARE(reply.strings, echo);
    }
}

void TestRrasSimulator::disconnectByUserName()
{
    SimFixture fixture(quietConfig(0));
    QVERIFY(fixture.start());
    SimServer *server = fixture.server();
    server->setTunnels({fixedTunnel(u"10.1.1.11"_s, {}, u"CORP\\alice"_s),
                        fixedTunnel(u"10.1.1.12"_s, {}, u"CORP\\alice"_s),
                        fixedTunnel(u"10.1.1.13"_s, {}, u"CORP\\bob"_s)});
    Envelope e{u"disconnect_by_user.xml"_s,
               params(u"UserName"_s, {u"corp\\ALICE"_s}) + param(u"PassThru"_s, u"true"_s)};
    const HttpResult http = post(fixture.url(), render(e, fixture.url()));
    QCOMPARE(http.status, 200);
    const SoapReply reply = parseReply(http.body);
    QCOMPARE(reply.outputName, u"DisconnectByUserName_OUTPUT"_s);
    QCOMPARE(reply.strings, QStringList{u"corp\\ALICE"_s});
    QCOMPARE(server->tunnels().size(), 1);
    QCOMPARE(server->tunnels().at(0).userName, QStringList{u"CORP\\bob"_s});
}

void TestRrasSimulator::computerName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("own name") << u"rras1"_s << true;
    QTest::newRow("own name upper") << u"RRAS1"_s << true;
    QTest::newRow("fqdn") << u"rras1.corp.example"_s << true;
    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("dot") << u"."_s << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("other server") << u"rras2"_s << false;
}

void TestRrasSimulator::computerName()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    SimFixture fixture(quietConfig(2));
    QVERIFY(fixture.start());
    for (const QString &file : {u"list.xml"_s, u"summary.xml"_s, u"disconnect_by_ip.xml"_s}) {
        QString p = param(u"ComputerName"_s, name);
        if (file == u"disconnect_by_ip.xml")
            p += param(u"HostIPAddress"_s, u"10.9.9.9"_s);
        const HttpResult http = post(fixture.url(), render(Envelope(file, p), fixture.url()));
        QCOMPARE(http.status, accepted ? 200 : 500);
        if (!accepted) {
            const SoapReply reply = parseReply(http.body);
            QCOMPARE(reply.error.value(u"error_Code"_s), u"1722"_s);
            QVERIFY(reply.reason.contains(u"RPC server is unavailable"_s));
            QVERIFY(reply.reason.contains(name));
        }
    }
}

void TestRrasSimulator::injectedFaults_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<bool>("wellFormed");
    QTest::addColumn<bool>("disconnected"); // whether the disconnect still happened

    QTest::newRow("delay") << u"delay:300"_s << 200 << int(QNetworkReply::NoError) << true << true;
    QTest::newRow("http500") << u"http500"_s << 500 << int(QNetworkReply::InternalServerError)
                             << false << false;
    QTest::newRow("http401") << u"http401"_s << 401
                             << int(QNetworkReply::AuthenticationRequiredError) << false << false;
    QTest::newRow("reset") << u"reset"_s << 0 << int(QNetworkReply::RemoteHostClosedError) << false
                           << false;
    QTest::newRow("truncate") << u"truncate"_s << -1 << -1 << false << true;
    QTest::newRow("badxml") << u"badxml"_s << 200 << int(QNetworkReply::NoError) << false << true;
    QTest::newRow("timeout") << u"timeout"_s << 500 << int(QNetworkReply::InternalServerError)
                             << true << false;
    QTest::newRow("rate zero") << u"http500@0"_s << 200 << int(QNetworkReply::NoError) << true
                               << true;
}

void TestRrasSimulator::injectedFaults()
{
    QFETCH(QString, spec);
    QFETCH(int, status);
    QFETCH(int, networkError);
    QFETCH(bool, wellFormed);
    QFETCH(bool, disconnected);

    bool ok = false;
    QString error;
    const SimFault fault = SimFault::parse(spec, &ok, &error);
    QVERIFY2(ok, qPrintable(error));
    SimFixture fixture(quietConfig(0));
    QVERIFY(fixture.start());
    SimServer *server = fixture.server();
    server->setTunnels({fixedTunnel(u"10.1.1.11"_s, {}, u"CORP\\alice"_s)});
    server->setFaults({fault});

    Envelope e{u"disconnect_by_ip.xml"_s,
               param(u"PassThru"_s, u"true"_s) + param(u"HostIPAddress"_s, u"10.1.1.11"_s)};
    const HttpResult http = post(fixture.url(), render(e, fixture.url()));
    if (status >= 0)
        QCOMPARE(http.status, status);
    if (networkError >= 0)
        QCOMPARE(int(http.error), networkError);
    else
        QVERIFY(http.error != QNetworkReply::NoError); // a short body is an error, whichever
    const SoapReply reply = parseReply(http.body);
    QCOMPARE(reply.wellFormed, wellFormed);
    QCOMPARE(server->tunnels().isEmpty(), disconnected);
    if (fault.kind == SimFault::Kind::Delay)
        QVERIFY(http.elapsedMs >= 280);
    if (fault.kind == SimFault::Kind::Timeout) {
        QCOMPARE(reply.subcode, u"w:TimedOut"_s);
        QCOMPARE(reply.code, u"s:Receiver"_s);
        QCOMPARE(reply.wsmanCode, u"2150858793"_s);
    }
    if (fault.kind == SimFault::Kind::Http401)
        QCOMPARE(http.wwwAuthenticate, QList<QByteArray>{"Basic realm=\"WSMAN\""});
}

void TestRrasSimulator::hostileFaultsOnTheWire_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("disconnected"); // whether the operation was done
    for (const char *kind : {"hugelength", "endless", "deepxml", "entities", "badutf8",
                             "wrongrelates", "stall", "noanswer", "resetmid"})
        QTest::newRow(kind) << QString::fromLatin1(kind) << false;
    for (const char *kind : {"closeopen", "extraresponse", "bothlengths", "continue100"})
        QTest::newRow(kind) << QString::fromLatin1(kind) << true;
}

// The raw bytes of each hostile answer, read with a plain socket (no HTTP client between).
void TestRrasSimulator::hostileFaultsOnTheWire()
{
    QFETCH(QString, spec);
    QFETCH(bool, disconnected);
    bool ok = false;
    QString error;
    const SimFault fault = SimFault::parse(spec, &ok, &error);
    QVERIFY2(ok, qPrintable(error));
    SimFixture fixture(quietConfig(0));
    QVERIFY(fixture.start());
    SimServer *server = fixture.server();
    server->setTunnels({fixedTunnel(u"10.1.1.11"_s, {}, u"CORP\\alice"_s)});
    server->setFaults({fault});
    QSignalSpy handled(server, &SimServer::requestHandled);

    Envelope e{u"disconnect_by_ip.xml"_s,
               param(u"PassThru"_s, u"true"_s) + param(u"HostIPAddress"_s, u"10.1.1.11"_s)};
    const QByteArray body = render(e, fixture.url());
    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, fixture.url().port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /wsman HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                 "application/soap+xml;charset=UTF-8\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QVERIFY(handled.wait(5000));
    auto head = [&] {
        return received.left(received.indexOf("\r\n\r\n") + 4);
    };
    auto payload = [&] {
        return received.mid(received.indexOf("\r\n\r\n") + 4);
    };
    const QByteArray oneMiB(1024 * 1024, 'x');
    using K = SimFault::Kind;
    switch (fault.kind) {
    case K::HugeLength:
        QTRY_VERIFY_WITH_TIMEOUT(received.size() > oneMiB.size(), 5000);
        QVERIFY(head().contains("Content-Length: 1073741824\r\n"));
        QVERIFY(payload().contains("<cmdletOutput>"));
        break;
    case K::Endless:
        QTRY_VERIFY_WITH_TIMEOUT(received.size() > oneMiB.size(), 5000);
        QVERIFY(head().contains("Transfer-Encoding: chunked\r\n"));
        QVERIFY(!head().contains("Content-Length"));
        QVERIFY(!received.contains("\r\n0\r\n\r\n"));
        break;
    case K::Stall:
    case K::ResetMid: {
        QTRY_VERIFY_WITH_TIMEOUT(received.contains("\r\n\r\n"), 5000);
        const qsizetype announced = head().mid(head().indexOf("Content-Length: ") + 16).toInt();
        QTRY_VERIFY_WITH_TIMEOUT(payload().size() >= announced / 2, 5000);
        QVERIFY(payload().size() < announced);
        if (fault.kind == K::ResetMid)
            QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        else
            QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        break;
    }
    case K::NoAnswer:
        // Answered nothing, hung up nothing.
        QCOMPARE(handled.constFirst().at(2).toInt(), 0);
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        QVERIFY(received.isEmpty());
        break;
    default: {
        // A complete response (Content-Length or chunked) is there.
        QTRY_VERIFY_WITH_TIMEOUT(received.contains("</s:Envelope>"), 5000);
        QByteArray xml = payload();
        if (fault.kind == K::Continue100) {
            QVERIFY(received.startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n"));
            xml = xml.mid(xml.indexOf("\r\n\r\n") + 4);
        } else {
            QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
        }
        if (fault.kind == K::BothLengths) {
            QVERIFY(head().contains("Transfer-Encoding: chunked\r\n"));
            QVERIFY(head().contains("Content-Length: "));
            QTRY_VERIFY_WITH_TIMEOUT(received.endsWith("\r\n0\r\n\r\n"), 5000);
            break;
        }
        if (fault.kind == K::ExtraResponse) {
            QTRY_COMPARE_WITH_TIMEOUT(received.count("HTTP/1.1 200 OK\r\n"), 2, 5000);
            break;
        }
        if (fault.kind == K::CloseOpen) {
            QVERIFY(head().contains("Connection: close\r\n"));
            QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
            break;
        }
        if (fault.kind == K::DeepXml) {
            QCOMPARE(xml.count("<d>"), 100000);
            QCOMPARE(xml.count("</d>"), 100000);
        } else if (fault.kind == K::Entities) {
            QVERIFY(xml.startsWith("<?xml"));
            QVERIFY(xml.contains("<!DOCTYPE s:Envelope ["));
            QVERIFY(xml.contains("<!ENTITY lol9 \"&lol8;"));
            QVERIFY(xml.contains("&lol9;</Laughs>"));
        } else if (fault.kind == K::BadUtf8) {
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString text = decoder.decode(xml);
            QVERIFY(decoder.hasError());
            Q_UNUSED(text);
        } else if (fault.kind == K::WrongRelatesTo) {
            const SoapReply reply = parseReply(xml);
            QVERIFY(reply.wellFormed);
            QVERIFY(!reply.relatesTo.isEmpty());
            QVERIFY(reply.relatesTo != e.messageId);
        }
        // The hostile reply claims the disconnect, which did not happen.
        QVERIFY(xml.contains("10.1.1.11</p:cmdletOutput>"));
        break;
    }
    }
    socket.abort();
    QCOMPARE(server->tunnels().isEmpty(), disconnected);
}

void TestRrasSimulator::delayBeyondOperationTimeout()
{
    SimFixture fixture(quietConfig(0));
    QVERIFY(fixture.start());
    SimServer *server = fixture.server();
    server->setTunnels({fixedTunnel(u"10.1.1.11"_s, {}, u"CORP\\alice"_s)});
    server->setFaults({SimFault{SimFault::Kind::Delay, 5000, 1.0, {}}});

    Envelope e{u"disconnect_by_ip.xml"_s,
               param(u"PassThru"_s, u"true"_s) + param(u"HostIPAddress"_s, u"10.1.1.11"_s)};
    e.operationTimeout = u"PT0.3S"_s;
    const HttpResult http = post(fixture.url(), render(e, fixture.url()));
    QCOMPARE(http.status, 500);
    QVERIFY(http.elapsedMs >= 280);
    QVERIFY(http.elapsedMs < 4000);
    const SoapReply reply = parseReply(http.body);
    QCOMPARE(reply.subcode, u"w:TimedOut"_s);
    QCOMPARE(reply.wsmanCode, u"2150858793"_s);
    // The operation itself happened: only its answer was lost.
    QVERIFY(server->tunnels().isEmpty());

    // The server clamps OperationTimeout to its MaxTimeoutms.
    server->setTunnels({fixedTunnel(u"10.1.1.11"_s, {}, u"CORP\\alice"_s)});
    server->setMaxTimeoutMs(300);
    e.operationTimeout = u"PT60S"_s;
    const HttpResult clamped = post(fixture.url(), render(e, fixture.url()));
    QCOMPARE(clamped.status, 500);
    QVERIFY(clamped.elapsedMs < 4000);
    QCOMPARE(parseReply(clamped.body).subcode, u"w:TimedOut"_s);
}

void TestRrasSimulator::faultLimitedToMethod()
{
    SimFixture fixture(quietConfig(1));
    QVERIFY(fixture.start());
    bool ok = false;
    fixture.server()->setFaults({SimFault::parse(u"http500/DisconnectByHostIP"_s, &ok, nullptr)});
    QVERIFY(ok);
    QCOMPARE(post(fixture.url(), render(Envelope(u"list.xml"_s), fixture.url())).status, 200);
    Envelope e{u"disconnect_by_ip.xml"_s, param(u"HostIPAddress"_s, u"10.1.1.11"_s)};
    QCOMPARE(post(fixture.url(), render(e, fixture.url())).status, 500);
}

void TestRrasSimulator::delayAddsToOtherFaults()
{
    SimFixture fixture(quietConfig(1));
    QVERIFY(fixture.start());
    bool ok = false;
    const SimFault delay = SimFault::parse(u"delay:300"_s, &ok, nullptr);
    QVERIFY(ok);
    const SimFault http500 = SimFault::parse(u"http500"_s, &ok, nullptr);
    QVERIFY(ok);
    fixture.server()->setFaults({delay, http500});
    const HttpResult http = post(fixture.url(), render(Envelope(u"list.xml"_s), fixture.url()));
    QCOMPARE(http.status, 500);
    QVERIFY(http.body.isEmpty());
    QVERIFY(http.elapsedMs >= 280);
}

void TestRrasSimulator::auth_data()
{
    QTest::addColumn<bool>("allowUnencrypted");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("challenge");

    QTest::newRow("http, no credentials")
            << false << QString() << QString() << 401 << QByteArray("Negotiate");
    QTest::newRow("http, good credentials, unencrypted refused")
            << false << u"admin"_s << u"s3cret"_s << 401 << QByteArray("Negotiate");
    QTest::newRow("http allowed, no credentials")
            << true << QString() << QString() << 401 << QByteArray("Basic realm=\"WSMAN\"");
    QTest::newRow("http allowed, wrong password")
            << true << u"admin"_s << u"nope"_s << 401 << QByteArray("Basic realm=\"WSMAN\"");
    QTest::newRow("http allowed, good credentials")
            << true << u"admin"_s << u"s3cret"_s << 200 << QByteArray();
    QTest::newRow("user name case-insensitive")
            << true << u"ADMIN"_s << u"s3cret"_s << 200 << QByteArray();
}

void TestRrasSimulator::auth()
{
    QFETCH(bool, allowUnencrypted);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(int, status);
    QFETCH(QByteArray, challenge);

    SimConfig config = quietConfig(1);
    config.user = u"admin"_s;
    config.password = u"s3cret"_s;
    config.allowUnencrypted = allowUnencrypted;
    SimFixture fixture(config);
    QVERIFY(fixture.start());
    const HttpResult http = post(fixture.url(), render(Envelope(u"list.xml"_s), fixture.url()),
                                 PostOptions{user, password, {}, 15000});
    QCOMPARE(http.status, status);
    if (status == 401) {
        QVERIFY(http.body.isEmpty());
        QVERIFY2(http.wwwAuthenticate.contains(challenge),
                 http.wwwAuthenticate.join(',').constData());
        if (!allowUnencrypted) {
            for (const QByteArray &c : http.wwwAuthenticate)
                QVERIFY(!c.startsWith("Basic"));
        }
        QCOMPARE(fixture.server()->requestCount(), 1);
    } else {
        QCOMPARE(parseReply(http.body).instances.size(), 1);
    }
}

void TestRrasSimulator::tlsWithCertificate()
{
    SimConfig config = quietConfig(2);
    config.tls = true;
    config.user = u"admin"_s;
    config.password = u"s3cret"_s;
    SimFixture fixture(config);
    QVERIFY(fixture.start());
    SimServer *server = fixture.server();
    QCOMPARE(server->url().scheme(), u"https"_s);
    QVERIFY(!server->certificate().isNull());
    QCOMPARE(server->certificateSha256Hex(),
             QString::fromLatin1(server->certificate().digest(QCryptographicHash::Sha256).toHex()));
    QVERIFY(server->certificate()
                    .subjectAlternativeNames()
                    .values(QSsl::IpAddressEntry)
                    .contains(u"127.0.0.1"_s));
    QVERIFY(server->certificate()
                    .subjectAlternativeNames()
                    .values(QSsl::DnsEntry)
                    .contains(u"localhost"_s));

    const QList<QSslCertificate> ca = QSslCertificate::fromData(fixture.caCertificatesPem());
    QCOMPARE(ca.size(), 1);
    // Basic over https is accepted although AllowUnencrypted is off.
    const HttpResult http = post(server->url(), render(Envelope(u"list.xml"_s), server->url()),
                                 PostOptions{u"admin"_s, u"s3cret"_s, ca, 15000});
    QCOMPARE(http.error, QNetworkReply::NoError);
    QCOMPARE(http.status, 200);
    QCOMPARE(parseReply(http.body).instances.size(), 2);
    QCOMPARE(QString::fromLatin1(http.peerCertificateSha256), server->certificateSha256Hex());

    // ... and "localhost" verifies against the same certificate.
    QUrl byName = server->url();
    byName.setHost(u"localhost"_s);
    const HttpResult named = post(byName, render(Envelope(u"list.xml"_s), byName),
                                  PostOptions{u"admin"_s, u"s3cret"_s, ca, 15000});
    QCOMPARE(named.status, 200);

    const HttpResult anonymous = post(server->url(), render(Envelope(u"list.xml"_s), server->url()),
                                      PostOptions{{}, {}, ca, 15000});
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.wwwAuthenticate, QList<QByteArray>{"Basic realm=\"WSMAN\""});
}

void TestRrasSimulator::tlsRejectedWithoutCertificate()
{
    SimConfig config = quietConfig(1);
    config.tls = true;
    SimFixture fixture(config);
    QVERIFY(fixture.start());
    // An empty CA list: the self-signed certificate cannot be verified.
    QNetworkRequest request(fixture.url());
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setCaCertificates({});
    request.setSslConfiguration(conf);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/soap+xml;charset=UTF-8"));
    QNetworkReply *reply = m_nam.post(request, render(Envelope(u"list.xml"_s), fixture.url()));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    reply->deleteLater();
}

void TestRrasSimulator::encodingLimit_data()
{
    QTest::addColumn<int>("serverKb");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("detail");

    QTest::newRow("over the requested size")
            << 500 << u"8192"_s << u"2150858824"_s << u"MaxEnvelopeSize"_s;
    QTest::newRow("over the service's MaxEnvelopeSizekb")
            << 16 << u"512000"_s << u"2150858825"_s << u"ServiceEnvelopeLimit"_s;
    QTest::newRow("below the minimum")
            << 500 << u"4096"_s << u"2150858878"_s << u"MinimumEnvelopeLimit"_s;
}

void TestRrasSimulator::encodingLimit()
{
    QFETCH(int, serverKb);
    QFETCH(QString, requested);
    QFETCH(QString, code);
    QFETCH(QString, detail);

    SimFixture fixture(quietConfig(60)); // about 1 KB per tunnel
    QVERIFY(fixture.start());
    fixture.server()->setMaxEnvelopeKb(serverKb);
    Envelope e{u"list.xml"_s};
    e.maxEnvelopeSize = requested;
    const HttpResult http = post(fixture.url(), render(e, fixture.url()));
    QCOMPARE(http.status, 500);
    const SoapReply reply = parseReply(http.body);
    QCOMPARE(reply.subcode, u"w:EncodingLimit"_s);
    QCOMPARE(reply.wsmanCode, code);
    QCOMPARE(reply.faultDetail,
             u"http://schemas.dmtf.org/wbem/wsman/1/wsman/faultDetail/"_s + detail);
    QCOMPARE(reply.relatesTo, e.messageId);
    if (detail != u"MinimumEnvelopeLimit")
        QVERIFY(reply.reason.contains(u"MaxEnvelopeSizekb"_s));

    // The same listing fits once the limit allows it.
    fixture.server()->setMaxEnvelopeKb(500);
    e.maxEnvelopeSize = u"512000"_s;
    QCOMPARE(post(fixture.url(), render(e, fixture.url())).status, 200);
}

void TestRrasSimulator::requestTooLarge()
{
    SimFixture fixture(quietConfig(1));
    QVERIFY(fixture.start());
    fixture.server()->setMaxEnvelopeKb(8);
    Envelope e{u"list.xml"_s, u"<!-- "_s + QString(9000, u'x') + u" -->"_s};
    const HttpResult http = post(fixture.url(), render(e, fixture.url()));
    QCOMPARE(http.status, 413);
    // A request under the cap still works afterwards (on a new connection).
    QCOMPARE(post(fixture.url(), render(Envelope(u"list.xml"_s), fixture.url())).status, 200);
}

void TestRrasSimulator::protocolFaults_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("subcode");
    QTest::addColumn<QString>("wsmanCode");
    QTest::addColumn<QString>("detail");

    QTest::newRow("unknown class")
            << u"unknown_class.xml"_s << u"s:Sender"_s << u"a:DestinationUnreachable"_s
            << u"2150858752"_s << u"ResourceNotFound"_s;
    QTest::newRow("unknown action")
            << u"unknown_action.xml"_s << u"s:Sender"_s << u"a:ActionNotSupported"_s
            << u"2150858771"_s << u"ActionMismatch"_s;
    QTest::newRow("mustUnderstand") << u"must_understand.xml"_s << u"s:MustUnderstand"_s
                                    << QString() << u"2150858768"_s << QString();
    QTest::newRow("ReplyTo not anonymous")
            << u"replyto.xml"_s << u"s:Sender"_s << u"w:UnsupportedFeature"_s << u"2150858870"_s
            << u"AddressingMode"_s;
    QTest::newRow("Locale mustUnderstand")
            << u"locale_mu.xml"_s << u"s:Sender"_s << u"w:UnsupportedFeature"_s << u"2150858887"_s
            << u"Locale"_s;
    QTest::newRow("no MessageID") << u"no_messageid.xml"_s << u"s:Sender"_s
                                  << u"a:MessageInformationHeaderRequired"_s << u"2150858769"_s
                                  << QString();
    QTest::newRow("DOCTYPE") << u"doctype.xml"_s << u"s:Sender"_s << u"w:SchemaValidationError"_s
                             << u"2150858817"_s << QString();
    QTest::newRow("malformed") << u"malformed.xml"_s << u"s:Sender"_s
                               << u"w:SchemaValidationError"_s << u"2150858817"_s << QString();
}

void TestRrasSimulator::protocolFaults()
{
    QFETCH(QString, file);
    QFETCH(QString, code);
    QFETCH(QString, subcode);
    QFETCH(QString, wsmanCode);
    QFETCH(QString, detail);

    SimFixture fixture(quietConfig(1));
    QVERIFY(fixture.start());
    Envelope e{file};
    const HttpResult http = post(fixture.url(), render(e, fixture.url()));
    QCOMPARE(http.status, 500);
    QCOMPARE(http.contentType, QByteArray("application/soap+xml;charset=UTF-8"));
    const SoapReply reply = parseReply(http.body);
    QVERIFY(reply.wellFormed);
    QVERIFY(reply.fault);
    QCOMPARE(reply.action, u"http://schemas.dmtf.org/wbem/wsman/1/wsman/fault"_s);
    QCOMPARE(reply.code, code);
    QCOMPARE(reply.subcode, subcode);
    QCOMPARE(reply.wsmanCode, wsmanCode);
    QCOMPARE(reply.machine, u"rras1"_s);
    QVERIFY(!reply.reason.isEmpty());
    if (!detail.isEmpty())
        QCOMPARE(reply.faultDetail,
                 u"http://schemas.dmtf.org/wbem/wsman/1/wsman/faultDetail/"_s + detail);
    if (file != u"no_messageid.xml" && file != u"doctype.xml" && file != u"malformed.xml")
        QCOMPARE(reply.relatesTo, e.messageId);
    if (code == u"s:MustUnderstand")
        QVERIFY(reply.notUnderstood);
    // Nothing listed, nothing disconnected.
    QCOMPARE(fixture.server()->tunnels().size(), 1);
}

void TestRrasSimulator::cimNamespace()
{
    SimConfig config = quietConfig(3);
    config.ns = SimConfig::Namespace::Cim;
    SimFixture fixture(config);
    QVERIFY(fixture.start());
    const HttpResult http = post(fixture.url(), render(Envelope(u"list.xml"_s), fixture.url()));
    QCOMPARE(http.status, 200);
    const SoapReply reply = parseReply(http.body);
    QCOMPARE(reply.outputName, u"GetByActiveStatistics"_s);
    QCOMPARE(reply.outputNamespace,
             u"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/GetByActiveStatistics"_s);
    QCOMPARE(reply.childOrder.value(0), u"ReturnValue"_s);
    QCOMPARE(reply.instanceTypes,
             (QStringList{u"p1:RemoteAccessMonitoringConnection_Type"_s,
                          u"p2:RemoteAccessMonitoringConnection_Type"_s,
                          u"p3:RemoteAccessMonitoringConnection_Type"_s}));
    QCOMPARE(
            reply.instanceNamespaces.value(0),
            u"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/RemoteAccessMonitoringConnection"_s);
    QVERIFY(http.body.startsWith("<SOAP-ENV:Envelope"));
    const QList<Tunnel> table = fixture.server()->tunnels();
    // Bare datetimes in this layout.
    QCOMPARE(QDateTime::fromString(reply.instances.at(0).value(u"ConnectionStartTime"_s).value(0),
                                   Qt::ISODateWithMs),
             table.at(0).connectionStartTime);

    // Faults keep their meaning in the other layout.
    fixture.server()->setNotConnectedMode(SimConfig::NotConnected::Fault);
    const HttpResult fault = post(
            fixture.url(),
            render(Envelope(u"disconnect_by_ip.xml"_s, param(u"HostIPAddress"_s, u"10.200.0.1"_s)),
                   fixture.url()));
    QCOMPARE(fault.status, 500);
    const SoapReply f = parseReply(fault.body);
    QCOMPARE(f.subcode, u"wsman:InternalError"_s);
    QCOMPARE(f.errorElement, u"RemoteAccessError"_s);
    QCOMPARE(f.error.value(u"CIMStatusCode"_s), u"6"_s);
}

void TestRrasSimulator::cimResourceUri()
{
    SimFixture fixture(quietConfig(2));
    QVERIFY(fixture.start());
    const HttpResult http
            = post(fixture.url(), render(Envelope(u"cim_resource.xml"_s), fixture.url()));
    QCOMPARE(http.status, 200);
    QCOMPARE(parseReply(http.body).instances.size(), 2);
}

void TestRrasSimulator::keepAliveAndPipelining()
{
    SimFixture fixture(quietConfig(1));
    QVERIFY(fixture.start());
    const QByteArray body = render(Envelope(u"list.xml"_s), fixture.url());
    const QByteArray request = "POST /wsman HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Content-Type: application/soap+xml;charset=UTF-8\r\n"
                               "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, fixture.server()->port());
    QVERIFY(socket.waitForConnected(5000));
    // Two requests in one write, the second split in two writes: both answered, in order.
    socket.write(request + request.left(100));
    socket.flush();
    QTRY_COMPARE(received.count("HTTP/1.1 200 OK"), 1);
    socket.write(request.mid(100));
    auto complete = [&] {
        return received.count("HTTP/1.1 200 OK") == 2 && received.endsWith("</s:Envelope>");
    };
    QTRY_VERIFY(complete());
    QCOMPARE(fixture.server()->requestCount(), 2);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    // "Connection: close" is honoured.
    QByteArray closing = request;
    closing.replace("Host: 127.0.0.1\r\n", "Host: 127.0.0.1\r\nConnection: close\r\n");
    socket.write(closing);
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(received.count("HTTP/1.1 200 OK"), 3);
}

void TestRrasSimulator::churnChangesTable()
{
    SimConfig config = quietConfig(10);
    config.churnPerMinute = 600; // every 100 ms
    SimFixture fixture(config);
    QVERIFY(fixture.start());
    SimServer *server = fixture.server();
    QSet<QString> before;
    for (const Tunnel &t : server->tunnels())
        before.insert(t.primaryAddress());
    QSignalSpy changed(server, &SimServer::tunnelsChanged);
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 3, 5000);
    QSet<QString> after;
    for (const Tunnel &t : server->tunnels())
        after.insert(t.primaryAddress());
    QCOMPARE(after.size(), 10);
    QVERIFY(after != before);
    // The wire shows the same table.
    const HttpResult http = post(fixture.url(), render(Envelope(u"list.xml"_s), fixture.url()));
    QCOMPARE(http.status, 200);
    QCOMPARE(parseReply(http.body).instances.size(), 10);
}

void TestRrasSimulator::listeningCanStop()
{
    SimFixture fixture(quietConfig(1));
    QVERIFY(fixture.start());
    SimServer *server = fixture.server();
    const QUrl url = fixture.url();
    QCOMPARE(post(url, render(Envelope(u"list.xml"_s), url)).status, 200);
    QVERIFY(server->setListening(false));
    QVERIFY(!server->isListening());
    const HttpResult dead = post(url, render(Envelope(u"list.xml"_s), url));
    QVERIFY(dead.error == QNetworkReply::ConnectionRefusedError
            || dead.error == QNetworkReply::RemoteHostClosedError);
    QVERIFY(server->setListening(true));
    QCOMPARE(post(url, render(Envelope(u"list.xml"_s), url)).status, 200);
}

void TestRrasSimulator::requestHandledSignal()
{
    SimFixture fixture(quietConfig(0));
    QVERIFY(fixture.start());
    SimServer *server = fixture.server();
    server->setTunnels({fixedTunnel(u"10.1.1.11"_s, {}, u"CORP\\alice"_s)});
    QSignalSpy handled(server, &SimServer::requestHandled);
    Envelope e{u"disconnect_by_ip.xml"_s,
               param(u"PassThru"_s, u"true"_s)
                       + params(u"HostIPAddress"_s, {u"10.1.1.11"_s, u"10.1.1.99"_s})};
    QCOMPARE(post(fixture.url(), render(e, fixture.url())).status, 200);
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0).at(0).toString(), u"DisconnectByHostIP"_s);
    QCOMPARE(handled.at(0).at(1).toStringList(), (QStringList{u"10.1.1.11"_s, u"10.1.1.99"_s}));
    QCOMPARE(handled.at(0).at(2).toInt(), 200);
}

void TestRrasSimulator::executablePrintsReadyAndCert()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString certFile = dir.filePath(u"ca.pem"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"RRAS_SIM_TEST_PASSWORD"_s, u"pw-from-env"_s);
    SimProcess sim;
    QVERIFY2(sim.start({u"--servers"_s, u"2"_s, u"--tls"_s, u"--tunnels"_s, u"4"_s, u"--cert-out"_s,
                        certFile, u"--user"_s, u"admin"_s, u"--password-env"_s,
                        u"RRAS_SIM_TEST_PASSWORD"_s, u"--seed"_s, u"9"_s},
                       2, env),
             qPrintable(sim.errorString()));
    QCOMPARE(sim.names(), (QStringList{u"rras1"_s, u"rras2"_s}));
    const QList<QUrl> urls = sim.urls();
    QCOMPARE(urls.size(), 2);
    QVERIFY(urls.at(0).port() != urls.at(1).port());
    const QRegularExpression lines(
            uR"(^CERT rras1 [0-9a-f]{64}\nREADY rras1 https://127\.0\.0\.1:\d+/wsman\nCERT rras2 [0-9a-f]{64}\nREADY rras2 https://127\.0\.0\.1:\d+/wsman\n$)"_s);
    QVERIFY2(lines.match(QString::fromUtf8(sim.standardOutput())).hasMatch(),
             sim.standardOutput().constData());

    QFile pem(certFile);
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QList<QSslCertificate> ca = QSslCertificate::fromData(pem.readAll());
    QCOMPARE(ca.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const HttpResult http = post(urls.at(i), render(Envelope(u"list.xml"_s), urls.at(i)),
                                     PostOptions{u"admin"_s, u"pw-from-env"_s, ca, 15000});
        QCOMPARE(http.status, 200);
        QCOMPARE(parseReply(http.body).instances.size(), 4);
        QCOMPARE(QString::fromLatin1(http.peerCertificateSha256), sim.certificateSha256s().at(i));
    }
    // One log line per request, without the password or the Authorization header.
    QTRY_VERIFY(sim.standardError().count("GetByActiveStatistics -> 200") == 2);
    QVERIFY(!sim.standardError().contains("pw-from-env"));
    QVERIFY(!sim.standardError().contains("Basic "));
    sim.stop();
    QCOMPARE(sim.process()->exitStatus(), QProcess::NormalExit); // SIGTERM ends it cleanly
    QCOMPARE(sim.exitCode(), 0);
}

void TestRrasSimulator::executableRefusesRemoteBind()
{
    SimProcess sim;
    QVERIFY(!sim.start({u"--bind"_s, u"0.0.0.0"_s}, 1, 10000));
    QVERIFY(sim.errorString().contains(u"allow-remote"_s));
    SimProcess badFault;
    QVERIFY(!badFault.start({u"--fault"_s, u"explode"_s}, 1, 10000));
    QVERIFY(badFault.errorString().contains(u"explode"_s));
}

void TestRrasSimulator::executableAuthOptions_data()
{
    // Which methods a listener offers (401 WWW-Authenticate) follows --auth, and without it
    // what the credentials given make possible: Windows' Negotiate (plus Kerberos with a keytab)
    // when there is something to accept them with, Basic when only a Basic user is given.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error"); // empty: starts
    QTest::addColumn<QList<QByteArray>>("offered");
    const QString users = u"@USERS@"_s;
    QTest::newRow("ntlm users: negotiate by default")
            << QStringList{u"--ntlm-users"_s, users} << QString() << QList<QByteArray>{"Negotiate"};
    QTest::newRow("ntlm users and basic")
            << QStringList{u"--ntlm-users"_s,
                           users,
                           u"--auth"_s,
                           u"negotiate,basic"_s,
                           u"--user"_s,
                           u"admin"_s,
                           u"--password-env"_s,
                           u"RRAS_SIM_TEST_PW"_s,
                           u"--allow-unencrypted"_s}
            << QString() << QList<QByteArray>{"Negotiate", "Basic realm=\"WSMAN\""};
    QTest::newRow("only --user: basic")
            << QStringList{u"--user"_s, u"admin"_s, u"--password-env"_s, u"RRAS_SIM_TEST_PW"_s,
                           u"--allow-unencrypted"_s}
            << QString() << QList<QByteArray>{"Basic realm=\"WSMAN\""};
    // Basic is never offered over http with AllowUnencrypted=false; Windows' own defaults are.
    QTest::newRow("only --user, encryption required")
            << QStringList{u"--user"_s, u"admin"_s, u"--password-env"_s, u"RRAS_SIM_TEST_PW"_s}
            << QString() << QList<QByteArray>{"Negotiate", "Kerberos"};
    QTest::newRow("ntlm without users")
            << QStringList{u"--auth"_s, u"ntlm"_s} << u"--ntlm-users"_s << QList<QByteArray>();
    QTest::newRow("kerberos without keytab")
            << QStringList{u"--auth"_s, u"kerberos"_s} << u"--keytab"_s << QList<QByteArray>();
    QTest::newRow("negotiate without anything")
            << QStringList{u"--auth"_s, u"negotiate"_s} << u"--keytab or --ntlm-users"_s
            << QList<QByteArray>();
    QTest::newRow("basic without user")
            << QStringList{u"--auth"_s, u"basic"_s} << u"--user"_s << QList<QByteArray>();
    QTest::newRow("unknown method")
            << QStringList{u"--auth"_s, u"digest"_s} << u"digest"_s << QList<QByteArray>();
    QTest::newRow("unreadable users file")
            << QStringList{u"--ntlm-users"_s, u"/nonexistent/users"_s} << u"cannot read"_s
            << QList<QByteArray>();
}

void TestRrasSimulator::executableAuthOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    QFETCH(QList<QByteArray>, offered);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile users(dir.filePath(u"users"_s));
    QVERIFY(users.open(QIODevice::WriteOnly));
    users.write("CORP:carol:pw\n");
    users.close();
    if (arguments.contains(u"--ntlm-users"_s)
        && !QFile::exists(u"/etc/gss/mech.d/mech.ntlmssp.conf"_s) && error.isEmpty())
        QSKIP("gss-ntlmssp is not installed (scripts/deps.sh test)");
    arguments.replaceInStrings(u"@USERS@"_s, users.fileName());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"RRAS_SIM_TEST_PW"_s, u"pw"_s);
    SimProcess sim;
    const bool started = sim.start(arguments + QStringList{u"--quiet"_s}, 1, env, 10000);
    if (!error.isEmpty()) {
        QVERIFY(!started);
        QVERIFY2(sim.errorString().contains(error), qPrintable(sim.errorString()));
        return;
    }
    QVERIFY2(started, qPrintable(sim.errorString()));
    const QUrl url = sim.urls().first();
    // A request without credentials: 401 with the offered schemes, one header each.
    const HttpResult http = post(url, render(Envelope(u"list.xml"_s), url));
    QCOMPARE(http.status, 401);
    QCOMPARE(http.wwwAuthenticate, offered);
}

QTEST_GUILESS_MAIN(TestRrasSimulator)
#include "tst_rrassimulator.moc"
