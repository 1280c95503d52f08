#pragma once

#include <QLoggingCategory>

// The history store's logging category, "rras.store" (one per layer, see style.md).
Q_DECLARE_LOGGING_CATEGORY(lcStore)
