// TunnelListReader (the listing read straight from the XML into Tunnels) against the generic path
// it replaces (parseInvokeReply into CimInstances, then readTunnels): for every reply, the same
// error, the same headers and ReturnValue, the same Tunnels field by field, the same warnings.
// Replies: the project's and the shared real ones, the fuzz regressions, the simulator's writer
// in both layouts with awkward values, and the protocol.md §2.6a variants written out here.

#include "rras/tunnellistreader.h"
#include "rras/tunnelreader.h"
#include "simreplywriter.h"
#include "tunnelgenerator.h"
#include "wsman/replyparser.h"

#include <pugixml.hpp>

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QtTest>

// Declared before the raw-string replies below: moc reads the declaration only.
class TestTunnelListReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Both paths warn about odd fields; the warnings are compared as lists, not read here.
        QLoggingCategory::setFilterRules(QStringLiteral("rras.rras.warning=false"));
    }

    void sameAsGenericPath_data();
    void sameAsGenericPath();
    void readsWhatTheSimulatorWrote_data();
    void readsWhatTheSimulatorWrote();
    void fastPath_data();
    void fastPath();
};

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const char envelopeHead[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:cim="http://schemas.dmtf.org/wbem/wscim/1/common">
<s:Header><a:Action>http://schemas.microsoft.com/wbem/wsman/1/wmi/root/Microsoft/Windows/RemoteAccess/PS_RemoteAccessConnectionStatistics/GetByActiveStatisticsResponse</a:Action><a:MessageID>uuid:1</a:MessageID><a:RelatesTo>uuid:2</a:RelatesTo></s:Header>
<s:Body>)";
const char outputOpen[]
        = R"(<p:GetByActiveStatistics_OUTPUT xmlns:p="http://schemas.microsoft.com/wbem/wsman/1/wmi/root/Microsoft/Windows/RemoteAccess/PS_RemoteAccessConnectionStatistics">)";
const char outputClose[] = "</p:GetByActiveStatistics_OUTPUT>";
const char envelopeTail[] = "</s:Body></s:Envelope>";

// A reply whose method output holds `items` (cmdletOutput elements, ReturnValue, anything).
QByteArray reply(const QByteArray &items)
{
    return QByteArray(envelopeHead) + outputOpen + items + outputClose + envelopeTail;
}

// One typed cmdletOutput instance with `properties` inside.
QByteArray item(const QByteArray &properties,
                const QByteArray &attributes
                = R"( xsi:type="p2:RemoteAccessMonitoringConnection_Type")")
{
    return R"(<p:cmdletOutput xmlns:p2="http://schemas.microsoft.com/wbem/wsman/1/wmi/root/Microsoft/Windows/RemoteAccess/RemoteAccessMonitoringConnection")"
            + attributes + ">" + properties + "</p:cmdletOutput>";
}

QString dateText(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODateWithMs) + u' ' + QString::number(int(t.timeSpec()))
                       : QStringLiteral("(invalid)");
}

// Every field of a Tunnel as (name, text), for a comparison that names the field that differs.
QList<std::pair<const char *, QString>> fields(const Tunnel &t)
{
    return {
            {"AuthMethod", t.authMethod},
            {"Bandwidth", QString::number(t.bandwidth)},
            {"ClientExternalAddress", t.clientExternalAddress},
            {"ClientIPv4Address", t.clientIPv4Address},
            {"ClientIPv6Address", t.clientIPv6Address},
            {"ConnectionDuration", QString::number(t.connectionDuration)},
            {"ConnectionStartTime", dateText(t.connectionStartTime)},
            {"ConnectionType", t.connectionType},
            {"HealthStatus", t.healthStatus},
            {"HostName", t.hostName},
            {"RoutingDomain", t.routingDomain},
            {"TotalBytesIn", QString::number(t.totalBytesIn)},
            {"TotalBytesOut", QString::number(t.totalBytesOut)},
            {"TransitionTechnology", t.transitionTechnology},
            {"TunnelType", t.tunnelType},
            {"UserActivityState", t.userActivityState},
            {"UserName",
             QString::number(t.userName.size()) + u':' + t.userName.join(QLatin1String("\x1F"))},
    };
}

QList<std::pair<QString, QString>> properties(const CimInstance &instance)
{
    QList<std::pair<QString, QString>> out;
    for (const auto &[name, value] : instance.properties)
        out.append({name,
                    value.isNull
                            ? QStringLiteral("(nil)")
                            : (value.isInstance() ? QStringLiteral("(instance)") : value.text)});
    return out;
}

} // namespace

