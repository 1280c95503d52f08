#include "tunnellistreader.h"

#include "rraslogging.h"
#include "tunnelreader.h"
#include "wsman/envelope.h"
#include "wsman/replytree.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <utility>
#include <vector>

namespace {

// The properties a Tunnel takes, by their WMI names; None for any other.
enum class Field {
    AuthMethod,
    Bandwidth,
    ClientExternalAddress,
    ClientIPv4Address,
    ClientIPv6Address,
    ConnectionDuration,
    ConnectionStartTime,
    ConnectionType,
    HealthStatus,
    HostName,
    RoutingDomain,
    TotalBytesIn,
    TotalBytesOut,
    TransitionTechnology,
    TunnelType,
    UserActivityState,
    UserName,
    None,
};

// The properties by their WMI names (ASCII).
constexpr std::array<std::pair<std::string_view, Field>, 17> fieldNames{{
        {"AuthMethod", Field::AuthMethod},
        {"Bandwidth", Field::Bandwidth},
        {"ClientExternalAddress", Field::ClientExternalAddress},
        {"ClientIPv4Address", Field::ClientIPv4Address},
        {"ClientIPv6Address", Field::ClientIPv6Address},
        {"ConnectionDuration", Field::ConnectionDuration},
        {"ConnectionStartTime", Field::ConnectionStartTime},
        {"ConnectionType", Field::ConnectionType},
        {"HealthStatus", Field::HealthStatus},
        {"HostName", Field::HostName},
        {"RoutingDomain", Field::RoutingDomain},
        {"TotalBytesIn", Field::TotalBytesIn},
        {"TotalBytesOut", Field::TotalBytesOut},
        {"TransitionTechnology", Field::TransitionTechnology},
        {"TunnelType", Field::TunnelType},
        {"UserActivityState", Field::UserActivityState},
        {"UserName", Field::UserName},
}};

// Local names compare exactly, as CimInstance::value() does.
Field fieldOf(QStringView name)
{
    for (const auto &[fieldName, field] : fieldNames) {
        if (qsizetype(fieldName.size()) == name.size()
            && QLatin1StringView(fieldName.data(), name.size()) == name)
            return field;
    }
    return Field::None;
}

// The same for a name the tree path read (UTF-8).
Field fieldOf(std::string_view name)
{
    for (const auto &[fieldName, field] : fieldNames) {
        if (fieldName == name)
            return field;
    }
    return Field::None;
}

bool isDatetimeWrapper(QStringView localName)
{
    return localName == u"Datetime" || localName == u"Interval" || localName == u"Date"
            || localName == u"Time";
}

bool isDatetimeWrapper(std::string_view localName)
{
    return localName == "Datetime" || localName == "Interval" || localName == "Date"
            || localName == "Time";
}

// What the generic parser makes of an element (replyparser.cpp, Reader::readValue): NULL, text,
// or an embedded instance, whose content is not needed here.
struct Scalar
{
    enum class Kind { Null, Text, Instance };
    Kind kind = Kind::Null;
    QString text;
};

struct Attributes
{
    bool nil = false;
    bool typedInstance = false; // xsi:type ends in "_Type"
};

// The same rules as Reader::readValue: any attribute named nil ("true" or "1"), xsi:type by
// namespace or prefix; the last of each wins.
Attributes attributesOf(const QXmlStreamReader &xml)
{
    Attributes out;
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute &attribute : attributes) {
        const QStringView value = attribute.value().trimmed();
        if (attribute.name() == u"nil")
            out.nil = value == u"true" || value == u"1";
        else if (attribute.name() == u"type"
                 && (attribute.namespaceUri() == QLatin1String(WsmanNs::xsi)
                     || attribute.prefix() == u"xsi"))
            out.typedInstance = value.endsWith(QLatin1String("_Type"));
    }
    return out;
}

void appendText(QString &text, QStringView more)
{
    if (text.isNull())
        text = more.toString(); // exactly its size: it usually becomes a Tunnel's field as is
    else
        text += more;
}

