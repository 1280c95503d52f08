#include "envelope.h"

#include <QStringList>
#include <QTimeZone>
#include <QUuid>
#include <QXmlStreamWriter>

namespace {

QString ns(const char *uri)
{
    return QString::fromLatin1(uri);
}

// XML 1.0 cannot carry every code point (control characters, lone surrogates, U+FFFE/U+FFFF), not
// even escaped. Such characters are replaced so the server always receives well-formed XML.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n
            && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            out.append(text.at(i));
            out.append(text.at(i + 1));
            ++i;
            continue;
        }
        const bool valid = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
        out.append(valid ? QChar(c) : QChar(QChar::ReplacementCharacter));
    }
    return out;
}

QString isoUtc(const QDateTime &dateTime)
{
    const QDateTime utc = dateTime.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

// Text content with carriage returns kept: a raw CR would reach the server as LF (XML line-end
// normalisation), so it is written as a character reference.
void writeText(QXmlStreamWriter &w, const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('\r'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            w.writeEntityReference(QStringLiteral("#13"));
        w.writeCharacters(parts.at(i));
    }
}

class BodyWriter
{
public:
    BodyWriter(QXmlStreamWriter &writer, QString methodNs) : m_w(writer), m_ns(std::move(methodNs))
    { }

    void writeParameter(const QString &name, const QVariant &value)
    {
        const int type = value.metaType().id();
        if (type == QMetaType::QStringList) {
            for (const QString &item : value.toStringList())
                writeScalar(name, QVariant(item));
            return;
        }
        if (type == QMetaType::QVariantList) {
            for (const QVariant &item : value.toList()) {
                // A list inside a list has no WS-Man encoding; write its items flat.
                if (item.metaType().id() == QMetaType::QVariantList
                    || item.metaType().id() == QMetaType::QStringList)
                    writeParameter(name, item);
                else
                    writeScalar(name, item);
            }
            return;
        }
        writeScalar(name, value);
    }

private:
    void writeScalar(const QString &name, const QVariant &value)
    {
        const QString element = xmlSafe(name);
        const int type = value.metaType().id();
        if (!value.isValid() || (type == QMetaType::QDateTime && !value.toDateTime().isValid())) {
            m_w.writeEmptyElement(m_ns, element);
            m_w.writeAttribute(ns(WsmanNs::xsi), QStringLiteral("nil"), QStringLiteral("true"));
            return;
        }
        m_w.writeStartElement(m_ns, element);
        switch (type) {
        case QMetaType::Bool:
            m_w.writeCharacters(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            break;
        case QMetaType::QDateTime:
            m_w.writeTextElement(ns(WsmanNs::cim), QStringLiteral("Datetime"),
                                 isoUtc(value.toDateTime()));
            break;
        case QMetaType::QByteArray:
            writeText(m_w, xmlSafe(QString::fromUtf8(value.toByteArray())));
            break;
        default:
            writeText(m_w, xmlSafe(value.toString()));
            break;
        }
        m_w.writeEndElement();
    }

    QXmlStreamWriter &m_w;
    QString m_ns;
};

bool needsXsi(const QVariant &value)
{
    const int type = value.metaType().id();
    if (type == QMetaType::QVariantList) {
        const QVariantList list = value.toList();
        return std::any_of(list.cbegin(), list.cend(), needsXsi);
    }
    return !value.isValid() || (type == QMetaType::QDateTime && !value.toDateTime().isValid());
}

bool needsCim(const QVariant &value)
{
    const int type = value.metaType().id();
    if (type == QMetaType::QVariantList) {
        const QVariantList list = value.toList();
        return std::any_of(list.cbegin(), list.cend(), needsCim);
    }
    return type == QMetaType::QDateTime && value.toDateTime().isValid();
}

} // namespace

QString wmiResourceUri(const QString &wmiNamespace, const QString &className)
{
    QString path = wmiNamespace;
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return ns(WsmanNs::wmiBase) + path + QLatin1Char('/') + className;
}

QString newMessageId()
{
    return QLatin1String("uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

QString xsDuration(int milliseconds)
{
    const int ms = qMax(0, milliseconds);
    return QStringLiteral("PT%1.%2S").arg(ms / 1000).arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QByteArray writeInvokeEnvelope(InvokeRequest &request)
{
    if (request.messageId.isEmpty())
        request.messageId = newMessageId();

    const QString s = ns(WsmanNs::soap);
    const QString a = ns(WsmanNs::addressing);
    const QString w = ns(WsmanNs::wsman);
    const QString p = ns(WsmanNs::wsmv);
    const QString xmlNs = QStringLiteral("http://www.w3.org/XML/1998/namespace");
    const QString mustUnderstand = QStringLiteral("mustUnderstand");
    const QString trueText = QStringLiteral("true");
    const QString resourceUri = xmlSafe(request.resourceUri);
    const QString locale = xmlSafe(request.locale);

    QByteArray out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(false);

    x.writeNamespace(s, QStringLiteral("s"));
    x.writeNamespace(a, QStringLiteral("a"));
    x.writeNamespace(w, QStringLiteral("w"));
    x.writeNamespace(p, QStringLiteral("p"));
    x.writeStartElement(s, QStringLiteral("Envelope"));

    x.writeStartElement(s, QStringLiteral("Header"));
    // Never put user information (a password in the URL) on the wire in To.
    x.writeTextElement(a, QStringLiteral("To"),
                       xmlSafe(request.to.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded)));
    x.writeStartElement(w, QStringLiteral("ResourceURI"));
    x.writeAttribute(s, mustUnderstand, trueText);
    x.writeCharacters(resourceUri);
    x.writeEndElement();
    x.writeStartElement(a, QStringLiteral("ReplyTo"));
    x.writeStartElement(a, QStringLiteral("Address"));
    x.writeAttribute(s, mustUnderstand, trueText);
    x.writeCharacters(ns(WsmanNs::anonymous));
    x.writeEndElement();
    x.writeEndElement();
    x.writeStartElement(a, QStringLiteral("Action"));
    x.writeAttribute(s, mustUnderstand, trueText);
    x.writeCharacters(resourceUri + QLatin1Char('/') + xmlSafe(request.method));
    x.writeEndElement();
    x.writeStartElement(w, QStringLiteral("MaxEnvelopeSize"));
    x.writeAttribute(s, mustUnderstand, trueText);
    x.writeCharacters(QString::number(request.maxEnvelopeSize));
    x.writeEndElement();
    x.writeTextElement(a, QStringLiteral("MessageID"), xmlSafe(request.messageId));
    // mustUnderstand="false": a server that does not know the locale must not fail the call.
    x.writeEmptyElement(w, QStringLiteral("Locale"));
    x.writeAttribute(xmlNs, QStringLiteral("lang"), locale);
    x.writeAttribute(s, mustUnderstand, QStringLiteral("false"));
    x.writeEmptyElement(p, QStringLiteral("DataLocale"));
    x.writeAttribute(xmlNs, QStringLiteral("lang"), locale);
    x.writeAttribute(s, mustUnderstand, QStringLiteral("false"));
    x.writeTextElement(w, QStringLiteral("OperationTimeout"),
                       xsDuration(request.operationTimeoutMs));
    x.writeEndElement(); // Header

    x.writeStartElement(s, QStringLiteral("Body"));
    // Close Body's start tag first, so that the declaration below lands on the method element.
    x.writeCharacters(QString());
    // The method element's namespace is the resource URI; xsi and cim only when a parameter needs
    // them.
    x.writeNamespace(resourceUri, QStringLiteral("m"));
    x.writeStartElement(resourceUri, xmlSafe(request.method) + QLatin1String("_INPUT"));
    const bool anyXsi = std::any_of(request.parameters.cbegin(), request.parameters.cend(),
                                    [](const InvokeParameter &prm) { return needsXsi(prm.value); });
    const bool anyCim = std::any_of(request.parameters.cbegin(), request.parameters.cend(),
                                    [](const InvokeParameter &prm) { return needsCim(prm.value); });
    if (anyXsi)
        x.writeNamespace(ns(WsmanNs::xsi), QStringLiteral("xsi"));
    if (anyCim)
        x.writeNamespace(ns(WsmanNs::cim), QStringLiteral("cim"));
    BodyWriter body(x, resourceUri);
    for (const InvokeParameter &parameter : request.parameters)
        body.writeParameter(parameter.name, parameter.value);
    x.writeEndElement(); // _INPUT
    x.writeEndElement(); // Body
    x.writeEndElement(); // Envelope
    // No writeEndDocument(): every element is closed, and it would only add a newline.
    return out;
}
