#pragma once

#include <QByteArray>
#include <QString>

#include <pugixml.hpp>

#include <memory>
#include <string_view>

// The fast path of parseInvokeReply() (replyparser.h): a reply read whole by pugixml, several
// times faster than QXmlStreamReader's tokens, which cost a 2,500-tunnel listing most of its
// parse. pugixml is not a conforming XML parser, so a reply takes this path only when it is
// plain XML of the kind WinRM sends, checked on the bytes and on the tree:
//  - valid UTF-8 without a byte order mark, no control character but tab, LF and CR, no U+FFFE
//    or U+FFFF, and no "]]>";
//  - no markup but elements, attributes and text: no DOCTYPE, comment, CDATA section or
//    processing instruction ("<!", "<?"); an XML declaration only as <?xml version="1.0"?>,
//    with encoding="UTF-8" or "utf-8" at most, at the very start;
//  - no reference but the five predefined entities (no character reference);
//  - ASCII names that are XML QNames, every prefix declared, no attribute twice, no "<" in an
//    attribute value, no prefix bound to "" or to the xml/xmlns names;
//  - one root element, with an end tag (not <root/>), nothing but whitespace beside it, nesting
//    at most 64 levels deep;
//  - beyond 64 KiB, at most one element or attribute ('<' or '=') per 16 bytes on average
//    (pugixml's tree takes about 64 bytes per element, 40 per attribute: a dense hostile reply
//    stays with the streaming reader, whose memory does not grow with it).
// Anything else, well-formed or not, is left to the token stream, which reads it (or refuses it)
// as before: this path never decides that a reply is wrong, so both give the same answers
// (tst_replyparser, and the replyparser fuzz target compares them).
class ReplyTree final
{
public:
    // nullptr when `body` is not plain in the sense above.
    static std::unique_ptr<ReplyTree> parse(const QByteArray &body);

    ReplyTree(const ReplyTree &) = delete;
    ReplyTree &operator=(const ReplyTree &) = delete;
    ~ReplyTree();

    pugi::xml_node root() const { return m_document.document_element(); }
    // The tree is parsed with pugi::parse_embed_pcdata: the text an element starts with is the
    // element's value(), not a child; text after a child element is a pcdata child as usual.

    // A qualified name's parts ("p:Name": "p" and "Name"; "Name": "" and "Name"). Inline loops:
    // a listing asks this of every name, and names are short.
    static std::string_view prefixOf(const char *qualified)
    {
        for (const char *p = qualified; *p; ++p) {
            if (*p == ':')
                return std::string_view(qualified, size_t(p - qualified));
        }
        return {};
    }
    static std::string_view localNameOf(const char *qualified)
    {
        const char *local = qualified;
        const char *p = qualified;
        for (; *p; ++p) {
            if (*p == ':')
                local = p + 1;
        }
        return std::string_view(local, size_t(p - local));
    }
    // The namespace URI `prefix` has at `element` ("" for an unbound or empty default prefix).
    static std::string_view namespaceUri(pugi::xml_node element, std::string_view prefix);
    // An attribute that declares a namespace (xmlns, xmlns:p): not an attribute to an XML
    // namespaces reader, and so to neither reader of a reply.
    static bool isNamespaceDeclaration(pugi::xml_attribute attribute);
    // xsi:type as both readers take it: by its prefix "xsi" or by the XSI namespace.
    static bool isXsiType(pugi::xml_node element, pugi::xml_attribute attribute);
    // check(value) with the attribute's value as QString::trimmed() would leave it: a
    // QLatin1StringView into the tree when the value is ASCII (nearly always), else a QString.
    template<typename Check>
    static bool testTrimmedValue(pugi::xml_attribute attribute, Check check)
    {
        const char *begin = attribute.value();
        const char *end = begin;
        for (; *end; ++end) {
            if (static_cast<unsigned char>(*end) >= 0x80)
                return check(QString::fromUtf8(attribute.value()).trimmed());
        }
        // QChar::isSpace() below U+0080.
        auto space = [](char c) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        };
        while (begin < end && space(*begin))
            ++begin;
        while (end > begin && space(end[-1]))
            --end;
        return check(QLatin1StringView(begin, end - begin));
    }

private:
    ReplyTree() = default;

    QByteArray m_buffer; // parsed in place: the tree's strings point into it
    pugi::xml_document m_document;
};
