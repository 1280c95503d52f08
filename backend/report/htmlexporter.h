#pragma once

#include "reportwriter.h"
#include "store/historytypes.h"

#include <QString>

// HTML: one self-contained page (inline style, no script, nothing loaded from elsewhere), every
// value escaped, laid out to print on A4 landscape: a summary (period, operators, counts), then
// each job with a table of its sessions.
class HtmlExporter final : public ReportWriter
{
public:
    // Browser: the page a browser shows and prints. RichText: the same content in the HTML
    // subset QTextDocument lays out (for the PDF writer).
    enum class Flavor { Browser, RichText };

    bool write(const HistoryReport &report, QIODevice *device) override;

    static QString toHtml(const HistoryReport &report, Flavor flavor = Flavor::Browser);
    // One line for a page header: period, operators and counts.
    static QString summaryLine(const HistoryReport &report);
    // "Disconnected 3 · Failed 1"; "none" when there is nothing to count.
    static QString countsText(const HistoryCounts &counts);
    static QString escape(const QString &text);
};
