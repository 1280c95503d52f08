#include "simrequest.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {

const QString soapNs = QStringLiteral("http://www.w3.org/2003/05/soap-envelope");
const QString xsiNs = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

QString tr(const char *text)
{
    return QCoreApplication::translate("SimRequest", text);
}

bool isTrue(QStringView text)
{
    return text.compare(u"true", Qt::CaseInsensitive) == 0 || text == u"1";
}

// The headers a WinRM service understands; an unknown one marked mustUnderstand is refused.
const char *const knownHeaders[] = {
        "To",
        "ResourceURI",
        "ReplyTo",
        "Action",
        "MessageID",
        "MaxEnvelopeSize",
        "Locale",
        "DataLocale",
        "OperationTimeout",
        "SelectorSet",
        "OptionSet",
        "SessionId",
        "OperationID",
        "SequenceId",
        "ActivityId",
        "FragmentTransfer",
        "RelatesTo",
        "FaultTo",
        "From",
};

} // namespace

bool SimRequest::parse(const QByteArray &body, QString *error)
{
    QXmlStreamReader xml(body);
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    // Find the root by hand: readNextStartElement() would skip a DTD silently.
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
            return failWith(tr("A DOCTYPE or entity declaration is not allowed."));
        if (token == QXmlStreamReader::StartElement)
            break;
    }
    if (xml.hasError())
        return failWith(xml.errorString());
    if (xml.tokenType() != QXmlStreamReader::StartElement || xml.name() != u"Envelope"
        || xml.namespaceUri() != soapNs)
        return failWith(tr("The root element is not a SOAP 1.2 Envelope."));

    bool sawBody = false;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Header" && xml.namespaceUri() == soapNs) {
            while (xml.readNextStartElement()) {
                const QString name = xml.name().toString();
                const bool mustUnderstand
                        = isTrue(xml.attributes().value(soapNs, QLatin1String("mustUnderstand")));
                bool known = false;
                for (const char *h : knownHeaders)
                    known = known || name == QLatin1String(h);
                if (!known && mustUnderstand && notUnderstoodName.isEmpty()) {
                    notUnderstoodName = name;
                    notUnderstoodNamespace = xml.namespaceUri().toString();
                }
                if ((name == u"Locale" || name == u"DataLocale") && mustUnderstand)
                    localeMustUnderstand = true;

                if (name == u"ReplyTo") {
                    replyToPresent = true;
                    replyTo = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                } else if (name == u"SelectorSet") {
                    while (xml.readNextStartElement()) {
                        const QString selector
                                = xml.attributes().value(QLatin1String("Name")).toString();
                        selectors.append(
                                {selector,
                                 xml.readElementText(QXmlStreamReader::IncludeChildElements)
                                         .trimmed()});
                    }
                } else {
                    const QString text
                            = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                    if (name == u"To")
                        to = text;
                    else if (name == u"ResourceURI")
                        resourceUri = text;
                    else if (name == u"Action")
                        action = text;
                    else if (name == u"MessageID")
                        messageId = text;
                    else if (name == u"MaxEnvelopeSize")
                        maxEnvelopeSize = text;
                    else if (name == u"OperationTimeout")
                        operationTimeout = text;
                }
            }
        } else if (xml.name() == u"Body" && xml.namespaceUri() == soapNs) {
            sawBody = true;
            if (xml.readNextStartElement()) {
                bodyElement = xml.name().toString();
                bodyNamespace = xml.namespaceUri().toString();
                while (xml.readNextStartElement()) {
                    const QString name = xml.name().toString();
                    const bool nil = isTrue(xml.attributes().value(xsiNs, QLatin1String("nil")));
                    const QString text
                            = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    Parameter *p = nullptr;
                    for (Parameter &existing : parameters) {
                        if (existing.name.compare(name, Qt::CaseInsensitive) == 0)
                            p = &existing;
                    }
                    if (!p) {
                        parameters.append(Parameter{name, {}, false});
                        p = &parameters.last();
                    }
                    if (nil)
                        p->nil = true;
                    else
                        p->values.append(text.trimmed());
                }
                // Anything after the first child of Body is ignored, as WinRM does.
                while (xml.readNextStartElement())
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    // Read to the end so that trailing garbage is an error too.
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() == QXmlStreamReader::DTD)
            return failWith(tr("A DOCTYPE or entity declaration is not allowed."));
    }
    if (xml.hasError())
        return failWith(xml.errorString());
    if (!sawBody)
        return failWith(tr("The SOAP Envelope has no Body."));
    return true;
}

const SimRequest::Parameter *SimRequest::parameter(const QString &name) const
{
    for (const Parameter &p : parameters) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

QString SimRequest::method() const
{
    if (resourceUri.isEmpty() || action.size() <= resourceUri.size() + 1)
        return {};
    if (!action.startsWith(resourceUri, Qt::CaseInsensitive)
        || action.at(resourceUri.size()) != u'/')
        return {};
    const QString method = action.mid(resourceUri.size() + 1);
    return method.contains(u'/') ? QString() : method;
}

qint64 parseXsDuration(const QString &text)
{
    static const QRegularExpression re(
            QStringLiteral(R"(^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$)"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch() || text.trimmed() == u"P" || text.trimmed().endsWith(u'T'))
        return -1;
    const double ms = m.captured(1).toDouble() * 86400000.0 + m.captured(2).toDouble() * 3600000.0
            + m.captured(3).toDouble() * 60000.0 + m.captured(4).toDouble() * 1000.0;
    return qint64(ms);
}
