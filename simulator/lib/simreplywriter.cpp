#include "simreplywriter.h"

#include "wsman/bytewriting.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QString soapNs = QStringLiteral("http://www.w3.org/2003/05/soap-envelope");
const QString addressingNs = QStringLiteral("http://schemas.xmlsoap.org/ws/2004/08/addressing");
const QString wsmanNs = QStringLiteral("http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd");
const QString xsiNs = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
const QString cimNs = QStringLiteral("http://schemas.dmtf.org/wbem/wscim/1/common");
const QString bindingNs = QStringLiteral("http://schemas.dmtf.org/wbem/wsman/1/cimbinding.xsd");
const QString wsmanFaultNs = QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/wsmanfault");
const QString msftWinrmNs = QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd");
const QString anonymous
        = QStringLiteral("http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous");
const QString wmiRemoteAccess = QStringLiteral(
        "http://schemas.microsoft.com/wbem/wsman/1/wmi/root/Microsoft/Windows/RemoteAccess/");
const QString cimSchema = QStringLiteral("http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/");
const QString wsmanFaultAction = QStringLiteral("http://schemas.dmtf.org/wbem/wsman/1/wsman/fault");
const QString addressingFaultAction
        = QStringLiteral("http://schemas.xmlsoap.org/ws/2004/08/addressing/fault");

QString newMessageId()
{
    return u"uuid:" + QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

QString element(const QString &qname, const QString &text)
{
    return u'<' + qname + u'>' + SimReplyWriter::escape(text) + u"</" + qname + u'>';
}

} // namespace

SimReplyWriter::SimReplyWriter(SimConfig::Namespace ns, const QString &machine,
                               const QString &requestAction, const QString &relatesTo)
    : m_ns(ns), m_machine(machine), m_action(requestAction), m_relatesTo(relatesTo)
{ }

QString SimReplyWriter::escape(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == u'&')
            out += u"&amp;";
        else if (u == u'<')
            out += u"&lt;";
        else if (u == u'>')
            out += u"&gt;";
        else if (u == u'"')
            out += u"&quot;";
        else if (u == u'\r')
            out += u"&#13;";
        else if (u < 0x20 && u != u'\t' && u != u'\n')
            continue; // not representable in XML 1.0
        else if (u == 0xFFFE || u == 0xFFFF)
            continue;
        else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate())
            continue; // a lone surrogate
        else
            out += c;
    }
    return out;
}

QString SimReplyWriter::wmiClassUri(const QString &className)
{
    return wmiRemoteAccess + className;
}

QByteArray SimReplyWriter::envelope(const QString &action, const QString &headerExtra,
                                    const QString &body) const
{
    QString xml;
    const QString messageId = newMessageId();
    if (m_ns == SimConfig::Namespace::Wmi) {
        xml = u"<s:Envelope xml:lang=\"en-US\" xmlns:s=\"" + soapNs + u"\" xmlns:a=\""
                + addressingNs + u"\" xmlns:w=\"" + wsmanNs + u"\"><s:Header>"
                + element(u"a:Action"_s, action) + element(u"a:MessageID"_s, messageId)
                + element(u"a:To"_s, anonymous);
        if (!m_relatesTo.isEmpty())
            xml += element(u"a:RelatesTo"_s, m_relatesTo);
        xml += headerExtra + u"</s:Header><s:Body>" + body + u"</s:Body></s:Envelope>";
    } else {
        xml = u"<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"" + soapNs + u"\" xmlns:wsa=\"" + addressingNs
                + u"\" xmlns:xsi=\"" + xsiNs + u"\" xmlns:wsmb=\"" + bindingNs
                + u"\" xmlns:wsman=\"" + wsmanNs + u"\" xmlns:cim=\"" + cimNs
                + u"\" xmlns:msftwinrm=\"" + msftWinrmNs + u"\"><SOAP-ENV:Header>"
                + element(u"wsa:To"_s, anonymous) + element(u"wsa:Action"_s, action)
                + element(u"wsa:MessageID"_s, messageId);
        if (!m_relatesTo.isEmpty())
            xml += element(u"wsa:RelatesTo"_s, m_relatesTo);
        xml += headerExtra + u"</SOAP-ENV:Header><SOAP-ENV:Body>" + body
                + u"</SOAP-ENV:Body></SOAP-ENV:Envelope>";
    }
    return xml.toUtf8();
}

