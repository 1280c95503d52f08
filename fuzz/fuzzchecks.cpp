#include "fuzzchecks.h"

#include "fuzzinput.h"

#include "report/csvexporter.h"
#include "report/historyreport.h"
#include "report/jsonexporter.h"
#include "rras/hostaddress.h"
#include "rras/tunnellistreader.h"
#include "rras/tunnelreader.h"
#include "wsman/ciminstance.h"
#include "wsman/httpconnection.h"
#include "wsman/replyparser.h"
#include "wsman/wsmanerror.h"
#include "wsman/wsmansession.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>

namespace FuzzChecks {

void fail(const char *file, int line, const char *condition, const QString &detail)
{
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n  %s\n", file, line, condition,
                 detail.toLocal8Bit().constData());
    std::fflush(stderr);
    std::abort();
}

namespace {

QString shown(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.left(200).toPercentEncoding(" /:;=<>\"'"));
}

bool isReplyKind(WsmanError::Kind kind)
{
    // What parseInvokeReply() may answer; transport kinds belong to the layers below.
    return kind == WsmanError::Kind::None || kind == WsmanError::Kind::Fault
            || kind == WsmanError::Kind::EnvelopeLimit || kind == WsmanError::Kind::Timeout
            || kind == WsmanError::Kind::Parse;
}

bool isFaultKind(WsmanError::Kind kind)
{
    return kind == WsmanError::Kind::Fault || kind == WsmanError::Kind::EnvelopeLimit
            || kind == WsmanError::Kind::Timeout;
}

// Every value of an output, as the RRAS layer reads them: the CIM text helpers on every text.
void walkInstance(const CimInstance &instance, int depth)
{
    FUZZ_CHECK(depth <= 64, QStringLiteral("instances nested %1 deep").arg(depth));
    for (const auto &[name, value] : instance.properties) {
        FUZZ_CHECK(!name.isEmpty(), QStringLiteral("a property without a name"));
        FUZZ_CHECK(instance.contains(name), name);
        if (value.isInstance()) {
            walkInstance(*value.instance, depth + 1);
            continue;
        }
        if (value.isNull)
            continue;
        (void)parseCimBoolean(value.text);
        if (const auto u = parseCimUnsigned(value.text))
            FUZZ_CHECK(parseCimUnsigned(QString::number(*u)) == u, value.text);
        if (const auto s = parseCimSigned(value.text))
            FUZZ_CHECK(parseCimSigned(QString::number(*s)) == s, value.text);
        (void)parseCimDateTime(value.text);
        (void)parseCimIntervalMs(value.text);
    }
    (void)instance.texts(QStringLiteral("cmdletOutput"));
    (void)instance.text(QStringLiteral("ReturnValue"));
}

// What every WsmanError must allow, whatever it holds.
void touchError(const WsmanError &error)
{
    (void)error.summary();
    (void)error.userMessage();
    (void)error.subcodeLocalName();
    const quint32 code = error.serverCode();
    // "Most specific first", zero never hiding a more general code (wsmanerror.h).
    quint32 expected = 0;
    for (const std::optional<quint32> &c :
         {error.remoteAccessErrorCode, error.errorCode, error.wsmanCode, error.cimStatusCode}) {
        if (c && *c != 0) {
            expected = *c;
            break;
        }
    }
    FUZZ_CHECK(code == expected, error.summary());
    const QString message = error.serverMessage();
    FUZZ_CHECK(message == message.trimmed(), message);
    FUZZ_CHECK(message.isEmpty()
                       == (error.message.trimmed().isEmpty() && error.reason.trimmed().isEmpty()
                           && error.detail.trimmed().isEmpty()),
               error.summary());
}

