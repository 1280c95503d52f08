// WsmanError: the user-facing sentence (with its fix), the technical summary and the server's code
// for every kind of failure.

#include "wsman/wsmanerror.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

WsmanError fault(const QString &subcode)
{
    WsmanError e;
    e.kind = WsmanError::Kind::Fault;
    e.httpStatus = 500;
    e.soapCode = u"s:Receiver"_s;
    e.subcode = subcode;
    return e;
}

} // namespace

class TestWsmanError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userMessage_data();
    void userMessage();
    void everyKindHasItsOwnSentence();
    void summary_data();
    void summary();
    void serverCode_data();
    void serverCode();
    void serverMessage();
    void subcodeLocalName_data();
    void subcodeLocalName();
    void makeAndBool();
    void kindNames();
};

void TestWsmanError::userMessage_data()
{
    QTest::addColumn<WsmanError>("error");
    QTest::addColumn<QStringList>("mustContain");
    QTest::addColumn<QStringList>("mustNotContain");

    QTest::newRow("none") << WsmanError{} << QStringList{u"No error"_s} << QStringList{};

    QTest::newRow("transport") << WsmanError::make(WsmanError::Kind::Transport,
                                                   u"Connection refused"_s)
                               << QStringList{u"Connection refused"_s, u"winrm quickconfig"_s}
                               << QStringList{};
    QTest::newRow("reply too large")
            << WsmanError::make(WsmanError::Kind::Transport, u"the reply is too large"_s)
            << QStringList{u"too large"_s} << QStringList{};

    QTest::newRow("timeout") << WsmanError::make(WsmanError::Kind::Timeout, u"no reply"_s)
                             << QStringList{u"did not answer in time"_s, u"refresh"_s}
                             << QStringList{};

    WsmanError tls = WsmanError::make(
            WsmanError::Kind::Tls, u"The certificate is self-signed; certificate SHA-256 AB:CD"_s);
    tls.certificateSha256 = QByteArray(32, '\xAB');
    QTest::newRow("tls") << tls << QStringList{u"certificate"_s, u"AB:CD"_s, u"SHA-256"_s, u"pin"_s}
                         << QStringList{};

    WsmanError wrongPassword;
    wrongPassword.kind = WsmanError::Kind::Auth;
    wrongPassword.httpStatus = 401;
    wrongPassword.offeredAuthSchemes = {u"Negotiate"_s, u"Basic"_s};
    QTest::newRow("401, Basic offered")
            << wrongPassword << QStringList{u"user name or password"_s, u"Negotiate, Basic"_s}
            << QStringList{};

    WsmanError noBasic = wrongPassword;
    noBasic.offeredAuthSchemes = {u"Negotiate"_s, u"Kerberos"_s};
    QTest::newRow("401, Basic not offered")
            << noBasic << QStringList{u"Negotiate, Kerberos"_s, u"Basic=\"true\""_s}
            << QStringList{u"user name or password"_s};

    WsmanError noSchemes = wrongPassword;
    noSchemes.offeredAuthSchemes.clear();
    QTest::newRow("401, nothing offered")
            << noSchemes << QStringList{u"offered no authentication method"_s} << QStringList{};

    QTest::newRow("Basic over http refused locally")
            << WsmanError::make(
                       WsmanError::Kind::Auth,
                       u"Basic authentication over unencrypted HTTP would expose the password"_s)
            << QStringList{u"not sent"_s, u"HTTPS"_s, u"unencrypted"_s} << QStringList{};

    WsmanError http404 = WsmanError::make(WsmanError::Kind::Http, u"HTTP 404 Not Found"_s);
    http404.httpStatus = 404;
    QTest::newRow("http 404") << http404 << QStringList{u"404"_s, u"/wsman"_s} << QStringList{};
    WsmanError empty500
            = WsmanError::make(WsmanError::Kind::Http, u"HTTP 500 with an empty body"_s);
    empty500.httpStatus = 500;
    QTest::newRow("empty 500") << empty500 << QStringList{u"500"_s, u"without a SOAP fault"_s}
                               << QStringList{};

    WsmanError encoding = fault(u"w:EncodingLimit"_s);
    encoding.kind = WsmanError::Kind::EnvelopeLimit;
    encoding.reason
            = u"The response that the WS-Management service computed exceeds the internal limit"_s;
    QTest::newRow("envelope limit (fault)")
            << encoding
            << QStringList{u"exceeds its envelope limit"_s, u"MaxEnvelopeSizekb"_s,
                           u"winrm set winrm/config @{MaxEnvelopeSizekb="_s}
            << QStringList{};
    WsmanError http413 = WsmanError::make(WsmanError::Kind::EnvelopeLimit, u"HTTP 413"_s);
    http413.httpStatus = 413;
    QTest::newRow("envelope limit (413)")
            << http413 << QStringList{u"MaxEnvelopeSizekb"_s} << QStringList{};

    WsmanError denied = fault(u"w:InternalError"_s);
    denied.errorClass = u"MSFT_WmiError"_s;
    denied.cimStatusCode = 2;
    denied.message = u"Access denied"_s;
    QTest::newRow("access denied (CIMStatusCode 2)")
            << denied << QStringList{u"administrator rights"_s, u"Access denied"_s}
            << QStringList{u"Remote Access role"_s};
    WsmanError deniedWin32 = fault(u"w:InternalError"_s);
    deniedWin32.errorCode = 5;
    deniedWin32.message = u"Access is denied."_s;
    QTest::newRow("access denied (error_Code 5)")
            << deniedWin32 << QStringList{u"administrator rights"_s} << QStringList{};

    WsmanError unknownClass = fault(u"a:DestinationUnreachable"_s);
    unknownClass.soapCode = u"s:Sender"_s;
    unknownClass.faultDetail
            = u"http://schemas.dmtf.org/wbem/wsman/1/wsman/faultDetail/ResourceNotFound"_s;
    unknownClass.reason = u"The WS-Management service cannot process the request."_s;
    QTest::newRow("unknown class (DestinationUnreachable)")
            << unknownClass << QStringList{u"Remote Access role"_s} << QStringList{};
    WsmanError invalidClass = fault(u"w:InternalError"_s);
    invalidClass.cimStatusCode = 5;
    QTest::newRow("unknown class (CIMStatusCode 5)")
            << invalidClass << QStringList{u"Remote Access role"_s} << QStringList{};

    WsmanError generic = fault(u"w:InternalError"_s);
    generic.errorClass = u"RemoteAccessError"_s;
    generic.cimStatusCode = 6;
    generic.errorCode = 2147943568u;
    generic.remoteAccessErrorCode = 0;
    generic.message = u"No VPN connection was found for 10.1.1.99."_s;
    QTest::newRow("other fault") << generic
                                 << QStringList{u"No VPN connection was found for 10.1.1.99."_s,
                                                u"2147943568"_s}
                                 << QStringList{u"administrator"_s, u"Remote Access role"_s};

    QTest::newRow("parse") << WsmanError::make(WsmanError::Kind::Parse, u"DOCTYPE not allowed"_s)
                           << QStringList{u"could not be understood"_s, u"DOCTYPE not allowed"_s}
                           << QStringList{};
    QTest::newRow("cancelled") << WsmanError::make(WsmanError::Kind::Cancelled, u"cancelled"_s)
                               << QStringList{u"cancelled"_s} << QStringList{};
}

