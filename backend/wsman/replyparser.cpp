#include "replyparser.h"

#include "envelope.h"
#include "replytree.h"

#include <QStringDecoder>
#include <QVarLengthArray>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

// Windows' WSManFault code for an expired OperationTimeout (0x80338029).
constexpr quint32 wsmanTimedOutCode = 2150858793u;

QString localPart(QStringView qualified)
{
    const qsizetype colon = qualified.lastIndexOf(QLatin1Char(':'));
    return (colon < 0 ? qualified : qualified.mid(colon + 1)).toString();
}

std::optional<quint32> toUInt32(const CimValue &value)
{
    if (value.isNull || value.isInstance())
        return std::nullopt;
    bool ok = false;
    const uint v = value.text.trimmed().toUInt(&ok, 10);
    if (!ok)
        return std::nullopt;
    return quint32(v);
}

bool isDatetimeWrapper(QStringView localName)
{
    return localName == u"Datetime" || localName == u"Interval" || localName == u"Date"
            || localName == u"Time";
}

class Reader final : public ReplyTokenStream
{
public:
    explicit Reader(const QByteArray &body) { m_x.addData(body); }

    bool hasError() const { return m_x.hasError(); }
    QString errorString() const
    {
        return QStringLiteral("%1 (line %2, column %3)")
                .arg(m_x.errorString())
                .arg(m_x.lineNumber())
                .arg(m_x.columnNumber());
    }
    void fail(const QString &message) override
    {
        if (!m_x.hasError())
            m_x.raiseError(message);
    }

    // The next token, with the hostile-input rules applied. Invalid on any error.
    QXmlStreamReader::TokenType next() override
    {
        if (m_x.hasError())
            return QXmlStreamReader::Invalid;
        const QXmlStreamReader::TokenType t = m_x.readNext();
        switch (t) {
        case QXmlStreamReader::StartElement:
            if (++m_depth > replyMaxDepth) {
                fail(QStringLiteral("elements nested deeper than %1 levels").arg(replyMaxDepth));
                return QXmlStreamReader::Invalid;
            }
            break;
        case QXmlStreamReader::EndElement:
            --m_depth;
            break;
        case QXmlStreamReader::DTD:
            // No legitimate reply has one; refusing it here also refuses every entity declaration
            // before anything could expand.
            fail(QStringLiteral("a DOCTYPE is not allowed in a WS-Management reply"));
            return QXmlStreamReader::Invalid;
        case QXmlStreamReader::EntityReference:
            fail(QStringLiteral("entity reference &%1; is not allowed").arg(m_x.name()));
            return QXmlStreamReader::Invalid;
        default:
            break;
        }
        return m_x.hasError() ? QXmlStreamReader::Invalid : t;
    }

    const QXmlStreamReader &xml() const override { return m_x; }

    // At a StartElement: consume it entirely.
    bool skipElement()
    {
        int level = 1;
        while (level > 0) {
            switch (next()) {
            case QXmlStreamReader::Invalid:
                return false;
            case QXmlStreamReader::StartElement:
                ++level;
                break;
            case QXmlStreamReader::EndElement:
                --level;
                break;
            default:
                break;
            }
        }
        return true;
    }

    // At a StartElement: its value (scalar text, NULL, a wrapped datetime or an embedded instance).
    // `claim`: the children it names go to it instead (the method output's out-parameters); they
    // count as properties for what the value is, but are not kept.
    bool readValue(CimValue &out, OutParameterReader *claim = nullptr)
    {
        bool nil = false;
        QString xsiType;
        for (const QXmlStreamAttribute &attribute : m_x.attributes()) {
            const QStringView value = attribute.value().trimmed();
            if (attribute.name() == u"nil")
                nil = value == u"true" || value == u"1";
            else if (attribute.name() == u"type"
                     && (attribute.namespaceUri() == QLatin1String(WsmanNs::xsi)
                         || attribute.prefix() == u"xsi"))
                xsiType = value.toString();
        }
        const bool typedInstance = xsiType.endsWith(QLatin1String("_Type"));

        QString text;
        CimInstance instance;
        instance.typeName = localPart(xsiType);
        bool wrapperCandidate = false;
        qsizetype claimed = 0;
        for (;;) {
            const QXmlStreamReader::TokenType t = next();
            if (t == QXmlStreamReader::Invalid)
                return false;
            if (t == QXmlStreamReader::EndElement)
                break;
            if (t == QXmlStreamReader::Characters) {
                text += m_x.text();
            } else if (t == QXmlStreamReader::StartElement && claim
                       && m_x.name() == claim->parameterName()) {
                if (!claim->readParameter(*this))
                    return false;
                // Never a datetime wrapper (not one of those names); it makes this an instance.
                wrapperCandidate = false;
                ++claimed;
            } else if (t == QXmlStreamReader::StartElement) {
                const QString name = m_x.name().toString();
                const bool inCimNs = m_x.namespaceUri() == QLatin1String(WsmanNs::cim);
                CimValue child;
                if (!readValue(child))
                    return false;
                wrapperCandidate = instance.properties.isEmpty() && claimed == 0
                        && isDatetimeWrapper(name) && (inCimNs || !typedInstance)
                        && !child.isInstance();
                instance.properties.append({name, std::move(child)});
            }
        }

        out = CimValue{};
        if (nil) {
            out.isNull = true;
        } else if (claimed > 0) {
            out.instance = std::make_shared<const CimInstance>(std::move(instance));
        } else if (instance.properties.isEmpty()) {
            if (typedInstance && text.trimmed().isEmpty())
                out.instance = std::make_shared<const CimInstance>(std::move(instance));
            else
                out.text = text;
        } else if (instance.properties.size() == 1 && wrapperCandidate) {
            // <p:Start><cim:Datetime>2024-…</cim:Datetime></p:Start>: the value is the inner text.
            out = instance.properties.constFirst().second;
        } else {
            out.instance = std::make_shared<const CimInstance>(std::move(instance));
        }
        return true;
    }