void TestTunnelListReader::sameAsGenericPath_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("expectedTunnels"); // -1: not checked (a file), -2: an error

    // Every reply on disk the parser is tested with, including faults and hostile ones.
    const QList<std::pair<QString, QString>> dirs{
            {QStringLiteral(RRAS_TEST_DATA_DIR "/rras"), QStringLiteral("rras")},
            {QStringLiteral(RRAS_TEST_DATA_DIR "/wsman"), QStringLiteral("wsman")},
            {QStringLiteral(RRAS_TEST_DATA_DIR "/sim"), QStringLiteral("sim")},
            {QStringLiteral(RRAS_TEST_DATA_DIR "/fuzz-regressions/replyparser"),
             QStringLiteral("fuzz")},
            {QStringLiteral(RRAS_SHARED_DATA_DIR "/ws-man-replies"), QStringLiteral("shared")},
    };
    int files = 0;
    for (const auto &[path, label] : dirs) {
        const QDir dir(path);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            if (name.endsWith(QLatin1String(".md")))
                continue;
            QTest::addRow("%s/%s", qPrintable(label), qPrintable(name))
                    << readFile(dir.filePath(name)) << -1;
            ++files;
        }
    }
    QVERIFY(files >= 30);

    const QByteArray full
            = R"(<p2:AuthMethod>EAP</p2:AuthMethod><p2:Bandwidth>0</p2:Bandwidth><p2:ClientExternalAddress>203.0.113.7</p2:ClientExternalAddress><p2:ClientIPv4Address>10.0.0.5</p2:ClientIPv4Address><p2:ClientIPv6Address xsi:nil="true"/><p2:ConnectionDuration>3600</p2:ConnectionDuration><p2:ConnectionStartTime><cim:Datetime>2024-03-05T14:07:09.123456+01:00</cim:Datetime></p2:ConnectionStartTime><p2:ConnectionType>Vpn</p2:ConnectionType><p2:HealthStatus>OK</p2:HealthStatus><p2:HostName xsi:nil="true"/><p2:RoutingDomain></p2:RoutingDomain><p2:TotalBytesIn>123456789012</p2:TotalBytesIn><p2:TotalBytesOut>42</p2:TotalBytesOut><p2:TransitionTechnology>None</p2:TransitionTechnology><p2:TunnelType>Sstp</p2:TunnelType><p2:UserActivityState>Active</p2:UserActivityState><p2:UserName>CONTOSO\alice</p2:UserName>)";
    QTest::newRow("full item, ReturnValue last")
            << reply(item(full) + "<p:ReturnValue>0</p:ReturnValue>") << 1;
    QTest::newRow("ReturnValue first, two items")
            << reply("<p:ReturnValue>0</p:ReturnValue>" + item(full) + item(full)) << 2;
    QTest::newRow("nonzero ReturnValue")
            << reply(item(full) + "<p:ReturnValue>5</p:ReturnValue>") << 1;
    QTest::newRow("bad ReturnValue")
            << reply(item(full) + "<p:ReturnValue>x</p:ReturnValue>") << -2;
    QTest::newRow("bare datetime, Z")
            << reply(item("<p2:ConnectionStartTime>2024-05-01T09:13:22Z</p2:ConnectionStartTime>"))
            << 1;
    QTest::newRow("DMTF datetime") << reply(
            item("<p2:ConnectionStartTime>20240501091322.500000-300</p2:ConnectionStartTime>"))
                                   << 1;
    QTest::newRow("datetime without zone")
            << reply(item("<p2:ConnectionStartTime>2024-05-01T09:13:22</p2:ConnectionStartTime>"))
            << 1;
    QTest::newRow("garbage datetime, wrapped")
            << reply(item("<p2:ConnectionStartTime><cim:Datetime>yesterday</cim:Datetime></"
                          "p2:ConnectionStartTime>"))
            << 1;
    QTest::newRow("wrapper in another namespace, typed property") << reply(item(
            R"(<p2:ConnectionStartTime xsi:type="x:Foo_Type"><q:Datetime xmlns:q="urn:q">2024-05-01T09:13:22Z</q:Datetime></p2:ConnectionStartTime>)"))
                                                                  << 1;
    QTest::newRow("wrapper, untyped property, other namespace") << reply(item(
            R"(<p2:ConnectionStartTime><q:Date xmlns:q="urn:q">2024-05-01T09:13:22Z</q:Date></p2:ConnectionStartTime>)"))
                                                                << 1;
    QTest::newRow("nested wrappers") << reply(
            item("<p2:ConnectionStartTime><cim:Datetime><cim:Datetime>2024-05-01T09:13:22Z</"
                 "cim:Datetime></cim:Datetime></p2:ConnectionStartTime>"))
                                     << 1;
    QTest::newRow("nil wrapper") << reply(item(
            R"(<p2:ConnectionStartTime><cim:Datetime xsi:nil="true"/></p2:ConnectionStartTime><p2:HostName><cim:Time xsi:nil="1"/></p2:HostName>)"))
                                 << 1;
    QTest::newRow("two children: an instance") << reply(
            item("<p2:HostName><cim:Datetime>a</cim:Datetime><cim:Datetime>b</cim:Datetime></"
                 "p2:HostName><p2:Bandwidth><x>1</x></p2:Bandwidth>"))
                                               << 1;
    QTest::newRow("instance-valued fields") << reply(item(
            R"(<p2:HostName xsi:type="p2:Foo_Type"></p2:HostName><p2:Bandwidth xsi:type="p2:Foo_Type"> </p2:Bandwidth><p2:ConnectionStartTime xsi:type="p2:Foo_Type"/><p2:UserName xsi:type="p2:Foo_Type"/><p2:UserName>bob</p2:UserName>)"))
                                            << 1;
    QTest::newRow("typed property with text")
            << reply(item(R"(<p2:HostName xsi:type="p2:Foo_Type">pc1</p2:HostName>)")) << 1;
    QTest::newRow("whitespace kept in strings, trimmed in numbers") << reply(item(
            "<p2:HostName>  pc 1\n</p2:HostName><p2:Bandwidth> 17 </p2:Bandwidth><p2:TunnelType> "
            "</p2:TunnelType>")) << 1;
    QTest::newRow("first of a repeated scalar wins, also nil") << reply(item(
            R"(<p2:HostName>a</p2:HostName><p2:HostName>b</p2:HostName><p2:TunnelType xsi:nil="true"/><p2:TunnelType>Sstp</p2:TunnelType><p2:Bandwidth xsi:nil="true"/><p2:Bandwidth>5</p2:Bandwidth><p2:TotalBytesIn>1</p2:TotalBytesIn><p2:TotalBytesIn>x</p2:TotalBytesIn>)"))
                                                               << 1;
    QTest::newRow("UserName array with nil and empty entries") << reply(item(
            R"(<p2:UserName>a</p2:UserName><p2:UserName xsi:nil="true"/><p2:UserName></p2:UserName><p2:UserName><cim:Datetime>c</cim:Datetime></p2:UserName><p2:UserName>d</p2:UserName>)"))
                                                               << 1;
    QTest::newRow("numbers that do not convert") << reply(item(
            "<p2:ConnectionDuration>4294967296</p2:ConnectionDuration><p2:Bandwidth>-1</"
            "p2:Bandwidth><p2:TotalBytesIn>18446744073709551616</p2:TotalBytesIn><p2:TotalBytesOut>"
            "1.5</p2:TotalBytesOut><p2:ConnectionStartTime>never</p2:ConnectionStartTime>"))
                                                 << 1;
    QTest::newRow("number limits") << reply(
            item("<p2:ConnectionDuration>4294967295</p2:ConnectionDuration><p2:TotalBytesIn>"
                 "18446744073709551615</p2:TotalBytesIn><p2:TotalBytesOut>+7</p2:TotalBytesOut>"))
                                   << 1;
    QTest::newRow("entities, CDATA, comments, character references") << reply(
            item("<p2:HostName>a&amp;b&lt;c<![CDATA[<raw>&]]>&#x263A;<!-- note -->d</p2:HostName>"
                 "<p2:UserName>X\\&quot;y&apos;</p2:UserName>")) << 1;
    QTest::newRow("unknown properties and nested instances ignored") << reply(item(
            R"(<p2:Foo>1</p2:Foo><p2:Nested xsi:type="p2:X_Type"><p2:HostName>no</p2:HostName></p2:Nested><p2:HostName>yes</p2:HostName>)"))
                                                                     << 1;
    QTest::newRow("properties in another namespace, any prefix") << reply(item(
            R"(<z:HostName xmlns:z="urn:other">pc</z:HostName><HostName2>x</HostName2><hostname>lower</hostname>)"))
                                                                 << 1;
    QTest::newRow("nil item, text item, empty typed item, empty untyped item")
            << reply(item("", R"( xsi:nil="true")") + "<p:cmdletOutput>just text</p:cmdletOutput>"
                     + item("  \n ") + item(" ", "") + item(full))
            << 2;
    QTest::newRow("nil item with content") << reply(item(full, R"( xsi:nil="true")")) << 0;
    QTest::newRow("item that is one cim:Datetime")
            << reply(item("<cim:Datetime>2024-05-01T09:13:22Z</cim:Datetime>", "")
                     + item("<cim:Datetime>2024-05-01T09:13:22Z</cim:Datetime>")
                     + item(R"(<cim:Datetime xsi:nil="true"/>)", ""))
            << 0; // text, text (typed, but the wrapper is in the cim namespace), nil
    QTest::newRow("item that is one untyped Date property")
            << reply(item("<p2:Date>x</p2:Date>", "") + item("<p2:Date>x</p2:Date>")) << 1;
    QTest::newRow("long text item")
            << reply("<p:cmdletOutput>" + QByteArray(200, 'x') + "</p:cmdletOutput>") << 0;
    QTest::newRow("nil output element")
            << (QByteArray(envelopeHead)
                + R"(<p:GetByActiveStatistics_OUTPUT xmlns:p="urn:p" xsi:nil="true">)" + item(full)
                + outputClose + envelopeTail)
            << 0;
    QTest::newRow("output is a Method element in cim-schema")
            << (QByteArray(envelopeHead)
                + R"(<m:GetByActiveStatistics xmlns:m="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/GetByActiveStatistics" xmlns:p="urn:p">)"
                + item(full) + "<m:ReturnValue>0</m:ReturnValue></m:GetByActiveStatistics>"
                + envelopeTail)
            << 1;
    QTest::newRow("cmdletOutput deeper than the output is not an item")
            << reply("<p:Wrapper>" + item(full) + "</p:Wrapper>" + item(full)) << 1;
    QTest::newRow("second Body child ignored")
            << (QByteArray(envelopeHead) + outputOpen + item(full) + outputClose + outputOpen
                + item(full) + outputClose + envelopeTail)
            << 1;
    QTest::newRow("empty output") << reply("") << 0;
    QTest::newRow("only a nil cmdletOutput") << reply(R"(<p:cmdletOutput xsi:nil="true"/>)") << 0;
    QTest::newRow("DOCTYPE") << (QByteArray("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e "
                                            "\"boom\">]>")
                                 + reply(item("<p2:HostName>&e;</p2:HostName>")).mid(38))
                             << -2;
    QTest::newRow("undeclared entity in an item")
            << reply(item("<p2:HostName>&e;</p2:HostName>")) << -2;
    QByteArray deep;
    for (int i = 0; i < 70; ++i)
        deep += "<p2:X>";
    for (int i = 0; i < 70; ++i)
        deep += "</p2:X>";
    QTest::newRow("nesting too deep inside an item") << reply(item(deep)) << -2;
    QTest::newRow("cut in the middle of an item") << reply(item(full)).left(1200) << -2;
    QTest::newRow("invalid UTF-8 in an item")
            << reply(item("<p2:HostName>a\xC3\x28</p2:HostName>")) << -2;
    QTest::newRow("UTF-8 across the check's slices")
            << reply(item("<p2:HostName>" + QByteArray(65530, 'a') + "\xE2\x98\xBA\xF0\x9F\x98\x80"
                          + "</p2:HostName>"))
            << 1;
    QTest::newRow("truncated UTF-8 at the end") << (reply(item(full)) + "\xE2\x98") << -2;
    QTest::newRow("mismatched tags in an item") << reply(item("<p2:HostName>a</p2:Host>")) << -2;
}

