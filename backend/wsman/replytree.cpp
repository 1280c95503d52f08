#include "replytree.h"

#include "envelope.h"
#include "replyparser.h"

#include <QByteArrayView>

#include <array>
#include <cstring>
#include <vector>

#if defined(__SSE2__)
#    include <emmintrin.h>
#endif

namespace {

// Bytes per element or attribute of a reply larger than denseFrom, on average, below which the
// tree is not built: a tree node takes about 64 bytes, an attribute about 40.
constexpr qsizetype minBytesPerNode = 16;
constexpr qsizetype denseFrom = 64 * 1024;
// Attributes of one element, beyond which duplicates are not looked for pairwise.
constexpr int maxAttributes = 32;

#if !defined(__SSE2__)
constexpr quint64 ones = 0x0101010101010101ull;
constexpr quint64 highs = 0x8080808080808080ull;

// SWAR byte tests on 8 bytes at a time.
constexpr bool hasByte(quint64 word, unsigned char byte)
{
    const quint64 x = word ^ (ones * byte);
    return ((x - ones) & ~x & highs) != 0;
}
constexpr bool hasByteBelow(quint64 word, unsigned char bound) // bound <= 128
{
    return ((word - ones * bound) & ~word & highs) != 0;
}
// How many bytes equal `byte`, exactly.
int countByte(quint64 word, unsigned char byte)
{
    const quint64 x = word ^ (ones * byte);
    const quint64 low7 = 0x7F7F7F7F7F7F7F7Full;
    const quint64 zeroHigh = ~(((x & low7) + low7) | x | low7);
    // One per such byte in each byte, summed into the top byte (std::popcount is a library call
    // without -mpopcnt).
    return int(((zeroHigh >> 7) * ones) >> 56);
}
#endif

bool startsWithAt(QByteArrayView bytes, qsizetype at, const char *literal)
{
    const qsizetype n = qsizetype(std::strlen(literal));
    return at + n <= bytes.size() && std::memcmp(bytes.data() + at, literal, size_t(n)) == 0;
}

// The byte at `i` within the rules of replytree.h (one of the rare bytes a word was checked for).
bool plainByteAt(QByteArrayView bytes, qsizetype i)
{
    const unsigned char c = uchar(bytes[i]);
    if (c < 0x20)
        return c == '\t' || c == '\n' || c == '\r';
    switch (c) {
    case '&':
        return startsWithAt(bytes, i, "&amp;") || startsWithAt(bytes, i, "&lt;")
                || startsWithAt(bytes, i, "&gt;") || startsWithAt(bytes, i, "&quot;")
                || startsWithAt(bytes, i, "&apos;");
    case '!':
    case '?':
        return i == 0 || bytes[i - 1] != '<';
    case ']':
        return !startsWithAt(bytes, i, "]]>");
    case 0xEF: // U+F000 to U+FFFF: U+FFFE and U+FFFF are not XML characters (nor is a BOM here)
        return false;
    default:
        return true;
    }
}

// The rules for the bytes i to end, which may hold one of the rare bytes.
bool plainBytesAt(QByteArrayView bytes, qsizetype i, qsizetype end)
{
    for (; i < end; ++i) {
        if (!plainByteAt(bytes, i))
            return false;
    }
    return true;
}

// The byte rules; `nodes` gets the number of '<' and '=', a bound on the elements and attributes
// pugixml would make. 16 bytes at a time with SSE2 (every x86-64
// has it), else 8 at a time in a 64-bit word; only a block with one of the rare bytes (control
// characters, '&', '!', '?', ']', 0xEF) is looked at byte by byte.
bool plainBytes(QByteArrayView bytes, qsizetype *nodes)
{
    qsizetype marks = 0;
    const qsizetype n = bytes.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    const char *data = bytes.data();
    const __m128i space = _mm_set1_epi8(0x1F);
    const __m128i lt = _mm_set1_epi8('<');
    const __m128i eq = _mm_set1_epi8('=');
    const __m128i amp = _mm_set1_epi8('&');
    const __m128i bang = _mm_set1_epi8('!');
    const __m128i question = _mm_set1_epi8('?');
    const __m128i bracket = _mm_set1_epi8(']');
    const __m128i ef = _mm_set1_epi8(char(0xEF));
    const __m128i zero = _mm_setzero_si128();
    while (i + 16 <= n) {
        // '<' and '=' counted per byte lane, summed before a lane can overflow (127 blocks).
        __m128i counts = zero;
        for (int block = 0; block < 127 && i + 16 <= n; ++block, i += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
            counts = _mm_sub_epi8(counts, _mm_cmpeq_epi8(v, lt));
            counts = _mm_sub_epi8(counts, _mm_cmpeq_epi8(v, eq));
            const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(v, space), space);
            const __m128i rare = _mm_or_si128(
                    _mm_or_si128(control, _mm_cmpeq_epi8(v, amp)),
                    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, bang), _mm_cmpeq_epi8(v, question)),
                                 _mm_or_si128(_mm_cmpeq_epi8(v, bracket), _mm_cmpeq_epi8(v, ef))));
            if (_mm_movemask_epi8(rare) != 0 && !plainBytesAt(bytes, i, i + 16))
                return false;
        }
        const __m128i sums = _mm_sad_epu8(counts, zero);
        marks += _mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
    }
