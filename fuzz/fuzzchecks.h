#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The property checks behind every fuzz target (fuzz/fuzz_<name>.cpp) and behind
// tst_fuzzregressions, which replays tests/data/fuzz-regressions/<name>/* through the same
// functions. Each takes arbitrary bytes, runs the code under test, and aborts (through
// FUZZ_CHECK) when a documented property does not hold, so that libFuzzer keeps the input as a
// crash; memory errors and undefined behaviour are the sanitizers' to catch.
namespace FuzzChecks {

// parseInvokeReply() on the bytes as a whole reply, and TunnelListReader against readTunnels().
void replyParser(const QByteArray &data);
// WsmanError from fault replies: the bytes as a reply, and spliced into a fault's s:Detail.
void wsmanFault(const QByteArray &data);
// HttpConnection's reply reader: the same bytes whole and cut into pieces must read alike.
void httpResponse(const QByteArray &data);
// SealedMessage::decode() on the bytes, and encode()/decode() round trips of values from them.
void sealedMessage(const QByteArray &data);
// normalizeHostAddress() and parseAddressRange() on the bytes as UTF-8 text.
void hostAddress(const QByteArray &data);
// CsvExporter and JsonExporter on a report made of values from the bytes: the output must read
// back to the same values.
void reportWriters(const QByteArray &data);

// The targets by name ("replyparser", ...), as the fuzz_<name> executables and the folders of
// tests/data/fuzz-regressions are named; nullptr for an unknown name.
using Check = void (*)(const QByteArray &data);
Check checkNamed(const QString &name);
QStringList targetNames();

[[noreturn]] void fail(const char *file, int line, const char *condition, const QString &detail);

} // namespace FuzzChecks

#define FUZZ_CHECK(condition, detail) \
    do { \
        if (!(condition)) \
            FuzzChecks::fail(__FILE__, __LINE__, #condition, detail); \
    } while (false)