void checkReply(const QByteArray &body)
{
    const ParsedReply reply = parseInvokeReply(body);
    const WsmanError::Kind kind = reply.error.kind;
    FUZZ_CHECK(isReplyKind(kind), WsmanError::kindName(kind) + u' ' + shown(body));
    touchError(reply.error);
    if (kind == WsmanError::Kind::Parse) {
        FUZZ_CHECK(!reply.error.detail.isEmpty(), shown(body));
        return;
    }
    const InvokeResult &result = reply.result;
    FUZZ_CHECK(!result.outputElement.isEmpty(), shown(body));
    FUZZ_CHECK(isFaultKind(kind) == (result.outputElement == u"Fault"),
               result.outputElement + u' ' + WsmanError::kindName(kind));
    walkInstance(result.output, 0);
    if (result.returnValue) {
        const auto rv = result.output.value(QStringLiteral("ReturnValue"));
        FUZZ_CHECK(rv && parseCimUnsigned(rv->text) == quint64(*result.returnValue), shown(body));
    }

    // RelatesTo (replyparser.h): its own value expected gives the same answer; another one is
    // refused whenever the reply names one.
    if (!result.relatesTo.isEmpty()) {
        const ParsedReply same = parseInvokeReply(body, result.relatesTo);
        FUZZ_CHECK(same.error.kind == kind, result.relatesTo);
        const QString other = QStringLiteral("uuid:00000000-0000-0000-0000-00000000f022");
        if (result.relatesTo.compare(other, Qt::CaseInsensitive) != 0) {
            const ParsedReply refused = parseInvokeReply(body, other);
            FUZZ_CHECK(refused.error.kind == WsmanError::Kind::Parse, result.relatesTo);
        }
    } else if (kind == WsmanError::Kind::None) {
        const ParsedReply refused = parseInvokeReply(
                body, QStringLiteral("uuid:00000000-0000-0000-0000-000000000001"));
        FUZZ_CHECK(refused.error.kind == WsmanError::Kind::Parse, shown(body));
    }
}

const char faultHead[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing" xmlns:w="http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd" xmlns:f="http://schemas.microsoft.com/wbem/wsman/1/wsmanfault" xmlns:p="http://schemas.microsoft.com/wbem/wsman/1/wmi/root/Microsoft/Windows/RemoteAccess/MSFT_WmiError" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<s:Header><a:Action>http://schemas.dmtf.org/wbem/wsman/1/wsman/fault</a:Action><a:RelatesTo>uuid:5C4C1B4E-0D1F-4C55-9F5A-2A4F1E0C9B11</a:RelatesTo></s:Header>
<s:Body><s:Fault><s:Code><s:Value>s:Receiver</s:Value><s:Subcode><s:Value>w:InternalError</s:Value></s:Subcode></s:Code><s:Reason><s:Text xml:lang="en-US">The server reported an error.</s:Text></s:Reason><s:Detail>)";
const char faultTail[] = R"(</s:Detail></s:Fault></s:Body></s:Envelope>)";

// Bytes split by a fuzzer-chosen pattern of piece sizes (1 to 256 bytes, up to four sizes).
QList<QByteArray> cut(const QByteArray &data, FuzzInput &input)
{
    QList<qsizetype> sizes;
    const int count = 1 + input.byte() % 4;
    for (int i = 0; i < count; ++i)
        sizes.append(qsizetype(input.byte()) + 1);
    QList<QByteArray> pieces;
    qsizetype pos = 0;
    for (qsizetype i = 0; pos < data.size(); ++i) {
        const qsizetype size = sizes.at(i % sizes.size());
        pieces.append(data.mid(pos, size));
        pos += size;
    }
    return pieces;
}

// The readers' verdicts agree: both a response with the same fields, or both an error.
void compareReads(const HttpConnection::ReadResult &a, const HttpConnection::ReadResult &b,
                  const QByteArray &data)
{
    FUZZ_CHECK(a.response.has_value() != a.error.has_value(), shown(data));
    FUZZ_CHECK(b.response.has_value() != b.error.has_value(), shown(data));
    FUZZ_CHECK(a.response.has_value() == b.response.has_value(),
               (a.error ? a.error->summary() : b.error->summary()) + u' ' + shown(data));
    if (a.error) {
        FUZZ_CHECK(a.error->kind == b.error->kind,
                   a.error->summary() + u" / " + b.error->summary());
        return;
    }
    const HttpResponse &x = *a.response;
    const HttpResponse &y = *b.response;
    FUZZ_CHECK(x.status == y.status, shown(data));
    FUZZ_CHECK(x.reason == y.reason, shown(data));
    FUZZ_CHECK(x.headers == y.headers, shown(data));
    FUZZ_CHECK(x.body == y.body, shown(data));
}