    // At a StartElement: the concatenated text of it and its descendants.
    bool readText(QString &out)
    {
        CimValue value;
        if (!readValue(value))
            return false;
        out = value.isNull ? QString() : value.text.trimmed();
        return true;
    }

    // Walks a WSManFault tree (WSManFault > Message > ProviderFault > WSManFault > Message …).
    // The outermost Code/Machine win; the innermost non-empty message text wins.
    bool readWsmanFaultTree(WsmanError &error, int level, QString &bestMessage, int &bestLevel)
    {
        const QString name = m_x.name().toString();
        if (name == u"WSManFault") {
            const QXmlStreamAttributes attributes = m_x.attributes();
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == u"Code" && !error.wsmanCode) {
                    bool ok = false;
                    const uint code = attribute.value().trimmed().toUInt(&ok, 10);
                    if (ok)
                        error.wsmanCode = quint32(code);
                } else if (attribute.name() == u"Machine" && error.machine.isEmpty()) {
                    error.machine = attribute.value().trimmed().toString();
                }
            }
        }
        const bool collectsText
                = name == u"Message" || name == u"ProviderFault" || name == u"ProviderError";
        QString ownText;
        for (;;) {
            const QXmlStreamReader::TokenType t = next();
            if (t == QXmlStreamReader::Invalid)
                return false;
            if (t == QXmlStreamReader::EndElement)
                break;
            if (t == QXmlStreamReader::Characters && collectsText)
                ownText += m_x.text();
            else if (t == QXmlStreamReader::StartElement
                     && !readWsmanFaultTree(error, level + 1, bestMessage, bestLevel))
                return false;
        }
        ownText = ownText.trimmed();
        if (!ownText.isEmpty() && level >= bestLevel) {
            bestMessage = ownText;
            bestLevel = level;
        }
        return true;
    }

    // At s:Detail.
    bool readDetail(WsmanError &error, QString &wsmanMessage)
    {
        int bestLevel = -1;
        for (;;) {
            const QXmlStreamReader::TokenType t = next();
            if (t == QXmlStreamReader::Invalid)
                return false;
            if (t == QXmlStreamReader::EndElement)
                return true;
            if (t != QXmlStreamReader::StartElement)
                continue;
            const QString name = m_x.name().toString();
            if (name == u"FaultDetail") {
                QString uri;
                if (!readText(uri))
                    return false;
                if (error.faultDetail.isEmpty())
                    error.faultDetail = uri;
            } else if (name == u"WSManFault") {
                if (!readWsmanFaultTree(error, 0, wsmanMessage, bestLevel))
                    return false;
            } else {
                // The CIM error instance: named after its class (MSFT_WmiError, RemoteAccessError,
                // CIM_Error, OMI_Error…), in whatever namespace; its fields matched by local name.
                CimValue value;
                if (!readValue(value))
                    return false;
                if (!value.isInstance() || !error.errorClass.isEmpty())
                    continue;
                const CimInstance &cimError = *value.instance;
                error.errorClass = name;
                if (const auto v = cimError.value(QStringLiteral("CIMStatusCode")))
                    error.cimStatusCode = toUInt32(*v);
                if (const auto v = cimError.value(QStringLiteral("error_Code")))
                    error.errorCode = toUInt32(*v);
                if (const auto v = cimError.value(QStringLiteral("RemoteAccessErrorCode")))
                    error.remoteAccessErrorCode = toUInt32(*v);
                error.message = cimError.text(QStringLiteral("Message")).trimmed();
            }
        }
    }

    // At s:Code or s:Subcode.
    bool readCode(WsmanError &error, bool isSubcode)
    {
        for (;;) {
            const QXmlStreamReader::TokenType t = next();
            if (t == QXmlStreamReader::Invalid)
                return false;
            if (t == QXmlStreamReader::EndElement)
                return true;
            if (t != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = m_x.name();
            if (name == u"Value") {
                QString value;
                if (!readText(value))
                    return false;
                QString &target = isSubcode ? error.subcode : error.soapCode;
                if (target.isEmpty())
                    target = value;
            } else if (name == u"Subcode") {
                if (!readCode(error, true))
                    return false;
            } else if (!skipElement()) {
                return false;
            }
        }
    }

    // At s:Fault.
    bool readFault(WsmanError &error)
    {
        QString wsmanMessage;
        for (;;) {
            const QXmlStreamReader::TokenType t = next();
            if (t == QXmlStreamReader::Invalid)
                return false;
            if (t == QXmlStreamReader::EndElement)
                break;
            if (t != QXmlStreamReader::StartElement)
                continue;
            const QString name = m_x.name().toString();
            bool ok = true;
            if (name == u"Code") {
                ok = readCode(error, false);
            } else if (name == u"Reason") {
                ok = readReason(error);
            } else if (name == u"Detail" || name == u"detail") {
                ok = readDetail(error, wsmanMessage);
            } else if (name == u"faultcode") { // SOAP 1.1, should a proxy or old stack answer
                ok = readText(error.soapCode);
            } else if (name == u"faultstring") {
                ok = readText(error.reason);
            } else {
                ok = skipElement();
            }
            if (!ok)
                return false;
        }
        if (error.message.isEmpty())
            error.message = wsmanMessage;
        return true;
    }

    bool readReason(WsmanError &error)
    {
        for (;;) {
            const QXmlStreamReader::TokenType t = next();
            if (t == QXmlStreamReader::Invalid)
                return false;
            if (t == QXmlStreamReader::EndElement)
                return true;
            if (t != QXmlStreamReader::StartElement)
                continue;
            QString text;
            if (!readText(text))
                return false;
            if (error.reason.isEmpty())
                error.reason = text;
        }
    }

private:
    QXmlStreamReader m_x;
    int m_depth = 0;
};