void TestWsmanError::userMessage()
{
    QFETCH(WsmanError, error);
    QFETCH(QStringList, mustContain);
    QFETCH(QStringList, mustNotContain);
    const QString text = error.userMessage();
    for (const QString &part : mustContain)
        QVERIFY2(text.contains(part), qPrintable(u"missing \""_s + part + u"\" in: "_s + text));
    for (const QString &part : mustNotContain)
        QVERIFY2(!text.contains(part), qPrintable(u"unexpected \""_s + part + u"\" in: "_s + text));
}

void TestWsmanError::everyKindHasItsOwnSentence()
{
    QSet<QString> seen;
    for (int k = int(WsmanError::Kind::None); k <= int(WsmanError::Kind::Cancelled); ++k) {
        const WsmanError e = WsmanError::make(WsmanError::Kind(k), u"x"_s);
        const QString text = e.userMessage();
        QVERIFY2(!text.isEmpty(), qPrintable(WsmanError::kindName(e.kind)));
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen.insert(text);
    }
}

void TestWsmanError::summary_data()
{
    QTest::addColumn<WsmanError>("error");
    QTest::addColumn<QString>("expected");

    WsmanError remoteAccess = fault(u"w:InternalError"_s);
    remoteAccess.errorCode = 2147943568u;
    remoteAccess.remoteAccessErrorCode = 0;
    remoteAccess.reason = u"ignored: the Message wins"_s;
    remoteAccess.message = u"No VPN connection was found for 10.1.1.99."_s;
    QTest::newRow("4.3 fault")
            << remoteAccess
            << u"Fault w:InternalError (2147943568): No VPN connection was found for 10.1.1.99."_s;

    WsmanError auth;
    auth.kind = WsmanError::Kind::Auth;
    auth.httpStatus = 401;
    auth.offeredAuthSchemes = {u"Negotiate"_s, u"Kerberos"_s};
    QTest::newRow("401") << auth << u"Auth HTTP 401 [offered: Negotiate, Kerberos]"_s;

    QTest::newRow("transport") << WsmanError::make(WsmanError::Kind::Transport,
                                                   u"Connection refused"_s)
                               << u"Transport: Connection refused"_s;

    WsmanError timeout = fault(u"w:TimedOut"_s);
    timeout.kind = WsmanError::Kind::Timeout;
    timeout.wsmanCode = 2150858793u;
    timeout.reason
            = u"The WS-Management service cannot complete the operation within the time specified in OperationTimeout."_s;
    QTest::newRow("timed out fault")
            << timeout
            << u"Timeout HTTP 500 w:TimedOut (2150858793): The WS-Management service cannot complete the operation within the time specified in OperationTimeout."_s;
    QTest::newRow("none") << WsmanError{} << u"None"_s;
}