// At a StartElement: its value, by Reader::readValue's rules, keeping only what a field needs.
bool readScalar(ReplyTokenStream &stream, Scalar &out)
{
    const QXmlStreamReader &xml = stream.xml();
    const Attributes attributes = attributesOf(xml);
    QString text; // only the value when there is no child element
    qsizetype children = 0;
    bool wrapperCandidate = false;
    Scalar first;
    for (;;) {
        const QXmlStreamReader::TokenType t = stream.next();
        if (t == QXmlStreamReader::Invalid)
            return false;
        if (t == QXmlStreamReader::EndElement)
            break;
        if (t == QXmlStreamReader::Characters) {
            if (children == 0)
                appendText(text, xml.text());
        } else if (t == QXmlStreamReader::StartElement) {
            const bool wrapperName = children == 0 && isDatetimeWrapper(xml.name())
                    && (xml.namespaceUri() == QLatin1String(WsmanNs::cim)
                        || !attributes.typedInstance);
            Scalar child;
            if (!readScalar(stream, child))
                return false;
            wrapperCandidate = wrapperName && child.kind != Scalar::Kind::Instance;
            if (children == 0)
                first = std::move(child);
            ++children;
        }
    }
    if (attributes.nil) {
        out = Scalar{};
    } else if (children == 0) {
        if (attributes.typedInstance && text.trimmed().isEmpty())
            out = Scalar{Scalar::Kind::Instance, {}};
        else
            out = Scalar{Scalar::Kind::Text, std::move(text)};
    } else if (children == 1 && wrapperCandidate) {
        // <p:Start><cim:Datetime>2024-…</cim:Datetime></p:Start>: the value is the inner one.
        out = std::move(first);
    } else {
        out = Scalar{Scalar::Kind::Instance, {}};
    }
    return true;
}

// attributesOf() on a tree element (pugixml names are UTF-8; replytree.h made them ASCII).
Attributes attributesOf(pugi::xml_node element)
{
    Attributes out;
    for (pugi::xml_attribute a = element.first_attribute(); a; a = a.next_attribute()) {
        if (ReplyTree::isNamespaceDeclaration(a))
            continue;
        if (ReplyTree::localNameOf(a.name()) == "nil") {
            out.nil = ReplyTree::testTrimmedValue(
                    a, [](const auto &value) { return value == u"true" || value == u"1"; });
        } else if (ReplyTree::isXsiType(element, a)) {
            out.typedInstance = ReplyTree::testTrimmedValue(
                    a, [](const auto &value) { return value.endsWith(QLatin1String("_Type")); });
        }
    }
    return out;
}

// Whether a child of an element with `parent` attributes could be a datetime wrapper by name
// and namespace (readScalar's wrapperName, for the first child).
bool isWrapperElement(pugi::xml_node child, const Attributes &parent)
{
    const char *name = child.name();
    if (!isDatetimeWrapper(ReplyTree::localNameOf(name)))
        return false;
    return !parent.typedInstance
            || ReplyTree::namespaceUri(child, ReplyTree::prefixOf(name))
            == std::string_view(WsmanNs::cim);
}

// The text before an element's first child element, and that child (null if none).
pugi::xml_node leadingText(pugi::xml_node element, QString &text)
{
    if (const char *value = element.value(); *value)
        appendText(text, QString::fromUtf8(value)); // the leading text (replytree.h)
    for (pugi::xml_node child = element.first_child(); child; child = child.next_sibling()) {
        if (child.type() == pugi::node_element)
            return child;
        appendText(text, QString::fromUtf8(child.value()));
    }
    return {};
}

// readScalar() on a tree element: the same value. Only the first child element is read: with
// more than one, the value is an instance whatever they hold. Depth is bounded by replytree.h.
void readScalar(pugi::xml_node element, Scalar &out)
{
    const Attributes attributes = attributesOf(element);
    QString text;
    const pugi::xml_node firstChild = leadingText(element, text);
    if (attributes.nil) {
        out = Scalar{};
        return;
    }
    if (!firstChild) {
        if (attributes.typedInstance && text.trimmed().isEmpty())
            out = Scalar{Scalar::Kind::Instance, {}};
        else
            out = Scalar{Scalar::Kind::Text, std::move(text)};
        return;
    }
    qsizetype children = 0;
    for (pugi::xml_node child = firstChild; child; child = child.next_sibling()) {
        if (child.type() == pugi::node_element && ++children > 1)
            break;
    }
    if (children == 1 && isWrapperElement(firstChild, attributes)) {
        Scalar inner;
        readScalar(firstChild, inner);
        if (inner.kind != Scalar::Kind::Instance) {
            out = std::move(inner);
            return;
        }
    }
    out = Scalar{Scalar::Kind::Instance, {}};
}

// The fields converted at the end of an item (numbers, the start time), in readTunnel()'s order.
constexpr std::array laterFields{Field::ConnectionStartTime, Field::ConnectionDuration,
                                 Field::TotalBytesIn, Field::TotalBytesOut, Field::Bandwidth};
