// The WS-Man Invoke writer: golden envelopes (protocol.md §4.1, §4.3), escaping and every parameter
// encoding, compared canonically (namespace-aware, prefixes included, insignificant whitespace
// out).

#include "wsman/envelope.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <limits>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(QList<InvokeParameter>)

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(RRAS_TEST_DATA_DIR "/wsman/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// One line per token: qualified names, namespace URIs, sorted attributes and namespace
// declarations, text with surrounding whitespace-only runs dropped. An XML error yields a line
// saying so.
QStringList canonical(const QByteArray &xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement: {
            QStringList attributes;
            for (const QXmlStreamAttribute &a : r.attributes())
                attributes.append(a.qualifiedName().toString() + QLatin1Char('{')
                                  + a.namespaceUri().toString() + QLatin1String("}=")
                                  + a.value().toString());
            attributes.sort();
            QStringList declarations;
            for (const QXmlStreamNamespaceDeclaration &d : r.namespaceDeclarations())
                declarations.append(d.prefix().toString() + QLatin1Char('=')
                                    + d.namespaceUri().toString());
            declarations.sort();
            out.append(QLatin1String("<") + r.qualifiedName().toString() + QLatin1Char('{')
                       + r.namespaceUri().toString() + QLatin1String("} ")
                       + attributes.join(QLatin1Char(' ')) + QLatin1String(" xmlns[")
                       + declarations.join(QLatin1Char(' ')) + QLatin1Char(']'));
            break;
        }
        case QXmlStreamReader::EndElement:
            out.append(QLatin1String("</") + r.qualifiedName().toString());
            break;
        case QXmlStreamReader::Characters:
            if (!r.isWhitespace())
                out.append(QLatin1String("text:") + r.text().toString());
            break;
        default:
            break;
        }
    }
    if (r.hasError())
        out.append(QLatin1String("XML ERROR: ") + r.errorString());
    return out;
}

// The text of every element with this local name, in document order.
QStringList elementTexts(const QByteArray &xml, const QString &localName)
{
    QStringList out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == localName)
            out.append(r.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    if (r.hasError())
        out.append(QLatin1String("XML ERROR: ") + r.errorString());
    return out;
}

QString raNamespace()
{
    return QString::fromLatin1(WsmanNs::remoteAccessNamespace);
}

} // namespace

class TestEnvelope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void escapingRoundTrip_data();
    void escapingRoundTrip();
    void xmlUnsafeCharacters_data();
    void xmlUnsafeCharacters();
    void freshMessageId();
    void keepsGivenMessageId();
    void noUserInfoInTo();
    void emptyListWritesNothing();
    void nilAndInvalidDateTime();
    void datetimeInUtc_data();
    void datetimeInUtc();
    void booleans_data();
    void booleans();
    void xsDuration_data();
    void xsDuration();
    void resourceUri_data();
    void resourceUri();
};

void TestEnvelope::golden_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("className");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QList<InvokeParameter>>("parameters");
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<quint32>("maxEnvelopeSize");
    QTest::addColumn<int>("operationTimeoutMs");
    QTest::addColumn<QString>("locale");

    QTest::newRow("4.1 list") << u"request_list.xml"_s << u"http://rras1.corp.example:5985/wsman"_s
                              << u"PS_RemoteAccessConnectionStatistics"_s
                              << u"GetByActiveStatistics"_s << QList<InvokeParameter>{}
                              << u"uuid:5B0C2E7A-1D35-4E0B-9C7E-2F1B8A0D4C11"_s << 512000u << 60000
                              << u"en-US"_s;
    QTest::newRow("4.3 disconnect")
            << u"request_disconnect.xml"_s << u"https://rras2.corp.example:5986/wsman"_s
            << u"PS_VpnUser"_s << u"DisconnectByHostIP"_s
            << QList<InvokeParameter>{{u"PassThru"_s, true},
                                      {u"HostIPAddress"_s,
                                       QStringList{u"10.1.1.11"_s, u"10.1.1.99"_s}}}
            << u"uuid:0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9"_s << 153600u << 30000 << u"de-DE"_s;
    QTest::newRow("every encoding")
            << u"request_params.xml"_s << u"http://10.0.0.5:5985/wsman"_s
            << u"PS_RemoteAccessConnectionStatistics"_s << u"GetByAccountingStatistics"_s
            << QList<InvokeParameter>{{u"ComputerName"_s,
                                       u"rras<1> & \"two\" 'three' Müller-Łódź 東京 \U0001F600"_s},
                                      {u"PassThru"_s, false},
                                      {u"Count"_s, -42},
                                      {u"SessionId"_s, std::numeric_limits<quint64>::max()},
                                      {u"ResourceName"_s, QVariant()},
                                      {u"StartDateTime"_s,
                                       QDateTime(QDate(2024, 5, 1), QTime(9, 30),
                                                 QTimeZone(2 * 3600))},
                                      {u"EndDateTime"_s,
                                       QDateTime(QDate(2024, 5, 1), QTime(8, 0, 0, 250),
                                                 QTimeZone::utc())},
                                      {u"UserName"_s,
                                       QVariantList{u"CORP\\alice"_s, QVariant(), u"CORP\\bob"_s}},
                                      {u"RoutingDomain"_s, QStringList{}}}
            << u"uuid:11111111-2222-4333-8444-555555555555"_s << 512000u << 1500 << u"en-US"_s;
}

