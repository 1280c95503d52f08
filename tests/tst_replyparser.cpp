// The tolerant WS-Man reply reader: golden replies (protocol.md §4.2 in both namespace forms, §4.3,
// faults), every OMI reply in the shared data folder, and hostile input that must end in a Parse
// error without crashing.

#include "wsman/ciminstance.h"
#include "wsman/replyparser.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString listRequestId = u"uuid:5B0C2E7A-1D35-4E0B-9C7E-2F1B8A0D4C11"_s;
const QString disconnectRequestId = u"uuid:0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9"_s;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString localPath(const QString &name)
{
    return QStringLiteral(RRAS_TEST_DATA_DIR "/wsman/") + name;
}

QString sharedPath(const QString &name)
{
    return QStringLiteral(RRAS_SHARED_DATA_DIR "/ws-man-replies/") + name;
}

// name=value lines of an instance, recursively, so two instances compare as text.
QStringList flatten(const CimInstance &instance, const QString &prefix = {})
{
    QStringList out;
    out.append(prefix + u"@type="_s + instance.typeName);
    for (const auto &[name, value] : instance.properties) {
        if (value.isNull)
            out.append(prefix + name + u"=<nil>"_s);
        else if (value.isInstance())
            out += flatten(*value.instance, prefix + name + u"."_s);
        else
            out.append(prefix + name + u"="_s + value.text);
    }
    return out;
}

QString kindName(WsmanError::Kind kind)
{
    return WsmanError::kindName(kind);
}

// A chain of `levels` embedded instances inside a method output (Envelope, Body, output = 3
// levels).
QByteArray nestedReply(int levels)
{
    QByteArray open;
    QByteArray close;
    for (int i = 0; i < levels; ++i) {
        open += "<p:Sub xsi:type=\"p:X_Type\">";
        close.prepend("</p:Sub>");
    }
    return "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
           "xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><s:Header><a:RelatesTo>uuid:1"
           "</a:RelatesTo></s:Header><s:Body><p:M_OUTPUT xmlns:p=\"urn:x\">"
            + open + "<p:Leaf>x</p:Leaf>" + close
            + "<p:ReturnValue>0</p:ReturnValue></p:M_OUTPUT></s:Body></s:Envelope>";
}

} // namespace

class TestReplyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replies_data();
    void replies();
    void everySharedFileIsCovered();
    void listWmiAndCimAgree();
    void listFields();
    void disconnectOutputs_data();
    void disconnectOutputs();
    void omiNestedInstances();
    void omiEmptyArrays();
    void omiNullOutParams();
    void omiReturnValue87();
    void faultFields_data();
    void faultFields();
    void relatesTo_data();
    void relatesTo();
    void hostile_data();
    void hostile();
    void nestingLimit_data();
    void nestingLimit();
    void wrappedDatetimeAndInterval();
    void utf16Accepted();
    void mutatedRepliesNeverCrash();
    void cimHelpers();
    void plainDatetimesAsQtReadsThem_data();
    void plainDatetimesAsQtReadsThem();
};

// Every golden reply: kind, output element, ReturnValue and the number of cmdletOutput values.
void TestReplyParser::replies_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expectedRelatesTo");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("outputElement");
    QTest::addColumn<qint64>("returnValue"); // -1: none
    QTest::addColumn<int>("cmdletOutputs");  // values named cmdletOutput, nil ones included

    auto row = [](const char *name, const QString &path, const QString &relatesTo,
                  WsmanError::Kind kind, const QString &output, qint64 rv, int items) {
        QTest::newRow(name) << path << relatesTo << kindName(kind) << output << rv << items;
    };
    using K = WsmanError::Kind;
    // protocol.md golden replies.
    row("4.2 wmi", localPath(u"reply_list_wmi.xml"_s), listRequestId, K::None,
        u"GetByActiveStatistics_OUTPUT"_s, 0, 2);
    row("4.2 cim-schema/2", localPath(u"reply_list_cim.xml"_s), listRequestId, K::None,
        u"GetByActiveStatistics"_s, 0, 2);
    row("4.3 success", localPath(u"reply_disconnect_ok.xml"_s), disconnectRequestId, K::None,
        u"DisconnectByHostIP_OUTPUT"_s, 0, 1);
    row("4.3 nil array", localPath(u"reply_disconnect_nil_array.xml"_s), disconnectRequestId,
        K::None, u"DisconnectByHostIP_OUTPUT"_s, 0, 1);
    row("4.3 empty array", localPath(u"reply_disconnect_empty_array.xml"_s), disconnectRequestId,
        K::None, u"DisconnectByHostIP_OUTPUT"_s, 0, 0);
    row("4.3 fault", localPath(u"fault_disconnect_remoteaccess.xml"_s), disconnectRequestId,
        K::Fault, u"Fault"_s, -1, 0);
    row("timeout fault", localPath(u"fault_timeout.xml"_s), disconnectRequestId, K::Timeout,
        u"Fault"_s, -1, 0);
    row("timeout by WSManFault code", localPath(u"fault_timeout_code_only.xml"_s),
        disconnectRequestId, K::Timeout, u"Fault"_s, -1, 0);
    row("EncodingLimit fault", localPath(u"fault_encodinglimit.xml"_s), listRequestId,
        K::EnvelopeLimit, u"Fault"_s, -1, 0);
    row("nested provider fault", localPath(u"fault_provider_nested.xml"_s), disconnectRequestId,
        K::Fault, u"Fault"_s, -1, 0);
    row("unknown class, no RelatesTo", localPath(u"fault_unknown_class_windows.xml"_s),
        listRequestId, K::Fault, u"Fault"_s, -1, 0);
    // Microsoft's OMI server (shared data).
    row("OMI 01 ok", sharedPath(u"01_invoke_ok_3items.xml"_s),
        u"uuid:0EA5EDB2-4754-4361-AA3A-EFB9B6D14BA6"_s, K::None, u"GetItems"_s, 0, 3);
    row("OMI 03 empty arrays", sharedPath(u"03_invoke_empty_arrays.xml"_s),
        u"uuid:8C9491DB-8DA5-4BE7-A055-789B3144FD92"_s, K::None, u"GetItems"_s, 0, 0);
    row("OMI 04 null out params", sharedPath(u"04_invoke_null_outparams.xml"_s),
        u"uuid:A7DCC7C6-0F14-47B8-8581-8E2BAE7B925E"_s, K::None, u"GetItems"_s, 0, 1);
    row("OMI 05 ReturnValue 87", sharedPath(u"05_invoke_returnvalue_nonzero_1item.xml"_s),
        u"uuid:1679694B-C93A-4EDA-9208-F8E55E8D2B22"_s, K::None, u"GetItems"_s, 87, 1);
    row("OMI 20 unknown class", sharedPath(u"20_fault_unknown_class.xml"_s),
        u"uuid:4683BB11-2D2D-41C3-B695-A7E9FA1FDAFD"_s, K::Fault, u"Fault"_s, -1, 0);
    row("OMI 24 MSFT_WmiError", sharedPath(u"24_fault_provider_msft_wmierror.xml"_s),
        u"uuid:7DC35E2E-4E52-4AA8-9C5D-20FC8D8460E3"_s, K::Fault, u"Fault"_s, -1, 0);
    row("OMI 28 Win32 error", sharedPath(u"28_fault_provider_posterror_win32.xml"_s),
        u"uuid:78B19258-9E0D-4C33-825C-D52024273D71"_s, K::Fault, u"Fault"_s, -1, 0);
    row("OMI 42 envelope size", sharedPath(u"42_envsize_default_response_over_250k.xml"_s),
        u"uuid:B787694B-801B-4600-960E-AAF3A2E708B0"_s, K::Fault, u"Fault"_s, -1, 0);
}