// The string fields whose values a listing repeats on most tunnels (shared per listing).
constexpr std::array internedFields{Field::AuthMethod,           Field::ConnectionType,
                                    Field::HealthStatus,         Field::RoutingDomain,
                                    Field::TransitionTechnology, Field::TunnelType,
                                    Field::UserActivityState};

// The position of `field` in `fields`, -1 when it is not there.
template<size_t N> constexpr int indexIn(const std::array<Field, N> &fields, Field field)
{
    for (size_t i = 0; i < N; ++i) {
        if (fields[i] == field)
            return int(i);
    }
    return -1;
}

// One item while it is read: the string fields go straight into the Tunnel, the others wait for
// the item's end, where they are converted in readTunnel()'s order (and so are its warnings).
class PendingTunnel
{
public:
    void set(Field field, Scalar value)
    {
        if (field == Field::None)
            return;
        if (field == Field::UserName) {
            // string[]: every non-nil entry, in order.
            if (value.kind == Scalar::Kind::Text)
                m_tunnel.userName.append(std::move(value.text));
            return;
        }
        // A scalar property: if a server repeats it, the first value wins (also a nil one).
        const quint32 bit = quint32(1) << int(field);
        if (m_seen & bit)
            return;
        m_seen |= bit;
        // Nil or an instance: the field keeps its default.
        if (value.kind != Scalar::Kind::Text)
            return;
        if (QString *target = stringField(field)) {
            *target = std::move(value.text);
            return;
        }
        m_later[laterIndex(field)] = std::move(value.text);
        m_laterSet |= bit;
    }

    // set() for a property of text only (no attribute, one non-empty text node of `size` UTF-8
    // bytes): the same field values, without a QString where none is kept. A low-cardinality
    // string comes from `interned`; a number of plain digits is converted here (it cannot warn).
    void setText(Field field, const char *utf8, qsizetype size,
                 TunnelListReader::InternedStrings &interned);

    Tunnel finish(QStringList &warnings, QStringList &logLines)
    {
        // readTunnel()'s order of conversion.
        if (const QString *text = later(Field::ConnectionStartTime)) {
            QString warning;
            m_tunnel.connectionStartTime
                    = tunnelDateTimeField(*text, "ConnectionStartTime", &warning);
            note(warning, "- left empty", warnings, logLines);
        }
        m_tunnel.connectionDuration = quint32(
                number(Field::ConnectionDuration, "ConnectionDuration", 32, warnings, logLines));
        m_tunnel.totalBytesIn = number(Field::TotalBytesIn, "TotalBytesIn", 64, warnings, logLines);
        m_tunnel.totalBytesOut
                = number(Field::TotalBytesOut, "TotalBytesOut", 64, warnings, logLines);
        m_tunnel.bandwidth = quint32(number(Field::Bandwidth, "Bandwidth", 32, warnings, logLines));
        // Here, on the parse's thread, rather than on the GUI thread that compares it with the
        // rows of the table.
        m_tunnel.setFingerprint();
        return std::move(m_tunnel);
    }

private:
    QString *stringField(Field field)
    {
        switch (field) {
        case Field::AuthMethod:
            return &m_tunnel.authMethod;
        case Field::ClientExternalAddress:
            return &m_tunnel.clientExternalAddress;
        case Field::ClientIPv4Address:
            return &m_tunnel.clientIPv4Address;
        case Field::ClientIPv6Address:
            return &m_tunnel.clientIPv6Address;
        case Field::ConnectionType:
            return &m_tunnel.connectionType;
        case Field::HealthStatus:
            return &m_tunnel.healthStatus;
        case Field::HostName:
            return &m_tunnel.hostName;
        case Field::RoutingDomain:
            return &m_tunnel.routingDomain;
        case Field::TransitionTechnology:
            return &m_tunnel.transitionTechnology;
        case Field::TunnelType:
            return &m_tunnel.tunnelType;
        case Field::UserActivityState:
            return &m_tunnel.userActivityState;
        default:
            return nullptr;
        }
    }

    // Only for the fields of laterFields (the clamp keeps the compiler's bounds check quiet).
    static size_t laterIndex(Field field)
    {
        const int i = indexIn(laterFields, field);
        Q_ASSERT(i >= 0);
        return std::min(size_t(std::max(i, 0)), laterFields.size() - 1);
    }