// RFC 4180: fields separated by commas, records by CRLF, quoted fields with "" for a quote.
// nullopt when the text is not well-formed CSV.
std::optional<QList<QStringList>> readCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool fieldStart = true;
    while (i < n) {
        const QChar c = text.at(i);
        if (fieldStart && c == u'"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return std::nullopt; // unterminated quote
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
            // After a closing quote: a separator or the end of the record.
            if (i < n && text.at(i) != u',' && text.at(i) != u'\r')
                return std::nullopt;
            fieldStart = false;
            continue;
        }
        if (c == u'"')
            return std::nullopt; // a quote inside an unquoted field
        if (c == u',') {
            record.append(field);
            field.clear();
            fieldStart = true;
            ++i;
            continue;
        }
        if (c == u'\r') {
            if (i + 1 >= n || text.at(i + 1) != u'\n')
                return std::nullopt; // a bare CR outside quotes
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
            fieldStart = true;
            i += 2;
            continue;
        }
        if (c == u'\n')
            return std::nullopt; // a bare LF outside quotes
        field += c;
        fieldStart = false;
        ++i;
    }
    if (!field.isEmpty() || !record.isEmpty())
        return std::nullopt; // the last record lacks its CRLF
    return records;
}

// What a cell shows once read back: the text, behind an apostrophe when a spreadsheet would take
// it for a formula (csvexporter.h).
QString expectedCell(const QString &text)
{
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            return u'\'' + text;
    }
    return text;
}

QDateTime fuzzTime(FuzzInput &input)
{
    // Invalid, or any millisecond of years 1 to 9999 (what ISO 8601 and the store can hold).
    if (input.byte() % 4 == 0)
        return {};
    const qint64 first = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 last
            = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    const quint64 span = quint64(last - first) + 1;
    return QDateTime::fromMSecsSinceEpoch(first + qint64(input.integer<quint64>() % span), Qt::UTC);
}

HistoryReport fuzzReport(FuzzInput &input)
{
    HistoryReport report;
    report.periodFrom = fuzzTime(input);
    report.periodTo = fuzzTime(input);
    report.generatedAt = fuzzTime(input);
    report.generatedBy = input.text();
    const int jobCount = input.byte() % 4;
    for (int j = 0; j < jobCount; ++j) {
        HistoryReport::Job entry;
        HistoryJob &job = entry.job;
        job.id = qint64(input.integer<quint64>() % (quint64(1) << 53)); // ids count up from 1
        job.info.operatorName = input.text();
        job.info.workstation = input.text();
        job.info.reason = input.text(200);
        job.info.source = input.text(16);
        job.startedAt = fuzzTime(input);
        job.finishedAt = fuzzTime(input);
        job.state = HistoryJobState(input.byte() % 3);
        const int serverCount = input.byte() % 3;
        for (int s = 0; s < serverCount; ++s)
            job.servers.append(input.text());
        const int itemCount = input.byte() % 5;
        for (int i = 0; i < itemCount; ++i) {
            HistoryItem item;
            item.jobId = job.id;
            item.sequence = i;
            item.serverId = input.text();
            item.serverName = input.text();
            item.address = input.text(48);
            const int users = input.byte() % 3;
            for (int u = 0; u < users; ++u)
                item.userNames.append(input.text());
            item.hostName = input.text();
            item.externalAddress = input.text(48);
            item.tunnelType = input.text(16);
            item.connectedSince = fuzzTime(input);
            item.bytesIn = input.integer<quint64>();
            item.bytesOut = input.integer<quint64>();
            const int outcome = input.byte() % 6;
            if (outcome < 5)
                item.outcome = DisconnectOutcomeKind(outcome);
            item.message = input.text(200);
            item.code = input.integer<quint32>();
            item.settledAt = fuzzTime(input);
            entry.items.append(item);
        }
        report.jobs.append(entry);
    }
    return report;
}