void TestReplyParser::replies()
{
    QFETCH(QString, path);
    QFETCH(QString, expectedRelatesTo);
    QFETCH(QString, kind);
    QFETCH(QString, outputElement);
    QFETCH(qint64, returnValue);
    QFETCH(int, cmdletOutputs);

    const QByteArray body = readFile(path);
    QVERIFY2(!body.isEmpty(), qPrintable(path));
    const ParsedReply reply = parseInvokeReply(body, expectedRelatesTo);
    QVERIFY2(kindName(reply.error.kind) == kind, qPrintable(reply.error.summary()));
    QCOMPARE(reply.result.outputElement, outputElement);
    QCOMPARE(reply.result.returnValue ? qint64(*reply.result.returnValue) : -1, returnValue);
    QCOMPARE(reply.result.output.values(u"cmdletOutput"_s).size(), cmdletOutputs);
    QVERIFY(!reply.result.action.isEmpty());
    QVERIFY(reply.result.messageId.startsWith(u"uuid:"_s));
    // Without an expected id nothing changes.
    const ParsedReply unchecked = parseInvokeReply(body);
    QCOMPARE(unchecked.error.kind, reply.error.kind);
    QCOMPARE(flatten(unchecked.result.output), flatten(reply.result.output));
}

void TestReplyParser::everySharedFileIsCovered()
{
    // A reply added to the shared folder must get a row in replies_data() (and parse).
    const QStringList covered = {u"01_invoke_ok_3items.xml"_s,
                                 u"03_invoke_empty_arrays.xml"_s,
                                 u"04_invoke_null_outparams.xml"_s,
                                 u"05_invoke_returnvalue_nonzero_1item.xml"_s,
                                 u"20_fault_unknown_class.xml"_s,
                                 u"24_fault_provider_msft_wmierror.xml"_s,
                                 u"28_fault_provider_posterror_win32.xml"_s,
                                 u"42_envsize_default_response_over_250k.xml"_s};
    const QStringList files = QDir(QStringLiteral(RRAS_SHARED_DATA_DIR "/ws-man-replies"))
                                      .entryList({u"*.xml"_s}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        QVERIFY2(covered.contains(file), qPrintable(u"no expectation for "_s + file));
        const ParsedReply reply = parseInvokeReply(readFile(sharedPath(file)));
        QVERIFY2(reply.error.kind != WsmanError::Kind::Parse, qPrintable(reply.error.summary()));
    }
}

void TestReplyParser::listWmiAndCimAgree()
{
    const ParsedReply wmi
            = parseInvokeReply(readFile(localPath(u"reply_list_wmi.xml"_s)), listRequestId);
    const ParsedReply cim
            = parseInvokeReply(readFile(localPath(u"reply_list_cim.xml"_s)), listRequestId);
    QVERIFY(!wmi.error);
    QVERIFY(!cim.error);
    const QList<CimValue> a = wmi.result.output.values(u"cmdletOutput"_s);
    const QList<CimValue> b = cim.result.output.values(u"cmdletOutput"_s);
    QCOMPARE(a.size(), 2);
    QCOMPARE(b.size(), 2);
    for (qsizetype i = 0; i < a.size(); ++i) {
        QVERIFY(a.at(i).isInstance());
        QVERIFY(b.at(i).isInstance());
        QCOMPARE(flatten(*b.at(i).instance), flatten(*a.at(i).instance));
    }
    // Action without the Response suffix is accepted as it is.
    QVERIFY(!cim.result.action.endsWith(u"Response"_s));
    QVERIFY(wmi.result.action.endsWith(u"GetByActiveStatisticsResponse"_s));
}

