#include "rras/tunnelreader.h"
#include "wsman/ciminstance.h"
#include "wsman/replyparser.h"

#include <QFile>
#include <QtTest>

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(RRAS_TEST_DATA_DIR "/rras/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace

class TestTunnelReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readReply_data();
    void readReply();
    void emptyInstance();
    void textItemsSkipped();
    void dateTimeForms_data();
    void dateTimeForms();
    void numberLimits_data();
    void numberLimits();
};

void TestTunnelReader::readReply_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<Tunnel>>("expected");
    QTest::addColumn<int>("warnings");

    Tunnel full;
    full.authMethod = QStringLiteral("Eap MSChapv2");
    full.bandwidth = 1000;
    full.clientExternalAddress = QStringLiteral("203.0.113.45");
    full.clientIPv4Address = QStringLiteral("10.1.1.11");
    full.clientIPv6Address = QStringLiteral("2001:db8:100::11");
    full.connectionDuration = 220;
    full.connectionStartTime = utc(2024, 5, 1, 9, 13, 22);
    full.connectionType = QStringLiteral("Vpn");
    full.healthStatus = QStringLiteral("Healthy");
    full.hostName = QStringLiteral("LAPTOP-17");
    full.routingDomain = QStringLiteral("Contoso");
    full.totalBytesIn = 1048576;
    full.totalBytesOut = std::numeric_limits<quint64>::max();
    full.transitionTechnology = QStringLiteral("None");
    full.tunnelType = QStringLiteral("Sstp");
    full.userActivityState = QStringLiteral("Active");
    full.userName = QStringList{QStringLiteral("CORP\\alice")};

    Tunnel v6only;
    v6only.authMethod = QStringLiteral("Machine Certificate & User Ntlm");
    v6only.clientExternalAddress = QStringLiteral("2001:db8:ffff::9");
    v6only.clientIPv6Address = QStringLiteral("2001:db8:100::2a");
    v6only.connectionDuration = std::numeric_limits<quint32>::max();
    v6only.connectionStartTime = utc(2024, 3, 5, 13, 7, 9, 123); // +01:00, 7 fraction digits
    v6only.connectionType = QStringLiteral("DirectAccess");
    v6only.hostName = QStringLiteral("WS-<odd>");
    v6only.totalBytesOut = 12;
    v6only.transitionTechnology = QStringLiteral("IPHttps");
    v6only.tunnelType = QStringLiteral("Ikev2");
    v6only.userActivityState = QStringLiteral("Idle");
    v6only.userName = QStringList{QStringLiteral("CORP\\bob"), QStringLiteral("CORP\\WS-ODD$")};

    Tunnel odd; // bad numbers keep 0, with one warning each
    odd.clientIPv4Address = QStringLiteral("10.1.1.99");
    odd.connectionStartTime = utc(2024, 1, 1, 5, 0, 0); // 23:30 at -05:30
    odd.tunnelType = QStringLiteral("Pptp");

    QTest::newRow("windows style")
            << QStringLiteral("list_windows_style.xml") << QList<Tunnel>{full, v6only, odd} << 3;

    Tunnel cim;
    cim.userName = QStringList{QStringLiteral("CORP\\carol")};
    cim.tunnelType = QStringLiteral("L2tp");
    cim.clientIPv4Address = QStringLiteral("10.2.0.7");
    cim.connectionStartTime = utc(2024, 3, 5, 13, 7, 9, 123); // DMTF, +060 minutes
    cim.connectionDuration = 61;
    cim.totalBytesIn = 5;
    cim.totalBytesOut = 6;
    QTest::newRow("cim style, ReturnValue first, DMTF time")
            << QStringLiteral("list_cim_style.xml") << QList<Tunnel>{cim} << 0;

    QTest::newRow("nil cmdletOutput") << QStringLiteral("list_nil.xml") << QList<Tunnel>{} << 0;
    QTest::newRow("absent cmdletOutput")
            << QStringLiteral("list_absent.xml") << QList<Tunnel>{} << 0;
}