    const QString *later(Field field) const
    {
        return (m_laterSet & (quint32(1) << int(field))) ? &m_later[laterIndex(field)] : nullptr;
    }

    quint64 number(Field field, const char *name, int bits, QStringList &warnings,
                   QStringList &logLines) const
    {
        if (m_numberSet & (quint32(1) << int(field)))
            return m_numbers[laterIndex(field)];
        const QString *text = later(field);
        if (!text)
            return 0;
        QString warning;
        const quint64 value = tunnelNumberField(*text, name, bits, &warning);
        note(warning, "- kept as 0", warnings, logLines);
        return value;
    }

    static void note(const QString &warning, const char *consequence, QStringList &warnings,
                     QStringList &logLines)
    {
        if (warning.isEmpty())
            return;
        warnings.append(warning);
        // What readTunnel() logs: qCWarning().noquote() << "Tunnel field" << warning << ...
        logLines.append(QLatin1String("Tunnel field ") + warning + u' '
                        + QLatin1String(consequence));
    }

    Tunnel m_tunnel;
    quint32 m_seen = 0;
    quint32 m_laterSet = 0;
    std::array<QString, laterFields.size()> m_later;
    quint32 m_numberSet = 0;
    std::array<quint64, laterFields.size()> m_numbers{};
};

// Plain decimal digits, at most 19 (no overflow): the value tunnelNumberField() gives them when
// it fits `bits`; nullopt otherwise (then tunnelNumberField() decides, and warns).
std::optional<quint64> plainNumber(const char *utf8, qsizetype size, int bits)
{
    if (size < 1 || size > 19)
        return std::nullopt;
    quint64 value = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = utf8[i];
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + quint64(c - '0');
    }
    if (bits < 64 && value > (quint64(1) << bits) - 1)
        return std::nullopt;
    return value;
}

} // namespace

class TunnelListReader::InternedStrings
{
public:
    // The QString of these UTF-8 bytes, shared when the field had them before.
    QString get(int slot, const char *utf8, qsizetype size)
    {
        std::vector<Entry> &entries = m_slots[size_t(slot)];
        for (const Entry &e : entries) {
            if (e.utf8.size() == size && std::memcmp(e.utf8.constData(), utf8, size_t(size)) == 0)
                return e.text;
        }
        QString text = QString::fromUtf8(utf8, size);
        // A field of many values (an odd server) stops sharing rather than searching longer.
        if (entries.size() < maxPerField)
            entries.push_back({QByteArray(utf8, size), text});
        return text;
    }

private:
    static constexpr size_t maxPerField = 16;
    struct Entry
    {
        QByteArray utf8;
        QString text;
    };
    std::array<std::vector<Entry>, internedFields.size()> m_slots;
};

namespace {

void PendingTunnel::setText(Field field, const char *utf8, qsizetype size,
                            TunnelListReader::InternedStrings &interned)
{
    if (field == Field::None)
        return;
    if (field == Field::UserName) {
        m_tunnel.userName.append(QString::fromUtf8(utf8, size));
        return;
    }
    const quint32 bit = quint32(1) << int(field);
    if (m_seen & bit)
        return;
    m_seen |= bit;
    if (QString *target = stringField(field)) {
        const int slot = indexIn(internedFields, field);
        *target = slot >= 0 ? interned.get(slot, utf8, size) : QString::fromUtf8(utf8, size);
        return;
    }
    const int bits = field == Field::ConnectionDuration || field == Field::Bandwidth ? 32 : 64;
    if (field != Field::ConnectionStartTime) {
        if (const std::optional<quint64> value = plainNumber(utf8, size, bits)) {
            m_numbers[laterIndex(field)] = *value;
            m_numberSet |= bit;
            return;
        }
    }
    m_later[laterIndex(field)] = QString::fromUtf8(utf8, size);
    m_laterSet |= bit;
}

// The text of an element without attributes whose content is one non-empty text node; null
// otherwise.
const char *plainTextOf(pugi::xml_node element, qsizetype *size)
{
    // The text is the element's value() (replytree.h), and there is nothing after it.
    if (element.first_attribute() || element.first_child())
        return nullptr;
    const char *value = element.value();
    *size = qsizetype(std::strlen(value));
    return *size > 0 ? value : nullptr;
}

} // namespace

TunnelListReader::TunnelListReader() : m_interned(std::make_unique<InternedStrings>()) { }

TunnelListReader::~TunnelListReader() = default;

QStringView TunnelListReader::parameterName() const
{
    return u"cmdletOutput";
}