void TestReplyParser::listFields()
{
    const ParsedReply reply
            = parseInvokeReply(readFile(localPath(u"reply_list_wmi.xml"_s)), listRequestId);
    QVERIFY(!reply.error);
    QCOMPARE(reply.result.relatesTo, listRequestId);
    QCOMPARE(reply.result.messageId, u"uuid:0E6B0A33-6C8B-4D7E-8F00-5D3D2A9E7B21"_s);
    const QList<CimValue> items = reply.result.output.values(u"cmdletOutput"_s);
    QCOMPARE(items.size(), 2);
    const CimInstance &alice = *items.at(0).instance;
    QCOMPARE(alice.typeName, u"RemoteAccessMonitoringConnection_Type"_s);
    QCOMPARE(alice.text(u"ClientIPv4Address"_s), u"10.1.1.11"_s);
    QCOMPARE(alice.text(u"AuthMethod"_s), u"Eap MSChapv2"_s);
    QVERIFY(alice.contains(u"ClientIPv6Address"_s));
    QVERIFY(alice.value(u"ClientIPv6Address"_s)->isNull);
    QCOMPARE(alice.text(u"ClientIPv6Address"_s), QString());
    QCOMPARE(alice.text(u"ConnectionStartTime"_s), u"2024-05-01T09:13:22Z"_s);
    QCOMPARE(parseCimDateTime(alice.text(u"ConnectionStartTime"_s)),
             QDateTime(QDate(2024, 5, 1), QTime(9, 13, 22), QTimeZone::utc()));
    QCOMPARE(parseCimUnsigned(alice.text(u"TotalBytesIn"_s)), std::optional<quint64>(1048576));
    QCOMPARE(alice.texts(u"UserName"_s), QStringList{u"CORP\\alice"_s});
    QVERIFY(!alice.contains(u"RoutingDomain"_s));
    QVERIFY(!alice.value(u"RoutingDomain"_s).has_value());

    const CimInstance &bob = *items.at(1).instance;
    QCOMPARE(bob.text(u"AuthMethod"_s), u"Machine Certificate & User Ntlm"_s);
    QCOMPARE(bob.text(u"HostName"_s), u"Büro-PC <7>"_s);
    QCOMPARE(bob.texts(u"UserName"_s), (QStringList{u"CORP\\bob"_s, u"CORP\\bob-admin"_s}));
    QCOMPARE(parseCimUnsigned(bob.text(u"TotalBytesIn"_s)),
             std::optional<quint64>(std::numeric_limits<quint64>::max()));
    QCOMPARE(parseCimDateTime(bob.text(u"ConnectionStartTime"_s)).toUTC(),
             QDateTime(QDate(2024, 5, 1), QTime(9, 0, 0, 500), QTimeZone::utc()));
    QCOMPARE(reply.result.output.text(u"ReturnValue"_s), u"0"_s);
}

void TestReplyParser::disconnectOutputs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("disconnected");
    QTest::addColumn<bool>("present");
    QTest::newRow("one address") << u"reply_disconnect_ok.xml"_s << QStringList{u"10.1.1.11"_s}
                                 << true;
    QTest::newRow("nil array") << u"reply_disconnect_nil_array.xml"_s << QStringList{} << true;
    QTest::newRow("absent array") << u"reply_disconnect_empty_array.xml"_s << QStringList{}
                                  << false;
}

void TestReplyParser::disconnectOutputs()
{
    QFETCH(QString, file);
    QFETCH(QStringList, disconnected);
    QFETCH(bool, present);
    const ParsedReply reply = parseInvokeReply(readFile(localPath(file)), disconnectRequestId);
    QVERIFY2(!reply.error, qPrintable(reply.error.summary()));
    QCOMPARE(reply.result.output.texts(u"cmdletOutput"_s), disconnected);
    QCOMPARE(reply.result.output.contains(u"cmdletOutput"_s), present);
    QCOMPARE(reply.result.returnValue, std::optional<quint32>(0));
}

