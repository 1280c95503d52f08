#pragma once

#include "reportwriter.h"

#include <QString>
#include <QStringList>

// CSV (RFC 4180): one row per session with its job's columns, comma separated, CRLF line ends,
// UTF-8 (with a byte order mark on request, which Excel needs to read UTF-8). A cell that a
// spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading
// apostrophe. The header names are an interface: add columns at the end, never rename.
class CsvExporter final : public ReportWriter
{
public:
    struct Options
    {
        bool byteOrderMark = false;
    };
    CsvExporter() = default;
    explicit CsvExporter(Options options) : m_options(options) { }

    bool write(const HistoryReport &report, QIODevice *device) override;

    static QStringList header();
    // One cell, neutralised and quoted as needed.
    static QString cell(const QString &text);

private:
    Options m_options;
};