void TestTunnelListReader::sameAsGenericPath()
{
    QFETCH(QByteArray, body);
    QFETCH(int, expectedTunnels);

    const ParsedReply generic = parseInvokeReply(body);
    QStringList genericWarnings;
    const QList<Tunnel> genericTunnels
            = generic.error ? QList<Tunnel>{} : readTunnels(generic.result, &genericWarnings);

    TunnelListReader reader;
    const ParsedReply direct = parseInvokeReply(body, {}, &reader);
    const QList<Tunnel> directTunnels = direct.error ? QList<Tunnel>{} : reader.takeTunnels();
    const QStringList directWarnings = direct.error ? QStringList{} : reader.warnings();

    QCOMPARE(WsmanError::kindName(direct.error.kind), WsmanError::kindName(generic.error.kind));
    QCOMPARE(direct.error.detail, generic.error.detail);
    QCOMPARE(direct.error.summary(), generic.error.summary());
    if (expectedTunnels == -2)
        QVERIFY(direct.error.isError());
    else if (expectedTunnels >= 0)
        QVERIFY2(!direct.error.isError(), qPrintable(direct.error.summary()));

    // The headers and every other out-parameter as before; cmdletOutput went to the reader.
    QCOMPARE(direct.result.action, generic.result.action);
    QCOMPARE(direct.result.messageId, generic.result.messageId);
    QCOMPARE(direct.result.relatesTo, generic.result.relatesTo);
    QCOMPARE(direct.result.outputElement, generic.result.outputElement);
    QCOMPARE(direct.result.returnValue, generic.result.returnValue);
    QList<std::pair<QString, QString>> others = properties(generic.result.output);
    others.removeIf([](const auto &p) { return p.first == u"cmdletOutput"; });
    QCOMPARE(properties(direct.result.output), others);

    QCOMPARE(directTunnels.size(), genericTunnels.size());
    if (expectedTunnels >= 0)
        QCOMPARE(directTunnels.size(), qsizetype(expectedTunnels));
    for (qsizetype i = 0; i < directTunnels.size(); ++i) {
        const auto want = fields(genericTunnels.at(i));
        const auto got = fields(directTunnels.at(i));
        for (qsizetype f = 0; f < want.size(); ++f) {
            QVERIFY2(got.at(f).second == want.at(f).second,
                     qPrintable(QStringLiteral("tunnel %1, %2: \"%3\", expected \"%4\"")
                                        .arg(i)
                                        .arg(QLatin1String(want.at(f).first), got.at(f).second,
                                             want.at(f).second)));
        }
        QVERIFY(directTunnels.at(i) == genericTunnels.at(i));
        // The reader fingerprints what it read, as it stands (the table trusts it).
        QCOMPARE(directTunnels.at(i).fingerprint, directTunnels.at(i).computeFingerprint());
        QCOMPARE(directTunnels.at(i).steadyFingerprint,
                 directTunnels.at(i).computeSteadyFingerprint());
    }
    QCOMPARE(directWarnings, genericWarnings);
}