void TestTunnelReader::readReply()
{
    QFETCH(QString, file);
    QFETCH(QList<Tunnel>, expected);
    QFETCH(int, warnings);

    const QByteArray body = readData(file);
    QVERIFY2(!body.isEmpty(), qPrintable(file));
    const ParsedReply parsed = parseInvokeReply(body);
    QVERIFY2(!parsed.error, qPrintable(parsed.error.summary()));
    QCOMPARE(parsed.result.returnValue, std::optional<quint32>(0));

    QStringList warningLines;
    const QList<Tunnel> tunnels = readTunnels(parsed.result, &warningLines);
    QCOMPARE(tunnels.size(), expected.size());
    for (qsizetype i = 0; i < tunnels.size(); ++i) {
        const Tunnel &a = tunnels.at(i);
        const Tunnel &e = expected.at(i);
        QCOMPARE(a.clientIPv4Address, e.clientIPv4Address);
        QCOMPARE(a.clientIPv6Address, e.clientIPv6Address);
        QCOMPARE(a.hostName, e.hostName);
        QCOMPARE(a.clientExternalAddress, e.clientExternalAddress);
        QCOMPARE(a.tunnelType, e.tunnelType);
        QCOMPARE(a.transitionTechnology, e.transitionTechnology);
        QCOMPARE(a.connectionStartTime, e.connectionStartTime);
        QCOMPARE(a.connectionStartTime.timeSpec(),
                 e.connectionStartTime.isValid() ? Qt::UTC : a.connectionStartTime.timeSpec());
        QCOMPARE(a.connectionDuration, e.connectionDuration);
        QCOMPARE(a.totalBytesIn, e.totalBytesIn);
        QCOMPARE(a.totalBytesOut, e.totalBytesOut);
        QCOMPARE(a.connectionType, e.connectionType);
        QCOMPARE(a.healthStatus, e.healthStatus);
        QCOMPARE(a.authMethod, e.authMethod);
        QCOMPARE(a.userActivityState, e.userActivityState);
        QCOMPARE(a.bandwidth, e.bandwidth);
        QCOMPARE(a.userName, e.userName);
        QCOMPARE(a.routingDomain, e.routingDomain);
        QVERIFY(a == e); // no field forgotten above
    }
    QCOMPARE(warningLines.size(), warnings);
    if (warnings) {
        const QString all = warningLines.join(u'\n');
        QVERIFY2(all.contains(QLatin1String("ConnectionDuration")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("TotalBytesIn")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("Bandwidth")), qPrintable(all));
    }
}

void TestTunnelReader::emptyInstance()
{
    QStringList warnings;
    QCOMPARE(readTunnel(CimInstance{}, &warnings), Tunnel{});
    QVERIFY(warnings.isEmpty());
    QVERIFY(Tunnel{}.primaryAddress().isEmpty());
}

void TestTunnelReader::textItemsSkipped()
{
    // A server that sends cmdletOutput as text (not an instance) must not crash the reader.
    InvokeResult result;
    CimValue text;
    text.text = QStringLiteral("10.1.1.1");
    auto instance = std::make_shared<CimInstance>();
    instance->properties.append({QStringLiteral("ClientIPv4Address"),
                                 CimValue{false, QStringLiteral("10.9.9.9"), nullptr}});
    CimValue embedded;
    embedded.instance = instance;
    result.output.properties.append({QStringLiteral("cmdletOutput"), text});
    result.output.properties.append({QStringLiteral("cmdletOutput"), embedded});
    QStringList warnings;
    const QList<Tunnel> tunnels = readTunnels(result, &warnings);
    QCOMPARE(tunnels.size(), 1);
    QCOMPARE(tunnels.first().clientIPv4Address, QStringLiteral("10.9.9.9"));
    QCOMPARE(tunnels.first().primaryAddress(), QStringLiteral("10.9.9.9"));
    QCOMPARE(warnings.size(), 1);
}

void TestTunnelReader::dateTimeForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("Z") << "2024-05-01T09:13:22Z" << utc(2024, 5, 1, 9, 13, 22);
    QTest::newRow("ms Z") << "2024-05-01T09:13:22.250Z" << utc(2024, 5, 1, 9, 13, 22, 250);
    QTest::newRow("micro +01:00") << "2024-03-05T14:07:09.123456+01:00"
                                  << utc(2024, 3, 5, 13, 7, 9, 123);
    QTest::newRow("7 digits -08:00")
            << "2024-03-05T14:07:09.1234567-08:00" << utc(2024, 3, 5, 22, 7, 9, 123);
    QTest::newRow("offset crosses day")
            << "2024-01-01T00:30:00+02:00" << utc(2023, 12, 31, 22, 30, 0);
    QTest::newRow("no zone as UTC") << "2024-05-01T09:13:22" << utc(2024, 5, 1, 9, 13, 22);
    QTest::newRow("DMTF +000") << "20240501091322.000000+000" << utc(2024, 5, 1, 9, 13, 22);
    QTest::newRow("DMTF -300") << "20240501091322.500000-300" << utc(2024, 5, 1, 14, 13, 22, 500);
    QTest::newRow("garbage") << "yesterday" << QDateTime();
    QTest::newRow("empty") << "" << QDateTime();
}