#else
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, bytes.data() + i, sizeof word);
        marks += countByte(word, '<') + countByte(word, '=');
        if ((hasByteBelow(word, 0x20) || hasByte(word, '&') || hasByte(word, '!')
             || hasByte(word, '?') || hasByte(word, ']') || hasByte(word, 0xEF))
            && !plainBytesAt(bytes, i, i + 8))
            return false;
    }
#endif
    for (; i < n; ++i) {
        if (bytes[i] == '<' || bytes[i] == '=')
            ++marks;
        if (!plainByteAt(bytes, i))
            return false;
    }
    *nodes = marks;
    return true;
}

// ASCII name characters: bit 1 may start a name (or a name's local part), bit 2 may follow.
constexpr std::array<uchar, 256> nameClasses = [] {
    std::array<uchar, 256> classes{};
    for (int c = 0; c < 256; ++c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')
            classes[size_t(c)] = 3;
        else if ((c >= '0' && c <= '9') || c == '.' || c == '-')
            classes[size_t(c)] = 2;
    }
    return classes;
}();

// An ASCII QName: NCName or NCName:NCName.
bool isQName(const char *name)
{
    const auto *p = reinterpret_cast<const uchar *>(name);
    if (!(nameClasses[*p] & 1))
        return false;
    for (++p; nameClasses[*p] & 2; ++p) { }
    if (*p == 0)
        return true;
    if (*p != ':' || !(nameClasses[p[1]] & 1))
        return false;
    for (p += 2; nameClasses[*p] & 2; ++p) { }
    return *p == 0;
}

struct Binding
{
    std::string_view prefix; // "" for the default namespace
    std::string_view uri;
};