void TestTunnelListReader::readsWhatTheSimulatorWrote_data()
{
    QTest::addColumn<int>("layout"); // SimConfig::Namespace
    QTest::addColumn<bool>("awkward");
    QTest::newRow("windows layout, generated") << int(SimConfig::Namespace::Wmi) << false;
    QTest::newRow("omi layout, generated") << int(SimConfig::Namespace::Cim) << false;
    QTest::newRow("windows layout, awkward values") << int(SimConfig::Namespace::Wmi) << true;
    QTest::newRow("omi layout, awkward values") << int(SimConfig::Namespace::Cim) << true;
}

void TestTunnelListReader::readsWhatTheSimulatorWrote()
{
    QFETCH(int, layout);
    QFETCH(bool, awkward);
    const QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(6, 0), Qt::UTC);
    QList<Tunnel> tunnels;
    if (awkward) {
        Tunnel empty;
        Tunnel odd;
        odd.clientIPv4Address = QStringLiteral("10.1.2.3");
        odd.hostName = QStringLiteral("<pc> & \"quoted\" 'x' \u263A \U0001F600 \t\r\n");
        odd.userName = {QString(), QStringLiteral("A\\b"), QStringLiteral("]]>")};
        odd.totalBytesIn = std::numeric_limits<quint64>::max();
        odd.connectionDuration = std::numeric_limits<quint32>::max();
        odd.bandwidth = 1;
        odd.connectionStartTime = QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
        tunnels = {empty, odd, empty};
    } else {
        TunnelGenerator generator(7, 0);
        for (const SimTunnel &t : generator.initial(300, now))
            tunnels.append(t.at(now));
    }
    const SimReplyWriter writer(SimConfig::Namespace(layout), QStringLiteral("RRAS01"),
                                QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/wmi/root/"
                                               "Microsoft/Windows/RemoteAccess/"
                                               "PS_RemoteAccessConnectionStatistics/"
                                               "GetByActiveStatistics"),
                                QStringLiteral("uuid:3"));
    const QByteArray body = writer.listing(tunnels);

    const ParsedReply generic = parseInvokeReply(body, QStringLiteral("uuid:3"));
    QVERIFY2(!generic.error, qPrintable(generic.error.summary()));
    QStringList genericWarnings;
    const QList<Tunnel> genericTunnels = readTunnels(generic.result, &genericWarnings);

    TunnelListReader reader;
    const ParsedReply direct = parseInvokeReply(body, QStringLiteral("uuid:3"), &reader);
    QVERIFY2(!direct.error, qPrintable(direct.error.summary()));
    QCOMPARE(direct.result.returnValue, generic.result.returnValue);
    const QList<Tunnel> directTunnels = reader.takeTunnels();
    QCOMPARE(directTunnels.size(), tunnels.size());
    QCOMPARE(directTunnels.size(), genericTunnels.size());
    for (qsizetype i = 0; i < directTunnels.size(); ++i) {
        const auto want = fields(genericTunnels.at(i));
        const auto got = fields(directTunnels.at(i));
        for (qsizetype f = 0; f < want.size(); ++f)
            QVERIFY2(got.at(f).second == want.at(f).second,
                     qPrintable(QStringLiteral("tunnel %1, %2")
                                        .arg(i)
                                        .arg(QLatin1String(want.at(f).first))));
        QCOMPARE(directTunnels.at(i).fingerprint, directTunnels.at(i).computeFingerprint());
        QCOMPARE(directTunnels.at(i).steadyFingerprint,
                 directTunnels.at(i).computeSteadyFingerprint());
    }
    QCOMPARE(reader.warnings(), genericWarnings);
    // And what was written is what is read (the writer's own round trip; XML turns a CR into
    // LF, so only for generated values).
    if (!awkward)
        QCOMPARE(directTunnels, tunnels);
}