void TestTunnelReader::dateTimeForms()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    for (const bool wrapped : {false, true}) {
        // The parser gives a cim:Datetime's inner text, so both forms arrive as the same text;
        // the wrapped case goes through a whole reply to prove it.
        CimInstance instance;
        CimValue value;
        value.text = text;
        instance.properties.append({QStringLiteral("ConnectionStartTime"), value});
        Tunnel t;
        if (!wrapped) {
            t = readTunnel(instance);
        } else {
            const QByteArray body
                    = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
                      "xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\"><s:Header>"
                      "<a:Action>x</a:Action></s:Header><s:Body><p:GetByActiveStatistics_OUTPUT "
                      "xmlns:p=\"urn:x\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                      "xmlns:cim=\"http://schemas.dmtf.org/wbem/wscim/1/common\"><p:cmdletOutput "
                      "xmlns:p1=\"urn:y\" xsi:type=\"p1:RemoteAccessMonitoringConnection_Type\">"
                      "<p1:ConnectionStartTime><cim:Datetime>"
                    + text.toUtf8()
                    + "</cim:Datetime></p1:ConnectionStartTime></p:cmdletOutput><p:ReturnValue>0"
                      "</p:ReturnValue></p:GetByActiveStatistics_OUTPUT></s:Body></s:Envelope>";
            const ParsedReply parsed = parseInvokeReply(body);
            QVERIFY2(!parsed.error, qPrintable(parsed.error.summary()));
            const QList<Tunnel> tunnels = readTunnels(parsed.result);
            QCOMPARE(tunnels.size(), 1);
            t = tunnels.first();
        }
        QCOMPARE(t.connectionStartTime, expected);
        if (expected.isValid())
            QCOMPARE(t.connectionStartTime.timeSpec(), Qt::UTC);
    }
}

void TestTunnelReader::numberLimits_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("expected");
    QTest::addColumn<bool>("warns");

    QTest::newRow("u32 max") << "ConnectionDuration"
                             << "4294967295" << quint64(4294967295u) << false;
    QTest::newRow("u32 overflow") << "ConnectionDuration"
                                  << "4294967296" << quint64(0) << true;
    QTest::newRow("u32 negative") << "Bandwidth"
                                  << "-1" << quint64(0) << true;
    QTest::newRow("u32 spaces") << "Bandwidth"
                                << " 7 " << quint64(7) << false;
    QTest::newRow("u32 empty") << "Bandwidth"
                               << "" << quint64(0) << false;
    QTest::newRow("u64 max") << "TotalBytesIn"
                             << "18446744073709551615" << std::numeric_limits<quint64>::max()
                             << false;
    QTest::newRow("u64 overflow") << "TotalBytesIn"
                                  << "18446744073709551616" << quint64(0) << true;
    QTest::newRow("u64 float") << "TotalBytesOut"
                               << "1.5" << quint64(0) << true;
    QTest::newRow("u64 hex") << "TotalBytesOut"
                             << "0x10" << quint64(0) << true;
}

void TestTunnelReader::numberLimits()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(quint64, expected);
    QFETCH(bool, warns);

    CimInstance instance;
    CimValue value;
    value.text = text;
    instance.properties.append({field, value});
    QStringList warnings;
    const Tunnel t = readTunnel(instance, &warnings);
    quint64 actual = 0;
    if (field == u"ConnectionDuration")
        actual = t.connectionDuration;
    else if (field == u"Bandwidth")
        actual = t.bandwidth;
    else if (field == u"TotalBytesIn")
        actual = t.totalBytesIn;
    else
        actual = t.totalBytesOut;
    QCOMPARE(actual, expected);
    QCOMPARE(warnings.size(), warns ? 1 : 0);
}

QTEST_GUILESS_MAIN(TestTunnelReader)
#include "tst_tunnelreader.moc"