void TestReplyParser::omiNestedInstances()
{
    const ParsedReply reply = parseInvokeReply(readFile(sharedPath(u"01_invoke_ok_3items.xml"_s)));
    QVERIFY(!reply.error);
    const CimInstance &out = reply.result.output;
    // ReturnValue came first; the order of the properties is the document's.
    QCOMPARE(out.properties.constFirst().first, u"ReturnValue"_s);
    const QList<CimValue> items = out.values(u"cmdletOutput"_s);
    QCOMPARE(items.size(), 3);
    for (const CimValue &item : items) {
        QVERIFY(item.isInstance());
        QCOMPARE(item.instance->typeName, u"X_Item_Type"_s);
    }
    const CimInstance &first = *items.at(0).instance;
    QCOMPARE(first.text(u"Name"_s), u"Item0"_s);
    QCOMPARE(first.texts(u"Tags"_s), (QStringList{u"tag-a"_s, u"tag <b> & \"c\""_s, QString()}));
    QCOMPARE(parseCimBoolean(first.text(u"Enabled"_s)), std::optional<bool>(true));
    QCOMPARE(parseCimDateTime(first.text(u"When"_s)).toUTC(),
             QDateTime(QDate(2024, 3, 5), QTime(13, 7, 9, 123), QTimeZone::utc()));
    const std::optional<CimValue> sub = first.value(u"Sub"_s);
    QVERIFY(sub && sub->isInstance());
    QCOMPARE(sub->instance->typeName, u"X_SubItem_Type"_s);
    QCOMPARE(sub->instance->text(u"Label"_s), u"nested"_s);
    QCOMPARE(parseCimSigned(sub->instance->text(u"Score"_s)), std::optional<qint64>(-7));
    QVERIFY(first.value(u"NullProp"_s)->isNull);

    const CimInstance &second = *items.at(1).instance;
    QCOMPARE(parseCimBoolean(second.text(u"Enabled"_s)), std::optional<bool>(false));
    QVERIFY(second.value(u"Sub"_s)->isNull);
    QVERIFY(!second.contains(u"Tags"_s)); // an empty array is left out
    const CimInstance &third = *items.at(2).instance;
    QCOMPARE(third.values(u"Tags"_s).size(), 1); // a NULL array is one nil element
    QVERIFY(third.values(u"Tags"_s).constFirst().isNull);
    QCOMPARE(third.texts(u"Tags"_s), QStringList{});

    QCOMPARE(out.texts(u"Names"_s), (QStringList{u"alpha"_s, u"beta & <gamma>"_s, QString()}));
    QCOMPARE(out.texts(u"Numbers"_s), (QStringList{u"0"_s, u"1"_s, u"4294967295"_s, u"42"_s}));
    QCOMPARE(parseCimDateTime(out.text(u"When"_s)).toUTC(),
             QDateTime(QDate(2025, 1, 1), QTime(4, 59, 58), QTimeZone::utc()));
    QCOMPARE(parseCimIntervalMs(out.text(u"Interval"_s)),
             std::optional<qint64>(((24 + 2) * 60 + 3) * 60000LL + 4000));
    QCOMPARE(out.text(u"Message"_s), u"ok"_s);
    const std::optional<CimValue> single = out.value(u"Single"_s);
    QVERIFY(single && single->isInstance());
    QCOMPARE(single->instance->text(u"Name"_s), u"Item1"_s);
}

void TestReplyParser::omiEmptyArrays()
{
    const ParsedReply reply
            = parseInvokeReply(readFile(sharedPath(u"03_invoke_empty_arrays.xml"_s)));
    QVERIFY(!reply.error);
    const CimInstance &out = reply.result.output;
    QVERIFY(!out.contains(u"cmdletOutput"_s));
    QVERIFY(!out.contains(u"Names"_s));
    QVERIFY(!out.contains(u"Numbers"_s));
    QVERIFY(out.value(u"When"_s)->isNull);
    // An empty string is not NULL.
    const std::optional<CimValue> message = out.value(u"Message"_s);
    QVERIFY(message.has_value());
    QVERIFY(!message->isNull);
    QVERIFY(!message->isInstance());
    QCOMPARE(message->text, QString());
}

void TestReplyParser::omiNullOutParams()
{
    const ParsedReply reply
            = parseInvokeReply(readFile(sharedPath(u"04_invoke_null_outparams.xml"_s)));
    QVERIFY(!reply.error);
    const CimInstance &out = reply.result.output;
    for (const QString &name : {u"cmdletOutput"_s, u"Names"_s, u"Numbers"_s, u"When"_s,
                                u"Interval"_s, u"Message"_s, u"Single"_s}) {
        const std::optional<CimValue> v = out.value(name);
        QVERIFY2(v && v->isNull, qPrintable(name));
        QCOMPARE(out.texts(name), QStringList{});
    }
    QCOMPARE(reply.result.returnValue, std::optional<quint32>(0));
}

void TestReplyParser::omiReturnValue87()
{
    const ParsedReply reply
            = parseInvokeReply(readFile(sharedPath(u"05_invoke_returnvalue_nonzero_1item.xml"_s)));
    QVERIFY(!reply.error); // a non-zero ReturnValue is a result, not a transport error
    QCOMPARE(reply.result.returnValue, std::optional<quint32>(87));
    const QList<CimValue> items = reply.result.output.values(u"cmdletOutput"_s);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.constFirst().instance->text(u"Name"_s), u"Item0"_s);
    const CimInstance &single = *reply.result.output.value(u"Single"_s)->instance;
    QCOMPARE(single.value(u"Sub"_s)->instance->text(u"Label"_s), u"nested"_s);
}