void TestEnvelope::golden()
{
    QFETCH(QString, file);
    QFETCH(QString, to);
    QFETCH(QString, className);
    QFETCH(QString, method);
    QFETCH(QList<InvokeParameter>, parameters);
    QFETCH(QString, messageId);
    QFETCH(quint32, maxEnvelopeSize);
    QFETCH(int, operationTimeoutMs);
    QFETCH(QString, locale);

    InvokeRequest request;
    request.to = QUrl(to);
    request.resourceUri = wmiResourceUri(raNamespace(), className);
    request.method = method;
    request.parameters = parameters;
    request.messageId = messageId;
    request.maxEnvelopeSize = maxEnvelopeSize;
    request.operationTimeoutMs = operationTimeoutMs;
    request.locale = locale;
    const QByteArray written = writeInvokeEnvelope(request);

    const QByteArray golden = readData(file);
    QVERIFY2(!golden.isEmpty(), qPrintable(file));
    const QStringList expected = canonical(golden);
    const QStringList actual = canonical(written);
    QVERIFY(!expected.isEmpty());
    QVERIFY2(!expected.last().startsWith(u"XML ERROR"), qPrintable(expected.last()));
    if (actual != expected) {
        for (qsizetype i = 0; i < qMin(actual.size(), expected.size()); ++i)
            QCOMPARE(actual.at(i), expected.at(i));
        QCOMPARE(actual.size(), expected.size());
    }
    // No XML declaration, no pretty-printing: the exact §4.1 element shape and nothing more.
    QVERIFY(written.startsWith("<s:Envelope "));
    QVERIFY(!written.contains('\n'));
}

void TestEnvelope::escapingRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("markup") << u"<>&\"'"_s;
    QTest::newRow("closing tag") << u"</m:X><m:Y>injected</m:Y>"_s;
    QTest::newRow("cdata end") << u"]]>"_s;
    QTest::newRow("entity lookalike") << u"&amp;&lt;&#x41;"_s;
    QTest::newRow("non-ASCII") << u"Grüße, Ελλάδα, 日本語, עברית"_s;
    QTest::newRow("astral") << u"\U0001F600\U00010348"_s;
    QTest::newRow("whitespace") << u"  a\tb\nc\r\nd  "_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("backslash") << u"CORP\\alice"_s;
}

void TestEnvelope::escapingRoundTrip()
{
    QFETCH(QString, text);
    InvokeRequest request;
    request.to = QUrl(u"http://h:5985/wsman"_s);
    request.resourceUri = wmiResourceUri(raNamespace(), u"PS_VpnUser"_s);
    request.method = u"DisconnectByUserName"_s;
    request.parameters = {{u"UserName"_s, text}, {u"Other"_s, QStringList{text, text}}};
    const QByteArray xml = writeInvokeEnvelope(request);
    QCOMPARE(elementTexts(xml, u"UserName"_s), QStringList{text});
    QCOMPARE(elementTexts(xml, u"Other"_s), (QStringList{text, text}));
    // Nothing but the two parameters inside the method element.
    QCOMPARE(elementTexts(xml, u"injected"_s), QStringList{});
    QCOMPARE(elementTexts(xml, u"Y"_s), QStringList{});
}

void TestEnvelope::xmlUnsafeCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString replacement(QChar::ReplacementCharacter);
    QTest::newRow("NUL") << (u"a"_s + QChar(0) + u"b"_s) << (u"a"_s + replacement + u"b"_s);
    QTest::newRow("control") << u"x\x01\x1Fy"_s << (u"x"_s + replacement + replacement + u"y"_s);
    QTest::newRow("lone high surrogate")
            << (u"a"_s + QChar(0xD800) + u"b"_s) << (u"a"_s + replacement + u"b"_s);
    QTest::newRow("lone low surrogate")
            << (QString(QChar(0xDC00)) + u"z"_s) << (replacement + u"z"_s);
    QTest::newRow("FFFE") << QString(QChar(0xFFFE)) << replacement;
}