bool isValidUtf8(const QByteArray &body)
{
    // In slices cut between characters, each decoded on its own into one small buffer: the same
    // verdict as decoding the whole body at once, without a UTF-16 copy of it (5 MB for a
    // 2.6 MB listing) for a moment.
    constexpr qsizetype slice = 64 * 1024;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QVarLengthArray<QChar, 1> buffer(decoder.requiredSpace(slice));
    const QByteArrayView all(body);
    for (qsizetype from = 0; from < all.size();) {
        qsizetype to = std::min(all.size(), from + slice);
        // Back to the start of a character (a byte not of the form 10xxxxxx), at most 3 bytes:
        // a longer run of continuation bytes is invalid wherever it is cut.
        for (int back = 0;
             back < 3 && to < all.size() && (uchar(all.at(to)) & 0xC0) == 0x80 && to - 1 > from;
             ++back)
            --to;
        decoder.appendToBuffer(buffer.data(), all.sliced(from, to - from));
        if (decoder.hasError())
            return false;
        from = to;
    }
    return true;
}

bool hasUtf16Bom(const QByteArray &body)
{
    return body.startsWith("\xFF\xFE") || body.startsWith("\xFE\xFF");
}

ParsedReply parseError(const QString &detail)
{
    ParsedReply reply;
    reply.error = WsmanError::make(WsmanError::Kind::Parse, detail);
    return reply;
}