void TestReplyParser::faultFields_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("soapCode");
    QTest::addColumn<QString>("subcode");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<qint64>("wsmanCode"); // -1: none
    QTest::addColumn<QString>("machine");
    QTest::addColumn<QString>("faultDetail");
    QTest::addColumn<QString>("errorClass");
    QTest::addColumn<qint64>("cimStatusCode");
    QTest::addColumn<qint64>("errorCode");
    QTest::addColumn<qint64>("remoteAccessErrorCode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<quint32>("serverCode");

    QTest::newRow("4.3 RemoteAccessError")
            << localPath(u"fault_disconnect_remoteaccess.xml"_s) << u"Fault"_s << u"s:Receiver"_s
            << u"w:InternalError"_s << u"No VPN connection was found for 10.1.1.99."_s << -1LL
            << QString() << QString() << u"RemoteAccessError"_s << 6LL << 2147943568LL << 0LL
            << u"No VPN connection was found for 10.1.1.99."_s << 2147943568u;
    QTest::newRow("w:TimedOut")
            << localPath(u"fault_timeout.xml"_s) << u"Timeout"_s << u"s:Receiver"_s
            << u"w:TimedOut"_s
            << u"The WS-Management service cannot complete the operation within the time specified in OperationTimeout."_s
            << 2150858793LL << u"rras1.corp.example"_s << QString() << QString() << -1LL << -1LL
            << -1LL
            << u"The WS-Management service cannot complete the operation within the time specified in OperationTimeout."_s
            << 2150858793u;
    QTest::newRow("timeout code only")
            << localPath(u"fault_timeout_code_only.xml"_s) << u"Timeout"_s << u"s:Receiver"_s
            << u"w:InternalError"_s << QString() << 2150858793LL << u"rras1"_s << QString()
            << QString() << -1LL << -1LL << -1LL << u"timed out"_s << 2150858793u;
    QTest::newRow("w:EncodingLimit")
            << localPath(u"fault_encodinglimit.xml"_s) << u"EnvelopeLimit"_s << u"s:Receiver"_s
            << u"w:EncodingLimit"_s
            << u"The response that the WS-Management service computed exceeds the maximum envelope size."_s
            << 2150858795LL << u"rras1"_s
            << u"http://schemas.dmtf.org/wbem/wsman/1/wsman/faultDetail/MaxEnvelopeSize"_s
            << QString() << -1LL << -1LL << -1LL
            << u"The response that the WS-Management service computed exceeds the maximum envelope size."_s
            << 2150858795u;
    QTest::newRow("ProviderFault nested, MSFT_WmiError")
            << localPath(u"fault_provider_nested.xml"_s) << u"Fault"_s << u"s:Receiver"_s
            << u"w:InternalError"_s << u"Access is denied."_s << 2150859193LL
            << u"rras1.corp.example"_s << QString() << u"MSFT_WmiError"_s << 2LL << 5LL << -1LL
            << u"Access denied"_s << 5u;
    QTest::newRow("Windows unknown class")
            << localPath(u"fault_unknown_class_windows.xml"_s) << u"Fault"_s << u"s:Sender"_s
            << u"a:DestinationUnreachable"_s << QString() << 2150858752LL << u"rras1"_s
            << u"http://schemas.dmtf.org/wbem/wsman/1/wsman/faultDetail/ResourceNotFound"_s
            << QString() << -1LL << -1LL << -1LL
            << u"The WS-Management service cannot process the request. The WMI service returned an 'invalid class' error."_s
            << 2150858752u;
    QTest::newRow("OMI 20 unknown class")
            << sharedPath(u"20_fault_unknown_class.xml"_s) << u"Fault"_s << u"SOAP-ENV:Sender"_s
            << u"wsa:DestinationUnreachable"_s << u"The specified class does not exist."_s << -1LL
            << QString() << QString() << u"OMI_Error"_s << 5LL << -1LL << -1LL
            << u"The specified class does not exist."_s << 5u;
    QTest::newRow("OMI 24 MSFT_WmiError")
            << sharedPath(u"24_fault_provider_msft_wmierror.xml"_s) << u"Fault"_s
            << u"SOAP-ENV:Sender"_s << u"wsa:DestinationUnreachable"_s
            << u"The remote access service is not configured <demo> & failing."_s << -1LL
            << QString() << QString() << u"MSFT_WmiError"_s << 6LL << 1722LL << -1LL
            << u"The remote access service is not configured <demo> & failing."_s << 1722u;
    QTest::newRow("OMI 28 Win32 access denied")
            << sharedPath(u"28_fault_provider_posterror_win32.xml"_s) << u"Fault"_s
            << u"SOAP-ENV:Receiver"_s << u"wsman:InternalError"_s << u"Access is denied."_s << -1LL
            << QString() << QString() << u"OMI_Error"_s << 1LL << -1LL << -1LL
            << u"Access is denied."_s << 1u;
    QTest::newRow("OMI 42 envelope size")
            << sharedPath(u"42_envsize_default_response_over_250k.xml"_s) << u"Fault"_s
            << u"SOAP-ENV:Receiver"_s << u"wsman:InternalError"_s
            << u"A general error occurred, not covered by a more specific error code."_s << -1LL
            << QString() << QString() << u"OMI_Error"_s << 1LL << -1LL << -1LL
            << u"A general error occurred, not covered by a more specific error code."_s << 1u;
}

void TestReplyParser::faultFields()
{
    QFETCH(QString, path);
    QFETCH(QString, kind);
    QFETCH(QString, soapCode);
    QFETCH(QString, subcode);
    QFETCH(QString, reason);
    QFETCH(qint64, wsmanCode);
    QFETCH(QString, machine);
    QFETCH(QString, faultDetail);
    QFETCH(QString, errorClass);
    QFETCH(qint64, cimStatusCode);
    QFETCH(qint64, errorCode);
    QFETCH(qint64, remoteAccessErrorCode);
    QFETCH(QString, message);
    QFETCH(quint32, serverCode);

    const ParsedReply reply = parseInvokeReply(readFile(path));
    const WsmanError &e = reply.error;
    auto opt = [](const std::optional<quint32> &v) {
        return v ? qint64(*v) : -1LL;
    };
    QCOMPARE(kindName(e.kind), kind);
    QCOMPARE(e.soapCode, soapCode);
    QCOMPARE(e.subcode, subcode);
    QCOMPARE(e.reason, reason);
    QCOMPARE(opt(e.wsmanCode), wsmanCode);
    QCOMPARE(e.machine, machine);
    QCOMPARE(e.faultDetail, faultDetail);
    QCOMPARE(e.errorClass, errorClass);
    QCOMPARE(opt(e.cimStatusCode), cimStatusCode);
    QCOMPARE(opt(e.errorCode), errorCode);
    QCOMPARE(opt(e.remoteAccessErrorCode), remoteAccessErrorCode);
    QCOMPARE(e.message, message);
    QCOMPARE(e.serverCode(), serverCode);
    QVERIFY(!e.userMessage().isEmpty());
    QVERIFY(e.summary().startsWith(kind));
}