QString SimReplyWriter::outputElement(const QString &className, const QString &method,
                                      const QString &items, quint32 returnValue) const
{
    const QString rv = element(u"p:ReturnValue"_s, QString::number(returnValue));
    if (m_ns == SimConfig::Namespace::Wmi) {
        const QString name = u"p:" + method + u"_OUTPUT";
        return u'<' + name + u" xmlns:p=\"" + wmiClassUri(className) + u"\" xmlns:xsi=\"" + xsiNs
                + u"\" xmlns:cim=\"" + cimNs + u"\">" + items + rv + u"</" + name + u'>';
    }
    const QString name = u"p:" + method;
    return u'<' + name + u" xmlns:p=\"" + cimSchema + method + u"\">" + rv + items + u"</" + name
            + u'>';
}

QString SimReplyWriter::instanceOpen(const QString &className, int &counter,
                                     QString *qualifier) const
{
    // Windows declares p1 on every instance; OMI counts the prefixes up across the document.
    const QString prefix
            = u'p' + QString::number(m_ns == SimConfig::Namespace::Wmi ? 1 : ++counter);
    *qualifier = prefix + u':';
    const QString uri
            = m_ns == SimConfig::Namespace::Wmi ? wmiClassUri(className) : cimSchema + className;
    return u"<p:cmdletOutput xmlns:" + prefix + u"=\"" + uri + u"\" xsi:type=\"" + prefix + u':'
            + className + u"_Type\">";
}

namespace {

// SimReplyWriter::escape() written as UTF-8 straight into `out`: ASCII with nothing to escape
// (nearly every value) is copied as it is checked, in one pass.
void appendEscaped(ByteWriting::Sink &out, QStringView text)
{
    char *bytes = out.room(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || u < 0x20 || u == u'&' || u == u'<' || u == u'>' || u == u'"') {
            out += SimReplyWriter::escape(text).toUtf8(); // over what was copied
            return;
        }
        *bytes++ = char(u);
    }
    out.advance(text.size());
}

using ByteWriting::put;
using ByteWriting::putDigits;

} // namespace

QByteArray SimReplyWriter::listing(const QList<Tunnel> &tunnels) const
{
    QList<ListingRow> rows;
    rows.reserve(tunnels.size());
    for (const Tunnel &t : tunnels)
        rows.append({&t, {t.connectionDuration, t.totalBytesIn, t.totalBytesOut}});
    return listing(rows);
}

