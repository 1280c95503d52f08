#pragma once

#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

struct CimInstance;

// One value of a WS-Man reply: NULL (xsi:nil), text (scalars; a cim:Datetime's inner text), or
// an embedded instance. Arrays are repeated properties of the same name.
struct CimValue
{
    bool isNull = false;
    QString text;
    std::shared_ptr<const CimInstance> instance;

    bool isInstance() const { return instance != nullptr; }
};

// An embedded instance, or a method's output element with its out-parameters as properties.
// Properties keep document order; names are local names (no prefix, no namespace).
struct CimInstance
{
    QString typeName; // local part of xsi:type, e.g. "RemoteAccessMonitoringConnection_Type"
    QList<std::pair<QString, CimValue>> properties;

    // Every value named `name`, in document order (an array). Nil entries included.
    QList<CimValue> values(const QString &name) const;
    // The first value named `name`, or nullopt when absent.
    std::optional<CimValue> value(const QString &name) const;
    // The first value's text; empty when absent or nil.
    QString text(const QString &name) const;
    // Texts of every non-nil value named `name`.
    QStringList texts(const QString &name) const;
    bool contains(const QString &name) const;
};

// A parsed Invoke reply (protocol.md §2.6, §2.6a).
struct InvokeResult
{
    QString action;
    QString messageId;
    QString relatesTo;
    QString outputElement; // local name of the Body's first child, e.g. "GetByActiveStatistics_OUTPUT"
    std::optional<quint32> returnValue;
    CimInstance output; // out-parameters (cmdletOutput, ...) and ReturnValue as properties
};
