#pragma once

#include "ciminstance.h"
#include "wsmanerror.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

namespace pugi {
class xml_node;
}

// How deep a reply's elements may nest, on either path: deep enough for any WS-Man reply (an
// embedded instance in an embedded instance is depth 8), low enough that hostile nesting cannot
// exhaust the stack of the recursive readers.
inline constexpr int replyMaxDepth = 64;

// Reading a WS-Management reply with QXmlStreamReader, matching local names only (protocol.md
// §2.6a). A reply is either a method output or a SOAP fault; anything else is a Parse error.
struct ParsedReply
{
    InvokeResult result; // valid when error.kind == None
    WsmanError error;    // Fault, EnvelopeLimit (w:EncodingLimit), Timeout (w:TimedOut) or Parse
};

// The token stream of a reply as parseInvokeReply() reads it, for an OutParameterReader: a DOCTYPE,
// an entity reference or nesting deeper than the parser's limit ends it (Invalid, error set).
class ReplyTokenStream
{
public:
    virtual ~ReplyTokenStream() = default;
    // The next token, Invalid on any error (then never anything else).
    virtual QXmlStreamReader::TokenType next() = 0;
    // The current token's name, text, attributes. Read only; advance with next().
    virtual const QXmlStreamReader &xml() const = 0;
    // Ends the stream with this error (a Parse error of the reply).
    virtual void fail(const QString &message) = 0;
};

// Reads every out-parameter of one name of the method output straight from the XML, instead of
// into InvokeResult::output (which then holds none of them): a listing of 2,500 tunnels is read
// into its final values without a generic CimInstance per tunnel. Only direct children of the
// Body's first element are offered; a fault never reaches it. Used by one parse, on the thread
// that parses (a pool thread for a large reply); what it read counts only when the parse
// succeeded.
class OutParameterReader
{
public:
    virtual ~OutParameterReader() = default;
    // The out-parameter's local name, e.g. "cmdletOutput".
    virtual QStringView parameterName() const = 0;
    // At the parameter's StartElement: reads it through `stream` up to and including its
    // EndElement. false when the stream failed.
    virtual bool readParameter(ReplyTokenStream &stream) = 0;
    // The method output was not an instance after all (xsi:nil, or text): what was read does
    // not count, as InvokeResult::output would have held nothing. Also called when the fast path
    // below gave up, before the token stream reads the reply again.
    virtual void discard() = 0;

    // The fast path (replytree.h): a reader that can take its parameters from the reply's tree
    // says so, and is then offered each of them as a tree instead of a token stream, with the
    // same values expected. readParameterTree() returns false to give up; the reply is then read
    // through the token stream after discard().
    virtual bool readsTrees() const { return false; }
    virtual bool readParameterTree(const pugi::xml_node &parameter);
};

// Auto: a reply read for an OutParameterReader that readsTrees() takes the fast path when it is
// plain XML (replytree.h), else the token stream. StreamOnly: always the token stream (for tests
// that compare the two).
enum class ReplyParsing { Auto, StreamOnly };

// `expectedRelatesTo` empty: not checked. A fault whose RelatesTo is absent is accepted (Windows
// sends such faults); a present RelatesTo that differs is a Parse error.
// DOCTYPE / entity declarations are refused (Parse); nesting deeper than 64 levels is refused.
// `outParameters` (optional): reads the out-parameters it names instead of the generic parser.
ParsedReply parseInvokeReply(const QByteArray &body, const QString &expectedRelatesTo = {},
                             OutParameterReader *outParameters = nullptr,
                             ReplyParsing parsing = ReplyParsing::Auto);
