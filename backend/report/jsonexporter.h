#pragma once

#include "reportwriter.h"

#include <QJsonObject>

// JSON: one document with the report's period and totals and every job with its sessions.
// Field names are stable (add, never rename); times are ISO 8601 in UTC; a value not known is
// null. Objects list their fields in alphabetical order, so equal reports give equal bytes.
class JsonExporter final : public ReportWriter
{
public:
    bool write(const HistoryReport &report, QIODevice *device) override;

    static QJsonObject toJson(const HistoryReport &report);
    static constexpr int formatVersion = 1;
};