namespace {

// A TunnelListReader that counts which path read the reply: the tree (replytree.h) or the token
// stream, which follows a discard() when the tree path gave up.
class PathObserver final : public OutParameterReader
{
public:
    QStringView parameterName() const override { return reader.parameterName(); }
    bool readParameter(ReplyTokenStream &stream) override
    {
        ++streamReads;
        return reader.readParameter(stream);
    }
    void discard() override
    {
        ++discards;
        reader.discard();
    }
    bool readsTrees() const override { return true; }
    bool readParameterTree(const pugi::xml_node &parameter) override
    {
        ++treeReads;
        return reader.readParameterTree(parameter);
    }
    bool tookTreePath() const { return discards == 0 && streamReads == 0; }

    TunnelListReader reader;
    int treeReads = 0;
    int streamReads = 0;
    int discards = 0;
};

QByteArray simulatorListing(SimConfig::Namespace layout, int count)
{
    const QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(6, 0), Qt::UTC);
    QList<Tunnel> tunnels;
    TunnelGenerator generator(11, 0);
    for (const SimTunnel &t : generator.initial(count, now))
        tunnels.append(t.at(now));
    const SimReplyWriter writer(layout, QStringLiteral("RRAS01"), QStringLiteral("urn:action"),
                                QStringLiteral("uuid:2"));
    return writer.listing(tunnels);
}

} // namespace

