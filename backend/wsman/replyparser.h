#pragma once

#include "ciminstance.h"
#include "wsmanerror.h"

#include <QByteArray>
#include <QString>

// Reading a WS-Management reply with QXmlStreamReader, matching local names only (protocol.md §2.6a).
// A reply is either a method output or a SOAP fault; anything else is a Parse error.
struct ParsedReply
{
    InvokeResult result; // valid when error.kind == None
    WsmanError error; // Fault, EnvelopeLimit (w:EncodingLimit), Timeout (w:TimedOut) or Parse
};

// `expectedRelatesTo` empty: not checked. A fault whose RelatesTo is absent is accepted (Windows
// sends such faults); a present RelatesTo that differs is a Parse error.
// DOCTYPE / entity declarations are refused (Parse); nesting deeper than 64 levels is refused.
ParsedReply parseInvokeReply(const QByteArray &body, const QString &expectedRelatesTo = {});