void checkCsv(const HistoryReport &report, bool byteOrderMark)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExporter writer(CsvExporter::Options{byteOrderMark});
    FUZZ_CHECK(writer.write(report, &buffer), writer.errorString());
    QByteArray bytes = buffer.data();
    if (byteOrderMark) {
        FUZZ_CHECK(bytes.startsWith("\xEF\xBB\xBF"), shown(bytes));
        bytes.remove(0, 3);
    }
    const QString text = QString::fromUtf8(bytes);
    FUZZ_CHECK(text.toUtf8() == bytes, QStringLiteral("CSV output is not valid UTF-8"));
    const auto records = readCsv(text);
    FUZZ_CHECK(records.has_value(), QStringLiteral("malformed CSV: ") + shown(bytes));
    FUZZ_CHECK(records->size() == 1 + report.sessionCount(),
               QStringLiteral("%1 records for %2 sessions")
                       .arg(records->size())
                       .arg(report.sessionCount()));
    FUZZ_CHECK(records->at(0) == CsvExporter::header(), records->at(0).join(u'|'));
    qsizetype row = 1;
    for (const HistoryReport::Job &entry : report.jobs) {
        const HistoryJob &job = entry.job;
        for (const HistoryItem &item : entry.items) {
            QStringList expected = {QString::number(job.id),
                                    ReportText::isoTime(job.startedAt),
                                    ReportText::isoTime(job.finishedAt),
                                    historyJobStateName(job.state),
                                    job.info.operatorName,
                                    job.info.workstation,
                                    job.info.reason,
                                    item.serverId,
                                    item.serverName,
                                    item.address,
                                    item.userNames.join(QStringLiteral("; ")),
                                    item.hostName,
                                    item.externalAddress,
                                    item.tunnelType,
                                    ReportText::isoTime(item.connectedSince),
                                    QString::number(item.bytesIn),
                                    QString::number(item.bytesOut),
                                    item.outcome ? outcomeName(*item.outcome) : QString(),
                                    item.message,
                                    QString::number(item.code),
                                    ReportText::isoTime(item.settledAt)};
            // Every cell goes through CsvExporter::cell().
            for (QString &cell : expected)
                cell = expectedCell(cell);
            const QStringList &got = records->at(row);
            FUZZ_CHECK(got.size() == expected.size(),
                       QStringLiteral("row %1 has %2 fields").arg(row).arg(got.size()));
            for (qsizetype f = 0; f < expected.size(); ++f)
                FUZZ_CHECK(got.at(f) == expected.at(f),
                           CsvExporter::header().at(f) + u": " + got.at(f) + u" != "
                                   + expected.at(f));
            ++row;
        }
    }
}

// A time field: its ISO text naming the same millisecond, or null when invalid.
void checkJsonTime(const QJsonValue &value, const QDateTime &time, const char *what)
{
    if (!time.isValid()) {
        FUZZ_CHECK(value.isNull(), QString::fromLatin1(what));
        return;
    }
    FUZZ_CHECK(value.isString(), QString::fromLatin1(what));
    const QDateTime read = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    FUZZ_CHECK(read.isValid() && read.toMSecsSinceEpoch() == time.toMSecsSinceEpoch(),
               QString::fromLatin1(what) + u": " + value.toString() + u" for "
                       + QString::number(time.toMSecsSinceEpoch()));
}

void checkJsonNumber(const QJsonValue &value, double expected, const char *what)
{
    // Exact as documented up to 2^53; above, the nearest double (jsonexporter.cpp).
    FUZZ_CHECK(value.isDouble() && value.toDouble() == expected,
               QString::fromLatin1(what) + u": " + QString::number(value.toDouble(), 'g', 17)
                       + u" != " + QString::number(expected, 'g', 17));
}