void TestTunnelListReader::fastPath_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("tree"); // expected to be read from the tree

    const QByteArray plain
            = R"(<p2:HostName>pc</p2:HostName><p2:ClientIPv4Address>10.0.0.5</p2:ClientIPv4Address><p2:ConnectionStartTime><cim:Datetime>2024-05-01T09:13:22Z</cim:Datetime></p2:ConnectionStartTime><p2:TotalBytesIn>12</p2:TotalBytesIn><p2:UserName>CORP\bob</p2:UserName>)";
    const QByteArray returnValue = "<p:ReturnValue>0</p:ReturnValue>";
    const QByteArray declaration = R"(<?xml version="1.0" encoding="UTF-8"?>)";
    // Replies the tree path reads.
    QTest::newRow("simulator, Windows layout")
            << simulatorListing(SimConfig::Namespace::Wmi, 200) << true;
    QTest::newRow("simulator, OMI layout")
            << simulatorListing(SimConfig::Namespace::Cim, 200) << true;
    QTest::newRow("plain item") << reply(item(plain) + returnValue) << true;
    QTest::newRow("no XML declaration")
            << reply(item(plain) + returnValue).mid(declaration.size()) << true;
    QTest::newRow("no items") << reply(returnValue) << true;
    QTest::newRow("predefined entities")
            << reply(item("<p2:HostName>a&amp;b&lt;c&gt;&quot;&apos;</p2:HostName>") + returnValue)
            << true;
    QTest::newRow("wrappers, nil, instances, arrays") << reply(
            item(R"(<p2:ConnectionStartTime><cim:Datetime><cim:Datetime>2024-05-01T09:13:22Z</cim:Datetime></cim:Datetime></p2:ConnectionStartTime><p2:HostName><cim:Time xsi:nil="1"/></p2:HostName><p2:Bandwidth xsi:type="p2:Foo_Type"> </p2:Bandwidth><p2:TunnelType><a>1</a><b>2</b></p2:TunnelType><p2:UserName>a</p2:UserName><p2:UserName xsi:nil="true"/><p2:UserName></p2:UserName>)")
            + returnValue) << true;
    QTest::newRow("values that do not convert (warnings)")
            << reply(item("<p2:Bandwidth>-1</p2:Bandwidth><p2:ConnectionStartTime>never</"
                          "p2:ConnectionStartTime>")
                     + returnValue)
            << true;
    QTest::newRow("nil, text and empty items")
            << reply(item("", R"( xsi:nil="true")") + "<p:cmdletOutput>text</p:cmdletOutput>"
                     + item(" ") + item(plain) + returnValue)
            << true;
    // pugixml keeps an element's leading text as its value, later text as nodes (replytree.h).
    QTest::newRow("text before, between and after child elements") << reply(
            item("lead <p2:HostName>pc</p2:HostName> mid <p2:TunnelType>x<a>1</a>y</p2:TunnelType>"
                 "<p2:ConnectionStartTime>t<cim:Datetime>2024-05-01T09:13:22Z</cim:Datetime>"
                 "</p2:ConnectionStartTime><p2:AuthMethod><a/>after</p2:AuthMethod> tail")
            + "<p:cmdletOutput>w<cim:Datetime>2024-05-01T09:13:22Z</cim:Datetime></p:cmdletOutput>"
            + "<p:cmdletOutput> <cim:Datetime>2024-05-01T09:13:22Z</cim:Datetime> </p:cmdletOutput>"
            + returnValue) << true;
    QTest::newRow("whitespace and line ends")
            << reply(item("\r\n <p2:HostName> a\r\nb\r </p2:HostName>\n\t") + returnValue) << true;
    QByteArray manyValues;
    for (int i = 0; i < 40; ++i)
        manyValues += item("<p2:AuthMethod>Method " + QByteArray::number(i % 20)
                           + "</p2:AuthMethod><p2:TunnelType>Sstp</p2:TunnelType><p2:Bandwidth>"
                           + QByteArray::number(quint64(1) << (i + 20)) + "</p2:Bandwidth>");
    QTest::newRow("more distinct values than are shared, numbers past 32 bits")
            << reply(manyValues + returnValue) << true;
    QTest::newRow("attribute values with spaces, ASCII and not") << reply(
            item("<p2:HostName xsi:nil=\" true\t\"/><p2:TunnelType "
                 "xsi:nil=\"\xC2\xA0true\xC2\xA0\"/>"
                 "<p2:AuthMethod xsi:nil=\"\xC2\xA0tru\xC3\xA9\"/>",
                 " xsi:type=\"\xE2\x80\x83p2:RemoteAccessMonitoringConnection_Type\xC2\xA0\"")
            + returnValue) << true;
    QTest::newRow("non-ASCII text") << reply(
            item("<p2:HostName>\xC3\xA9\xE2\x98\xBA\xF0\x9F\x98\x80</p2:HostName>") + returnValue)
                                    << true;

    // Replies left to the token stream: the same answers, read the old way.
    QTest::newRow("comment") << reply(item("<!-- x -->" + plain) + returnValue) << false;
    QTest::newRow("CDATA") << reply(item("<p2:HostName><![CDATA[pc]]></p2:HostName>") + returnValue)
                           << false;
    QTest::newRow("character reference")
            << reply(item("<p2:HostName>&#x41;</p2:HostName>") + returnValue) << false;
    QTest::newRow("undeclared entity")
            << reply(item("<p2:HostName>&e;</p2:HostName>") + returnValue) << false;
    QTest::newRow("DOCTYPE") << (declaration + "<!DOCTYPE s:Envelope>"
                                 + reply(item(plain)).mid(declaration.size()))
                             << false;
    QTest::newRow("processing instruction")
            << reply(item("<?pi x?>" + plain) + returnValue) << false;
    QTest::newRow("another XML declaration")
            << (R"(<?xml version="1.0" encoding="ISO-8859-1"?>)"
                + reply(item(plain) + returnValue).mid(declaration.size()))
            << false;
    QTest::newRow("UTF-8 byte order mark")
            << ("\xEF\xBB\xBF" + reply(item(plain) + returnValue).mid(declaration.size())) << false;
    QTest::newRow("control character")
            << reply(item("<p2:HostName>a\x01</p2:HostName>") + returnValue) << false;
    QTest::newRow("U+FFFF") << reply(item("<p2:HostName>a\xEF\xBF\xBF</p2:HostName>") + returnValue)
                            << false;
    QTest::newRow("]]> in text") << reply(item("<p2:HostName>a]]>b</p2:HostName>") + returnValue)
                                 << false;
    QTest::newRow("undeclared prefix")
            << reply(item("<q:HostName>pc</q:HostName>") + returnValue) << false;
    QTest::newRow("undeclared attribute prefix")
            << reply(item(R"(<p2:HostName q:a="1">pc</p2:HostName>)") + returnValue) << false;
    QTest::newRow("attribute twice")
            << reply(item(R"(<p2:HostName a="1" a="2">pc</p2:HostName>)") + returnValue) << false;
    QTest::newRow("attribute twice under two prefixes") << reply(
            item(R"(<p2:HostName xmlns:q="urn:q" xmlns:r="urn:q" q:a="1" r:a="2">pc</p2:HostName>)")
            + returnValue) << false;
    QTest::newRow("< in an attribute value")
            << reply(item(R"(<p2:HostName a="<">pc</p2:HostName>)") + returnValue) << false;
    QTest::newRow("prefix bound to nothing")
            << reply(item(R"(<p2:HostName xmlns:q="">pc</p2:HostName>)") + returnValue) << false;
    QTest::newRow("non-ASCII name")
            << reply(item("<p2:H\xC3\xA9>pc</p2:H\xC3\xA9>") + returnValue) << false;
    QTest::newRow("name starting with a digit")
            << reply(item("<p2:1x>pc</p2:1x>") + returnValue) << false;
    QByteArray deep;
    for (int i = 0; i < 70; ++i)
        deep += "<p2:X>";
    for (int i = 0; i < 70; ++i)
        deep += "</p2:X>";
    QTest::newRow("nesting deeper than 64") << reply(item(deep) + returnValue) << false;
    // pugixml builds its tree without recursion: 20,000 open elements (60 KB, under the size
    // where the density rule starts) end in its parse error, then in the token stream's.
    QTest::newRow("20,000 elements never closed")
            << reply(item(QByteArray(3 * 20000, 'x').replace("xxx", "<a>"))) << false;
    QByteArray dense;
    for (int i = 0; i < 20000; ++i)
        dense += "<p2:X/>";
    QTest::newRow("elements denser than one per 16 bytes")
            << reply(item(dense) + returnValue) << false;
    QByteArray manyAttributes = "<p2:HostName";
    for (int i = 0; i < 8000; ++i) // 80 KB
        manyAttributes += " a" + QByteArray::number(i) + "=\"\"";
    QTest::newRow("attributes denser than one per 16 bytes")
            << reply(item(manyAttributes + ">pc</p2:HostName>") + returnValue) << false;
    QTest::newRow("fault") << readFile(
            QStringLiteral(RRAS_TEST_DATA_DIR "/wsman/fault_timeout.xml"))
                           << false;
    QTest::newRow("nil output")
            << (QByteArray(envelopeHead)
                + R"(<p:GetByActiveStatistics_OUTPUT xmlns:p="urn:p" xsi:nil="true">)" + item(plain)
                + outputClose + envelopeTail)
            << false;
    QTest::newRow("bad ReturnValue")
            << reply(item(plain) + "<p:ReturnValue>x</p:ReturnValue>") << false;
    QTest::newRow("RelatesTo of another request")
            << reply(item(plain) + returnValue).replace("uuid:2", "uuid:9") << false;
    QTest::newRow("text before the root")
            << ("x" + reply(item(plain) + returnValue).mid(declaration.size())) << false;
    QTest::newRow("text after the root") << (reply(item(plain) + returnValue) + "x") << false;
    QTest::newRow("two roots") << (reply(item(plain) + returnValue) + "<a/>") << false;
    QTest::newRow("mismatched tags")
            << reply(item("<p2:HostName>a</p2:Host>") + returnValue) << false;
    QTest::newRow("cut short") << reply(item(plain) + returnValue).chopped(10) << false;
}

