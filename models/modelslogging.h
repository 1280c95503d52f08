#pragma once

#include <QLoggingCategory>

// The models layer's logging category, "rras.models" (one per layer, see style.md).
Q_DECLARE_LOGGING_CATEGORY(lcModels)