// Two prefixes, compared inline: they are a few bytes, and a memcmp() call per lookup cost more
// than the comparison.
bool samePrefix(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

// The binding of `prefix` in scope, the innermost one; null when it is not bound.
const Binding *lookup(const std::vector<Binding> &scope, std::string_view prefix)
{
    for (auto it = scope.rbegin(); it != scope.rend(); ++it) {
        if (samePrefix(it->prefix, prefix))
            return &*it;
    }
    return nullptr;
}

constexpr std::string_view xmlNamespace = "http://www.w3.org/XML/1998/namespace";
constexpr std::string_view xmlnsNamespace = "http://www.w3.org/2000/xmlns/";

// The tree rules for `element` and everything in it. Recursion is bounded by the token stream's
// own limit, replyMaxDepth.
bool plainElement(pugi::xml_node element, int depth, std::vector<Binding> &scope)
{
    // Every name and value is fetched from pugixml once (each accessor is a call into the
    // library, and a listing has 140,000 nodes), then checked here.
    const char *elementName = element.name();
    if (depth > replyMaxDepth || !isQName(elementName))
        return false;
    struct Attribute
    {
        const char *name;
        std::string_view prefix;
    };
    std::array<Attribute, maxAttributes> attributes;
    int count = 0;
    const size_t mark = scope.size();
    // Declarations first: they apply to the element's own name and attributes.
    for (pugi::xml_attribute a = element.first_attribute(); a; a = a.next_attribute()) {
        const char *name = a.name();
        const char *value = a.value();
        if (count == maxAttributes || !isQName(name) || std::strchr(value, '<'))
            return false;
        for (int i = 0; i < count; ++i) {
            if (std::strcmp(name, attributes[size_t(i)].name) == 0)
                return false;
        }
        const std::string_view prefix = ReplyTree::prefixOf(name);
        attributes[size_t(count++)] = {name, prefix};
        const std::string_view uri = value;
        if (prefix.empty() && std::string_view(name) == "xmlns") {
            if (uri == xmlNamespace || uri == xmlnsNamespace)
                return false;
            scope.push_back({{}, uri});
        } else if (prefix == "xmlns") {
            const std::string_view declared = ReplyTree::localNameOf(name);
            if (uri.empty() || declared == "xml" || declared == "xmlns" || uri == xmlNamespace
                || uri == xmlnsNamespace)
                return false;
            scope.push_back({declared, uri});
        }
    }
    const std::string_view elementPrefix = ReplyTree::prefixOf(elementName);
    if (!elementPrefix.empty()
        && (elementPrefix == "xml" || elementPrefix == "xmlns" || !lookup(scope, elementPrefix)))
        return false;
    auto ownNamespace = [](std::string_view prefix) {
        return !prefix.empty() && prefix != "xmlns" && prefix != "xml";
    };
    for (int i = 0; i < count; ++i) {
        const Attribute &a = attributes[size_t(i)];
        if (!ownNamespace(a.prefix))
            continue;
        const Binding *binding = lookup(scope, a.prefix);
        if (!binding)
            return false;
        // The same attribute under two prefixes of one namespace.
        const std::string_view local = ReplyTree::localNameOf(a.name);
        for (int j = 0; j < i; ++j) {
            const Attribute &b = attributes[size_t(j)];
            // b's prefix is bound: b had its own turn in this loop before a.
            if (ownNamespace(b.prefix) && ReplyTree::localNameOf(b.name) == local
                && lookup(scope, b.prefix)->uri == binding->uri)
                return false;
        }
    }
    for (pugi::xml_node child = element.first_child(); child; child = child.next_sibling()) {
        switch (child.type()) {
        case pugi::node_element:
            if (!plainElement(child, depth + 1, scope))
                return false;
            break;
        case pugi::node_pcdata:
            break;
        default:
            return false;
        }
    }
    scope.resize(mark);
    return true;
}

// The XML declarations the fast path takes, at the very start (pugixml skips them).
constexpr std::string_view declarations[] = {
        R"(<?xml version="1.0"?>)",
        R"(<?xml version="1.0" encoding="UTF-8"?>)",
        R"(<?xml version="1.0" encoding="utf-8"?>)",
};

qsizetype declarationSize(QByteArrayView body)
{
    for (const std::string_view declaration : declarations) {
        if (body.startsWith(QByteArrayView(declaration.data(), qsizetype(declaration.size()))))
            return qsizetype(declaration.size());
    }
    return 0;
}

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Nothing but whitespace around the root element, which pugixml does not check: before the first
// '<' (after the declaration), and after the root's end tag, which must be the last tag.
bool onlySpaceAroundRoot(QByteArrayView body, qsizetype start, const char *rootName)
{
    qsizetype first = start;
    while (first < body.size() && isXmlSpace(body[first]))
        ++first;
    if (first == body.size() || body[first] != '<')
        return false;
    const qsizetype last = body.lastIndexOf('<');
    QByteArrayView rest = body.sliced(last);
    const QByteArrayView name(rootName);
    if (!rest.startsWith("</") || !rest.sliced(2).startsWith(name))
        return false;
    rest = rest.sliced(2 + name.size());
    qsizetype i = 0;
    while (i < rest.size() && isXmlSpace(rest[i]))
        ++i;
    if (i == rest.size() || rest[i] != '>')
        return false;
    for (++i; i < rest.size(); ++i) {
        if (!isXmlSpace(rest[i]))
            return false;
    }
    return true;
}

} // namespace