void checkJson(const HistoryReport &report)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonExporter writer;
    FUZZ_CHECK(writer.write(report, &buffer), writer.errorString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(buffer.data(), &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError && document.isObject(),
               error.errorString() + u' ' + shown(buffer.data().mid(error.offset - 40, 80)));
    const QJsonObject root = document.object();
    FUZZ_CHECK(root.value(u"format").toString() == u"rras-console-history-report",
               QStringLiteral("format"));
    FUZZ_CHECK(root.value(u"generatedBy").toString() == report.generatedBy,
               QStringLiteral("generatedBy"));
    checkJsonTime(root.value(u"generatedAt"), report.generatedAt, "generatedAt");
    checkJsonTime(root.value(u"period").toObject().value(u"from"), report.effectiveFrom(),
                  "period.from");
    checkJsonTime(root.value(u"period").toObject().value(u"to"), report.effectiveTo(), "period.to");
    FUZZ_CHECK(root.value(u"operators").toVariant().toStringList() == report.operators(),
               QStringLiteral("operators"));
    FUZZ_CHECK(root.value(u"totals").toObject().value(u"sessions").toInt() == report.sessionCount(),
               QStringLiteral("totals.sessions"));
    const QJsonArray jobs = root.value(u"jobs").toArray();
    FUZZ_CHECK(jobs.size() == report.jobs.size(), QStringLiteral("job count"));
    for (qsizetype j = 0; j < jobs.size(); ++j) {
        const HistoryReport::Job &entry = report.jobs.at(j);
        const HistoryJob &job = entry.job;
        const QJsonObject o = jobs.at(j).toObject();
        checkJsonNumber(o.value(u"id"), double(job.id), "id");
        FUZZ_CHECK(o.value(u"operator").toString() == job.info.operatorName,
                   QStringLiteral("operator"));
        FUZZ_CHECK(o.value(u"workstation").toString() == job.info.workstation,
                   QStringLiteral("workstation"));
        FUZZ_CHECK(o.value(u"reason").toString() == job.info.reason, QStringLiteral("reason"));
        FUZZ_CHECK(o.value(u"source").toString() == job.info.source, QStringLiteral("source"));
        FUZZ_CHECK(o.value(u"state").toString() == historyJobStateName(job.state),
                   QStringLiteral("state"));
        checkJsonTime(o.value(u"startedAt"), job.startedAt, "startedAt");
        checkJsonTime(o.value(u"finishedAt"), job.finishedAt, "finishedAt");
        FUZZ_CHECK(o.value(u"servers").toVariant().toStringList() == job.servers,
                   QStringLiteral("servers"));
        const QJsonArray sessions = o.value(u"sessions").toArray();
        FUZZ_CHECK(sessions.size() == entry.items.size(), QStringLiteral("session count"));
        for (qsizetype i = 0; i < sessions.size(); ++i) {
            const HistoryItem &item = entry.items.at(i);
            const QJsonObject s = sessions.at(i).toObject();
            const std::pair<const char16_t *, const QString *> texts[]
                    = {{u"serverId", &item.serverId},
                       {u"server", &item.serverName},
                       {u"address", &item.address},
                       {u"hostName", &item.hostName},
                       {u"externalAddress", &item.externalAddress},
                       {u"tunnelType", &item.tunnelType},
                       {u"message", &item.message}};
            for (const auto &[key, text] : texts) {
                const QJsonValue v = s.value(QStringView(key));
                FUZZ_CHECK(v.isString() && v.toString() == *text,
                           QString::fromUtf16(key) + u": " + v.toString() + u" != " + *text);
            }
            QStringList users;
            for (const QJsonValue &u : s.value(u"userNames").toArray()) {
                FUZZ_CHECK(u.isString(), QStringLiteral("userNames"));
                users.append(u.toString());
            }
            FUZZ_CHECK(users == item.userNames, QStringLiteral("userNames"));
            checkJsonTime(s.value(u"connectedSince"), item.connectedSince, "connectedSince");
            checkJsonTime(s.value(u"settledAt"), item.settledAt, "settledAt");
            checkJsonNumber(s.value(u"bytesIn"), double(item.bytesIn), "bytesIn");
            checkJsonNumber(s.value(u"bytesOut"), double(item.bytesOut), "bytesOut");
            checkJsonNumber(s.value(u"code"), double(item.code), "code");
            if (item.outcome)
                FUZZ_CHECK(s.value(u"outcome").toString() == outcomeName(*item.outcome),
                           QStringLiteral("outcome"));
            else
                FUZZ_CHECK(s.value(u"outcome").isNull(), QStringLiteral("outcome"));
        }
    }
}

} // namespace