void TestTunnelListReader::fastPath()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, tree);
    const QString relatesTo = QStringLiteral("uuid:2");

    PathObserver observed;
    const ParsedReply fast = parseInvokeReply(body, relatesTo, &observed);
    QCOMPARE(observed.tookTreePath(), tree);
    if (tree)
        QCOMPARE(observed.treeReads, qsizetype(body.count("<p:cmdletOutput")));

    TunnelListReader streamed;
    const ParsedReply slow = parseInvokeReply(body, relatesTo, &streamed, ReplyParsing::StreamOnly);
    QCOMPARE(fast.error.summary(), slow.error.summary());
    QCOMPARE(fast.error.detail, slow.error.detail);
    QCOMPARE(fast.result.action, slow.result.action);
    QCOMPARE(fast.result.messageId, slow.result.messageId);
    QCOMPARE(fast.result.relatesTo, slow.result.relatesTo);
    QCOMPARE(fast.result.outputElement, slow.result.outputElement);
    QCOMPARE(fast.result.returnValue, slow.result.returnValue);
    QCOMPARE(properties(fast.result.output), properties(slow.result.output));
    QCOMPARE(fast.result.output.typeName, slow.result.output.typeName);
    if (!tree && !slow.error) {
        // The stream read it, after the tree gave up.
        QVERIFY(observed.streamReads > 0 || !body.contains("<p:cmdletOutput"));
    }
    if (slow.error)
        return;
    const QList<Tunnel> fastTunnels = observed.reader.takeTunnels();
    const QList<Tunnel> slowTunnels = streamed.takeTunnels();
    QCOMPARE(fastTunnels.size(), slowTunnels.size());
    for (qsizetype i = 0; i < fastTunnels.size(); ++i) {
        QCOMPARE(fields(fastTunnels.at(i)), fields(slowTunnels.at(i)));
        QCOMPARE(fastTunnels.at(i).fingerprint, slowTunnels.at(i).fingerprint);
        QCOMPARE(fastTunnels.at(i).steadyFingerprint, slowTunnels.at(i).steadyFingerprint);
    }
    QCOMPARE(observed.reader.warnings(), streamed.warnings());
}

QTEST_GUILESS_MAIN(TestTunnelListReader)
#include "tst_tunnellistreader.moc"
