#include "reportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

QString reportFormatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Json:
        return QStringLiteral("json");
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    for (ReportFormat format :
         {ReportFormat::Csv, ReportFormat::Json, ReportFormat::Html, ReportFormat::Pdf}) {
        if (name.compare(reportFormatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatForFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix();
    if (suffix.compare(u"htm", Qt::CaseInsensitive) == 0)
        return ReportFormat::Html;
    return reportFormatFromName(suffix);
}

bool ReportWriter::writeAll(QIODevice *device, const QByteArray &data)
{
    if (device->write(data) != data.size()) {
        return fail(device->errorString().isEmpty()
                            ? QCoreApplication::translate("ReportWriter", "The write fell short.")
                            : device->errorString());
    }
    return true;
}

bool saveReport(ReportWriter &writer, const HistoryReport &report, const QString &path,
                QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        //: %1 is a file, %2 the system's reason.
        *error = QCoreApplication::translate("ReportWriter", "Cannot write %1: %2")
                         .arg(shown, file.errorString());
        return false;
    }
    if (!writer.write(report, &file)) {
        file.cancelWriting();
        *error = QCoreApplication::translate("ReportWriter",
                                             "The report could not be written to %1: %2. Any "
                                             "earlier file of that name is unchanged.")
                         .arg(shown, writer.errorString());
        return false;
    }
    if (!file.commit()) {
        *error = QCoreApplication::translate("ReportWriter",
                                             "The report could not be written to %1: %2. Any "
                                             "earlier file of that name is unchanged.")
                         .arg(shown, file.errorString());
        return false;
    }
    error->clear();
    return true;
}