bool TunnelListReader::readParameter(ReplyTokenStream &stream)
{
    // As Reader::readValue reads the item, then readTunnels() converts it.
    const QXmlStreamReader &xml = stream.xml();
    const Attributes attributes = attributesOf(xml);
    PendingTunnel pending;
    QString text; // only the item's value when it has no child element
    qsizetype children = 0;
    bool wrapperCandidate = false;
    Scalar first;
    for (;;) {
        const QXmlStreamReader::TokenType t = stream.next();
        if (t == QXmlStreamReader::Invalid)
            return false;
        if (t == QXmlStreamReader::EndElement)
            break;
        if (t == QXmlStreamReader::Characters) {
            if (children == 0)
                appendText(text, xml.text());
        } else if (t == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            const Field field = fieldOf(name);
            const bool wrapperName = children == 0 && isDatetimeWrapper(name)
                    && (xml.namespaceUri() == QLatin1String(WsmanNs::cim)
                        || !attributes.typedInstance);
            Scalar value;
            if (!readScalar(stream, value))
                return false;
            wrapperCandidate = wrapperName && value.kind != Scalar::Kind::Instance;
            if (children == 0 && wrapperCandidate)
                first = value;
            ++children;
            pending.set(field, std::move(value));
        }
    }

    if (attributes.nil)
        return true; // a nil item: nothing
    QString itemText;
    if (children == 0) {
        if (attributes.typedInstance && text.trimmed().isEmpty()) {
            addEmptyTunnel();
            return true;
        }
        itemText = text;
    } else if (children == 1 && wrapperCandidate) {
        if (first.kind == Scalar::Kind::Null)
            return true; // unwrapped to nil: nothing
        itemText = first.text;
    } else {
        m_tunnels.append(pending.finish(m_warnings, m_logLines));
        return true;
    }
    warnNotAnInstance(itemText);
    return true;
}

bool TunnelListReader::readParameterTree(const pugi::xml_node &parameter)
{
    // readParameter() on the tree: the same values, warnings and order.
    const Attributes attributes = attributesOf(parameter);
    if (attributes.nil)
        return true; // a nil item: nothing
    QString text;
    const pugi::xml_node firstChild = leadingText(parameter, text);
    QString itemText;
    if (!firstChild) {
        if (attributes.typedInstance && text.trimmed().isEmpty()) {
            addEmptyTunnel();
            return true;
        }
        itemText = text;
    } else {
        PendingTunnel pending;
        qsizetype children = 0;
        Scalar first;
        bool wrapperCandidate = false;
        for (pugi::xml_node child = firstChild; child; child = child.next_sibling()) {
            if (child.type() != pugi::node_element)
                continue;
            const bool wrapperName = children == 0 && isWrapperElement(child, attributes);
            qsizetype size = 0;
            const char *plain = wrapperName ? nullptr : plainTextOf(child, &size);
            if (plain) {
                // The common case, as below for a Text value that is no wrapper.
                wrapperCandidate = false;
                ++children;
                pending.setText(fieldOf(ReplyTree::localNameOf(child.name())), plain, size,
                                *m_interned);
                continue;
            }
            Scalar value;
            readScalar(child, value);
            wrapperCandidate = wrapperName && value.kind != Scalar::Kind::Instance;
            if (children == 0 && wrapperCandidate)
                first = value;
            ++children;
            pending.set(fieldOf(ReplyTree::localNameOf(child.name())), std::move(value));
        }
        if (children != 1 || !wrapperCandidate) {
            m_tunnels.append(pending.finish(m_warnings, m_logLines));
            return true;
        }
        if (first.kind == Scalar::Kind::Null)
            return true; // unwrapped to nil: nothing
        itemText = first.text;
    }
    warnNotAnInstance(itemText);
    return true;
}

void TunnelListReader::addEmptyTunnel()
{
    Tunnel empty; // an instance without properties
    empty.setFingerprint();
    m_tunnels.append(empty);
}

void TunnelListReader::warnNotAnInstance(const QString &itemText)
{
    const QString warning
            = QStringLiteral("cmdletOutput item is not an instance: \"%1\"").arg(itemText.left(80));
    m_warnings.append(warning);
    m_logLines.append(warning);
}

void TunnelListReader::discard()
{
    m_tunnels.clear();
    m_warnings.clear();
    m_logLines.clear();
}

void TunnelListReader::logWarnings() const
{
    for (const QString &line : m_logLines)
        qCWarning(lcRras).noquote() << line;
}