QByteArray SimReplyWriter::listing(const QList<ListingRow> &rows) const
{
    // Written as UTF-8 bytes, not as a QString converted at the end: a listing of 2,500 tunnels
    // is 2.6 MB, and the simulator writes one for each poll of every server it plays.
    static const QString className = QString::fromLatin1(TunnelFields::className);
    const QString method = u"GetByActiveStatistics"_s;
    const QString resource = u"PS_RemoteAccessConnectionStatistics"_s;
    // The envelope around a stand-in for the items, which are written in its place: U+FFFF,
    // which escape() never lets through, so it cannot occur anywhere else in the envelope. The
    // items go straight into the reply (no 2.6 MB copy of them into it afterwards).
    const QByteArray frame = envelope(responseAction(), {},
                                      outputElement(resource, method, QString(QChar(0xFFFF)), 0));
    const qsizetype at = frame.indexOf("\xEF\xBF\xBF");
    Q_ASSERT(at >= 0);
    int counter = 0;
    QByteArray bytes;
    ByteWriting::Sink reply(bytes, frame.size() + rows.size() * 1100);
    reply.append(frame.constData(), at);
    QByteArray p;        // "p1:" or "pN:"
    QByteArray instance; // <p:cmdletOutput …> of the current instance
    auto open = [&](const char *name) {
        reply += '<';
        put(reply, p);
        put(reply, name);
    };
    auto close = [&](const char *name) {
        put(reply, "</");
        put(reply, p);
        put(reply, name);
        reply += '>';
    };
    auto nil = [&](const char *name) {
        open(name);
        put(reply, " xsi:nil=\"true\"/>");
    };
    auto text = [&](const char *name, const QString &value) {
        if (value.isEmpty()) {
            nil(name);
            return;
        }
        open(name);
        reply += '>';
        appendEscaped(reply, value);
        close(name);
    };
    auto number = [&](const char *name, quint64 value) {
        open(name);
        reply += '>';
        ByteWriting::putNumber(reply, value);
        close(name);
    };
    for (const ListingRow &row : rows) {
        const Tunnel &t = *row.tunnel;
        // Windows declares p1 on every instance, so its opening tag is the same each time.
        if (m_ns != SimConfig::Namespace::Wmi || instance.isEmpty()) {
            QString qualifier;
            instance = instanceOpen(className, counter, &qualifier).toUtf8();
            p = qualifier.toLatin1();
        }
        put(reply, instance);
        // Alphabetical, as TunnelFields lists them and Windows writes them.
        text("AuthMethod", t.authMethod);
        number("Bandwidth", t.bandwidth);
        text("ClientExternalAddress", t.clientExternalAddress);
        text("ClientIPv4Address", t.clientIPv4Address);
        text("ClientIPv6Address", t.clientIPv6Address);
        number("ConnectionDuration", row.counters.connectionDuration);
        if (t.connectionStartTime.isValid()) {
            open("ConnectionStartTime");
            reply += '>';
            const QDateTime utc = t.connectionStartTime.toUTC();
            if (m_ns == SimConfig::Namespace::Wmi)
                put(reply, "<cim:Datetime>");
            if (!ByteWriting::putIsoSeconds(reply, utc))
                reply += utc.toString(u"yyyy-MM-ddTHH:mm:ss"_s).toUtf8();
            if (m_ns == SimConfig::Namespace::Wmi) {
                put(reply, "Z</cim:Datetime>");
            } else {
                reply += '.';
                putDigits(reply, utc.time().msec(), 3);
                put(reply, "000+00:00");
            }
            close("ConnectionStartTime");
        } else {
            nil("ConnectionStartTime");
        }
        text("ConnectionType", t.connectionType);
        text("HealthStatus", t.healthStatus);
        text("HostName", t.hostName);
        text("RoutingDomain", t.routingDomain);
        number("TotalBytesIn", row.counters.totalBytesIn);
        number("TotalBytesOut", row.counters.totalBytesOut);
        text("TransitionTechnology", t.transitionTechnology);
        text("TunnelType", t.tunnelType);
        text("UserActivityState", t.userActivityState);
        if (t.userName.isEmpty())
            nil("UserName");
        for (const QString &user : t.userName) {
            open("UserName");
            reply += '>';
            appendEscaped(reply, user);
            close("UserName");
        }
        put(reply, "</p:cmdletOutput>");
    }
    reply.append(frame.constData() + at + 3, frame.size() - at - 3);
    reply.finish();
    return bytes;
}

QByteArray SimReplyWriter::summary(const SimSummary &s) const
{
    int counter = 0;
    QString p;
    const QString open = instanceOpen(u"RemoteAccessMonitoringSummary"_s, counter, &p);
    auto number = [&](const char *name, quint64 value) {
        return element(p + QLatin1String(name), QString::number(value));
    };
    const QString items = open + number("MaxConcurrentConnections", s.maxConcurrentConnections)
            + number("TotalBytesIn", s.totalBytesIn)
            + number("TotalBytesInOut", s.totalBytesIn + s.totalBytesOut)
            + number("TotalBytesOut", s.totalBytesOut)
            + number("TotalConnections", s.totalConnections)
            + number("TotalCumulativeConnections", s.totalCumulativeConnections)
            + number("TotalDAConnections", s.totalDAConnections)
            + number("TotalUniqueUsers", s.totalUniqueUsers)
            + number("TotalVpnConnections", s.totalVpnConnections) + u"</p:cmdletOutput>";
    return envelope(responseAction(), {},
                    outputElement(u"PS_RemoteAccessConnectionStatisticsSummary"_s,
                                  u"GetByActiveStatistics"_s, items, 0));
}

QByteArray SimReplyWriter::strings(const QString &className, const QString &method,
                                   const QStringList &output, bool withOutput,
                                   quint32 returnValue) const
{
    QString items;
    if (withOutput) {
        for (const QString &value : output)
            items += element(u"p:cmdletOutput"_s, value);
    }
    return envelope(responseAction(), {}, outputElement(className, method, items, returnValue));
}

QString SimReplyWriter::responseAction() const
{
    // OMI echoes the request's action; Windows appends "Response".
    return m_ns == SimConfig::Namespace::Wmi ? m_action + u"Response" : m_action;
}