bool sameMessageId(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

// What both paths do once the envelope is read: RelatesTo, the fault's kind, ReturnValue.
ParsedReply settleReply(InvokeResult result, bool isFault, WsmanError fault,
                        const QString &expectedRelatesTo)
{
    if (!expectedRelatesTo.isEmpty()) {
        if (!result.relatesTo.isEmpty() && !sameMessageId(result.relatesTo, expectedRelatesTo))
            return parseError(QStringLiteral("the reply relates to %1, not to the request %2")
                                      .arg(result.relatesTo, expectedRelatesTo));
        // Windows sends some faults without RelatesTo; a method output always carries it.
        if (result.relatesTo.isEmpty() && !isFault)
            return parseError(QStringLiteral("the reply has no RelatesTo for request %1")
                                      .arg(expectedRelatesTo));
    }

    ParsedReply reply;
    if (isFault) {
        const QString subcode = fault.subcodeLocalName();
        if (subcode == u"EncodingLimit")
            fault.kind = WsmanError::Kind::EnvelopeLimit;
        else if (subcode == u"TimedOut" || fault.wsmanCode == wsmanTimedOutCode)
            fault.kind = WsmanError::Kind::Timeout;
        else
            fault.kind = WsmanError::Kind::Fault;
        reply.error = fault;
        reply.result = std::move(result);
        return reply;
    }

    if (const std::optional<CimValue> rv = result.output.value(QStringLiteral("ReturnValue"));
        rv && !rv->isNull) {
        result.returnValue = toUInt32(*rv);
        if (!result.returnValue)
            return parseError(QStringLiteral("ReturnValue \"%1\" is not an unsigned number")
                                      .arg(rv->text.left(40)));
    }
    reply.result = std::move(result);
    return reply;
}

// Attributes that decide what an element's value is (xsi:nil, xsi:type): the fast path reads
// elements without them only, and leaves the others to Reader::readValue.
bool hasValueAttributes(pugi::xml_node element)
{
    for (pugi::xml_attribute a = element.first_attribute(); a; a = a.next_attribute()) {
        if (ReplyTree::isNamespaceDeclaration(a))
            continue;
        if (ReplyTree::localNameOf(a.name()) == "nil" || ReplyTree::isXsiType(element, a))
            return true;
    }
    return false;
}

// An element of text only, as Reader::readValue reads it (its text, untrimmed). false: not one.
bool plainText(pugi::xml_node element, QString &text)
{
    if (hasValueAttributes(element))
        return false;
    text = QString();
    if (const char *value = element.value(); *value)
        text = QString::fromUtf8(value); // the leading text (replytree.h)
    for (pugi::xml_node child = element.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_pcdata)
            return false;
        text += QString::fromUtf8(child.value());
    }
    return true;
}

bool isNamed(pugi::xml_node element, std::string_view localName)
{
    return ReplyTree::localNameOf(element.name()) == localName;
}

// The fast path: a plain method output, read from its tree into the same values as the token
// stream reads it. nullopt whenever the reply is anything else (a fault, an error, a value
// whose form needs readValue's rules): the token stream then reads it.
std::optional<ParsedReply> parseInvokeTree(const QByteArray &body, const QString &expectedRelatesTo,
                                           OutParameterReader &outParameters)
{
    const std::unique_ptr<ReplyTree> tree = ReplyTree::parse(body);
    if (!tree)
        return std::nullopt;
    const pugi::xml_node envelope = tree->root();
    if (!isNamed(envelope, "Envelope"))
        return std::nullopt;
    InvokeResult result;
    bool sawBody = false;
    for (pugi::xml_node section = envelope.first_child(); section;
         section = section.next_sibling()) {
        if (section.type() != pugi::node_element)
            continue;
        if (isNamed(section, "Header")) {
            for (pugi::xml_node header = section.first_child(); header;
                 header = header.next_sibling()) {
                if (header.type() != pugi::node_element)
                    continue;
                QString *target = isNamed(header, "Action") ? &result.action
                        : isNamed(header, "MessageID")      ? &result.messageId
                        : isNamed(header, "RelatesTo")      ? &result.relatesTo
                                                            : nullptr;
                if (!target)
                    continue;
                QString text;
                if (!plainText(header, text))
                    return std::nullopt;
                *target = text.trimmed();
            }
        } else if (isNamed(section, "Body") && !sawBody) {
            sawBody = true;
            const pugi::xml_node output = section.find_child(
                    [](pugi::xml_node n) { return n.type() == pugi::node_element; });
            if (!output || isNamed(output, "Fault") || hasValueAttributes(output))
                return std::nullopt;
            result.outputElement = QString::fromLatin1(ReplyTree::localNameOf(output.name()));
            qsizetype claimed = 0;
            for (pugi::xml_node parameter = output.first_child(); parameter;
                 parameter = parameter.next_sibling()) {
                if (parameter.type() != pugi::node_element)
                    continue;
                const std::string_view name = ReplyTree::localNameOf(parameter.name());
                if (QLatin1StringView(name) == outParameters.parameterName()) {
                    if (!outParameters.readParameterTree(parameter))
                        return std::nullopt;
                    ++claimed;
                    continue;
                }
                CimValue value;
                if (!plainText(parameter, value.text))
                    return std::nullopt;
                result.output.properties.append({QString::fromLatin1(name), std::move(value)});
            }
            // Not an instance, or an instance that readValue might unwrap: its rules decide.
            const auto &properties = result.output.properties;
            if (claimed == 0
                && (properties.isEmpty()
                    || (properties.size() == 1
                        && isDatetimeWrapper(properties.constFirst().first))))
                return std::nullopt;
        }
    }
    if (!sawBody)
        return std::nullopt;
    ParsedReply reply = settleReply(std::move(result), false, WsmanError{}, expectedRelatesTo);
    if (reply.error)
        return std::nullopt; // the token stream reports it
    return reply;
}

} // namespace