void TestEnvelope::xmlUnsafeCharacters()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    InvokeRequest request;
    request.to = QUrl(u"http://h:5985/wsman"_s);
    request.resourceUri = wmiResourceUri(raNamespace(), u"PS_VpnUser"_s);
    request.method = u"DisconnectByUserName"_s;
    request.parameters = {{u"UserName"_s, text}};
    const QByteArray xml = writeInvokeEnvelope(request);
    QCOMPARE(elementTexts(xml, u"UserName"_s), QStringList{expected});
}

void TestEnvelope::freshMessageId()
{
    static const QRegularExpression form(
            u"^uuid:[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$"_s);
    InvokeRequest first;
    first.to = QUrl(u"http://h:5985/wsman"_s);
    first.resourceUri = wmiResourceUri(raNamespace(), u"PS_VpnUser"_s);
    first.method = u"DisconnectByHostIP"_s;
    InvokeRequest second = first;
    const QByteArray a = writeInvokeEnvelope(first);
    const QByteArray b = writeInvokeEnvelope(second);
    QVERIFY2(form.match(first.messageId).hasMatch(), qPrintable(first.messageId));
    QVERIFY2(form.match(second.messageId).hasMatch(), qPrintable(second.messageId));
    QVERIFY(first.messageId != second.messageId);
    QCOMPARE(elementTexts(a, u"MessageID"_s), QStringList{first.messageId});
    QCOMPARE(elementTexts(b, u"MessageID"_s), QStringList{second.messageId});
    QVERIFY(newMessageId() != newMessageId());
    QVERIFY(form.match(newMessageId()).hasMatch());
}

void TestEnvelope::keepsGivenMessageId()
{
    InvokeRequest request;
    request.to = QUrl(u"http://h:5985/wsman"_s);
    request.resourceUri = u"urn:x"_s;
    request.method = u"M"_s;
    request.messageId = u"uuid:ABC"_s;
    const QByteArray xml = writeInvokeEnvelope(request);
    QCOMPARE(request.messageId, u"uuid:ABC"_s);
    QCOMPARE(elementTexts(xml, u"MessageID"_s), QStringList{u"uuid:ABC"_s});
    QCOMPARE(elementTexts(xml, u"Action"_s), QStringList{u"urn:x/M"_s});
}

void TestEnvelope::noUserInfoInTo()
{
    InvokeRequest request;
    request.to = QUrl(u"https://admin:s3cret@rras1:5986/wsman"_s);
    request.resourceUri = u"urn:x"_s;
    request.method = u"M"_s;
    const QByteArray xml = writeInvokeEnvelope(request);
    QVERIFY(!xml.contains("s3cret"));
    QCOMPARE(elementTexts(xml, u"To"_s), QStringList{u"https://rras1:5986/wsman"_s});
}

void TestEnvelope::emptyListWritesNothing()
{
    InvokeRequest request;
    request.to = QUrl(u"http://h:5985/wsman"_s);
    request.resourceUri = u"urn:x"_s;
    request.method = u"M"_s;
    request.parameters = {{u"A"_s, QStringList{}}, {u"B"_s, QVariantList{}}, {u"C"_s, 1}};
    const QByteArray xml = writeInvokeEnvelope(request);
    QCOMPARE(elementTexts(xml, u"A"_s), QStringList{});
    QCOMPARE(elementTexts(xml, u"B"_s), QStringList{});
    QCOMPARE(elementTexts(xml, u"C"_s), QStringList{u"1"_s});
    // Neither xsi nor cim is declared when nothing needs them.
    QVERIFY(!xml.contains("xmlns:xsi"));
    QVERIFY(!xml.contains("xmlns:cim"));
}

void TestEnvelope::nilAndInvalidDateTime()
{
    InvokeRequest request;
    request.to = QUrl(u"http://h:5985/wsman"_s);
    request.resourceUri = u"urn:x"_s;
    request.method = u"M"_s;
    request.parameters = {{u"A"_s, QVariant()}, {u"B"_s, QDateTime()}};
    const QByteArray xml = writeInvokeEnvelope(request);
    QXmlStreamReader r(xml);
    int nils = 0;
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement
            && (r.name() == u"A" || r.name() == u"B")) {
            QCOMPARE(r.attributes().value(QLatin1String(WsmanNs::xsi), u"nil"_s).toString(),
                     u"true"_s);
            QCOMPARE(r.readElementText(QXmlStreamReader::IncludeChildElements), QString());
            ++nils;
        }
    }
    QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
    QCOMPARE(nils, 2);
}

