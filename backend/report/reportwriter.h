#pragma once

#include <QString>

#include <optional>

struct HistoryReport;
class QIODevice;

// The report formats. Their names ("csv", "json", "html", "pdf") are an interface (rrasctl
// --format, file suffixes): add, never rename.
enum class ReportFormat { Csv, Json, Html, Pdf };

QString reportFormatName(ReportFormat format);
std::optional<ReportFormat> reportFormatFromName(const QString &name); // case-insensitive
// From a file name's suffix, e.g. "cut.csv" -> Csv.
std::optional<ReportFormat> reportFormatForFile(const QString &fileName);

// Writes a report to a device (a QBuffer in tests, a QSaveFile for files). The device is open
// for writing; the writer neither opens nor closes it.
class ReportWriter
{
public:
    virtual ~ReportWriter() = default;
    virtual bool write(const HistoryReport &report, QIODevice *device) = 0;
    QString errorString() const { return m_error; }

protected:
    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }
    // The device's own error when a write fell short.
    bool writeAll(QIODevice *device, const QByteArray &data);

private:
    QString m_error;
};

// Writes `report` to `path` atomically (QSaveFile): the file appears complete or not at all, and a
// failure leaves what was there before untouched. false with *error saying why.
bool saveReport(ReportWriter &writer, const HistoryReport &report, const QString &path,
                QString *error);
