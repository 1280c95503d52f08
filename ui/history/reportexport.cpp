#include "reportexport.h"

#include "report/csvexporter.h"
#include "report/historyreport.h"
#include "report/htmlexporter.h"
#include "report/jsonexporter.h"
#include "report/pdf/pdfexporter.h"
#include "store/historystore.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

#include <memory>

ReportExport::ReportExport(HistoryStore *store, QWidget *parent)
    : QObject(parent), m_store(store), m_parent(parent)
{ }

QStringList ReportExport::nameFilters()
{
    return {tr("CSV for spreadsheets (*.csv)"), tr("JSON (*.json)"),
            tr("HTML page, printable (*.html *.htm)"), tr("PDF document (*.pdf)")};
}

bool ReportExport::write(const HistoryStore &store, const QList<qint64> &jobIds,
                         const QString &path, ReportFormat format, QString *error)
{
    const std::optional<HistoryReport> report = HistoryReport::forJobs(store, jobIds, error);
    if (!report)
        return false;
    std::unique_ptr<ReportWriter> writer;
    switch (format) {
    case ReportFormat::Csv:
        writer = std::make_unique<CsvExporter>(CsvExporter::Options{true});
        break;
    case ReportFormat::Json:
        writer = std::make_unique<JsonExporter>();
        break;
    case ReportFormat::Html:
        writer = std::make_unique<HtmlExporter>();
        break;
    case ReportFormat::Pdf:
        writer = std::make_unique<PdfExporter>();
        break;
    }
    return saveReport(*writer, *report, path, error);
}

void ReportExport::start(const QList<qint64> &jobIds)
{
    if (!m_store || jobIds.isEmpty())
        return;
    if (m_dialog)
        m_dialog->close();
    const QString suggested = jobIds.size() == 1
            //: File name suggested for the report of one job; %1 is its number.
            ? tr("disconnect-job-%1.csv").arg(jobIds.first())
            : tr("disconnect-report.csv");
    auto *dialog = new QFileDialog(
            m_parent, tr("Export Report"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                    .filePath(suggested));
    dialog->setObjectName(QStringLiteral("reportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters(nameFilters());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    // The suffix follows the chosen format.
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        const qsizetype index = nameFilters().indexOf(filter);
        if (index >= 0)
            dialog->setDefaultSuffix(reportFormatName(ReportFormat(index)));
    });
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, jobIds](const QString &path) {
        const qsizetype index = nameFilters().indexOf(dialog->selectedNameFilter());
        const std::optional<ReportFormat> format = reportFormatForFile(path);
        const ReportFormat chosen
                = format.value_or(index >= 0 ? ReportFormat(index) : ReportFormat::Csv);
        QString error;
        if (write(*m_store, jobIds, path, chosen, &error)) {
            Q_EMIT written(path);
            return;
        }
        Q_EMIT failed(error);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Report"), error,
                                    QMessageBox::Ok, m_parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}
