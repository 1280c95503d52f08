#pragma once

#include <QLoggingCategory>

// The RRAS layer's logging category, "rras.rras" (one per layer, see style.md).
Q_DECLARE_LOGGING_CATEGORY(lcRras)