ReplyTree::~ReplyTree() = default;

std::unique_ptr<ReplyTree> ReplyTree::parse(const QByteArray &body)
{
    qsizetype nodes = 0;
    const QByteArrayView all(body);
    const qsizetype start = declarationSize(all);
    if (body.isEmpty() || !plainBytes(all.sliced(start), &nodes) || !all.isValidUtf8())
        return nullptr;
    if (body.size() > denseFrom && nodes > 0 && body.size() / nodes < minBytesPerNode)
        return nullptr;

    std::unique_ptr<ReplyTree> tree(new ReplyTree);
    tree->m_buffer = body;
    tree->m_buffer.detach();
    // Entities and end-of-line handling as XML prescribes; whitespace-only text kept where it is
    // an element's only content (it is then the element's value). An element's leading text is
    // its value() instead of a child node (replytree.h): a listing's 50,000 text nodes are
    // neither made nor walked.
    constexpr unsigned options = pugi::parse_escapes | pugi::parse_eol | pugi::parse_wconv_attribute
            | pugi::parse_ws_pcdata_single | pugi::parse_embed_pcdata;
    const pugi::xml_parse_result parsed = tree->m_document.load_buffer_inplace(
            tree->m_buffer.data(), size_t(tree->m_buffer.size()), options, pugi::encoding_utf8);
    if (!parsed)
        return nullptr;

    int roots = 0;
    std::vector<Binding> scope;
    for (pugi::xml_node node = tree->m_document.first_child(); node; node = node.next_sibling()) {
        if (node.type() != pugi::node_element || ++roots > 1 || !plainElement(node, 1, scope))
            return nullptr;
    }
    if (roots != 1 || !onlySpaceAroundRoot(all, start, tree->root().name()))
        return nullptr;
    return tree;
}

std::string_view ReplyTree::namespaceUri(pugi::xml_node element, std::string_view prefix)
{
    if (prefix == "xml")
        return xmlNamespace;
    for (pugi::xml_node node = element; node.type() == pugi::node_element; node = node.parent()) {
        for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
            const char *name = a.name();
            if (std::strncmp(name, "xmlns", 5) != 0)
                continue;
            if (prefix.empty() ? name[5] == '\0'
                               : name[5] == ':' && std::string_view(name + 6) == prefix)
                return a.value();
        }
    }
    return {};
}

bool ReplyTree::isNamespaceDeclaration(pugi::xml_attribute attribute)
{
    const char *name = attribute.name();
    return std::strncmp(name, "xmlns", 5) == 0 && (name[5] == '\0' || name[5] == ':');
}

bool ReplyTree::isXsiType(pugi::xml_node element, pugi::xml_attribute attribute)
{
    if (localNameOf(attribute.name()) != "type")
        return false;
    // An attribute without a prefix has no namespace (the default namespace is not its).
    const std::string_view prefix = prefixOf(attribute.name());
    return prefix == "xsi"
            || (!prefix.empty() && namespaceUri(element, prefix) == std::string_view(WsmanNs::xsi));
}