// The listing read straight into Tunnels (TunnelListReader) gives what the generic parse and
// readTunnels() give: the same error, the same Tunnels, the same warnings.
void checkTunnelListReader(const QByteArray &body)
{
    const ParsedReply generic = parseInvokeReply(body);
    TunnelListReader reader;
    const ParsedReply direct = parseInvokeReply(body, {}, &reader);
    FUZZ_CHECK(direct.error.kind == generic.error.kind,
               WsmanError::kindName(direct.error.kind) + u' '
                       + WsmanError::kindName(generic.error.kind));
    FUZZ_CHECK(direct.error.summary() == generic.error.summary(), direct.error.summary());
    FUZZ_CHECK(direct.result.returnValue == generic.result.returnValue, shown(body));
    if (generic.error)
        return;
    QStringList genericWarnings;
    const QList<Tunnel> genericTunnels = readTunnels(generic.result, &genericWarnings);
    const QList<Tunnel> directTunnels = reader.takeTunnels();
    FUZZ_CHECK(directTunnels.size() == genericTunnels.size(),
               QStringLiteral("%1 tunnels, not %2")
                       .arg(directTunnels.size())
                       .arg(genericTunnels.size()));
    for (qsizetype i = 0; i < directTunnels.size(); ++i)
        FUZZ_CHECK(directTunnels.at(i) == genericTunnels.at(i),
                   QStringLiteral("tunnel %1 differs: ").arg(i) + shown(body));
    FUZZ_CHECK(reader.warnings() == genericWarnings, reader.warnings().join(u'|'));

    // The fast path (replytree.h), which `direct` took when the reply was plain, against the
    // token stream alone: the same headers, out-parameters, Tunnels and warnings.
    TunnelListReader streamed;
    const ParsedReply stream = parseInvokeReply(body, {}, &streamed, ReplyParsing::StreamOnly);
    FUZZ_CHECK(stream.error.summary() == direct.error.summary(), stream.error.summary());
    FUZZ_CHECK(stream.result.action == direct.result.action
                       && stream.result.messageId == direct.result.messageId
                       && stream.result.relatesTo == direct.result.relatesTo
                       && stream.result.outputElement == direct.result.outputElement,
               shown(body));
    FUZZ_CHECK(stream.result.output.properties.size() == direct.result.output.properties.size(),
               shown(body));
    for (qsizetype i = 0; i < stream.result.output.properties.size(); ++i) {
        const auto &[name, value] = stream.result.output.properties.at(i);
        const auto &[otherName, other] = direct.result.output.properties.at(i);
        FUZZ_CHECK(name == otherName && value.isNull == other.isNull && value.text == other.text
                           && value.isInstance() == other.isInstance(),
                   name + u' ' + shown(body));
    }
    const QList<Tunnel> streamedTunnels = streamed.takeTunnels();
    FUZZ_CHECK(streamedTunnels == directTunnels, shown(body));
    for (qsizetype i = 0; i < streamedTunnels.size(); ++i)
        FUZZ_CHECK(streamedTunnels.at(i).fingerprint == directTunnels.at(i).fingerprint,
                   shown(body));
    FUZZ_CHECK(streamed.warnings() == reader.warnings(), streamed.warnings().join(u'|'));
}

void replyParser(const QByteArray &data)
{
    checkReply(data);
    checkTunnelListReader(data);
}