void TestWsmanError::summary()
{
    QFETCH(WsmanError, error);
    QFETCH(QString, expected);
    QCOMPARE(error.summary(), expected);
}

void TestWsmanError::serverCode_data()
{
    QTest::addColumn<WsmanError>("error");
    QTest::addColumn<quint32>("expected");
    WsmanError all;
    all.remoteAccessErrorCode = 20063;
    all.errorCode = 2147943568u;
    all.wsmanCode = 2150859193u;
    all.cimStatusCode = 6;
    QTest::newRow("RemoteAccessErrorCode first") << all << 20063u;
    WsmanError noRa = all;
    noRa.remoteAccessErrorCode = 0; // zero means none and never hides error_Code
    QTest::newRow("error_Code next") << noRa << 2147943568u;
    WsmanError wsman = noRa;
    wsman.errorCode.reset();
    QTest::newRow("WSManFault Code next") << wsman << 2150859193u;
    WsmanError cim = wsman;
    cim.wsmanCode.reset();
    QTest::newRow("CIMStatusCode last") << cim << 6u;
    QTest::newRow("none") << WsmanError{} << 0u;
}

void TestWsmanError::serverCode()
{
    QFETCH(WsmanError, error);
    QFETCH(quint32, expected);
    QCOMPARE(error.serverCode(), expected);
}

void TestWsmanError::serverMessage()
{
    WsmanError e;
    e.detail = u"detail"_s;
    QCOMPARE(e.serverMessage(), u"detail"_s);
    e.reason = u"  reason  "_s;
    QCOMPARE(e.serverMessage(), u"reason"_s);
    e.message = u"message"_s;
    QCOMPARE(e.serverMessage(), u"message"_s);
    e.message = u"   "_s; // blank does not count
    QCOMPARE(e.serverMessage(), u"reason"_s);
}

void TestWsmanError::subcodeLocalName_data()
{
    QTest::addColumn<QString>("subcode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("w:") << u"w:InternalError"_s << u"InternalError"_s;
    QTest::newRow("wsman:") << u"wsman:TimedOut"_s << u"TimedOut"_s;
    QTest::newRow("bare") << u"EncodingLimit"_s << u"EncodingLimit"_s;
    QTest::newRow("spaces") << u" a:DestinationUnreachable "_s << u"DestinationUnreachable"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestWsmanError::subcodeLocalName()
{
    QFETCH(QString, subcode);
    QFETCH(QString, expected);
    WsmanError e;
    e.subcode = subcode;
    QCOMPARE(e.subcodeLocalName(), expected);
}

void TestWsmanError::makeAndBool()
{
    const WsmanError none;
    QVERIFY(!none.isError());
    QVERIFY(!none);
    const WsmanError e = WsmanError::make(WsmanError::Kind::Parse, u"bad"_s);
    QVERIFY(e.isError());
    QVERIFY(bool(e));
    QCOMPARE(e.kind, WsmanError::Kind::Parse);
    QCOMPARE(e.detail, u"bad"_s);
    QCOMPARE(e.httpStatus, 0);
    // Travels through queued signals and QVariant.
    const QVariant v = QVariant::fromValue(e);
    QCOMPARE(v.value<WsmanError>().detail, u"bad"_s);
}

void TestWsmanError::kindNames()
{
    QSet<QString> names;
    for (int k = int(WsmanError::Kind::None); k <= int(WsmanError::Kind::Cancelled); ++k)
        names.insert(WsmanError::kindName(WsmanError::Kind(k)));
    QCOMPARE(names.size(), 10);
    QCOMPARE(WsmanError::kindName(WsmanError::Kind::EnvelopeLimit), u"EnvelopeLimit"_s);
}

QTEST_GUILESS_MAIN(TestWsmanError)
#include "tst_wsmanerror.moc"
