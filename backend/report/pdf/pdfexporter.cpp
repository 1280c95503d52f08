#include "pdfexporter.h"

#include "report/historyreport.h"
#include "report/htmlexporter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QIODevice>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

bool PdfExporter::write(const HistoryReport &report, QIODevice *device)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(QCoreApplication::translate(
                "PdfExporter",
                "Writing a PDF needs the graphical part of Qt (a QGuiApplication)."));

    QPdfWriter writer(device);
    writer.setCreator(QStringLiteral("RRAS Console"));
    writer.setTitle(QCoreApplication::translate("PdfExporter", "Disconnect report"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));

    QPainter painter;
    if (!painter.begin(&writer))
        return fail(device->errorString().isEmpty() ? QCoreApplication::translate(
                            "PdfExporter", "The PDF could not be started.")
                                                    : device->errorString());

    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution()).toRectF();
    QFont headerFont = QGuiApplication::font();
    headerFont.setPointSizeF(8);
    const QFontMetricsF headerMetrics(headerFont, &writer);
    const qreal headerHeight = 2.6 * headerMetrics.lineSpacing();
    const qreal footerHeight = 1.6 * headerMetrics.lineSpacing();
    const QRectF body(page.left(), page.top() + headerHeight, page.width(),
                      page.height() - headerHeight - footerHeight);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    QFont bodyFont = QGuiApplication::font();
    bodyFont.setPointSizeF(7.5);
    document.setDefaultFont(bodyFont);
    document.setDocumentMargin(0);
    document.setHtml(HtmlExporter::toHtml(report, HtmlExporter::Flavor::RichText));
    document.setPageSize(body.size());
    const int pages = qMax(1, document.pageCount());

    const QString title
            = QCoreApplication::translate("PdfExporter", "RRAS Console: disconnect report");
    const QString summary = HtmlExporter::summaryLine(report);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !writer.newPage())
            return fail(QCoreApplication::translate("PdfExporter",
                                                    "A new page could not be added to the PDF."));
        painter.save();
        painter.setFont(headerFont);
        painter.setPen(Qt::black);
        const QRectF headerRect(page.left(), page.top(), page.width(), headerHeight);
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, title);
        painter.drawText(headerRect.adjusted(0, headerMetrics.lineSpacing(), 0, 0),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                         headerMetrics.elidedText(summary, Qt::ElideRight, page.width()));
        painter.drawLine(QPointF(page.left(), body.top() - headerMetrics.lineSpacing() * 0.3),
                         QPointF(page.right(), body.top() - headerMetrics.lineSpacing() * 0.3));
        //: PDF page footer.
        painter.drawText(
                QRectF(page.left(), body.bottom(), page.width(), footerHeight),
                Qt::AlignRight | Qt::AlignBottom,
                QCoreApplication::translate("PdfExporter", "Page %1 of %2").arg(i + 1).arg(pages));
        painter.translate(body.left(), body.top() - i * body.height());
        document.drawContents(&painter, QRectF(0, i * body.height(), body.width(), body.height()));
        painter.restore();
    }
    if (!painter.end())
        return fail(device->errorString().isEmpty() ? QCoreApplication::translate(
                            "PdfExporter", "The PDF could not be finished.")
                                                    : device->errorString());
    return true;
}
