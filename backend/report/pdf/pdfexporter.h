#pragma once

#include "report/reportwriter.h"

// PDF: the HTML report laid out by QTextDocument on A4 landscape pages through QPdfWriter, with a
// header on every page (title, period, operators, counts) and "page N of M" at the foot.
// Needs a QGuiApplication (fonts); rrasctl creates one on the offscreen platform for this.
class PdfExporter final : public ReportWriter
{
public:
    bool write(const HistoryReport &report, QIODevice *device) override;
};
