#pragma once

#include <QCommandLineOption>
#include <QDateTime>
#include <QList>
#include <QString>

class QCommandLineParser;
struct CliOptions;

// rrasctl's options for the history: --data-dir and --reason (disconnect), the filters of
// `history`, and `report`'s --job, --output and formats. Registered on the one parser, read once
// the command is known. The names are an interface: add, never rename.
class HistoryOptions
{
public:
    HistoryOptions();
    QList<QCommandLineOption> options() const;

    // Fills the history fields of `o` for o.command. `server` and `format` are the common
    // --server and --format options, which mean a filter and other formats here. Returns the
    // usage error, or an empty string.
    QString read(const QCommandLineParser &parser, const QCommandLineOption &server,
                 const QCommandLineOption &format, CliOptions &o) const;

private:
    QCommandLineOption m_dataDir;
    QCommandLineOption m_reason;
    QCommandLineOption m_from;
    QCommandLineOption m_to;
    QCommandLineOption m_operator;
    QCommandLineOption m_outcome;
    QCommandLineOption m_job;
    QCommandLineOption m_output;
};

// "2024-05-01" (local midnight; as an upper bound the end of that day), "2024-05-01T10:00"
// (local), "2024-05-01T10:00:00Z" or with an offset. Invalid when not one of these.
QDateTime parseHistoryTime(const QString &text, bool upperBound);