void TestReplyParser::relatesTo_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("match") << u"reply_list_wmi.xml"_s << listRequestId << true;
    QTest::newRow("case-insensitive") << u"reply_list_cim.xml"_s << listRequestId << true;
    QTest::newRow("wrong id") << u"reply_list_wmi.xml"_s
                              << u"uuid:00000000-0000-4000-8000-000000000000"_s << false;
    QTest::newRow("fault, wrong id") << u"fault_timeout.xml"_s << listRequestId << false;
    QTest::newRow("fault without RelatesTo")
            << u"fault_unknown_class_windows.xml"_s << listRequestId << true;
}

void TestReplyParser::relatesTo()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QFETCH(bool, accepted);
    const ParsedReply reply = parseInvokeReply(readFile(localPath(file)), expected);
    QCOMPARE(reply.error.kind != WsmanError::Kind::Parse, accepted);
    if (!accepted)
        QVERIFY2(reply.error.detail.contains(u"relates to"_s), qPrintable(reply.error.detail));
}

void TestReplyParser::hostile_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedRelatesTo");
    QTest::addColumn<QString>("detailContains");

    const QByteArray good = readFile(localPath(u"reply_list_wmi.xml"_s));
    QVERIFY(!good.isEmpty());

    QTest::newRow("DOCTYPE with entity")
            << readFile(localPath(u"hostile_doctype_entity.xml"_s)) << QString() << u"DOCTYPE"_s;
    QTest::newRow("billion laughs")
            << readFile(localPath(u"hostile_billion_laughs.xml"_s)) << QString() << u"DOCTYPE"_s;
    QTest::newRow("external entity")
            << readFile(localPath(u"hostile_external_entity.xml"_s)) << QString() << u"DOCTYPE"_s;
    QTest::newRow("1000-deep nesting") << nestedReply(1000) << QString() << u"nested deeper"_s;
    QByteArray deepGeneric = QByteArray("<a>").repeated(1000) + QByteArray("</a>").repeated(1000);
    QTest::newRow("1000-deep, not SOAP") << deepGeneric << QString() << QString();
    QTest::newRow("truncated in half") << good.left(good.size() / 2) << QString() << QString();
    QTest::newRow("truncated, last byte") << good.left(good.size() - 2) << QString() << QString();
    QTest::newRow("truncated in a tag")
            << good.left(good.indexOf("<p1:TunnelType") + 5) << QString() << QString();
    QTest::newRow("truncated in the header") << good.left(200) << QString() << QString();
    QByteArray invalidUtf8 = good;
    invalidUtf8.replace("LAPTOP-17", "LAPTOP-\xC3\x28");
    QTest::newRow("invalid UTF-8") << invalidUtf8 << QString() << u"UTF-8"_s;
    QByteArray overlong = good;
    overlong.replace("LAPTOP-17", "LAPTOP\xC0\xAF");
    QTest::newRow("overlong UTF-8") << overlong << QString() << u"UTF-8"_s;
    QByteArray latin1 = good;
    latin1.replace("Büro", "B\xFCro");
    QTest::newRow("Latin-1 bytes") << latin1 << QString() << u"UTF-8"_s;
    QTest::newRow("wrong RelatesTo")
            << good << u"uuid:DEADBEEF-0000-4000-8000-000000000000"_s << u"relates to"_s;
    QByteArray noRelatesTo = good;
    noRelatesTo.replace("RelatesTo", "Unrelated");
    QTest::newRow("missing RelatesTo") << noRelatesTo << listRequestId << u"RelatesTo"_s;
    QTest::newRow("HTML error page")
            << QByteArray("<html><head><title>Bad Request</title></head><body>Bad</body></html>")
            << QString() << u"not a SOAP envelope"_s;
    QTest::newRow("JSON") << QByteArray("{\"error\": \"nope\"}") << QString() << QString();
    QTest::newRow("plain text") << QByteArray("Service Unavailable") << QString() << QString();
    QTest::newRow("empty") << QByteArray() << QString() << u"empty"_s;
    QTest::newRow("whitespace") << QByteArray(" \r\n\t ") << QString() << u"empty"_s;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xFF\xFE\x7F", 6) << QString() << QString();
    QTest::newRow("NUL inside") << QByteArray(
            "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\">\0</s:Envelope>", 75)
                                << QString() << QString();
    QTest::newRow("no Body") << QByteArray(
            "<s:Envelope "
            "xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Header/></s:Envelope>")
                             << QString() << u"no Body"_s;
    QTest::newRow("empty Body") << QByteArray(
            "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body> "
            "</s:Body></s:Envelope>")
                                << QString() << u"Body is empty"_s;
    QTest::newRow("trailing garbage") << (good + "<extra/>") << QString() << QString();
    QTest::newRow("second root") << (good + good) << QString() << QString();
    QTest::newRow("undeclared prefix")
            << QByteArray("<s:Envelope "
                          "xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><q:X_OUTPUT/"
                          "></s:Body></s:Envelope>")
            << QString() << QString();
    QTest::newRow("undefined entity") << QByteArray(
            "<s:Envelope "
            "xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><X_OUTPUT>&nbsp;</"
            "X_OUTPUT></s:Body></s:Envelope>")
                                      << QString() << QString();
    QByteArray badReturnValue = good;
    badReturnValue.replace("<p:ReturnValue>0<", "<p:ReturnValue>zero<");
    QTest::newRow("ReturnValue not a number") << badReturnValue << QString() << u"ReturnValue"_s;
    QByteArray negativeReturnValue = good;
    negativeReturnValue.replace("<p:ReturnValue>0<", "<p:ReturnValue>-1<");
    QTest::newRow("ReturnValue negative") << negativeReturnValue << QString() << u"ReturnValue"_s;
    QByteArray hugeReturnValue = good;
    hugeReturnValue.replace("<p:ReturnValue>0<", "<p:ReturnValue>4294967296<");
    QTest::newRow("ReturnValue > uint32") << hugeReturnValue << QString() << u"ReturnValue"_s;
    QByteArray mismatched = good;
    mismatched.replace("</p1:TunnelType>", "</p1:TunnelTypo>");
    QTest::newRow("mismatched end tag") << mismatched << QString() << QString();
}