bool OutParameterReader::readParameterTree(const pugi::xml_node &parameter)
{
    Q_UNUSED(parameter);
    return false;
}

ParsedReply parseInvokeReply(const QByteArray &body, const QString &expectedRelatesTo,
                             OutParameterReader *outParameters, ReplyParsing parsing)
{
    if (outParameters && parsing == ReplyParsing::Auto && outParameters->readsTrees()) {
        if (std::optional<ParsedReply> fast
            = parseInvokeTree(body, expectedRelatesTo, *outParameters))
            return std::move(*fast);
        outParameters->discard();
    }
    if (body.trimmed().isEmpty())
        return parseError(QStringLiteral("the reply is empty"));
    // UTF-16 is legal XML and WinRM may use it; anything else must be UTF-8.
    if (!hasUtf16Bom(body) && !isValidUtf8(body))
        return parseError(QStringLiteral("the reply is not valid UTF-8"));

    Reader r(body);
    InvokeResult result;
    WsmanError fault;
    bool sawEnvelope = false;
    bool sawBody = false;
    bool sawBodyChild = false;
    bool isFault = false;

    // Document level: exactly one root element, the SOAP Envelope.
    for (;;) {
        const QXmlStreamReader::TokenType t = r.next();
        if (t == QXmlStreamReader::Invalid || t == QXmlStreamReader::EndDocument)
            break;
        if (t != QXmlStreamReader::StartElement)
            continue;
        if (sawEnvelope || r.xml().name() != u"Envelope") {
            r.fail(QStringLiteral("the reply is not a SOAP envelope (root element <%1>)")
                           .arg(r.xml().qualifiedName()));
            break;
        }
        sawEnvelope = true;
        // Envelope children.
        for (;;) {
            const QXmlStreamReader::TokenType et = r.next();
            if (et == QXmlStreamReader::Invalid || et == QXmlStreamReader::EndElement)
                break;
            if (et != QXmlStreamReader::StartElement)
                continue;
            const QString section = r.xml().name().toString();
            if (section == u"Header") {
                for (;;) {
                    const QXmlStreamReader::TokenType ht = r.next();
                    if (ht == QXmlStreamReader::Invalid || ht == QXmlStreamReader::EndElement)
                        break;
                    if (ht != QXmlStreamReader::StartElement)
                        continue;
                    const QString header = r.xml().name().toString();
                    if (header == u"Action")
                        r.readText(result.action);
                    else if (header == u"MessageID")
                        r.readText(result.messageId);
                    else if (header == u"RelatesTo")
                        r.readText(result.relatesTo);
                    else
                        r.skipElement();
                }
            } else if (section == u"Body" && !sawBody) {
                sawBody = true;
                for (;;) {
                    const QXmlStreamReader::TokenType bt = r.next();
                    if (bt == QXmlStreamReader::Invalid || bt == QXmlStreamReader::EndElement)
                        break;
                    if (bt != QXmlStreamReader::StartElement)
                        continue;
                    if (sawBodyChild) { // only the first child counts
                        r.skipElement();
                        continue;
                    }
                    sawBodyChild = true;
                    result.outputElement = r.xml().name().toString();
                    if (result.outputElement == u"Fault") {
                        isFault = true;
                        r.readFault(fault);
                    } else {
                        CimValue output;
                        const bool read = r.readValue(output, outParameters);
                        if (read && output.isInstance())
                            result.output = *output.instance;
                        else if (read && outParameters)
                            outParameters->discard();
                    }
                }
            } else {
                r.skipElement();
            }
        }
    }
    if (r.hasError())
        return parseError(r.errorString());
    if (!sawEnvelope)
        return parseError(QStringLiteral("the reply has no XML element"));
    if (!sawBody)
        return parseError(QStringLiteral("the SOAP envelope has no Body"));
    if (!sawBodyChild)
        return parseError(QStringLiteral("the SOAP Body is empty"));

    return settleReply(std::move(result), isFault, std::move(fault), expectedRelatesTo);
}