void wsmanFault(const QByteArray &data)
{
    // The bytes as a whole reply: when it is a fault, every field is one the reply carried.
    const ParsedReply whole = parseInvokeReply(data);
    FUZZ_CHECK(isReplyKind(whole.error.kind), shown(data));
    touchError(whole.error);
    if (isFaultKind(whole.error.kind)) {
        FUZZ_CHECK(whole.result.outputElement == u"Fault", whole.result.outputElement);
        FUZZ_CHECK(whole.error.httpStatus == 0, whole.error.summary());
    }

    // The bytes as a fault's detail (WSManFault trees, CIM error instances): a fault or a parse
    // error, never a success, since the Body's first child is the Fault.
    const QByteArray spliced = QByteArray(faultHead) + data + QByteArray(faultTail);
    const ParsedReply fault = parseInvokeReply(spliced);
    FUZZ_CHECK(fault.error.kind == WsmanError::Kind::Parse || isFaultKind(fault.error.kind),
               WsmanError::kindName(fault.error.kind) + u' ' + shown(data));
    touchError(fault.error);
    if (isFaultKind(fault.error.kind)) {
        FUZZ_CHECK(fault.error.soapCode == u"s:Receiver", fault.error.soapCode);
        FUZZ_CHECK(!fault.error.subcode.isEmpty(), fault.error.summary());
        FUZZ_CHECK(fault.error.reason == u"The server reported an error.", fault.error.reason);
        checkReply(spliced);
    }
}

void httpResponse(const QByteArray &data)
{
    FuzzInput input(data);
    const quint8 flags = input.byte();
    const bool headRequest = (flags & 1) != 0;
    HttpConnectionOptions options;
    options.host = QStringLiteral("fuzz.invalid");
    options.port = 5985;
    // Small caps, so that inputs reach them.
    options.maxHeaderBytes = 256 << ((flags >> 1) & 3);
    options.maxResponseBytes = 1024 << ((flags >> 3) & 3);
    QList<QByteArray> pieces;
    FuzzInput cutter(input.bytes(8));
    const QByteArray reply = input.rest();
    pieces = cut(reply, cutter);

    const HttpConnection::ReadResult whole
            = HttpConnection::readResponse({reply}, options, headRequest);
    const HttpConnection::ReadResult split
            = HttpConnection::readResponse(pieces, options, headRequest);
    compareReads(whole, split, reply);
    if (whole.response) {
        const HttpResponse &r = *whole.response;
        FUZZ_CHECK(r.status >= 200 && r.status <= 999, QString::number(r.status));
        FUZZ_CHECK(r.body.size() <= options.maxResponseBytes, QString::number(r.body.size()));
        FUZZ_CHECK(!headRequest || r.body.isEmpty(), QStringLiteral("a body for HEAD"));
        FUZZ_CHECK(!r.keepAlive, QStringLiteral("keep-alive on a closed connection"));
        for (const auto &[name, value] : r.headers) {
            FUZZ_CHECK(!name.isEmpty() && !name.contains('\n') && !value.contains('\n'),
                       QString::fromLatin1(name + ": " + value));
            FUZZ_CHECK(r.header(name) == r.headerValues(name).value(0), QString::fromLatin1(name));
        }
        (void)authSchemesOf(r.headerValues("WWW-Authenticate"));
    } else {
        FUZZ_CHECK(whole.error->isError(), QStringLiteral("an error of kind None"));
        touchError(*whole.error);
    }
}

void sealedMessage(const QByteArray &data)
{
    (void)SealedMessage::isSealedContentType(data);
    FUZZ_CHECK(SealedMessage::isSealedContentType(SealedMessage::contentType()),
               QString::fromLatin1(SealedMessage::contentType()));

    // The bytes as a sealed body.
    qsizetype plainLength = -1;
    QByteArray signature;
    QByteArray sealed;
    QString error;
    if (SealedMessage::decode(data, &plainLength, &signature, &sealed, &error)) {
        FUZZ_CHECK(plainLength >= 0, QString::number(plainLength));
        FUZZ_CHECK(signature.size() + sealed.size() + 4 <= data.size(), shown(data));
        FUZZ_CHECK(data.contains(QByteArray(signature + sealed)), shown(data));
        const QByteArray again = SealedMessage::encode(plainLength, signature, sealed);
        qsizetype l2 = -1;
        QByteArray s2;
        QByteArray d2;
        FUZZ_CHECK(SealedMessage::decode(again, &l2, &s2, &d2, &error), error);
        FUZZ_CHECK(l2 == plainLength && s2 == signature && d2 == sealed, shown(again));
    } else {
        FUZZ_CHECK(!error.isEmpty(), shown(data));
    }

    // Values from the bytes, encoded and decoded: the same values.
    FuzzInput input(data);
    const qsizetype length = qsizetype(input.integer<quint64>() >> 1);
    const QByteArray sig = input.bytes(64);
    const QByteArray payload = input.rest();
    const QByteArray body = SealedMessage::encode(length, sig, payload);
    error.clear();
    FUZZ_CHECK(SealedMessage::decode(body, &plainLength, &signature, &sealed, &error),
               error + u' ' + shown(body));
    FUZZ_CHECK(plainLength == length && signature == sig && sealed == payload, shown(body));
}