void TestReplyParser::hostile()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedRelatesTo);
    QFETCH(QString, detailContains);
    const ParsedReply reply = parseInvokeReply(body, expectedRelatesTo);
    QCOMPARE(kindName(reply.error.kind), kindName(WsmanError::Kind::Parse));
    QVERIFY(!reply.error.detail.isEmpty());
    if (!detailContains.isEmpty())
        QVERIFY2(reply.error.detail.contains(detailContains), qPrintable(reply.error.detail));
    // Nothing of an entity made it into the result.
    QVERIFY(!reply.result.output.texts(u"cmdletOutput"_s).join(QString()).contains(u"lol"_s));
    QVERIFY(!reply.result.output.texts(u"cmdletOutput"_s).join(QString()).contains(u"mallory"_s));
}

void TestReplyParser::nestingLimit_data()
{
    QTest::addColumn<int>("levels");
    QTest::addColumn<bool>("accepted");
    // Envelope, Body, M_OUTPUT, then the chain, then Leaf: 4 + levels elements deep.
    QTest::newRow("60 levels: depth 64") << 60 << true;
    QTest::newRow("61 levels: depth 65") << 61 << false;
    QTest::newRow("5 levels") << 5 << true;
}

void TestReplyParser::nestingLimit()
{
    QFETCH(int, levels);
    QFETCH(bool, accepted);
    const ParsedReply reply = parseInvokeReply(nestedReply(levels), u"uuid:1"_s);
    QCOMPARE(reply.error.kind == WsmanError::Kind::None, accepted);
    if (accepted) {
        const CimInstance *instance = &reply.result.output;
        for (int i = 0; i < levels; ++i) {
            const std::optional<CimValue> sub = instance->value(u"Sub"_s);
            QVERIFY(sub && sub->isInstance());
            instance = sub->instance.get();
        }
        QCOMPARE(instance->text(u"Leaf"_s), u"x"_s);
    } else {
        QVERIFY2(reply.error.detail.contains(u"nested deeper than 64"_s),
                 qPrintable(reply.error.detail));
    }
}

void TestReplyParser::wrappedDatetimeAndInterval()
{
    // cim:Datetime / cim:Interval wrappers, prefixes declared on the Envelope only, a SOAP-ENV
    // prefix, TRUE/FALSE, and an empty string beside a NULL.
    const QByteArray body
            = "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://www.w3.org/2003/05/soap-envelope\" "
              "xmlns:wsa=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" "
              "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
              "xmlns:cim=\"http://schemas.dmtf.org/wbem/wscim/1/common\" "
              "xmlns:p=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/GetSpan\">"
              "<SOAP-ENV:Header><wsa:RelatesTo>uuid:7</wsa:RelatesTo></SOAP-ENV:Header>"
              "<SOAP-ENV:Body><p:GetSpan_OUTPUT>"
              "<p:Start><cim:Datetime>2024-05-01T09:13:22.25Z</cim:Datetime></p:Start>"
              "<p:Span>\n <cim:Interval>P1DT2H</cim:Interval>\n</p:Span>"
              "<p:Flag>TRUE</p:Flag><p:Other>FALSE</p:Other>"
              "<p:Empty></p:Empty><p:Null xsi:nil=\"true\"/>"
              "<p:Unknown><p:Deep>ignored by name, kept as an instance</p:Deep></p:Unknown>"
              "<p:ReturnValue> 0 </p:ReturnValue>"
              "</p:GetSpan_OUTPUT></SOAP-ENV:Body></SOAP-ENV:Envelope>";
    const ParsedReply reply = parseInvokeReply(body, u"uuid:7"_s);
    QVERIFY2(!reply.error, qPrintable(reply.error.summary()));
    const CimInstance &out = reply.result.output;
    QCOMPARE(out.text(u"Start"_s), u"2024-05-01T09:13:22.25Z"_s);
    QCOMPARE(parseCimDateTime(out.text(u"Start"_s)),
             QDateTime(QDate(2024, 5, 1), QTime(9, 13, 22, 250), QTimeZone::utc()));
    QCOMPARE(out.text(u"Span"_s), u"P1DT2H"_s);
    QCOMPARE(parseCimIntervalMs(out.text(u"Span"_s)), std::optional<qint64>(26 * 3600000LL));
    QCOMPARE(parseCimBoolean(out.text(u"Flag"_s)), std::optional<bool>(true));
    QCOMPARE(parseCimBoolean(out.text(u"Other"_s)), std::optional<bool>(false));
    QVERIFY(!out.value(u"Empty"_s)->isNull);
    QVERIFY(out.value(u"Null"_s)->isNull);
    QVERIFY(out.value(u"Unknown"_s)->isInstance());
    QCOMPARE(reply.result.returnValue, std::optional<quint32>(0));
}

void TestReplyParser::utf16Accepted()
{
    const QByteArray utf8 = readFile(localPath(u"reply_list_wmi.xml"_s));
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray utf16 = encoder.encode(QString::fromUtf8(utf8));
    QVERIFY(utf16.startsWith("\xFF\xFE"));
    const ParsedReply a = parseInvokeReply(utf8, listRequestId);
    const ParsedReply b = parseInvokeReply(utf16, listRequestId);
    QVERIFY2(!b.error, qPrintable(b.error.summary()));
    QCOMPARE(flatten(b.result.output), flatten(a.result.output));
}