void TestEnvelope::datetimeInUtc_data()
{
    QTest::addColumn<QDateTime>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utc") << QDateTime(QDate(2024, 5, 1), QTime(0, 0), QTimeZone::utc())
                         << u"2024-05-01T00:00:00Z"_s;
    QTest::newRow("east offset") << QDateTime(QDate(2024, 1, 1), QTime(1, 30), QTimeZone(5400))
                                 << u"2024-01-01T00:00:00Z"_s;
    QTest::newRow("west offset, day change")
            << QDateTime(QDate(2023, 12, 31), QTime(22, 0), QTimeZone(-5 * 3600))
            << u"2024-01-01T03:00:00Z"_s;
    QTest::newRow("milliseconds") << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 7),
                                               QTimeZone::utc())
                                  << u"2024-02-29T23:59:59.007Z"_s;
}

void TestEnvelope::datetimeInUtc()
{
    QFETCH(QDateTime, value);
    QFETCH(QString, expected);
    InvokeRequest request;
    request.to = QUrl(u"http://h:5985/wsman"_s);
    request.resourceUri = u"urn:x"_s;
    request.method = u"M"_s;
    request.parameters = {{u"Start"_s, value}};
    const QByteArray xml = writeInvokeEnvelope(request);
    QCOMPARE(elementTexts(xml, u"Datetime"_s), QStringList{expected});
    // The wrapper is cim:Datetime in the DMTF common namespace, inside the parameter element.
    QXmlStreamReader r(xml);
    bool found = false;
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == u"Datetime") {
            QCOMPARE(r.namespaceUri().toString(), QString::fromLatin1(WsmanNs::cim));
            QCOMPARE(r.qualifiedName().toString(), u"cim:Datetime"_s);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestEnvelope::booleans_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("true") << QVariant(true) << u"true"_s;
    QTest::newRow("false") << QVariant(false) << u"false"_s;
    QTest::newRow("int 1 stays a number") << QVariant(1) << u"1"_s;
    QTest::newRow("uint") << QVariant(4294967295u) << u"4294967295"_s;
    QTest::newRow("qint64") << QVariant(qint64(-9007199254740993)) << u"-9007199254740993"_s;
}

void TestEnvelope::booleans()
{
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    InvokeRequest request;
    request.to = QUrl(u"http://h:5985/wsman"_s);
    request.resourceUri = u"urn:x"_s;
    request.method = u"M"_s;
    request.parameters = {{u"V"_s, value}};
    QCOMPARE(elementTexts(writeInvokeEnvelope(request), u"V"_s), QStringList{expected});
}

void TestEnvelope::xsDuration_data()
{
    QTest::addColumn<int>("ms");
    QTest::addColumn<QString>("expected");
    QTest::newRow("60 s") << 60000 << u"PT60.000S"_s;
    QTest::newRow("zero") << 0 << u"PT0.000S"_s;
    QTest::newRow("1.5 s") << 1500 << u"PT1.500S"_s;
    QTest::newRow("5 ms") << 5 << u"PT0.005S"_s;
    QTest::newRow("negative clamps") << -10 << u"PT0.000S"_s;
    QTest::newRow("large") << 90061001 << u"PT90061.001S"_s;
}

void TestEnvelope::xsDuration()
{
    QFETCH(int, ms);
    QFETCH(QString, expected);
    QCOMPARE(::xsDuration(ms), expected);
}

void TestEnvelope::resourceUri_data()
{
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("expected");
    const QString base = QString::fromLatin1(WsmanNs::wmiBase);
    QTest::newRow("slashes") << u"root/Microsoft/Windows/RemoteAccess"_s
                             << base + u"root/Microsoft/Windows/RemoteAccess/PS_VpnUser"_s;
    QTest::newRow("backslashes") << u"root\\Microsoft\\Windows\\RemoteAccess"_s
                                 << base + u"root/Microsoft/Windows/RemoteAccess/PS_VpnUser"_s;
    QTest::newRow("leading and trailing")
            << u"\\root\\cimv2\\"_s << base + u"root/cimv2/PS_VpnUser"_s;
}

void TestEnvelope::resourceUri()
{
    QFETCH(QString, ns);
    QFETCH(QString, expected);
    QCOMPARE(wmiResourceUri(ns, u"PS_VpnUser"_s), expected);
}

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
