#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <QVariant>

// Writing a WS-Management Invoke request for a static WMI method (protocol.md §2.4, §2.5).

namespace WsmanNs {
inline constexpr char soap[] = "http://www.w3.org/2003/05/soap-envelope";
inline constexpr char addressing[] = "http://schemas.xmlsoap.org/ws/2004/08/addressing";
inline constexpr char wsman[] = "http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd";
inline constexpr char wsmv[] = "http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd";
inline constexpr char cim[] = "http://schemas.dmtf.org/wbem/wscim/1/common";
inline constexpr char xsi[] = "http://www.w3.org/2001/XMLSchema-instance";
inline constexpr char wsmanFault[] = "http://schemas.microsoft.com/wbem/wsman/1/wsmanfault";
inline constexpr char anonymous[] = "http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous";
inline constexpr char wmiBase[] = "http://schemas.microsoft.com/wbem/wsman/1/wmi/";
inline constexpr char remoteAccessNamespace[] = "root/Microsoft/Windows/RemoteAccess";
} // namespace WsmanNs

// One in-parameter. The value decides the encoding:
//   invalid QVariant -> xsi:nil="true"; bool -> true/false; integer types -> decimal;
//   QDateTime -> <cim:Datetime> in ISO 8601 UTC; QString -> escaped text;
//   QStringList / QVariantList -> repeated elements (an empty list writes nothing).
struct InvokeParameter
{
    QString name;
    QVariant value;
};

struct InvokeRequest
{
    QUrl to; // the endpoint, e.g. http://rras1:5985/wsman
    QString resourceUri; // e.g. wmiResourceUri(remoteAccessNamespace, "PS_VpnUser")
    QString method; // e.g. "DisconnectByHostIP"
    QList<InvokeParameter> parameters;
    QString messageId; // "uuid:..."; empty -> writeInvokeEnvelope makes a fresh one
    quint32 maxEnvelopeSize = 512000;
    int operationTimeoutMs = 60000;
    QString locale = QStringLiteral("en-US");
};

// "http://schemas.microsoft.com/wbem/wsman/1/wmi/" + namespace ('\' -> '/') + "/" + className
QString wmiResourceUri(const QString &wmiNamespace, const QString &className);
// A fresh "uuid:XXXXXXXX-..." message id (upper-case, as Windows writes them).
QString newMessageId();
// The SOAP 1.2 envelope, UTF-8. Fills request.messageId if it was empty (hence non-const).
QByteArray writeInvokeEnvelope(InvokeRequest &request);
// xs:duration for OperationTimeout, e.g. 60000 -> "PT60.000S"
QString xsDuration(int milliseconds);