void TestReplyParser::mutatedRepliesNeverCrash()
{
    // Deterministic mutations of good replies: each parse ends in a result or a typed error.
    const QList<QByteArray> seeds = {readFile(localPath(u"reply_list_wmi.xml"_s)),
                                     readFile(sharedPath(u"01_invoke_ok_3items.xml"_s)),
                                     readFile(localPath(u"fault_provider_nested.xml"_s))};
    QRandomGenerator random(20240501);
    int parsed = 0;
    int refused = 0;
    for (int round = 0; round < 600; ++round) {
        QByteArray body = seeds.at(round % seeds.size());
        const int edits = 1 + random.bounded(4);
        for (int i = 0; i < edits && !body.isEmpty(); ++i) {
            const qsizetype at = random.bounded(qint64(body.size()));
            switch (random.bounded(4)) {
            case 0:
                body[at] = char(random.bounded(256));
                break;
            case 1:
                body.remove(at, random.bounded(1, 40));
                break;
            case 2:
                body.insert(at,
                            body.mid(random.bounded(qint64(body.size())), random.bounded(1, 60)));
                break;
            default:
                body.truncate(at);
                break;
            }
        }
        const ParsedReply reply = parseInvokeReply(body);
        if (reply.error.kind == WsmanError::Kind::Parse) {
            QVERIFY(!reply.error.detail.isEmpty());
            ++refused;
        } else {
            ++parsed;
        }
    }
    QVERIFY(refused > 0);
    QCOMPARE(parsed + refused, 600);
}

void TestReplyParser::cimHelpers()
{
    QCOMPARE(parseCimBoolean(u"TRUE"_s), std::optional<bool>(true));
    QCOMPARE(parseCimBoolean(u" false "_s), std::optional<bool>(false));
    QCOMPARE(parseCimBoolean(u"yes"_s), std::nullopt);
    QCOMPARE(parseCimUnsigned(u"18446744073709551616"_s), std::nullopt);
    QCOMPARE(parseCimUnsigned(u"-1"_s), std::nullopt);
    QCOMPARE(parseCimSigned(u"-9223372036854775808"_s),
             std::optional<qint64>(std::numeric_limits<qint64>::min()));
    QCOMPARE(parseCimDateTime(u"2024-03-05T14:07:09+01:00"_s).toUTC(),
             QDateTime(QDate(2024, 3, 5), QTime(13, 7, 9), QTimeZone::utc()));
    QCOMPARE(parseCimDateTime(u"20240305140709.123456+060"_s).toUTC(),
             QDateTime(QDate(2024, 3, 5), QTime(13, 7, 9, 123), QTimeZone::utc()));
    QVERIFY(!parseCimDateTime(u"yesterday"_s).isValid());
    QVERIFY(!parseCimDateTime(QString()).isValid());
    QCOMPARE(parseCimIntervalMs(u"PT1.5S"_s), std::optional<qint64>(1500));
    QCOMPARE(parseCimIntervalMs(u"P2D"_s), std::optional<qint64>(2 * 86400000LL));
    QCOMPARE(parseCimIntervalMs(u"P"_s), std::nullopt);
    QCOMPARE(parseCimIntervalMs(u"PT5X"_s), std::nullopt);
}

// parseCimDateTime() reads "YYYY-MM-DDTHH:MM:SSZ" itself (the form Windows sends): the same
// QDateTime as QDateTime::fromString(ISODateWithMs), valid or not, spec included.
void TestReplyParser::plainDatetimesAsQtReadsThem_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text :
         {"2024-05-01T09:13:22Z",     "1999-12-31T23:59:59Z",      "2000-02-29T00:00:00Z",
          "2023-02-29T10:00:00Z",     "2024-02-30T10:00:00Z",      "2024-13-01T10:00:00Z",
          "2024-00-10T10:00:00Z",     "2024-05-00T10:00:00Z",      "2024-05-01T24:00:00Z",
          "2024-05-01T23:60:00Z",     "2024-05-01T23:59:60Z",      "0000-01-01T00:00:00Z",
          "0001-01-01T00:00:00Z",     "9999-12-31T23:59:59Z",      "2024-05-01t09:13:22Z",
          "2024-05-01T09:13:22z",     "2024-05-01T09:13:2xZ",      "+024-05-01T09:13:22Z",
          "2024-05-01 09:13:22Z",     "2024-05-01T09:13:22+00:00", "2024-05-01T09:13:22.5Z",
          "\u0662024-05-01T09:13:22Z"})
        QTest::newRow(text) << QString::fromUtf8(text).replace(u"\\u0662"_s, u"\u0662"_s);
}

void TestReplyParser::plainDatetimesAsQtReadsThem()
{
    QFETCH(QString, text);
    const QDateTime ours = parseCimDateTime(text);
    const QDateTime qts = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!qts.isValid()) {
        QVERIFY(!ours.isValid()); // nor is it a DMTF datetime
        return;
    }
    QVERIFY(ours.isValid());
    QCOMPARE(ours, qts);
    QCOMPARE(ours.timeSpec(), qts.timeSpec());
    QCOMPARE(ours.toMSecsSinceEpoch(), qts.toMSecsSinceEpoch());
    QCOMPARE(ours.offsetFromUtc(), qts.offsetFromUtc());
}

QTEST_GUILESS_MAIN(TestReplyParser)
#include "tst_replyparser.moc"