void hostAddress(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    const NormalizedAddress a = normalizeHostAddress(text);
    FUZZ_CHECK(a.input == text.trimmed(), a.input);
    if (a.isValid()) {
        FUZZ_CHECK(!a.address.isNull() && a.error.isEmpty(), text);
        FUZZ_CHECK(a.text == a.address.toString(), a.text);
        const bool v4 = a.address.protocol() == QAbstractSocket::IPv4Protocol;
        FUZZ_CHECK(v4 || a.address.protocol() == QAbstractSocket::IPv6Protocol, text);
        FUZZ_CHECK(v4 != a.input.contains(u':'), text);
        const NormalizedAddress again = normalizeHostAddress(a.text);
        FUZZ_CHECK(again.isValid() && again.text == a.text && again.address == a.address,
                   a.text + u" -> " + again.text + u' ' + again.error);
        // An address is the range of itself alone.
        const auto single = parseAddressRange(text);
        FUZZ_CHECK(single && single->prefixLength == (v4 ? 32 : 128) && single->network == a.address
                           && single->contains(a.address),
                   text);
    } else {
        FUZZ_CHECK(a.address.isNull() && !a.error.isEmpty(), text);
    }

    QString error;
    const auto range = parseAddressRange(text, &error);
    if (!range) {
        FUZZ_CHECK(!error.isEmpty(), text);
        return;
    }
    FUZZ_CHECK(error.isEmpty(), error);
    const bool v4 = range->network.protocol() == QAbstractSocket::IPv4Protocol;
    FUZZ_CHECK(range->prefixLength >= 0 && range->prefixLength <= (v4 ? 32 : 128), text);
    FUZZ_CHECK(range->contains(range->network), text);
    const QString shownRange = range->toString();
    const auto reparsed = parseAddressRange(shownRange);
    FUZZ_CHECK(reparsed && reparsed->network == range->network
                       && reparsed->prefixLength == range->prefixLength,
               text + u" -> " + shownRange);
    // The typed address (host bits and all) lies in its own range.
    const QString trimmed = text.trimmed();
    const NormalizedAddress typed = normalizeHostAddress(trimmed.left(trimmed.indexOf(u'/')));
    FUZZ_CHECK(typed.isValid() && range->contains(typed.address), text);
    // An address of the other family never does.
    const QHostAddress other
            = v4 ? QHostAddress(QStringLiteral("::1")) : QHostAddress(QStringLiteral("127.0.0.1"));
    FUZZ_CHECK(!range->contains(other), text);
}

void reportWriters(const QByteArray &data)
{
    FuzzInput input(data);
    const bool byteOrderMark = input.boolean();
    const HistoryReport report = fuzzReport(input);
    checkCsv(report, byteOrderMark);
    checkJson(report);
}

Check checkNamed(const QString &name)
{
    if (name == u"replyparser")
        return &replyParser;
    if (name == u"wsmanfault")
        return &wsmanFault;
    if (name == u"httpresponse")
        return &httpResponse;
    if (name == u"sealedmessage")
        return &sealedMessage;
    if (name == u"hostaddress")
        return &hostAddress;
    if (name == u"reportwriters")
        return &reportWriters;
    return nullptr;
}

QStringList targetNames()
{
    return {QStringLiteral("replyparser"),  QStringLiteral("wsmanfault"),
            QStringLiteral("httpresponse"), QStringLiteral("sealedmessage"),
            QStringLiteral("hostaddress"),  QStringLiteral("reportwriters")};
}

} // namespace FuzzChecks