QByteArray SimReplyWriter::fault(const SimSoapFault &f) const
{
    const bool wmi = m_ns == SimConfig::Namespace::Wmi;
    const QString s = wmi ? u"s:"_s : u"SOAP-ENV:"_s;
    const QString w = wmi ? u"w:"_s : u"wsman:"_s;
    const QString a = wmi ? u"a:"_s : u"wsa:"_s;

    QString code;
    switch (f.code) {
    case SimSoapFault::Code::Sender:
        code = s + u"Sender";
        break;
    case SimSoapFault::Code::Receiver:
        code = s + u"Receiver";
        break;
    case SimSoapFault::Code::MustUnderstand:
        code = s + u"MustUnderstand";
        break;
    }
    QString body = u'<' + s + u"Fault><" + s + u"Code>" + element(s + u"Value", code);
    if (f.subcodeNamespace != SimSoapFault::SubcodeNamespace::None && !f.subcode.isEmpty()) {
        const QString prefix = f.subcodeNamespace == SimSoapFault::SubcodeNamespace::Wsman ? w : a;
        body += u'<' + s + u"Subcode>" + element(s + u"Value", prefix + f.subcode) + u"</" + s
                + u"Subcode>";
    }
    body += u"</" + s + u"Code><" + s + u"Reason><" + s + u"Text xml:lang=\"en-US\">"
            + escape(f.reason) + u"</" + s + u"Text></" + s + u"Reason>";

    QString detail;
    if (!f.faultDetail.isEmpty())
        detail += element(w + u"FaultDetail", f.faultDetail);
    if (f.wsmanCode != 0) {
        detail += u"<f:WSManFault xmlns:f=\"" + wsmanFaultNs + u"\" Code=\""
                + QString::number(f.wsmanCode) + u"\" Machine=\"" + escape(m_machine) + u"\">"
                + element(u"f:Message"_s, f.wsmanMessage.isEmpty() ? f.reason : f.wsmanMessage)
                + u"</f:WSManFault>";
    }
    if (f.provider) {
        const SimProviderError &e = *f.provider;
        QString open;
        if (wmi) {
            open = u"<p:RemoteAccessError b:IsCIM_Error=\"true\" xmlns:b=\"" + bindingNs
                    + u"\" xmlns:p=\"" + wmiClassUri(u"RemoteAccessError"_s) + u"\" xmlns:cim=\""
                    + cimNs + u"\" xmlns:xsi=\"" + xsiNs
                    + u"\" xsi:type=\"p:RemoteAccessError_Type\">";
        } else {
            // OMI names the element after the class and its namespace after another one.
            open = u"<p:RemoteAccessError wsmb:IsCIM_Error=\"true\" xmlns:p=\"" + cimSchema
                    + u"MSFT_WmiError\">";
        }
        auto typed = [](const QString &name, const char *type, const QString &value) -> QString {
            return u"<p:" + name + u" xsi:type=\"cim:" + QLatin1String(type) + u"\">"
                    + escape(value) + u"</p:" + name + u'>';
        };
        detail += open
                + typed(u"CIMStatusCode"_s, "cimUnsignedInt", QString::number(e.cimStatusCode))
                + typed(u"Message"_s, "cimString", e.message)
                + typed(u"error_Category"_s, "cimUnsignedShort", QString::number(e.errorCategory))
                + typed(u"error_Code"_s, "cimUnsignedInt", QString::number(e.errorCode))
                + typed(u"RemoteAccessErrorCode"_s, "cimUnsignedInt",
                        QString::number(e.remoteAccessErrorCode))
                + u"</p:RemoteAccessError>";
    }
    if (!detail.isEmpty())
        body += u'<' + s + u"Detail>" + detail + u"</" + s + u"Detail>";
    body += u"</" + s + u"Fault>";

    QString headerExtra;
    if (f.code == SimSoapFault::Code::MustUnderstand && !f.notUnderstoodName.isEmpty()) {
        headerExtra = u'<' + s + u"NotUnderstood qname=\"nu:" + escape(f.notUnderstoodName)
                + u"\" xmlns:nu=\"" + escape(f.notUnderstoodNamespace) + u"\"/>";
    }
    return envelope(wmi ? wsmanFaultAction : addressingFaultAction, headerExtra, body);
}
